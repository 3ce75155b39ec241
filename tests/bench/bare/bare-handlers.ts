import { randomBytes } from "node:crypto";
import {
  headlinePopulation,
  houseFigures,
  inReportedOrder,
  independence,
  originOf,
  pairKey,
  possibleCopies,
  supersessions,
  tallyFlags,
  type SourceLink,
  type TallyFigure,
} from "@claimdesk/analysis";
import { decodeCursor, encodeCursor, type CasualtyMetric, type HouseFigureRule } from "@claimdesk/schemas";
import type { BareDatabase, Query } from "./bare-database";

// What the app does for each measured procedure, as hand-written SQL over a bare driver: the same statements
// the services send (the session, the page, its counts, the chains of repeats, the history entry), the same
// analysis functions, and JSON out. The ratio app / bare is then the cost of the stack (better-auth, tRPC,
// superjson, Prisma, Next.js) and nothing else.

interface Actor {
  id: string;
  name: string;
  role: string;
}

export async function sessionActor(db: BareDatabase, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const [row] = await db.query<Actor>(
    `SELECT u.id, u.name, u.role FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.token = $1 AND s."expiresAt" > now() AND u."deactivatedAt" IS NULL`,
    [token],
  );
  return row ?? null;
}

const CLAIM_COLUMNS = `c.id, c.kind, c.text, c.claimant, c."claimedAt", c.stage, c.verdict, c.version, c."recheckAt", c."createdAt", c."updatedAt",
  e.id AS "eventId", e.title AS "eventTitle", u.id AS "assigneeId", u.name AS "assigneeName", u.role AS "assigneeRole",
  cd.metric, cd.population, cd.qualifier, cd.min, cd.max, cd."asOf", cd."reportedAs",
  rd.actor, rd.attribution, rd.channel, rd.assessment`;
const CLAIM_JOINS = `FROM "Claim" c LEFT JOIN "Event" e ON e.id = c."eventId" LEFT JOIN "User" u ON u.id = c."assigneeId"
  LEFT JOIN "CasualtyDetail" cd ON cd."claimId" = c.id LEFT JOIN "ResponsibilityDetail" rd ON rd."claimId" = c.id`;

type ClaimRow = Record<string, unknown> & { id: string; createdAt: Date };

async function evidenceCounts(query: Query, ids: string[]): Promise<Map<string, number>> {
  const rows = await query<{ claimId: string; count: string }>(`SELECT "claimId", count(*) AS count FROM "Evidence" WHERE "claimId" = ANY($1::text[]) GROUP BY "claimId"`, [ids]);
  return new Map(rows.map((row) => [row.claimId, Number(row.count)]));
}

export interface ListInput {
  eventId?: string;
  kind?: string;
  stage?: string;
  verdict?: string;
  cursor?: string;
  limit?: number;
}

