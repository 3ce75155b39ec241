import type { z } from "zod";
import type { Prisma, PrismaClient } from "@claimdesk/db";
import { shortText, type deleteWithReasonInput, type sourceCreateInput, type sourceListInput, type sourceUpdateInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { changedFields, describeChanges, fieldWords, recordHistory } from "./history-service";
import { pageQuery, toPage } from "./pagination";
import { sourceIdsMatching } from "./search-service";
import { countedFrom, withSourceUseCounts } from "./page-counts";
import { sourceDetailSelect, sourceSummarySelect } from "./selects";

type Tx = Prisma.TransactionClient;

export async function listSources(db: PrismaClient, input: z.output<typeof sourceListInput>) {
  const page = pageQuery(input);
  const rows = await db.source.findMany({
    where: {
      ...page.after,
      type: input.type,
      publisher: input.publisher ? { contains: input.publisher, mode: "insensitive" } : undefined,
      // Words through the search index: the page's matching ids, found with the filters above (search-service.ts).
      id: input.q ? { in: await sourceIdsMatching(db, input.q, input, { cursor: input.cursor, take: page.take }) } : undefined,
    },
    orderBy: page.orderBy,
    take: page.take,
    select: sourceSummarySelect,
  });
  const paged = toPage(rows, input.limit);
  return { ...paged, items: await withSourceUseCounts(db, paged.items) };
}

export async function getSource(db: PrismaClient | Tx, id: string) {
  const source = await db.source.findUnique({ where: { id }, select: sourceDetailSelect });
  if (!source) throw new NotFoundError("source", id);
  return countedFrom(source, "evidence", source.evidence);
}

async function requireUniqueUrl(tx: Tx, url: string | undefined, exceptId?: string): Promise<void> {
  if (!url) return;
  const existing = await tx.source.findUnique({ where: { url }, select: { id: true } });
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`A source with this URL already exists (id ${existing.id}): attach that one instead`, { field: "url" });
  }
}

/** Held until commit by a transaction that links an existing source to another (any fixed number would do). */
const REPEAT_LINKS_LOCK = 7_310_214;

/** The source a source repeats must exist, and following the chain must never lead back to it. */
async function requireRepeatable(tx: Tx, repeatsSourceId: string | null | undefined, sourceId?: string): Promise<void> {
  if (!repeatsSourceId) return;
  if (repeatsSourceId === sourceId) throw new InvalidInputError("repeatsSourceId", "A source cannot repeat itself");
  // Two links saved at once (A repeats B, B repeats A) would each find the chain free of the other and close a
  // cycle. Links to an existing source are therefore checked and written one transaction at a time; a new source
  // cannot be in a cycle, as nothing repeats it yet.
  if (sourceId) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REPEAT_LINKS_LOCK}::bigint)`;
  const seen = new Set<string>();
  let next: string | null = repeatsSourceId;
  while (next) {
    if (next === sourceId) throw new InvalidInputError("repeatsSourceId", "That source already repeats this one (directly or through others)");
    if (seen.has(next)) break;
    seen.add(next);
    const row: { repeatsSourceId: string | null } | null = await tx.source.findUnique({ where: { id: next }, select: { repeatsSourceId: true } });
    if (!row) throw new InvalidInputError("repeatsSourceId", `No source with id ${next}`);
    next = row.repeatsSourceId;
  }
}

const SOURCE_FIELDS = ["url", "title", "publisher", "author", "publishedAt", "type", "reliability", "repeatsSourceId"] as const;

/** A source as history sentences name it: its title in quotes, else its URL. */
export const sourceName = (source: { title: string | null; url: string }) => `"${source.title ?? source.url}"`;

/** Records a source, with its history entry, inside the caller's transaction; returns its id. */
export async function insertSource(tx: Tx, actor: Actor, input: z.output<typeof sourceCreateInput>): Promise<string> {
  await requireUniqueUrl(tx, input.url);
  await requireRepeatable(tx, input.repeatsSourceId);
  const source = await tx.source.create({ data: input, select: sourceSummarySelect });
  await recordHistory(tx, actor, {
    entityType: "SOURCE",
    entityId: source.id,
    sourceId: source.id,
    action: "CREATE",
    summary: `recorded the source ${sourceName(source)}`,
    changes: changedFields(null, source, SOURCE_FIELDS),
  });
  return source.id;
}

export async function createSource(db: PrismaClient, actor: Actor, input: z.output<typeof sourceCreateInput>) {
  return db.$transaction(async (tx) => getSource(tx, await insertSource(tx, actor, input)));
}

export async function updateSource(db: PrismaClient, actor: Actor, { id, ...changes }: z.output<typeof sourceUpdateInput>) {
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id }, select: sourceSummarySelect });
    if (!before) throw new NotFoundError("source", id);
    await requireUniqueUrl(tx, changes.url, id);
    await requireRepeatable(tx, changes.repeatsSourceId, id);
    const after = await tx.source.update({ where: { id }, data: changes, select: sourceSummarySelect });
    const changed = changedFields(before, after, SOURCE_FIELDS);
    if (changed.length > 0) {
      await recordHistory(tx, actor, { entityType: "SOURCE", entityId: id, sourceId: id, action: "UPDATE", summary: describeChanges(changed, fieldWords), changes: changed });
    }
    return getSource(tx, id);
  });
}

/** A source that is still evidence for a claim is not deleted: the claims would lose their footing. */
export async function deleteSource(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof deleteWithReasonInput>) {
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id }, select: sourceSummarySelect });
    if (!source) throw new NotFoundError("source", id);
    const uses = await tx.evidence.findMany({ where: { sourceId: id }, select: { claim: { select: { id: true, text: true } } }, take: 6 });
    if (uses.length > 0) {
      const named = uses.slice(0, 5).map(({ claim }) => `"${shortText(claim.text, 80)}" (${claim.id})`);
      const more = uses.length > 5 ? " and others" : "";
      throw new ConflictError(`This source is still evidence for ${named.join(", ")}${more}. Detach it from those claims first.`);
    }
    // Deleting it would silently cut the chains that trace other sources back to their origin.
    const repeaters = await tx.source.findMany({ where: { repeatsSourceId: id }, select: { id: true, title: true, url: true }, take: 6 });
    if (repeaters.length > 0) {
      const named = repeaters.slice(0, 5).map((repeater) => `${sourceName(repeater)} (${repeater.id})`);
      const more = repeaters.length > 5 ? " and others" : "";
      throw new ConflictError(`${named.join(", ")}${more} ${repeaters.length === 1 ? "repeats" : "repeat"} this source. Change what they repeat first.`);
    }
    await tx.source.delete({ where: { id } });
    await recordHistory(tx, actor, {
      entityType: "SOURCE",
      entityId: id,
      sourceId: id,
      action: "DELETE",
      summary: `deleted the source ${sourceName(source)}`,
      changes: changedFields(source, null, SOURCE_FIELDS),
      reason,
    });
    return { id };
  });
}
