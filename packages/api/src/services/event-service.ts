import type { z } from "zod";
import type { PrismaClient } from "@claimdesk/db";
import type { eventCreateInput, eventListInput, eventUpdateInput } from "@claimdesk/schemas";
import { ConflictError, NotFoundError } from "../errors";
import { pageQuery, toPage, wordsQuery } from "./pagination";
import { claimSummarySelect, eventSummarySelect } from "./selects";

export async function listEvents(db: PrismaClient, input: z.output<typeof eventListInput>) {
  const page = pageQuery(input);
  const rows = await db.event.findMany({
    where: {
      ...page.after,
      ...wordsQuery(input.q, (word) => [
        { title: { contains: word, mode: "insensitive" as const } },
        { location: { contains: word, mode: "insensitive" as const } },
      ]),
    },
    orderBy: page.orderBy,
    take: page.take,
    select: eventSummarySelect,
  });
  return toPage(rows, input.limit);
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
  return event;
}

export function createEvent(db: PrismaClient, input: z.output<typeof eventCreateInput>) {
  return db.event.create({ data: input, select: eventSummarySelect });
}

export async function updateEvent(db: PrismaClient, { id, ...changes }: z.output<typeof eventUpdateInput>) {
  return db.$transaction(async (tx) => {
    if (!(await tx.event.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("event", id);
    return tx.event.update({ where: { id }, data: changes, select: eventSummarySelect });
  });
}

/** Claims outlive a careless click: an event that still has claims is not deleted. */
export async function deleteEvent(db: PrismaClient, id: string) {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id }, select: { id: true, _count: { select: { claims: true } } } });
    if (!event) throw new NotFoundError("event", id);
    if (event._count.claims > 0) {
      throw new ConflictError(
        `The event still has ${event._count.claims} claim(s). Delete them or move them to another event first.`,
      );
    }
    await tx.event.delete({ where: { id } });
    return { id };
  });
}
