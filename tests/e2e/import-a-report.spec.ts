import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { chartMarks, claimIdOfPath, claimIdsOf, houseFigure, metricTab, tallyChart, tallyRows, tallySection, tallyTable } from "./support/tally";

// The story: an editor pastes a wire report into an event of their own, keeps two of the death tolls the
// tool finds in it, drops the rest, and sees the event's tally and chart take in exactly those two figures, each
// citing the report and worded for print as what someone said, not as fact.

// A made-up wire report: two death tolls, an injured figure, and sentences that claim nothing.
const SENTENCE_FIRST_TOLL =
  "At least 12 people were killed when a footbridge over the Varna river collapsed during a festival in the town of Oskelby on Saturday, the regional governor said.";
const SENTENCE_NO_CLAIM = "Rescue divers searched the river until dark, and the festival was called off.";
const SENTENCE_SECOND_TOLL = "By Sunday morning the death toll rose to 19, the Ministry of Emergencies said in a statement.";
const SENTENCE_INJURED = "Another 34 people were injured, according to the ministry.";
const SENTENCE_CLOSING = "The bridge had been inspected in the spring, the town council said.";
const REPORT = [SENTENCE_FIRST_TOLL, SENTENCE_NO_CLAIM, `${SENTENCE_SECOND_TOLL} ${SENTENCE_INJURED}`, SENTENCE_CLOSING].join("\n\n");

