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

/** A vague figure ("scores") is said as reported, with the bound it was recorded at. */
export function figureWords(figure: FigureParts): string {
  const numeric = figureNumber(figure);
  const vague = vagueFigureWords(figure.reportedAs);
  const population = populationWord[figure.population];
  const subject = population ? ` ${population}` : "";
  const metric = metricWord[figure.metric];
  return vague ? `${vague}${subject} ${metric} (${numeric})` : `${numeric}${subject} ${metric}`;
}
