import { StageBadge, VerdictBadge } from "./badges";
import type { ClaimSummary } from "./claims-table";

/** How far a claim is verified, as table cells: stage, verdict, number of sources. */
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