test("an editor imports a report, accepts two suggestions, and sees the tally and the chart change", async ({ page }) => {
  const stamp = Date.now();
  const eventTitle = `Footbridge collapse in Oskelby ${stamp}`;
  const reportTitle = `Footbridge collapse kills 19 in Oskelby (${stamp})`;
  const reportUrl = `https://wire.example.org/${stamp}/oskelby-footbridge-collapse`;

  await signIn(page, "editor");

  // A new event of its own, through the events list's form.
  await page.goto("/");
  await expect(page).toHaveURL(/\/events$/);
  // Editors find the importer in the header too.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true })).toHaveAttribute("href", "/import");
  await page.getByRole("link", { name: "New event" }).click();
  const eventForm = page.getByRole("form", { name: "New event" });
  await eventForm.getByLabel("Title", { exact: true }).fill(eventTitle);
  await eventForm.getByLabel("Happened at (UTC)", { exact: true }).fill("2025-05-10T18:30");
  await eventForm.getByLabel("Place", { exact: true }).fill("Oskelby");
  await eventForm.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/events\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: eventTitle })).toBeVisible();
  const eventPath = new URL(page.url()).pathname;

  // Before: no figures, so no house figure, no table and no chart to draw.
  await expect(tallySection(page)).toContainText("No killed figures are recorded for this event yet.");
  await expect(metricTab(page, "Killed", 0)).toBeVisible();
  await expect(tallyChart(page)).toHaveCount(0);
  await expect(tallyTable(page)).toHaveCount(0);
  await expect(page.locator("[data-claim-id]")).toHaveCount(0);

  // The report, pasted into the event's import page.
  await page.getByRole("link", { name: "Import a report" }).click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}/import$`));
  await expect(page.getByRole("heading", { level: 1, name: "Import a report" })).toBeVisible();
  await page.getByLabel("Text of the report", { exact: true }).fill(REPORT);
  await page.getByLabel("URL", { exact: true }).fill(reportUrl);
  await page.getByLabel("Published at (UTC)", { exact: true }).fill("2025-05-11T09:30");
  await page.getByLabel("Source type", { exact: true }).selectOption({ label: "Wire" });
  await page.getByLabel("Title", { exact: true }).fill(reportTitle);
  await page.getByLabel("Publisher", { exact: true }).fill("Example Wire");
  await page.getByRole("button", { name: "Find claims" }).click();

  // Three figures found, in the report's order, each with its sentence; the sentences without a figure give none.
  const suggestionsRegion = page.getByRole("region", { name: /^2\. Suggested claims/ });
  await expect(suggestionsRegion.getByRole("heading", { level: 2 })).toHaveText("2. Suggested claims (3)");
  const cards = suggestionsRegion.getByTestId("suggestion");
  await expect(cards).toHaveCount(3);
  await expect(cards.getByRole("blockquote")).toHaveText([SENTENCE_FIRST_TOLL, SENTENCE_SECOND_TOLL, SENTENCE_INJURED]);
  await expect(cards.getByRole("heading", { level: 3 })).toHaveText([
    "Suggestion 1: Casualty count",
    "Suggestion 2: Casualty count",
    "Suggestion 3: Casualty count",
  ]);
  for (const card of await cards.all()) await expect(card).toHaveAttribute("data-kind", "CASUALTY_COUNT");
  await expect(cards.filter({ hasText: SENTENCE_NO_CLAIM })).toHaveCount(0);
  await expect(cards.filter({ hasText: SENTENCE_CLOSING })).toHaveCount(0);

  const firstToll = cards.filter({ hasText: SENTENCE_FIRST_TOLL });
  const secondToll = cards.filter({ hasText: SENTENCE_SECOND_TOLL });
  const injured = cards.filter({ hasText: SENTENCE_INJURED });
  // What each proposes, in words, before anything is decided.
  await expect(firstToll).toContainText("at least 12 killed");
  await expect(secondToll).toContainText("19 killed");
  await expect(injured).toContainText("34 injured");
  const counter = page.getByRole("form", { name: "Import the accepted claims" }).getByRole("status").filter({ hasText: /accepted, / });
  await expect(counter).toHaveText("0 accepted, 0 discarded, 3 undecided");

  // Keep the two death tolls, drop the injured figure.
  for (const card of [firstToll, secondToll]) {
    const accept = card.getByRole("button", { name: /^Accept suggestion \d+$/ });
    await accept.click();
    await expect(accept).toHaveAttribute("aria-pressed", "true");
    await expect(card).toHaveAttribute("data-decision", "accepted");
  }
  await injured.getByRole("button", { name: /^Discard suggestion \d+$/ }).click();
  await expect(injured).toHaveAttribute("data-decision", "discarded");
  await expect(injured.getByRole("button", { name: /^Undo discard of suggestion \d+$/ })).toBeFocused();
  await expect(counter).toHaveText("2 accepted, 1 discarded, 0 undecided");

  await page.getByRole("button", { name: "Import 2 accepted claims" }).click();

  // What was recorded: a new source for the report, and the two claims.
  const done = page.getByRole("region", { name: "Imported 2 claims" });
  await expect(done.getByRole("heading", { name: "Imported 2 claims" })).toBeFocused();
  await expect(done).toContainText("Recorded the report as a new source:");
  await expect(done.getByRole("link", { name: reportTitle })).toBeVisible();
  const claimLinks = done.getByRole("listitem").getByRole("link");
  await expect(claimLinks).toHaveCount(2);
  const firstClaimLink = claimLinks.filter({ hasText: "At least 12 people were killed" });
  const secondClaimLink = claimLinks.filter({ hasText: "the death toll rose to 19" });
  const firstClaimId = claimIdOfPath((await firstClaimLink.getAttribute("href")) ?? "");
  const secondClaimId = claimIdOfPath((await secondClaimLink.getAttribute("href")) ?? "");
  expect(firstClaimId).not.toBe("");
  expect(secondClaimId).not.toBe("");
  expect(firstClaimId).not.toBe(secondClaimId);

  await done.getByRole("link", { name: `Go to the event: ${eventTitle}` }).click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}$`));

  // After: both death tolls in the order reported, with their qualifiers; the discarded injured figure is not there.
  await expect(metricTab(page, "Killed", 2)).toBeVisible();
  await expect(metricTab(page, "Killed", 2)).toHaveAttribute("aria-current", "page");
  await expect(metricTab(page, "Injured", 0)).toBeVisible();
  const rows = tallyRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-claim-id", firstClaimId);
  await expect(rows.nth(1)).toHaveAttribute("data-claim-id", secondClaimId);
  // The figure links to its claim; a row may also link to a flag about it.
  await expect(rows.nth(0).getByRole("link").first()).toHaveText("at least 12 killed");
  await expect(rows.nth(1).getByRole("link").first()).toHaveText("19 killed");
  await expect(rows.nth(0)).toContainText("regional governor");
  await expect(rows.nth(1)).toContainText("Ministry of Emergencies");
  await expect(rows.nth(0)).toContainText("Unrated");
  await expect(page.getByRole("heading", { level: 3, name: "Every figure, in the order reported (2)" })).toBeVisible();
  // Neither figure is confirmed yet, so there is still nothing to print.
  await expect(houseFigure(page)).toHaveText("No house figure yet");

  // The chart now draws exactly these two figures (it drew nothing before), and says so in words.
  const chart = tallyChart(page);
  await expect(chart).toBeVisible();
  await expect(chartMarks(chart)).toHaveCount(2);
  expect((await claimIdsOf(chartMarks(chart))).sort()).toEqual([firstClaimId, secondClaimId].sort());
  await expect(chart.locator("[data-claim-id]", { hasText: "at least 12 killed" })).toHaveAttribute("data-claim-id", firstClaimId);
  await expect(tallySection(page)).toContainText("Killed: 2 figures from 12 to 19 on 11 May 2025.");

  // One imported claim: the report is its source, its sentence the excerpt, and the wording attributes the figure.
  await rows.nth(0).getByRole("link", { name: "at least 12 killed" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${firstClaimId}$`));
  await expect(page.getByRole("heading", { level: 2, name: "Evidence (1)" })).toBeVisible();
  const evidence = page.getByRole("row").filter({ has: page.getByRole("link", { name: reportTitle, exact: true }) });
  await expect(evidence).toHaveCount(1);
  await expect(evidence).toContainText("Example Wire");
  await expect(evidence).toContainText("Supports");
  await expect(evidence.locator("q")).toHaveText(SENTENCE_FIRST_TOLL);

  const wordingPanel = page.getByRole("region", { name: "What we may print" });
  await expect(wordingPanel).toContainText("Attributed — not stated as fact");
  await expect(wordingPanel.getByText("Stated as fact", { exact: true })).toHaveCount(0);
  const wording = page.getByTestId("claim-wording");
  await expect(wording).toHaveText(/^Regional governor said at least 12 people were killed; /);
  await expect(wording).toContainText("not been independently verified");
  await expect(wording).not.toHaveText(/^At least 12 people were killed/);
});
