import type { ReactNode } from "react";
import Link from "next/link";
import { casualtyMetricLabel, figureNumber, figureWords, houseFigureRuleLabel, verdictLabel, type CasualtyMetric, type HouseFigureRule } from "@claimdesk/schemas";
import {
  CAP_HALF_WIDTH,
  PLOT,
  SHAPE_LEGEND,
  chartGeometry,
  houseLabelPlacement,
  labelWidth,
  shortDateLabel,
  unplottedFigures,
  type ChartMark,
  type HouseReference,
  type MarkShape,
} from "./chart-geometry";
import { chartSummary } from "./chart-words";
import type { HouseFigureRow, TallyFigureRow } from "./tally-types";

// How the figure moved: every figure at the time it was reported, drawn on the server as plain SVG (no script,
// no chart library). The table below the chart says the same in rows; the chart's <desc> says it in a sentence.

const INK = "#1b1f24";
const MUTED = "#57606a";
const GRID = "#d0d7de";
const HOUSE = "#0b5cad";
const FALSE_INK = "#b42318";

/** The verdict's shape, centred on 0,0. */
export function ShapeMark({ shape }: { shape: MarkShape }) {
  switch (shape) {
    case "filled-circle":
      return <circle r={5} fill={INK} stroke={INK} strokeWidth={1.5} />;
    case "hollow-circle":
      return <circle r={4.5} fill="#fff" stroke={INK} strokeWidth={2} />;
    case "square":
      return <rect x={-4.5} y={-4.5} width={9} height={9} fill={INK} />;
    case "cross":
      return <path d="M-4.5,-4.5 L4.5,4.5 M-4.5,4.5 L4.5,-4.5" stroke={FALSE_INK} strokeWidth={2.5} strokeLinecap="round" fill="none" />;
    case "triangle":
      return <path d="M0,-6 L5.5,4 L-5.5,4 Z" fill="#fff" stroke={INK} strokeWidth={2} strokeLinejoin="round" />;
  }
}

function MarkLine({ mark }: { mark: ChartMark }) {
  if (!mark.line) return null;
  const { x } = mark;
  const { top, bottom } = mark.line;
  switch (mark.kind) {
    case "range":
      return (
        <path
          d={`M${x},${top} L${x},${bottom} M${x - CAP_HALF_WIDTH},${top} L${x + CAP_HALF_WIDTH},${top} M${x - CAP_HALF_WIDTH},${bottom} L${x + CAP_HALF_WIDTH},${bottom}`}
          stroke={INK}
          strokeWidth={2}
          fill="none"
        />
      );
    case "at-least":
      // An open arrow: the count goes on upwards from the point, without a top.
      return <path d={`M${x},${bottom} L${x},${top} M${x - 5},${top + 7} L${x},${top} L${x + 5},${top + 7}`} stroke={INK} strokeWidth={1.75} fill="none" strokeLinecap="round" strokeLinejoin="round" />;
    case "at-most":
      return <path d={`M${x},${top} L${x},${bottom}`} stroke={INK} strokeWidth={1.75} strokeDasharray="4 3" fill="none" />;
    case "point":
      return null;
  }
}

function HouseMark({ house, label, marks }: { house: HouseReference; label: string; marks: readonly ChartMark[] }) {
  const place = houseLabelPlacement(house, marks, labelWidth(label));
  const text = (
    <text
      x={place.x}
      y={place.y}
      textAnchor={place.anchor}
      className="chart-house-label"
      fill={HOUSE}
      stroke="#fff"
      strokeWidth={4}
      paintOrder="stroke"
      strokeLinejoin="round"
    >
      {label}
    </text>
  );
  if (house.kind === "line") {
    return (
      <g className="chart-house">
        <line x1={PLOT.left} x2={PLOT.right} y1={house.y} y2={house.y} stroke={HOUSE} strokeWidth={1.5} strokeDasharray="8 4" />
        {text}
      </g>
    );
  }
  return (
    <g className="chart-house">
      <rect x={PLOT.left} y={house.top} width={PLOT.right - PLOT.left} height={Math.max(house.bottom - house.top, 1)} fill={HOUSE} fillOpacity={0.1} />
      {house.high === null ? null : <line x1={PLOT.left} x2={PLOT.right} y1={house.top} y2={house.top} stroke={HOUSE} strokeWidth={1} strokeDasharray="8 4" />}
      <line x1={PLOT.left} x2={PLOT.right} y1={house.bottom} y2={house.bottom} stroke={HOUSE} strokeWidth={1} strokeDasharray="8 4" />
      {text}
    </g>
  );
}

