import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { aCasualtyClaim, aSource, aStatementClaim, anEvidence, nextNumber } from "./support/builders";
import { createInOrder, expectNewestFirst, expectTRPCError, walkPages } from "./support/assertions";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

const db = useTestDatabase();
const http = httpClient(db);

/** Follows repeatsSourceId from `id` in the database; throws if the chain comes back on itself. */
async function repeatChain(id: string): Promise<string[]> {
  const chain = [id];
  for (let next = id; ; ) {
    const row = await db.prisma.source.findUniqueOrThrow({ where: { id: next }, select: { repeatsSourceId: true } });
    if (!row.repeatsSourceId) return chain;
    if (chain.includes(row.repeatsSourceId)) throw new Error(`The sources repeat each other in a cycle: ${[...chain, row.repeatsSourceId].join(" -> ")}`);
    chain.push(row.repeatsSourceId);
    next = row.repeatsSourceId;
  }
}

describe("source.create and source.get", () => {
  it("stores a source with all its fields and answers with its id", async () => {
    const input = aSource({ type: "OFFICIAL_STATEMENT", reliability: "C" });
    const created = await db.api.source.create(input);

    expect(created).toMatchObject({
      id: expect.any(String),
      url: input.url,
      title: input.title,
      publisher: input.publisher,
      author: input.author,
      publishedAt: input.publishedAt,
      type: "OFFICIAL_STATEMENT",
      reliability: "C",
      repeatsSourceId: null,
      repeatsSource: null,
      repeatedBy: [],
      evidence: [],
    });
    expect(await db.api.source.get({ id: created.id })).toEqual(created);
  });

  it("grades an ungraded source F (cannot be judged) and types it OTHER", async () => {
    const created = await db.api.source.create({ url: `https://t.me/channel/${nextNumber()}` });
    expect(created).toMatchObject({ reliability: "F", type: "OTHER", title: null, publisher: null });
  });

  it("takes only the reliability grades A to F", async () => {
    for (const reliability of ["A", "B", "C", "D", "E", "F"] as const) {
      expect((await db.api.source.create(aSource({ reliability }))).reliability).toBe(reliability);
    }
    for (const reliability of ["G", "a", "1", ""]) {
      expectFieldError(expectClientError(await http.mutation("source.create", { ...aSource(), reliability }), 400), "reliability");
    }
  });

  it("takes only http and https addresses", async () => {
    const before = await db.prisma.source.count();
    for (const url of ["ftp://files.example.org/report.pdf", "javascript:alert(1)", "file:///etc/passwd", "not a url", "https://", ""]) {
      expectFieldError(expectClientError(await http.mutation("source.create", { ...aSource(), url }), 400), "url");
    }
    expect(await db.prisma.source.count()).toBe(before);
  });

  it("refuses a URL that is already recorded, with CONFLICT on the field url, and keeps one source", async () => {
    const existing = await db.api.source.create(aSource());
    const duplicate = { ...aSource(), url: existing.url };

    const error = await expectTRPCError(db.api.source.create(duplicate), "CONFLICT", existing.id);
    expect(error.message).toMatch(/URL already exists/);
    expectFieldError(expectClientError(await http.mutation("source.create", duplicate), 409), "url");
    expect(await db.prisma.source.count({ where: { url: existing.url } })).toBe(1);
  });

  it("records which source a source repeats, seen from both ends", async () => {
    const wire = await db.api.source.create(aSource({ publisher: "Asia Times" }));
    const copy = await db.api.source.create(aSource({ publisher: "MENAFN", repeatsSourceId: wire.id }));

    expect(copy).toMatchObject({ repeatsSourceId: wire.id, repeatsSource: { id: wire.id, url: wire.url, publisher: "Asia Times" } });
    expect((await db.api.source.get({ id: wire.id })).repeatedBy).toEqual([{ id: copy.id, url: copy.url, title: copy.title, publisher: "MENAFN" }]);
  });

  it("refuses to repeat a source that does not exist, naming repeatsSourceId, and writes nothing", async () => {
    const before = await db.prisma.source.count();
    const input = aSource({ repeatsSourceId: "no-such-source" });
    await expectTRPCError(db.api.source.create(input), "BAD_REQUEST", /repeatsSourceId/);
    expectFieldError(expectClientError(await http.mutation("source.create", input), 400), "repeatsSourceId");
    expect(await db.prisma.source.count()).toBe(before);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.source.get({ id: "no-such-source" }), "NOT_FOUND", /no-such-source/);
  });
});

