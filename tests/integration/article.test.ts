import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { RouterInputs, RouterOutputs } from "@claimdesk/api";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aResponsibilityClaim, aSource, aStatementClaim, anEvent } from "./support/builders";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

// Pasting a report: article.extract suggests the claims in it, each with the sentence it came from, and
// article.import records the accepted ones with the report as their source and each sentence as the evidence
// excerpt, all in one transaction.

const db = useTestDatabase();
const http = httpClient(db);

type ImportInput = RouterInputs["article"]["import"];

/** The extraction rules' own fixtures: reports as an editor would paste them. */
const FIXTURES = fileURLToPath(new URL("../../packages/analysis/src/extraction/fixtures/", import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, "utf8");

/** A wire report of a market bombing: the toll as the police and then the ministry gave it, the injured, the detained. */
const FIXTURE = "wire-report.txt";

type Suggestion = RouterOutputs["article"]["extract"]["suggestions"][number];

/** What an editor must find among the wire report's suggestions (the rule-by-rule tests live in the analysis package). */
function expectFixtureSuggestions(suggestions: Suggestion[]) {
  const police = suggestions.find((suggestion) => suggestion.match.text === "At least 40 people were killed");
  expect(police).toMatchObject({
    kind: "CASUALTY_COUNT",
    sentence: "VALDORA, May 3 (Meridian Wire) - At least 40 people were killed when an explosion tore through the Riverside Market in Valdora on Sunday, police said.",
    claim: { kind: "CASUALTY_COUNT", claimant: "police", casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 40 } },
  });
  const ministry = suggestions.find((suggestion) => suggestion.sentence.startsWith("By evening the death toll rose to 61"));
  expect(ministry).toMatchObject({
    kind: "CASUALTY_COUNT",
    sentence: "By evening the death toll rose to 61, the Interior Ministry said in a statement.",
    claim: { claimant: "Interior Ministry", casualty: { metric: "KILLED", min: 61 } },
  });
  expect(suggestions.find((suggestion) => suggestion.sentence.startsWith("More than 150 people were injured"))).toMatchObject({
    claim: { casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 151, reportedAs: "more than 150" } },
  });
  // The police's figure comes before the ministry's, as in the report.
  expect(suggestions.indexOf(police!)).toBeLessThan(suggestions.indexOf(ministry!));
  // Nobody claimed the attack: the sentence saying so is no claim of responsibility.
  expect(suggestions.filter((suggestion) => suggestion.kind === "RESPONSIBILITY")).toEqual([]);
}

const FIGURE_SENTENCE = "The number of people killed has risen to 133, the Investigative Committee said.";
const CLAIM_SENTENCE = "Islamic State claimed responsibility through its Amaq news agency.";

/** A report with a figure and a claim of responsibility, accepted as suggested. */
function anImport(overrides: Partial<ImportInput> = {}): ImportInput {
  return {
    url: aSource().url,
    title: "Death toll in concert hall attack rises to 133",
    publisher: "Example Wire",
    author: "A. Reporter",
    publishedAt: new Date("2024-03-23T15:30:00Z"),
    type: "WIRE",
    reliability: "B",
    claims: [
      { claim: aCasualtyClaim({ text: FIGURE_SENTENCE }), excerpt: FIGURE_SENTENCE },
      { claim: aResponsibilityClaim({ text: CLAIM_SENTENCE }), excerpt: CLAIM_SENTENCE },
    ],
    ...overrides,
  };
}

/** Every table an import writes to. */
async function rowCounts() {
  const [sources, claims, casualty, responsibility, evidence, history] = await Promise.all([
    db.prisma.source.count(),
    db.prisma.claim.count(),
    db.prisma.casualtyDetail.count(),
    db.prisma.responsibilityDetail.count(),
    db.prisma.evidence.count(),
    db.prisma.historyEntry.count(),
  ]);
  return { sources, claims, casualty, responsibility, evidence, history };
}

