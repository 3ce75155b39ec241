import type { z } from "zod";
import type { FieldChange, PrismaClient } from "@claimdesk/db";
import { countOf, houseFigureRuleLabel, type HouseFigureRule, type deleteWithReasonInput, type eventCreateInput, type eventListInput, type eventUpdateInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, NotFoundError } from "../errors";
import { changedFields, describeChanges, fieldWords, listOfPhrases, recordHistory } from "./history-service";
import { pageQuery, toPage } from "./pagination";
import { eventIdsMatching } from "./search-service";
import { countedFrom, withClaimCounts, withEvidenceCounts } from "./page-counts";
import { claimSummarySelect, eventSummarySelect } from "./selects";

export async function listEvents(db: PrismaClient, input: z.output<typeof eventListInput>) {
  const page = pageQuery(input);
  const rows = await db.event.findMany({
    where: {
      ...page.after,
      // Words through the search index (search-service.ts).
      id: input.q ? { in: await eventIdsMatching(db, input.q, { cursor: input.cursor, take: page.take }) } : undefined,
    },
    orderBy: page.orderBy,
    take: page.take,
    select: eventSummarySelect,
  });
  const paged = toPage(rows, input.limit);
  return { ...paged, items: await withClaimCounts(db, paged.items) };
}

/** An event with all its claims, oldest claim first, so that a figure's movement reads in order. */
export async function getEvent(db: PrismaClient, id: string) {
  const event = await db.event.findUnique({
    where: { id },
    select: {
      ...eventSummarySelect,
      claims: { select: claimSummarySelect, orderBy: [{ claimedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] },
    },
  });
  if (!event) throw new NotFoundError("event", id);
  return countedFrom({ ...event, claims: await withEvidenceCounts(db, event.claims) }, "claims", event.claims);
}

const EVENT_FIELDS = ["title", "summary", "occurredAt", "location", "houseFigureRule"] as const;

/** "changed the house figure rule from Conservative to Range", other fields as usual. */
function describeEventChanges(changes: FieldChange[]): string {
  const words = (value: unknown) => houseFigureRuleLabel[value as HouseFigureRule] ?? String(value);
  const phrases = changes.map((change) =>
    change.field === "houseFigureRule" ? `changed the house figure rule from ${words(change.from)} to ${words(change.to)}` : describeChanges([change], fieldWords),
  );
  return listOfPhrases(phrases) ?? "saved it without changes";
}

export function createEvent(db: PrismaClient, actor: Actor, input: z.output<typeof eventCreateInput>) {
  return db.$transaction(async (tx) => {
    // A new event has no claims yet.
    const event = countedFrom(await tx.event.create({ data: input, select: eventSummarySelect }), "claims", []);
    await recordHistory(tx, actor, {
      entityType: "EVENT",
      entityId: event.id,
      eventId: event.id,
      action: "CREATE",
      summary: `recorded the event "${event.title}"`,
      changes: changedFields(null, event, EVENT_FIELDS),
    });
    return event;
  });
}

export async function updateEvent(db: PrismaClient, actor: Actor, { id, ...changes }: z.output<typeof eventUpdateInput>) {
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id }, select: eventSummarySelect });
    if (!before) throw new NotFoundError("event", id);
    const [after] = await withClaimCounts(tx, [await tx.event.update({ where: { id }, data: changes, select: eventSummarySelect })]);
    if (!after) throw new NotFoundError("event", id);
    const changed = changedFields(before, after, EVENT_FIELDS);
    if (changed.length > 0) {
      await recordHistory(tx, actor, { entityType: "EVENT", entityId: id, eventId: id, action: "UPDATE", summary: describeEventChanges(changed), changes: changed });
    }
    return after;
  });
}

/** Claims outlive a careless click: an event that still has claims is not deleted. */
export async function deleteEvent(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof deleteWithReasonInput>) {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id }, select: eventSummarySelect });
    if (!event) throw new NotFoundError("event", id);
    const claimCount = await tx.claim.count({ where: { eventId: id } });
    if (claimCount > 0) {
      const claims = countOf(claimCount, "claim", "claims");
      throw new ConflictError(`The event still has ${claims}. Delete them or move them to another event first.`);
    }
    await tx.event.delete({ where: { id } });
    await recordHistory(tx, actor, {
      entityType: "EVENT",
      entityId: id,
      eventId: id,
      action: "DELETE",
      summary: `deleted the event "${event.title}"`,
      changes: changedFields(event, null, EVENT_FIELDS),
      reason,
    });
    return { id };
  });
}
