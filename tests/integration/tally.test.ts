import { describe, expect, it } from "vitest";
import type { RouterInputs, RouterOutputs } from "@claimdesk/api";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aSource, anEvent, anEvidence } from "./support/builders";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, move, type Claim } from "./support/workflow";

// An event's tally: every figure for one metric in the order it was reported, the flags an editor must see
// before printing any of them, and the house figure under each rule, all built through the API.

const db = useTestDatabase();
const http = httpClient(db);

type ClaimInput = RouterInputs["claim"]["create"];
type Casualty = NonNullable<ClaimInput["casualty"]>;
type SourceInput = RouterInputs["source"]["create"];
type Tally = RouterOutputs["event"]["tally"];

const at = (iso: string) => new Date(iso);
const killed = (min: number, extra: Partial<Casualty> = {}): Casualty => ({ metric: "KILLED", qualifier: "AT_LEAST", min, ...extra });

const newEvent = () => db.api.event.create(anEvent());
const newSource = (overrides: Partial<SourceInput> = {}) => db.api.source.create(aSource(overrides));

/** A casualty claim about the event, supported (or otherwise) by each of the sources given, in that order. */
async function figure(eventId: string, overrides: Partial<ClaimInput>, sourceIds: string[] = [], stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT" = "SUPPORTS") {
  const claim = await db.api.claim.create(aCasualtyClaim({ eventId, ...overrides }));
  for (const sourceId of sourceIds) await db.api.evidence.attach(anEvidence(claim.id, sourceId, { stance }));
  return claim;
}

/** The ordinary way to confirm a sourced figure: the editor researches it and sends it to review, a reviewer concludes it. */
async function confirm(claimId: string) {
  let claim: Claim = await db.api.claim.get({ id: claimId });
  claim = await move(db, "EDITOR", claim, "RESEARCHING");
  claim = await move(db, "EDITOR", claim, "IN_REVIEW");
  claim = await move(db, "REVIEWER", claim, "CONCLUDED", CONCLUSION);
  expect(claim).toMatchObject({ stage: "CONCLUDED", verdict: "CONFIRMED" });
  return claim;
}

const tally = (eventId: string, metric: Tally["metric"] = "KILLED") => db.as("VIEWER").event.tally({ eventId, metric });
const figuresOf = (result: Tally) => result.figures.map((each) => ({ claimId: each.claimId, min: each.min, reportedAt: each.reportedAt?.toISOString() ?? null }));

const NO_CONFIRMED = "No figure is confirmed yet: a reviewer concludes a figure as Confirmed before the newsroom prints it.";
const NO_OFFICIAL = "No figure rests on an official statement yet: attach the official statement as a source that supports the figure.";

