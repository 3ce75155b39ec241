import type { PrismaClient, Prisma, SourceType } from "@claimdesk/db";
import { independence, independenceWords, originOf, type SourceLink } from "@claimdesk/analysis";

type Db = PrismaClient | Prisma.TransactionClient;

export interface SourceOrigin extends SourceLink {
  type: SourceType;
}

/**
 * The given sources and every source they repeat, directly or through others, so that each one's origin can
 * be found: one recursive query however long the chains. UNION (not UNION ALL) drops a source reached twice, so
 * the walk also ends on a cycle in corrupt data (the API refuses to create one).
 */
export async function loadSourceChains(db: Db, sourceIds: Iterable<string>): Promise<Map<string, SourceOrigin>> {
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<SourceOrigin[]>`
    WITH RECURSIVE chain (id, "repeatsSourceId", type) AS (
      SELECT id, "repeatsSourceId", type FROM "Source" WHERE id = ANY(${ids}::text[])
      UNION
      SELECT source.id, source."repeatsSourceId", source.type FROM "Source" source JOIN chain ON source.id = chain."repeatsSourceId"
    )
    SELECT id, "repeatsSourceId", type::text AS type FROM chain`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** The origin of each source, with the origin's type (an outlet repeating an official statement is official). */
export function originsOf(sourceIds: Iterable<string>, chains: ReadonlyMap<string, SourceOrigin>) {
  return new Map(
    [...new Set(sourceIds)].map((id) => {
      const originId = originOf(id, chains);
      return [id, { originId, originType: chains.get(originId)?.type ?? chains.get(id)?.type ?? "OTHER" }] as const;
    }),
  );
}

/** "5 sources, 2 independent origins", with the counts behind the words. */
export function independenceOf(sourceIds: Iterable<string>, chains: ReadonlyMap<string, SourceLink>) {
  const counted = independence(sourceIds, chains);
  return { ...counted, words: independenceWords(counted) };
}
