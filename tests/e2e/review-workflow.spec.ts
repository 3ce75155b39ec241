import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, openAs } from "./support/accounts";

// The review workflow as the newsroom lives it: an editor records a claim with its source, researches it and
// sends it to review; a reviewer concludes it; the claim's history tells who did what; a viewer reads it all
// and can change nothing. Each person works in a browser context of their own, signed in through the form.

const editor = DEMO_ACCOUNTS.editor;
const reviewer = DEMO_ACCOUNTS.reviewer;

/** The claim page's "Review" panel. */
const reviewPanel = (page: Page) => page.getByRole("region", { name: "Review" });

/** The value beside a term in a facts list ("Stage" -> "In review"). */
const fact = (scope: Locator, term: string) =>
  scope
    .locator("dl > div")
    .filter({ has: scope.page().getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole("definition");

/** The claim page's history timeline. */
const historySection = (page: Page) => page.getByRole("region", { name: /^History/ });

/** The history entry whose sentence contains `text`. */
const historyEntry = (page: Page, text: string | RegExp) => historySection(page).getByRole("listitem").filter({ hasText: text });

async function expectStage(page: Page, stage: string, verdict: string) {
  await expect(fact(reviewPanel(page), "Stage")).toHaveText(stage);
  await expect(fact(reviewPanel(page), "Verdict")).toHaveText(verdict);
}

/** Records a statement claim through the "New claim" form; returns its page's path. */
async function recordClaim(page: Page, text: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  await page.getByRole("link", { name: "New claim" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Kind", { exact: true }).selectOption("STATEMENT");
  await form.getByLabel("Text as reported", { exact: true }).fill(text);
  await form.getByLabel("Claimant", { exact: true }).fill("Ministry of Health");
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("main")).toContainText(text);
  await expectStage(page, "New", "Unrated");
  return new URL(page.url()).pathname;
}

/** Attaches a new source to the claim on the page, as supporting evidence. */
async function attachSource(page: Page, publisher: string) {
  const attach = page.getByRole("form", { name: "Attach a source as evidence" });
  await attach.getByLabel("Enter a new one").check();
  await attach.getByLabel("URL", { exact: true }).fill(`https://news.example.org/${Date.now()}/hospital-figures`);
  await attach.getByLabel("Title", { exact: true }).fill("Ministry publishes hospital figures");
  await attach.getByLabel("Publisher", { exact: true }).fill(publisher);
  await attach.getByLabel("Type", { exact: true }).selectOption("OFFICIAL_STATEMENT");
  await attach.getByLabel("Reliability", { exact: true }).selectOption("B");
  await attach.getByLabel("Stance", { exact: true }).selectOption("SUPPORTS");
  await attach.getByLabel("Credibility", { exact: true }).selectOption("2");
  await attach.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByRole("row", { name: new RegExp(publisher) })).toBeVisible();
}

/** Makes one move with the review panel's button and its small form; waits for the panel to show the new stage. */
async function move(page: Page, label: string, newStage: string, note?: string) {
  const panel = reviewPanel(page);
  await panel.getByRole("group", { name: "Move this claim" }).getByRole("button", { name: label, exact: true }).click();
  const form = panel.getByRole("form", { name: label });
  if (note) await form.getByLabel("Note for the history", { exact: true }).fill(note);
  await form.getByRole("button", { name: `Confirm: ${label.toLowerCase()}` }).click();
  await expect(panel.getByRole("status").filter({ hasText: `Moved to ${newStage}.` })).toBeVisible();
  await expect(fact(panel, "Stage")).toHaveText(newStage);
}

test.describe.serial("a claim from research to verdict", () => {
  const stamp = Date.now();
  const marker = `field hospitals ${stamp}`;
  const claimText = `The ministry said 14 ${marker} were opened near the front line.`;
  const publisher = `Ministry of Health press office ${stamp}`;
  const reviewNote = `Figures match the ministry's own release (${stamp}).`;
  const verdictNote = `Confirmed against the ministry's published list and two local reports (${stamp}).`;
  let claimPath = "";

  test("an editor records a claim with a source, starts research and sends it to review", async ({ browser }) => {
    const { context, page } = await openAs(browser, "editor");
    try {
      claimPath = await recordClaim(page, claimText);
      await attachSource(page, publisher);

      await move(page, "Start research", "Researching");
      await move(page, "Send to review", "In review", reviewNote);

      // An editor may send it back, but concluding is for reviewers.
      const panel = reviewPanel(page);
      await expect(panel.getByRole("button", { name: "Send back to research", exact: true })).toBeVisible();
      await expect(panel.getByRole("button", { name: "Conclude", exact: true })).toHaveCount(0);
      await expect(panel).toContainText("Conclude: needs a reviewer or higher.");

      await expect(historyEntry(page, `${editor.roleLabel} ${editor.name} started research on it`)).toBeVisible();
      const sent = historyEntry(page, `${editor.roleLabel} ${editor.name} sent it to review`);
      await expect(sent).toBeVisible();
      await expect(sent).toContainText(`Note: ${reviewNote}`);
    } finally {
      await context.close();
    }
  });

  test("a reviewer concludes it CONFIRMED with a note, and the history shows both moves", async ({ browser }) => {
    expect(claimPath, "the editor's test made the claim").not.toBe("");
    const { context, page } = await openAs(browser, "reviewer");
    try {
      await page.goto(claimPath);
      await expectStage(page, "In review", "Unrated");

      const panel = reviewPanel(page);
      await panel.getByRole("group", { name: "Move this claim" }).getByRole("button", { name: "Conclude", exact: true }).click();
      const conclude = panel.getByRole("form", { name: "Conclude" });
      // Without a verdict and a note the claim is not concluded, and the form says why beside the fields.
      await conclude.getByRole("button", { name: "Confirm: conclude" }).click();
      await expect(conclude.getByRole("alert")).toContainText("The claim was not concluded");
      await expect(fact(panel, "Stage")).toHaveText("In review");

      await conclude.getByLabel("Verdict", { exact: true }).selectOption({ label: "Confirmed" });
      await conclude.getByLabel("Verdict note", { exact: true }).fill(verdictNote);
      await conclude.getByRole("button", { name: "Confirm: conclude" }).click();
      await expect(panel.getByRole("status").filter({ hasText: "Moved to Concluded." })).toBeVisible();
      await expectStage(page, "Concluded", "Confirmed");
      await expect(panel.getByRole("heading", { name: "Verdict note" })).toBeVisible();
      await expect(panel).toContainText(verdictNote);
      // A concluded claim can be reopened by a reviewer; nothing else moves it.
      await expect(panel.getByRole("group", { name: "Move this claim" }).getByRole("button")).toHaveText(["Reopen"]);
      // Its evidence is locked with it: attaching, changing or detaching waits for a reopening.
      await expect(page.getByTestId("evidence-locked")).toContainText("only after it is reopened");
      await expect(page.getByRole("form", { name: "Attach a source as evidence" })).toHaveCount(0);
      await expect(page.getByRole("region", { name: /^Evidence/ }).getByRole("button")).toHaveCount(0);

      // The history: who (with their role), what, and why, oldest first.
      const sent = historyEntry(page, `${editor.roleLabel} ${editor.name} sent it to review`);
      const concluded = historyEntry(page, `${reviewer.roleLabel} ${reviewer.name} concluded it CONFIRMED: ${verdictNote}`);
      await expect(sent).toBeVisible();
      await expect(concluded).toBeVisible();
      const sentences = await historySection(page).getByRole("listitem").allInnerTexts();
      const sentAt = sentences.findIndex((text) => text.includes("sent it to review"));
      const concludedAt = sentences.findIndex((text) => text.includes("concluded it CONFIRMED"));
      expect(sentAt).toBeGreaterThanOrEqual(0);
      expect(concludedAt).toBeGreaterThan(sentAt);
    } finally {
      await context.close();
    }
  });

  test("a viewer reads the concluded claim and its history, and has no way to change it", async ({ browser }) => {
    expect(claimPath, "the editor's test made the claim").not.toBe("");
    const { context, page } = await openAs(browser, "viewer");
    try {
      // Found the way a reader finds it: the claims list, filtered.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
      await expect(page.getByRole("link", { name: "New claim" })).toHaveCount(0);
      await page.getByLabel("Search claims", { exact: true }).fill(marker);
      await page.getByRole("button", { name: "Apply filters" }).click();
      const row = page.getByRole("row").filter({ hasText: marker });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText("Concluded");
      await expect(row).toContainText("Confirmed");
      await row.getByRole("link").first().click();
      await expect(page).toHaveURL(new RegExp(`${claimPath}$`));

      await expectStage(page, "Concluded", "Confirmed");
      await expect(reviewPanel(page)).toContainText(verdictNote);
      await expect(page.getByRole("row", { name: new RegExp(publisher) })).toBeVisible();
      await expect(historyEntry(page, `${editor.roleLabel} ${editor.name} started research on it`)).toBeVisible();
      await expect(historyEntry(page, `${editor.roleLabel} ${editor.name} sent it to review`)).toBeVisible();
      await expect(historyEntry(page, `${reviewer.roleLabel} ${reviewer.name} concluded it CONFIRMED: ${verdictNote}`)).toBeVisible();

      // Nothing to edit, move, attach, delete or comment with.
      const main = page.getByRole("main");
      await expect(main.getByRole("link", { name: "Edit claim" })).toHaveCount(0);
      await expect(main.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
      await expect(main.getByRole("group", { name: "Move this claim" })).toHaveCount(0);
      for (const label of ["Start research", "Send to review", "Send back to research", "Conclude", "Reopen"]) {
        await expect(main.getByRole("button", { name: label, exact: true })).toHaveCount(0);
      }
      await expect(reviewPanel(page)).toContainText("Your role (Viewer) can read the review but not move the claim along.");
      await expect(main.getByRole("form", { name: "Attach a source as evidence" })).toHaveCount(0);
      await expect(main.getByRole("button", { name: "Attach source" })).toHaveCount(0);
      await expect(main.getByRole("row", { name: new RegExp(publisher) }).getByRole("button")).toHaveCount(0);
      await expect(main.getByRole("region", { name: /^Comments/ })).toBeVisible();
      await expect(main.getByRole("form", { name: "Add a comment" })).toHaveCount(0);
      await expect(main.getByRole("button", { name: "Add comment" })).toHaveCount(0);
      // No field to type into or choose from anywhere on the page.
      await expect(main.getByRole("textbox")).toHaveCount(0);
      await expect(main.getByRole("combobox")).toHaveCount(0);

      // The edit page, opened by its address, refuses plainly instead of showing a form.
      await page.goto(`${claimPath}/edit`);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed for your role" })).toBeVisible();
      await expect(main).toContainText("Your role (Viewer) can read but not change claims. To edit a claim you need the Editor role or higher.");
      await expect(page.getByRole("form", { name: "Edit claim" })).toHaveCount(0);
      await expect(main.getByRole("textbox")).toHaveCount(0);
      await page.getByRole("link", { name: "Back to the claim" }).click();
      await expect(page).toHaveURL(new RegExp(`${claimPath}$`));

      // And the API, asked directly with the viewer's session, refuses the move too.
      const refused = await page.request.post("/api/trpc/claim.transition", {
        data: { json: { id: claimPath.split("/").at(-1), version: 1, to: "RESEARCHING", note: "Reopened by a viewer" } },
      });
      expect(refused.status()).toBe(403);
      await page.reload();
      await expectStage(page, "Concluded", "Confirmed");
    } finally {
      await context.close();
    }
  });
});

test("a reviewer cannot conclude a claim they alone researched (four-eyes rule)", async ({ browser }) => {
  const stamp = Date.now();
  const publisher = `Regional health office ${stamp}`;
  const note = `Checked only by myself (${stamp}).`;
  const { context, page } = await openAs(browser, "reviewer");
  try {
    await recordClaim(page, `The regional office said 9 clinics ${stamp} reopened after the strikes.`);
    await attachSource(page, publisher);
    await move(page, "Start research", "Researching");
    await move(page, "Send to review", "In review");

    const panel = reviewPanel(page);
    await panel.getByRole("group", { name: "Move this claim" }).getByRole("button", { name: "Conclude", exact: true }).click();
    const conclude = panel.getByRole("form", { name: "Conclude" });
    await expect(conclude).toContainText("The four-eyes rule: you cannot conclude a claim you alone researched; another reviewer must.");
    await conclude.getByLabel("Verdict", { exact: true }).selectOption({ label: "Confirmed" });
    await conclude.getByLabel("Verdict note", { exact: true }).fill(note);
    await conclude.getByRole("button", { name: "Confirm: conclude" }).click();

    const alert = conclude.getByRole("alert");
    await expect(alert).toContainText("The claim was not concluded");
    await expect(alert).toContainText("You alone researched this claim: another reviewer must conclude it (four-eyes rule)");
    // What was typed stays; the claim stays where it was, and the history records no verdict.
    await expect(conclude.getByLabel("Verdict note", { exact: true })).toHaveValue(note);
    await page.reload();
    await expectStage(page, "In review", "Unrated");
    await expect(historyEntry(page, `${reviewer.roleLabel} ${reviewer.name} sent it to review`)).toBeVisible();
    await expect(historyEntry(page, /concluded it/)).toHaveCount(0);
  } finally {
    await context.close();
  }
});
