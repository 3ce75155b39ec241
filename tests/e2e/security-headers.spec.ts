import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from "./support/accounts";

// The headers the built app answers with, read from real responses: pages (with a fresh nonce for their scripts
// each time), the sign-in page, /api/trpc and /api/auth. With JavaScript on, nothing the pages do breaks the policy
// (the rest of the suite, which saves forms, copies wording and draws charts, runs under it too). And a form
// posted from another site cannot sign anybody in.

const DEMO_EVENT = "/events/demo-crocus-city-hall";
const ATTACKER = "http://attacker.test";

type Headers = Record<string, string>;
const headersOf = (response: Response | APIResponse | null): Headers => {
  expect(response, "a response").not.toBeNull();
  return response!.headers();
};

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, "a Content-Security-Policy").toBeTruthy();
  return new Map(
    policy!
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The headers every answer carries, page or API. */
function expectCommonHeaders(headers: Headers, { https = false } = {}): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(headers["x-frame-options"]).toBe("DENY");
  if (https) expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  else expect(headers["strict-transport-security"], "HSTS over plain HTTP").toBeUndefined();
}

/** A page's headers; returns its script nonce. */
function expectPageHeaders(headers: Headers, options: { https?: boolean } = {}): string {
  expectCommonHeaders(headers, options);
  const policy = directives(headers["content-security-policy"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  const scripts = policy.get("script-src") ?? [];
  // No inline script but Next's own, which carries the nonce; never 'unsafe-inline' or 'unsafe-eval'.
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `a nonce in script-src: ${scripts.join(" ")}`).toMatch(/^[A-Za-z0-9+/]{20,}={0,2}$/);
  expect(policy.has("upgrade-insecure-requests")).toBe(Boolean(options.https));
  return nonce!;
}

/** An API answer's headers: data that loads nothing and is framed by nothing. */
function expectApiHeaders(headers: Headers, options: { https?: boolean } = {}): void {
  expectCommonHeaders(headers, options);
  const policy = directives(headers["content-security-policy"]);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
}

/** Every <script> in the page's HTML carries its nonce. */
async function expectScriptsCarry(response: Response | APIResponse, nonce: string): Promise<void> {
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
}

/** Collects what the browser reports as a breach of the policy (and any uncaught error) while a test runs. */
function watchForViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/content security policy|permissions-policy|refused to (execute|load|apply|connect|frame)/i.test(message.text())) seen.push(message.text());
  });
  page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
  return seen;
}

test("the sign-in page, /api/auth and /api/trpc answer with the security headers, HSTS only over HTTPS", async ({ request, baseURL }) => {
  const signInPage = await request.get("/sign-in");
  expect(signInPage.status()).toBe(200);
  const nonce = expectPageHeaders(signInPage.headers());
  await expectScriptsCarry(signInPage, nonce);
  // A fresh nonce for every page served.
  expect(expectPageHeaders((await request.get("/sign-in")).headers())).not.toBe(nonce);

  const trpc = await request.get("/api/trpc/account.me");
  expect(trpc.status()).toBe(401);
  expectApiHeaders(trpc.headers());

  const session = await request.get("/api/auth/get-session");
  expect(session.status()).toBe(200);
  expectApiHeaders(session.headers());

  const viewer = DEMO_ACCOUNTS.viewer;
  const signedIn = await request.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: viewer.email, password: DEMO_PASSWORD } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  expectApiHeaders(signedIn.headers());
  const me = await request.get("/api/trpc/account.me");
  expect(me.status()).toBe(200);
  expectApiHeaders(me.headers());

  // Behind a proxy that terminates HTTPS (X-Forwarded-Proto), pages and the API add HSTS.
  const https = { "x-forwarded-proto": "https" };
  expectPageHeaders((await request.get("/sign-in", { headers: https })).headers(), { https: true });
  expectApiHeaders((await request.get("/api/trpc/account.me", { headers: https })).headers(), { https: true });
  expectApiHeaders((await request.get("/api/auth/get-session", { headers: https })).headers(), { https: true });
});

test("signed-in pages carry a nonce on every script, hydrate, and break nothing in the policy", async ({ page }) => {
  const violations = watchForViolations(page);
  await signIn(page, "editor");

  for (const path of ["/events", DEMO_EVENT, "/claims", "/sources", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const nonce = expectPageHeaders(headersOf(response));
    await expectScriptsCarry(response!, nonce);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // Hydrated: a form's save button waits for JavaScript (disabled in the server's HTML) and is now enabled.
  await page.goto("/claims/new");
  await expect(page.getByRole("button", { name: "Create claim" })).toBeEnabled();
  expect(violations).toEqual([]);
});

test("a form on another site cannot sign a visitor in, through the API or the sign-in page's action", async ({ page, baseURL }) => {
  const viewer = DEMO_ACCOUNTS.viewer;
  const forged = (action: string, enctype: string) => `<!doctype html><title>Win a prize</title>
    <form method="post" action="${baseURL}${action}" enctype="${enctype}">
      <input name="email" value="${viewer.email}"><input name="password" value="${DEMO_PASSWORD}">
      <button>Claim your prize</button>
    </form>`;
  await page.route(`${ATTACKER}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const html = pathname === "/action" ? forged("/sign-in", "multipart/form-data") : forged("/api/auth/sign-in/email", "application/x-www-form-urlencoded");
    return route.fulfill({ status: 200, contentType: "text/html", body: html });
  });

  for (const attackerPage of [`${ATTACKER}/api`, `${ATTACKER}/action`]) {
    await page.goto(attackerPage);
    const [answer] = await Promise.all([page.waitForResponse((response) => response.url().startsWith(baseURL!)), page.getByRole("button", { name: "Claim your prize" }).click()]);
    expect(answer.status(), attackerPage).toBe(403);
    expect(answer.headers()["set-cookie"] ?? "").not.toContain("session_token=");
  }

  // Nobody is signed in: a page still sends the visitor to sign in.
  await page.goto("/events");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fevents$/);
  expect((await page.context().cookies()).filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);
});
