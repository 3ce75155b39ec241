import { claimCreateInput, importedClaimInput } from "@claimdesk/schemas";
import { describe, expect, it } from "vitest";
import type { Suggestion } from "../types";
import { extractClaims } from "./extract";
import { FIXTURES, fixture } from "./test-support";

const allFixtures = FIXTURES.map(fixture).join("\n\n");

/** Every promise of the Suggestion contract, for every suggestion of a text (one assertion, for speed). */
function expectWellFormed(text: string, suggestions: Suggestion[]): void {
  const problems: string[] = [];
  suggestions.forEach((suggestion, index) => {
    const problem = (what: string) => problems.push(`${suggestion.id}: ${what}`);
    if (suggestion.id !== `s${index + 1}`) problem("id out of sequence");
    if (text.slice(suggestion.start, suggestion.end) !== suggestion.sentence) problem("sentence offsets");
    if (text.slice(suggestion.match.start, suggestion.match.end) !== suggestion.match.text) problem("match offsets");
    if (suggestion.match.start < suggestion.start || suggestion.match.end > suggestion.end) problem("match outside its sentence");
    if (suggestion.claim.kind !== suggestion.kind) problem("claim kind");
    if (suggestion.reason.trim() === "") problem("no reason");
    const parsed = claimCreateInput.safeParse(suggestion.claim);
    if (!parsed.success) problem(JSON.stringify(parsed.error.issues));
  });
  expect(problems).toEqual([]);
  // Reading order: by sentence, then by where the match starts.
  const positions = suggestions.map((suggestion) => [suggestion.start, suggestion.match.start]);
  const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  expect(positions).toEqual(sorted);
}

describe("extractClaims: the suggestion contract", () => {
  it.each(FIXTURES)("every suggestion of %s is well formed and parses with claimCreateInput", (name) => {
    const text = fixture(name);
    const suggestions = extractClaims({ text });
    expect(suggestions.length).toBeGreaterThan(0);
    expectWellFormed(text, suggestions);
  });

  it("gives the claim the sentence as its text, and the report's date as claimedAt", () => {
    const publishedAt = new Date("2026-05-03T19:30:00Z");
    const [suggestion] = extractClaims({ text: "  At least 40 people were killed, police said.  ", url: "https://example.org/a", publishedAt });
    expect(suggestion).toEqual({
      id: "s1",
      kind: "CASUALTY_COUNT",
      sentence: "At least 40 people were killed, police said.",
      start: 2,
      end: 46,
      excerpt: "At least 40 people were killed, police said.",
      match: { text: "At least 40 people were killed", start: 2, end: 32 },
      reason: "Casualty figure: “At least 40 people were killed” (at least 40 killed)",
      claim: {
        kind: "CASUALTY_COUNT",
        text: "At least 40 people were killed, police said.",
        claimant: "police",
        claimedAt: publishedAt,
        casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 40, max: null, reportedAs: "at least 40" },
      },
    });
  });

  it("leaves claimedAt and claimant out when they are not known", () => {
    const [suggestion] = extractClaims({ text: "Sixty people died." });
    expect(suggestion?.claim).toEqual({
      kind: "CASUALTY_COUNT",
      text: "Sixty people died.",
      casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 60, max: 60, reportedAs: "sixty" },
    });
  });

  it("gives a responsibility claim its actor, attribution, channel and assessment", () => {
    const [suggestion] = extractClaims({ text: "Islamic State claimed responsibility for the attack in a statement carried by its Amaq news agency." });
    expect(suggestion?.claim).toEqual({
      kind: "RESPONSIBILITY",
      text: "Islamic State claimed responsibility for the attack in a statement carried by its Amaq news agency.",
      claimant: "Islamic State",
      responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "NOT_ASSESSED" },
    });
    expect(suggestion?.reason).toBe("Claim of responsibility: “Islamic State claimed responsibility” (Islamic State, through its Amaq news agency)");
  });

  it("numbers the suggestions in reading order across sentences", () => {
    const suggestions = extractClaims({ text: "Gunmen opened fire, killing 60 people and injuring 145. Kyiv denied any involvement. The hall seats 6,200 people." });
    expect(suggestions.map((suggestion) => [suggestion.id, suggestion.kind, suggestion.match.text])).toEqual([
      ["s1", "CASUALTY_COUNT", "killing 60 people"],
      ["s2", "CASUALTY_COUNT", "injuring 145"],
      ["s3", "RESPONSIBILITY", "Kyiv denied any involvement"],
      ["s4", "STATEMENT", "6,200 people"],
    ]);
  });

  it("is deterministic: the same text gives the same suggestions", () => {
    const first = extractClaims({ text: allFixtures, publishedAt: new Date("2026-05-04T08:00:00Z") });
    const second = extractClaims({ text: allFixtures, publishedAt: new Date("2026-05-04T08:00:00Z") });
    expect(second).toEqual(first);
    expect(first.map((suggestion) => suggestion.id)).toEqual(first.map((_, index) => `s${index + 1}`));
  });

  it("finds nothing in an empty or number-free text", () => {
    expect(extractClaims({ text: "" })).toEqual([]);
    expect(extractClaims({ text: "Smoke rose over the market. Shops stayed shut." })).toEqual([]);
  });

  it("finishes a 100,000-character paste", { timeout: 30_000 }, () => {
    const text = allFixtures.repeat(Math.ceil(100_000 / allFixtures.length)).slice(0, 100_000);
    const suggestions = extractClaims({ text });
    expect(suggestions.length).toBeGreaterThan(100);
    expectWellFormed(text, suggestions);
  });

  it("finishes 100,000 characters of one endless sentence, or of abbreviations", { timeout: 30_000 }, () => {
    for (const text of ["killed 4 and ".repeat(7700), "U.S. ".repeat(20_000), "one hundred and ".repeat(6250), "Mr. Ruiz (ISIS-K) ".repeat(5500)]) {
      const suggestions = extractClaims({ text });
      expectWellFormed(text, suggestions);
    }
  });

  it("cuts a sentence longer than a claim may be to a window around the match", () => {
    const text = `${"The market was busy that afternoon and ".repeat(60)}at least 40 people were killed${" as the crowd fled the hall".repeat(60)}.`;
    const [suggestion] = extractClaims({ text });
    expect(suggestion?.sentence).toBe(text);
    expect(suggestion?.claim.text.length).toBeLessThanOrEqual(2000);
    expect(suggestion?.claim.text).toContain("at least 40 people were killed");
    expect(claimCreateInput.safeParse(suggestion?.claim).success).toBe(true);
  });

  it("keeps the NUL character out of the claim, which the database refuses", () => {
    const text = "At least 40 people\u0000 were killed,\u200b police said.";
    const suggestions = extractClaims({ text });
    expectWellFormed(text, suggestions);
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.claim.text, suggestion.claim.claimant])).toEqual([
      ["CASUALTY_COUNT", "At least 40 people were killed,\u200b police said.", "police"],
    ]);
  });
});

