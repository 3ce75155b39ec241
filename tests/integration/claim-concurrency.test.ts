import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { aCasualtyClaim, aStatementClaim } from "./support/builders";
import { expectTRPCError } from "./support/assertions";
import { expectClientError, expectNoInternals, httpClient } from "./support/http";
import { apiRequest, newPasswordUser, signedIn } from "./support/sessions";
import { useTestDatabase } from "./support/test-database";
import { CONCLUSION, claimInStage, move } from "./support/workflow";

// Two editors open the same claim and both save. Whatever the timing, one save wins, the other is told of the
// conflict and the version to reload, and the stored claim is exactly the winner's: no lost update, no mixture.

const db = useTestDatabase();
const http = httpClient(db);

async function storedClaim(id: string) {
  const [claim, casualty, responsibility] = await Promise.all([
    db.prisma.claim.findUniqueOrThrow({ where: { id }, select: { text: true, kind: true, stage: true, claimant: true, assigneeId: true, recheckAt: true, version: true } }),
    db.prisma.casualtyDetail.findUnique({ where: { claimId: id }, select: { metric: true, qualifier: true, min: true, max: true } }),
    db.prisma.responsibilityDetail.findUnique({ where: { claimId: id }, select: { actor: true } }),
  ]);
  return { ...claim, casualty, responsibility };
}

/** Of the settled saves, exactly one succeeded and every other one was refused (with CONFLICT, unless told otherwise). */
function theOneWinner<T>(results: Array<PromiseSettledResult<T>>, refusedWith: Array<TRPCError["code"]> = ["CONFLICT"]): { winner: number; value: T } {
  const fulfilled = results.flatMap((result, index) => (result.status === "fulfilled" ? [{ winner: index, value: result.value }] : []));
  expect(fulfilled, "exactly one save may succeed").toHaveLength(1);
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    expect(result.reason).toBeInstanceOf(TRPCError);
    expect(refusedWith).toContain((result.reason as TRPCError).code);
  }
  return fulfilled[0]!;
}

