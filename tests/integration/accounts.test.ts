import { beforeAll, describe, expect, it } from "vitest";
import { DEACTIVATED, INVITATION_DAYS, INVITATION_PATH, SIGN_IN_LIMITS, WRONG_CREDENTIALS, actorFromHeaders, type Actor } from "@claimdesk/api";
import { AccountExistsError, CREDENTIAL_PROVIDER, DEMO_ACCOUNTS, DEMO_PASSWORD, createPasswordAccount, seedDemoAccounts } from "@claimdesk/db";
import { expectTRPCError } from "./support/assertions";
import { expectFieldError, httpClient } from "./support/http";
import { SIGN_IN_TEST_TIMEOUT, apiRequest, newAddress, newPasswordUser, signIn, signedIn } from "./support/sessions";
import { useTestDatabase } from "./support/test-database";
import { expectRefusal } from "./support/workflow";

// Accounts as an admin and the people they manage see them: invitations, roles, deactivation, passwords, and
// the accounts made outside the API (the command line and the embedded demo). Sign-ins are real: better-auth
// with its password hashing and sessions in the test database.

const db = useTestDatabase();
const admin = () => db.as("ADMIN");

let invitations = 0;
const newInvitee = (role: "VIEWER" | "EDITOR" | "REVIEWER" | "ADMIN" = "EDITOR") => ({
  email: `invitee-${++invitations}-${Date.now()}@newsroom.test`,
  name: `Invited person ${invitations}`,
  role,
});
const tokenOf = (invitationPath: string) => {
  expect(invitationPath.startsWith(INVITATION_PATH)).toBe(true);
  return invitationPath.slice(INVITATION_PATH.length);
};
const credentialAccounts = (userId: string) => db.prisma.account.count({ where: { userId, providerId: CREDENTIAL_PROVIDER } });
const sessionFor = (cookie: string) => actorFromHeaders(new Headers({ cookie }), db.prisma);
const userHistory = async (id: string) => (await admin().user.history({ id })).items;

describe("user.invite", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("creates an account that is INVITED, has no password and cannot sign in, and returns the link once", async () => {
    const invitee = newInvitee("REVIEWER");
    const startedAt = Date.now();

    const result = await admin().user.invite({ ...invitee, email: invitee.email.toUpperCase() });

    expect(result.user).toMatchObject({ email: invitee.email, name: invitee.name, role: "REVIEWER", status: "INVITED", deactivatedAt: null });
    const token = tokenOf(result.invitationPath);
    expect(token.length).toBeGreaterThanOrEqual(32);
    const days = (result.expiresAt.getTime() - startedAt) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThan(INVITATION_DAYS - 0.01);
    expect(days).toBeLessThan(INVITATION_DAYS + 0.01);
    expect(await credentialAccounts(result.user.id)).toBe(0);
    // The database keeps only a hash of the link's token.
    const stored = await db.prisma.invitation.findFirstOrThrow({ where: { userId: result.user.id } });
    expect(stored.tokenHash).not.toContain(token);

    const attempt = await signIn(db, invitee.email, "any password at all", newAddress());
    expect(attempt).toMatchObject({ status: 401, body: { message: WRONG_CREDENTIALS } });

    expect(await userHistory(result.user.id)).toEqual([
      expect.objectContaining({ action: "INVITE", actorId: db.users.ADMIN.id, actorRole: "ADMIN" }),
    ]);
  });

  it("is for admins only", async () => {
    const invitee = newInvitee();
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const) {
      await expectTRPCError(db.as(role).user.invite(invitee), "FORBIDDEN");
    }
    await expectTRPCError(db.as(null).user.invite(invitee), "UNAUTHORIZED");
    expect(await db.prisma.user.count({ where: { email: invitee.email } })).toBe(0);
  });

  it("refuses an email that already has an account, in any case, with CONFLICT naming `email`", async () => {
    const invited = newInvitee();
    await admin().user.invite(invited);
    const usersBefore = await db.prisma.user.count();
    const http = httpClient(db, "ADMIN");

    for (const email of [db.users.EDITOR.email, db.users.EDITOR.email.toUpperCase(), invited.email]) {
      const reply = await http.mutation("user.invite", { email, name: "Someone else", role: "VIEWER" });
      expectRefusal(reply, "CONFLICT", "email");
    }
    expect(await db.prisma.user.count()).toBe(usersBefore);
  });
});

