import { describe, expect, it } from "vitest";
import type { CasualtyPopulation, SourceType } from "@claimdesk/schemas";
import {
  headlinePopulation,
  houseFigure,
  houseFigures,
  inReportedOrder,
  levelOf,
  possibleCopies,
  reportedAfter,
  tallyFlags,
  type OtherMetricFigure,
  type TallyFigure,
  type TallyFlag,
  type TallyFlagKind,
  type TallySource,
} from "./tally";
import { pairKey } from "./near-duplicates";
import type { Figure } from "./types";

// ---- A small factory of made-up figures ------------------------------------------------------------------------

/** 22 March 2024 at the given hour (UTC). */
const at = (hour: number) => new Date(Date.UTC(2024, 2, 22, hour));

const exact = (n: number): Figure => ({ qualifier: "EXACT", min: n, max: n });
const atLeast = (n: number): Figure => ({ qualifier: "AT_LEAST", min: n, max: null });
const atMost = (n: number): Figure => ({ qualifier: "AT_MOST", min: null, max: n });
const range = (min: number, max: number): Figure => ({ qualifier: "RANGE", min, max });
const about = (n: number): Figure => ({ qualifier: "APPROXIMATELY", min: n, max: null });
const unknownNumber: Figure = { qualifier: "EXACT", min: null, max: null };

/** A source that traces back to `originId` (itself by default). */
const aSource = (id: string, originId = id, originType: SourceType = "NEWS_REPORT"): TallySource => ({
  id,
  url: `https://example.org/${id}`,
  title: null,
  publisher: null,
  type: id === originId ? originType : "NEWS_REPORT",
  originId,
  originType,
});

/** Outlets that all carry one wire story: many sources, one origin. */
const repeatsOf = (originId: string, ...ids: string[]) => ids.map((id) => aSource(id, originId, "WIRE"));

/** A figure with every field filled; `origins` is counted from the sources unless given. */
function aFigure(overrides: Partial<TallyFigure> = {}): TallyFigure {
  const claimId = overrides.claimId ?? "c1";
  const sources = overrides.sources ?? [aSource(`src-${claimId}`)];
  return {
    claimId,
    text: `Claim ${claimId}`,
    claimant: "Health Ministry",
    reportedAt: at(9),
    asOf: null,
    createdAt: at(23),
    population: "ALL",
    qualifier: "EXACT",
    min: 10,
    max: 10,
    reportedAs: null,
    // A verdict is given when a claim is concluded; a test that wants a reopened claim says so.
    stage: overrides.verdict && overrides.verdict !== "UNRATED" ? "CONCLUDED" : "NEW",
    verdict: "UNRATED",
    official: false,
    ...overrides,
    sources,
    origins: overrides.origins ?? new Set(sources.map((source) => source.originId)).size,
  };
}

/** Figures in reported order: claim ids c1, c2, ... reported an hour apart. */
const series = (...figures: Partial<TallyFigure>[]): TallyFigure[] =>
  figures.map((overrides, index) => aFigure({ claimId: `c${index + 1}`, reportedAt: at(index), ...overrides }));

const only = (kind: TallyFlagKind, flags: TallyFlag[]) => flags.filter((flag) => flag.kind === kind);
const confirmed = { verdict: "CONFIRMED", stage: "CONCLUDED" } as const;

// ---- Figures ---------------------------------------------------------------------------------------------------

describe("levelOf: the number a figure is compared by", () => {
  it.each([
    ["an exact figure", exact(133), 133],
    ["an 'at least' figure, by its lower bound", atLeast(133), 133],
    ["an 'at most' figure, by its max", atMost(20), 20],
    ["a range, by its lower bound", range(40, 60), 40],
    ["an approximate figure", about(40), 40],
    ["zero", exact(0), 0],
  ] as const)("%s", (_name, figure, level) => {
    expect(levelOf(figure)).toBe(level);
  });

  it("is null when the figure has no number", () => {
    expect(levelOf(unknownNumber)).toBeNull();
  });
});

describe("reportedAfter: the tally's notion of later", () => {
  it("compares the time reported; the same moment is neither later nor earlier", () => {
    expect(reportedAfter(aFigure({ reportedAt: at(10) }), aFigure({ reportedAt: at(9) }))).toBe(true);
    expect(reportedAfter(aFigure({ reportedAt: at(9) }), aFigure({ reportedAt: at(10) }))).toBe(false);
    expect(reportedAfter(aFigure({ reportedAt: at(9), asOf: at(12) }), aFigure({ reportedAt: at(9), asOf: at(8) }))).toBe(false);
  });

  it("places an undated figure neither before nor after any other", () => {
    expect(reportedAfter(aFigure({ reportedAt: null }), aFigure({ reportedAt: at(9) }))).toBe(false);
    expect(reportedAfter(aFigure({ reportedAt: at(9) }), aFigure({ reportedAt: null }))).toBe(false);
  });
});

describe("inReportedOrder", () => {
  const ids = (figures: readonly Pick<TallyFigure, "claimId">[]) => figures.map((figure) => figure.claimId);

  it("orders by the time reported", () => {
    const figures = [aFigure({ claimId: "late", reportedAt: at(12) }), aFigure({ claimId: "early", reportedAt: at(3) }), aFigure({ claimId: "mid", reportedAt: at(7) })];
    expect(ids(inReportedOrder(figures))).toEqual(["early", "mid", "late"]);
  });

  it("puts figures without a reported time last", () => {
    const figures = [aFigure({ claimId: "none", reportedAt: null }), aFigure({ claimId: "late", reportedAt: at(20) }), aFigure({ claimId: "early", reportedAt: at(1) })];
    expect(ids(inReportedOrder(figures))).toEqual(["early", "late", "none"]);
  });

  it("breaks a tie on the reported time by the as-of time, figures without one after", () => {
    const figures = [
      aFigure({ claimId: "no-as-of", reportedAt: at(5), asOf: null }),
      aFigure({ claimId: "as-of-4", reportedAt: at(5), asOf: at(4) }),
      aFigure({ claimId: "as-of-2", reportedAt: at(5), asOf: at(2) }),
    ];
    expect(ids(inReportedOrder(figures))).toEqual(["as-of-2", "as-of-4", "no-as-of"]);
  });

  it("then by when the figure was recorded, then by claim id", () => {
    const figures = [
      aFigure({ claimId: "b", reportedAt: at(5), createdAt: at(8) }),
      aFigure({ claimId: "z", reportedAt: at(5), createdAt: at(6) }),
      aFigure({ claimId: "a", reportedAt: at(5), createdAt: at(8) }),
    ];
    expect(ids(inReportedOrder(figures))).toEqual(["z", "a", "b"]);
  });

  it("orders figures without a reported time among themselves by as-of time, then recording time", () => {
    const figures = [
      aFigure({ claimId: "recorded-late", reportedAt: null, asOf: null, createdAt: at(9) }),
      aFigure({ claimId: "as-of", reportedAt: null, asOf: at(1), createdAt: at(20) }),
      aFigure({ claimId: "recorded-early", reportedAt: null, asOf: null, createdAt: at(2) }),
      aFigure({ claimId: "reported", reportedAt: at(22), asOf: null, createdAt: at(23) }),
    ];
    expect(ids(inReportedOrder(figures))).toEqual(["reported", "as-of", "recorded-early", "recorded-late"]);
  });

  it("returns a new array and leaves its input as it was", () => {
    const figures = [aFigure({ claimId: "second", reportedAt: at(2) }), aFigure({ claimId: "first", reportedAt: at(1) })];
    const ordered = inReportedOrder(figures);
    expect(ordered).not.toBe(figures);
    expect(ids(figures)).toEqual(["second", "first"]);
  });

  it("works on anything with the four ordering fields", () => {
    const rows = [
      { claimId: "x", reportedAt: null, asOf: null, createdAt: at(1) },
      { claimId: "y", reportedAt: at(0), asOf: null, createdAt: at(2) },
    ];
    expect(ids(inReportedOrder(rows))).toEqual(["y", "x"]);
  });
});

