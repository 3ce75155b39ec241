import {
  CASUALTY_METRICS,
  exclusiveFigureWords,
  speakerName,
  CASUALTY_POPULATIONS,
  casualtyMetricLabel,
  casualtyPopulationLabel,
  countOf,
  figureNumber,
  nameKey,
  standingVerdict,
  vagueFigureWords,
  figureWords,
  type CasualtyMetric,
  type CasualtyPopulation,
  type ClaimStage,
  type HouseFigureRule,
  type SourceType,
  type Verdict,
} from "@claimdesk/schemas";
import { pairKey } from "./near-duplicates";
import type { Figure } from "./types";

// The tally of an event: every reported figure for one metric in the order it was reported, the flags an editor
// must see, and the house figure (what the newsroom may print now) under each rule.

/** A source behind a figure, with the origin it traces back to (itself when it repeats nothing). */
export interface TallySource {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  type: SourceType;
  originId: string;
  originType: SourceType;
}

export interface TallyFigure extends Figure {
  claimId: string;
  text: string;
  claimant: string | null;
  /** When the figure was reported: the claim's time, else its earliest source's publication time. */
  reportedAt: Date | null;
  asOf: Date | null;
  createdAt: Date;
  population: CasualtyPopulation;
  reportedAs: string | null;
  stage: ClaimStage;
  verdict: Verdict;
  /** The sources whose evidence supports the figure. */
  sources: TallySource[];
  /** Independent origins among those sources. */
  origins: number;
  /** Whether any supporting source traces back to an official statement. */
  official: boolean;
}

/** The same event's figures under other metrics, to catch one number reported as killed and as injured. */
export interface OtherMetricFigure extends Figure {
  claimId: string;
  metric: CasualtyMetric;
  reportedAs?: string | null;
}

export const TALLY_FLAG_KINDS = ["LOWER_THAN_EARLIER", "SINGLE_ORIGIN_JUMP", "SAME_NUMBER_OTHER_METRIC", "MIXED_POPULATIONS", "RECORDED_TWICE"] as const;
export type TallyFlagKind = (typeof TALLY_FLAG_KINDS)[number];

export const tallyFlagLabel: Record<TallyFlagKind, string> = {
  LOWER_THAN_EARLIER: "Lower than an earlier figure from the same claimant",
  SINGLE_ORIGIN_JUMP: "A jump resting on a single origin or none",
  SAME_NUMBER_OTHER_METRIC: "The same number under another metric",
  MIXED_POPULATIONS: "Different populations mixed",
  RECORDED_TWICE: "The same claim recorded twice",
};

export interface TallyFlag {
  kind: TallyFlagKind;
  /** The claims the flag is about; the first is the one to look at. */
  claimIds: string[];
  message: string;
}

export interface HouseFigure {
  rule: HouseFigureRule;
  /** Null when the rule finds nothing to print yet. */
  figure: Figure | null;
  /** For RANGE: the highest figure is an "at least" one, so the top of the range is open. */
  openEnded: boolean;
  /** Who is counted: the tally's headline population. */
  population: CasualtyPopulation;
  /** The figure in words ("at least 133 killed"), or null. */
  words: string | null;
  /** The claims it rests on. */
  restsOn: string[];
  /** Independent origins behind those claims. */
  origins: number;
  /** How the rule reached it, or why it found nothing. */
  explanation: string;
}

// ---- Figures ---------------------------------------------------------------------------------------------------

/** The number a figure is compared by: its lower bound, or its upper bound when it has only one ("up to 20"). */
export const levelOf = (figure: Figure): number | null => figure.min ?? figure.max;

const time = (date: Date | null) => (date === null ? Number.POSITIVE_INFINITY : date.getTime());

/** In the order reported; figures without a time go last, then by as-of time, then by when they were recorded. */
export function inReportedOrder<T extends Pick<TallyFigure, "reportedAt" | "asOf" | "createdAt" | "claimId">>(figures: readonly T[]): T[] {
  return [...figures].sort(
    (a, b) =>
      time(a.reportedAt) - time(b.reportedAt) ||
      time(a.asOf) - time(b.asOf) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      a.claimId.localeCompare(b.claimId),
  );
}

/**
 * Whether `figure` was reported after `than`, by the time the tally orders figures by (the claim's time, else its
 * earliest source's publication time). An undated figure has no place in time: it is neither earlier nor later
 * than another. Two figures reported at the same moment are neither: the tie-breaks of `inReportedOrder` (as-of
 * time, when recorded) keep a list stable but do not say that one report came after the other.
 */