describe("two saves of the same claim", () => {
  it("one after the other: the second is refused with the version to reload, and the first stays", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const openedByAlice = await db.api.claim.get({ id: claim.id });
    const openedByBob = await db.api.claim.get({ id: claim.id });

    const alice = await db.api.claim.update({ id: claim.id, version: openedByAlice.version, text: "Alice: at least 137 killed", recheckAt: new Date("2024-03-24T12:00:00Z") });
    expect(alice.version).toBe(2);

    const conflict = await expectTRPCError(
      db.api.claim.update({ id: claim.id, version: openedByBob.version, text: "Bob: at least 140 killed", claimant: "Bob's source" }),
      "CONFLICT",
      /version 2/,
    );
    expect(conflict.message).toMatch(/you edited version 1/);

    expect(await storedClaim(claim.id)).toMatchObject({ text: "Alice: at least 137 killed", recheckAt: new Date("2024-03-24T12:00:00Z"), claimant: claim.claimant, version: 2 });

    // Bob reloads and applies his change on top of Alice's.
    const reloaded = await db.api.claim.get({ id: claim.id });
    const bob = await db.api.claim.update({ id: claim.id, version: reloaded.version, claimant: "Bob's source" });
    expect(bob).toMatchObject({ version: 3, text: "Alice: at least 137 killed", recheckAt: new Date("2024-03-24T12:00:00Z"), claimant: "Bob's source" });
  });

  it("over HTTP, the refused save answers 409 with data.currentVersion", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const first = await http.mutation("claim.update", { id: claim.id, version: 1, text: "First save" });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ version: 2, text: "First save" });

    const second = expectClientError(await http.mutation("claim.update", { id: claim.id, version: 1, text: "Second save" }), 409);
    expect(second.data).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect(second.message).toMatch(/version 2/);
    expect((await storedClaim(claim.id)).text).toBe("First save");
  });

  it("started at the same moment: exactly one wins and the stored claim is the winner's", async () => {
    for (let round = 0; round < 5; round++) {
      const claim = await db.api.claim.create(aStatementClaim({ text: `Round ${round}` }));
      const edits = [
        { text: `Alice's text, round ${round}`, claimant: "Alice's source", assigneeId: db.users.EDITOR.id },
        { text: `Bob's text, round ${round}`, claimant: "Bob's source", assigneeId: db.users.REVIEWER.id },
      ];
      const results = await Promise.allSettled(edits.map((edit) => db.api.claim.update({ id: claim.id, version: 1, ...edit })));

      const { winner, value } = theOneWinner(results);
      expect(value).toMatchObject({ ...edits[winner], version: 2 });
      expect(await storedClaim(claim.id)).toMatchObject({ ...edits[winner], version: 2 });
      const loser = results[1 - winner] as PromiseRejectedResult;
      expect((loser.reason as TRPCError).message).toMatch(/version 2/);
    }
  });

  it("started at the same moment with different figures and kinds: no mixture of the two is stored", async () => {
    for (let round = 0; round < 5; round++) {
      const claim = await db.api.claim.create(aCasualtyClaim());
      const results = await Promise.allSettled([
        db.api.claim.update({ id: claim.id, version: 1, text: "A new figure", casualty: { metric: "KILLED", qualifier: "EXACT", min: 137 } }),
        db.api.claim.update({ id: claim.id, version: 1, text: "Not a figure after all", kind: "STATEMENT" }),
      ]);

      const { winner } = theOneWinner(results);
      const stored = await storedClaim(claim.id);
      if (winner === 0) {
        expect(stored).toMatchObject({ kind: "CASUALTY_COUNT", text: "A new figure", version: 2, casualty: { qualifier: "EXACT", min: 137, max: 137 } });
      } else {
        expect(stored).toMatchObject({ kind: "STATEMENT", text: "Not a figure after all", version: 2, casualty: null, responsibility: null });
      }
    }
  });

  it("many editors at once: one save wins, all the others are told of the conflict", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const texts = Array.from({ length: 6 }, (_, i) => `Editor ${i} was here`);
    const results = await Promise.allSettled(texts.map((text) => db.api.claim.update({ id: claim.id, version: 1, text })));

    const { winner } = theOneWinner(results);
    expect(await storedClaim(claim.id)).toMatchObject({ text: texts[winner], version: 2 });
  });

  it("over HTTP at the same moment: one 200 and one 409 naming the current version", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const replies = await Promise.all(
      ["Alice over HTTP", "Bob over HTTP"].map((text) => http.mutation("claim.update", { id: claim.id, version: 1, text })),
    );

    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const won = replies.find((reply) => reply.status === 200)!;
    const lost = expectClientError(replies.find((reply) => reply.status === 409)!, 409);
    expect(lost.data.currentVersion).toBe(2);
    expect((await storedClaim(claim.id)).text).toBe((won.data as { text: string }).text);
  });

  it("a save and a versioned delete at the same moment: one of them happens, not a bit of both", async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await db.api.claim.create(aCasualtyClaim());
      const results = await Promise.allSettled([
        db.api.claim.update({ id: claim.id, version: 1, kind: "STATEMENT", text: "Rewritten" }),
        db.api.claim.delete({ id: claim.id, version: 1, reason: "Recorded twice" }),
      ]);

      // The update that finds the claim deleted hears NOT_FOUND; the delete that finds it changed hears CONFLICT.
      const { winner } = theOneWinner(results, ["CONFLICT", "NOT_FOUND"]);
      if (winner === 0) expect(await storedClaim(claim.id)).toMatchObject({ kind: "STATEMENT", text: "Rewritten", version: 2, casualty: null });
      else expect(await db.prisma.claim.count({ where: { id: claim.id } })).toBe(0);
    }
  });

  it("each save that wins writes one history entry; a refused save writes none", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const results = await Promise.allSettled(["First", "Second", "Third"].map((text) => db.api.claim.update({ id: claim.id, version: 1, text })));
    const { value } = theOneWinner(results);

    const { items } = await db.api.history.list({ claimId: claim.id });
    expect(items.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE"]);
    expect(items[1]!.changes).toEqual([{ field: "text", from: claim.text, to: value.text }]);
  });

  it("two editors move the claim at the same moment: one move happens, the other hears CONFLICT", async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await db.api.claim.create(aStatementClaim());
      const results = await Promise.allSettled([
        db.api.claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" }),
        db.as("REVIEWER").claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" }),
      ]);

      theOneWinner(results);
      expect(await storedClaim(claim.id)).toMatchObject({ stage: "RESEARCHING", version: 2 });
      expect(await db.prisma.historyEntry.count({ where: { claimId: claim.id, action: "TRANSITION" } })).toBe(1);
    }
  });

  it("a save and a move at the same moment: one of them happens, and the loser learns the version to reload", async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await db.api.claim.create(aStatementClaim());
      const results = await Promise.allSettled([
        db.api.claim.update({ id: claim.id, version: 1, text: "Rewritten while it moved" }),
        db.as("REVIEWER").claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" }),
      ]);

      const { winner } = theOneWinner(results);
      const loser = (results[1 - winner] as PromiseRejectedResult).reason as TRPCError;
      expect(loser.message).toMatch(/version 2/);
      const stored = await storedClaim(claim.id);
      if (winner === 0) expect(stored).toMatchObject({ text: "Rewritten while it moved", stage: "NEW", version: 2 });
      else expect(stored).toMatchObject({ text: claim.text, stage: "RESEARCHING", version: 2 });
      expect(await db.prisma.historyEntry.count({ where: { claimId: claim.id, action: { in: ["UPDATE", "TRANSITION"] } } })).toBe(1);
    }
  });
});

