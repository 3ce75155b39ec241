import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";

// A newcomer records "at least 133 killed" from the same claimant a second time. The form warns while they type,
// offering to add their source to the claim already recorded; saving anyway is refused with a link to the first
// claim, and only an explicit "save anyway" records a second one. The spec makes its own event and first claim.

async function call(page: Page, procedure: string, input: unknown): Promise<{ id: string }> {
  const reply = await page.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(reply.status(), await reply.text()).toBe(200);
  return ((await reply.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
}

test("the claim form warns of a claim already recorded, and the refusal links to it", async ({ page }) => {
  await signIn(page, "editor");
  const event = await call(page, "event.create", { title: `Attack on a concert hall ${Date.now()}`, location: "Krasnogorsk" });
  const claimant = "Investigative Committee";
  const first = await call(page, "claim.create", {
    eventId: event.id,
    kind: "CASUALTY_COUNT",
    text: "At least 133 people were killed when gunmen stormed the concert hall.",
    claimant,
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133, reportedAs: "at least 133" },
  });

  await page.goto(`/claims/new?eventId=${event.id}`);
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Kind").selectOption("CASUALTY_COUNT");
  await form.getByLabel("Text as reported").fill("The death toll has risen to at least 133, investigators said.");
  await form.getByLabel("Claimant").fill(claimant.toLowerCase());
  await form.getByLabel("Metric").selectOption("KILLED");
  await form.getByLabel("Qualifier").selectOption("AT_LEAST");
  await form.getByLabel("Minimum").fill("133");

  // The warning, before saving: the first claim, what matched, and where to add the source instead.
  const warning = page.getByTestId("similar-claims");
  await expect(warning.getByRole("status")).toHaveText(/This claim is already recorded/);
  await expect(warning.getByRole("link", { name: /At least 133 killed/ })).toHaveAttribute("href", `/claims/${first.id}`);
  await expect(warning).toContainText("The same claimant gave the same figure for this event");
  await expect(warning.getByRole("link", { name: "Add your source to this claim instead" })).toHaveAttribute("href", `/claims/${first.id}#attach-heading`);

  // Saving anyway is refused, with a link to the first claim; what was typed stays.
  await form.getByRole("button", { name: "Create claim" }).click();
  const refusal = page.getByTestId("duplicate-refusal");
  await expect(refusal).toContainText("This claim is already recorded");
  await expect(refusal.getByRole("link", { name: /At least 133 killed/ })).toHaveAttribute("href", `/claims/${first.id}`);
  await expect(refusal.getByRole("link", { name: "Add your source to that claim" })).toHaveAttribute("href", `/claims/${first.id}#attach-heading`);
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(form.getByLabel("Minimum")).toHaveValue("133");
  await expect(page).toHaveURL(/\/claims\/new/);

  // From the keyboard: the editor decides it is a separate assertion and saves it anyway.
  await refusal.getByRole("button", { name: "Save anyway as a separate claim" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/(?!new)[^/]+$/);
  const second = page.url().split("/").at(-1)!;
  expect(second).not.toBe(first.id);

  // Its page pairs it with the first; marked as not a duplicate, the pair is not shown again.
  const duplicates = page.getByTestId("possible-duplicates");
  await expect(duplicates.getByRole("link", { name: /At least 133 killed/ })).toHaveAttribute("href", `/claims/${first.id}`);
  await duplicates.getByRole("button", { name: /Not a duplicate/ }).click();
  await expect(duplicates).toHaveCount(0);
});
