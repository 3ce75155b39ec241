import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { aCasualtyClaim, aResponsibilityClaim, aSource, anEvidence } from "./support/builders";
import { createInOrder, expectNewestFirst, expectTRPCError, walkPages } from "./support/assertions";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();
const http = httpClient(db);

/** A new claim and a new source to link. */
async function aClaimAndSource() {
  return { claim: await db.api.claim.create(aCasualtyClaim()), source: await db.api.source.create(aSource()) };
}

describe("evidence.attach with a new source", () => {
  it("records the source and links it in one step", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const newSource = aSource({ publisher: "Example Wire", type: "WIRE", reliability: "B" });
    const attached = await db.api.evidence.attach({ claimId: claim.id, source: newSource, stance: "SUPPORTS", credibility: 2 });

    expect(attached.source).toMatchObject({ url: newSource.url, publisher: "Example Wire", type: "WIRE", reliability: "B" });
    expect((await db.api.source.get({ id: attached.sourceId })).evidence.map((item) => item.claimId)).toEqual([claim.id]);
  });

  it("writes neither the source nor the link when the source is refused, naming the nested field", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const existing = await db.api.source.create(aSource());
    const [sources, links] = [await db.prisma.source.count(), await db.prisma.evidence.count()];

    const duplicate = { claimId: claim.id, source: aSource({ url: existing.url }), stance: "SUPPORTS" as const };
    await expectTRPCError(db.api.evidence.attach(duplicate), "CONFLICT", /already exists/);
    expectFieldError(expectClientError(await http.mutation("evidence.attach", duplicate), 409), "source.url");
    // A claim that vanished: the new source must not be left behind either.
    await expectTRPCError(db.api.evidence.attach({ claimId: "no-such-claim", source: aSource(), stance: "SUPPORTS" }), "BAD_REQUEST", /claimId/);

    expect([await db.prisma.source.count(), await db.prisma.evidence.count()]).toEqual([sources, links]);
  });

  it("takes either a sourceId or a new source, not both and not neither", async () => {
    const { claim, source } = await aClaimAndSource();
    const both = await http.mutation("evidence.attach", { claimId: claim.id, sourceId: source.id, source: aSource(), stance: "SUPPORTS" });
    expectFieldError(expectClientError(both, 400), "source");
    const neither = await http.mutation("evidence.attach", { claimId: claim.id, stance: "SUPPORTS" });
    expectFieldError(expectClientError(neither, 400), "sourceId");
  });
});

describe("evidence.attach and evidence.get", () => {
  it("links a source to a claim and answers with the evidence, its source and its claim", async () => {
    const { claim, source } = await aClaimAndSource();
    const input = anEvidence(claim.id, source.id, { stance: "CONTRADICTS", credibility: 3 });
    const attached = await db.api.evidence.attach(input);

    expect(attached).toMatchObject({
      id: expect.any(String),
      claimId: claim.id,
      sourceId: source.id,
      stance: "CONTRADICTS",
      excerpt: input.excerpt,
      credibility: 3,
      note: input.note,
      source: { id: source.id, url: source.url, reliability: source.reliability },
      claim: { id: claim.id, text: claim.text, kind: "CASUALTY_COUNT" },
    });
    expect(await db.api.evidence.get({ id: attached.id })).toEqual(attached);

    // Both ends see it.
    const withEvidence = await db.api.claim.get({ id: claim.id });
    // The claim's page also says which origin the source traces back to: itself, as it repeats nothing.
    expect(withEvidence.evidence).toEqual([{ ...attached, originId: source.id }]);
    expect(withEvidence._count.evidence).toBe(1);
    expect((await db.api.source.get({ id: source.id })).evidence).toEqual([attached]);
  });

  it("takes credibility 6 (cannot be judged) when none is given, and only whole numbers 1 to 6", async () => {
    const { claim, source } = await aClaimAndSource();
    expect((await db.api.evidence.attach({ claimId: claim.id, sourceId: source.id, stance: "CONTEXT" })).credibility).toBe(6);

    const other = await db.api.source.create(aSource());
    for (const credibility of [0, 7, 2.5, -1]) {
      const error = expectClientError(await http.mutation("evidence.attach", anEvidence(claim.id, other.id, { credibility })), 400);
      expectFieldError(error, "credibility");
    }
    expect(await db.prisma.evidence.count({ where: { sourceId: other.id } })).toBe(0);
  });

  it("refuses an unknown claim or source, naming the field, and writes nothing", async () => {
    const { claim, source } = await aClaimAndSource();
    const before = await db.prisma.evidence.count();

    await expectTRPCError(db.api.evidence.attach(anEvidence("no-such-claim", source.id)), "BAD_REQUEST", /claimId/);
    expectFieldError(expectClientError(await http.mutation("evidence.attach", anEvidence("no-such-claim", source.id)), 400), "claimId");
    await expectTRPCError(db.api.evidence.attach(anEvidence(claim.id, "no-such-source")), "BAD_REQUEST", /sourceId/);
    expectFieldError(expectClientError(await http.mutation("evidence.attach", anEvidence(claim.id, "no-such-source")), 400), "sourceId");

    expect(await db.prisma.evidence.count()).toBe(before);
  });

  it("refuses the same source twice on one claim with CONFLICT, pointing to the existing evidence", async () => {
    const { claim, source } = await aClaimAndSource();
    const first = await db.api.evidence.attach(anEvidence(claim.id, source.id));

    const error = await expectTRPCError(db.api.evidence.attach(anEvidence(claim.id, source.id, { stance: "CONTRADICTS" })), "CONFLICT", first.id);
    expect(error.message).toMatch(/already evidence/);
    expectFieldError(expectClientError(await http.mutation("evidence.attach", anEvidence(claim.id, source.id)), 409), "sourceId");
    expect(await db.prisma.evidence.findMany({ where: { claimId: claim.id }, select: { id: true, stance: true } })).toEqual([
      { id: first.id, stance: "SUPPORTS" },
    ]);

    // The same source may still support another claim.
    const other = await db.api.claim.create(aResponsibilityClaim());
    expect((await db.api.evidence.attach(anEvidence(other.id, source.id))).claimId).toBe(other.id);
  });

  it("attaching the same source twice at the same moment stores it once; the other attach hears CONFLICT", async () => {
    for (let round = 0; round < 3; round++) {
      const { claim, source } = await aClaimAndSource();
      const results = await Promise.allSettled([db.api.evidence.attach(anEvidence(claim.id, source.id)), db.api.evidence.attach(anEvidence(claim.id, source.id))]);

      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected")!;
      expect(refused.reason).toBeInstanceOf(TRPCError);
      expect((refused.reason as TRPCError).code).toBe("CONFLICT");
      expect(await db.prisma.evidence.count({ where: { claimId: claim.id, sourceId: source.id } })).toBe(1);
    }
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.evidence.get({ id: "no-such-evidence" }), "NOT_FOUND", /no-such-evidence/);
  });
});

