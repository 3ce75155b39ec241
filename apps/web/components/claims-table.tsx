import Link from "next/link";
import { claimKindLabel } from "@claimdesk/schemas";
import type { RouterOutputs } from "@claimdesk/api";
import { figureOrActorWords } from "@/lib/claim-words";
import { NotRecorded, OrNotRecorded } from "./not-recorded";
import { ClaimedByCells, VerificationCells } from "./claim-cells";

export type ClaimSummary = RouterOutputs["claim"]["list"]["items"][number];

/** The claims list: what was claimed, by whom, and how far it is verified. */
export function ClaimsTable({ claims, caption }: { claims: ClaimSummary[]; caption: string }) {
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
