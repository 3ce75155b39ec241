import "server-only";
import type { RouterOutputs } from "@claimdesk/api";
import { serverApi } from "./server-api";

// A record's timeline, oldest first. "Show more" adds the next page below the entries already shown: the
// address says how far to read (`?history=<seq>`), so a longer timeline is bookmarkable too.

export type HistoryEntry = RouterOutputs["history"]["list"]["items"][number];
export type HistorySubject = { claimId: string } | { eventId: string } | { sourceId: string };

/** At most this many pages in one view; a timeline longer than that continues from its own link. */
const MAX_PAGES = 25;

/** A `?history=` value: the seq of an entry (the API's nextCursor); anything else reads as absent. */
export function historyThrough(value: string | undefined): string | undefined {
  return value && /^\d{1,12}$/.test(value) ? value : undefined;
}

/** Entries from the start through the page after `through` (or just the first page). */
export async function loadHistory(subject: HistorySubject, through?: string, pageSize?: number): Promise<{ items: HistoryEntry[]; nextCursor: string | null }> {
  const api = await serverApi();
  const items: HistoryEntry[] = [];
  let cursor: string | undefined;
  let nextCursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.history.list({ ...subject, cursor, limit: pageSize });
    items.push(...result.items);
    nextCursor = result.nextCursor;
    if (!nextCursor || !through || Number(nextCursor) > Number(through)) break;
    cursor = nextCursor;
  }
  return { items, nextCursor };
}