describe("a burst of saves of one claim", () => {
  it("50 editors saving at once over HTTP, three times over: one 200, 49 409s naming the version, one history entry", async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await db.api.claim.create(aStatementClaim({ text: `Burst ${round}` }));
      const texts = Array.from({ length: 50 }, (_, i) => `Editor ${i} saved this in round ${round}`);
      const replies = await Promise.all(texts.map((text) => http.mutation("claim.update", { id: claim.id, version: 1, text })));

      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 200), JSON.stringify(statuses)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409), JSON.stringify(statuses)).toHaveLength(49);
      for (const reply of replies.filter((reply) => reply.status === 409)) expect(expectClientError(reply, 409).data.currentVersion).toBe(2);
      const won = replies.find((reply) => reply.status === 200)!.data as { text: string };
      expect(await storedClaim(claim.id)).toMatchObject({ text: won.text, version: 2 });
      expect(await db.prisma.historyEntry.count({ where: { claimId: claim.id, action: "UPDATE" } })).toBe(1);
    }
  });
});

describe("a saturated database", () => {
  // One connection and a short wait: a transaction holding the connection saturates the database.
  const tight = useTestDatabase({ limits: { poolSize: 1, transactionWaitMs: 300, transactionTimeoutMs: 20_000 } });
  const tightHttp = httpClient(tight);

  /** Holds the database's one connection (PGlite's one transaction) until the returned function is called. */
  async function holdTheDatabase(): Promise<() => Promise<void>> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const transaction = tight.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        holding();
        await released;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    await held;
    return async () => {
      release();
      await transaction;
    };
  }

  it("answers a save 503 with Retry-After, not 500, and writes nothing", async () => {
    const claim = await tight.api.claim.create(aStatementClaim({ text: "Before the rush" }));
    const release = await holdTheDatabase();
    let reply;
    try {
      reply = await tightHttp.mutation("claim.update", { id: claim.id, version: 1, text: "During the rush" });
    } finally {
      await release();
    }
    expect(reply.status, reply.text.slice(0, 300)).toBe(503);
    expect(reply.headers.get("retry-after")).toBe("2");
    expectNoInternals(reply);
    expect(reply.error).toMatchObject({ message: "The database is busy: nothing was changed. Try again in 2 seconds.", data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 } });
    const stored = await tight.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { text: true, version: true } });
    expect(stored).toEqual({ text: "Before the rush", version: 1 });
    expect(await tight.prisma.historyEntry.count({ where: { claimId: claim.id, action: "UPDATE" } })).toBe(0);
  });

  it("answers a signed-in request whose session cannot be read in time 503, never 500 or 401", async () => {
    const person = await newPasswordUser(tight, "EDITOR");
    const { cookie } = await signedIn(tight, person.email, person.password);
    const release = await holdTheDatabase();
    // On PostgreSQL the session lookup gives up after the wait; PGlite's queries wait for the transaction to end.
    const pending = apiRequest(tight, { cookie }, "account.me");
    // Held until the answer comes (PostgreSQL) or for 5 s (PGlite): a fixed second was too short on busy cores,
    // where the request could reach the database only after the release.
    await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await release();
    const reply = await pending;
    expectNoInternals(reply);
    if (tight.kind === "postgres") {
      expect(reply.status, reply.text.slice(0, 300)).toBe(503);
      expect(reply.headers.get("retry-after")).toBe("2");
    } else {
      expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    }
  });
});

describe("concluding while the evidence changes", () => {
  it("a reviewer concluding and an editor detaching the only supporting source at once: never a verdict on no evidence", async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await claimInStage(db, "IN_REVIEW");
      const [evidence] = claim.evidence;
      const results = await Promise.allSettled([
        move(db, "REVIEWER", claim, "CONCLUDED", CONCLUSION),
        db.as("EDITOR").evidence.detach({ id: evidence!.id, reason: "The outlet took the story down" }),
      ]);
      // One of them wins; the other is told why (a concluded claim's evidence is locked; no evidence to conclude on).
      theOneWinner(results, ["CONFLICT", "BAD_REQUEST"]);
      const stored = await db.api.claim.get({ id: claim.id });
      if (stored.stage === "CONCLUDED") expect(stored.evidence.map((item) => item.id)).toEqual([evidence!.id]);
      else expect(stored.evidence).toEqual([]);
    }
  });
});