describe("source.update", () => {
  it("changes the given fields, keeps the others and clears those set to null", async () => {
    const source = await db.api.source.create(aSource());
    const updated = await db.api.source.update({ id: source.id, reliability: "A", author: null, title: "A better title" });
    expect(updated).toMatchObject({ id: source.id, url: source.url, reliability: "A", author: null, title: "A better title", publisher: source.publisher });
    expect(await db.api.source.get({ id: source.id })).toEqual(updated);
  });

  it("keeps its own URL but refuses another source's, with CONFLICT on url", async () => {
    const [mine, theirs] = [await db.api.source.create(aSource()), await db.api.source.create(aSource())];
    expect((await db.api.source.update({ id: mine.id, url: mine.url, title: "Same address" })).url).toBe(mine.url);

    await expectTRPCError(db.api.source.update({ id: mine.id, url: theirs.url }), "CONFLICT");
    expectFieldError(expectClientError(await http.mutation("source.update", { id: mine.id, url: theirs.url }), 409), "url");
    expect((await db.api.source.get({ id: mine.id })).url).toBe(mine.url);
  });

  it("refuses to let a source repeat itself", async () => {
    const source = await db.api.source.create(aSource());
    await expectTRPCError(db.api.source.update({ id: source.id, repeatsSourceId: source.id }), "BAD_REQUEST", /repeatsSourceId/);
    expectFieldError(expectClientError(await http.mutation("source.update", { id: source.id, repeatsSourceId: source.id }), 400), "repeatsSourceId");
    expect((await db.api.source.get({ id: source.id })).repeatsSourceId).toBeNull();
  });

  it("refuses a repeat that would close a cycle, directly or through others", async () => {
    const a = await db.api.source.create(aSource());
    const b = await db.api.source.create(aSource({ repeatsSourceId: a.id }));
    const c = await db.api.source.create(aSource({ repeatsSourceId: b.id }));

    // a <- b: a cannot now repeat b.
    await expectTRPCError(db.api.source.update({ id: a.id, repeatsSourceId: b.id }), "BAD_REQUEST", /repeatsSourceId/);
    // a <- b <- c: a cannot repeat c either.
    expectFieldError(expectClientError(await http.mutation("source.update", { id: a.id, repeatsSourceId: c.id }), 400), "repeatsSourceId");

    expect(await repeatChain(c.id)).toEqual([c.id, b.id, a.id]);
    // Pointing elsewhere along the chain is fine: c may repeat a directly.
    expect((await db.api.source.update({ id: c.id, repeatsSourceId: a.id })).repeatsSourceId).toBe(a.id);
  });

  it("refuses to repeat an unknown source and clears the link with null", async () => {
    const original = await db.api.source.create(aSource());
    const copy = await db.api.source.create(aSource({ repeatsSourceId: original.id }));
    expectFieldError(expectClientError(await http.mutation("source.update", { id: copy.id, repeatsSourceId: "no-such-source" }), 400), "repeatsSourceId");
    expect((await db.api.source.get({ id: copy.id })).repeatsSourceId).toBe(original.id);

    expect((await db.api.source.update({ id: copy.id, repeatsSourceId: null })).repeatsSourceId).toBeNull();
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.source.update({ id: "no-such-source", title: "x" }), "NOT_FOUND", /no-such-source/);
  });
});

describe("source.delete", () => {
  it("deletes a source nobody uses", async () => {
    const source = await db.api.source.create(aSource());
    expect(await db.api.source.delete({ id: source.id, reason: "Recorded by mistake" })).toEqual({ id: source.id });
    await expectTRPCError(db.api.source.get({ id: source.id }), "NOT_FOUND");
  });

  it("refuses to delete a source still used as evidence, naming the claims, and keeps everything", async () => {
    const source = await db.api.source.create(aSource());
    const first = await db.api.claim.create(aCasualtyClaim({ text: "At least 40 people were killed." }));
    const second = await db.api.claim.create(aStatementClaim({ text: "The attackers fled towards the border." }));
    const evidence = [await db.api.evidence.attach(anEvidence(first.id, source.id)), await db.api.evidence.attach(anEvidence(second.id, source.id))];

    const error = await expectTRPCError(db.api.source.delete({ id: source.id, reason: "Duplicate" }), "CONFLICT");
    for (const claim of [first, second]) {
      expect(error.message).toContain(claim.text);
      expect(error.message).toContain(claim.id);
    }
    expect(error.message).toMatch(/detach/i);
    expectClientError(await http.mutation("source.delete", { id: source.id, reason: "Duplicate" }), 409);
    expect(await db.prisma.source.count({ where: { id: source.id } })).toBe(1);
    expect(await db.prisma.evidence.count({ where: { id: { in: evidence.map((item) => item.id) } } })).toBe(2);

    // Detached from both claims, it can go.
    for (const item of evidence) await db.api.evidence.detach({ id: item.id, reason: "The source is being removed" });
    await db.api.source.delete({ id: source.id, reason: "Duplicate" });
    expect(await db.prisma.source.count({ where: { id: source.id } })).toBe(0);
  });

  it("refuses to delete a source that others repeat, naming them, so no chain to an origin is cut silently", async () => {
    const original = await db.api.source.create(aSource({ title: "The wire's first story" }));
    const copy = await db.api.source.create(aSource({ title: "A paper carrying the wire", repeatsSourceId: original.id }));
    const copyOfCopy = await db.api.source.create(aSource({ title: "A site quoting the paper", repeatsSourceId: copy.id }));

    const error = await expectTRPCError(db.api.source.delete({ id: copy.id, reason: "Duplicate" }), "CONFLICT");
    expect(error.message).toContain("A site quoting the paper");
    expect(error.message).toContain(copyOfCopy.id);
    expectClientError(await http.mutation("source.delete", { id: original.id, reason: "Duplicate" }), 409);
    expect(await db.api.source.get({ id: copyOfCopy.id })).toMatchObject({ repeatsSourceId: copy.id });
    expect(await db.api.source.get({ id: copy.id })).toMatchObject({ repeatsSourceId: original.id });

    // Once nothing repeats it, it can go.
    await db.api.source.update({ id: copyOfCopy.id, repeatsSourceId: original.id });
    await db.api.source.delete({ id: copy.id, reason: "Duplicate" });
    expect(await db.prisma.source.count({ where: { id: copy.id } })).toBe(0);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectTRPCError(db.api.source.delete({ id: "no-such-source", reason: "Duplicate" }), "NOT_FOUND", /no-such-source/);
  });
});