describe("account.invitationStatus", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("tells a signed-out visitor whether a link can still be used, and nothing else", async () => {
    const { invitationPath } = await admin().user.invite(newInvitee());
    const token = tokenOf(invitationPath);
    expect(await db.as(null).account.invitationStatus({ token })).toEqual({ usable: true });
    expect(await db.as(null).account.invitationStatus({ token: "no-such-invitation" })).toEqual({ usable: false });

    await db.as(null).account.acceptInvitation({ token, password: "a long new password" });
    expect(await db.as(null).account.invitationStatus({ token })).toEqual({ usable: false });
  });

  it("says an expired link, or one for a deactivated account, cannot be used", async () => {
    const expired = await admin().user.invite(newInvitee());
    await db.prisma.invitation.updateMany({ where: { userId: expired.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await db.as(null).account.invitationStatus({ token: tokenOf(expired.invitationPath) })).toEqual({ usable: false });

    const deactivated = await admin().user.invite(newInvitee());
    await admin().user.deactivate({ id: deactivated.user.id });
    expect(await db.as(null).account.invitationStatus({ token: tokenOf(deactivated.invitationPath) })).toEqual({ usable: false });
  });
});

describe("account.acceptInvitation", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("lets the invited person, signed out, choose a password; they then sign in with their role", async () => {
    const invitee = newInvitee("EDITOR");
    const { user, invitationPath } = await admin().user.invite(invitee);
    const password = "a long new password";

    const accepted = await db.as(null).account.acceptInvitation({ token: tokenOf(invitationPath), password });

    expect(accepted).toEqual({ email: invitee.email });
    expect(await admin().user.get({ id: user.id })).toMatchObject({ status: "ACTIVE", role: "EDITOR" });
    const session = await signedIn(db, invitee.email, password);
    expect(await sessionFor(session.cookie)).toMatchObject({ actor: { id: user.id, email: invitee.email, role: "EDITOR" } });
    expect((await userHistory(user.id)).map((entry) => entry.action)).toEqual(["INVITE", "ACCEPT_INVITATION"]);
  });

  it("refuses a link that was used already, naming `token`, and keeps the first password", async () => {
    const invitee = newInvitee();
    const { invitationPath } = await admin().user.invite(invitee);
    const token = tokenOf(invitationPath);
    await db.as(null).account.acceptInvitation({ token, password: "the first password" });

    const reply = await httpClient(db, null).mutation("account.acceptInvitation", { token, password: "somebody else's password" });

    expectRefusal(reply, "BAD_REQUEST", "token");
    expect((await signIn(db, invitee.email, "somebody else's password", newAddress())).status).toBe(401);
    expect((await signIn(db, invitee.email, "the first password", newAddress())).status).toBe(200);
  });

  it("accepts a link only once when two acceptances arrive together", async () => {
    const { user, invitationPath } = await admin().user.invite(newInvitee());
    const token = tokenOf(invitationPath);

    const outcomes = await Promise.allSettled([
      db.as(null).account.acceptInvitation({ token, password: "first of two at once" }),
      db.as(null).account.acceptInvitation({ token, password: "second of two at once" }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await credentialAccounts(user.id)).toBe(1);
    expect((await userHistory(user.id)).filter((entry) => entry.action === "ACCEPT_INVITATION")).toHaveLength(1);
  });

  it("refuses an unknown token and an expired one, naming `token`; the account stays INVITED", async () => {
    const { user, invitationPath } = await admin().user.invite(newInvitee());
    await db.prisma.invitation.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const http = httpClient(db, null);

    for (const token of ["not-a-token-we-issued", tokenOf(invitationPath)]) {
      const reply = await http.mutation("account.acceptInvitation", { token, password: "a long new password" });
      expectRefusal(reply, "BAD_REQUEST", "token");
    }
    expect(await admin().user.get({ id: user.id })).toMatchObject({ status: "INVITED" });
    expect(await credentialAccounts(user.id)).toBe(0);
  });
});

describe("user.reinvite", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("gives an invited person a new link; the earlier link stops working and the new one lets them in", async () => {
    const invitee = newInvitee("VIEWER");
    const first = await admin().user.invite(invitee);

    const second = await admin().user.reinvite({ id: first.user.id });

    expect(second.user).toMatchObject({ id: first.user.id, status: "INVITED" });
    expect(tokenOf(second.invitationPath)).not.toBe(tokenOf(first.invitationPath));
    await expectTRPCError(db.as(null).account.acceptInvitation({ token: tokenOf(first.invitationPath), password: "the old link's password" }), "BAD_REQUEST");
    await db.as(null).account.acceptInvitation({ token: tokenOf(second.invitationPath), password: "the new link's password" });
    expect((await signIn(db, invitee.email, "the new link's password", newAddress())).status).toBe(200);
    expect((await userHistory(first.user.id)).map((entry) => entry.action)).toEqual(["INVITE", "INVITE", "ACCEPT_INVITATION"]);
  });

  it("refuses someone who can already sign in, with CONFLICT, and writes nothing", async () => {
    const invitee = newInvitee("EDITOR");
    const { user, invitationPath } = await admin().user.invite(invitee);
    await db.as(null).account.acceptInvitation({ token: tokenOf(invitationPath), password: "a long new password" });

    await expectTRPCError(admin().user.reinvite({ id: user.id }), "CONFLICT");

    expect((await userHistory(user.id)).map((entry) => entry.action)).toEqual(["INVITE", "ACCEPT_INVITATION"]);
  });
});

describe("user.setRole", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("changes a person's role, recorded with its reason; their signed-in session acts with the new role at once", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const session = await signedIn(db, person.email, person.password);

    const changed = await admin().user.setRole({ id: person.id, role: "REVIEWER", reason: "Promoted to the review desk" });

    expect(changed).toMatchObject({ id: person.id, role: "REVIEWER" });
    expect(await sessionFor(session.cookie)).toMatchObject({ actor: { id: person.id, role: "REVIEWER" } });
    expect((await userHistory(person.id)).at(-1)).toMatchObject({
      action: "CHANGE_ROLE",
      reason: "Promoted to the review desk",
      changes: [{ field: "role", from: "EDITOR", to: "REVIEWER" }],
    });
    // Demoted to viewer, the same session can no longer edit.
    await admin().user.setRole({ id: person.id, role: "VIEWER" });
    const reply = await apiRequest(db, { cookie: session.cookie }, "claim.create", { kind: "STATEMENT", text: "A claim" }, "POST");
    expectRefusal(reply, "FORBIDDEN");
  });

  it("never takes the admin role from the last active admin", async () => {
    // Another admin can be demoted while this one remains; a deactivated admin does not count.
    const second = await db.newUser("ADMIN", "Second admin");
    const third = await db.newUser("ADMIN", "Third admin");
    await admin().user.setRole({ id: second.id, role: "EDITOR" });
    await admin().user.deactivate({ id: third.id });
    await demoteOtherActiveAdmins();

    const error = await expectTRPCError(admin().user.setRole({ id: db.users.ADMIN.id, role: "REVIEWER" }), "CONFLICT");

    expect(error.message).toMatch(/only active admin/i);
    expect(await admin().user.get({ id: db.users.ADMIN.id })).toMatchObject({ role: "ADMIN", deactivatedAt: null });
  });
});

