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

/** Institutions named by a common noun take "the": "the Interior Ministry", "the Investigative Committee of …". */
const INSTITUTION_NOUNS = new Set(["ministry", "committee", "office", "department", "agency", "service", "council", "government", "commission", "directorate", "bureau", "kremlin"]);

/**
 * A claimant as a sentence names it: "the Interior Ministry said", "according to the Investigative Committee of
 * the Russian Federation", "the ministry"; people, outlets, "Russia's Investigative Committee" and "Russian
 * authorities" as recorded. Each of joint claimants ("X and Y") is named on its own.
 */
export function speakerName(claimant: string | null | undefined): string | null {
  const name = claimant?.replace(/\s+/g, " ").trim() || null;
  if (name === null || name.includes(",")) return name;
  return name.split(/ (and|&) /).map((part, index) => (index % 2 === 1 ? part : withArticle(part))).join(" ");
}

function withArticle(name: string): string {
  if (/^(the|a|an|our|their|its)\s/i.test(name) || /['’]s\b/.test(name)) return name;
  const head = name.split(/\s+(?:of|for|on)\s+/i)[0]!;
  return INSTITUTION_NOUNS.has(head.split(" ").at(-1)!.toLowerCase()) ? `the ${name}` : name;
}