export const reportedAfter = (figure: Pick<TallyFigure, "reportedAt">, than: Pick<TallyFigure, "reportedAt">): boolean =>
  figure.reportedAt !== null && than.reportedAt !== null && figure.reportedAt.getTime() > than.reportedAt.getTime();

/**
 * A figure the LATEST_OFFICIAL rule may print: it rests on an official statement, has a place in time and a
 * number, and was not found false or misleading (however official its source).
 */
export const isPrintableOfficial = (figure: Pick<TallyFigure, "official" | "reportedAt" | "stage" | "verdict" | "qualifier" | "min" | "max">): boolean =>
  figure.official && figure.reportedAt !== null && !["FALSE", "MISLEADING"].includes(standingVerdict(figure)) && levelOf(figure) !== null;

/** Claimants match whatever their case and spacing; an unnamed claimant matches nobody. */
const claimantKey = (claimant: string | null): string | null => nameKey(claimant) || null;

/**
 * The population a tally is about: all people when any figure counts all of them, else the most reported one.
 * Comparisons and the house figure use it, so civilians are never compared with everyone.
 */
export function headlinePopulation(figures: readonly Pick<TallyFigure, "population">[]): CasualtyPopulation {
  if (figures.length === 0 || figures.some((figure) => figure.population === "ALL")) return "ALL";
  const counts = CASUALTY_POPULATIONS.map((population) => figures.filter((figure) => figure.population === population).length);
  return CASUALTY_POPULATIONS[counts.indexOf(Math.max(...counts))]!;
}

const numberWords = (figure: Figure) => figureNumber(figure);
const metricWord = (metric: CasualtyMetric) => casualtyMetricLabel[metric].toLowerCase();
const who = (figure: TallyFigure) => figure.claimant?.trim() || "an unnamed claimant";

// ---- Flags -----------------------------------------------------------------------------------------------------

/** A figure lower than an earlier one from the same claimant, about the same people. One pass: the highest so far per claimant. */
function lowerThanEarlier(figures: readonly TallyFigure[]): TallyFlag[] {
  const flags: TallyFlag[] = [];
  const highestSoFar = new Map<string, { figure: TallyFigure; level: number }>();
  for (const figure of figures) {
    const claimant = claimantKey(figure.claimant);
    const level = levelOf(figure);
    // An undated figure has no place in time: it is neither earlier nor later than another.
    if (claimant === null || level === null || figure.reportedAt === null) continue;
    const key = `${figure.population} ${claimant}`;
    const highest = highestSoFar.get(key);
    if (highest && highest.level > level) {
      flags.push({
        kind: "LOWER_THAN_EARLIER",
        claimIds: [figure.claimId, highest.figure.claimId],
        message: `${who(figure)} reported ${numberWords(figure)}, lower than their earlier ${numberWords(highest.figure)}: find out why the figure fell.`,
      });
    }
    if (!highest || level > highest.level) highestSoFar.set(key, { figure, level });
  }
  return flags;
}

/** A rise above every earlier figure that rests on one origin (or none): one outlet's number, however often repeated. */
function singleOriginJumps(figures: readonly TallyFigure[], population: CasualtyPopulation): TallyFlag[] {
  const flags: TallyFlag[] = [];
  let highest: TallyFigure | null = null;
  for (const figure of figures) {
    if (figure.population !== population || figure.reportedAt === null) continue;
    const level = levelOf(figure);
    if (level === null) continue;
    if (highest !== null && level > (levelOf(highest) ?? 0) && figure.origins <= 1) {
      const basis = figure.origins === 0 ? "no source yet" : figure.sources.length > 1 ? `${figure.sources.length} sources that trace back to a single origin` : "a single source";
      flags.push({
        kind: "SINGLE_ORIGIN_JUMP",
        claimIds: [figure.claimId, highest.claimId],
        message: `The rise from ${numberWords(highest)} to ${numberWords(figure)} rests on ${basis}: look for an independent confirmation.`,
      });
    }
    if (highest === null || level > (levelOf(highest) ?? 0)) highest = figure;
  }
  return flags;
}

/** A vague word ("scores") is recorded at a conventional bound; two such bounds agreeing say nothing. */
const isVague = (figure: { reportedAs?: string | null }) => vagueFigureWords(figure.reportedAs) !== null;

