import type { CasualtyMetric, CasualtyPopulation, FigureQualifier } from "./enums";

// A casualty figure in words, always with its qualifier: "at least 133 killed", "40–60 injured", "scores injured".

export interface FigureParts {
  metric: CasualtyMetric;
  population: CasualtyPopulation;
  qualifier: FigureQualifier;
  min: number | null;
  max: number | null;
  reportedAs: string | null;
}

const number = (n: number): string => n.toLocaleString("en-GB");

const metricWord: Record<CasualtyMetric, string> = { KILLED: "killed", INJURED: "injured", MISSING: "missing", DETAINED: "detained" };

const populationWord: Record<CasualtyPopulation, string | null> = {
  ALL: null,
  CIVILIANS: "civilians",
  ATTACKERS: "attackers",
  SECURITY_FORCES: "members of the security forces",
  OTHER: null,
};

/** The number part: "at least 133", "40–60", "about 40". */
export function figureNumber({ qualifier, min, max }: Pick<FigureParts, "qualifier" | "min" | "max">): string {
  switch (qualifier) {
    case "EXACT":
      return min === null ? "an unknown number" : number(min);
    case "AT_LEAST":
      return min === null ? "an unknown number" : `at least ${number(min)}`;
    case "AT_MOST":
      return max === null ? "an unknown number" : `at most ${number(max)}`;
    case "APPROXIMATELY":
      if (min === null) return "an unknown number";
      return max !== null && max !== min ? `about ${number(min)}–${number(max)}` : `about ${number(min)}`;
    case "RANGE":
      return min === null || max === null ? "an unknown number" : `${number(min)}–${number(max)}`;
  }
}

/**
 * Words that give no number, only a size ("scores", "dozens of", "several"): such a figure is recorded at a
 * conventional bound and said as reported. A number in words ("sixty", "at least twelve") is not vague.
 */
const VAGUE_WORDS = /\b(dozens|scores|hundreds|thousands|millions|tens|several|many|numerous|multiple|countless|few|handful)\b/i;

/** The words as reported when they are vague ("scores", "several hundred"), else null: only known words are vague. */
export function vagueFigureWords(reportedAs: string | null | undefined): string | null {
  const words = reportedAs?.trim().replace(/\s+/g, " ") ?? "";
  if (words === "" || /\d/.test(words)) return null;
  return VAGUE_WORDS.test(words) ? words : null;
}

const EXCLUSIVE_WORDS = /^(more than|over|well over|just over|in excess of|fewer than|less than) (.+)$/i;
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)$/;

/**
 * The report's words for a bound that leaves its number out ("more than 100", recorded as at least 101; "fewer
 * than ten", at most 9), while they still match the recorded bound; else null. Printing "at least 101" would put
 * a number in the source's mouth. A number in words ("more than a hundred") is taken as reported.
 */
export function exclusiveFigureWords({ qualifier, min, max, reportedAs }: Pick<FigureParts, "qualifier" | "min" | "max" | "reportedAs">): string | null {
  const match = EXCLUSIVE_WORDS.exec(reportedAs?.trim().replace(/\s+/g, " ") ?? "");
  if (!match) return null;
  const phrase = match[1]!.toLowerCase();
  const below = phrase === "fewer than" || phrase === "less than";
  if (below ? qualifier !== "AT_MOST" || max === null : qualifier !== "AT_LEAST" || min === null) return null;
  const stated = match[2]!;
  if (!DIGITS.test(stated)) return vagueFigureWords(stated) ? null : `${phrase} ${stated.toLowerCase()}`;
  const n = Number(stated.replace(/,/g, ""));
  return (below ? max === n - 1 : min === n + 1) ? `${phrase} ${number(n)}` : null;
}

/** A vague figure ("scores") is said as reported, with the bound it was recorded at; "more than 100" as reported. */
export function figureWords(figure: FigureParts): string {
  const numeric = figureNumber(figure);
  const vague = vagueFigureWords(figure.reportedAs);
  const population = populationWord[figure.population];
  const subject = population ? ` ${population}` : "";
  const metric = metricWord[figure.metric];
  if (vague) return `${vague}${subject} ${metric} (${numeric})`;
  return `${exclusiveFigureWords(figure) ?? numeric}${subject} ${metric}`;
}
