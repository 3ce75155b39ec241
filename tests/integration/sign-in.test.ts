import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, WRONG_CREDENTIALS, clientAddress, getAuth, type RouterOutputs } from "@claimdesk/api";
import { aStatementClaim } from "./support/builders";
import { SIGN_IN_TEST_TIMEOUT, apiRequest, newAddress, newPasswordUser, signIn, signedIn, type SignInResult } from "./support/sessions";
import { useTestDatabase } from "./support/test-database";
import { expectRefusal } from "./support/workflow";

// Signing in as a person at the sign-in page (or a script) experiences it: one answer for every wrong
// credential, limits on failed attempts per account and per address, and an API that serves nothing without a
// session. Every attempt is real (better-auth, scrypt hashing, counts in the test database), so counts are kept
// to what each limit needs.

const db = useTestDatabase();
const { perAccount, perAddress } = SIGN_IN_LIMITS;
const WRONG = "not the right password";

const unknownEmail = () => `nobody-${Math.random().toString(36).slice(2, 10)}@newsroom.test`;

/** The attempt was refused for having failed too often. */
function expectTooMany(result: SignInResult): void {
  expect(result).toMatchObject({ status: 429, statusName: "TOO_MANY_REQUESTS" });
  expect(result.body?.message).toMatch(/too many failed sign-ins/i);
  expect(result.cookie).toBeUndefined();
}

function expectWrongCredentials(result: SignInResult): void {
  expect(result).toMatchObject({ status: 401, statusName: "UNAUTHORIZED", body: { message: WRONG_CREDENTIALS } });
}

/** Fails `times` sign-ins for `email` from `address`, one after another, each answered as wrong credentials. */
async function failSignIns(email: string, address: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) expectWrongCredentials(await signIn(db, email, `${WRONG} ${i}`, address));
}

describe("wrong credentials", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("get the same status and message for a wrong password, an unknown account and an account with no password yet", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const { user: invited } = await db.as("ADMIN").user.invite({ email: `invited-${Date.now()}@newsroom.test`, name: "Not yet accepted", role: "EDITOR" });
    const address = newAddress();

    const wrongPassword = await signIn(db, person.email, WRONG, address);
    const unknownAccount = await signIn(db, unknownEmail(), WRONG, address);
    const noPasswordYet = await signIn(db, invited.email, WRONG, address);

    expectWrongCredentials(wrongPassword);
    expect(unknownAccount).toEqual(wrongPassword);
    expect(noPasswordYet).toEqual(wrongPassword);
    expect(await db.prisma.session.count({ where: { userId: { in: [person.id, invited.id] } } })).toBe(0);
  });
});

describe("the limit per account", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it(`refuses even the right password with 429 after ${perAccount} failures, from any address; another account from the same address still signs in`, async () => {
    const [victim, colleague] = await Promise.all([newPasswordUser(db, "REVIEWER"), newPasswordUser(db, "EDITOR")]);
    const address = newAddress();
    await failSignIns(victim.email, address, perAccount);

    expectTooMany(await signIn(db, victim.email, victim.password, address));
    expectTooMany(await signIn(db, victim.email, victim.password, newAddress()));
    // The same account, however its email is typed.
    expectTooMany(await signIn(db, `  ${victim.email.toUpperCase()} `, victim.password, newAddress()));
    expect(await db.prisma.session.count({ where: { userId: victim.id } })).toBe(0);

    const other = await signIn(db, colleague.email, colleague.password, address);
    expect(other.status).toBe(200);
    expect(other.user?.id).toBe(colleague.id);
  });

  it("locks an unknown account exactly as it locks a real one, so the limit reveals nothing", async () => {
    const email = unknownEmail();
    await failSignIns(email, newAddress(), perAccount);

    expectTooMany(await signIn(db, email, WRONG, newAddress()));
  });

  it("starts counting again after a successful sign-in", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const address = newAddress();

    await failSignIns(person.email, address, perAccount - 1);
    expect((await signIn(db, person.email, person.password, address)).status).toBe(200);
    await failSignIns(person.email, address, 1);

    // perAccount failures in the window, but not in a row: the success in between wiped the count.
    expect((await signIn(db, person.email, person.password, address)).status).toBe(200);
  });

  it("evaluates no more than the allowed number of guesses when they arrive all at once", async () => {
    const person = await newPasswordUser(db, "EDITOR");

    // Twice the allowed failures, sent together (from different addresses, as a spread-out attacker would).
    const results = await Promise.all(Array.from({ length: 2 * perAccount }, (_, i) => signIn(db, person.email, `${WRONG} ${i}`, newAddress())));

    const evaluated = results.filter((result) => result.status === 401).length;
    expect(evaluated, `statuses: ${results.map((result) => result.status).join(", ")}`).toBeLessThanOrEqual(perAccount);
    for (const result of results.filter((r) => r.status !== 401)) expectTooMany(result);
    expectTooMany(await signIn(db, person.email, person.password, newAddress()));
  });
});

