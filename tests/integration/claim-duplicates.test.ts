import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RouterInputs } from "@claimdesk/api";
import { duplicateKeyOf, projectRoot, seedDemo } from "@claimdesk/db";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aResponsibilityClaim, aSource, aStatementClaim, anEvent, anEvidence } from "./support/builders";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, move } from "./support/workflow";

// One claimant's assertion is one claim; each outlet that reports it is a source of evidence for it. A second
// "at least 133 killed" from the same claimant in the same event is refused, naming the first, unless the editor
// says it is meant; two identical saves at once make one claim; editors can say two claims are not duplicates.

const db = useTestDatabase();
const http = httpClient(db);

type ClaimInput = RouterInputs["claim"]["create"];

const newEvent = () => db.api.event.create(anEvent());

/** Everything a refused write could have left behind. */
async function writes() {
  const [claims, casualties, responsibilities, evidence, sources, history, marks] = await Promise.all([
    db.prisma.claim.count(),
    db.prisma.casualtyDetail.count(),
    db.prisma.responsibilityDetail.count(),
    db.prisma.evidence.count(),
    db.prisma.source.count(),
    db.prisma.historyEntry.count(),
    db.prisma.claimNotDuplicate.count(),
  ]);
  return { claims, casualties, responsibilities, evidence, sources, history, marks };
}

describe("claim.create refuses an exact duplicate", () => {
  it("answers 409 naming the first claim (its id in data.existingClaimId and a sentence), and writes nothing", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const before = await writes();

    const again = aCasualtyClaim({ eventId: event.id, text: "Investigators now say at least 133 are dead.", claimant: "  investigative   COMMITTEE " });
    const refusal = expectClientError(await http.mutation("claim.create", again), 409);
    expect(refusal.data).toMatchObject({ code: "CONFLICT", existingClaimId: first.id, currentVersion: null });
    expect(refusal.message).toBe(
      `Investigative Committee's claim "at least 133 killed" is already recorded for this event (claim ${first.id}). ` +
        "One claimant's assertion is one claim: add your source to that claim as evidence, or send allowDuplicate: true to record it again on purpose.",
    );
    expect(await writes()).toEqual(before);
  });

  it("refuses the same claimant's same attribution too, but not the same figure from another claimant, event, population or bound", async () => {
    const event = await newEvent();
    const claim = await db.api.claim.create(aResponsibilityClaim({ eventId: event.id }));
    const error = await expectTRPCError(
      db.api.claim.create(aResponsibilityClaim({ eventId: event.id, responsibility: { actor: "islamic state", attribution: "SELF_CLAIMED", assessment: "LIKELY" } })),
      "CONFLICT",
    );
    expect(error.message).toContain(`(claim ${claim.id})`);

    await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const other = await newEvent();
    const different: ClaimInput[] = [
      aCasualtyClaim({ eventId: event.id, claimant: "Reuters" }),
      aCasualtyClaim({ eventId: other.id }),
      aCasualtyClaim({ eventId: event.id, casualty: { metric: "KILLED", population: "CIVILIANS", qualifier: "AT_LEAST", min: 133 } }),
      aCasualtyClaim({ eventId: event.id, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 137 } }),
      aCasualtyClaim({ eventId: event.id, casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 133 } }),
      aResponsibilityClaim({ eventId: event.id, responsibility: { actor: "Islamic State", attribution: "OFFICIAL" } }),
    ];
    for (const input of different) await expect(db.api.claim.create(input), JSON.stringify(input)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("does not judge claims outside any event, without a claimant, or statements (their words are compared by claim.similar)", async () => {
    const event = await newEvent();
    for (const input of [aCasualtyClaim(), aCasualtyClaim({ eventId: event.id, claimant: undefined }), aStatementClaim({ eventId: event.id })]) {
      await db.api.claim.create(input);
      await expect(db.api.claim.create(input)).resolves.toMatchObject({ id: expect.any(String) });
    }
  });

  it("records it again with allowDuplicate: true, and still refuses a third copy, naming the first", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const second = await http.mutation("claim.create", { ...aCasualtyClaim({ eventId: event.id }), allowDuplicate: true });
    expect(second.status, second.text.slice(0, 300)).toBe(200);
    expect(await db.prisma.claim.count({ where: { eventId: event.id } })).toBe(2);
    const third = expectClientError(await http.mutation("claim.create", { ...aCasualtyClaim({ eventId: event.id }), allowDuplicate: false }), 409);
    expect(third.data.existingClaimId).toBe(first.id);
  });

  it("refuses an update that makes a claim repeat another, unless allowDuplicate; editing an allowed duplicate's text stays allowed", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const other = await db.api.claim.create(aCasualtyClaim({ eventId: event.id, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 115 } }));
    const before = await writes();
    const change = { id: other.id, version: other.version, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } } as const;
    const refusal = expectClientError(await http.mutation("claim.update", change), 409);
    expect(refusal.data.existingClaimId).toBe(first.id);
    expect(await writes()).toEqual(before);
    expect((await db.api.claim.get({ id: other.id })).version).toBe(other.version);

    const saved = await db.api.claim.update({ ...change, allowDuplicate: true });
    const edited = await db.api.claim.update({ id: saved.id, version: saved.version, text: "At least 133 dead, the committee repeated." });
    expect(edited).toMatchObject({ version: saved.version + 1, casualty: { min: 133 } });
    // The first claim keeps its own figure under its key: saving it unchanged is no conflict.
    await expect(db.api.claim.update({ id: first.id, version: first.version, claimant: "Investigative Committee" })).resolves.toMatchObject({ id: first.id });
  });

  it("frees the figure when the first claim changes it", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    await db.api.claim.update({ id: first.id, version: first.version, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 139 } });
    await expect(db.api.claim.create(aCasualtyClaim({ eventId: event.id }))).resolves.toMatchObject({ casualty: { min: 133 } });
  });
});

