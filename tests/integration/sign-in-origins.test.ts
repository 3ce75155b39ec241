import { describe, expect, it } from "vitest";
import { crossSiteReason, getAuth, handleAuthRequest, isLocalPath, requestOrigin, trustedOrigin } from "@claimdesk/api";
import { SIGN_IN_TEST_TIMEOUT, newAddress, newPasswordUser, signedIn, type PasswordUser } from "./support/sessions";
import { MAX_BODY_BYTES } from "@claimdesk/schemas";
import { useTestDatabase } from "./support/test-database";

// Who may send a sign-in: HTTP requests to /api/auth as a browser sends them (forms and fetches, with Origin and
// fetch metadata), through the same handler the web app's route uses, on a real database. A page on another site
// must not sign a visitor into an account of its choosing, sign them out, or send them elsewhere afterwards.

const db = useTestDatabase();

/** The address the app is reached at in these requests (no CLAIMDESK_URL). */
const SITE = "http://localhost:3000";
const ATTACKER = "https://attacker.example";
const CONFIGURED = "https://claims.example.org";

/** A browser's top-level form submission from a page on another site (the login-CSRF attack). */
const CROSS_SITE_FORM = { origin: ATTACKER, "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };
/** The same from a browser without fetch metadata (older Safari, say): only Origin tells. */
const CROSS_SITE_FORM_OLD_BROWSER = { origin: ATTACKER };
/** From a sandboxed frame or after a cross-site redirect, browsers send `Origin: null`. */
const NULL_ORIGIN_FORM = { origin: "null" };
/** The sign-in page's own form or fetch. */
const SAME_ORIGIN = { origin: SITE, "sec-fetch-site": "same-origin", "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" };

interface Sent {
  path?: string;
  headers?: Record<string, string>;
  form?: Record<string, string>;
  json?: Record<string, unknown>;
  /** The request's address; the site's by default. */
  url?: string;
}

/** An HTTP request to better-auth's endpoints, from a client address of its own. */
function authRequest({ path = "/sign-in/email", headers = {}, form, json, url = SITE }: Sent): Request {
  const { host } = new URL(url);
  const base = { host, "x-forwarded-for": newAddress(), "user-agent": "claimdesk-tests", ...headers };
  if (form) {
    return new Request(`${url}/api/auth${path}`, {
      method: "POST",
      headers: { ...base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
  }
  return new Request(`${url}/api/auth${path}`, { method: "POST", headers: { ...base, "content-type": "application/json" }, body: JSON.stringify(json ?? {}) });
}

const credentials = (person: PasswordUser) => ({ email: person.email, password: person.password });

async function sessionsOf(person: PasswordUser): Promise<number> {
  return db.prisma.session.count({ where: { userId: person.id } });
}

/** The answer was a refusal: 403, no session cookie. */
async function expectRefused(response: Response): Promise<{ code?: string; message?: string }> {
  const body = (await response.json()) as { code?: string; message?: string };
  expect(response.status, JSON.stringify(body)).toBe(403);
  expect(response.headers.getSetCookie().filter((cookie) => cookie.includes("session_token=") && !cookie.includes("Max-Age=0"))).toEqual([]);
  return body;
}

describe("a sign-in form posted from another site", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("is refused with 403 and creates no session, with CLAIMDESK_URL unset (with fetch metadata, with Origin alone, with Origin null)", async () => {
    const victim = await newPasswordUser(db, "ADMIN");
    for (const headers of [CROSS_SITE_FORM, CROSS_SITE_FORM_OLD_BROWSER, NULL_ORIGIN_FORM]) {
      const body = await expectRefused(await handleAuthRequest(authRequest({ headers, form: credentials(victim) }), { prisma: db.prisma, url: undefined }));
      expect(body.message).toMatch(/another site/i);
    }
    expect(await sessionsOf(victim)).toBe(0);
  });

  it("is refused by better-auth itself too: the only origin it trusts is the one the request came to, never a wildcard", async () => {
    const victim = await newPasswordUser(db, "EDITOR");
    const auth = await getAuth(db.prisma, { url: undefined });

    for (const headers of [CROSS_SITE_FORM, CROSS_SITE_FORM_OLD_BROWSER, NULL_ORIGIN_FORM, { origin: "http://localhost:3001" }, { origin: "https://localhost:3000" }]) {
      await expectRefused(await auth.handler(authRequest({ headers, form: credentials(victim) })));
    }
    expect(await sessionsOf(victim)).toBe(0);
  });

  it("signs in when the same form is posted from the app's own origin, whichever host it was reached at", async () => {
    const person = await newPasswordUser(db, "EDITOR");

    const local = await handleAuthRequest(authRequest({ headers: SAME_ORIGIN, form: credentials(person) }), { prisma: db.prisma, url: undefined });
    expect(local.status, await local.clone().text()).toBe(200);
    expect(local.headers.getSetCookie().some((cookie) => cookie.includes("session_token="))).toBe(true);

    // A LAN address, and the public address a reverse proxy forwards (X-Forwarded-Host and -Proto).
    const lan = await handleAuthRequest(
      authRequest({ url: "http://192.168.1.20:3000", headers: { origin: "http://192.168.1.20:3000" }, form: credentials(person) }),
      { prisma: db.prisma, url: undefined },
    );
    expect(lan.status, await lan.clone().text()).toBe(200);
    const proxied = await handleAuthRequest(
      authRequest({ url: "http://127.0.0.1:3000", headers: { origin: CONFIGURED, "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }, json: credentials(person) }),
      { prisma: db.prisma, url: undefined },
    );
    expect(proxied.status, await proxied.clone().text()).toBe(200);
    expect(await sessionsOf(person)).toBe(3);
  });

  it("signs in a script that sends no Origin at all (a tool, not a browser: it carries no visitor's cookies)", async () => {
    const person = await newPasswordUser(db, "VIEWER");
    const response = await handleAuthRequest(authRequest({ json: credentials(person) }), { prisma: db.prisma, url: undefined });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await sessionsOf(person)).toBe(1);
  });
});

describe("other auth endpoints posted from another site", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("refuses a sign-out with 403 and leaves the session signed in, with or without the visitor's cookie", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const session = await signedIn(db, person.email, person.password);

    const withAndWithout: Array<Record<string, string>> = [{ cookie: session.cookie }, {}];
    for (const cookie of withAndWithout) {
      await expectRefused(await handleAuthRequest(authRequest({ path: "/sign-out", headers: { ...CROSS_SITE_FORM, ...cookie }, form: {} }), { prisma: db.prisma, url: undefined }));
    }
    const auth = await getAuth(db.prisma);
    expect((await auth.api.getSession({ headers: new Headers({ cookie: session.cookie }) }))?.user.id).toBe(person.id);
  });
});

describe("callbackURL", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  const foreign = [
    `${ATTACKER}/welcome`,
    "//attacker.example/welcome",
    "/\\attacker.example",
    "javascript:alert(1)",
    `${SITE}/claims`, // this site's own address, but not a path
    "/%2F%2Fattacker.example",
    "/claims\u3000x",
    "/claims\u2028x",
  ];

  it("is refused with 403 unless it is a local path, over HTTP and in a direct call alike; no session is created", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const auth = await getAuth(db.prisma, { url: undefined });
    for (const callbackURL of foreign) {
      const body = await expectRefused(
        await handleAuthRequest(authRequest({ headers: SAME_ORIGIN, json: { ...credentials(person), callbackURL } }), { prisma: db.prisma, url: undefined }),
      );
      // better-auth's own check answers for another origin's address; ours for the rest ("must be a path on this site").
      expect(body, callbackURL).toMatchObject({ code: "INVALID_CALLBACK_URL", message: expect.stringMatching(/callbackURL/) });
      await expect(
        auth.api.signInEmail({ body: { ...credentials(person), callbackURL }, headers: new Headers({ host: "localhost:3000", "x-forwarded-for": newAddress() }) }),
        callbackURL,
      ).rejects.toMatchObject({ statusCode: 403 });
    }
    expect(await sessionsOf(person)).toBe(0);
  });

  it("sends the visitor to a local path after signing in", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const response = await handleAuthRequest(authRequest({ headers: SAME_ORIGIN, json: { ...credentials(person), callbackURL: "/claims?stage=NEW" } }), {
      prisma: db.prisma,
      url: undefined,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("location")).toBe("/claims?stage=NEW");
    expect(await response.json()).toMatchObject({ redirect: true, url: "/claims?stage=NEW" });
  });

  it("is a local path only when it stays on this site", () => {
    for (const path of ["/", "/claims", "/claims?stage=NEW&q=a%20b", "/events/demo#tally"]) expect(isLocalPath(path), path).toBe(true);
    for (const value of [...foreign, "", "claims", "/claims x", "/\t/attacker.example", "/claims\n"]) expect(isLocalPath(value), JSON.stringify(value)).toBe(false);
  });
});

describe("with CLAIMDESK_URL set", { timeout: SIGN_IN_TEST_TIMEOUT }, () => {
  it("trusts that origin only: a sign-in from the host the request came to, if it is another, is refused", async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const settings = { prisma: db.prisma, url: CONFIGURED };

    // Reached at its LAN address, the page there is not the configured origin.
    for (const headers of [{ origin: SITE }, CROSS_SITE_FORM]) {
      await expectRefused(await handleAuthRequest(authRequest({ headers, form: credentials(person) }), settings));
    }
    // And better-auth itself, configured with that address, trusts nothing else either.
    await expectRefused(await (await getAuth(db.prisma, { url: CONFIGURED })).handler(authRequest({ headers: { origin: SITE }, form: credentials(person) })));
    expect(await sessionsOf(person)).toBe(0);

    const configured = await handleAuthRequest(authRequest({ url: CONFIGURED, headers: { origin: CONFIGURED, "sec-fetch-site": "same-origin" }, form: credentials(person) }), settings);
    expect(configured.status, await configured.clone().text()).toBe(200);
    expect(await sessionsOf(person)).toBe(1);
  });
});