const latestSeq = async () => (await db.prisma.historyEntry.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
const entriesAfter = async (seq: number) =>
  (await db.prisma.historyEntry.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: "asc" } })).map((entry) => ({
    what: `${entry.entityType} ${entry.action}`,
    entityId: entry.entityId,
    claimId: entry.claimId,
    sourceId: entry.sourceId,
    eventId: entry.eventId,
    actorId: entry.actorId,
  }));

describe("article.extract", () => {
  it("suggests claims in a report, each with the sentence it came from and where it stands in the text", async () => {
    const text = fixture(FIXTURE);
    const before = await rowCounts();
    const { suggestions, source } = await db.api.article.extract({ text });

    expect(source).toBeNull();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((suggestion) => suggestion.id)).toEqual(suggestions.map((_, index) => `s${index + 1}`));
    for (const suggestion of suggestions) {
      expect(text.slice(suggestion.start, suggestion.end), suggestion.id).toBe(suggestion.sentence);
      expect(text.slice(suggestion.match.start, suggestion.match.end), suggestion.id).toBe(suggestion.match.text);
      expect(suggestion.match.start).toBeGreaterThanOrEqual(suggestion.start);
      expect(suggestion.match.end).toBeLessThanOrEqual(suggestion.end);
      expect(suggestion.claim.kind).toBe(suggestion.kind);
    }
    expectFixtureSuggestions(suggestions);
    // Reading a report writes nothing.
    expect(await rowCounts()).toEqual(before);
  });

  it("says whether the report is already recorded as a source, and dates every suggestion with its publication", async () => {
    const known = await db.api.source.create(aSource({ title: "Death toll in concert hall attack rises", publisher: "Reuters", type: "WIRE" }));
    const text = "At least 133 people were killed, the Investigative Committee said on Saturday.";
    const publishedAt = new Date("2024-03-23T15:30:00Z");

    const fresh = await db.api.article.extract({ text, url: aSource().url, publishedAt });
    expect(fresh.source).toBeNull();
    const recorded = await db.api.article.extract({ text, url: known.url, publishedAt });
    expect(recorded.source).toEqual({ id: known.id, url: known.url, title: known.title, publisher: "Reuters", publishedAt: known.publishedAt, type: "WIRE" });

    expect(recorded.suggestions).toHaveLength(1);
    expect(recorded.suggestions[0]).toMatchObject({
      kind: "CASUALTY_COUNT",
      sentence: text,
      start: 0,
      end: text.length,
      claim: { kind: "CASUALTY_COUNT", claimedAt: publishedAt, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } },
    });
  });

  it("answers a report without claims with no suggestions, and refuses an empty text naming it", async () => {
    expect((await db.api.article.extract({ text: "Rescue teams were still searching the collapsed east hall late on Sunday." })).suggestions).toEqual([]);
    expectFieldError(expectClientError(await http.mutation("article.extract", { text: "   " }), 400), "text");
  });

  it("is refused to a viewer", async () => {
    await expectTRPCError(db.as("VIEWER").article.extract({ text: "At least 133 people were killed." }), "FORBIDDEN");
  });
});