describe("headlinePopulation: who the tally counts", () => {
  const of = (...populations: CasualtyPopulation[]) => populations.map((population) => ({ population }));

  it("is all people when there are no figures", () => {
    expect(headlinePopulation([])).toBe("ALL");
  });

  it("is all people when any figure counts all people, even a minority", () => {
    expect(headlinePopulation(of("CIVILIANS", "CIVILIANS", "ALL", "CIVILIANS"))).toBe("ALL");
  });

  it("is the most reported population when none counts all people", () => {
    expect(headlinePopulation(of("SECURITY_FORCES", "CIVILIANS", "ATTACKERS", "CIVILIANS"))).toBe("CIVILIANS");
    expect(headlinePopulation(of("ATTACKERS"))).toBe("ATTACKERS");
  });

  it("breaks a tie by the order the populations are offered in", () => {
    expect(headlinePopulation(of("ATTACKERS", "CIVILIANS", "CIVILIANS", "ATTACKERS"))).toBe("CIVILIANS");
    expect(headlinePopulation(of("OTHER", "SECURITY_FORCES"))).toBe("SECURITY_FORCES");
  });
});

// ---- Flags -----------------------------------------------------------------------------------------------------

describe("tallyFlags", () => {
  it("raises nothing for no figures or a single figure", () => {
    expect(tallyFlags([], "KILLED")).toEqual([]);
    expect(tallyFlags(series({ ...exact(50), sources: [] }), "KILLED")).toEqual([]);
  });

  it("raises nothing for a steady rise backed by independent origins", () => {
    const figures = series(
      { ...exact(10), sources: [aSource("ap"), aSource("ministry")] },
      { ...exact(30), sources: [aSource("reuters"), aSource("hospital")] },
      { ...atLeast(45), sources: [aSource("afp"), aSource("un")] },
    );
    expect(tallyFlags(figures, "KILLED", [{ claimId: "o1", metric: "INJURED", ...exact(12) }])).toEqual([]);
  });

  it("lists each kind of flag in a fixed order", () => {
    const figures = series(
      { ...exact(100), sources: [aSource("a"), aSource("b")] },
      { ...exact(80), sources: [aSource("c"), aSource("d")] },
      { ...exact(150), sources: [] },
      { ...exact(7), population: "CIVILIANS", claimant: null },
    );
    const flags = tallyFlags(figures, "KILLED", [{ claimId: "o1", metric: "INJURED", ...exact(150) }]);
    expect(flags.map((flag) => flag.kind)).toEqual(["LOWER_THAN_EARLIER", "SINGLE_ORIGIN_JUMP", "SAME_NUMBER_OTHER_METRIC", "MIXED_POPULATIONS"]);
  });

  describe("LOWER_THAN_EARLIER", () => {
    const lower = (figures: TallyFigure[]) => only("LOWER_THAN_EARLIER", tallyFlags(figures, "KILLED"));

    it("flags a figure lower than an earlier one from the same claimant, naming both", () => {
      expect(lower(series({ ...exact(100) }, { ...exact(80) }))).toEqual([
        {
          kind: "LOWER_THAN_EARLIER",
          claimIds: ["c2", "c1"],
          message: "Health Ministry reported 80, lower than their earlier 100: find out why the figure fell.",
        },
      ]);
    });

    it("does not flag a rise", () => {
      expect(lower(series({ ...exact(80) }, { ...exact(100) }))).toEqual([]);
    });

    it("does not flag an equal figure", () => {
      expect(lower(series({ ...exact(100) }, { ...exact(100) }, { ...atLeast(100) }))).toEqual([]);
    });

    it("matches the claimant whatever the case and spacing", () => {
      const flags = lower(series({ ...exact(100), claimant: "Health  Ministry" }, { ...exact(90), claimant: "  health ministry " }, { ...exact(80), claimant: "HEALTH MINISTRY" }));
      expect(flags.map((flag) => flag.claimIds)).toEqual([
        ["c2", "c1"],
        ["c3", "c1"],
      ]);
      expect(flags[0]!.message).toBe("health ministry reported 90, lower than their earlier 100: find out why the figure fell.");
    });

    it("does not compare different claimants", () => {
      expect(lower(series({ ...exact(100), claimant: "Health Ministry" }, { ...exact(80), claimant: "Civil Defence" }))).toEqual([]);
    });

    it.each([
      ["null", null, null],
      ["empty", "", ""],
      ["blank", "   ", " "],
      ["null then blank", null, "  "],
    ])("never matches unnamed claimants (%s)", (_name, first, second) => {
      expect(lower(series({ ...exact(100), claimant: first }, { ...exact(80), claimant: second }))).toEqual([]);
    });

    it("does not compare figures about different populations", () => {
      expect(lower(series({ ...exact(100), population: "ALL" }, { ...exact(40), population: "CIVILIANS" }))).toEqual([]);
    });

    it("compares figures about the same population even when it is not the headline one", () => {
      const figures = series({ ...exact(5), population: "ALL" }, { ...exact(40), population: "CIVILIANS" }, { ...exact(30), population: "CIVILIANS" });
      expect(lower(figures).map((flag) => flag.claimIds)).toEqual([["c3", "c2"]]);
    });

    it("compares a range by its lower bound", () => {
      const fell = lower(series({ ...exact(50) }, { ...range(40, 60) }));
      expect(fell.map((flag) => flag.claimIds)).toEqual([["c2", "c1"]]);
      expect(fell[0]!.message).toBe("Health Ministry reported 40–60, lower than their earlier 50: find out why the figure fell.");
      expect(lower(series({ ...range(40, 60) }, { ...exact(45) }))).toEqual([]);
      expect(lower(series({ ...range(40, 60) }, { ...exact(40) }))).toEqual([]);
      expect(lower(series({ ...range(40, 60) }, { ...exact(39) })).map((flag) => flag.claimIds)).toEqual([["c2", "c1"]]);
    });

    it("compares an 'at most' figure by its max", () => {
      const fell = lower(series({ ...exact(30) }, { ...atMost(20) }));
      expect(fell.map((flag) => flag.claimIds)).toEqual([["c2", "c1"]]);
      expect(fell[0]!.message).toBe("Health Ministry reported at most 20, lower than their earlier 30: find out why the figure fell.");
      expect(lower(series({ ...atMost(20) }, { ...exact(20) }))).toEqual([]);
      expect(lower(series({ ...atMost(20) }, { ...exact(15) })).map((flag) => flag.claimIds)).toEqual([["c2", "c1"]]);
    });

    it("names the highest earlier figure, and flags every figure below it", () => {
      const flags = lower(series({ ...exact(100) }, { ...atLeast(120) }, { ...exact(90) }, { ...exact(110) }));
      expect(flags).toEqual([
        { kind: "LOWER_THAN_EARLIER", claimIds: ["c3", "c2"], message: "Health Ministry reported 90, lower than their earlier at least 120: find out why the figure fell." },
        { kind: "LOWER_THAN_EARLIER", claimIds: ["c4", "c2"], message: "Health Ministry reported 110, lower than their earlier at least 120: find out why the figure fell." },
      ]);
    });

    it("names the first of two equally high earlier figures", () => {
      expect(lower(series({ ...exact(100) }, { ...exact(100) }, { ...exact(90) })).map((flag) => flag.claimIds)).toEqual([["c3", "c1"]]);
    });

    it("ignores figures without a number, on either side", () => {
      expect(lower(series({ ...unknownNumber }, { ...exact(5) }))).toEqual([]);
      expect(lower(series({ ...exact(5) }, { ...unknownNumber }))).toEqual([]);
    });

    it("uses thousands separators in the message", () => {
      expect(lower(series({ ...exact(1500) }, { ...exact(1200) }))[0]!.message).toBe(
        "Health Ministry reported 1,200, lower than their earlier 1,500: find out why the figure fell.",
      );
    });
  });

  describe("SINGLE_ORIGIN_JUMP", () => {
    const jumps = (figures: TallyFigure[]) => only("SINGLE_ORIGIN_JUMP", tallyFlags(figures, "KILLED"));
    const twoOrigins = () => [aSource("ap"), aSource("ministry")];

    it("flags a rise carried by three outlets that all repeat one wire story", () => {
      const figures = series({ ...exact(50), sources: twoOrigins() }, { ...exact(80), claimant: "Reuters", sources: repeatsOf("wire", "bbc", "cnn", "lemonde") });
      expect(figures[1]!.origins).toBe(1);
      expect(jumps(figures)).toEqual([
        {
          kind: "SINGLE_ORIGIN_JUMP",
          claimIds: ["c2", "c1"],
          message: "The rise from 50 to 80 rests on 3 sources that trace back to a single origin: look for an independent confirmation.",
        },
      ]);
    });

    it("does not flag a rise resting on two independent origins", () => {
      const figures = series({ ...exact(50), sources: twoOrigins() }, { ...exact(80), sources: [...repeatsOf("wire", "bbc", "cnn"), aSource("hospital")] });
      expect(figures[1]!.origins).toBe(2);
      expect(jumps(figures)).toEqual([]);
    });

    it("flags a rise with no source yet", () => {
      const flags = jumps(series({ ...exact(50), sources: twoOrigins() }, { ...atLeast(70), sources: [] }));
      expect(flags).toEqual([
        {
          kind: "SINGLE_ORIGIN_JUMP",
          claimIds: ["c2", "c1"],
          message: "The rise from 50 to at least 70 rests on no source yet: look for an independent confirmation.",
        },
      ]);
    });

    it("flags a rise resting on a single source", () => {
      const flags = jumps(series({ ...exact(50), sources: twoOrigins() }, { ...exact(60), sources: [aSource("tweet")] }));
      expect(flags.map((flag) => flag.message)).toEqual(["The rise from 50 to 60 rests on a single source: look for an independent confirmation."]);
    });

    it("never flags the first figure, even with no source", () => {
      expect(jumps(series({ ...exact(500), sources: [] }))).toEqual([]);
    });

    it("does not flag a figure equal to the highest so far", () => {
      expect(jumps(series({ ...exact(50), sources: twoOrigins() }, { ...exact(50), sources: [] }, { ...atLeast(50), sources: [aSource("x")] }))).toEqual([]);
    });

    it("does not flag a figure that rises but stays below an earlier, higher one", () => {
      expect(jumps(series({ ...exact(50), sources: twoOrigins() }, { ...exact(30), sources: twoOrigins() }, { ...exact(45), sources: [] }))).toEqual([]);
    });

    it("compares with the highest earlier figure, whatever its sources", () => {
      const figures = series(
        { ...exact(50), sources: twoOrigins() },
        { ...exact(100), sources: twoOrigins() },
        { ...exact(80), sources: [] },
        { ...exact(120), sources: repeatsOf("wire", "bbc") },
      );
      expect(jumps(figures).map((flag) => [flag.claimIds, flag.message])).toEqual([
        [["c4", "c2"], "The rise from 100 to 120 rests on a single source: look for an independent confirmation."],
      ]);
    });

    it("a flagged jump becomes the figure later rises are measured from", () => {
      const figures = series(
        { ...exact(50), sources: twoOrigins() },
        { ...exact(80), sources: [] },
        { ...exact(90), sources: twoOrigins() },
        { ...exact(100), sources: repeatsOf("wire", "bbc", "cnn") },
      );
      expect(jumps(figures).map((flag) => flag.claimIds)).toEqual([
        ["c2", "c1"],
        ["c4", "c3"],
      ]);
      expect(jumps(figures)[1]!.message).toBe("The rise from 90 to 100 rests on 2 sources that trace back to a single origin: look for an independent confirmation.");
    });

    it("measures a range by its lower bound", () => {
      expect(jumps(series({ ...exact(50), sources: twoOrigins() }, { ...range(40, 90), sources: [] }))).toEqual([]);
      expect(jumps(series({ ...exact(50), sources: twoOrigins() }, { ...range(60, 90), sources: [] })).map((flag) => flag.message)).toEqual([
        "The rise from 50 to 60–90 rests on no source yet: look for an independent confirmation.",
      ]);
    });

    it("only compares figures about the headline population", () => {
      const figures = series({ ...exact(50), sources: twoOrigins() }, { ...exact(80), population: "CIVILIANS", sources: [] }, { ...exact(60), sources: [] });
      expect(jumps(figures).map((flag) => flag.claimIds)).toEqual([["c3", "c1"]]);
    });

    it("skips figures without a number", () => {
      const figures = series({ ...unknownNumber, sources: twoOrigins() }, { ...exact(40), sources: [] }, { ...unknownNumber, sources: [] }, { ...exact(45), sources: [] });
      expect(jumps(figures).map((flag) => flag.claimIds)).toEqual([["c4", "c2"]]);
    });

    it("does not care who the claimant is", () => {
      const figures = series({ ...exact(50), claimant: "Health Ministry", sources: twoOrigins() }, { ...exact(80), claimant: null, sources: [] });
      expect(jumps(figures).map((flag) => flag.claimIds)).toEqual([["c2", "c1"]]);
    });
  });

  describe("SAME_NUMBER_OTHER_METRIC", () => {
    const same = (figures: TallyFigure[], others: OtherMetricFigure[]) => only("SAME_NUMBER_OTHER_METRIC", tallyFlags(figures, "KILLED", others));

    it("flags one number reported as killed and as injured, naming both claims", () => {
      expect(same(series({ ...exact(60) }), [{ claimId: "o1", metric: "INJURED", ...exact(60) }])).toEqual([
        {
          kind: "SAME_NUMBER_OTHER_METRIC",
          claimIds: ["c1", "o1"],
          message: "60 is reported both as killed and as injured: check that one report has not confused them.",
        },
      ]);
    });

    it("does not flag different numbers", () => {
      expect(same(series({ ...exact(60) }), [{ claimId: "o1", metric: "INJURED", ...exact(61) }])).toEqual([]);
    });

    it("does not flag the same metric", () => {
      expect(same(series({ ...exact(60) }), [{ claimId: "o1", metric: "KILLED", ...exact(60) }])).toEqual([]);
    });

    it("compares both numbers: the same range is flagged, an overlapping one is not", () => {
      expect(same(series({ ...range(40, 60) }), [{ claimId: "o1", metric: "MISSING", ...range(40, 60) }]).map((flag) => flag.message)).toEqual([
        "40–60 is reported both as killed and as missing: check that one report has not confused them.",
      ]);
      expect(same(series({ ...range(40, 60) }), [{ claimId: "o1", metric: "MISSING", ...range(40, 70) }])).toEqual([]);
      expect(same(series({ ...exact(60) }), [{ claimId: "o1", metric: "INJURED", ...atLeast(60) }])).toEqual([]);
    });

    it("flags the same 'at most' figure", () => {
      expect(same(series({ ...atMost(20) }), [{ claimId: "o1", metric: "DETAINED", ...atMost(20) }]).map((flag) => flag.claimIds)).toEqual([["c1", "o1"]]);
    });

    it("does not flag a vague word recorded at the same bound ('scores' injured beside at least 40 killed)", () => {
      expect(same(series({ ...atLeast(40) }), [{ claimId: "o1", metric: "INJURED", ...atLeast(40), reportedAs: "scores" }])).toEqual([]);
      expect(same(series({ ...atLeast(40), reportedAs: "scores" }), [{ claimId: "o1", metric: "INJURED", ...atLeast(40), reportedAs: "at least 40" }])).toEqual([]);
      expect(same(series({ ...atLeast(40), reportedAs: "at least 40" }), [{ claimId: "o1", metric: "INJURED", ...atLeast(40), reportedAs: "40" }])).toHaveLength(1);
    });

    it("does not flag two figures without a number", () => {
      expect(same(series({ ...unknownNumber }), [{ claimId: "o1", metric: "INJURED", ...unknownNumber }])).toEqual([]);
    });

    it("flags each number once, naming this metric's figures with it first, then the other metrics' claims", () => {
      const flags = same(series({ ...exact(60) }, { ...exact(12) }, { ...exact(60) }), [
        { claimId: "o1", metric: "INJURED", ...exact(60) },
        { claimId: "o2", metric: "MISSING", ...exact(12) },
        { claimId: "o3", metric: "INJURED", ...exact(13) },
        { claimId: "o4", metric: "INJURED", ...exact(60) },
      ]);
      expect(flags.map((flag) => flag.claimIds)).toEqual([
        ["c1", "c3", "o1", "o4"],
        ["c2", "o2"],
      ]);
      expect(flags[0]!.message).toBe("60 is reported both as killed and as injured: check that one report has not confused them.");
    });

    it("names every other metric the number is reported under, in the metrics' order", () => {
      const flags = same(series({ ...exact(60) }), [
        { claimId: "o1", metric: "DETAINED", ...exact(60) },
        { claimId: "o2", metric: "INJURED", ...exact(60) },
        { claimId: "o3", metric: "MISSING", ...exact(60) },
      ]);
      expect(flags).toEqual([
        {
          kind: "SAME_NUMBER_OTHER_METRIC",
          claimIds: ["c1", "o1", "o2", "o3"],
          message: "60 is reported as killed, as injured, as missing and as detained: check that no report has confused them.",
        },
      ]);
    });

    it("names the tally's metric first", () => {
      const flags = only("SAME_NUMBER_OTHER_METRIC", tallyFlags(series({ ...atLeast(7) }), "DETAINED", [{ claimId: "o1", metric: "KILLED", ...atLeast(7) }]));
      expect(flags.map((flag) => flag.message)).toEqual(["at least 7 is reported both as detained and as killed: check that one report has not confused them."]);
    });

    it("raises nothing without figures under other metrics", () => {
      expect(same(series({ ...exact(60) }), [])).toEqual([]);
      expect(only("SAME_NUMBER_OTHER_METRIC", tallyFlags(series({ ...exact(60) }), "KILLED"))).toEqual([]);
    });
  });

  describe("MIXED_POPULATIONS", () => {
    const mixed = (figures: TallyFigure[]) => only("MIXED_POPULATIONS", tallyFlags(figures, "KILLED"));

    it("raises one flag listing the figures outside the headline population", () => {
      const figures = series({ ...exact(50) }, { ...exact(20), population: "CIVILIANS" }, { ...exact(60) }, { ...exact(4), population: "ATTACKERS" });
      expect(mixed(figures)).toEqual([
        {
          kind: "MIXED_POPULATIONS",
          claimIds: ["c2", "c4"],
          message: "These figures count different groups of people (all people: 2, civilians: 1, attackers: 1). The comparisons and the house figure use all people only.",
        },
      ]);
    });

    it("raises nothing when every figure counts the same people", () => {
      expect(mixed(series({ ...exact(50) }, { ...exact(60) }))).toEqual([]);
      expect(mixed(series({ ...exact(5), population: "CIVILIANS" }, { ...exact(6), population: "CIVILIANS" }))).toEqual([]);
    });

    it("takes the most common population as the headline when no figure counts all people", () => {
      const figures = series({ ...exact(12), population: "CIVILIANS" }, { ...exact(3), population: "SECURITY_FORCES" }, { ...exact(14), population: "CIVILIANS" });
      expect(mixed(figures)).toEqual([
        {
          kind: "MIXED_POPULATIONS",
          claimIds: ["c2"],
          message: "These figures count different groups of people (civilians: 2, security forces: 1). The comparisons and the house figure use civilians only.",
        },
      ]);
    });

    it("prefers all people even when they are a minority", () => {
      const figures = series({ ...exact(12), population: "CIVILIANS" }, { ...exact(30) }, { ...exact(14), population: "CIVILIANS" });
      expect(mixed(figures).map((flag) => flag.claimIds)).toEqual([["c1", "c3"]]);
    });
  });

  describe("RECORDED_TWICE", () => {
    const twice = (figures: TallyFigure[], notDuplicates?: Set<string>) => only("RECORDED_TWICE", tallyFlags(figures, "KILLED", [], notDuplicates));

    it("flags one claimant's figure recorded as two claims, the later copy first", () => {
      const figures = series({ ...atLeast(133), claimant: "Investigative Committee" }, { ...atLeast(115) }, { ...atLeast(133), claimant: " investigative  committee " });
      expect(twice(figures)).toEqual([
        {
          kind: "RECORDED_TWICE",
          claimIds: ["c3", "c1"],
          message:
            "Investigative Committee's at least 133 is recorded as two claims, so it counts twice: keep one and add the other's sources to it as evidence, or mark them as not duplicates if they are two assertions.",
        },
      ]);
    });

    it("flags a claim's copies together: the later copies first, in the order reported, the claim they copy last", () => {
      const figures = series({ ...exact(60) }, { ...exact(60) }, { ...exact(70) }, { ...exact(60) });
      expect(twice(figures)).toEqual([
        {
          kind: "RECORDED_TWICE",
          claimIds: ["c2", "c4", "c1"],
          message:
            "Health Ministry's 60 is recorded as 3 claims, so it counts 3 times: keep one and add the others' sources to it as evidence, or mark them as not duplicates if they are separate assertions.",
        },
      ]);
    });

    it("leaves alone other claimants, unnamed claimants, other populations and other numbers or qualifiers", () => {
      expect(twice(series({ ...exact(60) }, { ...exact(60), claimant: "Reuters" }))).toEqual([]);
      expect(twice(series({ ...exact(60), claimant: null }, { ...exact(60), claimant: null }))).toEqual([]);
      expect(twice(series({ ...exact(60) }, { ...exact(60), population: "CIVILIANS" }))).toEqual([]);
      expect(twice(series({ ...exact(60) }, { ...atLeast(60) }))).toEqual([]);
      expect(twice(series({ ...range(40, 60) }, { ...range(40, 61) }))).toEqual([]);
    });

    it("leaves alone a pair an editor marked as not duplicates, and pairs the copy with another one instead", () => {
      const figures = series({ ...exact(60) }, { ...exact(60) }, { ...exact(60) });
      expect(twice(figures.slice(0, 2), new Set([pairKey("c2", "c1")]))).toEqual([]);
      expect(twice(figures, new Set([pairKey("c1", "c3")])).map((flag) => flag.claimIds)).toEqual([
        ["c2", "c1"],
        ["c3", "c2"],
      ]);
      const four = series({ ...exact(60) }, { ...exact(60) }, { ...exact(60) }, { ...exact(60) });
      expect(twice(four, new Set([pairKey("c1", "c3")])).map((flag) => flag.claimIds)).toEqual([
        ["c2", "c4", "c1"],
        ["c3", "c2"],
      ]);
    });
  });

  it("possibleCopies: the claims RECORDED_TWICE may flag, whose not-duplicate marks are all it needs", () => {
    const figures = series({ ...exact(60) }, { ...exact(70) }, { ...exact(60), claimant: " health  MINISTRY" }, { ...exact(60), claimant: null }, { ...exact(60), claimant: null });
    expect(possibleCopies(figures)).toEqual(["c1", "c3"]);
    expect(possibleCopies(series({ ...exact(60) }, { ...exact(70) }))).toEqual([]);
  });

  it("groups the claims of one number rather than flagging every pair: a few flags however many copies", () => {
    const figures = Array.from({ length: 2_000 }, (_, index) => aFigure({ claimId: `c${index}`, reportedAt: at(0), ...exact(60) }));
    const others = figures.map((figure) => ({ claimId: `o-${figure.claimId}`, metric: "INJURED" as const, ...exact(60) }));
    const flags = tallyFlags(figures, "KILLED", others);
    expect(flags.map((flag) => [flag.kind, flag.claimIds.length])).toEqual([
      ["SAME_NUMBER_OTHER_METRIC", 4_000],
      ["RECORDED_TWICE", 2_000],
    ]);
  });
});