describe("the demo event", () => {
  it("refuses a second 'at least 133 killed' from the investigators, naming the demo's claim", async () => {
    await seedDemo(db.prisma);
    // The demo's id for the event (packages/db/src/seed/crocus-city-hall.ts).
    const eventId = "demo-crocus-city-hall";
    const first = await db.prisma.claim.findFirstOrThrow({ where: { eventId, casualty: { is: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } } }, select: { id: true, claimant: true } });
    const before = await writes();
    const refusal = expectClientError(
      await http.mutation("claim.create", {
        eventId,
        kind: "CASUALTY_COUNT",
        text: "At least 133 people were killed, Russian investigators said.",
        claimant: first.claimant,
        casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 },
      }),
      409,
    );
    expect(refusal.data.existingClaimId).toBe(first.id);
    expect(await writes()).toEqual(before);
  });
});

describe("two identical creates at once", () => {
  it("over HTTP make one claim: one 200, every other answer 409 naming it, one history entry", async () => {
    for (let round = 0; round < 3; round++) {
      const event = await newEvent();
      const input = aCasualtyClaim({ eventId: event.id });
      const replies = await Promise.all(Array.from({ length: 8 }, () => http.mutation("claim.create", input)));
      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 200), JSON.stringify(statuses)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409), JSON.stringify(statuses)).toHaveLength(7);
      const winner = replies.find((reply) => reply.status === 200)!.data as { id: string };
      for (const reply of replies.filter((each) => each.status === 409)) expect(expectClientError(reply, 409).data.existingClaimId).toBe(winner.id);
      const stored = await db.prisma.claim.findMany({ where: { eventId: event.id }, select: { id: true } });
      expect(stored).toEqual([{ id: winner.id }]);
      expect(await db.prisma.historyEntry.count({ where: { eventId: event.id, entityType: "CLAIM", action: "CREATE" } })).toBe(1);
    }
  });
});

