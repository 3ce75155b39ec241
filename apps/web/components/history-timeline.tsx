import Link from "next/link";
import { roleLabel, shortText } from "@claimdesk/schemas";
import { historyFieldLabel, historyValueWords } from "@/lib/history-words";
import type { HistoryEntry } from "@/lib/history";
import { DateTimeWithAge } from "./date-time";

// A record's history as a readable timeline, oldest first: who (with their role then), what, when, why.

interface HistoryTimelineProps {
  entries: HistoryEntry[];
  /** The address that shows the next entries too; null when there are none. */
  moreHref: string | null;
  /** Which page it is on: entries about a claim link to it except on the claim's own page. */
  on: "claim" | "event" | "source" | "user";
  /** Names for ids the page knows (people, events, sources), so that changes read "Ana Petrova", not an id. */
  names?: Readonly<Record<string, string>>;
  /** The text of the claims the page knows, by id: each "(open the claim)" link is named after its claim. */
  claimTexts?: Readonly<Record<string, string>>;
}

function ChangedValue({ field, value, names }: { field: string; value: unknown; names?: Readonly<Record<string, string>> }) {
  const words = historyValueWords(field, value, names);
  return words === null ? <span className="not-recorded">nothing</span> : <span className="change-value">{words}</span>;
}

type EntryProps = Pick<HistoryTimelineProps, "on" | "names" | "claimTexts"> & { entry: HistoryEntry };

function Entry({ entry, on, names, claimTexts }: EntryProps) {
  // A concluding note is already the end of the summary ("concluded it Confirmed: ..."): say it once.
  const reason = entry.reason && !entry.summary.endsWith(entry.reason) ? entry.reason : null;
  const claimLink = on !== "claim" && entry.claimId && !(entry.entityType === "CLAIM" && entry.action === "DELETE") ? `/claims/${entry.claimId}` : null;
  // Dozens of these links on an event's page: each is read out with its claim (else with what the entry says).
  const claimText = entry.claimId ? claimTexts?.[entry.claimId] : undefined;
  const linkDetail = claimText ? `“${shortText(claimText, 80)}”` : `: ${shortText(entry.summary, 80)}`;
  return (
    <li id={`history-${entry.seq}`} className={entry.override ? "timeline-entry timeline-override" : "timeline-entry"}>
      <p className="timeline-what">
        {entry.actorRole ? <>{roleLabel[entry.actorRole]} </> : null}
        <strong>{entry.actorName}</strong> {entry.summary}
        {claimLink ? (
          <>
            {" "}
            <Link href={claimLink} className="timeline-link">
              (open the claim<span className="sr-only"> {linkDetail}</span>)
            </Link>
          </>
        ) : null}
      </p>
      <p className="timeline-when">
        <DateTimeWithAge value={entry.at} />
      </p>
      {entry.override ? (
        <p className="timeline-override-mark">
          <strong>Admin override of the four-eyes rule</strong>
        </p>
      ) : null}
      {reason ? (
        <p className="timeline-reason">
          {/* A move's own words are its note; a deletion's or an override's are its reason. */}
          {entry.action === "TRANSITION" && !entry.override ? "Note" : "Reason"}: {reason}
        </p>
      ) : null}
      {entry.changes.length > 0 ? (
        <details className="timeline-changes">
          <summary>
            {entry.changes.length === 1 ? "1 field changed" : `${entry.changes.length} fields changed`}
          </summary>
          <ul>
            {entry.changes.map((change) => (
              <li key={change.field}>
                <span className="change-field">{historyFieldLabel(change.field)}</span>: <ChangedValue field={change.field} value={change.from} names={names} />{" "}
                <span aria-hidden="true">→</span>
                <span className="sr-only">changed to</span> <ChangedValue field={change.field} value={change.to} names={names} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

export function HistoryTimeline({ entries, moreHref, on, names, claimTexts }: HistoryTimelineProps) {
  return (
    <section aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">
        History <span className="count">(oldest first)</span>
      </h2>
      {entries.length === 0 ? (
        <p className="empty">No changes recorded yet.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} on={on} names={names} claimTexts={claimTexts} />
          ))}
        </ol>
      )}
      {moreHref ? (
        <p>
          <Link href={moreHref}>
            Show more<span className="sr-only"> history</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
