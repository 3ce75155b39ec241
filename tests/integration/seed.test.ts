import { describe, expect, it } from "vitest";
import { getAuth } from "@claimdesk/api";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, seedDemoAccounts } from "@claimdesk/db";
import { walkPages } from "./support/assertions";
import { useTestDatabase } from "./support/test-database";

// The demo data an editor sees on a fresh install: the Crocus City Hall attack, read back through the API.

const db = useTestDatabase();

async function rowCounts() {
  const [events, claims, sources, evidence, casualty, responsibility, history] = await Promise.all([
    db.prisma.event.count(),
    db.prisma.claim.count(),
    db.prisma.source.count(),
    db.prisma.evidence.count(),
    db.prisma.casualtyDetail.count(),
    db.prisma.responsibilityDetail.count(),
    db.prisma.historyEntry.count(),
  ]);
  return { events, claims, sources, evidence, casualty, responsibility, history };
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

    await db.api.source.delete({ id: taken.id, reason: "Made way for the demo" });
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

  it("tallies the death toll as it was reported, with its flags and the house figure under each rule", async () => {
    const event = await demoEvent();
    const tally = await db.as("VIEWER").event.tally({ eventId: event.id, metric: "KILLED" });
    const byMin = (min: number) => tally.figures.find((figure) => figure.min === min)!.claimId;

    expect(tally.figures.map((figure) => figure.min)).toEqual([40, 60, 115, 133, 137]);
    expect(tally.figures.map((figure) => figure.verdict)).toEqual(["CONFIRMED", "CONFIRMED", "UNRATED", "CONFIRMED", "UNRATED"]);
    expect(tally.metrics).toEqual([
      { metric: "KILLED", figures: 5 },
      { metric: "INJURED", figures: 2 },
      { metric: "MISSING", figures: 0 },
      { metric: "DETAINED", figures: 0 },
    ]);
    // 60 and 115 rest on one Reuters story each; 137 has no supporting source yet; 133 rests on the committee and
    // Asia Times (MENAFN only repeats Asia Times). The "scores" injured, recorded at their bound of 40, are no
    // second report of the 40 killed.
    expect(tally.flags.map((flag) => [flag.kind, tally.figures.find((figure) => figure.claimId === flag.claimIds[0])!.min])).toEqual([
      ["SINGLE_ORIGIN_JUMP", 60],
      ["SINGLE_ORIGIN_JUMP", 115],
      ["SINGLE_ORIGIN_JUMP", 137],
    ]);
    expect(tally.flags[2]!.message).toBe("The rise from at least 133 to 137 rests on no source yet: look for an independent confirmation.");

    expect(tally.event.houseFigureRule).toBe("CONSERVATIVE");
    expect(tally.houseFigure).toEqual(tally.houseFigures.CONSERVATIVE);
    expect(tally.houseFigures.CONSERVATIVE).toEqual({
      rule: "CONSERVATIVE",
      figure: { qualifier: "AT_LEAST", min: 133, max: null },
      openEnded: false,
      population: "ALL",
      words: "at least 133 killed",
      restsOn: [byMin(133)],
      origins: 2,
      explanation: "The highest lower bound among 3 confirmed figures.",
    });
    expect(tally.houseFigures.RANGE).toMatchObject({ figure: { qualifier: "RANGE", min: 40, max: 133 }, openEnded: true, words: "40–133 or more killed" });
    expect(tally.houseFigures.LATEST_OFFICIAL).toMatchObject({
      figure: { qualifier: "AT_LEAST", min: 133, max: null },
      words: "at least 133 killed",
      restsOn: [byMin(133)],
      explanation: "The latest of 2 figures from an official statement, reported by Investigative Committee of the Russian Federation.",
    });
  });

  it("counts the 133 figure's sources as 3 sources from 2 independent origins: MENAFN repeats Asia Times", async () => {
    const event = await demoEvent();
    const summary = event.claims.find((claim) => claim.casualty?.metric === "KILLED" && claim.casualty.min === 133)!;
    const claim = await db.api.claim.get({ id: summary.id });
    const asiaTimes = (await db.api.source.list({ publisher: "Asia Times" })).items[0]!;
    const menafn = (await db.api.source.list({ publisher: "MENAFN" })).items[0]!;

    expect(claim.independence.supporting.words).toBe("3 sources, 2 independent origins");
    expect(claim.independence.supporting.originIds).toContain(asiaTimes.id);
    expect(claim.independence.supporting.originIds).not.toContain(menafn.id);
    expect(claim.evidence.find((item) => item.sourceId === menafn.id)!.originId).toBe(asiaTimes.id);
    expect(claim.independence.contradicting.words).toBe("no sources");
  });

  it("shows who is said to be behind the attack: Islamic State's own claim, ISIS-K, and Ukraine with its denial", async () => {
    const event = await demoEvent();
    const { actors } = await db.as("VIEWER").event.responsibility({ eventId: event.id });

    expect(actors.map(({ actor, claimedBySelf, denied, assessment }) => ({ actor, claimedBySelf, denied, assessment }))).toEqual([
      { actor: "Islamic State", claimedBySelf: true, denied: false, assessment: "VERY_LIKELY" },
      { actor: "Islamic State Khorasan (ISIS-K)", claimedBySelf: false, denied: false, assessment: "VERY_LIKELY" },
      { actor: "Ukraine", claimedBySelf: false, denied: true, assessment: "NOT_ASSESSED" },
    ]);
    expect(actors[0]!.attributions).toEqual([
      expect.objectContaining({
        claimant: "Islamic State",
        attribution: "SELF_CLAIMED",
        channel: "its Amaq news agency",
        verdict: "CONFIRMED",
        independence: expect.objectContaining({ words: "3 sources, 3 independent origins" }),
      }),
    ]);
    expect(actors[2]!.attributions.map(({ claimant, attribution }) => [claimant, attribution])).toEqual([
      ["Vladimir Putin, President of Russia", "SUSPECTED"],
      ["Ukrainian officials", "DENIED"],
    ]);
  });

  it("words the Amaq claim as a confirmed claim of responsibility, with the newsroom's assessment", async () => {
    const event = await demoEvent();
    const amaq = event.claims.find((claim) => claim.responsibility?.attribution === "SELF_CLAIMED")!;
    expect(await db.as("VIEWER").claim.wording({ id: amaq.id })).toMatchObject({
      text: "Islamic State claimed responsibility through its Amaq news agency. Islamic State is very likely responsible, according to our assessment.",
      ruleId: "responsibility-self-claimed",
      asFact: true,
    });
  });

  it("tells where each record came from: every demo claim, source and the event has a timeline", async () => {
    const event = await demoEvent();
    const eventTimeline = (await db.api.history.list({ eventId: event.id })).items;
    expect(eventTimeline[0]).toMatchObject({ entityType: "EVENT", action: "CREATE", entityId: event.id, actorId: null, actorName: "Demo data" });

    for (const summary of event.claims) {
      const claim = await db.api.claim.get({ id: summary.id });
      const timeline = (await db.api.history.list({ claimId: claim.id })).items;
      expect(timeline.length, claim.text).toBeGreaterThan(0);
      expect(timeline[0]).toMatchObject({ entityType: "CLAIM", action: "CREATE", entityId: claim.id, actorId: null, actorName: "Demo data", actorRole: null });
      // Each evidence item has its ATTACH entry, and a claim past NEW says how it got there.
      const attached = timeline.filter((entry) => entry.action === "ATTACH").map((entry) => entry.entityId);
      expect(attached.sort()).toEqual(claim.evidence.map((item) => item.id).sort());
      const moves = timeline.filter((entry) => entry.action === "TRANSITION");
      if (claim.stage === "NEW") expect(moves).toEqual([]);
      else expect(moves.at(-1)!.changes).toContainEqual({ field: "stage", from: "NEW", to: claim.stage });
      if (claim.verdict !== "UNRATED") expect(moves.at(-1)!.changes).toContainEqual({ field: "verdict", from: "UNRATED", to: claim.verdict });

      for (const item of claim.evidence) {
        const sourceTimeline = (await db.api.history.list({ sourceId: item.sourceId })).items;
        expect(sourceTimeline[0]).toMatchObject({ entityType: "SOURCE", action: "CREATE", entityId: item.sourceId, actorName: "Demo data" });
      }
    }
  });

  it("obeys the same rules as the API: a demo claim can be edited, versioned, moved along and found", async () => {
    const event = await demoEvent();
    const claim = event.claims.find((c) => c.kind === "RESPONSIBILITY")!;
    expect(claim.version).toBe(1);
    // A concluded claim is reopened by a reviewer before its content changes.
    const open = claim.stage === "CONCLUDED" ? await db.as("REVIEWER").claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" }) : claim;
    expect(open.stage).not.toBe("CONCLUDED");
    const updated = await db.api.claim.update({ id: claim.id, version: open.version, claimant: "Amaq news agency" });
    expect(updated).toMatchObject({ version: open.version + 1, claimant: "Amaq news agency" });
    expect((await db.api.claim.list({ eventId: event.id, q: "amaq islamic" })).items.map((c) => c.id)).toContain(claim.id);
  });

  it("does not duplicate anything when run again", async () => {
    const before = await rowCounts();
    expect(await seedDemo(db.prisma)).toMatchObject({ seeded: false });
    expect(await rowCounts()).toEqual(before);
    expect((await db.api.event.list({ q: "Crocus" })).items).toHaveLength(1);
  });
});

