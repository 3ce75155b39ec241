import { env, Prisma, type PrismaClient } from "@claimdesk/db";
import type { CasualtyMetric } from "@claimdesk/schemas";
import { shareAnswer } from "../shared-answers";
import { readAfterArrival, type SharedReads } from "./shared-reads";

// An event's tally costs tens of milliseconds of SQL, decoding and analysis for 1,000 figures, and editors and
// live pages ask for the same one again and again. Each app instance keeps the latest tallies with a fingerprint of
// the rows they were read from and answers a kept tally while the fingerprint is unchanged: no write path has to
// remember to invalidate it, and several instances on one database each stay right on their own.
//
// The fingerprint is the version of every row the tally reads: xmin, the transaction that wrote a row's current
// version, which any update gives a new value. A row added (a claim, its evidence, a source further down a repeat
// chain) or removed changes the count and the sum; a row changed changes the sum. It is read in the same snapshot
// as the tally it fingerprints (one REPEATABLE READ transaction), so a kept tally is exactly what that state gives.

type Tx = Prisma.TransactionClient;

/**
 * The rows event.tally reads for one event, all metrics: the event, its casualty claims, their evidence, the
 * sources it cites and every source those repeat, and the not-duplicate marks on its claims. A claim's figure
 * (CasualtyDetail) is written only in a save that moves the claim's version, so the claim's row stands for it. A
 * lookup per row (LATERAL with LIMIT), as the tally's own statements, so that it costs what the event holds.
 */
const fingerprintStatement = (db: PrismaClient | Tx, eventId: string) => db.$queryRaw<Array<{ fingerprint: string }>>`
  WITH RECURSIVE claims AS MATERIALIZED (
    SELECT id, xmin::text AS v FROM "Claim" WHERE "eventId" = ${eventId} AND kind = 'CASUALTY_COUNT'
  ),
  evidence AS MATERIALIZED (
    SELECT e.id, e.xmin::text AS v, e."sourceId" FROM claims c
      CROSS JOIN LATERAL (SELECT id, xmin, "sourceId" FROM "Evidence" WHERE "claimId" = c.id LIMIT 10000) e
  ),
  chain (id, v, next) AS (
    SELECT s.id, s.xmin::text, s."repeatsSourceId" FROM (SELECT DISTINCT "sourceId" FROM evidence) cited
      CROSS JOIN LATERAL (SELECT id, xmin, "repeatsSourceId" FROM "Source" WHERE id = cited."sourceId" LIMIT 1) s
    UNION
    SELECT s.id, s.xmin::text, s."repeatsSourceId" FROM chain
      CROSS JOIN LATERAL (SELECT id, xmin, "repeatsSourceId" FROM "Source" WHERE id = chain.next LIMIT 1) s
  ),
  versions (row) AS (
    SELECT 'event ' || id || ' ' || xmin::text FROM "Event" WHERE id = ${eventId}
    UNION ALL SELECT 'claim ' || id || ' ' || v FROM claims
    UNION ALL SELECT 'evidence ' || id || ' ' || v FROM evidence
    UNION ALL SELECT 'source ' || id || ' ' || v FROM chain
    UNION ALL SELECT 'mark ' || m."claimId" || ' ' || m."otherClaimId" || ' ' || m.xmin::text FROM claims c
      CROSS JOIN LATERAL (SELECT "claimId", "otherClaimId", xmin FROM "ClaimNotDuplicate" WHERE "claimId" = c.id LIMIT 10000) m
    UNION ALL SELECT 'mark ' || m."claimId" || ' ' || m."otherClaimId" || ' ' || m.xmin::text FROM claims c
      CROSS JOIN LATERAL (SELECT "claimId", "otherClaimId", xmin FROM "ClaimNotDuplicate" WHERE "otherClaimId" = c.id LIMIT 10000) m
  )
  SELECT count(*) || '/' || coalesce(sum(hashtextextended(row, 0)), 0) AS fingerprint FROM versions`;

const fingerprintOf = async (db: PrismaClient | Tx, eventId: string) => (await fingerprintStatement(db, eventId))[0]!.fingerprint;

const readsByDatabase = new WeakMap<PrismaClient, SharedReads<string>>();

/** The event's fingerprint as of a moment after this call, one read shared by the requests that waited for it. */
function currentFingerprint(db: PrismaClient, eventId: string): Promise<string> {
  let reads = readsByDatabase.get(db);
  if (!reads) readsByDatabase.set(db, (reads = new Map()));
  return readAfterArrival(reads, eventId, () => fingerprintOf(db, eventId));
}

interface Kept {
  fingerprint: string;
  answer: object;
}

/** Each database's kept tallies by event and metric, oldest use first (a Map keeps insertion order). */
const keptByDatabase = new WeakMap<PrismaClient, Map<string, Kept>>();

function keptFor(db: PrismaClient): Map<string, Kept> {
  let kept = keptByDatabase.get(db);
  if (!kept) keptByDatabase.set(db, (kept = new Map()));
  return kept;
}

/**
 * An event's tally for one metric: the kept one while nothing it was read from has changed, else `read` in a
 * snapshot of its own, kept for next time. The answer is shared between requests, so it is frozen.
 */
export async function keptTally<T extends object>(
  db: PrismaClient,
  eventId: string,
  metric: CasualtyMetric,
  read: (tx: Tx) => Promise<T>,
  entries: number = env.CLAIMDESK_TALLY_CACHE_ENTRIES,
): Promise<T> {
  if (entries === 0) return db.$transaction((tx) => read(tx), { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead });
  const kept = keptFor(db);
  const key = `${eventId} ${metric}`;
  const found = kept.get(key);
  if (found && found.fingerprint === (await currentFingerprint(db, eventId))) {
    kept.delete(key);
    kept.set(key, found);
    return found.answer as T;
  }
  const fresh = await db.$transaction(async (tx) => ({ fingerprint: await fingerprintOf(tx, eventId), answer: await read(tx) }), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
  kept.delete(key);
  kept.set(key, { fingerprint: fresh.fingerprint, answer: shareAnswer(fresh.answer) });
  for (const oldest of kept.keys()) {
    if (kept.size <= entries) break;
    kept.delete(oldest);
  }
  return fresh.answer;
}