describe("claim.similar", () => {
  it("answers the first claim to a second '133 killed' being typed: score 1, a duplicate, what matched", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const other = await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimant: "TASS" }));
    await db.api.claim.create(aCasualtyClaim({ eventId: event.id, text: "Seven people are still missing.", casualty: { metric: "MISSING", qualifier: "EXACT", min: 7 } }));

    const { candidates } = await db.as("VIEWER").claim.similar({
      text: "At least 133 people were killed, the committee said",
      eventId: event.id,
      kind: "CASUALTY_COUNT",
      claimant: "Investigative Committee",
      casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 },
    });
    expect(candidates.map((candidate) => [candidate.claim.id, candidate.score, candidate.duplicate])).toEqual([
      [first.id, 1, true],
      [other.id, 0.75, false],
    ]);
    expect(candidates[0]!.matches.map((match) => match.rule)).toEqual(["same-figure-and-claimant", "same-figure", "similar-text"]);
    expect(candidates[0]!.claim).toMatchObject({ text: first.text, claimant: "Investigative Committee", casualty: { min: 133 }, stage: "NEW" });
  });

  it("finds much the same words while the figure is still being typed, and nothing for a blank draft", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aStatementClaim({ eventId: event.id }));
    const { candidates } = await db.api.claim.similar({ text: "The group planned some 21 attacks in nine countries last year", eventId: event.id, kind: "STATEMENT" });
    expect(candidates).toMatchObject([{ claim: { id: first.id }, duplicate: false, matches: [{ rule: "similar-text" }] }]);
    expect((await db.api.claim.similar({ text: "", eventId: event.id })).candidates).toEqual([]);
  });

  it("answers NOT_FOUND for the id of a claim that does not exist", async () => {
    await expectTRPCError(db.api.claim.similar({ id: "no-such-claim", text: "x" }), "NOT_FOUND");
  });
});

describe("claim.markNotDuplicate", () => {
  it("is remembered: claim.similar omits the pair, the tally stops flagging it, both timelines say so, once", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-23T15:00:00Z") }));
    const restated = await db.api.claim.create({ ...aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-24T09:00:00Z") }), allowDuplicate: true });
    const similarToRestated = () =>
      db.api.claim.similar({ id: restated.id, text: restated.text, eventId: event.id, kind: "CASUALTY_COUNT", claimant: restated.claimant!, casualty: restated.casualty! });
    expect((await similarToRestated()).candidates.map((candidate) => candidate.claim.id)).toEqual([first.id]);

    const flagged = await db.api.event.tally({ eventId: event.id, metric: "KILLED" });
    expect(flagged.flags.filter((flag) => flag.kind === "RECORDED_TWICE")).toEqual([
      {
        kind: "RECORDED_TWICE",
        claimIds: [restated.id, first.id],
        message:
          "Investigative Committee's at least 133 is recorded as two claims, so it counts twice: keep one and add the other's sources to it as evidence, or mark them as not duplicates if they are two assertions.",
      },
    ]);

    await expect(db.api.claim.markNotDuplicate({ id: restated.id, otherId: first.id })).resolves.toEqual({ id: restated.id, otherId: first.id, marked: true });
    expect((await similarToRestated()).candidates).toEqual([]);
    const tally = await db.api.event.tally({ eventId: event.id, metric: "KILLED" });
    expect(tally.flags.filter((flag) => flag.kind === "RECORDED_TWICE")).toEqual([]);

    for (const [claim, other] of [
      [restated, first],
      [first, restated],
    ] as const) {
      const entries = await db.prisma.historyEntry.findMany({ where: { claimId: claim.id, action: "MARK_NOT_DUPLICATE" }, select: { actorId: true, summary: true, changes: true, eventId: true } });
      expect(entries).toEqual([
        { actorId: db.users.EDITOR.id, summary: `marked it as not a duplicate of the claim "${other.text}"`, changes: [{ field: "notDuplicateOf", from: null, to: other.id }], eventId: event.id },
      ]);
    }

    // Marked again, either way round: nothing new is written.
    const before = await writes();
    await expect(db.api.claim.markNotDuplicate({ id: first.id, otherId: restated.id })).resolves.toMatchObject({ marked: false });
    expect(await writes()).toEqual(before);
  });

  it("refuses an unknown other claim (400, naming otherId) and a claim paired with itself, writing nothing", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const before = await writes();
    expectFieldError(expectClientError(await http.mutation("claim.markNotDuplicate", { id: claim.id, otherId: "no-such-claim" }), 400), "otherId");
    expectFieldError(expectClientError(await http.mutation("claim.markNotDuplicate", { id: claim.id, otherId: claim.id }), 400), "otherId");
    expectClientError(await http.mutation("claim.markNotDuplicate", { id: "no-such-claim", otherId: claim.id }), 404);
    expect(await writes()).toEqual(before);
  });
});

