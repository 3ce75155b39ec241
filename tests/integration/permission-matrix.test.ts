import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { Actor } from "@claimdesk/api";
import { ROLES, roleAtLeast, type Role } from "@claimdesk/schemas";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aSource, aStatementClaim, anEvent, anEvidence, nextNumber } from "./support/builders";
import { expectClientError, httpClient } from "./support/http";
import { callProcedure, isQuery, procedurePaths, setPassword } from "./support/procedures";
import { useTestDatabase } from "./support/test-database";

// Who may call what: every procedure of the router, called signed out and as each role. Below a procedure's
// minimum role the call is refused (UNAUTHORIZED signed out, FORBIDDEN signed in) and leaves no trace; at or
// above it, the call goes through. The table below must name every procedure: a new one fails this file until
// it says who may call it.

const db = useTestDatabase();

type Minimum = "PUBLIC" | Role;

interface Permission {
  /** The least role that may call it; PUBLIC: anyone, signed in or not. */
  minimum: Minimum;
  /**
   * A valid input for a fresh call by `caller` (null: signed out), making whatever records the call needs, so that
   * every call (a delete included) can succeed. Undefined for a procedure that takes no input.
   */
  input: (caller: Actor | null) => Promise<unknown>;
}

const asEditor = () => db.as("EDITOR");
const asAdmin = () => db.as("ADMIN");
const newEvent = () => asEditor().event.create(anEvent());
const newClaim = () => asEditor().claim.create(aCasualtyClaim());
const newSource = () => asEditor().source.create(aSource());
async function newEvidence() {
  const [claim, source] = [await newClaim(), await newSource()];
  return asEditor().evidence.attach(anEvidence(claim.id, source.id));
}
const newEmail = () => `matrix-${nextNumber()}-${Math.random().toString(36).slice(2, 8)}@newsroom.test`;
const newPerson = (role: Role = "VIEWER") => db.newUser(role, `Matrix person ${nextNumber()}`);
async function newInvitationToken() {
  const { invitationPath } = await asAdmin().user.invite({ email: newEmail(), name: "Invited Reporter", role: "EDITOR" });
  return invitationPath.split("/").at(-1)!;
}

