import Link from "next/link";
import { claimKindLabel, roleLabel } from "@claimdesk/schemas";
import type { RouterOutputs } from "@claimdesk/api";
import { figureOrActorWords } from "@/lib/claim-words";
import { hasPassed } from "@/lib/relative-time";
import { NotRecorded, OrNotRecorded } from "./not-recorded";
import { ClaimedByCells, VerificationCells } from "./claim-cells";
import { DateTime } from "./date-time";

export type ClaimSummary = RouterOutputs["claim"]["list"]["items"][number];

/** A re-check date, marked "Due" once it has passed. */
function RecheckCell({ recheckAt }: { recheckAt: Date | null }) {
  return (
    <td className="nowrap">
      <DateTime value={recheckAt} />
      {hasPassed(recheckAt) ? (
        <>
          {" "}
          <span className="badge badge-warn">Due</span>
        </>
      ) : null}
    </td>
  );
}

/** The claims list: what was claimed, by whom, how far it is verified and who has it. */
export function ClaimsTable({ claims, caption, showRecheck = false }: { claims: ClaimSummary[]; caption: string; showRecheck?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Kind</th>
            <th scope="col">Figure or actor</th>
            <th scope="col">Claimant</th>
            <th scope="col">Claimed at</th>
            <th scope="col">Event</th>
            <th scope="col">Stage</th>
            <th scope="col">Verdict</th>
            <th scope="col" className="num">
              Sources
            </th>
            <th scope="col">Assigned to</th>
            {showRecheck ? <th scope="col">Re-check</th> : null}
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id}>
              <td className="cell-text">
                <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
              </td>
              <td>{claimKindLabel[claim.kind]}</td>
              <td>
                <OrNotRecorded value={figureOrActorWords(claim)} />
              </td>
              <ClaimedByCells claim={claim} />
              <td>{claim.event ? <Link href={`/events/${claim.event.id}`}>{claim.event.title}</Link> : <NotRecorded />}</td>
              <VerificationCells claim={claim} />
              <td>
                {claim.assignee ? (
                  <>
                    {claim.assignee.name}
                    <div className="cell-sub">{roleLabel[claim.assignee.role]}</div>
                  </>
                ) : (
                  <span className="not-recorded">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">unassigned</span>
                  </span>
                )}
              </td>
              {showRecheck ? <RecheckCell recheckAt={claim.recheckAt} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
