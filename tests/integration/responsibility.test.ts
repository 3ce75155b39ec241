import { describe, expect, it } from "vitest";
import type { RouterInputs } from "@claimdesk/api";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aResponsibilityClaim, aSource, aStatementClaim, anEvent, anEvidence } from "./support/builders";
import { expectClientError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, move } from "./support/workflow";

// The responsibility board of an event: each actor said to be behind it, every attribution about them (who said
// it, when, through which channel, on what sources), and the newsroom's own assessment.

const db = useTestDatabase();
const http = httpClient(db);

type ClaimInput = RouterInputs["claim"]["create"];
type Responsibility = NonNullable<ClaimInput["responsibility"]>;
type SourceInput = RouterInputs["source"]["create"];

const at = (iso: string) => new Date(iso);
const newSource = (overrides: Partial<SourceInput> = {}) => db.api.source.create(aSource(overrides));
const board = (eventId: string) => db.as("VIEWER").event.responsibility({ eventId });

async function attribution(eventId: string, claim: Partial<ClaimInput> & { responsibility: Responsibility }, evidence: Array<[string, "SUPPORTS" | "CONTRADICTS" | "CONTEXT"]> = []) {
  const created = await db.api.claim.create(aResponsibilityClaim({ eventId, ...claim }));
  for (const [sourceId, stance] of evidence) await db.api.evidence.attach(anEvidence(created.id, sourceId, { stance }));
  return created;
}