/** Figures report the same numbers when both bounds agree; null for one that matches nothing (no number, a vague word). */
const numberKey = (figure: Figure & { reportedAs?: string | null }): string | null =>
  levelOf(figure) === null || isVague(figure) ? null : `${figure.min} ${figure.max}`;

/** "as injured", "as injured and as missing": the other metrics a number is reported under, in the metrics' order. */
const asMetrics = (metrics: readonly CasualtyMetric[]) => {
  const words = CASUALTY_METRICS.filter((each) => metrics.includes(each)).map((each) => `as ${metricWord(each)}`);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
};

/**
 * One number reported under two metrics: a report may have confused killed and injured. One flag per number,
 * naming this metric's figures with it (the first is the one to look at), then the other metrics' claims with it:
 * grouped by number, the flags and their claims grow with the figures, not with the pairs of them.
 */
function sameNumberOtherMetric(figures: readonly TallyFigure[], metric: CasualtyMetric, others: readonly OtherMetricFigure[]): TallyFlag[] {
  const othersByNumber = groupBy(others.filter((other) => other.metric !== metric), numberKey);
  const flags: TallyFlag[] = [];
  for (const [key, withNumber] of groupBy(figures, numberKey)) {
    const ids = new Set(withNumber.map((figure) => figure.claimId));
    const matches = (othersByNumber.get(key) ?? []).filter((other) => !ids.has(other.claimId));
    if (matches.length === 0) continue;
    const metrics = [...new Set(matches.map((other) => other.metric))];
    const number = numberWords(withNumber[0]!);
    flags.push({
      kind: "SAME_NUMBER_OTHER_METRIC",
      claimIds: [...ids, ...matches.map((other) => other.claimId)],
      message:
        metrics.length === 1
          ? `${number} is reported both as ${metricWord(metric)} and ${asMetrics(metrics)}: check that one report has not confused them.`
          : `${number} is reported as ${metricWord(metric)}, ${asMetrics(metrics)}: check that no report has confused them.`,
    });
  }
  return flags;
}

/** Adds an item to its key's list, in place (copying the list each time would make a long one quadratic). */
function append<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** The items by key, in the order first met; items whose key is null are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) append(groups, key, item);
  }
  return groups;
}

/** Figures that count different groups of people must not be read as one series. */
function mixedPopulations(figures: readonly TallyFigure[], population: CasualtyPopulation): TallyFlag[] {
  const outsiders = figures.filter((figure) => figure.population !== population);
  if (outsiders.length === 0) return [];
  const counts = CASUALTY_POPULATIONS.map((each) => [each, figures.filter((figure) => figure.population === each).length] as const)
    .filter(([, count]) => count > 0)
    .map(([each, count]) => `${casualtyPopulationLabel[each].toLowerCase()}: ${count}`);
  return [
    {
      kind: "MIXED_POPULATIONS",
      claimIds: outsiders.map((figure) => figure.claimId),
      message: `These figures count different groups of people (${counts.join(", ")}). The comparisons and the house figure use ${casualtyPopulationLabel[population].toLowerCase()} only.`,
    },
  ];
}

/** What copies of one figure share: the claimant (whatever the case and spacing), the population and the numbers. */
function copyKey(figure: TallyFigure): string | null {
  const claimant = claimantKey(figure.claimant);
  return claimant === null ? null : [claimant, figure.population, figure.qualifier, figure.min, figure.max].join(" ");
}

/** The claims RECORDED_TWICE may flag, each sharing its figure with another: only their not-duplicate marks matter. */
export function possibleCopies(figures: readonly TallyFigure[]): string[] {
  return [...groupBy(figures, copyKey).values()].filter((group) => group.length > 1).flatMap((group) => group.map((figure) => figure.claimId));
}

/**
 * One claimant's figure recorded as several claims (before duplicates were refused, or saved anyway): the tally
 * would count it more than once. One flag per claim that has copies, naming the later copies first (the ones to
 * look at) and the claim they copy last. A later copy belongs to the first earlier one that an editor has not
 * marked as not a duplicate of it, so a marked pair is left alone.
 */