describe("evidence.update", () => {
  it("changes the grading, keeps the other fields and clears those set to null", async () => {
    const { claim, source } = await aClaimAndSource();
    const evidence = await db.api.evidence.attach(anEvidence(claim.id, source.id));

    const updated = await db.api.evidence.update({ id: evidence.id, stance: "CONTEXT", credibility: 4, excerpt: null });
    expect(updated).toMatchObject({ id: evidence.id, claimId: claim.id, sourceId: source.id, stance: "CONTEXT", credibility: 4, excerpt: null, note: evidence.note });
    expect(await db.api.evidence.get({ id: evidence.id })).toEqual(updated);
  });

  it("refuses a credibility outside 1 to 6 and leaves the evidence as it was", async () => {
    const { claim, source } = await aClaimAndSource();
    const evidence = await db.api.evidence.attach(anEvidence(claim.id, source.id));
    expectFieldError(expectClientError(await http.mutation("evidence.update", { id: evidence.id, credibility: 9, note: "changed" }), 400), "credibility");
    expect(await db.api.evidence.get({ id: evidence.id })).toEqual(evidence);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.evidence.update({ id: "no-such-evidence", stance: "SUPPORTS" }), "NOT_FOUND", /no-such-evidence/);
  });
});

describe("evidence.detach", () => {
  it("removes the link but keeps the claim and the source", async () => {
    const { claim, source } = await aClaimAndSource();
    const evidence = await db.api.evidence.attach(anEvidence(claim.id, source.id));

    expect(await db.api.evidence.detach({ id: evidence.id, reason: "Does not bear on the claim" })).toEqual({ id: evidence.id });
    await expectTRPCError(db.api.evidence.get({ id: evidence.id }), "NOT_FOUND");
    expect((await db.api.claim.get({ id: claim.id })).evidence).toEqual([]);
    expect((await db.api.source.get({ id: source.id })).evidence).toEqual([]);

    // Gone means gone: a second detach is NOT_FOUND.
    await expectTRPCError(db.api.evidence.detach({ id: evidence.id, reason: "Again" }), "NOT_FOUND");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.evidence.detach({ id: "no-such-evidence", reason: "Does not bear on the claim" }), "NOT_FOUND", /no-such-evidence/);
  });
});

describe("evidence.list", () => {
  it("lists a claim's evidence and a source's evidence, newest first, page by page", async () => {
    const claim = await db.api.claim.create(aCasualtyClaim());
    const sources = await createInOrder(5, () => db.api.source.create(aSource()));
    const onClaim = await createInOrder(5, (i) => db.api.evidence.attach(anEvidence(claim.id, sources[i]!)));
    const otherClaim = await db.api.claim.create(aResponsibilityClaim());
    const onSource = [onClaim[0]!, (await db.api.evidence.attach(anEvidence(otherClaim.id, sources[0]!))).id];

    const byClaim = await walkPages(2, async (cursor) => db.api.evidence.list({ claimId: claim.id, limit: 2, cursor }));
    expect(byClaim.map((item) => item.id)).toEqual([...onClaim].reverse());
    expectNewestFirst(byClaim);

    const bySource = await walkPages(1, async (cursor) => db.api.evidence.list({ sourceId: sources[0]!, limit: 1, cursor }));
    expect(bySource.map((item) => item.id)).toEqual([...onSource].reverse());

    expect((await db.api.evidence.list({ claimId: claim.id, sourceId: sources[1]! })).items.map((item) => item.id)).toEqual([onClaim[1]]);
  });

  it("pages through all evidence without repeats or gaps", async () => {
    const all = await walkPages(3, async (cursor) => db.api.evidence.list({ limit: 3, cursor }));
    const stored = await db.prisma.evidence.findMany({ select: { id: true } });
    expect(all.map((item) => item.id).sort()).toEqual(stored.map((item) => item.id).sort());
    expect(all.length).toBeGreaterThan(3);
  });

  it("refuses a cursor it did not give out", async () => {
    await expectTRPCError(db.api.evidence.list({ cursor: "garbage" }), "BAD_REQUEST");
    expectFieldError(expectClientError(await http.query("evidence.list", { cursor: btoa("not|a|cursor") }), 400), "cursor");
  });
});