describe("event.tally: the figures", () => {
  it("lists one metric's figures in the order they were reported; an undated claim by its earliest source's publication", async () => {
    const event = await newEvent();
    const late = await figure(event.id, { claimedAt: at("2024-03-23T15:00:00Z"), casualty: killed(133) });
    // No time of its own: its earliest supporting source was published on the night of the attack.
    const evening = await newSource({ publishedAt: at("2024-03-23T10:00:00Z") });
    const night = await newSource({ publishedAt: at("2024-03-22T22:40:00Z") });
    const undated = await figure(event.id, { claimedAt: undefined, casualty: killed(60) }, [evening.id, night.id]);
    const first = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) });
    // Neither a time nor a source: last.
    const unknown = await figure(event.id, { claimedAt: undefined, claimant: "Social media", casualty: killed(150) });
    // Not part of this tally: another metric, another event.
    const injured = await figure(event.id, { casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 100 } });
    await figure((await newEvent()).id, { claimedAt: at("2024-03-22T18:00:00Z"), casualty: killed(10) });

    const result = await tally(event.id);
    expect(result.event).toEqual({ id: event.id, title: event.title, houseFigureRule: "CONSERVATIVE" });
    expect(result.metric).toBe("KILLED");
    expect(figuresOf(result)).toEqual([
      { claimId: first.id, min: 40, reportedAt: "2024-03-22T19:30:00.000Z" },
      { claimId: undated.id, min: 60, reportedAt: "2024-03-22T22:40:00.000Z" },
      { claimId: late.id, min: 133, reportedAt: "2024-03-23T15:00:00.000Z" },
      { claimId: unknown.id, min: 150, reportedAt: null },
    ]);
    expect(result.metrics).toEqual([
      { metric: "KILLED", figures: 4 },
      { metric: "INJURED", figures: 1 },
      { metric: "MISSING", figures: 0 },
      { metric: "DETAINED", figures: 0 },
    ]);
    expect(result.population).toBe("ALL");

    const injuredTally = await tally(event.id, "INJURED");
    expect(injuredTally.figures.map((each) => each.claimId)).toEqual([injured.id]);
    expect(injuredTally.metrics).toEqual(result.metrics);
  });

  it("gives each figure its claim, qualifier, workflow state and the sources behind it with their origins", async () => {
    const event = await newEvent();
    const wire = await newSource({ type: "WIRE", publisher: "Reuters" });
    const outlet = await newSource({ type: "NEWS_REPORT", publisher: "MENAFN", repeatsSourceId: wire.id });
    const claim = await figure(
      event.id,
      { claimant: "Investigative Committee", casualty: { metric: "KILLED", qualifier: "RANGE", min: 130, max: 140, reportedAs: "130 to 140", asOf: at("2024-03-24T00:00:00Z") } },
      [wire.id, outlet.id],
    );
    // Evidence that does not support the figure is not behind it.
    await db.api.evidence.attach(anEvidence(claim.id, (await newSource()).id, { stance: "CONTRADICTS" }));

    const result = await tally(event.id);
    const [only] = result.figures;
    expect(only).toMatchObject({
      claimId: claim.id,
      text: claim.text,
      claimant: "Investigative Committee",
      population: "ALL",
      qualifier: "RANGE",
      min: 130,
      max: 140,
      reportedAs: "130 to 140",
      asOf: at("2024-03-24T00:00:00Z"),
      stage: "NEW",
      verdict: "UNRATED",
      origins: 1,
      official: false,
    });
    // The figure names its sources, oldest evidence first; the tally gives each source once, by id.
    expect(only!.sourceIds).toEqual([wire.id, outlet.id]);
    expect(result.sources).toEqual({
      [wire.id]: { id: wire.id, url: wire.url, title: wire.title, publisher: "Reuters", type: "WIRE", originId: wire.id, originType: "WIRE" },
      [outlet.id]: { id: outlet.id, url: outlet.url, title: outlet.title, publisher: "MENAFN", type: "NEWS_REPORT", originId: wire.id, originType: "WIRE" },
    });
  });

  it("gives a source behind several figures once, each figure naming it", async () => {
    const event = await newEvent();
    const wire = await newSource({ type: "WIRE" });
    const first = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) }, [wire.id]);
    const second = await figure(event.id, { claimedAt: at("2024-03-22T22:40:00Z"), casualty: killed(60) }, [wire.id]);
    // A figure under another metric is not this tally's: its sources are not listed.
    await figure(event.id, { casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 100 } }, [(await newSource()).id]);

    const result = await tally(event.id);
    expect(result.figures.map((each) => [each.claimId, each.sourceIds])).toEqual([
      [first.id, [wire.id]],
      [second.id, [wire.id]],
    ]);
    expect(Object.keys(result.sources)).toEqual([wire.id]);
  });

  it("answers an event without figures with an empty tally and house figures that say why there is none", async () => {
    const event = await newEvent();
    const result = await tally(event.id);
    expect(result).toMatchObject({ metric: "KILLED", population: "ALL", figures: [], flags: [] });
    expect(result.metrics.every((each) => each.figures === 0)).toBe(true);
    const nothing = { figure: null, openEnded: false, population: "ALL", words: null, restsOn: [], origins: 0 };
    expect(result.houseFigures).toEqual({
      CONSERVATIVE: { rule: "CONSERVATIVE", ...nothing, explanation: NO_CONFIRMED },
      RANGE: { rule: "RANGE", ...nothing, explanation: NO_CONFIRMED },
      LATEST_OFFICIAL: { rule: "LATEST_OFFICIAL", ...nothing, explanation: NO_OFFICIAL },
    });
    expect(result.houseFigure).toEqual(result.houseFigures.CONSERVATIVE);
  });

  it("answers NOT_FOUND for an event that does not exist, and BAD_REQUEST naming `metric` for a metric it does not know", async () => {
    await expectTRPCError(tally("no-such-event"), "NOT_FOUND", /no-such-event/);
    expectClientError(await http.query("event.tally", { eventId: "no-such-event", metric: "KILLED" }), 404);

    const event = await newEvent();
    await expectTRPCError(db.api.event.tally({ eventId: event.id, metric: "WOUNDED" as never }), "BAD_REQUEST", /metric/);
    expectFieldError(expectClientError(await http.query("event.tally", { eventId: event.id, metric: "WOUNDED" }), 400), "metric");
    expectFieldError(expectClientError(await http.query("event.tally", { eventId: event.id }), 400), "metric");
  });
});

