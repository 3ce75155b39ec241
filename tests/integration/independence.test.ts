import { describe, expect, it } from "vitest";
import type { RouterInputs } from "@claimdesk/api";
import { aCasualtyClaim, aSource, anEvidence } from "./support/builders";
import { useTestDatabase } from "./support/test-database";

// How independent a claim's sources are, as claim.get shows it: a source that repeats another (an outlet carrying
// a wire story) traces back to the same origin and counts once: "4 sources, 2 independent origins".

const db = useTestDatabase();

type SourceInput = RouterInputs["source"]["create"];
type Stance = "SUPPORTS" | "CONTRADICTS" | "CONTEXT";

const newSource = (overrides: Partial<SourceInput> = {}) => db.api.source.create(aSource(overrides));
const attach = (claimId: string, sourceId: string, stance: Stance) => db.api.evidence.attach(anEvidence(claimId, sourceId, { stance }));

/** A wire story C, an outlet B carrying it and an outlet A copying B; an independent report D; and E, which contradicts the claim. */
async function chainOfRepeats() {
  const c = await newSource({ type: "WIRE", publisher: "Example Wire" });
  const b = await newSource({ type: "NEWS_REPORT", publisher: "Outlet B", repeatsSourceId: c.id });
  const a = await newSource({ type: "NEWS_REPORT", publisher: "Outlet A", repeatsSourceId: b.id });
  const d = await newSource({ type: "OFFICIAL_STATEMENT", publisher: "Investigative Committee" });
  const e = await newSource({ type: "NEWS_REPORT", publisher: "Independent Outlet" });
  return { a, b, c, d, e };
}

describe("claim.get: independence of the evidence", () => {
  it("counts sources and independent origins per stance, and gives each evidence item its origin", async () => {
    const { a, b, c, d, e } = await chainOfRepeats();
    const claim = await db.api.claim.create(aCasualtyClaim());
    await attach(claim.id, a.id, "SUPPORTS");
    await attach(claim.id, b.id, "SUPPORTS");
    await attach(claim.id, c.id, "SUPPORTS");
    await attach(claim.id, d.id, "SUPPORTS");
    await attach(claim.id, e.id, "CONTRADICTS");

    const read = await db.as("VIEWER").claim.get({ id: claim.id });
    expect(read.independence).toEqual({
      all: { sources: 5, origins: 3, originIds: [c.id, d.id, e.id], words: "5 sources, 3 independent origins" },
      supporting: { sources: 4, origins: 2, originIds: [c.id, d.id], words: "4 sources, 2 independent origins" },
      contradicting: { sources: 1, origins: 1, originIds: [e.id], words: "1 source, 1 independent origin" },
      context: { sources: 0, origins: 0, originIds: [], words: "no sources" },
    });
    expect(read.evidence.map((item) => [item.sourceId, item.stance, item.originId])).toEqual([
      [a.id, "SUPPORTS", c.id],
      [b.id, "SUPPORTS", c.id],
      [c.id, "SUPPORTS", c.id],
      [d.id, "SUPPORTS", d.id],
      [e.id, "CONTRADICTS", e.id],
    ]);
  });

  it("follows a chain to an origin that is not itself evidence for the claim, and counts context on its own", async () => {
    const { a, b, c } = await chainOfRepeats();
    const claim = await db.api.claim.create(aCasualtyClaim());
    await attach(claim.id, a.id, "SUPPORTS");
    await attach(claim.id, b.id, "CONTEXT");

    const read = await db.api.claim.get({ id: claim.id });
    expect(read.independence).toEqual({
      all: { sources: 2, origins: 1, originIds: [c.id], words: "2 sources, 1 independent origin" },
      supporting: { sources: 1, origins: 1, originIds: [c.id], words: "1 source, 1 independent origin" },
      contradicting: { sources: 0, origins: 0, originIds: [], words: "no sources" },
      context: { sources: 1, origins: 1, originIds: [c.id], words: "1 source, 1 independent origin" },
    });
    expect(read.evidence.map((item) => item.originId)).toEqual([c.id, c.id]);
  });

  it("says 'no sources' for a claim without evidence", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const none = { sources: 0, origins: 0, originIds: [], words: "no sources" };
    expect((await db.api.claim.get({ id: claim.id })).independence).toEqual({ all: none, supporting: none, contradicting: none, context: none });
  });

  it("changes as soon as a source's link changes: an outlet found to report on its own becomes an origin of its own", async () => {
    const { a, b, c, d } = await chainOfRepeats();
    const claim = await db.api.claim.create(aCasualtyClaim());
    for (const source of [a, b, c, d]) await attach(claim.id, source.id, "SUPPORTS");
    expect((await db.api.claim.get({ id: claim.id })).independence.supporting.words).toBe("4 sources, 2 independent origins");

    // B turns out to have its own reporter at the scene: B (and A, which copies B) no longer trace back to C.
    await db.api.source.update({ id: b.id, repeatsSourceId: null });
    const read = await db.api.claim.get({ id: claim.id });
    expect(read.independence.supporting).toEqual({ sources: 4, origins: 3, originIds: [b.id, c.id, d.id], words: "4 sources, 3 independent origins" });
    expect(read.evidence.map((item) => item.originId)).toEqual([b.id, b.id, c.id, d.id]);
  });
});
