import { roleLabel, type Role } from "@claimdesk/schemas";
import { DateTime } from "@/components/date-time";

export interface UserHistoryEntry {
  id: string;
  at: Date;
  actorName: string;
  actorRole: Role | null;
  summary: string;
  reason: string | null;
  override: boolean;
}

/** "changed the role of Ana Petrova from EDITOR to REVIEWER" -> "... from editor to reviewer". */
const readable = (summary: string): string => summary.replace(/\b(VIEWER|EDITOR|REVIEWER|ADMIN)\b/g, (role) => roleLabel[role as Role].toLowerCase());

/** What was done to an account, oldest first: who, when, what and why. */
export function UserHistory({ entries }: { entries: readonly UserHistoryEntry[] }) {
  if (entries.length === 0) return <p className="empty">Nothing recorded for this account yet.</p>;
  return (
    <ol className="history-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <div className="history-when">
            <DateTime value={entry.at} />
          </div>
          <p className="history-what">
            <strong>{entry.actorName}</strong>
            {entry.actorRole ? ` (${roleLabel[entry.actorRole].toLowerCase()})` : ""} {readable(entry.summary)}
            {entry.override ? " (admin override)" : ""}
          </p>
          {entry.reason ? <p className="history-reason">Reason: {entry.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
