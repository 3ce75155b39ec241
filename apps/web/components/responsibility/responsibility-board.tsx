import Link from "next/link";
import type { RouterOutputs } from "@claimdesk/api";
import { attributionLabel, likelihoodLabel, shortText } from "@claimdesk/schemas";
import { StageBadge, VerdictBadge } from "@/components/badges";
import { DateTime } from "@/components/date-time";

// Who is said to be behind the event: competing actors side by side, each with the newsroom's assessment and
// every attribution about them (who said it, when, through which channel, how well it is sourced).

export type ResponsibilityBoardData = RouterOutputs["event"]["responsibility"];
type ActorEntry = ResponsibilityBoardData["actors"][number];
type AttributionEntry = ActorEntry["attributions"][number];

/** "through its Amaq news agency": the channel is recorded as a phrase; a leading "through"/"via" is not repeated. */
export function channelWords(channel: string | null): string | null {
  const phrase = channel?.replace(/^\s*(through|via)\s+/i, "").trim();
  return phrase ? `through ${phrase}` : null;
}

function Attribution({ entry }: { entry: AttributionEntry }) {
  const channel = channelWords(entry.channel);
  return (
    <li className="attribution" data-claim-id={entry.claimId} data-attribution={entry.attribution}>
      <p className="attribution-what">
        <strong>{attributionLabel[entry.attribution]}</strong>
        {channel ? <span className="attribution-channel"> {channel}</span> : null}
      </p>
      <p className="attribution-who">
        {entry.claimant ? <>By {entry.claimant}</> : <span className="not-recorded">Claimant not recorded</span>}
        {entry.claimedAt ? (
          <>
            {", "}
            <DateTime value={entry.claimedAt} />
          </>
        ) : (
          <span className="not-recorded">, time not recorded</span>
        )}
      </p>
      <p className="attribution-badges">
        <VerdictBadge verdict={entry.verdict} /> <StageBadge stage={entry.stage} />
      </p>
      <p className="attribution-sources">{entry.independence.words}</p>
      <p className="attribution-claim">
        <Link href={`/claims/${entry.claimId}`}>
          <span className="sr-only">Claim: </span>
          {shortText(entry.text, 160)}
        </Link>
      </p>
    </li>
  );
}

function ActorColumn({ entry, index }: { entry: ActorEntry; index: number }) {
  const headingId = `responsibility-actor-${index}`;
  const assessed = entry.assessment !== "NOT_ASSESSED";
  return (
    <article className="actor-column" aria-labelledby={headingId} data-actor={entry.actor}>
      <h3 id={headingId}>{entry.actor}</h3>
      <p className="actor-assessment">
        Our assessment: {assessed ? <strong>{likelihoodLabel[entry.assessment]}</strong> : <span className="not-recorded">not assessed</span>}
      </p>
      {entry.otherAssessments.length > 0 ? (
        <p className="cell-sub">Earlier assessments differ: {entry.otherAssessments.map((each) => likelihoodLabel[each]).join(", ")}</p>
      ) : null}
      {entry.claimedBySelf || entry.denied ? (
        <p className="actor-badges">
          {entry.claimedBySelf ? <span className="badge badge-info">Claimed it</span> : null}
          {entry.claimedBySelf && entry.denied ? " " : null}
          {entry.denied ? <span className="badge badge-warn">Denied it</span> : null}
        </p>
      ) : null}
      <p className="cell-sub">
        {entry.attributions.length} {entry.attributions.length === 1 ? "attribution" : "attributions"}, oldest first:
      </p>
      <ol className="attribution-list">
        {entry.attributions.map((attribution) => (
          <Attribution key={attribution.claimId} entry={attribution} />
        ))}
      </ol>
    </article>
  );
}

export function ResponsibilityBoard({ board }: { board: ResponsibilityBoardData }) {
  return (
    <section aria-labelledby="responsibility-board-heading" className="responsibility-board">
      <h2 id="responsibility-board-heading">
        Responsibility
        {board.actors.length > 0 ? <span className="count"> ({board.actors.length === 1 ? "1 actor" : `${board.actors.length} actors`})</span> : null}
      </h2>
      {board.actors.length === 0 ? (
        <p className="empty">No one is said to be behind this event yet: no responsibility claims are recorded.</p>
      ) : (
        <div className="actor-board" data-testid="responsibility-board">
          {board.actors.map((entry, index) => (
            <ActorColumn key={entry.actor} entry={entry} index={index} />
          ))}
        </div>
      )}
    </section>
  );
}