function recordedTwice(figures: readonly TallyFigure[], notDuplicates: ReadonlySet<string>): TallyFlag[] {
  const earlierWithKey = new Map<string, TallyFigure[]>();
  const copiesOf = new Map<TallyFigure, TallyFigure[]>();
  for (const figure of figures) {
    const key = copyKey(figure);
    if (key === null) continue;
    // Stops at the first unmarked one: the search costs one step per mark, not one per earlier copy.
    const original = earlierWithKey.get(key)?.find((each) => !notDuplicates.has(pairKey(each.claimId, figure.claimId)));
    if (original) append(copiesOf, original, figure);
    append(earlierWithKey, key, figure);
  }
  return [...copiesOf].map(([original, copies]) => ({
    kind: "RECORDED_TWICE",
    claimIds: [...copies.map((copy) => copy.claimId), original.claimId],
    message:
      copies.length === 1
        ? `${who(original)}'s ${numberWords(original)} is recorded as two claims, so it counts twice: keep one and add the other's sources to it as evidence, or mark them as not duplicates if they are two assertions.`
        : `${who(original)}'s ${numberWords(original)} is recorded as ${copies.length + 1} claims, so it counts ${copies.length + 1} times: keep one and add the others' sources to it as evidence, or mark them as not duplicates if they are separate assertions.`,
  }));
}

/** Every flag of a series already in reported order; `notDuplicates` holds the pairs (pairKey) editors marked as not duplicates. */
export function tallyFlags(
  figures: readonly TallyFigure[],
  metric: CasualtyMetric,
  others: readonly OtherMetricFigure[] = [],
  notDuplicates: ReadonlySet<string> = new Set(),
): TallyFlag[] {
  const population = headlinePopulation(figures);
  return [
    ...lowerThanEarlier(figures),
    ...singleOriginJumps(figures, population),
    ...sameNumberOtherMetric(figures, metric, others),
    ...mixedPopulations(figures, population),
    ...recordedTwice(figures, notDuplicates),
  ];
}

// ---- House figure ----------------------------------------------------------------------------------------------

const originsOf = (figures: readonly TallyFigure[]) => new Set(figures.flatMap((figure) => figure.sources.map((source) => source.originId))).size;

function houseFigureFrom(
  rule: HouseFigureRule,
  metric: CasualtyMetric,
  population: CasualtyPopulation,
  found: { figure: Figure; openEnded?: boolean; restsOn: TallyFigure[]; explanation: string; according?: string } | { explanation: string },
): HouseFigure {
  if (!("figure" in found)) {
    return { rule, figure: null, openEnded: false, population, words: null, restsOn: [], origins: 0, explanation: found.explanation };
  }
  const openEnded = found.openEnded ?? false;
  // The shared wording ("at least 12 civilians killed", "... members of the security forces killed"), with "or
  // more" after the number when the top of a range is open.
  const number = numberWords(found.figure);
  // The report's words ("more than 100") when a claim it rests on states exactly this figure that way.
  const reportedAs =
    found.restsOn.find(
      (figure) => figure.qualifier === found.figure.qualifier && figure.min === found.figure.min && figure.max === found.figure.max && exclusiveFigureWords(figure) !== null,
    )?.reportedAs ?? null;
  const words = figureWords({ ...found.figure, metric, population, reportedAs });
  return {
    rule,
    figure: found.figure,
    openEnded,
    population,
    // A figure printed before it is confirmed is always attributed.
    words: (openEnded && words.startsWith(number) ? `${number} or more${words.slice(number.length)}` : words) + (found.according ? `, according to ${speakerName(found.according)}` : ""),
    restsOn: found.restsOn.map((figure) => figure.claimId),
    origins: originsOf(found.restsOn),
    explanation: found.explanation,
  };
}

