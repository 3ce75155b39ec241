import { describe, expect, it } from "vitest";
import { aCasualtyClaim, aSource, anEvent, anEvidence } from "./support/builders";
import { useTestDatabase } from "./support/test-database";

// What an editor sees on list pages and tallies now that lists count only their page's rows and repeat chains are
// walked by one recursive query: the same counts beside each row, page after page, and the same origins.

const db = useTestDatabase();

const newClaim = (eventId?: string, min = 133) => db.api.claim.create(aCasualtyClaim({ eventId, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min } }));
const newSource = (repeatsSourceId?: string) => db.api.source.create(aSource({ repeatsSourceId }));

describe("counts beside each row of a list", () => {
  it("claim.list gives each claim on each page its own number of evidence items", async () => {
    const event = await db.api.event.create(anEvent());
    const [none, one, three] = [await newClaim(event.id, 10), await newClaim(event.id, 20), await newClaim(event.id, 30)];
    const sources = [await newSource(), await newSource(), await newSource()];
    await db.api.evidence.attach(anEvidence(one.id, sources[0]!.id));
    for (const source of sources) await db.api.evidence.attach(anEvidence(three.id, source.id));

    const first = await db.api.claim.list({ eventId: event.id, limit: 2 });
    const second = await db.api.claim.list({ eventId: event.id, limit: 2, cursor: first.nextCursor! });
    const counts = Object.fromEntries([...first.items, ...second.items].map((claim) => [claim.id, claim._count.evidence]));
    expect(counts).toEqual({ [none.id]: 0, [one.id]: 1, [three.id]: 3 });
    expect(second.nextCursor).toBeNull();

    // The claim's own page and the event's page say the same.
    expect((await db.api.claim.get({ id: three.id }))._count.evidence).toBe(3);
    const onEventPage = await db.api.event.get({ id: event.id });
    expect(Object.fromEntries(onEventPage.claims.map((claim) => [claim.id, claim._count.evidence]))).toEqual(counts);
    expect(onEventPage._count.claims).toBe(3);
  });

  it("source.list counts the claims each source is evidence for; event.list the claims of each event", async () => {
    const [used, unused] = [await newSource(), await newSource()];
    const [a, b] = [await newClaim(), await newClaim()];
    await db.api.evidence.attach(anEvidence(a.id, used.id));
    await db.api.evidence.attach(anEvidence(b.id, used.id));
    const sources = await db.api.source.list({ limit: 100 });
    expect(sources.items.find((source) => source.id === used.id)?._count.evidence).toBe(2);
    expect(sources.items.find((source) => source.id === unused.id)?._count.evidence).toBe(0);

    const [busy, quiet] = [await db.api.event.create(anEvent()), await db.api.event.create(anEvent())];
    await newClaim(busy.id, 1);
    await newClaim(busy.id, 2);
    const events = await db.api.event.list({ limit: 100 });
    expect(events.items.find((event) => event.id === busy.id)?._count.claims).toBe(2);
    expect(events.items.find((event) => event.id === quiet.id)?._count.claims).toBe(0);
    // An event's count follows its claims: updating the event answers with the count too.
    expect((await db.api.event.update({ id: busy.id, title: "Renamed" }))._count.claims).toBe(2);
  });
});

describe("origins along chains of repeats", () => {
  /** The origin as one would find it by hand: follow each source's repeatsSourceId, one source at a time. */
  async function originByHand(sourceId: string): Promise<string> {
    let id = sourceId;
    for (;;) {
      const source = await db.prisma.source.findUniqueOrThrow({ where: { id }, select: { repeatsSourceId: true } });
      if (!source.repeatsSourceId) return id;
      id = source.repeatsSourceId;
    }
  }

  it("traces a figure's sources to the same origins however long the chains, in the tally and on the claim", async () => {
    const event = await db.api.event.create(anEvent());
    // A wire story carried through 30 outlets in a row, an outlet that branches off the middle of it, and an
    // independent official statement.
    const wire = await newSource();
    const chain = [wire];
    for (let step = 0; step < 30; step++) chain.push(await newSource(chain.at(-1)!.id));
    const branch = await newSource(chain[12]!.id);
    const statement = await db.api.source.create(aSource({ type: "OFFICIAL_STATEMENT" }));
    const claim = await newClaim(event.id, 137);
    for (const source of [chain.at(-1)!, branch, chain[3]!, statement]) await db.api.evidence.attach(anEvidence(claim.id, source.id));

    const tally = await db.as("VIEWER").event.tally({ eventId: event.id, metric: "KILLED" });
    const [figure] = tally.figures;
    for (const id of figure!.sourceIds) expect(tally.sources[id]!.originId).toBe(await originByHand(id));
    expect(new Set(figure!.sourceIds.map((id) => tally.sources[id]!.originId))).toEqual(new Set([wire.id, statement.id]));
    expect(figure).toMatchObject({ origins: 2, official: true });

    const read = await db.api.claim.get({ id: claim.id });
    expect(read.independence.supporting).toMatchObject({ sources: 4, origins: 2, words: "4 sources, 2 independent origins" });
    expect(read.evidence.map((item) => item.originId)).toEqual([wire.id, wire.id, wire.id, statement.id]);
  });

  it("still ends on a loop of repeats written behind the API's back, counting each source of the loop once", async () => {
    const [a, b] = [await newSource(), await newSource()];
    // The API refuses a loop (source.update); corrupt data must not hang a read all the same.
    await db.prisma.source.update({ where: { id: a.id }, data: { repeatsSourceId: b.id } });
    await db.prisma.source.update({ where: { id: b.id }, data: { repeatsSourceId: a.id } });
    const claim = await newClaim();
    await db.api.evidence.attach(anEvidence(claim.id, a.id));
    const read = await db.api.claim.get({ id: claim.id });
    expect(read.independence.supporting.sources).toBe(1);
    expect(read.independence.supporting.origins).toBe(1);
  });
});