const PERMISSIONS: Record<string, Permission> = {
  "event.list": { minimum: "VIEWER", input: async () => ({ limit: 5 }) },
  "event.get": { minimum: "VIEWER", input: async () => ({ id: (await newEvent()).id }) },
  "event.create": { minimum: "EDITOR", input: async () => anEvent() },
  "event.update": { minimum: "EDITOR", input: async () => ({ id: (await newEvent()).id, title: "Attack on Crocus City Hall" }) },
  "event.delete": { minimum: "EDITOR", input: async () => ({ id: (await newEvent()).id, reason: "Recorded twice" }) },
  "event.tally": { minimum: "VIEWER", input: async () => ({ eventId: (await newEvent()).id, metric: "KILLED" }) },
  "event.responsibility": { minimum: "VIEWER", input: async () => ({ eventId: (await newEvent()).id }) },

  "claim.list": { minimum: "VIEWER", input: async () => ({ limit: 5 }) },
  "claim.get": { minimum: "VIEWER", input: async () => ({ id: (await newClaim()).id }) },
  "claim.create": { minimum: "EDITOR", input: async () => aStatementClaim() },
  "claim.update": { minimum: "EDITOR", input: async () => ({ id: (await newClaim()).id, version: 1, text: "At least 137 people were killed." }) },
  "claim.delete": { minimum: "EDITOR", input: async () => ({ id: (await newClaim()).id, version: 1, reason: "Recorded twice" }) },
  // A move editors may make; which moves need a reviewer is the workflow's rule, tested with the workflow.
  "claim.transition": { minimum: "EDITOR", input: async () => ({ id: (await newClaim()).id, version: 1, to: "RESEARCHING" }) },
  "claim.wording": { minimum: "VIEWER", input: async () => ({ id: (await newClaim()).id }) },
  "claim.similar": { minimum: "VIEWER", input: async () => ({ text: "At least 133 people were killed.", kind: "CASUALTY_COUNT", claimant: "Investigative Committee" }) },
  "claim.markNotDuplicate": { minimum: "EDITOR", input: async () => ({ id: (await newClaim()).id, otherId: (await newClaim()).id }) },

  // Extraction writes nothing, but it is editors' work: a mutation only so that a long text travels in a POST body.
  "article.extract": { minimum: "EDITOR", input: async () => ({ text: "At least 133 people were killed, investigators said on Saturday.", url: aSource().url }) },
  "article.import": {
    minimum: "EDITOR",
    input: async () => ({
      url: aSource().url,
      title: "Death toll in concert hall attack rises",
      claims: [{ claim: aStatementClaim(), excerpt: "The group planned some 21 attacks in nine countries over the past year." }],
    }),
  },

  "source.list": { minimum: "VIEWER", input: async () => ({ limit: 5 }) },
  "search.query": { minimum: "VIEWER", input: async () => ({ q: "attack" }) },
  "source.get": { minimum: "VIEWER", input: async () => ({ id: (await newSource()).id }) },
  "source.create": { minimum: "EDITOR", input: async () => aSource() },
  "source.update": { minimum: "EDITOR", input: async () => ({ id: (await newSource()).id, reliability: "A" }) },
  "source.delete": { minimum: "EDITOR", input: async () => ({ id: (await newSource()).id, reason: "Recorded twice" }) },

  "evidence.list": { minimum: "VIEWER", input: async () => ({ claimId: (await newEvidence()).claimId }) },
  "evidence.get": { minimum: "VIEWER", input: async () => ({ id: (await newEvidence()).id }) },
  "evidence.attach": {
    minimum: "EDITOR",
    input: async () => anEvidence((await newClaim()).id, (await newSource()).id),
  },
  "evidence.update": { minimum: "EDITOR", input: async () => ({ id: (await newEvidence()).id, stance: "CONTEXT" }) },
  "evidence.detach": { minimum: "EDITOR", input: async () => ({ id: (await newEvidence()).id, reason: "Does not bear on the claim" }) },

  "comment.list": { minimum: "VIEWER", input: async () => ({ claimId: (await newClaim()).id }) },
  "comment.create": { minimum: "EDITOR", input: async () => ({ claimId: (await newClaim()).id, text: "Is the 133 figure still current?" }) },

  "history.list": { minimum: "VIEWER", input: async () => ({ claimId: (await newClaim()).id }) },

  "user.list": { minimum: "ADMIN", input: async () => ({ limit: 5 }) },
  "user.get": { minimum: "ADMIN", input: async () => ({ id: (await newPerson()).id }) },
  "user.history": { minimum: "ADMIN", input: async () => ({ id: (await newPerson()).id }) },
  "user.assignees": { minimum: "VIEWER", input: async () => undefined },
  "user.invite": { minimum: "ADMIN", input: async () => ({ email: newEmail(), name: "New Reporter", role: "EDITOR" }) },
  // A person made by the harness has no password yet: still invited.
  "user.reinvite": { minimum: "ADMIN", input: async () => ({ id: (await newPerson("EDITOR")).id }) },
  "user.setRole": { minimum: "ADMIN", input: async () => ({ id: (await newPerson("VIEWER")).id, role: "EDITOR", reason: "Joined the desk" }) },
  "user.deactivate": { minimum: "ADMIN", input: async () => ({ id: (await newPerson("EDITOR")).id, reason: "Left the newsroom" }) },
  "user.reactivate": {
    minimum: "ADMIN",
    input: async () => {
      const person = await newPerson("EDITOR");
      await asAdmin().user.deactivate({ id: person.id, reason: "On leave" });
      return { id: person.id, reason: "Back from leave" };
    },
  },

  "account.me": { minimum: "VIEWER", input: async () => undefined },
  "account.changePassword": {
    minimum: "VIEWER",
    input: async (caller) => {
      const currentPassword = `current-${nextNumber()}-password`;
      if (caller) await setPassword(db, caller.id, currentPassword);
      return { currentPassword, newPassword: `new-${nextNumber()}-password` };
    },
  },
  "account.invitationStatus": { minimum: "PUBLIC", input: async () => ({ token: await newInvitationToken() }) },
  "account.acceptInvitation": { minimum: "PUBLIC", input: async () => ({ token: await newInvitationToken(), password: "a long enough password" }) },
};

const CALLERS = ["signed out", ...ROLES] as const;
type CallerName = (typeof CALLERS)[number];

const actorOf = (caller: CallerName): Actor | null => (caller === "signed out" ? null : db.users[caller]);

function allowed(minimum: Minimum, caller: CallerName): boolean {
  if (minimum === "PUBLIC") return true;
  return caller !== "signed out" && roleAtLeast(caller, minimum);
}

const historyCount = () => db.prisma.historyEntry.count();

describe("the permission table", () => {
  it("names every procedure of the router, and nothing else", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(procedurePaths);
    expect(procedurePaths.length).toBeGreaterThanOrEqual(35);
  });

  it("leaves only an invitation link (is it usable? accept it) open to signed-out people, and lets viewers change nothing but their own password", () => {
    expect(procedurePaths.filter((path) => PERMISSIONS[path]?.minimum === "PUBLIC").sort()).toEqual(["account.acceptInvitation", "account.invitationStatus"]);
    const viewerMutations = procedurePaths.filter((path) => !isQuery(path) && PERMISSIONS[path]?.minimum === "VIEWER");
    expect(viewerMutations).toEqual(["account.changePassword"]);
    // Managing people is for admins alone.
    expect(procedurePaths.filter((path) => path.startsWith("user.") && path !== "user.assignees").every((path) => PERMISSIONS[path]?.minimum === "ADMIN")).toBe(true);
  });
});