describe("claim text without the dateline or time stamp", () => {
  it.each([
    ["VALDORA, May 3 (Meridian Wire) - At least 40 people were killed, police said.", "At least 40 people were killed, police said."],
    ["VALDORA, 3 May - At least 40 people were killed, police said.", "At least 40 people were killed, police said."],
    ["14:30 — Police now say at least twelve people were killed.", "Police now say at least twelve people were killed."],
    ["At least 40 people were killed, police said.", "At least 40 people were killed, police said."],
  ])("%s", (text, claimText) => {
    const [suggestion] = extractClaims({ text });
    expect(suggestion?.claim.text).toBe(claimText);
    // The excerpt is the sentence as it stands in the report.
    expect(suggestion?.sentence).toBe(text);
  });
});

describe("the excerpt to import", () => {
  it("is the sentence when it fits an evidence excerpt", () => {
    const [suggestion] = extractClaims({ text: "At least 40 people were killed, police said." });
    expect(suggestion?.excerpt).toBe("At least 40 people were killed, police said.");
  });

  it("is the part of a run-on sentence around the match, within the excerpt limit", () => {
    const text = `At least 133 people were killed, officials said; ${"the hall burned, ".repeat(400)}and the roof fell in.`;
    const [suggestion] = extractClaims({ text });
    expect(suggestion?.sentence.length).toBeGreaterThan(5000);
    expect(suggestion?.excerpt.length).toBeLessThanOrEqual(5000);
    expect(suggestion?.excerpt).toContain("At least 133 people were killed");
    expect(importedClaimInput.safeParse({ claim: suggestion?.claim, excerpt: suggestion?.excerpt }).success).toBe(true);
  });
});