/** A small picture for the legend. */
function LegendIcon({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-icon" viewBox="-12 -9 24 18" width={24} height={18} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

function Legend({ houseLabel, band }: { houseLabel: string | null; band: boolean }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {SHAPE_LEGEND.map(({ shape, words }) => (
        <li key={shape}>
          <LegendIcon>
            <ShapeMark shape={shape} />
          </LegendIcon>
          {words}
        </li>
      ))}
      <li>
        <LegendIcon>
          <path d="M0,-8 L0,8 M-5,-8 L5,-8 M-5,8 L5,8" stroke={INK} strokeWidth={2} fill="none" />
        </LegendIcon>
        Bar: between two numbers
      </li>
      <li>
        <LegendIcon>
          <path d="M0,8 L0,-8 M-4,-2 L0,-8 L4,-2" stroke={INK} strokeWidth={1.75} fill="none" />
        </LegendIcon>
        Arrow up: at least
      </li>
      <li>
        <LegendIcon>
          <path d="M0,-8 L0,8" stroke={INK} strokeWidth={1.75} strokeDasharray="4 3" fill="none" />
        </LegendIcon>
        Dashed line down to 0: at most
      </li>
      {houseLabel ? (
        <li>
          <LegendIcon>
            {band ? <rect x={-11} y={-6} width={22} height={12} fill={HOUSE} fillOpacity={0.1} /> : null}
            <path d={band ? "M-11,6 L11,6" : "M-11,0 L11,0"} stroke={HOUSE} strokeWidth={1.5} strokeDasharray="6 3" fill="none" />
          </LegendIcon>
          {houseLabel}
        </li>
      ) : null}
    </ul>
  );
}

interface TallyChartProps {
  metric: CasualtyMetric;
  figures: TallyFigureRow[];
  house: HouseFigureRow;
  rule: HouseFigureRule;
}

export function TallyChart({ metric, figures, house, rule }: TallyChartProps) {
  const metricLabel = casualtyMetricLabel[metric];
  const geometry = chartGeometry(figures, house);
  const unplotted = unplottedFigures(figures);
  const byId = new Map(figures.map((figure) => [figure.claimId, figure]));
  const words = (figure: TallyFigureRow) => figureWords({ ...figure, metric });
  const ruleLabel = houseFigureRuleLabel[rule];
  const summary = chartSummary(metricLabel, figures, { words: house.words, ruleLabel });
  const houseLabel = geometry?.house && house.words ? `House figure (${ruleLabel} rule): ${house.words}` : null;
  const idBase = `tally-chart-${metric.toLowerCase()}`;

  return (
    <figure className="tally-chart" aria-labelledby={`${idBase}-caption`}>
      <figcaption id={`${idBase}-caption`} className="sr-only">
        {`${metricLabel} over time`}
      </figcaption>
      {geometry ? (
        <>
          <svg
            viewBox={`0 0 ${geometry.width} ${geometry.height}`}
            width="100%"
            role="img"
            aria-labelledby={`${idBase}-title`}
            aria-describedby={`${idBase}-desc`}
            data-testid="tally-chart"
            className="tally-chart-svg"
          >
            <title id={`${idBase}-title`}>{`${metricLabel}: reported figures over time`}</title>
            <desc id={`${idBase}-desc`}>{summary}</desc>

            <g className="chart-axis chart-axis-y">
              {geometry.value.ticks.map((tick) => (
                <g key={tick.value}>
                  <line x1={PLOT.left} x2={PLOT.right} y1={tick.y} y2={tick.y} stroke={tick.value === 0 ? MUTED : GRID} strokeWidth={1} />
                  <text x={PLOT.left - 8} y={tick.y} dy="0.32em" textAnchor="end" fill={MUTED}>
                    {tick.label}
                  </text>
                </g>
              ))}
              <text transform={`translate(14 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`} textAnchor="middle" fill={MUTED}>
                People
              </text>
            </g>

            <g className="chart-axis chart-axis-x">
              {geometry.time.ticks.map((tick) => (
                <g key={tick.time.getTime()}>
                  <line x1={tick.x} x2={tick.x} y1={PLOT.bottom} y2={PLOT.bottom + 5} stroke={MUTED} strokeWidth={1} />
                  <line x1={tick.x} x2={tick.x} y1={PLOT.top} y2={PLOT.bottom} stroke={GRID} strokeWidth={1} strokeDasharray="2 4" />
                  <text x={tick.x} y={PLOT.bottom + 18} textAnchor={tick.anchor} fill={MUTED}>
                    {tick.label}
                  </text>
                </g>
              ))}
              <text x={(PLOT.left + PLOT.right) / 2} y={geometry.height - 6} textAnchor="middle" fill={MUTED}>
                Reported (UTC)
              </text>
            </g>

            {geometry.house && house.figure ? <HouseMark house={geometry.house} label={`House figure: ${figureNumber(house.figure)}${house.openEnded ? " or more" : ""}`} marks={geometry.marks} /> : null}

            <g className="chart-marks">
              {geometry.marks.map((mark) => {
                const figure = byId.get(mark.claimId)!;
                const when = figure.reportedAt ? `${shortDateLabel(figure.reportedAt)} UTC` : "";
                return (
                  <g key={mark.claimId} data-claim-id={mark.claimId} data-verdict={mark.verdict} className={`chart-mark chart-mark-${mark.kind}`}>
                    <title>{`${words(figure)}, ${figure.claimant ?? "unnamed claimant"}, ${when}, ${verdictLabel[figure.verdict]}`}</title>
                    <MarkLine mark={mark} />
                    <g transform={`translate(${mark.x} ${mark.y})`}>
                      <ShapeMark shape={mark.shape} />
                    </g>
                  </g>
                );
              })}
            </g>
          </svg>
          <Legend houseLabel={houseLabel} band={geometry.house?.kind === "band"} />
          <p className="chart-summary">{summary}</p>
        </>
      ) : (
        <p className="empty">
          {figures.length === 0
            ? `No ${metricLabel.toLowerCase()} figures to draw yet.`
            : `Nothing to draw: no ${metricLabel.toLowerCase()} figure has both a number and a reported time.`}
        </p>
      )}
      {unplotted.length > 0 ? (
        <div className="chart-unplotted">
          <p>Not plotted:</p>
          <ul>
            {unplotted.map(({ claimId, reason }) => (
              <li key={claimId}>
                <Link href={`/claims/${claimId}`}>{words(byId.get(claimId)!)}</Link> ({byId.get(claimId)!.claimant ?? "unnamed claimant"}): {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </figure>
  );
}