describe.each(procedurePaths)("%s", (path) => {
  const permission = (): Permission => {
    const entry = PERMISSIONS[path];
    if (!entry) throw new Error(`${path} is not in the permission table: say who may call it`);
    return entry;
  };

  it.each(CALLERS)("called %s", async (caller) => {
    const { minimum, input: buildInput } = permission();
    const actor = actorOf(caller);
    const input = await buildInput(actor);
    const before = await historyCount();
    const call = callProcedure(db.as(actor), path, input);

    if (allowed(minimum, caller)) {
      await expect(call).resolves.toBeDefined();
      // Reads leave no trace in the history.
      if (isQuery(path)) expect(await historyCount()).toBe(before);
      return;
    }
    const refusal = await expectTRPCError(call, caller === "signed out" ? "UNAUTHORIZED" : "FORBIDDEN");
    if (caller !== "signed out") expect(refusal.message).toMatch(new RegExp(`needs the ${minimum.toLowerCase()} role`));
    expect(await historyCount(), "a refused call wrote history").toBe(before);
  });
});

describe("a signed-out caller learns nothing from malformed input", () => {
  const guarded = () => procedurePaths.filter((path) => PERMISSIONS[path]?.minimum !== "PUBLIC");
  const malformed: unknown[] = [{ colour: "red", id: 42 }, "not an object", [1, 2], null];

  it("gets UNAUTHORIZED, not a validation error, from every procedure that needs an account", async () => {
    for (const path of guarded()) {
      for (const input of malformed) {
        const error = await expectTRPCError(callProcedure(db.as(null), path, input), "UNAUTHORIZED");
        expect(error.message, path).not.toMatch(/colour|Expected|Required|field/i);
      }
    }
  });

  it("gets 401 over HTTP too, whatever the request holds", async () => {
    const http = httpClient(db, null);
    for (const path of guarded()) {
      const replies = isQuery(path)
        ? [await http.query(path, { colour: "red" }), await http.raw(path, { search: `?input=${encodeURIComponent("{not json")}` })]
        : [await http.mutation(path, { colour: "red" }), await http.raw(path, { method: "POST", body: "{not json" })];
      for (const reply of replies) {
        const error = expectClientError(reply, 401);
        expect(error.data.code).toBe("UNAUTHORIZED");
        expect(error.data.fieldErrors, path).toBeNull();
      }
    }
  });

  it("while a signed-in caller below the minimum gets FORBIDDEN for malformed input, before any validation", async () => {
    for (const path of procedurePaths) {
      const minimum = PERMISSIONS[path]?.minimum;
      if (minimum === undefined || minimum === "PUBLIC" || minimum === "VIEWER") continue;
      const below = ROLES[ROLES.indexOf(minimum) - 1]!;
      await expectTRPCError(callProcedure(db.as(below), path, { colour: "red" }), "FORBIDDEN");
    }
  });

  it("whereas the public procedure validates its input for everyone", async () => {
    const error = await expectTRPCError(callProcedure(db.as(null), "account.acceptInvitation", { colour: "red" }), "BAD_REQUEST");
    expect(error).toBeInstanceOf(TRPCError);
  });
});

describe("refused calls change nothing", () => {
  async function snapshot() {
    const [events, claims, sources, evidence, comments, users, history] = await Promise.all([
      db.prisma.event.count(),
      db.prisma.claim.findMany({ select: { id: true, version: true, stage: true }, orderBy: { id: "asc" } }),
      db.prisma.source.count(),
      db.prisma.evidence.count(),
      db.prisma.comment.count(),
      db.prisma.user.findMany({ select: { id: true, role: true, deactivatedAt: true }, orderBy: { id: "asc" } }),
      db.prisma.historyEntry.count(),
    ]);
    return { events, claims, sources, evidence, comments, users, history };
  }

  it("a viewer's attempt at every change, and an editor's at managing people, leave the records as they were", async () => {
    for (const path of procedurePaths) {
      const { minimum, input: buildInput } = PERMISSIONS[path]!;
      if (minimum === "PUBLIC" || minimum === "VIEWER") continue;
      const caller = minimum === "ADMIN" ? "REVIEWER" : "VIEWER";
      const input = await buildInput(db.users[caller]);
      const before = await snapshot();
      await expectTRPCError(callProcedure(db.as(caller), path, input), "FORBIDDEN");
      expect(await snapshot(), path).toEqual(before);
    }
  });
});