describe("the limit per address", () => {
  it("counts the address the nearest proxy (or Next.js) reports, not one the client wrote ahead of it", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    // A client sending its own X-Forwarded-For: the proxy appends the address it really saw.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it(
    `refuses every sign-in from an address after ${perAddress} failures there across many accounts; other addresses are not affected`,
    // Thirty password hashes: a few seconds on an idle machine, far more while other suites share its cores.
    { timeout: 4 * SIGN_IN_TEST_TIMEOUT },
    async () => {
      const person = await newPasswordUser(db, "EDITOR");
      const address = newAddress();
      // Spread over enough emails that none of them reaches its own limit.
      const emails = Array.from({ length: Math.ceil(perAddress / (perAccount - 1)) }, unknownEmail);
      const batch = 5;
      for (let start = 0; start < perAddress; start += batch) {
        const attempts = Array.from({ length: Math.min(batch, perAddress - start) }, (_, i) => start + i);
        const results = await Promise.all(attempts.map((n) => signIn(db, emails[n % emails.length]!, `${WRONG} ${n}`, address)));
        for (const result of results) expectWrongCredentials(result);
      }

      expectTooMany(await signIn(db, person.email, person.password, address));
      expectTooMany(await signIn(db, emails[0]!, WRONG, address));
      // Elsewhere, the person signs in, and the guessed accounts are not locked themselves.
      expect((await signIn(db, person.email, person.password, newAddress())).status).toBe(200);
      expectWrongCredentials(await signIn(db, emails[0]!, WRONG, newAddress()));
    },
  );
});

describe("the API over HTTP", () => {
  type ClaimPage = RouterOutputs["claim"]["list"];

  it("answers a signed-out request, or one with a forged session, with 401 UNAUTHORIZED and no data", async () => {
    const claim = await db.api.claim.create(aStatementClaim({ text: "A claim nobody signed out may read" }));

    const forged: Array<Record<string, string>> = [{}, { cookie: "better-auth.session_token=forged.value" }, { authorization: "Bearer forged-token" }];
    for (const headers of forged) {
      const reply = await apiRequest(db, headers, "claim.list", {});
      const error = expectRefusal(reply, "UNAUTHORIZED");
      expect(error.message).toMatch(/sign in/i);
      expect(reply.text).not.toContain(claim.id);
    }
  });

  it("serves the same request to the session cookie and to the bearer token the sign-in returned", async () => {
    const claim = await db.api.claim.create(aStatementClaim({ text: "A claim for signed-in readers" }));
    const person = await newPasswordUser(db, "VIEWER");
    const session = await signedIn(db, person.email, person.password);

    const ways: Array<Record<string, string>> = [{ cookie: session.cookie }, { authorization: `Bearer ${session.token}` }];
    for (const headers of ways) {
      const reply = await apiRequest(db, headers, "claim.list", {});
      expect(reply.status, reply.text).toBe(200);
      expect((reply.data as ClaimPage).items.map((item) => item.id)).toContain(claim.id);
      const me = await apiRequest(db, headers, "account.me");
      expect(me.data).toEqual({ id: person.id, name: person.name, email: person.email, role: "VIEWER" });
    }
  });

  it("acts as the signed-in person: a change made with their token is theirs in the history", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const { token } = await signedIn(db, person.email, person.password);

    const reply = await apiRequest(db, { authorization: `Bearer ${token}` }, "claim.create", aStatementClaim(), "POST");

    expect(reply.status, reply.text).toBe(200);
    const { id } = reply.data as { id: string };
    const entries = await db.prisma.historyEntry.findMany({ where: { claimId: id } });
    expect(entries).toEqual([expect.objectContaining({ action: "CREATE", actorId: person.id, actorName: person.name, actorRole: "EDITOR" })]);
  });

  it("stops serving a session once it is signed out", async () => {
    const person = await newPasswordUser(db, "VIEWER");
    const session = await signedIn(db, person.email, person.password);
    const auth = await getAuth(db.prisma);

    await auth.api.signOut({ headers: new Headers({ cookie: session.cookie }) });

    expectRefusal(await apiRequest(db, { cookie: session.cookie }, "claim.list", {}), "UNAUTHORIZED");
    expectRefusal(await apiRequest(db, { authorization: `Bearer ${session.token}` }, "claim.list", {}), "UNAUTHORIZED");
  });
});
