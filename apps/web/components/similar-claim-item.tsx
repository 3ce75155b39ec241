import type { ReactNode } from "react";
import Link from "next/link";
import { shortText } from "@claimdesk/schemas";
import { figureOrActorWords } from "@/lib/claim-words";
import type { SimilarCandidate } from "./use-similar-claims";

/** How a candidate is named: its figure or attribution in words, else the start of its text. */
export const candidateLabel = (claim: SimilarCandidate["claim"]): string => figureOrActorWords(claim) ?? shortText(claim.text, 100);

/**
 * One claim that may repeat another (an answer of claim.similar): its link, how close it is, its words and what
 * matched, then what the page offers to do about it (`action`). The claim form and the claim page list them alike.
 */
export function SimilarClaimItem({ candidate, action }: { candidate: SimilarCandidate; action: ReactNode }) {
  const { claim, score, duplicate, matches } = candidate;
  return (
    <li>
      <p>
        <Link href={`/claims/${claim.id}`}>{candidateLabel(claim)}</Link>
        {claim.claimant ? `, ${claim.claimant}` : ""}{" "}
        <span className={`badge ${duplicate ? "badge-bad" : "badge-warn"}`}>{duplicate ? "Same claim" : `${Math.round(score * 100)}% match`}</span>
      </p>
      <p className="similar-claims-text">“{shortText(claim.text, 160)}”</p>
      <ul className="similar-claims-reasons">
        {matches.map((match) => (
          <li key={match.rule}>{match.reason}</li>
        ))}
      </ul>
      {action}
    </li>
  );
}
