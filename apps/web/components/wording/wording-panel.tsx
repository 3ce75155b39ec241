import { CopyButton } from "./copy-button";

export interface ClaimWording {
  version: number;
  text: string;
  ruleId: string;
  rule: string;
  asFact: boolean;
}

const TEXT_ID = "claim-wording";

/** Whether a wording states the claim as fact or only attributes it, in words (not colour alone). */
export function AsFactBadge({ asFact }: { asFact: boolean }) {
  return asFact ? <span className="badge badge-good">Stated as fact</span> : <span className="badge badge-warn">Attributed — not stated as fact</span>;
}

/**
 * "What we may print": the sentence our style permits for the claim, whether it states the claim as fact or
 * attributes it, the rule that chose it, and a button that copies it. For every role: viewers write copy too.
 */
export function WordingPanel({ wording }: { wording: ClaimWording }) {
  return (
    <section aria-labelledby="wording-heading" className="panel wording-panel">
      <div className="wording-head">
        <h2 id="wording-heading">What we may print</h2>
        <AsFactBadge asFact={wording.asFact} />
      </div>
      <blockquote id={TEXT_ID} className="wording-text" data-testid="claim-wording">
        {wording.text}
      </blockquote>
      <div className="wording-actions">
        <CopyButton text={wording.text} targetId={TEXT_ID} label="Copy" hiddenDetail="the permitted wording" />
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
