import { afterAll, describe, expect, it } from "vitest";
import { HOUSE_FIGURE_RULES, type CasualtyMetric, type HouseFigureRule } from "@claimdesk/schemas";
import { SUPERSESSION_RULES, supersessions, type FigureStanding } from "./supersession";
import { houseFigure, inReportedOrder, type TallyFigure } from "./tally";
import type { Figure } from "./types";
import { wordClaim } from "./wording";

// ---- Made-up figures -------------------------------------------------------------------------------------------

/** 22 March 2024 at the given hour (UTC); hours past 23 run into the next days. */
const at = (hour: number) => new Date(Date.UTC(2024, 2, 22, hour));

const atLeast = (n: number): Figure => ({ qualifier: "AT_LEAST", min: n, max: null });
const exact = (n: number): Figure => ({ qualifier: "EXACT", min: n, max: n });
const atMost = (n: number): Figure => ({ qualifier: "AT_MOST", min: null, max: n });
const range = (min: number, max: number): Figure => ({ qualifier: "RANGE", min, max });

const confirmed = { stage: "CONCLUDED", verdict: "CONFIRMED" } as const;
const unrated = { stage: "RESEARCHING", verdict: "UNRATED" } as const;

/** A figure reported by investigators at `hour`, unconfirmed and unofficial unless told otherwise. */
function aFigure(claimId: string, figure: Figure, hour: number | null, overrides: Partial<TallyFigure> = {}): TallyFigure {
  return {
    claimId,
    text: `Claim ${claimId}`,
    claimant: "Investigative Committee",
    reportedAt: hour === null ? null : at(hour),
    asOf: null,
    createdAt: at(100),
    population: "ALL",
    reportedAs: null,
    ...unrated,
    sources: [],
    origins: 0,
    official: false,
    ...figure,
    ...overrides,
  };
}

const tested = new Set<string>();

/** Each figure's standing under the rule, as [claimId, ruleId, byClaimId, words] in the order given. */
function standings(figures: TallyFigure[], rule: HouseFigureRule = "CONSERVATIVE", metric: CasualtyMetric = "KILLED") {
  const found = supersessions(figures, rule, metric);
  expect([...found.keys()].sort()).toEqual(figures.map((figure) => figure.claimId).sort());
  return figures.map((figure) => {
    const standing = found.get(figure.claimId)!;
    tested.add(standing.ruleId);
    expect(standing.rule).toBe(SUPERSESSION_RULES.find((each) => each.id === standing.ruleId)?.description);
    return [figure.claimId, standing.ruleId, standing.superseded?.byClaimId ?? null, standing.superseded?.words ?? null];
  });
}

const standingOf = (figures: TallyFigure[], claimId: string, rule: HouseFigureRule = "CONSERVATIVE"): FigureStanding => supersessions(figures, rule, "KILLED").get(claimId)!;

/** The demo event's death toll (packages/db/src/seed/crocus-city-hall.ts), as the tally sees it. */
const crocus = (): TallyFigure[] => [
  aFigure("d40", atLeast(40), 19, { ...confirmed, official: true, reportedAs: "at least 40" }),
  aFigure("d60", atLeast(60), 22, { ...confirmed, reportedAs: "60" }),
  aFigure("d115", atLeast(115), 31, { stage: "IN_REVIEW", verdict: "UNRATED", reportedAs: "at least 115" }),
  aFigure("d133", atLeast(133), 39, { ...confirmed, official: true, reportedAs: "at least 133" }),
  aFigure("d137", exact(137), 58, { reportedAs: "137" }),
];

