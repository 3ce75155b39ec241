import { describe, expect, it } from "vitest";
import { seedDemo } from "@claimdesk/db";
import { walkPages } from "./support/assertions";
import { useTestDatabase } from "./support/test-database";

// The demo data an editor sees on a fresh install: the Crocus City Hall attack, read back through the API.

const db = useTestDatabase();

async function rowCounts() {
  const [events, claims, sources, evidence, casualty, responsibility] = await Promise.all([
    db.prisma.event.count(),
    db.prisma.claim.count(),
    db.prisma.source.count(),
    db.prisma.evidence.count(),
    db.prisma.casualtyDetail.count(),
    db.prisma.responsibilityDetail.count(),
  ]);
  return { events, claims, sources, evidence, casualty, responsibility };
}

async function demoEvent() {
  const found = await db.api.event.list({ q: "Crocus City Hall" });
  expect(found.items).toHaveLength(1);
  return db.api.event.get({ id: found.items[0]!.id });
}

describe("the demo seed", () => {
  it("leaves nothing behind when it cannot complete", async () => {
    // A source the newsroom already recorded at one of the demo's addresses makes the seed fail part-way.
    const taken = await db.api.source.create({ url: "https://sledcom.ru/news/item/1869812", title: "Recorded by an editor" });
    const before = await rowCounts();

    await expect(seedDemo(db.prisma)).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
    expect((await db.api.event.list({ q: "Crocus" })).items).toEqual([]);

    await db.api.source.delete({ id: taken.id });
  });

  it("records the Crocus City Hall attack with claims of all three kinds", async () => {
    const outcome = await seedDemo(db.prisma);
    expect(outcome).toMatchObject({ seeded: true });

    const event = await demoEvent();
    expect(event).toMatchObject({ title: "Attack on Crocus City Hall", location: expect.stringContaining("Krasnogorsk") });
    expect(event.occurredAt?.toISOString()).toMatch(/^2024-03-22/);
    expect(outcome).toMatchObject({ claims: event.claims.length, sources: await db.prisma.source.count() });
    expect(new Set(event.claims.map((claim) => claim.kind))).toEqual(new Set(["CASUALTY_COUNT", "RESPONSIBILITY", "STATEMENT"]));
    for (const claim of event.claims) {
      if (claim.kind === "CASUALTY_COUNT") expect(claim.casualty, claim.text).not.toBeNull();
      if (claim.kind === "RESPONSIBILITY") expect(claim.responsibility, claim.text).not.toBeNull();
    }
  });

  it("gives every demo claim its evidence, each from a recorded source", async () => {
    const event = await demoEvent();
    const claims = await walkPages(5, async (cursor) => db.api.claim.list({ eventId: event.id, limit: 5, cursor }));
    expect(claims).toHaveLength(event.claims.length);

    for (const summary of claims) {
      const claim = await db.api.claim.get({ id: summary.id });
      expect(claim.evidence.length, claim.text).toBeGreaterThan(0);
      for (const item of claim.evidence) {
        expect(item.credibility).toBeGreaterThanOrEqual(1);
        expect(item.credibility).toBeLessThanOrEqual(6);
        expect((await db.api.source.get({ id: item.sourceId })).url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("shows how the death toll moved, oldest report first, and which outlet repeats another", async () => {
    const event = await demoEvent();
    const killed = event.claims.filter((claim) => claim.kind === "CASUALTY_COUNT" && claim.casualty?.metric === "KILLED");
    const minimums = killed.map((claim) => claim.casualty!.min);
    expect(minimums).toEqual([...minimums].sort((a, b) => a! - b!));
    expect(killed.map((claim) => claim.casualty)).toContainEqual(expect.objectContaining({ qualifier: "AT_LEAST", min: 133, max: null }));

    const syndicated = await db.api.source.list({ publisher: "menafn" });
    expect(syndicated.items).toHaveLength(1);
    const copy = await db.api.source.get({ id: syndicated.items[0]!.id });
    expect(copy.repeatsSource).toMatchObject({ publisher: "Asia Times" });
  });

  it("obeys the same rules as the API: a demo claim can be edited, versioned and found", async () => {
    const event = await demoEvent();
    const claim = event.claims.find((c) => c.kind === "RESPONSIBILITY")!;
    expect(claim.version).toBe(1);
    const updated = await db.api.claim.update({ id: claim.id, version: 1, stage: "IN_REVIEW" });
    expect(updated.version).toBe(2);
    expect((await db.api.claim.list({ eventId: event.id, q: "amaq islamic" })).items.map((c) => c.id)).toContain(claim.id);
  });

  it("does not duplicate anything when run again", async () => {
    const before = await rowCounts();
    expect(await seedDemo(db.prisma)).toMatchObject({ seeded: false });
    expect(await rowCounts()).toEqual(before);
    expect((await db.api.event.list({ q: "Crocus" })).items).toHaveLength(1);
  });
});