// ---- House figure ----------------------------------------------------------------------------------------------

describe("houseFigure CONSERVATIVE: the highest lower bound among confirmed figures", () => {
  it("takes the highest lower bound, as an 'at least' figure", () => {
    const figures = series({ ...exact(100), ...confirmed }, { ...atLeast(133), ...confirmed, sources: repeatsOf("wire", "bbc", "cnn") }, { ...range(120, 150), ...confirmed });
    expect(houseFigure("CONSERVATIVE", figures, "KILLED")).toEqual({
      rule: "CONSERVATIVE",
      figure: { qualifier: "AT_LEAST", min: 133, max: null },
      openEnded: false,
      population: "ALL",
      words: "at least 133 killed",
      restsOn: ["c2"],
      origins: 1,
      explanation: "The highest lower bound among 3 confirmed figures.",
    });
  });

  it("says a figure reported as 'more than 100' in the report's words", () => {
    const figures = series({ ...exact(90), ...confirmed }, { ...atLeast(101), reportedAs: "more than 100", ...confirmed });
    expect(houseFigure("CONSERVATIVE", figures, "KILLED")).toMatchObject({ figure: { qualifier: "AT_LEAST", min: 101 }, words: "more than 100 killed", restsOn: ["c2"] });
    // A higher confirmed figure takes over, in its own words.
    const higher = series(...figures, { ...atLeast(120), reportedAs: "at least 120", ...confirmed });
    expect(houseFigure("CONSERVATIVE", higher, "KILLED").words).toBe("at least 120 killed");
  });

  it("ignores unconfirmed figures, however high", () => {
    const figures = series(
      { ...exact(40), ...confirmed },
      { ...exact(90), verdict: "LIKELY" },
      { ...exact(95), verdict: "UNRATED" },
      { ...exact(99), verdict: "DISPUTED" },
      { ...exact(100), verdict: "FALSE" },
    );
    const house = houseFigure("CONSERVATIVE", figures, "KILLED");
    expect(house.figure).toEqual({ qualifier: "AT_LEAST", min: 40, max: null });
    expect(house.restsOn).toEqual(["c1"]);
    expect(house.explanation).toBe("The lower bound of the one confirmed figure.");
  });

  it("rests on every confirmed figure with that bound, and counts their distinct origins", () => {
    const figures = series(
      { ...exact(133), ...confirmed, sources: repeatsOf("wire", "bbc") },
      { ...atLeast(133), ...confirmed, sources: [aSource("ministry"), aSource("cnn", "wire")] },
      { ...exact(90), ...confirmed, sources: [aSource("hospital")] },
      { ...range(133, 150), ...confirmed, sources: repeatsOf("wire", "lemonde") },
    );
    const house = houseFigure("CONSERVATIVE", figures, "KILLED");
    expect(house.figure).toEqual({ qualifier: "AT_LEAST", min: 133, max: null });
    expect(house.restsOn).toEqual(["c1", "c2", "c4"]);
    expect(house.origins).toBe(2);
  });

  it("counts no origin for a confirmed figure without sources", () => {
    const house = houseFigure("CONSERVATIVE", series({ ...exact(10), ...confirmed, sources: [] }), "KILLED");
    expect(house.restsOn).toEqual(["c1"]);
    expect(house.origins).toBe(0);
  });

  it("finds no lower bound in confirmed 'at most' figures", () => {
    const figures = series({ ...atMost(20), ...confirmed }, { ...exact(30), verdict: "LIKELY" });
    const house = houseFigure("CONSERVATIVE", figures, "KILLED");
    expect(house).toMatchObject({ rule: "CONSERVATIVE", figure: null, openEnded: false, words: null, restsOn: [], origins: 0 });
    expect(house.explanation).toBe(
      'No confirmed figure has a lower bound: the one confirmed figure gives only an upper one ("at most"), so the conservative rule has nothing to print yet.',
    );
  });

  it("uses the lower bound of the others when some confirmed figures are 'at most' ones", () => {
    const house = houseFigure("CONSERVATIVE", series({ ...atMost(200), ...confirmed }, { ...exact(30), ...confirmed }), "KILLED");
    expect(house.figure).toEqual({ qualifier: "AT_LEAST", min: 30, max: null });
    expect(house.restsOn).toEqual(["c2"]);
  });

  it("finds nothing when no figure is confirmed", () => {
    const expected = {
      rule: "CONSERVATIVE",
      figure: null,
      openEnded: false,
      population: "ALL",
      words: null,
      restsOn: [],
      origins: 0,
      explanation: "No figure is confirmed yet: a reviewer concludes a figure as Confirmed before the newsroom prints it.",
    };
    expect(houseFigure("CONSERVATIVE", series({ ...exact(50), verdict: "LIKELY" }, { ...exact(60) }), "KILLED")).toEqual(expected);
    expect(houseFigure("CONSERVATIVE", [], "KILLED")).toEqual(expected);
  });

  it("reads large numbers with separators", () => {
    expect(houseFigure("CONSERVATIVE", series({ ...exact(1200), ...confirmed }), "KILLED").words).toBe("at least 1,200 killed");
  });
});

