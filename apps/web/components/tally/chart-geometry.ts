import type { FigureQualifier, Verdict } from "@claimdesk/schemas";

// The geometry of the tally chart, kept apart from its JSX so that it is plain arithmetic: the scales, their
// ticks, where each figure's mark goes and where the house figure's line or band lies. Everything is in the
// units of a fixed viewBox; the SVG scales to its container's width, so the page never shifts when it loads.

/** A figure as the chart needs it. */
export interface ChartFigure {
  claimId: string;
  reportedAt: Date | null;
  qualifier: FigureQualifier;
  min: number | null;
  max: number | null;
  verdict: Verdict;
}

/** The house figure as the chart needs it. */
export interface ChartHouseFigure {
  figure: { qualifier: FigureQualifier; min: number | null; max: number | null } | null;
  openEnded: boolean;
}

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 300;
export const CHART_MARGIN = { top: 30, right: 24, bottom: 44, left: 60 } as const;

/** The plotting area inside the axes. */
export const PLOT = {
  left: CHART_MARGIN.left,
  right: CHART_WIDTH - CHART_MARGIN.right,
  top: CHART_MARGIN.top,
  bottom: CHART_HEIGHT - CHART_MARGIN.bottom,
} as const;

/** How tall an "at least" arrow stands above its point. */
export const ARROW_LENGTH = 22;
/** Half the width of a range bar's caps. */
export const CAP_HALF_WIDTH = 6;

// ---- Marks by verdict: a different shape for each, so that colour is never needed to tell them apart -----------

export type MarkShape = "filled-circle" | "hollow-circle" | "square" | "cross" | "triangle";

export const verdictShape: Record<Verdict, MarkShape> = {
  CONFIRMED: "filled-circle",
  UNRATED: "hollow-circle",
  LIKELY: "square",
  FALSE: "cross",
  DISPUTED: "triangle",
  UNPROVEN: "triangle",
  MISLEADING: "triangle",
};

/** The legend's words for each shape, in the order it lists them. */
export const SHAPE_LEGEND: ReadonlyArray<{ shape: MarkShape; words: string }> = [
  { shape: "filled-circle", words: "Confirmed" },
  { shape: "square", words: "Likely" },
  { shape: "hollow-circle", words: "Unrated" },
  { shape: "triangle", words: "Disputed, unproven or misleading" },
  { shape: "cross", words: "False" },
];

/** Roughly how wide a label of the chart's 12-unit text is (generous: bold text fits too). */
export const labelWidth = (text: string) => text.length * 7;

// ---- Scales -------------------------------------------------------------------------------------------------------

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tick spacings for the time axis up to two weeks, smallest first; those up to a day divide a UTC day evenly. */
const TIME_STEPS = [HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 6 * HOUR, 8 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY];
/** Beyond two weeks, ticks fall on the first of a month, every so many months. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
/** At most this many dates fit along the axis without their labels touching. */
const MAX_TIME_TICKS = 6;

export interface TimeTick {
  x: number;
  time: Date;
  label: string;
  /** Centred under its tick, unless that would push it out of the picture at either end. */
  anchor: "start" | "middle" | "end";
}

export interface ValueTick {
  y: number;
  value: number;
  label: string;
}

export interface TimeScale {
  /** The domain in milliseconds since the epoch, padded so that no mark sits on an axis. */
  from: number;
  to: number;
  x(time: number): number;
  ticks: TimeTick[];
}