/** Leaves the file's ADMIN the only active admin (earlier tests may have made others). */
async function demoteOtherActiveAdmins(): Promise<void> {
  const others = await db.prisma.user.findMany({ where: { role: "ADMIN", deactivatedAt: null, id: { not: db.users.ADMIN.id } }, select: { id: true } });
  for (const { id } of others) await admin().user.setRole({ id, role: "EDITOR" });
}

describe("user.deactivate and user.reactivate", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("refuses an admin deactivating themselves, naming `id`", async () => {
    await db.newUser("ADMIN", "Another admin");

    const reply = await httpClient(db, "ADMIN").mutation("user.deactivate", { id: db.users.ADMIN.id });

    expectRefusal(reply, "FORBIDDEN", "id");
    expect(await admin().user.get({ id: db.users.ADMIN.id })).toMatchObject({ role: "ADMIN", deactivatedAt: null });
  });

  it("never deactivates the last active admin", async () => {
    // Reachable only by an admin who is no longer active themselves (a request that began before they were
    // deactivated); the safeguard holds all the same.
    const formerAdmin = await db.newUser("ADMIN", "Former admin");
    await admin().user.deactivate({ id: formerAdmin.id });
    await demoteOtherActiveAdmins();

    const error = await expectTRPCError(db.as(formerAdmin).user.deactivate({ id: db.users.ADMIN.id }), "CONFLICT");

    expect(error.message).toMatch(/only active admin/i);
    expect(await admin().user.get({ id: db.users.ADMIN.id })).toMatchObject({ role: "ADMIN", deactivatedAt: null });
  });

  it("signs the person out everywhere at once; they cannot sign in again, and are told why only with the right password", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const first = await signedIn(db, person.email, person.password);
    const second = await signedIn(db, person.email, person.password);
    expect(await sessionFor(first.cookie)).not.toBeNull();

    const deactivated = await admin().user.deactivate({ id: person.id, reason: "Left the newsroom" });

    expect(deactivated).toMatchObject({ status: "DEACTIVATED", deactivatedAt: expect.any(Date) });
    expect(await sessionFor(first.cookie)).toBeNull();
    expect(await actorFromHeaders(new Headers({ authorization: `Bearer ${second.token}` }), db.prisma)).toBeNull();
    expect(await db.prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expectRefusal(await apiRequest(db, { cookie: first.cookie }, "claim.list", {}), "UNAUTHORIZED");

    const address = newAddress();
    expect(await signIn(db, person.email, person.password, address)).toMatchObject({ status: 403, body: { message: DEACTIVATED } });
    expect(await signIn(db, person.email, "not the password", address)).toMatchObject({ status: 401, body: { message: WRONG_CREDENTIALS } });
    expect(await db.prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect((await userHistory(person.id)).at(-1)).toMatchObject({ action: "DEACTIVATE", reason: "Left the newsroom", actorId: db.users.ADMIN.id });
  });

  it("reactivation lets the person sign in again; the old sessions stay signed out", async () => {
    const person = await newPasswordUser(db, "REVIEWER");
    const old = await signedIn(db, person.email, person.password);
    await admin().user.deactivate({ id: person.id });

    const reactivated = await admin().user.reactivate({ id: person.id, reason: "Back from leave" });

    expect(reactivated).toMatchObject({ status: "ACTIVE", deactivatedAt: null, role: "REVIEWER" });
    expect(await sessionFor(old.cookie)).toBeNull();
    const fresh = await signedIn(db, person.email, person.password);
    expect(await sessionFor(fresh.cookie)).toMatchObject({ actor: { id: person.id, role: "REVIEWER" } });
    expect((await userHistory(person.id)).map((entry) => entry.action)).toEqual(["CREATE", "DEACTIVATE", "REACTIVATE"]);
  });

  it("is for admins only", async () => {
    const person = await db.newUser("EDITOR");
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const) {
      await expectTRPCError(db.as(role).user.deactivate({ id: person.id }), "FORBIDDEN");
      await expectTRPCError(db.as(role).user.setRole({ id: person.id, role: "ADMIN" }), "FORBIDDEN");
    }
    expect(await admin().user.get({ id: person.id })).toMatchObject({ role: "EDITOR", deactivatedAt: null });
  });
});

