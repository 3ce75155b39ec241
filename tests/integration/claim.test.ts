import { describe, expect, it } from "vitest";
import { aCasualtyClaim, aResponsibilityClaim, aSource, aStatementClaim, anEvent, anEvidence, nextNumber } from "./support/builders";
import { createInOrder, expectNewestFirst, expectTRPCError, walkPages } from "./support/assertions";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();
const http = httpClient(db);

/** Every row that makes up a claim, straight from the database. */
async function storedClaim(id: string) {
  const [claim, casualty, responsibility, evidence] = await Promise.all([
    db.prisma.claim.findUnique({ where: { id } }),
    db.prisma.casualtyDetail.findUnique({ where: { claimId: id } }),
    db.prisma.responsibilityDetail.findUnique({ where: { claimId: id } }),
    db.prisma.evidence.findMany({ where: { claimId: id }, orderBy: { id: "asc" } }),
  ]);
  return { claim, casualty, responsibility, evidence };
}

async function rowCounts() {
  const [claims, casualty, responsibility, evidence] = await Promise.all([
    db.prisma.claim.count(),
    db.prisma.casualtyDetail.count(),
    db.prisma.responsibilityDetail.count(),
    db.prisma.evidence.count(),
  ]);
  return { claims, casualty, responsibility, evidence };
}

/** Takes a claim through research and review the ordinary way: an editor sources it and sends it on, a reviewer concludes it. */
async function conclude(id: string, verdict: "CONFIRMED" | "UNPROVEN", note: string) {
  const source = await db.api.source.create(aSource());
  await db.api.evidence.attach(anEvidence(id, source.id));
  let claim = await db.api.claim.transition({ id, version: 1, to: "RESEARCHING" });
  claim = await db.api.claim.transition({ id, version: claim.version, to: "IN_REVIEW" });
  return db.as("REVIEWER").claim.transition({ id, version: claim.version, to: "CONCLUDED", verdict, note });
}

describe("claim.create", () => {
  it("records a casualty count with its figure, at version 1", async () => {
    const input = aCasualtyClaim();
    const created = await db.api.claim.create(input);

    expect(created).toMatchObject({
      id: expect.any(String),
      version: 1,
      kind: "CASUALTY_COUNT",
      text: input.text,
      claimant: input.claimant,
      claimedAt: input.claimedAt,
      stage: "NEW",
      verdict: "UNRATED",
      verdictNote: null,
      event: null,
      responsibility: null,
      evidence: [],
      casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, max: null, asOf: new Date("2024-03-24T00:00:00Z"), reportedAs: "at least 133" },
    });
    // claim.get adds how independent the evidence is: a claim without evidence has none.
    const { independence, ...read } = await db.api.claim.get({ id: created.id });
    expect(read).toEqual(created);
    expect(independence.all).toEqual({ sources: 0, origins: 0, originIds: [], words: "no sources" });
  });

  it("stores an exact figure with both bounds equal", async () => {
    const created = await db.api.claim.create(aCasualtyClaim({ casualty: { metric: "KILLED", qualifier: "EXACT", min: 137 } }));
    expect(created.casualty).toMatchObject({ qualifier: "EXACT", min: 137, max: 137 });
  });

  it("records who is said to be behind an act", async () => {
    const created = await db.api.claim.create(aResponsibilityClaim({ responsibility: { actor: "Ukraine", attribution: "DENIED" } }));
    expect(created).toMatchObject({
      version: 1,
      kind: "RESPONSIBILITY",
      casualty: null,
      responsibility: { actor: "Ukraine", attribution: "DENIED", channel: null, assessment: "NOT_ASSESSED" },
    });
  });

  it("records a statement with neither figure nor actor", async () => {
    const created = await db.api.claim.create(aStatementClaim());
    expect(created).toMatchObject({ version: 1, kind: "STATEMENT", casualty: null, responsibility: null });
  });

  it("requires the details that match the kind, naming the field, and writes nothing", async () => {
    const before = await rowCounts();
    const cases = [
      { input: aCasualtyClaim({ casualty: undefined }), field: "casualty" },
      { input: aResponsibilityClaim({ responsibility: undefined }), field: "responsibility" },
    ];
    for (const { input, field } of cases) {
      await expectTRPCError(db.api.claim.create(input), "BAD_REQUEST");
      expectFieldError(expectClientError(await http.mutation("claim.create", input), 400), field);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses the details of another kind, naming the field", async () => {
    const before = await rowCounts();
    const figure = aCasualtyClaim().casualty;
    const actor = aResponsibilityClaim().responsibility;
    const cases = [
      { input: aStatementClaim({ casualty: figure }), field: "casualty" },
      { input: aStatementClaim({ responsibility: actor }), field: "responsibility" },
      { input: aCasualtyClaim({ responsibility: actor }), field: "responsibility" },
      { input: aResponsibilityClaim({ casualty: figure }), field: "casualty" },
    ];
    for (const { input, field } of cases) {
      await expectTRPCError(db.api.claim.create(input), "BAD_REQUEST");
      expectFieldError(expectClientError(await http.mutation("claim.create", input), 400), field);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("checks that a figure's bounds fit its qualifier", async () => {
    const cases = [
      { casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 40, max: 60 }, field: "casualty.max" },
      { casualty: { metric: "KILLED", qualifier: "RANGE", min: 60, max: 40 }, field: "casualty.max" },
      { casualty: { metric: "KILLED", qualifier: "EXACT" }, field: "casualty.min" },
      { casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: -1 }, field: "casualty.min" },
      { casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 2.5 }, field: "casualty.min" },
      { casualty: { metric: "WOUNDED", qualifier: "AT_LEAST", min: 2 }, field: "casualty.metric" },
    ] as const;
    for (const { casualty, field } of cases) {
      const error = expectClientError(await http.mutation("claim.create", { ...aCasualtyClaim(), casualty }), 400);
      expect(Object.keys(error.data.fieldErrors ?? {})).toContain(field);
    }
  });

  it("ties a claim to its event", async () => {
    const event = await db.api.event.create(anEvent());
    const claim = await db.api.claim.create(aStatementClaim({ eventId: event.id }));
    expect(claim.event).toEqual({ id: event.id, title: event.title });
    expect((await db.api.event.get({ id: event.id })).claims.map((c) => c.id)).toEqual([claim.id]);
  });

  it("refuses an unknown event, naming eventId, and leaves no claim or figure behind", async () => {
    const before = await rowCounts();
    const input = aCasualtyClaim({ eventId: "no-such-event" });
    await expectTRPCError(db.api.claim.create(input), "BAD_REQUEST", /eventId/);
    expectFieldError(expectClientError(await http.mutation("claim.create", input), 400), "eventId");
    expect(await rowCounts()).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.claim.get({ id: "no-such-claim" }), "NOT_FOUND", /no-such-claim/);
  });
});

