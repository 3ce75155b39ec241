import Link from "next/link";
import { CopyButton } from "./copy-button";

export interface ClaimWording {
  version: number;
  text: string;
  ruleId: string;
  rule: string;
  asFact: boolean;
  /** The later figure that overtook this one, and the note's words; the note already ends `text`. */
  superseded: { byClaimId: string; words: string } | null;
}

const TEXT_ID = "claim-wording";

/** Whether a wording states the claim as fact or only attributes it, in words (not colour alone). */
export function AsFactBadge({ asFact }: { asFact: boolean }) {
  return asFact ? <span className="badge badge-good">Stated as fact</span> : <span className="badge badge-warn">Attributed — not stated as fact</span>;
}

/**
 * A figure a later one has overtaken, in words (not colour alone). It takes the place of the "stated as fact"
 * badge: a superseded figure is never presented as the line to print, however confirmed it was.
 */
export function SupersededBadge() {
  return <span className="badge badge-done">Superseded — not the current figure</span>;
}

/** "Superseded: the toll has since risen to at least 133", linked to the claim that overtook it. */
export function SupersededNote({ superseded }: { superseded: NonNullable<ClaimWording["superseded"]> }) {
  return (
    <p className="wording-superseded" data-testid="superseded-note">
      <span className="wording-rule-label">Superseded: </span>
      {superseded.words} (<Link href={`/claims/${superseded.byClaimId}`}>the later claim</Link>). The copied words keep this note.
    </p>
  );
}

/**
 * "What we may print": the sentence our style permits for the claim, whether it states the claim as fact or
 * attributes it (or that a later figure superseded it), the rule that chose it, and a button that copies it. For
 * every role: viewers write copy too.
 */
export function WordingPanel({ wording }: { wording: ClaimWording }) {
  return (
    <section aria-labelledby="wording-heading" className="panel wording-panel">
      <div className="wording-head">
        <h2 id="wording-heading">What we may print</h2>
        {wording.superseded ? <SupersededBadge /> : <AsFactBadge asFact={wording.asFact} />}
      </div>
      <blockquote id={TEXT_ID} className="wording-text" data-testid="claim-wording">
        {wording.text}
      </blockquote>
      {wording.superseded ? <SupersededNote superseded={wording.superseded} /> : null}
      <div className="wording-actions">
        <CopyButton
          text={wording.text}
          targetId={TEXT_ID}
          label={wording.superseded ? "Copy with the superseded note" : "Copy"}
          hiddenDetail={wording.superseded ? "(the permitted wording of a superseded figure)" : "the permitted wording"}
        />
      </div>
      <p className="wording-rule">
        <span className="wording-rule-label">Why this wording: </span>
        {wording.rule}{" "}
        <small className="wording-rule-id">
          (rule <code>{wording.ruleId}</code>, for version {wording.version} of the claim)
        </small>
      </p>
    </section>
  );
}