describe("article.import", () => {
  it("records the report as one source and each accepted claim with its sentence as supporting evidence", async () => {
    const event = await db.api.event.create(anEvent());
    const input = anImport({ eventId: event.id });
    const before = await rowCounts();
    const seq = await latestSeq();

    const result = await db.api.article.import(input);

    expect(result.source).toMatchObject({ url: input.url, title: input.title, publisher: "Example Wire", publishedAt: input.publishedAt, type: "WIRE", created: true });
    expect(result.claims.map(({ kind, text, version }) => ({ kind, text, version }))).toEqual([
      { kind: "CASUALTY_COUNT", text: FIGURE_SENTENCE, version: 1 },
      { kind: "RESPONSIBILITY", text: CLAIM_SENTENCE, version: 1 },
    ]);
    expect(await rowCounts()).toEqual({
      sources: before.sources + 1,
      claims: before.claims + 2,
      casualty: before.casualty + 1,
      responsibility: before.responsibility + 1,
      evidence: before.evidence + 2,
      history: before.history + 5,
    });

    const source = await db.api.source.get({ id: result.source.id });
    expect(source).toMatchObject({ url: input.url, author: "A. Reporter", reliability: "B" });
    for (const [index, imported] of result.claims.entries()) {
      const claim = await db.api.claim.get({ id: imported.id });
      expect(claim).toMatchObject({ eventId: event.id, stage: "NEW", verdict: "UNRATED", claimant: input.claims[index]!.claim.claimant });
      expect(claim.evidence).toEqual([
        expect.objectContaining({ id: imported.evidenceId, sourceId: source.id, stance: "SUPPORTS", excerpt: input.claims[index]!.excerpt }),
      ]);
    }
    const figure = await db.api.claim.get({ id: result.claims[0]!.id });
    expect(figure.casualty).toMatchObject({ metric: "KILLED", qualifier: "AT_LEAST", min: 133 });
    expect((await db.api.event.get({ id: event.id })).claims.map((claim) => claim.id).sort()).toEqual(result.claims.map((claim) => claim.id).sort());

    const [first, second] = result.claims;
    expect(await entriesAfter(seq)).toEqual([
      { what: "SOURCE CREATE", entityId: source.id, claimId: null, sourceId: source.id, eventId: null, actorId: db.users.EDITOR.id },
      { what: "CLAIM CREATE", entityId: first!.id, claimId: first!.id, sourceId: null, eventId: event.id, actorId: db.users.EDITOR.id },
      { what: "EVIDENCE ATTACH", entityId: first!.evidenceId, claimId: first!.id, sourceId: source.id, eventId: null, actorId: db.users.EDITOR.id },
      { what: "CLAIM CREATE", entityId: second!.id, claimId: second!.id, sourceId: null, eventId: event.id, actorId: db.users.EDITOR.id },
      { what: "EVIDENCE ATTACH", entityId: second!.evidenceId, claimId: second!.id, sourceId: source.id, eventId: null, actorId: db.users.EDITOR.id },
    ]);
    const timeline = (await db.api.history.list({ claimId: first!.id })).items;
    expect(timeline[0]!.summary).toBe(`recorded the claim "at least 133 killed" from the report "${input.title}"`);
  });

  it("files a claim under its own event when it names one, and under the import's otherwise", async () => {
    const [reportEvent, otherEvent] = [await db.api.event.create(anEvent()), await db.api.event.create(anEvent())];
    const result = await db.api.article.import(
      anImport({
        eventId: reportEvent.id,
        claims: [
          { claim: aCasualtyClaim({ text: FIGURE_SENTENCE }), excerpt: FIGURE_SENTENCE },
          { claim: aStatementClaim({ eventId: otherEvent.id }), excerpt: "The group planned some 21 attacks in nine countries." },
        ],
      }),
    );
    const events = await Promise.all(result.claims.map(async (claim) => (await db.api.claim.get({ id: claim.id })).eventId));
    expect(events).toEqual([reportEvent.id, otherEvent.id]);

    const unfiled = await db.api.article.import(anImport({ claims: [{ claim: aStatementClaim(), excerpt: "The group planned some 21 attacks." }] }));
    expect((await db.api.claim.get({ id: unfiled.claims[0]!.id })).eventId).toBeNull();
  });

  it("reuses a report already recorded as a source: no second source and no source entry in the history", async () => {
    const known = await db.api.source.create(aSource({ title: "Recorded earlier by the wire desk", type: "WIRE", reliability: "A" }));
    const before = await rowCounts();
    const seq = await latestSeq();

    const result = await db.api.article.import(anImport({ url: known.url, title: "Another title for the same page", reliability: "E" }));

    expect(result.source).toMatchObject({ id: known.id, url: known.url, title: "Recorded earlier by the wire desk", created: false });
    expect(await rowCounts()).toMatchObject({ sources: before.sources, claims: before.claims + 2, evidence: before.evidence + 2, history: before.history + 4 });
    expect((await entriesAfter(seq)).map((entry) => entry.what)).toEqual(["CLAIM CREATE", "EVIDENCE ATTACH", "CLAIM CREATE", "EVIDENCE ATTACH"]);
    // The recorded source is left as it was.
    expect(await db.api.source.get({ id: known.id })).toMatchObject({ title: "Recorded earlier by the wire desk", reliability: "A" });
    expect((await db.api.source.get({ id: known.id })).evidence.map((item) => item.claimId).sort()).toEqual(result.claims.map((claim) => claim.id).sort());
  });

  it("takes an extracted report end to end: the suggestions, accepted as they are, become the claims", async () => {
    const text = fixture(FIXTURE);
    const url = aSource().url;
    const { suggestions } = await db.api.article.extract({ text, url });
    const result = await db.api.article.import({ url, title: "A pasted report", claims: suggestions.map(({ claim, sentence }) => ({ claim, excerpt: sentence })) });

    expect(result.claims).toHaveLength(suggestions.length);
    for (const [index, imported] of result.claims.entries()) {
      const claim = await db.api.claim.get({ id: imported.id });
      expect(claim).toMatchObject({ kind: suggestions[index]!.kind, text: suggestions[index]!.claim.text });
      expect(claim.evidence[0]!.excerpt).toBe(suggestions[index]!.sentence.trim());
    }
    // Now the report is known.
    expect((await db.api.article.extract({ text, url })).source).toMatchObject({ id: result.source.id, url });
  });

  describe("all or nothing", () => {
    async function refusedWithoutTrace(input: unknown, field: string) {
      const before = await rowCounts();
      const error = expectClientError(await http.mutation("article.import", input), 400);
      expectFieldError(error, field);
      expect(Object.keys(error.data.fieldErrors ?? {}), JSON.stringify(error.data.fieldErrors)).toContain(field);
      await expectTRPCError(db.api.article.import(input as ImportInput), "BAD_REQUEST");
      expect(await rowCounts()).toEqual(before);
      return error;
    }

    it("refuses an import whose second claim has a figure with min above max, naming claims.1.claim.casualty.max, and writes nothing", async () => {
      const url = aSource().url;
      await refusedWithoutTrace(
        anImport({
          url,
          claims: [
            { claim: aCasualtyClaim(), excerpt: FIGURE_SENTENCE },
            { claim: aCasualtyClaim({ casualty: { metric: "INJURED", qualifier: "RANGE", min: 150, max: 100 } }), excerpt: "Between 150 and 100 were injured." },
          ],
        }),
        "claims.1.claim.casualty.max",
      );
      expect(await db.prisma.source.findUnique({ where: { url } })).toBeNull();
    });

    it("refuses an import whose second claim names an event that does not exist, after the source and first claim were written: nothing stays", async () => {
      const url = aSource().url;
      const event = await db.api.event.create(anEvent());
      const input = anImport({
        url,
        eventId: event.id,
        claims: [
          { claim: aCasualtyClaim(), excerpt: FIGURE_SENTENCE },
          { claim: aStatementClaim({ eventId: "no-such-event" }), excerpt: "The group planned some 21 attacks." },
        ],
      });
      await refusedWithoutTrace(input, "claims.1.claim.eventId");
      expect(await db.prisma.source.findUnique({ where: { url } })).toBeNull();
      expect((await db.api.event.get({ id: event.id })).claims).toEqual([]);
      expect((await db.api.history.list({ eventId: event.id })).items.map((entry) => entry.action)).toEqual(["CREATE"]);
    });

    it("refuses an import into an event that does not exist, naming eventId", async () => {
      await refusedWithoutTrace(anImport({ eventId: "no-such-event" }), "eventId");
    });

    it("refuses an import with no claims, naming claims", async () => {
      await refusedWithoutTrace(anImport({ claims: [] }), "claims");
    });

    it("refuses a claim without its sentence, naming claims.0.excerpt", async () => {
      await refusedWithoutTrace(anImport({ claims: [{ claim: aStatementClaim(), excerpt: "  " }] }), "claims.0.excerpt");
    });

    it("refuses a viewer, writing nothing", async () => {
      const before = await rowCounts();
      await expectTRPCError(db.as("VIEWER").article.import(anImport()), "FORBIDDEN");
      expect(expectClientError(await httpClient(db, "VIEWER").mutation("article.import", anImport()), 403).data.code).toBe("FORBIDDEN");
      expect(await rowCounts()).toEqual(before);
    });
  });
});
