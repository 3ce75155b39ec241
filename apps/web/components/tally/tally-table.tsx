import Link from "next/link";
import { independenceWords, tallyFlagLabel } from "@claimdesk/analysis";
import { casualtyMetricLabel, casualtyPopulationLabel, figureWords, shortText, type CasualtyMetric } from "@claimdesk/schemas";
import { StageBadge, VerdictBadge } from "@/components/badges";
import { DateTime } from "@/components/date-time";
import { OrNotRecorded } from "@/components/not-recorded";
import type { TallyFigureRow, TallyFlagRow } from "./tally-types";

// Every figure of one metric in the order it was reported: the chart's data as rows, each linked to its claim.

const count = (n: number | null) => (n === null ? null : n.toLocaleString("en-GB"));

/** "40–60", "137" for an exact figure, "40 or more" and "up to 20" for an open end. */
function RangeCell({ min, max }: { min: number | null; max: number | null }) {
  if (min !== null && min === max) return <td className="num nowrap">{count(min)}</td>;
  if (min !== null && max === null) return <td className="num nowrap">{count(min)} or more</td>;
  if (min === null && max !== null) return <td className="num nowrap">up to {count(max)}</td>;
  if (min === null || max === null) return <td className="num nowrap">not known</td>;
  return (
    <td className="num nowrap">
      {count(min)}
      <span aria-hidden="true">–</span>
      <span className="sr-only"> to </span>
      {count(max)}
    </td>
  );
}

export function TallyTable({ metric, figures, flags }: { metric: CasualtyMetric; figures: TallyFigureRow[]; flags: TallyFlagRow[] }) {
  // A flag is shown on the row it is first about (the one to look at).
  const flagsOf = new Map<string, TallyFlagRow[]>();
  for (const flag of flags) {
    const first = flag.claimIds[0];
    if (first === undefined) continue;
    const shown = flagsOf.get(first);
    if (shown) shown.push(flag);
    else flagsOf.set(first, [flag]);
  }
  return (
    <div className="table-wrap">
      <table className="data-table tally-table" data-testid="tally-table">
        <caption className="sr-only">{`${casualtyMetricLabel[metric]}: every figure in the order reported`}</caption>
        <thead>
          <tr>
            <th scope="col">Reported</th>
            <th scope="col">Claimant</th>
            <th scope="col">Figure</th>
            <th scope="col">Population</th>
            <th scope="col" className="num">
              Range
            </th>
            <th scope="col">Verdict</th>
            <th scope="col">Stage</th>
            <th scope="col">Supporting sources</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.claimId} data-claim-id={figure.claimId}>
              <td className="nowrap">
                <DateTime value={figure.reportedAt} />
              </td>
              <td>
                <OrNotRecorded value={figure.claimant} />
              </td>
              <td className="cell-text">
                <Link href={`/claims/${figure.claimId}`}>{figureWords({ ...figure, metric })}</Link>
                <div className="cell-sub">{shortText(figure.text, 120)}</div>
                {/* Marked wherever it is printed: an old toll read off this table is still an old toll. */}
                {figure.superseded ? (
                  <div className="cell-sub">
                    <span className="badge badge-done">Superseded</span>
                    <span className="sr-only">:</span> {figure.superseded.words}
                  </div>
                ) : null}
                {(flagsOf.get(figure.claimId) ?? []).map((flag, index) => (
                  <div key={`${flag.kind}-${index}`} className="row-flag">
                    <a href="#tally-flags-heading">Flag: {tallyFlagLabel[flag.kind]}</a>
                  </div>
                ))}
              </td>
              <td>{casualtyPopulationLabel[figure.population]}</td>
              <RangeCell min={figure.min} max={figure.max} />
              <td>
                <VerdictBadge verdict={figure.verdict} />
              </td>
              <td>
                <StageBadge stage={figure.stage} />
              </td>
              <td>
                {independenceWords({ sources: figure.sourceIds.length, origins: figure.origins })}
                {figure.official ? <div className="cell-sub">Traces back to an official statement</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