describe("article.import of a claim already recorded", () => {
  it("records no second claim: the report becomes evidence for the first, and the answer names it", async () => {
    const event = await newEvent();
    const first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const url = aSource().url;
    const result = await db.api.article.import({
      url,
      title: "Toll rises to 133",
      eventId: event.id,
      claims: [
        { claim: aCasualtyClaim({ text: "At least 133 people were killed, the committee said." }), excerpt: "At least 133 people were killed, the committee said." },
        { claim: aStatementClaim(), excerpt: "The group planned some 21 attacks in nine countries over the past year." },
      ],
    });
    const source = await db.prisma.source.findUniqueOrThrow({ where: { url }, select: { id: true } });
    expect(result.claims[0]).toMatchObject({ id: first.id, duplicateOf: first.id, note: "Already recorded: this report was added to its evidence instead of recording the claim again." });
    expect(result.claims[1]).toMatchObject({ duplicateOf: null, note: null });
    expect(await db.prisma.claim.count({ where: { eventId: event.id, kind: "CASUALTY_COUNT" } })).toBe(1);
    expect(await db.prisma.evidence.findMany({ where: { claimId: first.id }, select: { id: true, sourceId: true, stance: true } })).toEqual([
      { id: result.claims[0]!.evidenceId, sourceId: source.id, stance: "SUPPORTS" },
    ]);
  });

  it("adds nothing to a concluded claim (its evidence is locked) and says so", async () => {
    const event = await newEvent();
    let first = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const source = await db.api.source.create(aSource());
    await db.api.evidence.attach(anEvidence(first.id, source.id));
    first = await move(db, "EDITOR", first, "RESEARCHING");
    first = await move(db, "EDITOR", first, "IN_REVIEW");
    first = await move(db, "REVIEWER", first, "CONCLUDED", CONCLUSION);
    const result = await db.api.article.import({ url: aSource().url, eventId: event.id, claims: [{ claim: aCasualtyClaim(), excerpt: "At least 133 killed." }] });
    expect(result.claims).toMatchObject([{ id: first.id, duplicateOf: first.id, evidenceId: null, note: "Already recorded and concluded: reopen it to add this report as evidence." }]);
    expect(await db.prisma.evidence.count({ where: { claimId: first.id } })).toBe(1);
  });
});

describe("the migration's backfill", () => {
  it("computes in SQL the same keys as the app, for the earliest of each set of duplicates only", async () => {
    const event = await newEvent();
    const claims = [
      await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimant: "Investigative  Committee" })),
      await db.api.claim.create({ ...aCasualtyClaim({ eventId: event.id, claimant: "investigative committee" }), allowDuplicate: true }),
      await db.api.claim.create(aCasualtyClaim({ eventId: event.id, casualty: { metric: "KILLED", qualifier: "RANGE", min: 40, max: 60, population: "CIVILIANS" } })),
      await db.api.claim.create(aResponsibilityClaim({ eventId: event.id, responsibility: { actor: " Islamic\tState ", attribution: "SELF_CLAIMED" } })),
      await db.api.claim.create(aStatementClaim({ eventId: event.id })),
      await db.api.claim.create(aCasualtyClaim()),
    ];
    const ids = claims.map((claim) => claim.id);
    const keys = async () => (await db.prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, duplicateKey: true } })).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const byApp = await keys();
    expect(byApp.map((claim) => claim.duplicateKey !== null)).toEqual([true, false, true, true, false, false]);
    expect(byApp[0]!.duplicateKey).toBe(duplicateKeyOf({ ...claims[0]!, casualty: claims[0]!.casualty }));

    const folder = readdirSync(join(projectRoot(), "prisma/migrations")).find((name) => name.endsWith("_claim_duplicates"))!;
    const sql = readFileSync(join(projectRoot(), "prisma/migrations", folder, "migration.sql"), "utf8");
    // Only this test's claims are cleared and refilled: the rest of the file's database keeps its keys.
    const backfill = sql.slice(sql.indexOf('WITH "identity"'), sql.indexOf(";", sql.indexOf("UPDATE \"Claim\" SET")) + 1);
    await db.prisma.claim.updateMany({ where: { id: { in: ids } }, data: { duplicateKey: null } });
    await db.prisma.$executeRawUnsafe(backfill.replace('"keyed"."n" = 1;', `"keyed"."n" = 1 AND "Claim"."id" IN (${ids.map((id) => `'${id}'`).join(", ")});`));
    expect(await keys()).toEqual(byApp);
  });
});
