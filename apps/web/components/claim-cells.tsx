import { StageBadge, VerdictBadge } from "./badges";
import type { ClaimSummary } from "./claims-table";
import { DateTime } from "./date-time";
import { OrNotRecorded } from "./not-recorded";

// Table cells every claims table shows.

/** Who made the claim and when. */
export function ClaimedByCells({ claim }: { claim: Pick<ClaimSummary, "claimant" | "claimedAt"> }) {
  return (
    <>
      <td>
        <OrNotRecorded value={claim.claimant} />
      </td>
      <td className="nowrap">
        <DateTime value={claim.claimedAt} />
      </td>
    </>
  );
}

/** How far a claim is verified: stage, verdict, number of sources. */
export function VerificationCells({ claim }: { claim: Pick<ClaimSummary, "stage" | "verdict" | "_count"> }) {
  return (
    <>
      <td>
        <StageBadge stage={claim.stage} />
      </td>
      <td>
        <VerdictBadge verdict={claim.verdict} />
      </td>
      <td className="num">{claim._count.evidence}</td>
    </>
  );
}