describe("event.tally: flags", () => {
  it("flags a figure lower than an earlier one from the same claimant, whatever the case and spacing of the name", async () => {
    const event = await newEvent();
    const [first, second] = [await newSource(), await newSource()];
    const higher = await figure(event.id, { claimant: "Investigative Committee", claimedAt: at("2024-03-23T07:00:00Z"), casualty: killed(60) }, [first.id]);
    const lower = await figure(event.id, { claimant: "  investigative   COMMITTEE ", claimedAt: at("2024-03-23T09:00:00Z"), casualty: killed(50) }, [second.id]);
    // Someone else's lower figure is no contradiction of the committee.
    await figure(event.id, { claimant: "Moscow police", claimedAt: at("2024-03-23T10:00:00Z"), casualty: killed(45) }, [first.id]);

    expect((await tally(event.id)).flags).toEqual([
      {
        kind: "LOWER_THAN_EARLIER",
        claimIds: [lower.id, higher.id],
        message: "investigative   COMMITTEE reported at least 50, lower than their earlier at least 60: find out why the figure fell.",
      },
    ]);
  });

  it("flags a jump resting on outlets that all repeat one wire story, and drops the flag once an independent source supports it", async () => {
    const event = await newEvent();
    const statement = await newSource({ type: "OFFICIAL_STATEMENT" });
    const base = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) }, [statement.id]);

    // One wire story, carried by an outlet that another outlet copies: A repeats B repeats C.
    const c = await newSource({ type: "WIRE", publisher: "Example Wire" });
    const b = await newSource({ type: "NEWS_REPORT", publisher: "Outlet B", repeatsSourceId: c.id });
    const a = await newSource({ type: "NEWS_REPORT", publisher: "Outlet A", repeatsSourceId: b.id });
    const jump = await figure(event.id, { claimedAt: at("2024-03-22T22:40:00Z"), casualty: killed(60) }, [a.id, b.id, c.id]);

    let result = await tally(event.id);
    const jumped = result.figures.find((each) => each.claimId === jump.id)!;
    expect(jumped.origins).toBe(1);
    expect(jumped.sourceIds.map((id) => [id, result.sources[id]!.originId])).toEqual([
      [a.id, c.id],
      [b.id, c.id],
      [c.id, c.id],
    ]);
    expect(result.flags).toEqual([
      {
        kind: "SINGLE_ORIGIN_JUMP",
        claimIds: [jump.id, base.id],
        message: "The rise from at least 40 to at least 60 rests on 3 sources that trace back to a single origin: look for an independent confirmation.",
      },
    ]);

    // A source that contradicts the figure does not stand behind it.
    await db.api.evidence.attach(anEvidence(jump.id, (await newSource({ type: "WIRE" })).id, { stance: "CONTRADICTS" }));
    expect((await tally(event.id)).flags.map((flag) => flag.kind)).toEqual(["SINGLE_ORIGIN_JUMP"]);

    const independent = await newSource({ type: "WIRE", publisher: "Another Wire" });
    await db.api.evidence.attach(anEvidence(jump.id, independent.id));
    result = await tally(event.id);
    expect(result.figures.find((each) => each.claimId === jump.id)!.origins).toBe(2);
    expect(result.flags).toEqual([]);

    // A later rise with nothing behind it yet is flagged too.
    const unsourced = await figure(event.id, { claimedAt: at("2024-03-23T07:00:00Z"), casualty: killed(70) });
    expect((await tally(event.id)).flags).toEqual([
      {
        kind: "SINGLE_ORIGIN_JUMP",
        claimIds: [unsourced.id, jump.id],
        message: "The rise from at least 60 to at least 70 rests on no source yet: look for an independent confirmation.",
      },
    ]);
  });

  it("flags the same number reported as killed and as injured, in both tallies", async () => {
    const event = await newEvent();
    const dead = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) });
    const hurt = await figure(event.id, { claimedAt: at("2024-03-22T21:00:00Z"), casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 40 } });
    // A different number under another metric is no such confusion.
    await figure(event.id, { claimedAt: at("2024-03-22T21:30:00Z"), casualty: { metric: "MISSING", qualifier: "EXACT", min: 40 } });
    // Nor is a vague word recorded at a conventional bound ("scores": at least 40).
    await figure(event.id, { claimedAt: at("2024-03-22T22:00:00Z"), casualty: { metric: "DETAINED", qualifier: "AT_LEAST", min: 40, reportedAs: "scores" } });

    expect((await tally(event.id, "KILLED")).flags).toEqual([
      {
        kind: "SAME_NUMBER_OTHER_METRIC",
        claimIds: [dead.id, hurt.id],
        message: "at least 40 is reported both as killed and as injured: check that one report has not confused them.",
      },
    ]);
    expect((await tally(event.id, "INJURED")).flags).toEqual([
      {
        kind: "SAME_NUMBER_OTHER_METRIC",
        claimIds: [hurt.id, dead.id],
        message: "at least 40 is reported both as injured and as killed: check that one report has not confused them.",
      },
    ]);
  });

  it("flags figures that count different people, and compares and prints only the headline population", async () => {
    const event = await newEvent();
    const [wire, other] = [await newSource({ type: "WIRE" }), await newSource({ type: "WIRE" })];
    const everyone = await figure(event.id, { claimedAt: at("2024-03-23T07:00:00Z"), casualty: killed(100) }, [wire.id]);
    const civilians = await figure(event.id, { claimedAt: at("2024-03-23T08:00:00Z"), casualty: killed(120, { population: "CIVILIANS" }) }, [other.id]);

    const result = await tally(event.id);
    expect(result.population).toBe("ALL");
    expect(result.figures.map((each) => [each.claimId, each.population])).toEqual([
      [everyone.id, "ALL"],
      [civilians.id, "CIVILIANS"],
    ]);
    // The civilians' 120 is no jump from everyone's 100: they are not compared.
    expect(result.flags).toEqual([
      {
        kind: "MIXED_POPULATIONS",
        claimIds: [civilians.id],
        message: "These figures count different groups of people (all people: 1, civilians: 1). The comparisons and the house figure use all people only.",
      },
    ]);

    await confirm(everyone.id);
    await confirm(civilians.id);
    const houseFigure = (await tally(event.id)).houseFigure;
    expect(houseFigure).toMatchObject({ rule: "CONSERVATIVE", figure: { qualifier: "AT_LEAST", min: 100, max: null }, words: "at least 100 killed", restsOn: [everyone.id] });
  });
});

