import Link from "next/link";
import { casualtyMetricLabel, casualtyPopulationLabel, countOf, type CasualtyMetric } from "@claimdesk/schemas";
import { HouseFigurePanel } from "./house-figure";
import { TallyChart } from "./tally-chart";
import { TallyFlags } from "./tally-flags";
import { TallyTable } from "./tally-table";
import type { Tally } from "./tally-types";

// The tally of an event for one metric: the house figure the newsroom may print, the flags to check first, how
// the figure moved (chart) and every figure (table). The metric is chosen by links (?metric=KILLED), so each
// tally has an address of its own and the page works without JavaScript.

/** The metric tabs, each with its number of figures; the shown one is marked as current. */
function MetricTabs({ eventId, tally }: { eventId: string; tally: Tally }) {
  return (
    <nav aria-label="Casualty metrics" className="view-tabs metric-tabs">
      <ul>
        {tally.metrics.map(({ metric, figures }) => (
          <li key={metric}>
            {/* Seen as "Killed (5)", heard as "Killed, 5 figures". */}
            <Link
              href={`/events/${encodeURIComponent(eventId)}?metric=${metric}#tally-heading`}
              aria-current={metric === tally.metric ? "page" : undefined}
              aria-label={`${casualtyMetricLabel[metric]}, ${countOf(figures, "figure", "figures")}`}
              scroll={false}
            >
              {casualtyMetricLabel[metric]} <span className="count">({figures})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function TallySection({ tally, canEdit }: { tally: Tally; canEdit: boolean }) {
  const metric: CasualtyMetric = tally.metric;
  const metricWord = casualtyMetricLabel[metric].toLowerCase();
  const figures = new Map(tally.figures.map((figure) => [figure.claimId, figure]));
  return (
    <section aria-labelledby="tally-heading" className="tally" data-metric={metric}>
      <h2 id="tally-heading">Tally</h2>
      <MetricTabs eventId={tally.event.id} tally={tally} />
      {tally.figures.length === 0 ? (
        <p className="empty">No {metricWord} figures are recorded for this event yet.</p>
      ) : tally.population !== "ALL" ? (
        <p className="field-hint">Counting {casualtyPopulationLabel[tally.population].toLowerCase()}: no figure counts all people.</p>
      ) : null}

      <HouseFigurePanel tally={tally} canEdit={canEdit} />

      {tally.figures.length > 0 ? (
        <>
          <TallyFlags flags={tally.flags} figures={figures} metric={metric} />
          <section aria-labelledby="tally-chart-heading">
            <h3 id="tally-chart-heading">How the figure moved</h3>
            <TallyChart metric={metric} figures={tally.figures} house={tally.houseFigure} rule={tally.event.houseFigureRule} />
          </section>
          <section aria-labelledby="tally-figures-heading">
            <h3 id="tally-figures-heading">
              Every figure, in the order reported <span className="count">({tally.figures.length})</span>
            </h3>
            <TallyTable metric={metric} figures={tally.figures} flags={tally.flags} />
          </section>
        </>
      ) : null}
    </section>
  );
}
