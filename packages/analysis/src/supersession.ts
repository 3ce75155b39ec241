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

/**
 * What the comparison rules ask of a series, indexed once per population (civilians are never compared with
 * everyone), so that each figure's question costs a binary search rather than a pass over every other figure: an
 * event with 5,000 figures is answered in milliseconds.
 */
interface PopulationIndex {
  /** Confirmed figures with a lower bound and a time, by time. */
  confirmedByTime: TallyFigure[];
  /** The highest lower bound among confirmedByTime[i..]. */
  highestFrom: number[];
  /** For each lower bound, the confirmed figure with it that comes last in the tally's order. */
  lastWithMin: Map<number, TallyFigure>;
  /** The printable official figure that comes last in the tally's order. */
  lastOfficial: TallyFigure | undefined;
}

const indexes = new WeakMap<Series, Map<string, PopulationIndex>>();

function populationIndex(series: Series, population: string): PopulationIndex {
  let byPopulation = indexes.get(series);
  if (!byPopulation) {
    byPopulation = new Map();
    const ordered = inReportedOrder(series.figures);
    for (const figure of ordered) {
      let index = byPopulation.get(figure.population);
      if (!index) byPopulation.set(figure.population, (index = { confirmedByTime: [], highestFrom: [], lastWithMin: new Map(), lastOfficial: undefined }));
      // Undated figures are neither earlier nor later than any other (reportedAfter): they take part in no comparison.
      if (figure.reportedAt === null) continue;
      if (isConfirmed(figure) && figure.min !== null) {
        index.confirmedByTime.push(figure);
        index.lastWithMin.set(figure.min, figure);
      }
      if (isPrintableOfficial(figure)) index.lastOfficial = figure;
    }
    for (const index of byPopulation.values()) {
      const list = index.confirmedByTime;
      index.highestFrom = new Array<number>(list.length);
      for (let i = list.length - 1; i >= 0; i--) index.highestFrom[i] = Math.max(list[i]!.min!, index.highestFrom[i + 1] ?? Number.NEGATIVE_INFINITY);
    }
    indexes.set(series, byPopulation);
  }
  return byPopulation.get(population) ?? { confirmedByTime: [], highestFrom: [], lastWithMin: new Map(), lastOfficial: undefined };
}

/** The position of the first figure in a list by time reported after `figure` (the list's length if none is). */
function firstReportedAfter(list: readonly TallyFigure[], figure: TallyFigure): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reportedAfter(list[middle]!, figure)) high = middle;
    else low = middle + 1;
  }
  return low;
}

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
      // The last official figure of all is the latest one reported after this one, if any is.
      const latest = populationIndex(series, figure.population).lastOfficial;
      return latest === undefined || !reportedAfter(latest, figure) || sameNumbers(latest, figure) ? undefined : latest;
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
      const index = populationIndex(series, figure.population);
      const top = index.highestFrom[firstReportedAfter(index.confirmedByTime, figure)];
      if (top === undefined || top <= level) return undefined;
      // The highest, and of equal ones the latest reported: nothing confirmed is higher, so nothing supersedes it.
      // The last figure of all with that bound is later than this one, as one with it is.
      return index.lastWithMin.get(top);
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
 * Each figure is compared with the later ones through an index of the series (populationIndex), not pairwise.
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