describe("account.changePassword", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("refuses a wrong current password, naming `currentPassword`, and changes nothing", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const here = await signedIn(db, person.email, person.password);
    const elsewhere = await signedIn(db, person.email, person.password);

    const reply = await apiRequest(db, { cookie: here.cookie }, "account.changePassword", { currentPassword: "not my password", newPassword: "a brand new password" }, "POST");

    expectRefusal(reply, "BAD_REQUEST", "currentPassword");
    expect(await sessionFor(elsewhere.cookie)).not.toBeNull();
    expect((await signIn(db, person.email, "a brand new password", newAddress())).status).toBe(401);
    expect((await userHistory(person.id)).map((entry) => entry.action)).toEqual(["CREATE"]);
  });

  it("sets the new password and signs out the person's other sessions, keeping this one", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const here = await signedIn(db, person.email, person.password);
    const elsewhere = await signedIn(db, person.email, person.password);
    const newPassword = "correct horse battery staple";

    const reply = await apiRequest(db, { cookie: here.cookie }, "account.changePassword", { currentPassword: person.password, newPassword }, "POST");

    expect(reply.status, reply.text).toBe(200);
    expect(reply.data).toEqual({ changed: true, otherSessionsSignedOut: 1 });
    expect(await sessionFor(here.cookie)).toMatchObject({ actor: { id: person.id } });
    expect(await sessionFor(elsewhere.cookie)).toBeNull();
    const address = newAddress();
    expect(await signIn(db, person.email, person.password, address)).toMatchObject({ status: 401, body: { message: WRONG_CREDENTIALS } });
    expect((await signIn(db, person.email, newPassword, address)).status).toBe(200);
    expect((await userHistory(person.id)).at(-1)).toMatchObject({ action: "CHANGE_PASSWORD", actorId: person.id });
  });

  it("refuses a new password that is too short or the same as the current one, naming `newPassword`", async () => {
    const person = await newPasswordUser(db, "VIEWER");
    const session = await signedIn(db, person.email, person.password);

    for (const newPassword of ["short", person.password]) {
      const reply = await apiRequest(db, { cookie: session.cookie }, "account.changePassword", { currentPassword: person.password, newPassword }, "POST");
      expectFieldError(expectRefusal(reply, "BAD_REQUEST"), "newPassword");
    }
  });

  it(`refuses even the right current password with 429 after ${SIGN_IN_LIMITS.perAccount} wrong ones, like sign-in, so an open session cannot guess it`, async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const session = await signedIn(db, person.email, person.password);
    const change = (currentPassword: string) =>
      apiRequest(db, { cookie: session.cookie }, "account.changePassword", { currentPassword, newPassword: "a brand new password" }, "POST");
    const passwordBefore = await db.prisma.account.findFirst({ where: { userId: person.id }, select: { password: true } });

    for (let guess = 1; guess <= SIGN_IN_LIMITS.perAccount; guess++) expectRefusal(await change(`guess number ${guess}`), "BAD_REQUEST", "currentPassword");
    const refused = await change(person.password);
    expect(refused.status, refused.text).toBe(429);
    expect(refused.error?.message).toMatch(/Too many wrong passwords.*Try again in \d+ minutes?\./);
    // Nothing changed.
    expect(await db.prisma.account.findFirst({ where: { userId: person.id }, select: { password: true } })).toEqual(passwordBefore);
    expect((await userHistory(person.id)).map((entry) => entry.action)).toEqual(["CREATE"]);
  });

  it("counts a right current password as clearing the wrong ones before it", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const session = await signedIn(db, person.email, person.password);
    const change = (currentPassword: string, newPassword: string) =>
      apiRequest(db, { cookie: session.cookie }, "account.changePassword", { currentPassword, newPassword }, "POST");

    for (let guess = 1; guess < SIGN_IN_LIMITS.perAccount; guess++) expectRefusal(await change(`guess number ${guess}`, "a brand new password"), "BAD_REQUEST", "currentPassword");
    expect((await change(person.password, "a brand new password")).status).toBe(200);
    for (let guess = 1; guess < SIGN_IN_LIMITS.perAccount; guess++) expectRefusal(await change(`guess number ${guess}`, "another new password"), "BAD_REQUEST", "currentPassword");
    expect((await change("a brand new password", "another new password")).status).toBe(200);
  });

  it("needs someone signed in", async () => {
    const reply = await apiRequest(db, {}, "account.changePassword", { currentPassword: "whatever it was", newPassword: "a brand new password" }, "POST");
    expectRefusal(reply, "UNAUTHORIZED");
  });
});