describe("claim.update", () => {
  it("applies the changes, keeps omitted fields, clears fields set to null, and counts versions", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());

    const v2 = await db.api.claim.update({ id: claim.id, version: 1, text: "At least 137 people were killed." });
    expect(v2).toMatchObject({ id: claim.id, version: 2, text: "At least 137 people were killed.", claimant: claim.claimant, casualty: claim.casualty });

    const v3 = await db.api.claim.update({ id: claim.id, version: 2, claimant: null, claimedAt: null });
    expect(v3).toMatchObject({ version: 3, text: "At least 137 people were killed.", claimant: null, claimedAt: null });
    const { independence: _independence, ...read } = await db.api.claim.get({ id: claim.id });
    expect(read).toEqual(v3);
  });

  it("refuses stage, verdict and verdictNote as unknown fields (they change only through claim.transition), and changes nothing", async () => {
    const claim = await db.api.claim.create(aResponsibilityClaim());
    const before = await storedClaim(claim.id);

    const moves = [
      { stage: "CONCLUDED", verdict: "CONFIRMED", verdictNote: "Wire services saw the Amaq statement." },
      { stage: "RESEARCHING" },
      { verdict: "FALSE" },
    ];
    for (const move of moves) {
      const change = { id: claim.id, version: claim.version, text: "Changed", ...move };
      await expectTRPCError(db.api.claim.update(change as Parameters<typeof db.api.claim.update>[0]), "BAD_REQUEST", new RegExp(Object.keys(move)[0]!));
      const error = expectClientError(await http.mutation("claim.update", change), 400);
      for (const field of Object.keys(move)) expect(error.data.fieldErrors?.[field], JSON.stringify(error.data.fieldErrors)).toEqual(["Is not a field of this request"]);
    }
    expect(await storedClaim(claim.id)).toEqual(before);
    expect(before.claim).toMatchObject({ stage: "NEW", verdict: "UNRATED", verdictNote: null, version: 1 });
  });

  it("assigns a claim to an editor and sets its re-check date, and clears both", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const recheckAt = new Date("2024-03-25T12:00:00Z");
    const assigned = await db.api.claim.update({ id: claim.id, version: 1, assigneeId: db.users.EDITOR.id, recheckAt });
    expect(assigned).toMatchObject({ version: 2, assigneeId: db.users.EDITOR.id, assignee: { id: db.users.EDITOR.id, name: db.users.EDITOR.name }, recheckAt });
    const cleared = await db.api.claim.update({ id: claim.id, version: 2, assigneeId: null, recheckAt: null });
    expect(cleared).toMatchObject({ version: 3, assigneeId: null, assignee: null, recheckAt: null });
  });

  it("assigns claims only to active editors, reviewers and admins, naming assigneeId", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const gone = await db.newUser("EDITOR", "Departed Editor");
    await db.as("ADMIN").user.deactivate({ id: gone.id, reason: "Left the newsroom" });
    for (const assigneeId of [db.users.VIEWER.id, gone.id, "no-such-user"]) {
      await expectTRPCError(db.api.claim.update({ id: claim.id, version: 1, assigneeId }), "BAD_REQUEST", /assigneeId/);
      expectFieldError(expectClientError(await http.mutation("claim.update", { id: claim.id, version: 1, assigneeId }), 400), "assigneeId");
    }
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { assigneeId: true, version: true } })).toEqual({ assigneeId: null, version: 1 });
    for (const role of ["EDITOR", "REVIEWER", "ADMIN"] as const) {
      const current = await db.api.claim.get({ id: claim.id });
      expect((await db.api.claim.update({ id: claim.id, version: current.version, assigneeId: db.users[role].id })).assigneeId).toBe(db.users[role].id);
    }
  });

  it("replaces a casualty claim's figure", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const updated = await db.api.claim.update({
      id: claim.id,
      version: 1,
      casualty: { metric: "KILLED", qualifier: "RANGE", min: 133, max: 145, population: "CIVILIANS" },
    });
    expect(updated.casualty).toEqual({ metric: "KILLED", population: "CIVILIANS", qualifier: "RANGE", min: 133, max: 145, asOf: null, reportedAs: null });
    expect(await db.prisma.casualtyDetail.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("refuses a stale version with CONFLICT naming the current version, and changes nothing", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    await db.api.claim.update({ id: claim.id, version: 1, text: "Saved first" });
    const before = await storedClaim(claim.id);

    const error = await expectTRPCError(
      db.api.claim.update({ id: claim.id, version: 1, text: "Saved second", kind: "STATEMENT" }),
      "CONFLICT",
      /version 2/,
    );
    expect(error.message).toMatch(/reload/i);
    const reply = expectClientError(await http.mutation("claim.update", { id: claim.id, version: 1, text: "Saved second" }), 409);
    expect(reply.data.currentVersion).toBe(2);

    expect(await storedClaim(claim.id)).toEqual(before);
    expect(before.claim).toMatchObject({ text: "Saved first", version: 2, kind: "CASUALTY_COUNT" });
  });

  it("removes the figure when a casualty count becomes a statement", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const updated = await db.api.claim.update({ id: claim.id, version: 1, kind: "STATEMENT" });
    expect(updated).toMatchObject({ kind: "STATEMENT", casualty: null, responsibility: null, version: 2 });
    expect(await db.prisma.casualtyDetail.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("swaps the details when a claim changes between casualty count and responsibility", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const actor = { actor: "Islamic State Khorasan", attribution: "MEDIA" } as const;
    const responsibility = await db.api.claim.update({ id: claim.id, version: 1, kind: "RESPONSIBILITY", responsibility: actor });
    expect(responsibility).toMatchObject({ kind: "RESPONSIBILITY", casualty: null, responsibility: { ...actor, channel: null, assessment: "NOT_ASSESSED" } });
    expect(await storedClaim(claim.id)).toMatchObject({ casualty: null, responsibility: { actor: actor.actor } });

    const back = await db.api.claim.update({ id: claim.id, version: 2, kind: "CASUALTY_COUNT", casualty: { metric: "MISSING", qualifier: "APPROXIMATELY", min: 95 } });
    expect(back).toMatchObject({ kind: "CASUALTY_COUNT", responsibility: null, casualty: { metric: "MISSING", min: 95 } });
    expect(await storedClaim(claim.id)).toMatchObject({ responsibility: null, casualty: { metric: "MISSING" } });
  });

  it("needs the new kind's details when the kind changes", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const before = await storedClaim(claim.id);
    await expectTRPCError(db.api.claim.update({ id: claim.id, version: 1, kind: "RESPONSIBILITY" }), "BAD_REQUEST");
    expectFieldError(expectClientError(await http.mutation("claim.update", { id: claim.id, version: 1, kind: "CASUALTY_COUNT" }), 400), "casualty");
    expect(await storedClaim(claim.id)).toEqual(before);
  });

  it("refuses casualty details for a claim that is not a casualty count, on the field casualty", async () => {
    for (const claim of [await db.api.claim.create(aStatementClaim()), await db.api.claim.create(aResponsibilityClaim())]) {
      const before = await storedClaim(claim.id);
      const change = { id: claim.id, version: 1, text: "Changed", casualty: { metric: "KILLED", qualifier: "EXACT", min: 3 } } as const;
      await expectTRPCError(db.api.claim.update(change), "BAD_REQUEST", /casualty/);
      const error = expectClientError(await http.mutation("claim.update", change), 400);
      expectFieldError(error, "casualty");
      expect(await storedClaim(claim.id)).toEqual(before);
    }
  });

  it("refuses responsibility details for a casualty count, on the field responsibility", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const before = await storedClaim(claim.id);
    const change = { id: claim.id, version: 1, responsibility: { actor: "Someone", attribution: "SUSPECTED" } } as const;
    expectFieldError(expectClientError(await http.mutation("claim.update", change), 400), "responsibility");
    expect(await storedClaim(claim.id)).toEqual(before);
  });

  it("moves a claim to another event and out of any event", async () => {
    const [first, second] = [await db.api.event.create(anEvent()), await db.api.event.create(anEvent())];
    const claim = await db.api.claim.create(aStatementClaim({ eventId: first.id }));
    const moved = await db.api.claim.update({ id: claim.id, version: 1, eventId: second.id });
    expect(moved.event).toEqual({ id: second.id, title: second.title });
    const alone = await db.api.claim.update({ id: claim.id, version: 2, eventId: null });
    expect(alone.event).toBeNull();
  });

  it("refuses an unknown event, naming eventId, and leaves the claim and its details exactly as they were", async () => {
    const event = await db.api.event.create(anEvent());
    const claim = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const before = await storedClaim(claim.id);

    // Had the update been half-applied, the kind change would already have removed the figure.
    const change = { id: claim.id, version: 1, eventId: "no-such-event", kind: "STATEMENT", text: "Changed" } as const;
    await expectTRPCError(db.api.claim.update(change), "BAD_REQUEST", /eventId/);
    expectFieldError(expectClientError(await http.mutation("claim.update", change), 400), "eventId");

    expect(await storedClaim(claim.id)).toEqual(before);
    expect(before.casualty).not.toBeNull();
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.claim.update({ id: "no-such-claim", version: 1, text: "x" }), "NOT_FOUND", /no-such-claim/);
    expect(expectClientError(await http.mutation("claim.update", { id: "no-such-claim", version: 1 }), 404).data.code).toBe("NOT_FOUND");
  });
});

