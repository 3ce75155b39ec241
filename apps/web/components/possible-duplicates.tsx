import Link from "next/link";
import type { RouterOutputs } from "@claimdesk/api";
import { shortText } from "@claimdesk/schemas";
import { figureOrActorWords } from "@/lib/claim-words";
import { NotDuplicateButton } from "./not-duplicate-button";

type Candidate = RouterOutputs["claim"]["similar"]["candidates"][number];

/**
 * On a claim's page: the other claims it may repeat (claim.similar), so that an editor merges them (moving the
 * sources to one) or says they differ. A pair marked "not a duplicate" is not shown again, nor flagged by the tally.
 */
export function PossibleDuplicates({ claimId, candidates, canEdit }: { claimId: string; candidates: Candidate[]; canEdit: boolean }) {
  if (candidates.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-heading" className="similar-claims" data-testid="possible-duplicates">
      <h2 id="duplicates-heading" className="similar-claims-heading">
        Possible duplicates <span className="count">({candidates.length})</span>
      </h2>
      <p className="field-hint">
        One claimant’s assertion is one claim. If one of these is this claim recorded again, keep one and attach the other’s sources to it; if they are
        different assertions, say so and they are not paired again.
      </p>
      <ul className="similar-claims-list">
        {candidates.map(({ claim, score, duplicate, matches }) => {
          const label = figureOrActorWords(claim) ?? shortText(claim.text, 100);
          return (
            <li key={claim.id}>
              <p>
                <Link href={`/claims/${claim.id}`}>{label}</Link>
                {claim.claimant ? `, ${claim.claimant}` : ""}{" "}
                <span className={`badge ${duplicate ? "badge-bad" : "badge-warn"}`}>{duplicate ? "Same claim" : `${Math.round(score * 100)}% match`}</span>
              </p>
              <p className="similar-claims-text">“{shortText(claim.text, 160)}”</p>
              <ul className="similar-claims-reasons">
                {matches.map((match) => (
                  <li key={match.rule}>{match.reason}</li>
                ))}
              </ul>
              {canEdit ? <NotDuplicateButton id={claimId} otherId={claim.id} otherLabel={label} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
