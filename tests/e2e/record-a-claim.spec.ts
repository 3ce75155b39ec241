import { expect, test } from "@playwright/test";
import { openAs, signIn } from "./support/accounts";

// A newcomer's first visit: sign in as the demo editor, find the demo story, record a casualty figure with its
// source, find it again.

test("an editor records a casualty-count claim with a source and finds it in the claims list", async ({ page }) => {
  const marker = `Kherson market ${Date.now()}`;

  await signIn(page, "editor");
  await page.goto("/");
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("link", { name: "Attack on Crocus City Hall" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  await page.getByRole("link", { name: "New claim" }).click();

  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Kind").selectOption("CASUALTY_COUNT");
  await form.getByLabel("Text as reported").fill(`At least 17 people were killed when a shell hit the ${marker}, the governor said.`);
  await form.getByLabel("Claimant").fill("Regional governor");
  await form.getByLabel("Metric").selectOption("KILLED");
  await form.getByLabel("Qualifier").selectOption("AT_LEAST");
  // A mistake first: the form refuses it beside the field and keeps what was typed.
  await form.getByLabel("Minimum").fill("-17");
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(page.locator(".error-summary")).toContainText("Must be 0 or more");
  await expect(form.getByLabel("Text as reported")).toHaveValue(new RegExp(marker));
  await expect(form.getByLabel("Minimum")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Minimum").fill("17");
  await form.getByLabel("Reported as").fill("at least 17");
  await form.getByRole("button", { name: "Create claim" }).click();

  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByText(/At least 17 killed/i).first()).toBeVisible();

  const attach = page.getByRole("form", { name: "Attach a source as evidence" });
  await attach.getByLabel("Enter a new one").check();
  await attach.getByLabel("URL").fill(`https://news.example.org/${Date.now()}/market-strike`);
  await attach.getByLabel("Title").fill("Shelling hits market");
  await attach.getByLabel("Publisher").fill("Example Wire");
  await attach.getByLabel("Type").selectOption("WIRE");
  await attach.getByLabel("Reliability").selectOption("B");
  await attach.getByLabel("Stance").selectOption("SUPPORTS");
  await attach.getByLabel("Credibility").selectOption("2");
  await attach.getByRole("button", { name: "Attach source" }).click();

  const evidence = page.getByRole("row", { name: /Example Wire/ });
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText("B – Usually reliable");
  await expect(evidence).toContainText("2 – Probably true");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  await page.getByLabel("Search claims", { exact: true }).fill(marker);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=/);
  const rows = page.getByRole("row").filter({ hasText: marker });
  await expect(rows).toHaveCount(1);
  // Only what matches: the demo event's claims are filtered out.
  await expect(page.getByRole("row").filter({ hasText: /at least 133/i })).toHaveCount(0);
  await expect(rows).toContainText(/at least 17 killed/i);
  await rows.getByRole("link").first().click();
  await expect(page.getByRole("row", { name: /Example Wire/ })).toBeVisible();
});

test("two editors saving the same claim: the second is told of the conflict and keeps their text", async ({ browser }) => {
  const { context, page: first } = await openAs(browser, "editor");
  // This spec makes its own claim through the API, as a newsroom tool would (with the editor's session).
  const created = await first.request.post("/api/trpc/claim.create", {
    data: { json: { kind: "STATEMENT", text: `The ministry said 12 shelters were opened (${Date.now()}).`, claimant: "Ministry" } },
  });
  expect(created.status()).toBe(200);
  const claimId = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;

  await first.goto(`/claims/${claimId}`);
  await first.getByRole("link", { name: "Edit claim" }).click();
  await expect(first).toHaveURL(/\/edit$/);

  const second = await context.newPage();
  await second.goto(first.url());

  await first.getByLabel("Claimant").fill("Ministry of Emergency Situations");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).not.toHaveURL(/\/edit$/);

  await second.getByLabel("Claimant").fill("Edited in the second tab");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText(/Someone else saved this claim \(now version \d+\)/)).toBeVisible();
  await expect(second.getByLabel("Claimant")).toHaveValue("Edited in the second tab");

  await second.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(second.getByLabel("Claimant")).toHaveValue("Ministry of Emergency Situations");
  await context.close();
});
