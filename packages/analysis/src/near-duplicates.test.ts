import { describe, expect, it } from "vitest";
import { NEAR_DUPLICATE_RULES, SIMILAR_TEXT_THRESHOLD, nearDuplicates, pairKey, trigramSimilarity, trigramsOf, type DraftClaim, type RecordedClaim } from "./near-duplicates";

const recorded = (overrides: Partial<RecordedClaim> = {}): RecordedClaim => ({
  id: "c1",
  eventId: "e1",
  kind: "CASUALTY_COUNT",
  text: "At least 133 people were killed when gunmen stormed the concert hall.",
  claimant: "Investigative Committee",
  casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, max: null },
  responsibility: null,
  ...overrides,
});

const draft = (overrides: Partial<DraftClaim> = {}): DraftClaim => ({
  text: "The death toll has risen to at least 133, investigators said.",
  eventId: "e1",
  kind: "CASUALTY_COUNT",
  claimant: "investigative committee",
  casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 },
  ...overrides,
});

const amaq = (overrides: Partial<RecordedClaim> = {}): RecordedClaim =>
  recorded({
    kind: "RESPONSIBILITY",
    text: "Islamic State claimed responsibility through its Amaq news agency.",
    claimant: "Islamic State",
    casualty: null,
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED" },
    ...overrides,
  });

describe("trigram similarity, as pg_trgm's similarity() counts it", () => {
  it("pads each word with two spaces before and one after, in lower case", () => {
    expect([...trigramsOf("Cat")].sort()).toEqual(["  c", " ca", "at ", "cat"]);
    expect(trigramsOf("a, a!")).toEqual(new Set(["  a", " a "]));
  });

  it("is 1 for the same words whatever the case and punctuation, 0 for nothing shared or no words", () => {
    expect(trigramSimilarity("At least 133 killed", "at least 133 KILLED!")).toBe(1);
    expect(trigramSimilarity("abc", "xyz")).toBe(0);
    expect(trigramSimilarity("", "abc")).toBe(0);
  });

  it("matches pg_trgm on a word and its misspelling", () => {
    // SELECT similarity('word', 'wrd') = 0.2857143 in PostgreSQL: {"  w"," wo","wor","ord","rd "} and {"  w"," wr","wrd","rd "} share 2 of 7.
    expect(trigramSimilarity("word", "wrd")).toBeCloseTo(2 / 7, 6);
  });
});

describe("nearDuplicates", () => {
  it("finds the same figure from the same claimant in the event: a duplicate claim.create would refuse, score 1", () => {
    const [found] = nearDuplicates(draft(), [recorded()]);
    expect(found).toMatchObject({ claimId: "c1", score: 1, duplicate: true });
    expect(found!.matches.map((match) => match.rule)).toEqual(["same-figure-and-claimant", "same-figure"]);
    expect(found!.matches[0]!.reason).toMatch(/Add your source to it as evidence/);
  });

  it("completes the draft's figure as it would be stored: population ALL, an exact figure's max its min", () => {
    const exact = recorded({ casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 137, max: 137 } });
    expect(nearDuplicates(draft({ casualty: { metric: "KILLED", qualifier: "EXACT", min: 137 } }), [exact])[0]?.duplicate).toBe(true);
  });

  it("says the same figure from another claimant may be one claim with another source, without calling it a duplicate", () => {
    const [found] = nearDuplicates(draft({ claimant: "Reuters", text: "Reuters: toll rises" }), [recorded()]);
    expect(found).toMatchObject({ score: 0.75, duplicate: false, matches: [{ rule: "same-figure" }] });
  });

  it("calls nothing a duplicate outside an event or without a claimant", () => {
    expect(nearDuplicates(draft({ eventId: null }), [recorded({ eventId: null })])[0]?.duplicate).toBe(false);
    expect(nearDuplicates(draft({ claimant: "  " }), [recorded()])[0]?.duplicate).toBe(false);
  });

  it("finds the same actor and attribution, from the same claimant (a duplicate) or another", () => {
    const sameClaimant = nearDuplicates(
      { text: "IS says it did it", eventId: "e1", kind: "RESPONSIBILITY", claimant: "islamic state", responsibility: { actor: "ISLAMIC STATE", attribution: "SELF_CLAIMED" } },
      [amaq()],
    );
    expect(sameClaimant[0]).toMatchObject({ score: 1, duplicate: true, matches: [{ rule: "same-attribution-and-claimant" }, { rule: "same-actor-and-attribution" }] });
    const other = nearDuplicates({ text: "Officials blame IS", eventId: "e1", kind: "RESPONSIBILITY", claimant: "Officials", responsibility: { actor: "Islamic State", attribution: "OFFICIAL" } }, [amaq()]);
    expect(other).toEqual([]);
  });

  it("finds much the same words whatever the kind, scored by their similarity, and nothing below the threshold", () => {
    const statement = recorded({ kind: "STATEMENT", casualty: null, claimant: "Asia Times" });
    const [found] = nearDuplicates(draft({ kind: "STATEMENT", casualty: null, text: "At least 133 people were killed when gunmen stormed the hall." }), [statement]);
    expect(found).toMatchObject({ duplicate: false, matches: [{ rule: "similar-text" }] });
    expect(found!.score).toBeGreaterThanOrEqual(SIMILAR_TEXT_THRESHOLD);
    expect(found!.score).toBeLessThan(1);
    expect(found!.matches[0]!.reason).toMatch(/\d+% alike\)$/);
    expect(nearDuplicates(draft({ kind: "STATEMENT", casualty: null, text: "Ukraine denied any involvement." }), [statement])).toEqual([]);
  });

  it("ignores a half-typed figure rather than matching on part of it", () => {
    expect(nearDuplicates(draft({ text: "x", casualty: { metric: "KILLED" } }), [recorded()])).toEqual([]);
  });

  it("leaves out the claims marked as not duplicates, ranks the best first, and stops at the limit", () => {
    const candidates = [recorded({ id: "other", claimant: "Reuters" }), recorded({ id: "same" }), recorded({ id: "marked" })];
    expect(nearDuplicates(draft(), candidates, { excluded: new Set(["marked"]) }).map((found) => found.claimId)).toEqual(["same", "other"]);
    expect(nearDuplicates(draft(), candidates, { limit: 1 }).map((found) => found.claimId)).toEqual(["same"]);
  });

  it("has one ordered table of rules with stable ids and a reason each", () => {
    expect(NEAR_DUPLICATE_RULES.map((rule) => rule.id)).toEqual(["same-figure-and-claimant", "same-attribution-and-claimant", "same-figure", "same-actor-and-attribution", "similar-text"]);
    for (const rule of NEAR_DUPLICATE_RULES) expect(rule.description).toMatch(/\.$/);
  });
});

describe("pairKey", () => {
  it("is the same whichever way round the pair is given", () => {
    expect(pairKey("b", "a")).toBe(pairKey("a", "b"));
  });
});
