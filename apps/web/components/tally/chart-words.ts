import { countOf, figureNumber } from "@claimdesk/schemas";
import type { ChartFigure } from "./chart-geometry";

// What the tally chart shows, in words: its <desc> for a screen reader, and the same sentence for anyone.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const dayMonth = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
const fullDate = (date: Date) => `${dayMonth(date)} ${date.getUTCFullYear()}`;

/** "on 22 March 2024", "between 22 and 24 March 2024", "between 30 March and 2 April 2024", ... (UTC). */
export function dateSpanWords(first: Date, last: Date): string {
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
  if (sameMonth && first.getUTCDate() === last.getUTCDate()) return `on ${fullDate(first)}`;
  if (sameMonth) return `between ${first.getUTCDate()} and ${fullDate(last)}`;
  if (sameYear) return `between ${dayMonth(first)} and ${fullDate(last)}`;
  return `between ${fullDate(first)} and ${fullDate(last)}`;
}

const lowOf = (figure: ChartFigure) => figure.min ?? figure.max;
const highOf = (figure: ChartFigure) => figure.max ?? figure.min;

/**
 * "Killed: 5 figures from 40 to 137 between 22 and 24 March 2024." One figure is said as it is ("at least 40");
 * the figures the chart leaves out are counted.
 */
export function chartSummary(metricLabel: string, figures: readonly ChartFigure[], house: { words: string | null; ruleLabel: string } | null): string {
  const plotted = figures.filter((figure) => figure.reportedAt !== null && lowOf(figure) !== null);
  const left = figures.length - plotted.length;
  const parts: string[] = [];
  if (plotted.length === 0) {
    parts.push(`${metricLabel}: no figure with both a number and a reported time.`);
  } else {
    const times = plotted.map((figure) => figure.reportedAt!.getTime());
    const span = dateSpanWords(new Date(Math.min(...times)), new Date(Math.max(...times)));
    if (plotted.length === 1) {
      const only = plotted[0]!;
      parts.push(`${metricLabel}: 1 figure, ${figureNumber(only)}, ${span}.`);
    } else {
      const low = Math.min(...plotted.map((figure) => lowOf(figure)!));
      const high = Math.max(...plotted.map((figure) => highOf(figure)!));
      parts.push(`${metricLabel}: ${countOf(plotted.length, "figure", "figures")} from ${low.toLocaleString("en-GB")} to ${high.toLocaleString("en-GB")} ${span}.`);
    }
  }
  if (left > 0) parts.push(`${countOf(left, "figure is", "figures are")} not plotted.`);
  if (house?.words) parts.push(`House figure under the ${house.ruleLabel} rule: ${house.words}.`);
  return parts.join(" ");
}
