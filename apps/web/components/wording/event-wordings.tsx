import Link from "next/link";
import { wordClaim } from "@claimdesk/analysis";
import { claimKindLabel, shortText } from "@claimdesk/schemas";
import type { ClaimSummary } from "@/components/claims-table";
import { CopyButton } from "./copy-button";
import { AsFactBadge } from "./wording-panel";
import { claimFactsSentence } from "@/lib/claim-words";

/**
 * "What we may print" for a whole event: each claim's permitted sentence, from the same rules table as
 * `claim.wording`, with a copy button. Sentences stated as fact come first; the rest are attributed.
 */
export function EventWordings({ claims }: { claims: ClaimSummary[] }) {
  if (claims.length === 0) return null;
  const worded = claims.map((claim) => ({ claim, wording: wordClaim(claim) }));
  const ordered = [...worded.filter(({ wording }) => wording.asFact), ...worded.filter(({ wording }) => !wording.asFact)];
  return (
    <section aria-labelledby="event-wording-heading" className="event-wordings">
      <h2 id="event-wording-heading">What we may print</h2>
      <p className="field-hint">Each claim in the words our style permits for its kind, verdict, qualifier and assessment.</p>
      <ol className="event-wording-list">
        {ordered.map(({ claim, wording }) => {
          const textId = `wording-${claim.id}`;
          return (
            <li key={claim.id} className="event-wording" data-claim-id={claim.id}>
              <div className="wording-head">
                {/* Said by its facts, not its text: claims found in one sentence share the text. */}
                <Link href={`/claims/${claim.id}`}>
                  {claimKindLabel[claim.kind]}: {shortText(claimFactsSentence(claim), 90)}
                </Link>
                <AsFactBadge asFact={wording.asFact} />
              </div>
              <blockquote id={textId} className="wording-text">
                {wording.text}
              </blockquote>
              <div className="wording-actions">
                <CopyButton text={wording.text} targetId={textId} label="Copy" hiddenDetail={`“${shortText(wording.text, 80)}”`} />
                <small className="wording-rule-id">
                  rule <code>{wording.ruleId}</code>
                </small>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