describe("source.list", () => {
  it("pages through every source newest first, none repeated or lost", async () => {
    const created = await createInOrder(8, () => db.api.source.create(aSource()));
    const stored = await db.prisma.source.findMany({ select: { id: true } });

    const items = await walkPages(3, async (cursor) => db.api.source.list({ limit: 3, cursor }));
    expect(items.map((source) => source.id).sort()).toEqual(stored.map((source) => source.id).sort());
    expectNewestFirst(items);
    expect(items.slice(0, 8).map((source) => source.id)).toEqual([...created].reverse());
  });

  it("filters by part of the publisher's name in any case, and by type", async () => {
    const tag = `Tass${nextNumber()}`;
    const wire = await db.api.source.create(aSource({ publisher: `${tag} News Agency`, type: "WIRE" }));
    const statement = await db.api.source.create(aSource({ publisher: `The ${tag.toUpperCase()} desk`, type: "OFFICIAL_STATEMENT" }));
    await db.api.source.create(aSource({ publisher: "Reuters", type: "WIRE" }));

    const ids = async (filter: Parameters<typeof db.api.source.list>[0]) => (await db.api.source.list(filter)).items.map((source) => source.id).sort();
    expect(await ids({ publisher: tag.toLowerCase() })).toEqual([wire.id, statement.id].sort());
    expect(await ids({ publisher: tag, type: "WIRE" })).toEqual([wire.id]);
    expect(await ids({ publisher: `${tag} nowhere` })).toEqual([]);

    const wires = await walkPages(2, async (cursor) => db.api.source.list({ type: "WIRE", limit: 2, cursor }));
    expect(wires.length).toBe(await db.prisma.source.count({ where: { type: "WIRE" } }));
    expect(wires.every((source) => source.type === "WIRE")).toBe(true);
  });

  it("finds sources whose title, URL or publisher holds every word of q", async () => {
    const n = nextNumber();
    const found = await db.api.source.create(aSource({ url: `https://sledcom.ru/news/item/${n}`, title: `Criminal case opened ${n}`, publisher: "Investigative Committee" }));
    await db.api.source.create(aSource({ title: `Criminal case closed ${n}` }));
    expect((await db.api.source.list({ q: `SLEDCOM criminal ${n}` })).items.map((source) => source.id)).toEqual([found.id]);
  });

  it("refuses a cursor it did not give out", async () => {
    await expectTRPCError(db.api.source.list({ cursor: "garbage" }), "BAD_REQUEST");
    expectFieldError(expectClientError(await http.query("source.list", { cursor: "%%%" }), 400), "cursor");
  });
});

describe("sources written at the same moment", () => {
  it("two creates with one URL: one source is stored, the other create hears CONFLICT on url", async () => {
    for (let round = 0; round < 3; round++) {
      const url = aSource().url;
      const results = await Promise.allSettled([db.api.source.create(aSource({ url })), db.api.source.create(aSource({ url }))]);

      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected")!;
      expect(refused.reason).toBeInstanceOf(TRPCError);
      expect((refused.reason as TRPCError).code).toBe("CONFLICT");
      expect((refused.reason as TRPCError).message).toMatch(/url/i);
      expect(await db.prisma.source.count({ where: { url } })).toBe(1);
    }
  });

  it("two sources set to repeat each other: never both, so no cycle is stored", async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await db.api.source.create(aSource()), await db.api.source.create(aSource())];
      const results = await Promise.allSettled([
        db.api.source.update({ id: a.id, repeatsSourceId: b.id }),
        db.api.source.update({ id: b.id, repeatsSourceId: a.id }),
      ]);

      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected")!;
      expect((refused.reason as TRPCError).code).toBe("BAD_REQUEST");
      await repeatChain(a.id);
      await repeatChain(b.id);
    }
  });
});