describe("claim.delete", () => {
  it("deletes the claim with its details and evidence, but keeps the sources", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const sources = [await db.api.source.create(aSource()), await db.api.source.create(aSource())];
    for (const source of sources) await db.api.evidence.attach(anEvidence(claim.id, source.id));

    expect(await db.api.claim.delete({ id: claim.id, reason: "Recorded twice" })).toEqual({ id: claim.id });

    await expectTRPCError(db.api.claim.get({ id: claim.id }), "NOT_FOUND");
    expect(await storedClaim(claim.id)).toEqual({ claim: null, casualty: null, responsibility: null, evidence: [] });
    for (const source of sources) {
      const kept = await db.api.source.get({ id: source.id });
      expect(kept).toMatchObject({ id: source.id, url: source.url, evidence: [], _count: { evidence: 0 } });
    }
  });

  it("with a version, deletes only a claim nobody has changed since", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    await db.api.claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" });

    await expectTRPCError(db.api.claim.delete({ id: claim.id, version: 1, reason: "Recorded twice" }), "CONFLICT", /version 2/);
    expect(expectClientError(await http.mutation("claim.delete", { id: claim.id, version: 1, reason: "Recorded twice" }), 409).data.currentVersion).toBe(2);
    expect(await db.prisma.claim.count({ where: { id: claim.id } })).toBe(1);

    await db.api.claim.delete({ id: claim.id, version: 2, reason: "Recorded twice" });
    expect(await db.prisma.claim.count({ where: { id: claim.id } })).toBe(0);
  });

  it("needs a reason, naming the field, and deletes nothing without one", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    for (const reason of [undefined, "", "   "]) {
      expectFieldError(expectClientError(await http.mutation("claim.delete", { id: claim.id, reason }), 400), "reason");
    }
    expect(await db.prisma.claim.count({ where: { id: claim.id } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.claim.delete({ id: "no-such-claim", reason: "Recorded twice" }), "NOT_FOUND", /no-such-claim/);
  });
});