/** The figure the newsroom may print under one rule, from a series in reported order. */
export function houseFigure(rule: HouseFigureRule, figures: readonly TallyFigure[], metric: CasualtyMetric): HouseFigure {
  const population = headlinePopulation(figures);
  const comparable = figures.filter((figure) => figure.population === population);
  const confirmed = comparable.filter((figure) => standingVerdict(figure) === "CONFIRMED");
  const noConfirmed = { explanation: "No figure is confirmed yet: a reviewer concludes a figure as Confirmed before the newsroom prints it." };
  // "3 confirmed figures"; a single one is "the one confirmed figure" in the sentences below.
  const confirmedCount = countOf(confirmed.length, "confirmed figure", "confirmed figures");
  const theConfirmed = confirmed.length === 1 ? "the one confirmed figure" : `the ${confirmedCount}`;

  switch (rule) {
    case "CONSERVATIVE": {
      const withLowerBound = confirmed.filter((figure) => figure.min !== null);
      if (confirmed.length === 0) return houseFigureFrom(rule, metric, population, noConfirmed);
      if (withLowerBound.length === 0) {
        return houseFigureFrom(rule, metric, population, {
          explanation: `No confirmed figure has a lower bound: ${theConfirmed} ${confirmed.length === 1 ? "gives" : "give"} only an upper one ("at most"), so the conservative rule has nothing to print yet.`,
        });
      }
      const highest = Math.max(...withLowerBound.map((figure) => figure.min!));
      const restsOn = withLowerBound.filter((figure) => figure.min === highest);
      return houseFigureFrom(rule, metric, population, {
        figure: { qualifier: "AT_LEAST", min: highest, max: null },
        restsOn,
        explanation: confirmed.length === 1 ? "The lower bound of the one confirmed figure." : `The highest lower bound among ${confirmedCount}.`,
      });
    }
    case "RANGE": {
      const withLevel = confirmed.filter((figure) => levelOf(figure) !== null);
      if (withLevel.length === 0) return houseFigureFrom(rule, metric, population, noConfirmed);
      const low = Math.min(...withLevel.map((figure) => levelOf(figure)!));
      const top = (figure: Figure) => figure.max ?? figure.min!;
      const high = Math.max(...withLevel.map(top));
      const lowest = withLevel.filter((figure) => levelOf(figure) === low);
      const highest = withLevel.filter((figure) => top(figure) === high);
      // Only an "at least" figure leaves the top open; an approximate one without max ("about 60") does not.
      const openEnded = highest.some((figure) => figure.qualifier === "AT_LEAST");
      const restsOn = [...new Set([...lowest, ...highest])];
      const figure: Figure = low === high ? singleNumber(low, openEnded, restsOn) : { qualifier: "RANGE", min: low, max: high };
      return houseFigureFrom(rule, metric, population, {
        figure,
        openEnded: openEnded && low !== high,
        restsOn,
        explanation: confirmed.length === 1 ? "The one confirmed figure." : `From the lowest to the highest of ${confirmedCount}.`,
      });
    }
    case "LATEST_OFFICIAL": {
      // A figure found false or misleading is not printed, however official its source.
      // Undated figures cannot be placed in time, so none of them is "the latest".
      const official = comparable.filter(isPrintableOfficial);
      const latest = official.at(-1);
      if (!latest) {
        return houseFigureFrom(rule, metric, population, {
          explanation: "No figure rests on an official statement yet: attach the official statement as a source that supports the figure.",
        });
      }
      const verdict = standingVerdict(latest);
      const unconfirmed = verdict === "CONFIRMED" ? "" : ` It is not confirmed (${verdict.toLowerCase()}): attribute it when printing.`;
      return houseFigureFrom(rule, metric, population, {
        figure: { qualifier: latest.qualifier, min: latest.min, max: latest.max },
        restsOn: [latest],
        according: verdict === "CONFIRMED" ? undefined : who(latest),
        explanation: `${official.length === 1 ? "The only figure" : `The latest of ${official.length} figures`} from an official statement, reported by ${who(latest)}.${unconfirmed}`,
      });
    }
  }
}

/**
 * When every confirmed figure is the same number, the range is that number, said with the qualifier the figures
 * give it: "at least" if any is, exact if any says so, "at most" if all do, else "about".
 */
function singleNumber(n: number, openEnded: boolean, figures: readonly TallyFigure[]): Figure {
  if (openEnded) return { qualifier: "AT_LEAST", min: n, max: null };
  if (figures.some((figure) => figure.qualifier === "EXACT" || figure.qualifier === "RANGE")) return { qualifier: "EXACT", min: n, max: n };
  if (figures.every((figure) => figure.qualifier === "AT_MOST")) return { qualifier: "AT_MOST", min: null, max: n };
  return { qualifier: "APPROXIMATELY", min: n, max: null };
}

export const houseFigures = (figures: readonly TallyFigure[], metric: CasualtyMetric): Record<HouseFigureRule, HouseFigure> => ({
  CONSERVATIVE: houseFigure("CONSERVATIVE", figures, metric),
  RANGE: houseFigure("RANGE", figures, metric),
  LATEST_OFFICIAL: houseFigure("LATEST_OFFICIAL", figures, metric),
});