describe("the demo accounts", () => {
  const fresh = useTestDatabase({ people: false });

  it("are created on a database without users: one per role, each signing in with the demo password", async () => {
    expect(await fresh.prisma.user.count()).toBe(0);
    expect(await seedDemoAccounts(fresh.prisma)).toBe(4);

    const users = await fresh.prisma.user.findMany({ select: { id: true, email: true, role: true, deactivatedAt: true }, orderBy: { email: "asc" } });
    expect(users.map(({ email, role }) => ({ email, role }))).toEqual([
      { email: "admin@claimdesk.test", role: "ADMIN" },
      { email: "editor@claimdesk.test", role: "EDITOR" },
      { email: "reviewer@claimdesk.test", role: "REVIEWER" },
      { email: "viewer@claimdesk.test", role: "VIEWER" },
    ]);
    expect(users.every((user) => user.deactivatedAt === null)).toBe(true);
    expect(DEMO_PASSWORD).toBe("claimdesk-demo");

    const auth = await getAuth(fresh.prisma);
    expect(DEMO_ACCOUNTS.map(({ email }) => email).sort()).toEqual(users.map((user) => user.email));
    for (const { email } of DEMO_ACCOUNTS) {
      const headers = new Headers({ host: "localhost:3000", "x-forwarded-for": "198.51.100.7" });
      const signedIn = await auth.api.signInEmail({ body: { email, password: DEMO_PASSWORD }, headers });
      expect(signedIn.user.email).toBe(email);
      expect(signedIn.token.length).toBeGreaterThan(0);
    }

    // Each account's creation is in its history, made by the demo data rather than a person.
    for (const user of users) {
      expect(await fresh.prisma.historyEntry.findMany({ where: { userId: user.id }, select: { action: true, actorId: true, actorName: true } })).toEqual([
        { action: "CREATE", actorId: null, actorName: "Demo data" },
      ]);
    }
  });

  it("are not created again, nor added to a database that already has users", async () => {
    const before = await fresh.prisma.user.count();
    expect(before).toBe(4);
    expect(await seedDemoAccounts(fresh.prisma)).toBe(0);
    expect(await fresh.prisma.user.count()).toBe(before);

    // The newsroom's own database (its people already exist) gets none of them.
    const newsroomUsers = await db.prisma.user.count();
    expect(newsroomUsers).toBeGreaterThan(0);
    expect(await seedDemoAccounts(db.prisma)).toBe(0);
    expect(await db.prisma.user.count()).toBe(newsroomUsers);
    expect(await db.prisma.user.count({ where: { email: { endsWith: "@claimdesk.test" } } })).toBe(0);
  });
});