afterAll(() => {
  // A rule added to the table without a test that reaches it fails here.
  expect(SUPERSESSION_RULES.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
});

describe("supersessions under the Conservative and Range rules: a later, higher confirmed figure", () => {
  it("supersedes the demo event's 40, 60 and 115 by the confirmed 133; 133 is current, and so is the unconfirmed 137 after it", () => {
    for (const rule of ["CONSERVATIVE", "RANGE"] as const) {
      expect(standings(crocus(), rule)).toEqual([
        ["d40", "superseded-by-higher-confirmed", "d133", "the toll has since risen to at least 133"],
        ["d60", "superseded-by-higher-confirmed", "d133", "the toll has since risen to at least 133"],
        ["d115", "superseded-by-higher-confirmed", "d133", "the toll has since risen to at least 133"],
        ["d133", "current", null, null],
        ["d137", "current", null, null],
      ]);
    }
  });

  it("is not superseded by a later figure that is only reported, likely or disputed: only a confirmed one overtakes it", () => {
    for (const verdict of ["UNRATED", "LIKELY", "DISPUTED", "UNPROVEN"] as const) {
      const figures = [aFigure("a", atLeast(40), 1, confirmed), aFigure("b", atLeast(60), 2, { stage: "CONCLUDED", verdict })];
      expect(standings(figures).map(([id, ruleId]) => [id, ruleId])).toEqual([
        ["a", "current"],
        ["b", "current"],
      ]);
    }
    // A reopened claim's earlier verdict does not count: it is being checked again.
    const reopened = [aFigure("a", atLeast(40), 1, confirmed), aFigure("b", atLeast(60), 2, { stage: "RESEARCHING", verdict: "CONFIRMED" })];
    expect(standingOf(reopened, "a").superseded).toBeNull();
  });

  it("supersedes an unconfirmed figure too: a reported 115 is overtaken by a confirmed 133", () => {
    const figures = [aFigure("a", atLeast(115), 1), aFigure("b", atLeast(133), 2, confirmed)];
    expect(standingOf(figures, "a").superseded).toEqual({ byClaimId: "b", words: "the toll has since risen to at least 133" });
  });

  it("treats ties as no change: an equal later figure supersedes nothing, whatever its qualifier", () => {
    expect(standings([aFigure("a", atLeast(60), 1, confirmed), aFigure("b", atLeast(60), 2, confirmed)])).toEqual([
      ["a", "current", null, null],
      ["b", "current", null, null],
    ]);
    expect(standingOf([aFigure("a", atLeast(60), 1, confirmed), aFigure("b", exact(60), 2, confirmed)], "a").superseded).toBeNull();
    // "Up to 60" then "at least 60": the later one's lower bound is not above 60.
    expect(standingOf([aFigure("a", atMost(60), 1, confirmed), aFigure("b", atLeast(60), 2, confirmed)], "a").superseded).toBeNull();
  });

  it("treats two figures reported at the same moment as neither earlier nor later, whatever order they were recorded in", () => {
    const figures = [aFigure("a", atLeast(40), 5, { ...confirmed, createdAt: at(1) }), aFigure("b", atLeast(60), 5, { ...confirmed, createdAt: at(2) })];
    expect(standings(figures).map(([id, ruleId]) => [id, ruleId])).toEqual([
      ["a", "current"],
      ["b", "current"],
    ]);
  });

  it("never lets an earlier figure supersede a later one, however high: a falling toll is the tally's flag, not a supersession", () => {
    const figures = [aFigure("a", atLeast(140), 1, confirmed), aFigure("b", atLeast(133), 2, confirmed)];
    expect(standings(figures).map(([id, ruleId]) => [id, ruleId])).toEqual([
      ["a", "current"],
      ["b", "current"],
    ]);
  });

  it("compares ranges by their lower bounds, and says the later range in words", () => {
    // 40–60, then a confirmed 130–140: risen.
    expect(standingOf([aFigure("a", range(40, 60), 1, confirmed), aFigure("b", range(130, 140), 2, confirmed)], "a").superseded).toEqual({
      byClaimId: "b",
      words: "the toll has since risen to between 130 and 140",
    });
    // 40–60, then a confirmed "at least 50": the floor has risen above 40.
    expect(standingOf([aFigure("a", range(40, 60), 1), aFigure("b", atLeast(50), 2, confirmed)], "a").superseded?.byClaimId).toBe("b");
    // "At least 60", then a confirmed 50–70: the lower bound fell, nothing is overtaken.
    expect(standingOf([aFigure("a", atLeast(60), 1, confirmed), aFigure("b", range(50, 70), 2, confirmed)], "a").superseded).toBeNull();
    // "Up to 20" is compared by its only bound: a confirmed "at least 25" overtakes it.
    expect(standingOf([aFigure("a", atMost(20), 1), aFigure("b", atLeast(25), 2, confirmed)], "a").superseded?.byClaimId).toBe("b");
  });

  it("is not superseded by a later figure with only an upper bound: “up to 150” does not say the toll has risen", () => {
    expect(standingOf([aFigure("a", atLeast(60), 1, confirmed), aFigure("b", atMost(150), 2, confirmed)], "a").superseded).toBeNull();
  });

  it("compares only figures about the same people: civilians are not overtaken by a count of everyone, nor the reverse", () => {
    const figures = [
      aFigure("civilians", atLeast(12), 1, { ...confirmed, population: "CIVILIANS" }),
      aFigure("all", atLeast(40), 2, confirmed),
      aFigure("attackers", atLeast(50), 3, { ...confirmed, population: "ATTACKERS" }),
      aFigure("more civilians", atLeast(20), 4, { ...confirmed, population: "CIVILIANS" }),
    ];
    expect(standings(figures)).toEqual([
      ["civilians", "superseded-by-higher-confirmed", "more civilians", "the toll has since risen to at least 20"],
      ["all", "current", null, null],
      ["attackers", "current", null, null],
      ["more civilians", "current", null, null],
    ]);
  });

  it("leaves undated figures out of every comparison: neither superseded nor superseding", () => {
    const figures = [aFigure("undated low", atLeast(10), null, confirmed), aFigure("dated", atLeast(40), 3, confirmed), aFigure("undated high", atLeast(500), null, confirmed)];
    expect(standings(figures)).toEqual([
      ["undated low", "undated-stands", null, null],
      ["dated", "current", null, null],
      ["undated high", "undated-stands", null, null],
    ]);
  });

  it("names the highest later figure, the one nothing supersedes, and of equal ones the latest", () => {
    const figures = [aFigure("a", atLeast(40), 1), aFigure("b", atLeast(60), 2, confirmed), aFigure("c", atLeast(133), 3, confirmed), aFigure("d", exact(133), 4, confirmed)];
    const found = supersessions(figures, "CONSERVATIVE", "KILLED");
    expect(["a", "b", "c", "d"].map((id) => found.get(id)!.superseded?.byClaimId ?? null)).toEqual(["d", "d", null, null]);
    expect(found.get("a")!.superseded?.words).toBe("the toll has since risen to 133");
  });

  it("keeps the report's words for the later figure, and names the count by its metric", () => {
    const figures = [aFigure("a", atLeast(60), 1), aFigure("b", atLeast(101), 2, { ...confirmed, reportedAs: "more than 100" })];
    expect(standingOf(figures, "a").superseded?.words).toBe("the toll has since risen to more than 100");
    expect(supersessions(figures, "CONSERVATIVE", "INJURED").get("a")!.superseded?.words).toBe("the number injured has since risen to more than 100");
    expect(supersessions(figures, "CONSERVATIVE", "DETAINED").get("a")!.superseded?.words).toBe("the number detained has since risen to more than 100");
  });

  it("does not mark a figure found false or misleading, nor one without a number", () => {
    const figures = [
      aFigure("false", atLeast(500), 1, { stage: "CONCLUDED", verdict: "FALSE" }),
      aFigure("misleading", atLeast(20), 2, { stage: "CONCLUDED", verdict: "MISLEADING" }),
      aFigure("unknown", { qualifier: "EXACT", min: null, max: null }, 3),
      aFigure("later", atLeast(600), 4, confirmed),
    ];
    expect(standings(figures).map(([id, ruleId, by]) => [id, ruleId, by])).toEqual([
      ["false", "finding-stands", null],
      ["misleading", "finding-stands", null],
      ["unknown", "no-number-stands", null],
      ["later", "current", null],
    ]);
  });
});

describe("supersessions under the Latest official rule: a later official figure", () => {
  it("supersedes every earlier figure of the demo event by the official 133, higher or not, confirmed or not", () => {
    expect(standings(crocus(), "LATEST_OFFICIAL")).toEqual([
      ["d40", "superseded-by-later-official", "d133", "the official toll has since risen to at least 133"],
      ["d60", "superseded-by-later-official", "d133", "the official toll has since risen to at least 133"],
      ["d115", "superseded-by-later-official", "d133", "the official toll has since risen to at least 133"],
      ["d133", "current", null, null],
      // Later than the official 133, but no official figure came after it.
      ["d137", "current", null, null],
    ]);
  });

  it("supersedes by a lower official figure too, says it was revised down, and credits an unconfirmed one to its claimant", () => {
    const figures = [aFigure("a", atLeast(150), 1, confirmed), aFigure("b", exact(137), 2, { official: true, claimant: "Health Ministry" })];
    expect(standings(figures, "LATEST_OFFICIAL")).toEqual([
      ["a", "superseded-by-later-official", "b", "the official toll has since been revised down to 137, according to the Health Ministry"],
      ["b", "current", null, null],
    ]);
    // The same figures under the Conservative rule: the unconfirmed, lower 137 overtakes nothing.
    expect(standingOf(figures, "a", "CONSERVATIVE").superseded).toBeNull();
  });

  it("names the latest official figure, not the highest, and a restatement of the same numbers overtakes nothing", () => {
    const figures = [
      aFigure("a", atLeast(40), 1, { official: true }),
      aFigure("b", atLeast(140), 2, { official: true }),
      aFigure("c", atLeast(133), 3, { ...confirmed, official: true }),
      aFigure("d", atLeast(133), 4, { official: true }),
    ];
    expect(standings(figures, "LATEST_OFFICIAL").map(([id, , by]) => [id, by])).toEqual([
      ["a", "d"],
      ["b", "d"],
      ["c", null],
      ["d", null],
    ]);
    expect(standingOf(figures, "b", "LATEST_OFFICIAL").superseded?.words).toBe(
      "the official toll has since been revised down to at least 133, according to the Investigative Committee",
    );
    // Same lower bound, other numbers: "has since been given as".
    const reworded = [aFigure("a", atLeast(133), 1, { official: true }), aFigure("b", range(133, 140), 2, { ...confirmed, official: true })];
    expect(standingOf(reworded, "a", "LATEST_OFFICIAL").superseded?.words).toBe("the official toll has since been given as between 133 and 140");
  });

  it("ignores later figures that are not official, official ones found false, other populations and undated ones", () => {
    const figures = [
      aFigure("a", atLeast(40), 1, { ...confirmed, official: true }),
      aFigure("unofficial", atLeast(60), 2, confirmed),
      aFigure("false", atLeast(70), 3, { stage: "CONCLUDED", verdict: "FALSE", official: true }),
      aFigure("civilians", atLeast(80), 4, { official: true, population: "CIVILIANS" }),
      aFigure("undated", atLeast(90), null, { official: true }),
    ];
    expect(standings(figures, "LATEST_OFFICIAL").map(([id, ruleId]) => [id, ruleId])).toEqual([
      ["a", "current"],
      ["unofficial", "current"],
      ["false", "finding-stands"],
      ["civilians", "current"],
      ["undated", "undated-stands"],
    ]);
  });
});

describe("supersessions and the house figure", () => {
  // Series built from every combination of a few figures: the house figure's own claims are never superseded.
  const pool: TallyFigure[] = [
    aFigure("p1", atLeast(40), 1, { ...confirmed, official: true }),
    aFigure("p2", atLeast(60), 2, confirmed),
    aFigure("p3", exact(60), 3, { official: true }),
    aFigure("p4", range(50, 140), 4, confirmed),
    aFigure("p5", atLeast(133), 5, { ...confirmed, official: true }),
    aFigure("p6", atMost(150), 6, confirmed),
    aFigure("p7", atLeast(120), 7, { official: true, stage: "CONCLUDED", verdict: "LIKELY" }),
    aFigure("p8", atLeast(300), null, confirmed),
  ];
  const subsets = Array.from({ length: 2 ** pool.length }, (_, mask) => pool.filter((_figure, index) => mask & (1 << index)));

  it.each(HOUSE_FIGURE_RULES.filter((rule) => rule !== "RANGE"))("never supersedes a figure the %s house figure rests on", (rule) => {
    for (const subset of subsets) {
      const ordered = inReportedOrder(subset);
      const found = supersessions(ordered, rule, "KILLED");
      for (const claimId of houseFigure(rule, ordered, "KILLED").restsOn) expect(found.get(claimId)?.superseded, `${rule} ${subset.map((f) => f.claimId)}`).toBeNull();
    }
  });

  it("under Range, may find the bottom of the range superseded: the range spans every confirmed figure, old tolls included", () => {
    const ordered = crocus();
    const house = houseFigure("RANGE", ordered, "KILLED");
    const found = supersessions(ordered, "RANGE", "KILLED");
    expect(house.restsOn).toEqual(["d40", "d133"]);
    expect(house.restsOn.map((id) => found.get(id)!.superseded?.byClaimId ?? null)).toEqual(["d133", null]);
  });

  it("always names a figure that is itself current", () => {
    for (const rule of HOUSE_FIGURE_RULES) {
      for (const subset of subsets) {
        const found = supersessions(inReportedOrder(subset), rule, "KILLED");
        for (const standing of found.values()) if (standing.superseded) expect(found.get(standing.superseded.byClaimId)?.superseded).toBeNull();
      }
    }
  });
});

describe("a superseded figure's wording", () => {
  const claim = {
    kind: "CASUALTY_COUNT",
    text: "Later that night the death toll was given as 60.",
    claimant: "Investigative Committee of the Russian Federation",
    ...confirmed,
    casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 60, max: null, reportedAs: "60", asOf: null },
    responsibility: null,
  } as const;

  it("ends with the note, so that the note is copied with it", () => {
    const superseded = { byClaimId: "d133", words: "the toll has since risen to at least 133" };
    expect(wordClaim(claim, superseded)).toEqual({
      text: "At least 60 people were killed, according to the Investigative Committee of the Russian Federation; superseded: the toll has since risen to at least 133.",
      ruleId: "casualty-confirmed",
      rule: expect.any(String),
      asFact: true,
      superseded,
    });
    expect(wordClaim({ ...claim, stage: "IN_REVIEW", verdict: "UNRATED" }, superseded).text).toBe(
      "The Investigative Committee of the Russian Federation said at least 60 people were killed; this has not been independently verified; superseded: the toll has since risen to at least 133.",
    );
  });

  it("is the plain wording, with superseded null, when nothing supersedes it", () => {
    expect(wordClaim(claim)).toMatchObject({ text: "At least 60 people were killed, according to the Investigative Committee of the Russian Federation.", superseded: null });
  });
});

