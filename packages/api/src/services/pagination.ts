import { encodeCursor, type Page, type PageCursor } from "@claimdesk/schemas";

// Keyset pagination, newest first, on (createdAt, id): stable while rows are added or deleted.

export function pageQuery(input: { limit: number; cursor?: PageCursor }) {
  // "Before the cursor" as a bound on createdAt plus the tie-break: the bound lets the (…, createdAt, id) index start
  // its scan at the cursor; a bare OR of the two cases made PostgreSQL read the table from the newest row (a page
  // nine tenths down took 0.7 s at 100,000 claims).
  const after = input.cursor
    ? { createdAt: { lte: input.cursor.createdAt }, OR: [{ createdAt: { lt: input.cursor.createdAt } }, { id: { lt: input.cursor.id } }] }
    : {};
  return {
    after,
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: input.limit + 1,
  };
}

export function toPage<T extends { id: string; createdAt: Date }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
}

/**
 * Every word must appear in one of the fields, in any case: one condition per word, for the caller's `AND` list
 * (a spread `AND` would silently replace any other `AND` in the same filter).
 */
export function wordsQuery<W>(q: string | undefined, fieldsMatching: (word: string) => W[]): Array<{ OR: W[] }> {
  const words = (q ?? "").split(/\s+/).filter(Boolean).slice(0, 10);
  return words.map((word) => ({ OR: fieldsMatching(word) }));
}