export interface ValueScale {
  /** Always from 0: a count of people read from a cut-off axis exaggerates a rise. */
  max: number;
  y(value: number): number;
  ticks: ValueTick[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "22 Mar 18:00" (UTC); "22 Mar" when the time is not wanted; the year added when asked. */
export function shortDateLabel(date: Date, { time = true, year = false }: { time?: boolean; year?: boolean } = {}): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year ? ` ${date.getUTCFullYear()}` : ""}`;
  return time ? `${day} ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}` : day;
}

export function timeScale(times: readonly number[]): TimeScale {
  let from = Math.min(...times);
  let to = Math.max(...times);
  if (to - from < HOUR) {
    // One moment (or several close together): centre it in a window of half a day.
    const middle = (from + to) / 2;
    from = middle - 6 * HOUR;
    to = middle + 6 * HOUR;
  } else {
    const pad = (to - from) * 0.05;
    from -= pad;
    to += pad;
  }
  const x = (time: number) => PLOT.left + ((time - from) / (to - from)) * (PLOT.right - PLOT.left);

  const crossesYears = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
  const ticks: TimeTick[] = timeTicks(from, to).map(({ at, unit }) => {
    const time = new Date(at);
    const label =
      unit === "month"
        ? `${MONTHS[time.getUTCMonth()]}${crossesYears ? ` ${time.getUTCFullYear()}` : ""}`
        : shortDateLabel(time, { time: unit === "hour", year: crossesYears && unit === "day" });
    const half = labelWidth(label) / 2;
    const atX = x(at);
    const anchor = atX + half > CHART_WIDTH - 2 ? "end" : atX - half < 2 ? "start" : "middle";
    return { x: atX, time, label, anchor };
  });
  return { from, to, x, ticks };
}

/** Where the time axis's ticks fall: on whole hours or days in UTC, or on the first of a month for long spans. */
type TickAt = { at: number; unit: "hour" | "day" | "month" };

function timeTicks(from: number, to: number): TickAt[] {
  const step = TIME_STEPS.find((each) => Math.floor(to / each) - Math.ceil(from / each) + 1 <= MAX_TIME_TICKS);
  if (step !== undefined) {
    const ticks: TickAt[] = [];
    for (let at = Math.ceil(from / step) * step; at <= to; at += step) ticks.push({ at, unit: step < DAY ? "hour" : "day" });
    return ticks;
  }
  const start = new Date(from);
  const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
  const months = (to - from) / (30.4 * DAY);
  const every = MONTH_STEPS.find((each) => months / each < MAX_TIME_TICKS) ?? MONTH_STEPS.at(-1)!;
  const ticks: TickAt[] = [];
  for (let month = Math.ceil(firstMonth / every) * every; ; month += every) {
    const at = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (at > to) break;
    ticks.push({ at, unit: "month" });
  }
  return ticks;
}

/** A step of 1, 2 or 5 times a power of ten (never below 1: people are counted in whole numbers). */
export function niceStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  return factor * magnitude;
}

export function valueScale(highest: number): ValueScale {
  // Room above the highest mark, so that an "at least" arrow at the top still shows.
  const wanted = Math.max(highest, 1) * 1.08;
  const step = niceStep(wanted / 5);
  const max = Math.max(step, Math.ceil(wanted / step) * step);
  const y = (value: number) => PLOT.bottom - (value / max) * (PLOT.bottom - PLOT.top);
  const ticks: ValueTick[] = [];
  for (let value = 0; value <= max; value += step) ticks.push({ y: y(value), value, label: value.toLocaleString("en-GB") });
  return { max, y, ticks };
}

// ---- Marks --------------------------------------------------------------------------------------------------------

/**
 * How one figure is drawn: an exact number as a point; a range (or an approximate one with two ends) as a bar
 * with caps; "at least" as a point with an open arrow upwards; "at most" as a point with a dashed line down to 0.
 */
export type MarkKind = "point" | "range" | "at-least" | "at-most";

export interface ChartMark {
  claimId: string;
  kind: MarkKind;
  shape: MarkShape;
  verdict: Verdict;
  x: number;
  /** Where the verdict's shape sits. */
  y: number;
  /** The vertical line that goes with the mark (bar, arrow or dashed line), top to bottom; null for a point. */
  line: { top: number; bottom: number } | null;
}

export type UnplottedReason = "no time" | "no number";

export interface UnplottedFigure {
  claimId: string;
  reason: UnplottedReason;
}

/** The house figure as a reference: a line at one number, or a band for a range (open at the top when it is). */
export type HouseReference = { kind: "line"; y: number; value: number } | { kind: "band"; top: number; bottom: number; low: number; high: number | null };

export interface ChartGeometry {
  width: number;
  height: number;
  plot: typeof PLOT;
  time: TimeScale;
  value: ValueScale;
  marks: ChartMark[];
  house: HouseReference | null;
}

type Kind = { kind: "point"; at: number } | { kind: "range"; low: number; high: number } | { kind: "at-least"; at: number } | { kind: "at-most"; at: number };

/** How a figure's numbers are drawn; null when it has none. */
function kindOf({ qualifier, min, max }: Pick<ChartFigure, "qualifier" | "min" | "max">): Kind | null {
  switch (qualifier) {
    case "EXACT":
      return min === null ? (max === null ? null : { kind: "point", at: max }) : { kind: "point", at: min };
    case "AT_LEAST":
      return min === null ? null : { kind: "at-least", at: min };
    case "AT_MOST":
      return max === null ? null : { kind: "at-most", at: max };
    case "APPROXIMATELY":
    case "RANGE":
      if (min !== null && max !== null && max !== min) return { kind: "range", low: Math.min(min, max), high: Math.max(min, max) };
      if (min !== null || max !== null) return { kind: "point", at: (min ?? max)! };
      return null;
  }
}

const topOf = (kind: Kind) => (kind.kind === "range" ? kind.high : kind.at);

/** The figures the chart cannot place, and why: no reported time, or no number at all. */
export function unplottedFigures(figures: readonly ChartFigure[]): UnplottedFigure[] {
  return figures.flatMap((figure): UnplottedFigure[] => {
    if (kindOf(figure) === null) return [{ claimId: figure.claimId, reason: "no number" }];
    if (figure.reportedAt === null) return [{ claimId: figure.claimId, reason: "no time" }];
    return [];
  });
}

function houseValues(house: ChartHouseFigure | null): { low: number; high: number | null } | null {
  const figure = house?.figure;
  if (!figure) return null;
  const kind = kindOf(figure);
  if (kind === null) return null;
  if (kind.kind === "range") return { low: kind.low, high: house!.openEnded ? null : kind.high };
  return { low: kind.at, high: kind.at };
}

/** The whole chart; null when no figure has both a time and a number. */
export function chartGeometry(figures: readonly ChartFigure[], house: ChartHouseFigure | null): ChartGeometry | null {
  const plottable = figures.flatMap((figure) => {
    const kind = kindOf(figure);
    return kind !== null && figure.reportedAt !== null ? [{ figure, kind, time: figure.reportedAt.getTime() }] : [];
  });
  if (plottable.length === 0) return null;

  const reference = houseValues(house);
  const highest = Math.max(...plottable.map(({ kind }) => topOf(kind)), reference?.high ?? reference?.low ?? 0);
  const time = timeScale(plottable.map((each) => each.time));
  const value = valueScale(highest);

  const marks = plottable.map(({ figure, kind, time: at }): ChartMark => {
    const base = { claimId: figure.claimId, kind: kind.kind, shape: verdictShape[figure.verdict], verdict: figure.verdict, x: time.x(at) };
    switch (kind.kind) {
      case "point":
        return { ...base, y: value.y(kind.at), line: null };
      case "range": {
        const top = value.y(kind.high);
        const bottom = value.y(kind.low);
        return { ...base, y: (top + bottom) / 2, line: { top, bottom } };
      }
      case "at-least": {
        const y = value.y(kind.at);
        return { ...base, y, line: { top: Math.max(y - ARROW_LENGTH, PLOT.top - 16), bottom: y } };
      }
      case "at-most": {
        const y = value.y(kind.at);
        return { ...base, y, line: { top: y, bottom: value.y(0) } };
      }
    }
  });

  let houseReference: HouseReference | null = null;
  if (reference) {
    houseReference =
      reference.high === reference.low
        ? { kind: "line", y: value.y(reference.low), value: reference.low }
        : { kind: "band", top: reference.high === null ? PLOT.top : value.y(reference.high), bottom: value.y(reference.low), low: reference.low, high: reference.high };
  }

  return { width: CHART_WIDTH, height: CHART_HEIGHT, plot: PLOT, time, value, marks, house: houseReference };
}

// ---- The house figure's label ---------------------------------------------------------------------------------

export interface LabelPlacement {
  x: number;
  /** The text's baseline. */
  y: number;
  anchor: "start" | "end";
}


const LABEL_HEIGHT = 14;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function markBox(mark: ChartMark): Box {
  const top = Math.min(mark.y - 7, mark.line?.top ?? mark.y);
  const bottom = Math.max(mark.y + 7, mark.line?.bottom ?? mark.y);
  return { left: mark.x - 8, right: mark.x + 8, top, bottom };
}

/**
 * Where the house figure's label goes: just above or below its line (inside a band, along its edges), at the
 * left or the right of the plot, wherever it covers the fewest marks (the first free place, in that order).
 */
export function houseLabelPlacement(house: HouseReference, marks: readonly ChartMark[], width: number): LabelPlacement {
  const lines = house.kind === "line" ? { upper: house.y, lower: house.y } : { upper: house.top, lower: house.bottom };
  const baselines = [lines.upper - 5, lines.lower + LABEL_HEIGHT + 2, lines.lower - 5, lines.upper + LABEL_HEIGHT + 2]
    .filter((y, index, all) => all.indexOf(y) === index)
    .filter((y) => y - LABEL_HEIGHT >= PLOT.top - 20 && y <= PLOT.bottom - 2);
  const candidates: LabelPlacement[] = baselines.flatMap((y) => [
    { x: PLOT.left + 6, y, anchor: "start" as const },
    { x: PLOT.right - 6, y, anchor: "end" as const },
  ]);
  if (candidates.length === 0) return { x: PLOT.left + 6, y: lines.upper - 5, anchor: "start" };
  const boxes = marks.map(markBox);
  const covered = (place: LabelPlacement) => {
    const left = place.anchor === "start" ? place.x : place.x - width;
    const box = { left, right: left + width, top: place.y - LABEL_HEIGHT + 2, bottom: place.y + 3 };
    return boxes.filter((each) => overlaps(box, each)).length;
  };
  return candidates.reduce((best, place) => (covered(place) < covered(best) ? place : best));
}