describe("a large series", () => {
  /** The rules' own words, compared pairwise: each figure with every later one of its population. */
  function pairwise(figures: readonly TallyFigure[], rule: HouseFigureRule): Map<string, string | null> {
    const isConfirmed = (figure: TallyFigure) => figure.stage === "CONCLUDED" && figure.verdict === "CONFIRMED";
    const later = (figure: TallyFigure) =>
      figures.filter((other) => other.population === figure.population && other.reportedAt !== null && figure.reportedAt !== null && other.reportedAt > figure.reportedAt);
    return new Map(
      figures.map((figure) => {
        const level = figure.min ?? figure.max;
        if (figure.reportedAt === null || level === null || ["FALSE", "MISLEADING"].includes(figure.verdict)) return [figure.claimId, null];
        if (rule === "LATEST_OFFICIAL") {
          const official = later(figure).filter((other) => other.official && !["FALSE", "MISLEADING"].includes(other.verdict) && (other.min ?? other.max) !== null);
          const latest = inReportedOrder(official).at(-1);
          const same = latest && latest.qualifier === figure.qualifier && latest.min === figure.min && latest.max === figure.max;
          return [figure.claimId, latest && !same ? latest.claimId : null];
        }
        const higher = later(figure).filter((other) => isConfirmed(other) && other.min !== null && other.min > level);
        const top = Math.max(...higher.map((other) => other.min!));
        return [figure.claimId, higher.length === 0 ? null : inReportedOrder(higher.filter((other) => other.min === top)).at(-1)!.claimId];
      }),
    );
  }

  it("marks the same figures superseded, by the same later ones, as comparing each figure with every later one", () => {
    // 600 figures from one deterministic sequence: rising with noise, some confirmed, some official, some undated,
    // two populations, many reported in the same hour.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const figures = inReportedOrder(
      Array.from({ length: 600 }, (_, i) =>
        aFigure(`f${i}`, next(10) === 0 ? atMost(20 + next(300)) : atLeast(10 + Math.floor(i / 4) + next(40)), next(25) === 0 ? null : Math.floor(i / 2), {
          ...(next(3) === 0 ? confirmed : next(8) === 0 ? { stage: "CONCLUDED", verdict: "FALSE" } : unrated),
          official: next(6) === 0,
          population: next(7) === 0 ? "CIVILIANS" : "ALL",
        }),
      ),
    );
    for (const rule of HOUSE_FIGURE_RULES) {
      const found = supersessions(figures, rule, "KILLED");
      const expected = pairwise(figures, rule);
      expect(new Map(figures.map((figure) => [figure.claimId, found.get(figure.claimId)?.superseded?.byClaimId ?? null]))).toEqual(expected);
    }
  });
});