describe("houseFigure RANGE: from the lowest to the highest confirmed figure", () => {
  it("spans the lowest to the highest, resting on both ends", () => {
    const figures = series({ ...exact(50), ...confirmed }, { ...exact(40), ...confirmed }, { ...exact(60), ...confirmed, sources: repeatsOf("wire", "bbc") }, { ...exact(90) });
    expect(houseFigure("RANGE", figures, "INJURED")).toEqual({
      rule: "RANGE",
      figure: { qualifier: "RANGE", min: 40, max: 60 },
      openEnded: false,
      population: "ALL",
      words: "40–60 injured",
      restsOn: ["c2", "c3"],
      origins: 2,
      explanation: "From the lowest to the highest of 3 confirmed figures.",
    });
  });

  it("takes both ends of a range figure", () => {
    const lone = houseFigure("RANGE", series({ ...range(40, 60), ...confirmed }), "INJURED");
    expect(lone).toMatchObject({ figure: { qualifier: "RANGE", min: 40, max: 60 }, openEnded: false, words: "40–60 injured", restsOn: ["c1"] });
    const wide = houseFigure("RANGE", series({ ...exact(50), ...confirmed }, { ...range(30, 70), ...confirmed }), "KILLED");
    expect(wide).toMatchObject({ figure: { qualifier: "RANGE", min: 30, max: 70 }, words: "30–70 killed", restsOn: ["c2"] });
  });

  it("is open-ended when the highest figure is an 'at least' one", () => {
    const house = houseFigure("RANGE", series({ ...exact(40), ...confirmed }, { ...atLeast(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "RANGE", min: 40, max: 60 }, openEnded: true, words: "40–60 or more killed", restsOn: ["c1", "c2"] });
  });

  it("is not open-ended when an 'at least' figure is not the highest", () => {
    const house = houseFigure("RANGE", series({ ...atLeast(40), ...confirmed }, { ...exact(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "RANGE", min: 40, max: 60 }, openEnded: false, words: "40–60 killed" });
  });

  it("is not open-ended when the highest figure is an approximate one", () => {
    const house = houseFigure("RANGE", series({ ...exact(40), ...confirmed }, { ...about(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "RANGE", min: 40, max: 60 }, openEnded: false, words: "40–60 killed" });
  });

  it("reads a single confirmed exact figure as that figure", () => {
    expect(houseFigure("RANGE", series({ ...exact(60), ...confirmed }, { ...exact(99), verdict: "UNPROVEN" }), "KILLED")).toEqual({
      rule: "RANGE",
      figure: { qualifier: "EXACT", min: 60, max: 60 },
      openEnded: false,
      population: "ALL",
      words: "60 killed",
      restsOn: ["c1"],
      origins: 1,
      explanation: "The one confirmed figure.",
    });
  });

  it("reads a single confirmed 'at least' figure as 'at least', without 'or more'", () => {
    const house = houseFigure("RANGE", series({ ...atLeast(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "AT_LEAST", min: 60, max: null }, openEnded: false, words: "at least 60 killed" });
  });

  it("keeps the qualifier of a single confirmed 'at most' or approximate figure", () => {
    expect(houseFigure("RANGE", series({ ...atMost(20), ...confirmed }), "KILLED")).toMatchObject({
      figure: { qualifier: "AT_MOST", min: null, max: 20 },
      words: "at most 20 killed",
    });
    expect(houseFigure("RANGE", series({ ...about(40), ...confirmed }), "KILLED")).toMatchObject({
      figure: { qualifier: "APPROXIMATELY", min: 40, max: null },
      openEnded: false,
      words: "about 40 killed",
    });
  });

  it("reads equal confirmed figures as one exact figure, resting on all of them", () => {
    const house = houseFigure("RANGE", series({ ...exact(60), ...confirmed }, { ...range(60, 60), ...confirmed }, { ...about(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "EXACT", min: 60, max: 60 }, words: "60 killed", restsOn: ["c1", "c2", "c3"] });
  });

  it("reads an exact and an 'at least' figure of the same number as 'at least'", () => {
    const house = houseFigure("RANGE", series({ ...exact(60), ...confirmed }, { ...atLeast(60), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "AT_LEAST", min: 60, max: null }, openEnded: false, words: "at least 60 killed", restsOn: ["c1", "c2"] });
  });

  it("rests on every figure tied at either end, each once", () => {
    const figures = series(
      { ...exact(40), ...confirmed, sources: repeatsOf("wire", "a") },
      { ...exact(60), ...confirmed, sources: [aSource("ministry")] },
      { ...exact(50), ...confirmed },
      { ...exact(40), ...confirmed, sources: repeatsOf("wire", "b") },
      { ...exact(60), ...confirmed, sources: repeatsOf("wire", "c") },
    );
    const house = houseFigure("RANGE", figures, "KILLED");
    expect(house.restsOn).toEqual(["c1", "c4", "c2", "c5"]);
    expect(house.origins).toBe(2);
  });

  it("takes an 'at most' figure at its max", () => {
    const house = houseFigure("RANGE", series({ ...atMost(20), ...confirmed }, { ...exact(35), ...confirmed }), "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "RANGE", min: 20, max: 35 }, words: "20–35 killed" });
  });

  it("finds nothing when no figure is confirmed", () => {
    const house = houseFigure("RANGE", series({ ...exact(50), verdict: "LIKELY" }, { ...exact(70), verdict: "MISLEADING" }), "KILLED");
    expect(house).toEqual({
      rule: "RANGE",
      figure: null,
      openEnded: false,
      population: "ALL",
      words: null,
      restsOn: [],
      origins: 0,
      explanation: "No figure is confirmed yet: a reviewer concludes a figure as Confirmed before the newsroom prints it.",
    });
  });
});

describe("houseFigure LATEST_OFFICIAL: the latest figure from an official statement", () => {
  const officialSources = () => [aSource("ministry-statement", "ministry-statement", "OFFICIAL_STATEMENT"), aSource("bbc", "ministry-statement", "OFFICIAL_STATEMENT")];

  it("takes the latest figure in reported order whose sources trace back to an official statement", () => {
    const figures = series(
      { ...exact(50), ...confirmed, official: true, sources: officialSources() },
      { ...atLeast(80), ...confirmed, official: true, claimant: "Interior Ministry", sources: officialSources() },
      { ...exact(120), ...confirmed, official: false, claimant: "Reuters" },
    );
    expect(houseFigure("LATEST_OFFICIAL", figures, "KILLED")).toEqual({
      rule: "LATEST_OFFICIAL",
      figure: { qualifier: "AT_LEAST", min: 80, max: null },
      openEnded: false,
      population: "ALL",
      words: "at least 80 killed",
      restsOn: ["c2"],
      origins: 1,
      explanation: "The latest of 2 figures from an official statement, reported by Interior Ministry.",
    });
  });

  it("skips figures found false or misleading", () => {
    const figures = series(
      { ...exact(50), ...confirmed, official: true },
      { ...exact(80), verdict: "FALSE", official: true },
      { ...exact(90), verdict: "MISLEADING", official: true },
    );
    const house = houseFigure("LATEST_OFFICIAL", figures, "KILLED");
    expect(house).toMatchObject({ figure: { qualifier: "EXACT", min: 50, max: 50 }, words: "50 killed", restsOn: ["c1"] });
    expect(house.explanation).toBe("The only figure from an official statement, reported by Health Ministry.");
  });

  it.each([
    ["UNRATED", "unrated"],
    ["LIKELY", "likely"],
    ["UNPROVEN", "unproven"],
    ["DISPUTED", "disputed"],
  ] as const)("takes an official figure whatever its verdict, saying when it is %s", (verdict, word) => {
    const figures = series({ ...exact(50), ...confirmed, official: true }, { ...exact(70), verdict, official: true });
    const house = houseFigure("LATEST_OFFICIAL", figures, "KILLED");
    expect(house.figure).toEqual({ qualifier: "EXACT", min: 70, max: 70 });
    expect(house.restsOn).toEqual(["c2"]);
    expect(house.explanation).toBe(
      `The latest of 2 figures from an official statement, reported by Health Ministry. It is not confirmed (${word}): attribute it when printing.`,
    );
  });

  it("leaves out a figure it cannot place in time, and a reopened figure no longer counts as confirmed", () => {
    const figures = series({ ...atLeast(133), ...confirmed, official: true }, { ...atLeast(40), official: true, reportedAt: null });
    expect(houseFigure("LATEST_OFFICIAL", figures, "KILLED").restsOn).toEqual(["c1"]);
    const reopened = series({ ...atLeast(133), verdict: "CONFIRMED", stage: "RESEARCHING" }, { ...atLeast(40), ...confirmed });
    expect(houseFigure("CONSERVATIVE", reopened, "KILLED")).toMatchObject({ words: "at least 40 killed", restsOn: ["c2"] });
  });

  it("keeps the official figure's qualifier", () => {
    expect(houseFigure("LATEST_OFFICIAL", series({ ...atMost(20), official: true }), "MISSING").words).toBe("at most 20 missing, according to the Health Ministry");
    expect(houseFigure("LATEST_OFFICIAL", series({ ...range(40, 60), ...confirmed, official: true }), "INJURED").words).toBe("40–60 injured");
  });

  it("names an unnamed claimant as such", () => {
    const house = houseFigure("LATEST_OFFICIAL", series({ ...exact(5), ...confirmed, official: true, claimant: null }), "KILLED");
    expect(house.explanation).toBe("The only figure from an official statement, reported by an unnamed claimant.");
  });

  it("skips an official figure without a number", () => {
    const house = houseFigure("LATEST_OFFICIAL", series({ ...exact(5), official: true }, { ...unknownNumber, official: true }), "KILLED");
    expect(house.restsOn).toEqual(["c1"]);
  });

  it("finds nothing when no figure rests on an official statement", () => {
    const expected = {
      rule: "LATEST_OFFICIAL",
      figure: null,
      openEnded: false,
      population: "ALL",
      words: null,
      restsOn: [],
      origins: 0,
      explanation: "No figure rests on an official statement yet: attach the official statement as a source that supports the figure.",
    };
    expect(houseFigure("LATEST_OFFICIAL", series({ ...exact(50), ...confirmed }, { ...exact(60), ...confirmed }), "KILLED")).toEqual(expected);
    expect(houseFigure("LATEST_OFFICIAL", series({ ...exact(50), verdict: "FALSE", official: true }), "KILLED")).toEqual(expected);
    expect(houseFigure("LATEST_OFFICIAL", [], "KILLED")).toEqual(expected);
  });
});

describe("the house figure counts the headline population only", () => {
  it("ignores figures about other people under every rule", () => {
    const figures = series(
      { ...exact(40), ...confirmed, official: true },
      { ...exact(300), ...confirmed, official: true, population: "CIVILIANS" },
      { ...exact(2), ...confirmed, official: true, population: "ATTACKERS" },
    );
    const under = houseFigures(figures, "KILLED");
    expect(under.CONSERVATIVE).toMatchObject({ population: "ALL", figure: { qualifier: "AT_LEAST", min: 40, max: null }, words: "at least 40 killed", restsOn: ["c1"] });
    expect(under.CONSERVATIVE.explanation).toBe("The lower bound of the one confirmed figure.");
    expect(under.RANGE).toMatchObject({ population: "ALL", figure: { qualifier: "EXACT", min: 40, max: 40 }, words: "40 killed", restsOn: ["c1"] });
    expect(under.LATEST_OFFICIAL).toMatchObject({ population: "ALL", figure: { qualifier: "EXACT", min: 40, max: 40 }, words: "40 killed", restsOn: ["c1"] });
  });

  it("finds nothing when the only confirmed figures are about other people", () => {
    const house = houseFigure("CONSERVATIVE", series({ ...exact(40) }, { ...exact(300), ...confirmed, population: "CIVILIANS" }), "KILLED");
    expect(house).toMatchObject({ population: "ALL", figure: null, words: null });
  });

  it("names the population in the words when it is not all people", () => {
    const figures = series({ ...exact(12), ...confirmed, population: "CIVILIANS" }, { ...exact(9), ...confirmed, population: "CIVILIANS" }, { ...exact(70), ...confirmed, population: "SECURITY_FORCES" });
    const under = houseFigures(figures, "KILLED");
    expect(under.CONSERVATIVE).toMatchObject({ population: "CIVILIANS", words: "at least 12 civilians killed", restsOn: ["c1"] });
    expect(under.RANGE).toMatchObject({ population: "CIVILIANS", words: "9–12 civilians killed", restsOn: ["c2", "c1"] });
  });

  it.each([
    ["ATTACKERS", "at least 3 attackers killed"],
    ["SECURITY_FORCES", "at least 3 members of the security forces killed"],
    ["OTHER", "at least 3 killed"],
  ] as const)("words a house figure about %s as the rest of the product does", (population, words) => {
    const house = houseFigure("CONSERVATIVE", series({ ...exact(3), ...confirmed, population }), "KILLED");
    expect(house.population).toBe(population);
    expect(house.words).toBe(words);
  });

  it("puts 'or more' after the number, before the population", () => {
    const house = houseFigure("RANGE", series({ ...exact(10), ...confirmed, population: "CIVILIANS" }, { ...atLeast(25), ...confirmed, population: "CIVILIANS" }), "INJURED");
    expect(house.words).toBe("10–25 or more civilians injured");
  });
});

describe("houseFigures: the house figure under every rule", () => {
  it("gives each rule's figure, keyed by rule", () => {
    const figures = series(
      { ...exact(30), ...confirmed, official: true },
      { ...atLeast(45), ...confirmed },
      { ...exact(38), verdict: "LIKELY", official: true },
      { ...exact(400), verdict: "UNRATED" },
    );
    const under = houseFigures(figures, "KILLED");
    expect(Object.keys(under)).toEqual(["CONSERVATIVE", "RANGE", "LATEST_OFFICIAL"]);
    expect(under.CONSERVATIVE).toEqual(houseFigure("CONSERVATIVE", figures, "KILLED"));
    expect([under.CONSERVATIVE.rule, under.RANGE.rule, under.LATEST_OFFICIAL.rule]).toEqual(["CONSERVATIVE", "RANGE", "LATEST_OFFICIAL"]);
    expect(under.CONSERVATIVE.words).toBe("at least 45 killed");
    expect(under.RANGE.words).toBe("30–45 or more killed");
    expect(under.RANGE.openEnded).toBe(true);
    // Not confirmed: attributed to whoever gave it.
    expect(under.LATEST_OFFICIAL.words).toBe("38 killed, according to the Health Ministry");
    expect(under.LATEST_OFFICIAL.restsOn).toEqual(["c3"]);
  });
});

describe("figures without a reported time", () => {
  it("are neither lower than an earlier figure nor a jump, since they cannot be placed in time", () => {
    const figures = series({ ...atLeast(133), origins: 2 }, { ...atLeast(40), reportedAt: null }, { ...atLeast(500), reportedAt: null, origins: 0 });
    const kinds = tallyFlags(figures, "KILLED").map((flag) => flag.kind);
    expect(kinds).not.toContain("LOWER_THAN_EARLIER");
    expect(kinds).not.toContain("SINGLE_ORIGIN_JUMP");
  });
});
