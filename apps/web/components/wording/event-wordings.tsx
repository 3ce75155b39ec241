import type { ReactNode } from "react";
import Link from "next/link";
import { wordClaim, type Superseded, type Wording } from "@claimdesk/analysis";
import { casualtyMetricLabel, claimKindLabel, houseFigureRuleLabel, shortText, type HouseFigureRule } from "@claimdesk/schemas";
import type { ClaimSummary } from "@/components/claims-table";
import type { Tally } from "@/components/tally/tally-types";
import { CopyButton } from "./copy-button";
import { AsFactBadge, SupersededBadge, SupersededNote } from "./wording-panel";
import { claimFactsSentence } from "@/lib/claim-words";

interface Worded {
  claim: ClaimSummary;
  wording: Wording;
}

/** One claim's permitted sentence with its badges and a copy button. */
function WordingItem({ worded: { claim, wording }, badges, copyLabel = "Copy", current = false }: { worded: Worded; badges: ReactNode; copyLabel?: string; current?: boolean }) {
  const textId = `wording-${claim.id}`;
  return (
    <li className="event-wording" data-claim-id={claim.id} data-current={current ? "true" : undefined} data-superseded={wording.superseded ? "true" : undefined}>
      <div className="wording-head">
        {/* Said by its facts, not its text: claims found in one sentence share the text. */}
        <Link href={`/claims/${claim.id}`}>
          {claimKindLabel[claim.kind]}: {shortText(claimFactsSentence(claim), 90)}
        </Link>
        {badges}
      </div>
      <blockquote id={textId} className="wording-text">
        {wording.text}
      </blockquote>
      {wording.superseded ? <SupersededNote superseded={wording.superseded} /> : null}
      <div className="wording-actions">
        <CopyButton text={wording.text} targetId={textId} label={copyLabel} hiddenDetail={`“${shortText(wording.text, 80)}”`} />
        <small className="wording-rule-id">
          rule <code>{wording.ruleId}</code>
        </small>
      </div>
    </li>
  );
}

/**
 * "What we may print" for a whole event: each claim's permitted sentence, from the same rules as `claim.wording`,
 * with a copy button. The line to print comes first: for each metric, the wording of the claims the house figure
 * rests on under the event's rule. Figures a later one superseded (the tally says which) follow, marked and with
 * the note in their words, so that an old toll is never offered as the current one; then every other claim, those
 * stated as fact first.
 */
export function EventWordings({ claims, tallies, rule }: { claims: ClaimSummary[]; tallies: Tally[]; rule: HouseFigureRule }) {
  if (claims.length === 0) return null;
  const supersededOf = new Map<string, Superseded>();
  for (const tally of tallies) for (const figure of tally.figures) if (figure.superseded) supersededOf.set(figure.claimId, figure.superseded);
  const worded = new Map(claims.map((claim) => [claim.id, { claim, wording: wordClaim(claim, supersededOf.get(claim.id) ?? null) }]));

  // The house figure's own claims, unless a later figure superseded them (the bottom of a Range can be an old toll).
  const current = tallies.flatMap((tally) =>
    tally.houseFigure.restsOn.flatMap((id) => {
      const item = worded.get(id);
      return item && !item.wording.superseded ? [{ metric: tally.metric, item }] : [];
    }),
  );
  const withoutCurrent = tallies.filter((tally) => tally.houseFigure.words !== null && !current.some((each) => each.metric === tally.metric));
  const currentIds = new Set(current.map(({ item }) => item.claim.id));
  const superseded = [...worded.values()].filter(({ wording }) => wording.superseded);
  const rest = [...worded.values()].filter(({ claim, wording }) => !currentIds.has(claim.id) && !wording.superseded);
  const others = [...rest.filter(({ wording }) => wording.asFact), ...rest.filter(({ wording }) => !wording.asFact)];

  return (
    <section aria-labelledby="event-wording-heading" className="event-wordings">
      <h2 id="event-wording-heading">What we may print</h2>
      <p className="field-hint">
        Each claim in the words our style permits for its kind, verdict, qualifier and assessment. The current figure comes first; figures a
        later one has superseded are listed below it, marked.
      </p>

      {current.length > 0 || withoutCurrent.length > 0 ? (
        <section aria-labelledby="current-wording-heading">
          <h3 id="current-wording-heading">The current figure</h3>
          <p className="field-hint">The house figure under the event&apos;s rule ({houseFigureRuleLabel[rule]}), in the words to print.</p>
          {current.length > 0 ? (
            <ol className="event-wording-list" data-testid="current-wordings">
              {current.map(({ metric, item }) => (
                <WordingItem
                  key={item.claim.id}
                  worded={item}
                  current
                  badges={
                    <>
                      <span className="badge badge-info">Current figure: {casualtyMetricLabel[metric].toLowerCase()}</span>
                      <AsFactBadge asFact={item.wording.asFact} />
                    </>
                  }
                />
              ))}
            </ol>
          ) : null}
          {withoutCurrent.map((tally) => (
            <p key={tally.metric} className="notice" role="note">
              {casualtyMetricLabel[tally.metric]}: the house figure ({tally.houseFigure.words}) rests only on figures a later one has
              superseded, so no claim&apos;s words can be offered as the current line. See the tally.
            </p>
          ))}
        </section>
      ) : null}

      {superseded.length > 0 ? (
        <section aria-labelledby="superseded-wording-heading">
          <h3 id="superseded-wording-heading">
            Superseded figures <span className="count">({superseded.length})</span>
          </h3>
          <p className="field-hint">Overtaken by a later figure: not the line to print. A copied sentence keeps the note that says so.</p>
          <ol className="event-wording-list" data-testid="superseded-wordings">
            {superseded.map((item) => (
              <WordingItem key={item.claim.id} worded={item} copyLabel="Copy with the superseded note" badges={<SupersededBadge />} />
            ))}
          </ol>
        </section>
      ) : null}

      {others.length > 0 ? (
        <section aria-labelledby="other-wording-heading">
          {current.length > 0 || superseded.length > 0 ? <h3 id="other-wording-heading">Other claims</h3> : <h3 id="other-wording-heading" className="sr-only">Claims</h3>}
          <ol className="event-wording-list">
            {others.map((item) => (
              <WordingItem key={item.claim.id} worded={item} badges={<AsFactBadge asFact={item.wording.asFact} />} />
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
