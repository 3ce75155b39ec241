import { describe, expect, it } from "vitest";
import { WORDING_RULES } from "@claimdesk/analysis";
import type { RouterInputs } from "@claimdesk/api";
import { seedDemo } from "@claimdesk/db";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aResponsibilityClaim, aSource, anEvent, anEvidence } from "./support/builders";
import { expectClientError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, move, type Claim } from "./support/workflow";

// claim.wording: the sentence the newsroom may print about a claim as it stands now, and the style rule that
// chose it. The rules themselves are tested in the analysis package; here, that the API words the stored claim.

const db = useTestDatabase();
const http = httpClient(db);

const wording = (id: string) => db.as("VIEWER").claim.wording({ id });
const ruleText = (id: string) => WORDING_RULES.find((rule) => rule.id === id)!.description;

/** Sources the claim, sends it through research and review, and has a reviewer conclude it CONFIRMED. */
async function confirm(claim: { id: string; version: number }, sourceType: "WIRE" | "OFFICIAL_STATEMENT" = "WIRE"): Promise<Claim> {
  const source = await db.api.source.create(aSource({ type: sourceType }));
  await db.api.evidence.attach(anEvidence(claim.id, source.id));
  let moved = await move(db, "EDITOR", claim, "RESEARCHING");
  moved = await move(db, "EDITOR", moved, "IN_REVIEW");
  return move(db, "REVIEWER", moved, "CONCLUDED", CONCLUSION);
}

describe("claim.wording", () => {
  it("attributes a figure nobody has verified yet, and states it as fact once a reviewer confirms it", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());

    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: 1,
      text: "The Investigative Committee said at least 133 people were killed; this has not been independently verified.",
      ruleId: "casualty-unverified",
      rule: ruleText("casualty-unverified"),
      asFact: false,
      superseded: null,
    });

    const confirmed = await confirm(claim);
    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: confirmed.version,
      text: "At least 133 people were killed, according to the Investigative Committee.",
      ruleId: "casualty-confirmed",
      rule: ruleText("casualty-confirmed"),
      asFact: true,
      superseded: null,
    });
  });

  it("stops stating a figure as fact when its claim is reopened and changed, until a reviewer concludes it again", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const confirmed = await confirm(claim);
    const reopened = await move(db, "REVIEWER", confirmed, "RESEARCHING");
    const edited = await db.api.claim.update({
      id: claim.id,
      version: reopened.version,
      casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 500, reportedAs: "at least 500" },
    });
    expect(edited.verdict).toBe("CONFIRMED");
    expect(await wording(claim.id)).toMatchObject({
      text: "The Investigative Committee said at least 500 people were killed; this has not been independently verified.",
      asFact: false,
    });
  });

  it("words the claim as it stands after an edit", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const edited = await db.api.claim.update({
      id: claim.id,
      version: 1,
      claimant: "Russian authorities",
      casualty: { metric: "INJURED", population: "CIVILIANS", qualifier: "RANGE", min: 40, max: 60 },
    });
    expect(await wording(claim.id)).toMatchObject({
      version: edited.version,
      text: "Russian authorities said between 40 and 60 civilians were injured; this has not been independently verified.",
      asFact: false,
    });
  });

  it("words a claim of responsibility through its channel, with the newsroom's assessment as a sentence of its own", async () => {
    const claim = await db.api.claim.create(
      aResponsibilityClaim({ responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "VERY_LIKELY" } }),
    );
    expect(await wording(claim.id)).toEqual({
      id: claim.id,
      version: 1,
      text: "Islamic State reportedly claimed responsibility through its Amaq news agency; this has not been independently verified. Islamic State is very likely responsible, according to our assessment.",
      ruleId: "responsibility-self-claimed-unconfirmed",
      rule: ruleText("responsibility-self-claimed-unconfirmed"),
      asFact: false,
      superseded: null,
    });

    await confirm(claim);
    expect(await wording(claim.id)).toMatchObject({
      text: "Islamic State claimed responsibility through its Amaq news agency. Islamic State is very likely responsible, according to our assessment.",
      ruleId: "responsibility-self-claimed",
      asFact: true,
    });
  });

  it("words a denial without an assessment as the denial alone", async () => {
    const claim = await db.api.claim.create(aResponsibilityClaim({ claimant: "Ukrainian officials", responsibility: { actor: "Ukraine", attribution: "DENIED" } }));
    expect(await wording(claim.id)).toMatchObject({
      text: "Ukraine denied responsibility; this has not been independently verified.",
      ruleId: "responsibility-denied",
      asFact: false,
    });
  });

  it("answers NOT_FOUND for a claim that does not exist", async () => {
    await expectTRPCError(wording("no-such-claim"), "NOT_FOUND", /no-such-claim/);
    expect(expectClientError(await http.query("claim.wording", { id: "no-such-claim" }), 404).data.code).toBe("NOT_FOUND");
  });
});

