import type { Prisma, PrismaClient } from "@claimdesk/db";

// The counts a list shows beside each row, for the rows of the page only. Prisma's `_count` in a list's select
// becomes a GROUP BY over the whole related table joined to every row (seconds at a million claims); one grouped
// count over the page's ids reads only their index entries.

type Db = PrismaClient | Prisma.TransactionClient;

const countsBy = (groups: ReadonlyArray<{ key: string | null; count: number }>) => new Map(groups.map(({ key, count }) => [key, count]));

/** Each claim with `_count.evidence`, as the claim lists show it. */
export async function withEvidenceCounts<T extends { id: string }>(db: Db, claims: T[]): Promise<Array<T & { _count: { evidence: number } }>> {
  if (claims.length === 0) return [];
  const groups = await db.evidence.groupBy({ by: ["claimId"], where: { claimId: { in: claims.map((claim) => claim.id) } }, _count: { _all: true } });
  const counts = countsBy(groups.map((group) => ({ key: group.claimId, count: group._count._all })));
  return claims.map((claim) => ({ ...claim, _count: { evidence: counts.get(claim.id) ?? 0 } }));
}

/** Each source with `_count.evidence`: the number of claims it is evidence for. */
export async function withSourceUseCounts<T extends { id: string }>(db: Db, sources: T[]): Promise<Array<T & { _count: { evidence: number } }>> {
  if (sources.length === 0) return [];
  const groups = await db.evidence.groupBy({ by: ["sourceId"], where: { sourceId: { in: sources.map((source) => source.id) } }, _count: { _all: true } });
  const counts = countsBy(groups.map((group) => ({ key: group.sourceId, count: group._count._all })));
  return sources.map((source) => ({ ...source, _count: { evidence: counts.get(source.id) ?? 0 } }));
}

/** Each event with `_count.claims`. */
export async function withClaimCounts<T extends { id: string }>(db: Db, events: T[]): Promise<Array<T & { _count: { claims: number } }>> {
  if (events.length === 0) return [];
  const groups = await db.claim.groupBy({ by: ["eventId"], where: { eventId: { in: events.map((event) => event.id) } }, _count: { _all: true } });
  const counts = countsBy(groups.map((group) => ({ key: group.eventId, count: group._count._all })));
  return events.map((event) => ({ ...event, _count: { claims: counts.get(event.id) ?? 0 } }));
}

/** A record with its list read already: the count is the list's length, no second query. */
export const countedFrom = <T extends object, K extends string>(record: T, key: K, list: readonly unknown[]) =>
  ({ ...record, _count: { [key]: list.length } }) as T & { _count: Record<K, number> };