/** Three actors: Islamic State (self-claimed, blamed by media and officials), ISIS-K (media, officials), Ukraine (suspected, denied twice). */
async function contestedEvent() {
  const event = await db.api.event.create(anEvent());
  const reuters = await newSource({ type: "WIRE", publisher: "Reuters", reliability: "B" });
  const copy = await newSource({ type: "NEWS_REPORT", publisher: "MENAFN", reliability: "C", repeatsSourceId: reuters.id });
  const doubter = await newSource({ type: "NEWS_REPORT", publisher: "Doubtful Daily", reliability: "D" });
  const ap = await newSource({ type: "WIRE", publisher: "Associated Press", reliability: "B" });
  const times = await newSource({ type: "NEWS_REPORT", publisher: "Asia Times", reliability: "B" });
  const kremlin = await newSource({ type: "OFFICIAL_STATEMENT", publisher: "Kremlin", reliability: "D" });
  const denial = await newSource({ type: "WIRE", publisher: "Reuters", reliability: "B" });

  const selfClaim = await attribution(
    event.id,
    {
      text: "Islamic State claimed responsibility through its Amaq news agency.",
      claimant: "Islamic State",
      claimedAt: at("2024-03-22T20:30:00Z"),
      responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "LIKELY" },
    },
    [[reuters.id, "SUPPORTS"], [copy.id, "SUPPORTS"], [doubter.id, "CONTRADICTS"]],
  );
  const mediaBlame = await attribution(
    event.id,
    {
      text: "Wire services attributed the attack to Islamic State.",
      claimant: "Associated Press",
      claimedAt: at("2024-03-23T08:00:00Z"),
      // The same actor, written differently.
      responsibility: { actor: "  islamic   STATE ", attribution: "MEDIA", channel: null, assessment: "VERY_LIKELY" },
    },
    [[ap.id, "SUPPORTS"]],
  );
  const officialBlame = await attribution(event.id, {
    text: "US officials said Islamic State was behind the attack.",
    claimant: "US officials",
    claimedAt: at("2024-03-22T23:00:00Z"),
    responsibility: { actor: "Islamic State", attribution: "OFFICIAL", assessment: "NOT_ASSESSED" },
  });
  const branch = await attribution(
    event.id,
    {
      text: "The attack was widely reported to be the work of Islamic State Khorasan (ISIS-K).",
      claimant: "Media reports",
      claimedAt: at("2024-03-23T12:00:00Z"),
      responsibility: { actor: "Islamic State Khorasan (ISIS-K)", attribution: "MEDIA", assessment: "VERY_LIKELY" },
    },
    [[times.id, "SUPPORTS"]],
  );
  const branchOfficial = await attribution(event.id, {
    text: "US officials named the group's Afghan branch.",
    claimant: "US officials",
    claimedAt: at("2024-03-23T18:00:00Z"),
    responsibility: { actor: "islamic state khorasan (ISIS-K)", attribution: "OFFICIAL", assessment: "NOT_ASSESSED" },
  });
  const suspicion = await attribution(
    event.id,
    {
      text: "Russia's president said the attackers had been heading for Ukraine.",
      claimant: "Vladimir Putin",
      claimedAt: at("2024-03-23T12:00:00Z"),
      responsibility: { actor: "Ukraine", attribution: "SUSPECTED", channel: "Televised address", assessment: "NOT_ASSESSED" },
    },
    [[kremlin.id, "SUPPORTS"]],
  );
  const denied = await attribution(
    event.id,
    {
      text: "Ukraine denied any involvement in the attack.",
      claimant: "Ukrainian officials",
      claimedAt: at("2024-03-23T13:30:00Z"),
      responsibility: { actor: "UKRAINE", attribution: "DENIED", assessment: "NOT_ASSESSED" },
    },
    [[denial.id, "SUPPORTS"]],
  );
  const deniedAgain = await attribution(event.id, {
    text: "Ukraine's foreign ministry called the accusation absurd.",
    claimant: "Ukrainian foreign ministry",
    claimedAt: at("2024-03-23T16:00:00Z"),
    responsibility: { actor: "Ukraine", attribution: "DENIED", assessment: "NOT_ASSESSED" },
  });

  // Not on this board: a figure and a statement about the same event, and a claim about another event.
  await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
  await db.api.claim.create(aStatementClaim({ eventId: event.id }));
  await attribution((await db.api.event.create(anEvent())).id, { responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED" } });

  return {
    event,
    sources: { reuters, copy, doubter, ap, times, kremlin, denial },
    claims: { selfClaim, mediaBlame, officialBlame, branch, branchOfficial, suspicion, denied, deniedAgain },
  };
}

describe("event.responsibility", () => {
  it("groups attributions by actor whatever the case and spacing, most attributed first, denials not counted", async () => {
    const { event, claims } = await contestedEvent();
    const result = await board(event.id);

    expect(result.event).toEqual({ id: event.id, title: event.title });
    // Ukraine has three claims about it, but two are denials: it is attributed once.
    expect(result.actors.map((actor) => [actor.actor, actor.attributions.map((each) => each.claimId)])).toEqual([
      ["Islamic State", [claims.selfClaim.id, claims.officialBlame.id, claims.mediaBlame.id]],
      ["Islamic State Khorasan (ISIS-K)", [claims.branch.id, claims.branchOfficial.id]],
      ["Ukraine", [claims.suspicion.id, claims.denied.id, claims.deniedAgain.id]],
    ]);
    expect(result.actors.map(({ actor, claimedBySelf, denied, assessment, otherAssessments }) => ({ actor, claimedBySelf, denied, assessment, otherAssessments }))).toEqual([
      // The later assessment stands; the earlier, different one is listed so the disagreement shows.
      { actor: "Islamic State", claimedBySelf: true, denied: false, assessment: "VERY_LIKELY", otherAssessments: ["LIKELY"] },
      { actor: "Islamic State Khorasan (ISIS-K)", claimedBySelf: false, denied: false, assessment: "VERY_LIKELY", otherAssessments: [] },
      { actor: "Ukraine", claimedBySelf: false, denied: true, assessment: "NOT_ASSESSED", otherAssessments: [] },
    ]);
  });

  it("gives each attribution its claimant, time, channel, sources with their stance, and how independent its support is", async () => {
    const { event, claims, sources } = await contestedEvent();
    const [islamicState, , ukraine] = (await board(event.id)).actors;

    const source = (record: typeof sources.reuters, stance: string) => ({
      id: record.id,
      url: record.url,
      title: record.title,
      publisher: record.publisher,
      type: record.type,
      reliability: record.reliability,
      stance,
    });
    expect(islamicState!.attributions[0]).toEqual({
      claimId: claims.selfClaim.id,
      text: "Islamic State claimed responsibility through its Amaq news agency.",
      claimant: "Islamic State",
      claimedAt: at("2024-03-22T20:30:00Z"),
      stage: "NEW",
      verdict: "UNRATED",
      attribution: "SELF_CLAIMED",
      channel: "its Amaq news agency",
      assessment: "LIKELY",
      sources: [source(sources.reuters, "SUPPORTS"), source(sources.copy, "SUPPORTS"), source(sources.doubter, "CONTRADICTS")],
      // MENAFN repeats Reuters; the contradicting outlet does not support the claim.
      independence: { sources: 2, origins: 1, originIds: [sources.reuters.id], words: "2 sources, 1 independent origin" },
    });
    expect(islamicState!.attributions[1]).toMatchObject({
      claimId: claims.officialBlame.id,
      claimant: "US officials",
      attribution: "OFFICIAL",
      channel: null,
      sources: [],
      independence: { sources: 0, origins: 0, originIds: [], words: "no sources" },
    });
    expect(islamicState!.attributions[2]).toMatchObject({
      claimId: claims.mediaBlame.id,
      claimant: "Associated Press",
      claimedAt: at("2024-03-23T08:00:00Z"),
      attribution: "MEDIA",
      assessment: "VERY_LIKELY",
      independence: { words: "1 source, 1 independent origin", originIds: [sources.ap.id] },
    });
    expect(ukraine!.attributions.map(({ claimant, attribution, channel, claimedAt }) => [claimant, attribution, channel, claimedAt?.toISOString()])).toEqual([
      ["Vladimir Putin", "SUSPECTED", "Televised address", "2024-03-23T12:00:00.000Z"],
      ["Ukrainian officials", "DENIED", null, "2024-03-23T13:30:00.000Z"],
      ["Ukrainian foreign ministry", "DENIED", null, "2024-03-23T16:00:00.000Z"],
    ]);
    expect(ukraine!.attributions[0]!.sources).toEqual([source(sources.kremlin, "SUPPORTS")]);
  });

  it("shows the workflow state of each attribution, and the newsroom's latest assessment after it changes", async () => {
    const { event, claims } = await contestedEvent();

    // A reviewer concludes the self-claim; an editor then raises the assessment of the claim of responsibility.
    let selfClaim = await move(db, "EDITOR", await db.api.claim.get({ id: claims.selfClaim.id }), "RESEARCHING");
    selfClaim = await move(db, "EDITOR", selfClaim, "IN_REVIEW");
    selfClaim = await move(db, "REVIEWER", selfClaim, "CONCLUDED", CONCLUSION);
    selfClaim = await move(db, "REVIEWER", selfClaim, "RESEARCHING");
    await db.api.claim.update({
      id: selfClaim.id,
      version: selfClaim.version,
      responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "ALMOST_CERTAIN" },
    });

    const [islamicState] = (await board(event.id)).actors;
    expect(islamicState).toMatchObject({ actor: "Islamic State", assessment: "ALMOST_CERTAIN", otherAssessments: ["VERY_LIKELY"] });
    // Reopened for the change, it keeps its earlier verdict on record.
    expect(islamicState!.attributions[0]).toMatchObject({ claimId: claims.selfClaim.id, stage: "RESEARCHING", verdict: "CONFIRMED", assessment: "ALMOST_CERTAIN" });
  });

  it("keeps the latest assessment when an older assessed claim is merely edited or moved along", async () => {
    const { event, claims } = await contestedEvent();
    // The media claim's VERY_LIKELY is the newsroom's latest judgement of Islamic State. Fixing a typo in the
    // earlier self-claim, or sending it to research, judges nothing anew.
    await db.api.claim.update({ id: claims.selfClaim.id, version: 1, text: "Islamic State claimed responsibility through its Amaq news agency, hours after the attack." });
    await db.api.claim.transition({ id: claims.selfClaim.id, version: 2, to: "RESEARCHING" });

    const [islamicState] = (await board(event.id)).actors;
    expect(islamicState).toMatchObject({ actor: "Islamic State", assessment: "VERY_LIKELY", otherAssessments: ["LIKELY"] });
  });

  it("answers an event without claims of responsibility with an empty board", async () => {
    const event = await db.api.event.create(anEvent());
    await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    expect(await board(event.id)).toEqual({ event: { id: event.id, title: event.title }, actors: [] });
  });

  it("answers NOT_FOUND for an event that does not exist", async () => {
    await expectTRPCError(board("no-such-event"), "NOT_FOUND", /no-such-event/);
    expect(expectClientError(await http.query("event.responsibility", { eventId: "no-such-event" }), 404).data.code).toBe("NOT_FOUND");
  });
});
