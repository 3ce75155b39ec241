import { tallyFlagLabel } from "@claimdesk/analysis";
import type { CasualtyMetric } from "@claimdesk/schemas";
import { ClaimLinks } from "./claim-links";
import type { TallyFigureRow, TallyFlagRow } from "./tally-types";

// What an editor must look at before printing a figure: each flag named in words ("Flag: ..."), never by colour
// alone, with the claims it is about.

export function TallyFlags({ flags, figures, metric }: { flags: TallyFlagRow[]; figures: ReadonlyMap<string, TallyFigureRow>; metric: CasualtyMetric }) {
  return (
    <section className="tally-flags" aria-labelledby="tally-flags-heading">
      <h3 id="tally-flags-heading">
        Flags <span className="count">({flags.length})</span>
      </h3>
      {flags.length === 0 ? (
        <p className="empty">No flags: nothing in these figures needs checking before they are compared.</p>
      ) : (
        <ul className="flag-list" data-testid="tally-flags">
          {flags.map((flag, index) => (
            // Keyed by its first claim: a flag may name thousands (one number reported under two metrics).
            <li key={`${flag.kind}-${flag.claimIds[0] ?? ""}-${index}`} className="flag" data-flag-kind={flag.kind}>
              <p className="flag-title">
                <span className="flag-mark">Flag:</span> {tallyFlagLabel[flag.kind]}
              </p>
              <p className="flag-message">{flag.message}</p>
              <div className="flag-claims">
                <span className="cell-sub">{flag.claimIds.length === 1 ? "Claim:" : "Claims:"}</span>
                <ClaimLinks claimIds={flag.claimIds} figures={figures} metric={metric} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