describe("event.tally: the house figure", () => {
  /**
   * Four figures: at least 40 from an official statement, 100–120 from a wire, at least 133 in a news report that
   * repeats the committee's statement, and at least 137 from a wire alone.
   */
  async function fourFigures() {
    const event = await newEvent();
    const firstStatement = await newSource({ type: "OFFICIAL_STATEMENT", publisher: "Investigative Committee" });
    const wire = await newSource({ type: "WIRE" });
    const laterStatement = await newSource({ type: "OFFICIAL_STATEMENT", publisher: "Investigative Committee" });
    const report = await newSource({ type: "NEWS_REPORT", publisher: "Asia Times", repeatsSourceId: laterStatement.id });
    const otherWire = await newSource({ type: "WIRE" });
    const f40 = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) }, [firstStatement.id]);
    const f100 = await figure(event.id, { claimedAt: at("2024-03-22T22:40:00Z"), claimant: "Reuters", casualty: { metric: "KILLED", qualifier: "RANGE", min: 100, max: 120 } }, [wire.id]);
    const f133 = await figure(event.id, { claimedAt: at("2024-03-23T15:00:00Z"), casualty: killed(133) }, [report.id]);
    const f137 = await figure(event.id, { claimedAt: at("2024-03-24T10:00:00Z"), claimant: "TASS", casualty: killed(137) }, [otherWire.id]);
    return { event, f40, f100, f133, f137, laterStatement };
  }

  it("prints nothing before a figure is confirmed, except the latest official figure with the warning to attribute it", async () => {
    const { event, f133, laterStatement } = await fourFigures();
    const result = await tally(event.id);

    const official = result.figures.find((each) => each.claimId === f133.id)!;
    expect(official.official).toBe(true);
    expect(result.sources[official.sourceIds[0]!]).toMatchObject({ type: "NEWS_REPORT", originId: laterStatement.id, originType: "OFFICIAL_STATEMENT" });

    const nothing = { figure: null, openEnded: false, population: "ALL", words: null, restsOn: [], origins: 0 };
    expect(result.houseFigures.CONSERVATIVE).toEqual({ rule: "CONSERVATIVE", ...nothing, explanation: NO_CONFIRMED });
    expect(result.houseFigures.RANGE).toEqual({ rule: "RANGE", ...nothing, explanation: NO_CONFIRMED });
    expect(result.houseFigures.LATEST_OFFICIAL).toEqual({
      rule: "LATEST_OFFICIAL",
      figure: { qualifier: "AT_LEAST", min: 133, max: null },
      openEnded: false,
      population: "ALL",
      // Not confirmed: printed only with its claimant.
      words: "at least 133 killed, according to the Investigative Committee",
      restsOn: [f133.id],
      origins: 1,
      explanation: "The latest of 2 figures from an official statement, reported by Investigative Committee. It is not confirmed (unrated): attribute it when printing.",
    });
    expect(result.houseFigure).toEqual(result.houseFigures.CONSERVATIVE);
  });

  it("once a reviewer confirms the figures: the highest lower bound, the range, and the latest official figure", async () => {
    const { event, f40, f100, f133, f137 } = await fourFigures();
    for (const claim of [f40, f100, f133, f137]) await confirm(claim.id);

    const result = await tally(event.id);
    expect(result.figures.map((each) => [each.min, each.stage, each.verdict])).toEqual([
      [40, "CONCLUDED", "CONFIRMED"],
      [100, "CONCLUDED", "CONFIRMED"],
      [133, "CONCLUDED", "CONFIRMED"],
      [137, "CONCLUDED", "CONFIRMED"],
    ]);
    expect(result.houseFigures).toEqual({
      CONSERVATIVE: {
        rule: "CONSERVATIVE",
        figure: { qualifier: "AT_LEAST", min: 137, max: null },
        openEnded: false,
        population: "ALL",
        words: "at least 137 killed",
        restsOn: [f137.id],
        origins: 1,
        explanation: "The highest lower bound among 4 confirmed figures.",
      },
      RANGE: {
        rule: "RANGE",
        figure: { qualifier: "RANGE", min: 40, max: 137 },
        openEnded: true,
        population: "ALL",
        words: "40–137 or more killed",
        restsOn: [f40.id, f137.id],
        origins: 2,
        explanation: "From the lowest to the highest of 4 confirmed figures.",
      },
      LATEST_OFFICIAL: {
        rule: "LATEST_OFFICIAL",
        figure: { qualifier: "AT_LEAST", min: 133, max: null },
        openEnded: false,
        population: "ALL",
        words: "at least 133 killed",
        restsOn: [f133.id],
        origins: 1,
        explanation: "The latest of 2 figures from an official statement, reported by Investigative Committee.",
      },
    });
    expect(result.houseFigure).toEqual(result.houseFigures.CONSERVATIVE);
  });

  it("follows the event's rule: switching it with event.update changes the house figure and writes one history entry naming both rules", async () => {
    const event = await newEvent();
    const statement = await newSource({ type: "OFFICIAL_STATEMENT" });
    const wire = await newSource({ type: "WIRE" });
    const official = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) }, [statement.id]);
    const reported = await figure(event.id, { claimedAt: at("2024-03-22T22:40:00Z"), claimant: "Reuters", casualty: killed(60) }, [wire.id]);
    await confirm(official.id);
    await confirm(reported.id);

    const timeline = async () => (await db.api.history.list({ eventId: event.id, limit: 100 })).items;
    const before = await timeline();

    expect((await tally(event.id)).houseFigure).toMatchObject({ rule: "CONSERVATIVE", words: "at least 60 killed", restsOn: [reported.id] });

    const updated = await db.api.event.update({ id: event.id, houseFigureRule: "RANGE" });
    expect(updated.houseFigureRule).toBe("RANGE");
    expect((await db.api.event.get({ id: event.id })).houseFigureRule).toBe("RANGE");
    let result = await tally(event.id);
    expect(result.event.houseFigureRule).toBe("RANGE");
    expect(result.houseFigure).toEqual(result.houseFigures.RANGE);
    expect(result.houseFigure).toMatchObject({ rule: "RANGE", figure: { qualifier: "RANGE", min: 40, max: 60 }, words: "40–60 or more killed" });

    const entries = (await timeline()).filter((entry) => !before.some((earlier) => earlier.id === entry.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entityType: "EVENT",
      action: "UPDATE",
      entityId: event.id,
      actorName: db.users.EDITOR.name,
      summary: "changed the house figure rule from Conservative to Range",
      changes: [{ field: "houseFigureRule", from: "CONSERVATIVE", to: "RANGE" }],
    });

    await db.api.event.update({ id: event.id, houseFigureRule: "LATEST_OFFICIAL" });
    result = await tally(event.id);
    expect(result.houseFigure).toMatchObject({ rule: "LATEST_OFFICIAL", words: "at least 40 killed", restsOn: [official.id] });
    expect((await timeline()).at(-1)).toMatchObject({ summary: "changed the house figure rule from Range to Latest official" });

    // Choosing the rule the event already has changes nothing and writes nothing.
    const count = (await timeline()).length;
    await db.api.event.update({ id: event.id, houseFigureRule: "LATEST_OFFICIAL" });
    expect(await timeline()).toHaveLength(count);

    // A viewer may read the tally but not change the rule.
    await expectTRPCError(db.as("VIEWER").event.update({ id: event.id, houseFigureRule: "CONSERVATIVE" }), "FORBIDDEN");
    expectFieldError(expectClientError(await http.mutation("event.update", { id: event.id, houseFigureRule: "HIGHEST" }), 400), "houseFigureRule");
    expect((await tally(event.id)).event.houseFigureRule).toBe("LATEST_OFFICIAL");
  });

  it("never prints an official figure found false: the latest official figure is then the one before it", async () => {
    const event = await db.api.event.create(anEvent({ houseFigureRule: "LATEST_OFFICIAL" }));
    const [first, second] = [await newSource({ type: "OFFICIAL_STATEMENT" }), await newSource({ type: "OFFICIAL_STATEMENT" })];
    const earlier = await figure(event.id, { claimedAt: at("2024-03-22T19:30:00Z"), casualty: killed(40) }, [first.id]);
    const later = await figure(event.id, { claimedAt: at("2024-03-23T15:00:00Z"), casualty: killed(400) }, [second.id]);
    expect((await tally(event.id)).houseFigure).toMatchObject({ rule: "LATEST_OFFICIAL", restsOn: [later.id], words: "at least 400 killed, according to the Investigative Committee" });

    await confirm(earlier.id);
    let claim = await move(db, "EDITOR", await db.api.claim.get({ id: later.id }), "RESEARCHING");
    claim = await move(db, "EDITOR", claim, "IN_REVIEW");
    await move(db, "REVIEWER", claim, "CONCLUDED", { verdict: "FALSE", note: "The ministry's own list names 40 victims." });

    const result = await tally(event.id);
    expect(result.houseFigure).toEqual({
      rule: "LATEST_OFFICIAL",
      figure: { qualifier: "AT_LEAST", min: 40, max: null },
      openEnded: false,
      population: "ALL",
      words: "at least 40 killed",
      restsOn: [earlier.id],
      origins: 1,
      explanation: "The only figure from an official statement, reported by Investigative Committee.",
    });
    // Nor does the false figure count towards the conservative figure.
    expect(result.houseFigures.CONSERVATIVE).toMatchObject({ words: "at least 40 killed", restsOn: [earlier.id] });
  });

  it("an event may be created with its rule", async () => {
    const event = await db.api.event.create(anEvent({ houseFigureRule: "LATEST_OFFICIAL" }));
    expect(event.houseFigureRule).toBe("LATEST_OFFICIAL");
    const result = await tally(event.id);
    expect(result.houseFigure).toEqual({ ...result.houseFigures.LATEST_OFFICIAL, rule: "LATEST_OFFICIAL", explanation: NO_OFFICIAL });
  });
});
