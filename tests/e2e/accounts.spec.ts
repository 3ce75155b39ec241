import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectSignedIn, signIn, signOut, signedInAs, submitSignIn } from "./support/accounts";

// Accounts as people meet them: the sign-in wall, a mistyped password, an admin inviting a colleague who then
// chooses a password and signs in, signing out.

/** Text to match literally inside a RegExp. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a signed-out visit to the claims list goes to sign-in and comes back there after signing in", async ({ page }) => {
  await page.goto("/claims?stage=IN_REVIEW");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclaims%3Fstage%3DIN_REVIEW$/);
  await expect(page.getByRole("heading", { name: "Sign in to Claimdesk" })).toBeVisible();
  await expect(page.getByText("Sign in to continue to the page you asked for.")).toBeVisible();
  // The embedded demo lists its accounts, one per role.
  const demo = page.getByRole("region", { name: "Demo accounts" });
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    await expect(demo.getByRole("row", { name: new RegExp(`^${literally(account.email)} `) })).toContainText(account.name);
  }
  // Nothing of the newsroom's shows before signing in.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  await submitSignIn(page, DEMO_ACCOUNTS.reviewer.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/claims\?stage=IN_REVIEW$/);
  await expect(page.getByRole("heading", { level: 1, name: /Claims/ })).toBeVisible();
  await expectSignedIn(page, DEMO_ACCOUNTS.reviewer);
  // Only admins manage people.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("a wrong password and an unknown account get the same message, and the email stays typed", async ({ page }) => {
  // Two failed attempts in all (the limit is 5 per account and 30 per address): then the right password.
  const account = DEMO_ACCOUNTS.viewer;
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });

  await submitSignIn(page, account.email, "not-the-password");
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("You are not signed in");
  await expect(alert).toContainText("Wrong email or password.");
  await expect(form.getByLabel("Email", { exact: true })).toHaveValue(account.email);
  await expect(form.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page).toHaveURL(/\/sign-in$/);

  const stranger = `nobody-${Date.now()}@claimdesk.test`;
  await submitSignIn(page, stranger, "not-the-password");
  // The answer has come when the password is asked for again.
  await expect(form.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("Email", { exact: true })).toHaveValue(stranger);
  // The very same words: the page does not tell whether an account exists.
  await expect(alert).toContainText("Wrong email or password.");
  await expect(alert).not.toContainText(/no account|not found|unknown/i);

  await form.getByLabel("Email", { exact: true }).fill(account.email);
  await form.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expectSignedIn(page, account);
});

test("an admin invites an editor, who chooses a password, signs in and signs out", async ({ page, browser }) => {
  const stamp = Date.now();
  const invitee = { name: `Nora Lind ${stamp}`, email: `nora.lind.${stamp}@claimdesk.test`, roleLabel: "Editor", password: "harbour lantern seventeen" };

  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email", { exact: true }).fill(invitee.email);
  await invite.getByLabel("Name", { exact: true }).fill(invitee.name);
  await invite.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
  await invite.getByRole("button", { name: "Invite" }).click();

  const shown = page.getByRole("region", { name: new RegExp(`^${literally(invitee.name)} is invited as an editor$`) });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText("It is shown only now");
  const link = await shown.getByLabel(`Invitation link for ${invitee.name}`).inputValue();
  expect(link).toMatch(/^http:\/\/[^/]+\/invite\/[^/?#]+$/);
  const row = page.getByRole("row", { name: new RegExp(literally(invitee.email)) });
  await expect(row).toContainText(invitee.name);
  await expect(row).toContainText("Editor");
  await expect(row).toContainText("Invited");

  // The invited person, on their own machine: no session, only the link.
  const theirs = await browser.newContext();
  try {
    const newcomer = await theirs.newPage();
    await newcomer.goto(link);
    await expect(newcomer).toHaveURL(/\/invite\//);
    await expect(newcomer.getByRole("heading", { name: "Accept your invitation to Claimdesk" })).toBeVisible();
    const choose = newcomer.getByRole("form", { name: "Choose your password" });
    await choose.getByLabel("Password", { exact: true }).fill(invitee.password);
    await choose.getByLabel("Password again", { exact: true }).fill(invitee.password);
    await choose.getByRole("button", { name: "Set password" }).click();

    await expect(newcomer).toHaveURL(/\/sign-in\?/);
    await expect(newcomer.getByText("Your password is set. Sign in with it to start.")).toBeVisible();
    const signInForm = newcomer.getByRole("form", { name: "Sign in" });
    await expect(signInForm.getByLabel("Email", { exact: true })).toHaveValue(invitee.email);
    await signInForm.getByLabel("Password", { exact: true }).fill(invitee.password);
    await signInForm.getByRole("button", { name: "Sign in" }).click();
    await expect(newcomer).toHaveURL(/\/events$/);
    await expectSignedIn(newcomer, invitee);
    // An editor may record claims; only admins see Users.
    await newcomer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
    await expect(newcomer.getByRole("link", { name: "New claim" })).toBeVisible();
    await expect(newcomer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);

    // The link was for one use: opened again, it says so before anyone types a password.
    const again = await browser.newContext();
    try {
      const replay = await again.newPage();
      await replay.goto(link);
      await expect(replay.getByRole("heading", { level: 1, name: "This invitation link is not valid" })).toBeVisible();
      await expect(replay.getByRole("form", { name: "Choose your password" })).toHaveCount(0);
      await expect(replay).toHaveURL(/\/invite\//);
    } finally {
      await again.close();
    }

    await signOut(newcomer);
    await expect(signedInAs(newcomer)).toHaveCount(0);
    // Signed out means signed out: the claims list asks to sign in again.
    await newcomer.goto("/claims");
    await expect(newcomer).toHaveURL(/\/sign-in\?next=%2Fclaims$/);
  } finally {
    await theirs.close();
  }

  // The admin's list now shows the account as active.
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(literally(invitee.email)) })).toContainText("Active");
});

test("a mistyped or unknown invitation link says it is not valid at once, without a password form", async ({ page }) => {
  const response = await page.goto("/invite/not-a-real-invitation-token");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This invitation link is not valid" })).toBeVisible();
  await expect(page.getByText("Ask an admin of your newsroom for a new one.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Choose your password" })).toHaveCount(0);
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "sign in" })).toHaveAttribute("href", "/sign-in");
});

test("deactivating an account asks first, with an optional reason, like deleting a record", async ({ page }) => {
  const stamp = Date.now();
  const person = { name: `Omar Haddad ${stamp}`, email: `omar.haddad.${stamp}@claimdesk.test` };
  await signIn(page, "admin", { next: "/admin/users" });
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email", { exact: true }).fill(person.email);
  await invite.getByLabel("Name", { exact: true }).fill(person.name);
  await invite.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await invite.getByRole("button", { name: "Invite" }).click();
  // The person's own row (the Manage panel opens in a row below it).
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: person.email, exact: true }) });
  await expect(row).toContainText("Invited");

  await row.getByRole("button", { name: `Manage ${person.name}` }).click();
  const manage = page.getByRole("group", { name: `Manage ${person.name}` });
  const status = manage.getByRole("form", { name: `Deactivate account of ${person.name}` });
  const deactivate = status.getByRole("button", { name: `Deactivate ${person.name}`, exact: true });

  // One click only asks; Cancel (or Escape) leaves the account as it was and gives the keyboard back.
  await deactivate.click();
  await expect(status).toContainText(`Deactivate ${person.name}'s account? They are signed out at once.`);
  await expect(status.getByLabel("Reason", { exact: true })).toBeFocused();
  await status.getByRole("button", { name: "Cancel" }).click();
  await expect(deactivate).toBeFocused();
  await expect(status.getByRole("button", { name: /^Yes, deactivate/ })).toHaveCount(0);
  await expect(row).toContainText("Invited");

  await deactivate.click();
  await status.getByLabel("Reason", { exact: true }).fill(`Left the newsroom (${stamp})`);
  await status.getByRole("button", { name: `Yes, deactivate ${person.name}` }).click();
  await expect(manage.getByRole("status").filter({ hasText: `${person.name}'s account is deactivated.` })).toBeVisible();
  await expect(row).toContainText("Deactivated");
  // Reactivating harms nobody: it stays one step.
  await expect(manage.getByRole("button", { name: `Reactivate ${person.name}` })).toBeVisible();
});

test("the admin pages refuse other roles as the other 403 pages do, with a way back", async ({ page }) => {
  await signIn(page, "editor");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed for your role" })).toBeVisible();
  await expect(page).toHaveTitle("Not allowed · Claimdesk");
  await expect(page.getByRole("main")).toContainText("Your role (Editor) cannot manage people.");
  await page.getByRole("link", { name: "Back to the events" }).click();
  await expect(page).toHaveURL(/\/events$/);
});

test("signed in, a sign-in link whose next page is not a plain local path goes home instead of failing", async ({ page }) => {
  await signIn(page, "viewer");
  // Ideographic space, line separator, a control character, another site, a backslash.
  for (const next of ["/%E3%80%80x", "/%E2%80%A8x", "/%01x", "//example.org/x", "/%5Cexample.org"]) {
    const response = await page.goto(`/sign-in?next=${next}`);
    expect(response?.status(), next).toBe(200);
    await expect(page, next).toHaveURL(/\/events$/);
  }
  // A plain local path is still where signing in leads.
  await page.goto("/sign-in?next=%2Fclaims%3Fstage%3DNEW");
  await expect(page).toHaveURL(/\/claims\?stage=NEW$/);
});