describe("the request's own origin", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "POST") => new Request(url, { method, headers });

  it("is the host it was sent to (X-Forwarded-Host, else Host) with the scheme the proxy in front reports", () => {
    expect(requestOrigin(request("http://localhost:3000/api/auth/sign-in/email"))).toBe("http://localhost:3000");
    expect(requestOrigin(request("http://localhost:3000/x", { host: "192.168.1.20:3000" }))).toBe("http://192.168.1.20:3000");
    expect(requestOrigin(request("http://localhost:3000/x", { host: "127.0.0.1:3000", "x-forwarded-host": "claims.example.org, 10.0.0.2", "x-forwarded-proto": "https, http" }))).toBe(
      "https://claims.example.org",
    );
    expect(trustedOrigin(request("http://localhost:3000/x"), CONFIGURED)).toBe(CONFIGURED);
  });

  it("judges only requests that change something, and only by what a browser sends", () => {
    const site = "http://localhost:3000/x";
    expect(crossSiteReason(request(site, CROSS_SITE_FORM, "GET"), undefined)).toBeNull();
    expect(crossSiteReason(request(site, CROSS_SITE_FORM), undefined)).toMatch(/cross-site/);
    expect(crossSiteReason(request(site, { "sec-fetch-site": "same-site", origin: "http://sub.localhost:3000" }), undefined)).toMatch(/same-site/);
    expect(crossSiteReason(request(site, { referer: `${ATTACKER}/page` }), undefined)).toMatch(/Referer/);
    expect(crossSiteReason(request(site, { referer: `${SITE}/sign-in` }), undefined)).toBeNull();
    expect(crossSiteReason(request(site, SAME_ORIGIN), undefined)).toBeNull();
    expect(crossSiteReason(request(site), undefined)).toBeNull();
  });
});

describe("a sign-in body over 1 MB", () => {
  it("is refused with 413 before it is read, and signs nobody in", { timeout: SIGN_IN_TEST_TIMEOUT }, async () => {
    const person = await newPasswordUser(db, "EDITOR");
    const response = await handleAuthRequest(authRequest({ headers: SAME_ORIGIN, json: { ...credentials(person), padding: "x".repeat(MAX_BODY_BYTES) } }), {
      prisma: db.prisma,
      url: undefined,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 1 MB, the most this API reads" });
    expect(await sessionsOf(person)).toBe(0);
  });
});
