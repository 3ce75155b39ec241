import { describe, expect, it } from "vitest";
import { aStatementClaim, anEvent, aCasualtyClaim } from "./support/builders";
import { createInOrder, expectNewestFirst, expectTRPCError, walkPages } from "./support/assertions";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();
const http = httpClient(db);

describe("event.create and event.get", () => {
  it("stores an event and answers with its id and fields", async () => {
    const input = anEvent({ title: "  Attack on Crocus City Hall  " });
    const created = await db.api.event.create(input);

    expect(created.id).toEqual(expect.any(String));
    expect(created).toMatchObject({
      title: "Attack on Crocus City Hall",
      summary: input.summary,
      occurredAt: input.occurredAt,
      location: input.location,
      _count: { claims: 0 },
    });
    const fetched = await db.api.event.get({ id: created.id });
    expect(fetched).toMatchObject({ ...created, claims: [] });
  });

  it("accepts an event with only a title", async () => {
    const created = await db.api.event.create({ title: "Explosion at a market" });
    expect(created).toMatchObject({ title: "Explosion at a market", summary: null, occurredAt: null, location: null });
  });

  it("refuses an event without a title, naming the field, and writes nothing", async () => {
    const before = await db.prisma.event.count();
    const error = expectClientError(await http.mutation("event.create", { title: "   ", location: "Krasnogorsk" }), 400);
    expectFieldError(error, "title");
    await expectTRPCError(db.api.event.create({ title: "" }), "BAD_REQUEST");
    expect(await db.prisma.event.count()).toBe(before);
  });

  it("lists the event's claims oldest claim first, so that a figure's movement reads in order", async () => {
    const event = await db.api.event.create(anEvent());
    const later = await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-23T15:00:00Z") }));
    const undated = await db.api.claim.create(aStatementClaim({ eventId: event.id, claimedAt: undefined }));
    const earlier = await db.api.claim.create(
      aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-22T19:30:00Z"), casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 40 } }),
    );

    const fetched = await db.api.event.get({ id: event.id });
    expect(fetched.claims.map((claim) => claim.id)).toEqual([earlier.id, later.id, undated.id]);
    expect(fetched._count.claims).toBe(3);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.event.get({ id: "no-such-event" }), "NOT_FOUND", /no-such-event/);
    expectClientError(await http.query("event.get", { id: "no-such-event" }), 404);
  });
});

describe("event.update", () => {
  it("changes the given fields, keeps the omitted ones and clears those set to null", async () => {
    const event = await db.api.event.create(anEvent());
    const updated = await db.api.event.update({ id: event.id, title: "Attack on Crocus City Hall", summary: null });

    expect(updated).toMatchObject({ id: event.id, title: "Attack on Crocus City Hall", summary: null, location: event.location, occurredAt: event.occurredAt });
    expect(await db.api.event.get({ id: event.id })).toMatchObject({ title: "Attack on Crocus City Hall", summary: null, location: event.location });
  });

  it("refuses an empty title and leaves the event as it was", async () => {
    const event = await db.api.event.create(anEvent());
    const error = expectClientError(await http.mutation("event.update", { id: event.id, title: "", location: null }), 400);
    expectFieldError(error, "title");
    expect(await db.api.event.get({ id: event.id })).toMatchObject({ title: event.title, location: event.location });
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.event.update({ id: "no-such-event", title: "x" }), "NOT_FOUND", /no-such-event/);
    expect(await db.prisma.event.count({ where: { title: "x" } })).toBe(0);
  });
});

describe("event.delete", () => {
  it("deletes an event without claims", async () => {
    const event = await db.api.event.create(anEvent());
    expect(await db.api.event.delete({ id: event.id, reason: "Recorded twice" })).toEqual({ id: event.id });
    await expectTRPCError(db.api.event.get({ id: event.id }), "NOT_FOUND");
    expect(await db.prisma.event.count({ where: { id: event.id } })).toBe(0);
  });

  it("refuses to delete an event that still has claims, saying so, and keeps the event and its claims", async () => {
    const event = await db.api.event.create(anEvent());
    const claims = await createInOrder(2, () => db.api.claim.create(aStatementClaim({ eventId: event.id })));

    const error = await expectTRPCError(db.api.event.delete({ id: event.id, reason: "Recorded twice" }), "CONFLICT", /2 claim/);
    expect(error.message).toMatch(/delete them or move them/i);
    expect(expectClientError(await http.mutation("event.delete", { id: event.id, reason: "Recorded twice" }), 409).data.code).toBe("CONFLICT");
    expect(await db.prisma.event.count({ where: { id: event.id } })).toBe(1);
    expect(await db.prisma.claim.count({ where: { eventId: event.id } })).toBe(2);

    // Once the claims have moved on, the event can go.
    const first = await db.api.claim.get({ id: claims[0]! });
    await db.api.claim.update({ id: first.id, version: first.version, eventId: null });
    await db.api.claim.delete({ id: claims[1]!, reason: "Not about this event" });
    await db.api.event.delete({ id: event.id, reason: "Recorded twice" });
    expect(await db.prisma.event.count({ where: { id: event.id } })).toBe(0);
    expect((await db.api.claim.get({ id: first.id })).event).toBeNull();
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.event.delete({ id: "no-such-event", reason: "Recorded twice" }), "NOT_FOUND");
  });
});

describe("event.list", () => {
  it("pages through every event newest first, none repeated or lost", async () => {
    const created = await createInOrder(7, (i) => db.api.event.create(anEvent({ title: `Paged event ${i}` })));
    const all = await db.prisma.event.count();

    const items = await walkPages(3, async (cursor) => db.api.event.list({ limit: 3, cursor }));
    expect(items).toHaveLength(all);
    expectNewestFirst(items);
    // The newest events come first, in the reverse of the order they were created.
    expect(items.slice(0, 7).map((event) => event.id)).toEqual([...created].reverse());
  });

  it("keeps its place when events are added between pages", async () => {
    const first = await db.api.event.list({ limit: 2 });
    const before = await db.prisma.event.findMany({ select: { id: true } });
    await db.api.event.create(anEvent({ title: "Added while paging" }));

    const rest = await walkPages(2, async (cursor) => db.api.event.list({ limit: 2, cursor: cursor ?? first.nextCursor! }));
    const seen = [...first.items, ...rest].map((event) => event.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(before.map((event) => event.id).sort());
  });

  it("finds events whose title or location holds every word of q, in any case", async () => {
    const both = await db.api.event.create(anEvent({ title: "Siege of a SCHOOL", location: "Beslan, North Ossetia" }));
    await db.api.event.create(anEvent({ title: "Siege of a theatre", location: "Moscow" }));
    await db.api.event.create(anEvent({ title: "School fire", location: "Kazan" }));

    const found = await db.api.event.list({ q: "school  beslan" });
    expect(found.items.map((event) => event.id)).toEqual([both.id]);
    expect((await db.api.event.list({ q: "siege" })).items).toHaveLength(2);
    expect((await db.api.event.list({ q: "siege nowhere" })).items).toHaveLength(0);
  });

  it("refuses a cursor it did not give out", async () => {
    await expectTRPCError(db.api.event.list({ cursor: "not-a-cursor" }), "BAD_REQUEST");
    expectFieldError(expectClientError(await http.query("event.list", { cursor: "bm90IGEgY3Vyc29y" }), 400), "cursor");
  });
});