describe("accounts made outside the API", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("createPasswordAccount makes an account that signs in at once, with the email in lower case and its history", async () => {
    const commandLine = { id: null, name: "Command line", role: null };

    const { id } = await createPasswordAccount(db.prisma, commandLine, { email: "  Ops.Lead@Newsroom.TEST ", name: "Ops Lead", role: "ADMIN", password: "first admin password" });

    expect(await admin().user.get({ id })).toMatchObject({ email: "ops.lead@newsroom.test", role: "ADMIN", status: "ACTIVE" });
    const session = await signedIn(db, "ops.lead@newsroom.test", "first admin password");
    expect(await sessionFor(session.cookie)).toMatchObject({ actor: { id, role: "ADMIN" } });
    expect(await userHistory(id)).toEqual([expect.objectContaining({ action: "CREATE", actorId: null, actorName: "Command line" })]);
    // Leave the file's ADMIN as the only admin other tests may rely on being last.
    await admin().user.setRole({ id, role: "EDITOR" });
  });

  it("createPasswordAccount refuses an email that exists, whatever its case, and writes nothing", async () => {
    const usersBefore = await db.prisma.user.count();
    const entriesBefore = await db.prisma.historyEntry.count();

    await expect(
      createPasswordAccount(db.prisma, db.users.ADMIN, { email: db.users.REVIEWER.email.toUpperCase(), name: "Duplicate", role: "VIEWER", password: "some password" }),
    ).rejects.toBeInstanceOf(AccountExistsError);

    expect(await db.prisma.user.count()).toBe(usersBefore);
    expect(await db.prisma.historyEntry.count()).toBe(entriesBefore);
  });

  it("seedDemoAccounts adds nothing to a database that has users", async () => {
    const usersBefore = await db.prisma.user.count();

    expect(await seedDemoAccounts(db.prisma)).toBe(0);

    expect(await db.prisma.user.count()).toBe(usersBefore);
    expect(await db.prisma.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } })).toBe(0);
  });

  describe("on a database without any users", () => {
    const empty = useTestDatabase();
    beforeAll(async () => {
      // The harness gives every database one person per role; this one must start with nobody.
      await empty.prisma.user.deleteMany();
    });

    it("seedDemoAccounts creates the four demo accounts, one per role, each signing in with the demo password, once", async () => {
      expect(await seedDemoAccounts(empty.prisma)).toBe(4);

      const users = await empty.prisma.user.findMany({ select: { email: true, role: true, deactivatedAt: true }, orderBy: { email: "asc" } });
      expect(users).toEqual(
        [
          { email: "admin@claimdesk.test", role: "ADMIN", deactivatedAt: null },
          { email: "editor@claimdesk.test", role: "EDITOR", deactivatedAt: null },
          { email: "reviewer@claimdesk.test", role: "REVIEWER", deactivatedAt: null },
          { email: "viewer@claimdesk.test", role: "VIEWER", deactivatedAt: null },
        ],
      );
      for (const { email, role } of users) {
        const session = await signedIn(empty, email, DEMO_PASSWORD);
        const signedInAs = await actorFromHeaders(new Headers({ cookie: session.cookie }), empty.prisma);
        expect(signedInAs?.actor).toMatchObject({ email, role } satisfies Partial<Actor>);
      }

      expect(await seedDemoAccounts(empty.prisma)).toBe(0);
      expect(await empty.prisma.user.count()).toBe(4);
    });
  });
});