/** claim.list: one page by keyset, newest first, with each claim's evidence count. */
export async function listClaims(db: BareDatabase, input: ListInput) {
  const limit = input.limit ?? 25;
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (input.eventId) where.push(`c."eventId" = ${param(input.eventId)}`);
  if (input.kind) where.push(`c.kind = ${param(input.kind)}::"ClaimKind"`);
  if (input.stage) where.push(`c.stage = ${param(input.stage)}::"ClaimStage"`);
  if (input.verdict) where.push(`c.verdict = ${param(input.verdict)}::"Verdict"`);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after) where.push(`(c."createdAt", c.id) < (${param(after.createdAt)}::timestamp(3), ${param(after.id)})`);
  const rows = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} ${CLAIM_JOINS} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY c."createdAt" DESC, c.id DESC LIMIT ${limit + 1}`,
    params,
  );
  const items = rows.slice(0, limit);
  const counts = await evidenceCounts(db.query, items.map((row) => row.id));
  const last = items.at(-1);
  return {
    items: items.map((row) => ({ ...row, _count: { evidence: counts.get(row.id) ?? 0 } })),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}

type ChainRow = SourceLink & { type: string };

async function sourceChains(query: Query, ids: string[]): Promise<Map<string, ChainRow>> {
  const rows = await query<ChainRow>(
    `WITH RECURSIVE chain (id, "repeatsSourceId", type) AS (
       SELECT id, "repeatsSourceId", type FROM "Source" WHERE id = ANY($1::text[])
       UNION SELECT s.id, s."repeatsSourceId", s.type FROM "Source" s JOIN chain ON s.id = chain."repeatsSourceId")
     SELECT id, "repeatsSourceId", type::text AS type FROM chain`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** claim.get: the claim, its evidence with sources, their origins and the independence per stance. */
export async function getClaim(db: BareDatabase, id: string) {
  const [claim] = await db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS}, c."verdictNote" ${CLAIM_JOINS} WHERE c.id = $1`, [id]);
  if (!claim) return null;
  const evidence = await db.query<{ sourceId: string; stance: string }>(
    `SELECT v.id, v."claimId", v."sourceId", v.stance, v.excerpt, v.credibility, v.note, v."createdAt", v."updatedAt",
       s.url, s.title, s.publisher, s.type, s.reliability, s."repeatsSourceId"
     FROM "Evidence" v JOIN "Source" s ON s.id = v."sourceId" WHERE v."claimId" = $1 ORDER BY v."createdAt", v.id`,
    [id],
  );
  const chains = await sourceChains(db.query, evidence.map((item) => item.sourceId));
  const ofStance = (stance: string) => independence(evidence.filter((item) => item.stance === stance).map((item) => item.sourceId), chains);
  return {
    ...claim,
    _count: { evidence: evidence.length },
    evidence: evidence.map((item) => ({ ...item, originId: originOf(item.sourceId, chains) })),
    independence: { all: independence(evidence.map((item) => item.sourceId), chains), supporting: ofStance("SUPPORTS"), contradicting: ofStance("CONTRADICTS"), context: ofStance("CONTEXT") },
  };
}

/**
 * event.tally: the statements tally-service.ts sends (the event's figures by index lookups with their supporting
 * sources' ids, then those sources and what they repeat, and the pairs marked not duplicates), then the same
 * analysis, answered with the sources once by id as the app does; computed afresh each time, where the app keeps
 * each tally while nothing it was read from changes (services/tally-cache.ts).
 */
