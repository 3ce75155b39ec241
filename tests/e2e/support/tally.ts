import type { Locator, Page } from "@playwright/test";

// The event page's tally as a reader finds it: the "Tally" section, its house figure, the table of every figure
// and the chart. The chart and the table mark each figure with the claim it comes from (data-claim-id), which
// is how a spec tells which figures are drawn.

/** The event page's "Tally" section. */
export const tallySection = (page: Page) => page.getByRole("region", { name: "Tally", exact: true });

/** The tally's tab for one metric, named with its number of figures: "Killed, 2 figures". */
export const metricTab = (page: Page, metric: string, figures: number) =>
  page
    .getByRole("navigation", { name: "Casualty metrics" })
    .getByRole("link", { name: `${metric}, ${figures} ${figures === 1 ? "figure" : "figures"}`, exact: true });

/** The house figure the newsroom may print now ("At least 133 killed", or "No house figure yet"). */
export const houseFigure = (page: Page) => tallySection(page).getByTestId("house-figure");

/** The "Under each rule" table: one row per rule, headed by the rule's name. */
export const rulesTable = (page: Page) => tallySection(page).getByTestId("house-figure-rules");

/** The table of every figure of the shown metric, in the order reported. */
export const tallyTable = (page: Page) => tallySection(page).getByTestId("tally-table");

/** The figure rows of that table (each links to its claim); the header row has no link. */
export const tallyRows = (page: Page) => tallyTable(page).getByRole("row").filter({ has: page.getByRole("link") });

/** The SVG chart of the shown metric ("How the figure moved"). */
export const tallyChart = (page: Page) => tallySection(page).getByTestId("tally-chart");

/** The chart's marks, one per figure drawn. */
export const chartMarks = (chart: Locator) => chart.locator("[data-claim-id]");

/** The claim ids of the locator's elements' data-claim-id, in document order. */
export async function claimIdsOf(elements: Locator): Promise<string[]> {
  const ids = await Promise.all((await elements.all()).map((element) => element.getAttribute("data-claim-id")));
  return ids.map((id) => id ?? "");
}

/** The claim id at the end of a claim page's path ("/claims/abc" -> "abc"). */
export const claimIdOfPath = (path: string) => path.split("/").at(-1) ?? "";
