import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn, submitSignIn } from "./support/accounts";

// The pages on a phone (nothing scrolls sideways: the header wraps, wide tables scroll in their own box), a long
// unbroken word on a desktop screen, and the forms without JavaScript (they wait for it instead of losing what
// was typed).

/** How much wider the document is than the window: 0 when nothing scrolls sideways. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The tRPC API as the signed-in page calls it (same origin, its session cookie). */
async function mutate<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ procedure, input }) => {
      const response = await fetch(`/api/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      return { status: response.status, body: await response.json() };
    },
    { procedure, input },
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.result.data.json as T;
}

test.describe("on a phone, 390 pixels wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header wraps and no page scrolls sideways", async ({ page }) => {
    await signIn(page, "editor");
    const banner = page.getByRole("banner");
    for (const control of [banner.getByRole("link", { name: "Import" }), banner.getByRole("link", { name: "Your account" }), banner.getByRole("button", { name: "Sign out" })]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }

    await page.goto("/claims");
    const claimPath = await page.getByRole("table").getByRole("link").first().getAttribute("href");
    expect(claimPath).toMatch(/^\/claims\/[^/]+$/);
    for (const path of ["/events", "/events/demo-crocus-city-hall", "/claims", claimPath as string, "/sources"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBe(0);
    }
  });
});

test("at 1280 pixels a long unbroken claimant wraps in its cell, and the evidence table's Detach stays in view", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "editor");
  const stamp = Date.now();
  const claimant = `MinistryOfDefence${"Pressoffice".repeat(14)}${stamp}`;
  const claim = await mutate<{ id: string }>(page, "claim.create", { kind: "STATEMENT", text: `A claimant with a very long name (${stamp}).`, claimant });
  await mutate(page, "evidence.attach", {
    claimId: claim.id,
    stance: "SUPPORTS",
    excerpt: "The words that matter, as the source printed them.",
    source: { url: `https://news.example.org/${stamp}/a-rather-long-address-for-the-report-itself`, title: "A report", publisher: `Publisher ${stamp}` },
  });

  await page.goto(`/claims?q=${stamp}`);
  await expect(page.getByRole("cell", { name: claimant })).toBeVisible();
  expect(await sidewaysOverflow(page), "the claims list scrolls sideways").toBe(0);
  const wrap = page.locator(".table-wrap").first();
  expect(await wrap.evaluate((box) => box.scrollWidth - box.clientWidth), "the claims table scrolls in its box").toBe(0);

  await page.goto(`/claims/${claim.id}`);
  const evidence = page.locator(".table-wrap", { has: page.locator(".evidence-table") });
  const detach = evidence.getByRole("button", { name: `Detach Publisher ${stamp}` });
  await expect(detach).toBeVisible();
  const [button, box] = await Promise.all([detach.boundingBox(), evidence.boundingBox()]);
  expect(button && box && button.x + button.width <= box.x + box.width, "Detach is inside the evidence table's box").toBe(true);
  expect(await sidewaysOverflow(page), "the claim page scrolls sideways").toBe(0);

  // The same long name on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page), "the claim page scrolls sideways at 390 pixels").toBe(0);
  await page.goto(`/claims?q=${stamp}`);
  expect(await sidewaysOverflow(page), "the claims list scrolls sideways at 390 pixels").toBe(0);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("pages say that saving needs JavaScript, and forms wait for it instead of losing what was typed", async ({ page }) => {
    // Signing in posts to a server action: it works without JavaScript.
    await page.goto("/sign-in");
    await submitSignIn(page, DEMO_ACCOUNTS.editor.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/events$/);
    // (Playwright's text matching skips <noscript> itself: look at the notice inside it.)
    const notice = page.getByRole("main").locator(".noscript-notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("JavaScript is off in your browser. Reading works without it");

    await page.goto("/events/new");
    const form = page.getByRole("form", { name: "New event" });
    await form.getByLabel("Title", { exact: true }).fill("Typed without JavaScript");
    await expect(form.getByRole("button", { name: "Create event" })).toBeDisabled();
    // Enter would send a form whose button is enabled; give a reload the moment it would need.
    await form.getByLabel("Title", { exact: true }).press("Enter");
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/events\/new$/);
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Typed without JavaScript");
  });
});