describe("claim.wording: a figure superseded by a later one", () => {
  type Casualty = NonNullable<RouterInputs["claim"]["create"]["casualty"]>;
  const killed = (min: number): Casualty => ({ metric: "KILLED", qualifier: "AT_LEAST", min, reportedAs: `at least ${min}` });
  const figure = (eventId: string, min: number, claimedAt: string | undefined) =>
    db.api.claim.create(aCasualtyClaim({ eventId, claimedAt: claimedAt ? new Date(claimedAt) : undefined, casualty: killed(min) }));
  const risen = "the toll has since risen to at least 133";

  it("marks the confirmed 40 and 60 superseded by the later confirmed 133, says so in their sentence, and answers null for the 133", async () => {
    const event = await db.api.event.create(anEvent());
    const f40 = await confirm(await figure(event.id, 40, "2024-03-22T19:30:00Z"));
    const f60 = await confirm(await figure(event.id, 60, "2024-03-22T22:40:00Z"));
    const f133 = await confirm(await figure(event.id, 133, "2024-03-23T15:00:00Z"));

    expect(await wording(f60.id)).toEqual({
      id: f60.id,
      version: f60.version,
      text: `At least 60 people were killed, according to the Investigative Committee; superseded: ${risen}.`,
      ruleId: "casualty-confirmed",
      rule: ruleText("casualty-confirmed"),
      asFact: true,
      superseded: { byClaimId: f133.id, words: risen },
    });
    expect(await wording(f40.id)).toMatchObject({
      text: `At least 40 people were killed, according to the Investigative Committee; superseded: ${risen}.`,
      superseded: { byClaimId: f133.id, words: risen },
    });
    expect(await wording(f133.id)).toMatchObject({ text: "At least 133 people were killed, according to the Investigative Committee.", asFact: true, superseded: null });

    // The tally marks the same figures, and a newsroom tool reads the same over HTTP.
    const tally = await db.as("VIEWER").event.tally({ eventId: event.id, metric: "KILLED" });
    expect(tally.figures.map((each) => [each.min, each.superseded])).toEqual([
      [40, { byClaimId: f133.id, words: risen }],
      [60, { byClaimId: f133.id, words: risen }],
      [133, null],
    ]);
    const reply = await http.query("claim.wording", { id: f40.id });
    expect(reply.status).toBe(200);
    expect(reply.data).toMatchObject({ superseded: { byClaimId: f133.id, words: risen } });
  });

  it("places a claim without a time of its own by its earliest source, as the tally does, and leaves an unplaced one unmarked", async () => {
    const event = await db.api.event.create(anEvent());
    const f60 = await confirm(await figure(event.id, 60, "2024-03-22T22:40:00Z"));
    // No time of its own: its confirming source (published 23 March, 06:10) places it after the 60.
    const f133 = await confirm(await figure(event.id, 133, undefined));
    expect((await wording(f60.id)).superseded).toEqual({ byClaimId: f133.id, words: risen });

    // Neither a time nor a supporting source: no place in time, so neither superseded nor superseding.
    const unplaced = await figure(event.id, 20, undefined);
    expect((await wording(unplaced.id)).superseded).toBeNull();
  });

  it("marks nothing for a later figure that is not confirmed, another population or another metric, nor a figure outside any event", async () => {
    const event = await db.api.event.create(anEvent());
    const f40 = await confirm(await figure(event.id, 40, "2024-03-22T19:30:00Z"));
    await figure(event.id, 137, "2024-03-24T10:00:00Z");
    await confirm(
      await db.api.claim.create(
        aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-24T11:00:00Z"), casualty: { ...killed(90), population: "CIVILIANS" } }),
      ),
    );
    await confirm(
      await db.api.claim.create(
        aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-24T12:00:00Z"), casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 180 } }),
      ),
    );
    expect((await wording(f40.id)).superseded).toBeNull();

    const alone = await confirm(await db.api.claim.create(aCasualtyClaim({ claimedAt: new Date("2024-03-22T19:30:00Z"), casualty: killed(1) })));
    expect((await wording(alone.id)).superseded).toBeNull();
  });

  it("follows the event's rule: under Latest official, a later official figure supersedes, higher or lower, credited while unconfirmed", async () => {
    const event = await db.api.event.create(anEvent());
    const f150 = await confirm(await figure(event.id, 150, "2024-03-23T10:00:00Z"));
    // Lower, official, not yet confirmed.
    const official = await figure(event.id, 137, "2024-03-24T10:00:00Z");
    await db.api.evidence.attach(anEvidence(official.id, (await db.api.source.create(aSource({ type: "OFFICIAL_STATEMENT" }))).id));
    expect((await wording(f150.id)).superseded).toBeNull();

    await db.api.event.update({ id: event.id, houseFigureRule: "LATEST_OFFICIAL" });
    const words = "the official toll has since been revised down to at least 137, according to the Investigative Committee";
    expect(await wording(f150.id)).toMatchObject({
      text: `At least 150 people were killed, according to the Investigative Committee; superseded: ${words}.`,
      superseded: { byClaimId: official.id, words },
    });
    expect((await wording(official.id)).superseded).toBeNull();
  });

  it("stops marking a figure superseded when the figure that overtook it is reopened", async () => {
    const event = await db.api.event.create(anEvent());
    const f60 = await confirm(await figure(event.id, 60, "2024-03-22T22:40:00Z"));
    const f133 = await confirm(await figure(event.id, 133, "2024-03-23T15:00:00Z"));
    expect((await wording(f60.id)).superseded?.byClaimId).toBe(f133.id);

    await move(db, "REVIEWER", f133, "RESEARCHING");
    expect(await wording(f60.id)).toMatchObject({ text: "At least 60 people were killed, according to the Investigative Committee.", superseded: null });
  });

  it("marks the demo event's 40, 60 and 115 superseded by the confirmed 133, and neither the 133 nor the unconfirmed 137 after it", async () => {
    await seedDemo(db.prisma);
    const found = await db.api.event.list({ q: "Crocus City Hall" });
    const event = await db.api.event.get({ id: found.items[0]!.id });
    const killedClaims = event.claims.filter((claim) => claim.casualty?.metric === "KILLED");
    const f133 = killedClaims.find((claim) => claim.casualty?.min === 133)!;
    const marks = await Promise.all(killedClaims.map(async (claim) => [claim.casualty!.min, (await wording(claim.id)).superseded] as const));
    const byInvestigators = { byClaimId: f133.id, words: risen };
    expect(marks).toEqual([
      [40, byInvestigators],
      [60, byInvestigators],
      [115, byInvestigators],
      [133, null],
      [137, null],
    ]);
    expect((await wording(killedClaims[1]!.id)).text).toBe(
      `At least 60 people were killed, according to the Investigative Committee of the Russian Federation; superseded: ${risen}.`,
    );
  });
});
