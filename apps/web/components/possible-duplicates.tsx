import { NotDuplicateButton } from "./not-duplicate-button";
import { SimilarClaimItem, candidateLabel } from "./similar-claim-item";
import type { SimilarCandidate } from "./use-similar-claims";

/**
 * On a claim's page: the other claims it may repeat (claim.similar), so that an editor merges them (moving the
 * sources to one) or says they differ. A pair marked "not a duplicate" is not shown again, nor flagged by the tally.
 */
export function PossibleDuplicates({ claimId, candidates, canEdit }: { claimId: string; candidates: SimilarCandidate[]; canEdit: boolean }) {
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
        {candidates.map((candidate) => (
          <SimilarClaimItem
            key={candidate.claim.id}
            candidate={candidate}
            action={canEdit ? <NotDuplicateButton id={claimId} otherId={candidate.claim.id} otherLabel={candidateLabel(candidate.claim)} /> : null}
          />
        ))}
      </ul>
    </section>
  );
}
