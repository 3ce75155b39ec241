import type { Prisma } from "./generated/prisma/client";
import type { HistoryAction, HistoryEntity, Role } from "./generated/prisma/enums";

// Writing history entries: the one function every change calls, inside the change's own transaction.

/** Who made a change, as history remembers them (name and role as they were then). */
export interface HistoryActor {
  id: string | null;
  name: string;
  role: Role | null;
}

/** Changes the system makes by itself: demo data, the command line. */
export const SYSTEM_ACTOR: HistoryActor = { id: null, name: "Claimdesk", role: null };

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntryInput {
  entityType: HistoryEntity;
  entityId: string;
  action: HistoryAction;
  /** The change in words, without the actor: "changed the figure from at least 115 to at least 133 killed". */
  summary: string;
  changes?: FieldChange[];
  reason?: string | null;
  override?: boolean;
  /** The timelines that show this entry. */
  claimId?: string | null;
  eventId?: string | null;
  sourceId?: string | null;
  userId?: string | null;
  at?: Date;
}

/** Dates as ISO strings, missing values as null: what a JSON column keeps and a reader expects. */
function jsonChanges(changes: FieldChange[]): Prisma.InputJsonValue {
  const plain = (value: unknown): unknown => (value === undefined ? null : value);
  return JSON.parse(JSON.stringify(changes.map(({ field, from, to }) => ({ field, from: plain(from), to: plain(to) })))) as Prisma.InputJsonValue;
}

export async function writeHistory(tx: Prisma.TransactionClient, actor: HistoryActor, entry: HistoryEntryInput): Promise<void> {
  await tx.historyEntry.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      summary: entry.summary,
      changes: jsonChanges(entry.changes ?? []),
      reason: entry.reason ?? null,
      override: entry.override ?? false,
      claimId: entry.claimId ?? null,
      eventId: entry.eventId ?? null,
      sourceId: entry.sourceId ?? null,
      userId: entry.userId ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
}