export async function eventTally(db: BareDatabase, eventId: string, metric: CasualtyMetric) {
  const [event] = await db.query<{ id: string; title: string; houseFigureRule: HouseFigureRule }>(`SELECT id, title, "houseFigureRule" FROM "Event" WHERE id = $1`, [eventId]);
  if (!event) return null;
  const rows = await db.query<ClaimRow & Omit<TallyFigure, "sources" | "reportedAt" | "origins" | "official"> & { metric: CasualtyMetric; sourceIds: string[] }>(
      `SELECT c.id AS "claimId", c.text, c.claimant, c."claimedAt", c."createdAt", c.stage::text AS stage, c.verdict::text AS verdict,
         d.metric::text AS metric, d.population::text AS population, d.qualifier::text AS qualifier, d.min, d.max, d."asOf", d."reportedAs",
         CASE WHEN d.metric::text = $2 THEN ARRAY(
           SELECT v."sourceId" FROM "Evidence" v WHERE v."claimId" = c.id AND v.stance = 'SUPPORTS' ORDER BY v."createdAt", v.id
         ) ELSE '{}' END AS "sourceIds"
       FROM "Claim" c
       CROSS JOIN LATERAL (SELECT metric, population, qualifier, min, max, "asOf", "reportedAs" FROM "CasualtyDetail" WHERE "claimId" = c.id LIMIT 1) d
       WHERE c."eventId" = $1 AND c.kind = 'CASUALTY_COUNT'
       ORDER BY c."createdAt", c.id`,
    [eventId, metric],
  );
  const supportingIds = [...new Set(rows.flatMap((row) => row.sourceIds))];
  const chainRows = await db.query<ChainRow & { url: string; title: string | null; publisher: string | null; publishedAt: Date | null }>(
      `WITH RECURSIVE chain (id, url, title, publisher, type, "publishedAt", "repeatsSourceId") AS (
         SELECT id, url, title, publisher, type, "publishedAt", "repeatsSourceId" FROM "Source" WHERE id = ANY($1::text[])
         UNION
         SELECT next.* FROM chain CROSS JOIN LATERAL (
           SELECT id, url, title, publisher, type, "publishedAt", "repeatsSourceId" FROM "Source" WHERE id = chain."repeatsSourceId" LIMIT 1
         ) next
       )
       SELECT id, url, title, publisher, type::text AS type, "publishedAt", "repeatsSourceId" FROM chain`,
    [supportingIds],
  );
  const chains = new Map(chainRows.map((row) => [row.id, row]));
  const sources = new Map<string, TallyFigure["sources"][number]>();
  for (const id of supportingIds) {
    const row = chains.get(id);
    if (!row) continue;
    const originId = originOf(id, chains);
    sources.set(id, { id, url: row.url, title: row.title, publisher: row.publisher, type: row.type, originId, originType: chains.get(originId)?.type ?? row.type } as TallyFigure["sources"][number]);
  }
  const figures: TallyFigure[] = [];
  const others = [];
  for (const { sourceIds, metric: rowMetric, ...claim } of rows) {
    if (rowMetric !== metric) {
      others.push({ claimId: claim.claimId, metric: rowMetric, qualifier: claim.qualifier, min: claim.min, max: claim.max, reportedAs: claim.reportedAs });
      continue;
    }
    const behind = sourceIds.flatMap((id) => sources.get(id) ?? []);
    const published = sourceIds.flatMap((id) => chains.get(id)?.publishedAt?.getTime() ?? []);
    figures.push({
      ...claim,
      reportedAt: (claim.claimedAt as Date | null) ?? (published.length ? new Date(Math.min(...published)) : null),
      sources: behind,
      origins: new Set(behind.map((source) => source.originId)).size,
      official: behind.some((source) => source.originType === "OFFICIAL_STATEMENT"),
    } as TallyFigure);
  }
  const ordered = inReportedOrder(figures);
  const copies = possibleCopies(ordered);
  const marked = copies.length < 2 ? [] : await db.query<{ claimId: string; otherClaimId: string }>(
    `SELECT "claimId", "otherClaimId" FROM "ClaimNotDuplicate" WHERE "claimId" = ANY($1::text[]) AND "otherClaimId" = ANY($1::text[])`,
    [copies],
  );
  const standings = supersessions(ordered, event.houseFigureRule, metric);
  const underEachRule = houseFigures(ordered, metric);
  return {
    event,
    metric,
    population: headlinePopulation(ordered),
    figures: ordered.map(({ sources: behind, createdAt: _createdAt, ...figure }) => ({ ...figure, sourceIds: behind.map((source) => source.id), superseded: standings.get(figure.claimId)?.superseded ?? null })),
    sources: Object.fromEntries(sources),
    flags: tallyFlags(ordered, metric, others, new Set(marked.map((pair) => pairKey(pair.claimId, pair.otherClaimId)))),
    houseFigure: underEachRule[event.houseFigureRule],
    houseFigures: underEachRule,
  };
}

export interface CreateInput {
  eventId?: string;
  text: string;
  claimant?: string;
  casualty: { metric: string; qualifier: string; min: number };
}

/** claim.create: the claim, its figure and its history entry in one transaction, then the claim as recorded. */
export async function createClaim(db: BareDatabase, actor: Actor, input: CreateInput) {
  const id = `cb${randomBytes(12).toString("hex")}`;
  // As the app, no read before the writes: the event's foreign key refuses an unknown event.
  return db.transaction(async (query) => {
    await query(`INSERT INTO "Claim" (id, kind, text, claimant, "eventId", "updatedAt") VALUES ($1, 'CASUALTY_COUNT', $2, $3, $4, now())`, [id, input.text, input.claimant ?? null, input.eventId ?? null]);
    await query(`INSERT INTO "CasualtyDetail" ("claimId", metric, qualifier, min) VALUES ($1, $2::"CasualtyMetric", $3::"FigureQualifier", $4)`, [
      id,
      input.casualty.metric,
      input.casualty.qualifier,
      input.casualty.min,
    ]);
    const [claim] = await query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} ${CLAIM_JOINS} WHERE c.id = $1`, [id]);
    await query(
      `INSERT INTO "HistoryEntry" (id, "actorId", "actorName", "actorRole", "entityType", "entityId", action, summary, changes, "claimId", "eventId")
       VALUES ($1, $2, $3, $4::"Role", 'CLAIM', $5, 'CREATE', $6, $7::jsonb, $5, $8)`,
      [`hb${randomBytes(12).toString("hex")}`, actor.id, actor.name, actor.role, id, `recorded the claim "${input.text.slice(0, 80)}"`, JSON.stringify([{ field: "text", from: null, to: input.text }]), input.eventId ?? null],
    );
    return claim;
  });
}
