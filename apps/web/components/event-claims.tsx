import type { ReactNode } from "react";
import Link from "next/link";
import { likelihoodLabel } from "@claimdesk/schemas";
import { figureOrActorWords } from "@/lib/claim-words";
import type { ClaimSummary } from "./claims-table";
import { DateTime } from "./date-time";
import { OrNotRecorded } from "./not-recorded";
import { ClaimedByCells, VerificationCells } from "./claim-cells";

// An event's claims, one table per kind, oldest claim first so that a figure's movement reads in order.

const commonHeads = ["Claimant", "Claimed at", "Stage", "Verdict"];

function ClaimGroup({ id, title, heads, claims, row }: { id: string; title: string; heads: string[]; claims: ClaimSummary[]; row(claim: ClaimSummary): ReactNode }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby={id} className="claim-group">
      <h3 id={id}>
        {title} <span className="count">({claims.length})</span>
      </h3>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              {[...heads, ...commonHeads].map((head) => (
                <th scope="col" key={head}>
                  {head}
                </th>
              ))}
              <th scope="col" className="num">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>{claims.map((claim) => row(claim))}</tbody>
        </table>
      </div>
    </section>
  );
}

export function EventClaims({ claims }: { claims: ClaimSummary[] }) {
  const casualties = claims.filter((claim) => claim.kind === "CASUALTY_COUNT");
  const responsibility = claims.filter((claim) => claim.kind === "RESPONSIBILITY");
  const statements = claims.filter((claim) => claim.kind === "STATEMENT");
  if (claims.length === 0) return <p className="empty">No claims recorded for this event yet.</p>;
  return (
    <>
      <ClaimGroup
        id="casualty-counts"
        title="Casualty counts"
        heads={["Figure", "As of"]}
        claims={casualties}
        row={(claim) => (
          <tr key={claim.id}>
            <td>
              <Link href={`/claims/${claim.id}`}>{figureOrActorWords(claim)}</Link>
            </td>
            <td className="nowrap">
              <DateTime value={claim.casualty?.asOf} />
            </td>
            <ClaimedByCells claim={claim} />
            <VerificationCells claim={claim} />
          </tr>
        )}
      />
      <ClaimGroup
        id="responsibility"
        title="Responsibility"
        heads={["Actor", "Channel", "Our assessment"]}
        claims={responsibility}
        row={(claim) => (
          <tr key={claim.id}>
            <td>
              <Link href={`/claims/${claim.id}`}>{figureOrActorWords(claim)}</Link>
            </td>
            <td>
              <OrNotRecorded value={claim.responsibility?.channel} />
            </td>
            <td>{claim.responsibility ? likelihoodLabel[claim.responsibility.assessment] : null}</td>
            <ClaimedByCells claim={claim} />
            <VerificationCells claim={claim} />
          </tr>
        )}
      />
      <ClaimGroup
        id="statements"
        title="Statements"
        heads={["Statement"]}
        claims={statements}
        row={(claim) => (
          <tr key={claim.id}>
            <td className="cell-text">
              <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
            </td>
            <ClaimedByCells claim={claim} />
            <VerificationCells claim={claim} />
          </tr>
        )}
      />
    </>
  );
}