describe("the last-admin safeguard under concurrency", () => {
  const fresh = useTestDatabase();
  const activeAdmins = () => fresh.prisma.user.count({ where: { role: "ADMIN", deactivatedAt: null } });

  /**
   * Two admins, each acting on the other at the same moment, several times over: every time exactly one of them
   * must succeed, so that the newsroom keeps an active admin.
   */
  async function actOnEachOther(act: (caller: Actor, target: Actor) => Promise<unknown>): Promise<void> {
    const first = fresh.users.ADMIN;
    const second = await fresh.newUser("ADMIN", "Second admin");
    for (let round = 0; round < 3; round++) {
      expect(await activeAdmins()).toBe(2);
      const outcomes = await Promise.allSettled([act(first, second), act(second, first)]);

      expect(await activeAdmins(), `round ${round}: ${outcomes.map((o) => o.status).join(", ")}`).toBe(1);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      // Both admins again for the next round.
      await fresh.prisma.user.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { role: "ADMIN", deactivatedAt: null } });
    }
    await fresh.prisma.user.update({ where: { id: second.id }, data: { role: "EDITOR" } });
  }

  it("two admins deactivating each other at the same moment leave one of them active", async () => {
    await actOnEachOther((caller, target) => fresh.as(caller).user.deactivate({ id: target.id }));
  });

  it("two admins taking the admin role from each other at the same moment leave one of them admin", async () => {
    await actOnEachOther((caller, target) => fresh.as(caller).user.setRole({ id: target.id, role: "EDITOR" }));
  });
});
