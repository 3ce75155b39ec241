/** Text cut to a length for titles, breadcrumbs and history sentences, with an ellipsis when cut. */
export function shortText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A count with its noun: "1 source", "1,200 sources". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** How names are compared (claimants, actors): whatever their case and spacing. Empty names give "". */
export function nameKey(name: string | null | undefined): string {
  return name?.trim().replace(/\s+/g, " ").toLowerCase() ?? "";
}

/** The text with its first letter in capitals, for words that start a sentence or a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
