import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn, submitSignIn } from "./support/accounts";

// The header's search box over the demo data: what an editor types, what they expect to find, and the way to
// the record, by keyboard and without JavaScript.

const headerSearch = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: "Search claims, sources and events" });
const group = (page: Page, name: RegExp) => page.getByRole("region", { name });

test("a misspelt place, a group's name without its hyphen and a quoted phrase find what an editor expects", async ({ page }) => {
  await signIn(page, "viewer");

  // By keyboard: the box is in the header on every page; Enter sends it.
  await headerSearch(page).focus();
  await page.keyboard.type("Krasnogorks");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Krasnogorks$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const events = group(page, /^Events/);
  const event = events.getByRole("link", { name: "Attack on Crocus City Hall", exact: true });
  await expect(event).toBeVisible();
  // Other tests record events in Krasnogorsk too: look at the demo event's own result.
  const eventResult = events.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Attack on Crocus City Hall", exact: true }) });
  await expect(eventResult.locator("mark")).toHaveText(["Krasnogorsk"]);
  await expect(eventResult).toContainText("similar name");

  await headerSearch(page).fill("ISIS K");
  await headerSearch(page).press("Enter");
  const claims = group(page, /^Claims/);
  await expect(claims.getByRole("link", { name: /The attack was widely reported to be the work of Islamic State Khorasan \(ISIS-K\)/ })).toBeVisible();
  await expect(group(page, /^Sources/).getByRole("link", { name: "Why ISIS-K has Russia in its terrorist sights", exact: true })).toBeVisible();

  await headerSearch(page).fill('"claimed responsibility"');
  await headerSearch(page).press("Enter");
  const claim = group(page, /^Claims/).getByRole("link", { name: /^Islamic State claimed responsibility for the attack/ });
  await expect(claim).toBeVisible();
  await expect(claim.locator("mark")).toHaveText(["claimed responsibility"]);
  await expect(group(page, /^Sources/).getByRole("link", { name: "Islamic State claims responsibility for Moscow concert hall attack", exact: true })).toBeVisible();

  // The result leads to the claim's page.
  await claim.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/[^/?]+$/);
  await expect(page.getByRole("main")).toContainText("Islamic State claimed responsibility for the attack");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search is a plain form: it sends the words and the results page lists them", async ({ page }) => {
    await page.goto("/sign-in");
    await submitSignIn(page, DEMO_ACCOUNTS.viewer.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/events$/);
    await headerSearch(page).fill("Amaq -Ukraine");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=Amaq\+-Ukraine$/);
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("Amaq -Ukraine");
    await expect(group(page, /^Claims/).getByRole("link", { name: /Amaq news agency/ })).toBeVisible();
    await expect(group(page, /^Claims/)).not.toContainText("Ukraine denied");
  });
});
