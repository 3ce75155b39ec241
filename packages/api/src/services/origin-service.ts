import type { PrismaClient, Prisma, SourceType } from "@claimdesk/db";
import { independence, independenceWords, originOf, type SourceLink } from "@claimdesk/analysis";

type Db = PrismaClient | Prisma.TransactionClient;

export interface SourceOrigin extends SourceLink {
  type: SourceType;
}

/** Chains of repeats are short in practice; the cap only stops a runaway loop on corrupt data. */
const MAX_CHAIN_STEPS = 100;

/**
 * The given sources and every source they repeat, directly or through others, so that each one's origin can
 * be found. One query per step along the longest chain.
 */
export async function loadSourceChains(db: Db, sourceIds: Iterable<string>): Promise<Map<string, SourceOrigin>> {
  const found = new Map<string, SourceOrigin>();
  let wanted = [...new Set(sourceIds)];
  for (let step = 0; wanted.length > 0 && step < MAX_CHAIN_STEPS; step++) {
    const rows = await db.source.findMany({ where: { id: { in: wanted } }, select: { id: true, repeatsSourceId: true, type: true } });
    for (const row of rows) found.set(row.id, row);
    wanted = rows.map((row) => row.repeatsSourceId).filter((id): id is string => id !== null && !found.has(id));
  }
  return found;
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
