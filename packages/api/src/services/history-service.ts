import type { z } from "zod";
import { writeHistory, type FieldChange, type HistoryEntryInput, type Prisma, type PrismaClient } from "@claimdesk/db";
import { shortText, type historyListInput, type userHistoryInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";

// Recording and reading history. Every service mutation calls recordHistory inside its own transaction, so a
// change and its entry are written together or not at all. Nothing here updates or deletes an entry (and
// the database refuses to).

type Tx = Prisma.TransactionClient;

export function recordHistory(tx: Tx, actor: Actor, entry: HistoryEntryInput): Promise<void> {
  return writeHistory(tx, { id: actor.id, name: actor.name, role: actor.role }, entry);
}

/** A value as history stores it: dates as ISO strings, missing as null. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** The fields whose values differ between before and after, named `${prefix}${field}`. */
export function changedFields<T extends object>(before: T | null, after: T | null, fields: ReadonlyArray<keyof T & string>, prefix = ""): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = plain(before?.[field]);
    const to = plain(after?.[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: `${prefix}${field}`, from, to });
  }
  return changes;
}

function quoted(value: unknown): string {
  if (value === null) return "nothing";
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return `${value.slice(0, 16).replace("T", " ")} UTC`;
    return `"${shortText(value, 80)}"`;
  }
  return String(value);
}

/** "changed the title from "A" to "B", set the location to "Krasnogorsk" and cleared the summary". */
export function describeChanges(changes: FieldChange[], label: (field: string) => string = (field) => field): string {
  return listOfPhrases(changePhrases(changes, label)) ?? "saved it without changes";
}

/** One phrase per changed field: "set the claimant to …", "cleared the note", "changed the text from … to …". */
export function changePhrases(changes: FieldChange[], label: (field: string) => string = (field) => field): string[] {
  return changes.map(({ field, from, to }) => {
    const name = label(field);
    if (from === null) return `set the ${name} to ${quoted(to)}`;
    if (to === null) return `cleared the ${name}`;
    return `changed the ${name} from ${quoted(from)} to ${quoted(to)}`;
  });
}

/** "a, b and c"; null for none. */
export function listOfPhrases(phrases: readonly string[]): string | null {
  if (phrases.length <= 1) return phrases[0] ?? null;
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
}

/** Field names as a sentence says them; others are split from camel case ("reportedAs" -> "reported as"). */
const FIELD_WORDS: Record<string, string> = {
  recheckAt: "re-check date",
  assigneeId: "assignee",
  claimedAt: "time of the claim",
  occurredAt: "time it happened",
  publishedAt: "publication time",
  repeatsSourceId: "source it repeats",
  asOf: "as-of time",
  reportedAs: "words as reported",
  verdictNote: "verdict note",
  eventId: "event",
};

export const fieldWords = (field: string): string => {
  const name = field.split(".").at(-1) ?? field;
  return FIELD_WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
};

export const historyEntrySelect = {
  id: true,
  seq: true,
  at: true,
  actorId: true,
  actorName: true,
  actorRole: true,
  entityType: true,
  entityId: true,
  action: true,
  summary: true,
  changes: true,
  reason: true,
  override: true,
  claimId: true,
  eventId: true,
  sourceId: true,
  userId: true,
} satisfies Prisma.HistoryEntrySelect;

async function historyPage(db: PrismaClient, where: Prisma.HistoryEntryWhereInput, cursor: string | undefined, limit: number) {
  const rows = await db.historyEntry.findMany({
    where: { ...where, ...(cursor ? { seq: { gt: Number(cursor) } } : {}) },
    orderBy: { seq: "asc" },
    take: limit + 1,
    select: historyEntrySelect,
  });
  const items = rows.slice(0, limit).map((row) => ({ ...row, changes: row.changes as unknown as FieldChange[] }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? String(last.seq) : null };
}

/** A claim's, event's or source's timeline, oldest first: its own entries and those of its evidence and comments. */
export function listHistory(db: PrismaClient, { claimId, eventId, sourceId, cursor, limit }: z.output<typeof historyListInput>) {
  const where: Prisma.HistoryEntryWhereInput = claimId ? { claimId } : eventId ? { eventId } : { sourceId };
  return historyPage(db, where, cursor, limit);
}

export async function listUserHistory(db: PrismaClient, { id, cursor, limit }: z.output<typeof userHistoryInput>) {
  // Accounts are never deleted, so an unknown id is a mistake rather than an empty past.
  if (!(await db.user.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("user", id);
  return historyPage(db, { userId: id }, cursor, limit);
}
