import { speakerName, standingVerdict, type CasualtyMetric, type HouseFigureRule } from "@claimdesk/schemas";
import { inReportedOrder, isPrintableOfficial, levelOf, reportedAfter, type TallyFigure } from "./tally";
import type { Superseded } from "./types";
import { printableAmount } from "./wording";

// Which of an event's figures are superseded: overtaken by a later figure for the same metric and population, so
// that the newsroom never prints a toll two days old as the current one. As with the wording, the rules are one
// table read top to bottom; each figure gets the first rule that decides, and the editor is told which and why.
// "Later" is the tally's notion (reportedAfter): the claim's time, else its earliest source's publication time.

export interface SupersessionRule {
  /** Kebab-case and stable: shown to editors and used in tests. */
  id: string;
  /** The rule in plain words, as the editor reads it. */
  description: string;
  /**
   * The later figure that supersedes `figure`; null when the rule decides that nothing does; undefined when the
   * rule has nothing to say about it, and the next rule decides.
   */
  by: (figure: TallyFigure, series: Series) => TallyFigure | null | undefined;
  /** The note's words about the later figure: "the toll has since risen to at least 133". */
  words?: (figure: TallyFigure, by: TallyFigure, metric: CasualtyMetric) => string;
}

/** One event's figures for one metric, and the event's house figure rule. */
export interface Series {
  figures: readonly TallyFigure[];
  rule: HouseFigureRule;
}

/** Where a figure stands: the rule that decided, and the later figure that superseded it (or null). */
export interface FigureStanding {
  claimId: string;
  ruleId: string;
  rule: string;
  superseded: Superseded | null;
}

// ---- Helpers ---------------------------------------------------------------------------------------------------

const isConfirmed = (figure: TallyFigure) => standingVerdict(figure) === "CONFIRMED";

/** Figures about the same people reported after this one: civilians are never compared with everyone. */
const laterInGroup = (figure: TallyFigure, { figures }: Series) =>
  figures.filter((other) => other.claimId !== figure.claimId && other.population === figure.population && reportedAfter(other, figure));

const sameNumbers = (a: TallyFigure, b: TallyFigure) => a.qualifier === b.qualifier && a.min === b.min && a.max === b.max;

/** What the note calls the count: "the toll" for the dead, "the number injured" for the others. */
const COUNT_NOUN: Record<CasualtyMetric, string> = { KILLED: "toll", INJURED: "number injured", MISSING: "number missing", DETAINED: "number detained" };

/** An unconfirmed figure is never worded as fact, in a note either: it is credited to whoever gave it. */
const according = (figure: TallyFigure, fallback: string) => (isConfirmed(figure) ? "" : `, according to ${speakerName(figure.claimant) ?? fallback}`);

// ---- The table -------------------------------------------------------------------------------------------------

// The first three rules say which figures stand outside any comparison; the next two are the house figure rules'
// notions of "overtaken"; the last catches every figure nothing overtook. Each comparison rule names a later
// figure that nothing supersedes in turn, so the note always points at a figure the newsroom may print.
export const SUPERSESSION_RULES: readonly SupersessionRule[] = [
  {
    id: "finding-stands",
    description:
      "A figure found false or misleading is printed as our finding, never as a toll: a later figure does not make the finding stale, so it is not marked superseded (and, not being confirmed, it supersedes nothing).",
    by: (figure) => (["FALSE", "MISLEADING"].includes(standingVerdict(figure)) ? null : undefined),
  },
  {
    id: "undated-stands",
    description:
      "A figure without a time (neither the claim's nor a supporting source's publication time) has no place in time: it is neither earlier nor later than another, so nothing supersedes it and it supersedes nothing. Record when it was reported to place it.",
    by: (figure) => (figure.reportedAt === null ? null : undefined),
  },
  {
    id: "no-number-stands",
    description: "A figure recorded without a number (an unknown number) says nothing a later figure could overtake.",
    by: (figure) => (levelOf(figure) === null ? null : undefined),
  },
  {
    id: "superseded-by-later-official",
    description:
      "Under the Latest official rule the newsroom prints the latest official figure, so any earlier figure for the same metric and population is superseded by the latest official one reported after it, higher or lower (not one found false or misleading). A later official figure with the same numbers is a restatement and overtakes nothing. The note credits the later figure to its claimant unless it is confirmed.",
    by: (figure, series) => {
      if (series.rule !== "LATEST_OFFICIAL") return undefined;
      const latest = inReportedOrder(laterInGroup(figure, series).filter(isPrintableOfficial)).at(-1);
      return latest === undefined || sameNumbers(latest, figure) ? undefined : latest;
    },
    words: (figure, by, metric) => {
      const [level, later] = [levelOf(figure)!, levelOf(by)!];
      const moved = later > level ? "has since risen to" : later < level ? "has since been revised down to" : "has since been given as";
      return `the official ${COUNT_NOUN[metric]} ${moved} ${printableAmount(by)}${according(by, "an official statement")}`;
    },
  },
  {
    id: "superseded-by-higher-confirmed",
    description:
      "Under the Conservative and Range rules a figure is superseded by a later confirmed figure for the same metric and population whose lower bound is above its number (its lower bound, or its upper bound when it has only one): the toll has risen. An equal later figure (a tie) supersedes nothing, nor does an unconfirmed one, nor one with only an upper bound (“up to 150” does not say the toll rose). The note names the highest such figure.",
    by: (figure, series) => {
      if (series.rule === "LATEST_OFFICIAL") return undefined;
      const level = levelOf(figure)!;
      const higher = laterInGroup(figure, series).filter((other) => isConfirmed(other) && other.min !== null && other.min > level);
      if (higher.length === 0) return undefined;
      // The highest, and of equal ones the latest reported: nothing confirmed is higher, so nothing supersedes it.
      const top = Math.max(...higher.map((other) => other.min!));
      return inReportedOrder(higher.filter((other) => other.min === top)).at(-1);
    },
    words: (_figure, by, metric) => `the ${COUNT_NOUN[metric]} has since risen to ${printableAmount(by)}`,
  },
  {
    id: "current",
    description: "No later figure supersedes it: it may be printed in the words its wording rule gives, as the figure it is.",
    by: () => null,
  },
];

/**
 * Where each figure of one event's series for one metric stands under the event's house figure rule, by claim id.
 * The series is compared pairwise (a figure with each later one): an event has dozens of figures, not thousands.
 */
export function supersessions(figures: readonly TallyFigure[], rule: HouseFigureRule, metric: CasualtyMetric): Map<string, FigureStanding> {
  const series: Series = { figures, rule };
  const standings = new Map<string, FigureStanding>();
  for (const figure of figures) {
    for (const candidate of SUPERSESSION_RULES) {
      const by = candidate.by(figure, series);
      if (by === undefined) continue;
      const superseded = by === null || !candidate.words ? null : { byClaimId: by.claimId, words: candidate.words(figure, by, metric) };
      standings.set(figure.claimId, { claimId: figure.claimId, ruleId: candidate.id, rule: candidate.description, superseded });
      break;
    }
  }
  return standings;
}
