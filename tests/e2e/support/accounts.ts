import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

// The embedded demo database's accounts (seeded by `claimdesk-db prepare`, listed on the sign-in page), and
// signing in and out through the real sign-in form and the header's button, as a person does.
//
// Sign-in is rate-limited on FAILED attempts (5 per account, 30 per address in 15 minutes, for the whole run):
// these helpers only ever sign in with the right password, so they never use up that allowance.

export type DemoRole = "admin" | "reviewer" | "editor" | "viewer";

export interface Account {
  email: string;
  name: string;
  /** The role badge's words in the header and the history ("Reviewer Ben Okafor concluded it ..."). */
  roleLabel: string;
}

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_ACCOUNTS: Readonly<Record<DemoRole, Account>> = {
  admin: { email: "admin@claimdesk.test", name: "Dana Reyes", roleLabel: "Admin" },
  reviewer: { email: "reviewer@claimdesk.test", name: "Ben Okafor", roleLabel: "Reviewer" },
  editor: { email: "editor@claimdesk.test", name: "Ana Petrova", roleLabel: "Editor" },
  viewer: { email: "viewer@claimdesk.test", name: "Vic Moreau", roleLabel: "Viewer" },
};

/** The header's "who is signed in": the person's name and role badge. */
export const signedInAs = (page: Page) => page.getByRole("banner").locator(".account-who");

/** Fills in and sends the sign-in form on the page as it is (the sign-in page, possibly with ?next=). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** Waits until the header says who is signed in. */
export async function expectSignedIn(page: Page, account: Pick<Account, "name" | "roleLabel">): Promise<void> {
  await expect(signedInAs(page)).toContainText(account.name);
  await expect(signedInAs(page)).toContainText(account.roleLabel);
}

/**
 * Signs in as one of the demo accounts through the sign-in form and waits for the header to show them.
 * With `next`, starts from that page (which sends a signed-out visitor to sign in) and ends back on it.
 */
export async function signIn(page: Page, role: DemoRole, { next }: { next?: string } = {}): Promise<Account> {
  const account = DEMO_ACCOUNTS[role];
  await page.goto(next ?? "/sign-in");
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await submitSignIn(page, account.email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
  await expectSignedIn(page, account);
  return account;
}

/** Signs out with the header's button; the sign-in page follows. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

/** A fresh browser context (its own cookies) with one page, signed in as `role`: a second person at their desk. */
export async function openAs(browser: Browser, role: DemoRole): Promise<{ context: BrowserContext; page: Page; account: Account }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signIn(page, role);
  return { context, page, account };
}