describe("claim.list", () => {
  it("pages through every claim newest first, none repeated or lost", async () => {
    const created = await createInOrder(9, (i) => db.api.claim.create(aStatementClaim({ text: `Paged claim ${i}` })));
    const stored = await db.prisma.claim.findMany({ select: { id: true } });

    const items = await walkPages(4, async (cursor) => db.api.claim.list({ limit: 4, cursor }));
    expect(items.map((claim) => claim.id).sort()).toEqual(stored.map((claim) => claim.id).sort());
    expectNewestFirst(items);
    expect(items.slice(0, 9).map((claim) => claim.id)).toEqual([...created].reverse());
  });

  it("answers the first page with the default limit when given no input", async () => {
    const page = await db.api.claim.list();
    expect(page.items.length).toBe(Math.min(25, await db.prisma.claim.count()));
  });

  it("filters by event, kind, stage and verdict", async () => {
    const event = await db.api.event.create(anEvent());
    const casualty = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
    const responsibility = await db.api.claim.create(aResponsibilityClaim({ eventId: event.id }));
    const statement = await db.api.claim.create(aStatementClaim({ eventId: event.id }));
    await db.api.claim.create(aCasualtyClaim()); // in no event
    await conclude(responsibility.id, "CONFIRMED", "Seen by wires.");
    await conclude(statement.id, "UNPROVEN", "No study found.");

    const ids = async (filter: Parameters<typeof db.api.claim.list>[0]) => (await db.api.claim.list(filter)).items.map((claim) => claim.id).sort();
    expect(await ids({ eventId: event.id })).toEqual([casualty.id, responsibility.id, statement.id].sort());
    expect(await ids({ eventId: event.id, kind: "CASUALTY_COUNT" })).toEqual([casualty.id]);
    expect(await ids({ eventId: event.id, stage: "CONCLUDED" })).toEqual([responsibility.id, statement.id].sort());
    expect(await ids({ eventId: event.id, verdict: "CONFIRMED" })).toEqual([responsibility.id]);
    expect(await ids({ eventId: event.id, stage: "NEW", kind: "STATEMENT" })).toEqual([]);

    // Across all events, a filter alone finds every match.
    const allCasualty = await walkPages(2, async (cursor) => db.api.claim.list({ kind: "CASUALTY_COUNT", limit: 2, cursor }));
    expect(allCasualty.length).toBe(await db.prisma.claim.count({ where: { kind: "CASUALTY_COUNT" } }));
    expect(allCasualty.every((claim) => claim.kind === "CASUALTY_COUNT")).toBe(true);
  });

  it("offers the views my claims, waiting for review and due for re-check", async () => {
    const mine = await db.api.claim.create(aStatementClaim({ text: "Assigned to the editor" }));
    await db.api.claim.update({ id: mine.id, version: 1, assigneeId: db.users.EDITOR.id });
    const theirs = await db.api.claim.create(aStatementClaim({ text: "Assigned to the reviewer" }));
    await db.api.claim.update({ id: theirs.id, version: 1, assigneeId: db.users.REVIEWER.id });
    const due = await db.api.claim.create(aStatementClaim({ text: "Re-check date passed" }));
    await db.api.claim.update({ id: due.id, version: 1, recheckAt: new Date(Date.now() - 60_000) });
    const later = await db.api.claim.create(aStatementClaim({ text: "Re-check date ahead" }));
    await db.api.claim.update({ id: later.id, version: 1, recheckAt: new Date(Date.now() + 86_400_000) });
    const waiting = await db.api.claim.create(aStatementClaim({ text: "Sent to review" }));
    const researching = await db.api.claim.transition({ id: waiting.id, version: 1, to: "RESEARCHING" });
    await db.api.claim.transition({ id: waiting.id, version: researching.version, to: "IN_REVIEW" });

    const view = async (as: "EDITOR" | "REVIEWER", name: "MINE" | "WAITING_FOR_REVIEW" | "DUE_FOR_RECHECK") =>
      (await walkPages(100, async (cursor) => db.as(as).claim.list({ view: name, limit: 100, cursor }))).map((claim) => claim.id);
    expect(await view("EDITOR", "MINE")).toContain(mine.id);
    expect(await view("EDITOR", "MINE")).not.toContain(theirs.id);
    expect(await view("REVIEWER", "MINE")).toEqual(expect.arrayContaining([theirs.id]));
    expect(await view("REVIEWER", "MINE")).not.toContain(mine.id);
    expect(await view("EDITOR", "WAITING_FOR_REVIEW")).toContain(waiting.id);
    expect(await view("EDITOR", "WAITING_FOR_REVIEW")).not.toContain(mine.id);
    expect(await view("EDITOR", "DUE_FOR_RECHECK")).toContain(due.id);
    expect(await view("EDITOR", "DUE_FOR_RECHECK")).not.toContain(later.id);
  });

  it("applies a view and a search together", async () => {
    const word = `view${nextNumber()}`;
    const mine = await db.api.claim.create(aStatementClaim({ text: `Mine ${word}` }));
    await db.api.claim.update({ id: mine.id, version: 1, assigneeId: db.users.EDITOR.id });
    const unassigned = await db.api.claim.create(aStatementClaim({ text: `Nobody's ${word}` }));
    const waiting = await db.api.claim.create(aStatementClaim({ text: `Waiting ${word}` }));
    const researching = await db.api.claim.transition({ id: waiting.id, version: 1, to: "RESEARCHING" });
    await db.api.claim.transition({ id: waiting.id, version: researching.version, to: "IN_REVIEW" });
    const due = await db.api.claim.create(aStatementClaim({ text: `Due ${word}` }));
    await db.api.claim.update({ id: due.id, version: 1, recheckAt: new Date(Date.now() - 60_000) });

    const ids = async (view: "MINE" | "WAITING_FOR_REVIEW" | "DUE_FOR_RECHECK") =>
      (await db.as("EDITOR").claim.list({ view, q: word })).items.map((claim) => claim.id);
    expect(await ids("MINE")).toEqual([mine.id]);
    expect(await ids("WAITING_FOR_REVIEW")).toEqual([waiting.id]);
    expect(await ids("DUE_FOR_RECHECK")).toEqual([due.id]);
    expect((await db.api.claim.list({ q: word })).items.map((claim) => claim.id)).toContain(unassigned.id);
  });

  it("finds claims whose text, claimant or actor holds every word of q, in any case", async () => {
    const event = await db.api.event.create(anEvent());
    const inText = await db.api.claim.create(aStatementClaim({ eventId: event.id, text: "Gunmen opened fire inside the CONCERT hall", claimant: "Investigators" }));
    const byActor = await db.api.claim.create(
      aResponsibilityClaim({
        eventId: event.id,
        text: "The attack was the work of the group's Afghan branch",
        claimant: "Media reports",
        responsibility: { actor: "Islamic State Khorasan", attribution: "MEDIA" },
      }),
    );
    const cancelled = await db.api.claim.create(aStatementClaim({ eventId: event.id, text: "The concert was cancelled", claimant: "Venue owner" }));

    const ids = async (q: string) => (await db.api.claim.list({ eventId: event.id, q })).items.map((claim) => claim.id).sort();
    expect(await ids("khorasan")).toEqual([byActor.id]);
    expect(await ids("concert")).toEqual([inText.id, cancelled.id].sort());
    expect(await ids("concert INVESTIGATORS")).toEqual([inText.id]); // words in different fields
    expect(await ids("venue")).toEqual([cancelled.id]);
    expect(await ids("concert khorasan")).toEqual([]);
    expect(await ids("   ")).toHaveLength(3);
  });

  it("refuses a cursor it did not give out, naming the field", async () => {
    const forged = [
      "garbage",
      "!!!",
      btoa("2024-03-22T00:00:00.000Z"), // no id
      btoa("yesterday|abc"),
      btoa("-271821-04-20T00:00:00.000Z|abc"), // a date no database can hold
    ];
    for (const cursor of forged) {
      await expectTRPCError(db.api.claim.list({ cursor }), "BAD_REQUEST");
      expectFieldError(expectClientError(await http.query("claim.list", { cursor }), 400), "cursor");
    }
  });
});
