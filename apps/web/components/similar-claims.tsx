import Link from "next/link";
import { countOf } from "@claimdesk/schemas";
import { SimilarClaimItem } from "./similar-claim-item";
import type { SimilarCandidate } from "./use-similar-claims";

/** Where an editor adds a source to a claim: its evidence form. */
export const addSourceHref = (claimId: string) => `/claims/${claimId}#attach-heading`;

/**
 * The claims already recorded that may be the one being typed, each with what matched and a way to add the
 * editor's source to it instead of recording it again. The count is announced as it changes; the list is not.
 */
export function SimilarClaims({ candidates, headingId }: { candidates: SimilarCandidate[]; headingId: string }) {
  const duplicates = candidates.filter((candidate) => candidate.duplicate).length;
  return (
    <section className="similar-claims" aria-labelledby={headingId} data-testid="similar-claims">
      <h2 id={headingId} className="similar-claims-heading">
        Already recorded?
      </h2>
      <p role="status" className="similar-claims-status">
        {candidates.length === 0
          ? "No claim already recorded looks like this one."
          : duplicates > 0
            ? `This claim is already recorded: ${countOf(duplicates, "claim gives", "claims give")} the same claimant's same ${candidates[0]!.claim.kind === "RESPONSIBILITY" ? "attribution" : "figure"} for this event.`
            : `${countOf(candidates.length, "claim already recorded looks", "claims already recorded look")} like this one.`}
      </p>
      {candidates.length > 0 ? (
        <>
          <p className="field-hint">One claimant’s assertion is one claim; each outlet that reports it is a source for it. If yours is one of these, add your source to it instead.</p>
          <ul className="similar-claims-list">
            {candidates.map((candidate) => (
              <SimilarClaimItem
                key={candidate.claim.id}
                candidate={candidate}
                action={
                  <Link href={addSourceHref(candidate.claim.id)} className="button button-small">
                    Add your source to this claim instead
                  </Link>
                }
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
