import {
  ATTRIBUTIONS,
  CASUALTY_METRICS,
  CASUALTY_POPULATIONS,
  CLAIM_KINDS,
  CLAIM_STAGES,
  FIGURE_QUALIFIERS,
  LIKELIHOODS,
  VERDICTS,
  type Attribution,
  type FigureQualifier,
  type Likelihood,
  type Verdict,
} from "@claimdesk/schemas";
import { afterAll, describe, expect, it } from "vitest";
import type { WordingClaim } from "./types";
import { WORDING_RULES, printableFigure, wordClaim } from "./wording";

type Casualty = NonNullable<WordingClaim["casualty"]>;
type Responsibility = NonNullable<WordingClaim["responsibility"]>;

const casualtyClaim = (verdict: Verdict, figure: Partial<Casualty> = {}, claimant: string | null = "Russian authorities"): WordingClaim => ({
  kind: "CASUALTY_COUNT",
  text: "At least 133 people were killed in the attack.",
  claimant,
  stage: verdict === "UNRATED" ? "RESEARCHING" : "CONCLUDED",
  verdict,
  casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, max: null, reportedAs: "at least 133", asOf: null, ...figure },
  responsibility: null,
});

const responsibilityClaim = (verdict: Verdict, detail: Partial<Responsibility> = {}, claimant: string | null = null): WordingClaim => ({
  kind: "RESPONSIBILITY",
  text: "Islamic State claimed responsibility for the attack.",
  claimant,
  stage: verdict === "UNRATED" ? "NEW" : "CONCLUDED",
  verdict,
  casualty: null,
  responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "NOT_ASSESSED", ...detail },
});

const statementClaim = (verdict: Verdict, text = "The attackers fled towards the border.", claimant: string | null = "Russian authorities"): WordingClaim => ({
  kind: "STATEMENT",
  text,
  claimant,
  stage: verdict === "UNRATED" ? "IN_REVIEW" : "CONCLUDED",
  verdict,
  casualty: null,
  responsibility: null,
});

/** The punctuation every printable text keeps to. */
function expectWellFormed(text: string): void {
  expect(text).toMatch(/^[A-Z]/);
  expect(text).toMatch(/\.[”"]?$/);
  expect(text).not.toMatch(/\s{2}|^\s|\s$/);
  expect(text).not.toMatch(/undefined|null|NaN|\s[.,;:]|\.\.|;\./);
}

// ---- One test per rule -----------------------------------------------------------------------------------------

const tested = new Set<string>();

/** Asserts the rule that fires and its exact words, and records the rule as tested. */
function expectRule(claim: WordingClaim, ruleId: string, text: string): void {
  tested.add(ruleId);
  const wording = wordClaim(claim);
  expect(wording.ruleId).toBe(ruleId);
  expect(wording.text).toBe(text);
  const rule = WORDING_RULES.find((candidate) => candidate.id === ruleId);
  expect(wording.rule).toBe(rule?.description);
  expect(wording.asFact).toBe(rule?.asFact);
  expect(wording.asFact).toBe(claim.verdict === "CONFIRMED" && rule?.asFact === true);
  expectWellFormed(wording.text);
}

describe("each wording rule", () => {
  afterAll(() => {
    // A rule added to the table without a test of its own fails here.
    expect(WORDING_RULES.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it("casualty-false prints the finding, not the figure", () => {
    expectRule(casualtyClaim("FALSE", { qualifier: "EXACT", min: 500, max: 500 }, "the ministry"), "casualty-false", "A claim by the ministry that 500 people were killed is false.");
  });

  it("casualty-misleading prints the finding", () => {
    expectRule(casualtyClaim("MISLEADING", {}, null), "casualty-misleading", "A claim that at least 133 people were killed is misleading.");
  });

  it("casualty-confirmed states the figure as fact, credited (the issue's example)", () => {
    expectRule(casualtyClaim("CONFIRMED"), "casualty-confirmed", "At least 133 people were killed, according to Russian authorities.");
  });

  it("casualty-likely attributes the figure and says it is not confirmed", () => {
    expectRule(
      casualtyClaim("LIKELY"),
      "casualty-likely",
      "Russian authorities said at least 133 people were killed; this is likely but not confirmed.",
    );
  });

  it("casualty-unverified attributes an unrated figure at any stage", () => {
    expectRule(
      casualtyClaim("UNRATED", { metric: "INJURED", reportedAs: "scores", qualifier: "AT_LEAST", min: 40 }, "the health ministry"),
      "casualty-unverified",
      "The health ministry said scores of people were injured; this has not been independently verified.",
    );
  });

  it("casualty-unproven attributes the figure and says it could not be verified", () => {
    expectRule(
      casualtyClaim("UNPROVEN", { qualifier: "RANGE", min: 40, max: 60, population: "CIVILIANS" }),
      "casualty-unproven",
      "Russian authorities said between 40 and 60 civilians were killed; this could not be verified.",
    );
  });

  it("casualty-disputed attributes the figure and says it is disputed", () => {
    expectRule(
      casualtyClaim("DISPUTED", { qualifier: "AT_MOST", min: null, max: 20, metric: "MISSING" }, null),
      "casualty-disputed",
      "Reports said up to 20 people were missing; this figure is disputed.",
    );
  });

  it("responsibility-false prints the finding", () => {
    expectRule(
      responsibilityClaim("FALSE", { attribution: "OFFICIAL", actor: "Ukraine", channel: null }, "Russian authorities"),
      "responsibility-false",
      "A claim by Russian authorities that Ukraine was responsible for the attack is false.",
    );
  });

  it("responsibility-misleading prints the finding, and our assessment after it", () => {
    expectRule(
      responsibilityClaim("MISLEADING", { attribution: "MEDIA", actor: "Ukraine", channel: null, assessment: "ALMOST_NO_CHANCE" }),
      "responsibility-misleading",
      "A claim in media reports that Ukraine was responsible for the attack is misleading. Ukraine is almost certainly not responsible, according to our assessment.",
    );
  });

  it("responsibility-self-claimed states the confirmed claim as fact (the issue's example)", () => {
    expectRule(responsibilityClaim("CONFIRMED"), "responsibility-self-claimed", "Islamic State claimed responsibility through its Amaq news agency.");
  });

  it("responsibility-self-claimed-unconfirmed says the claim was reportedly made", () => {
    expectRule(
      responsibilityClaim("UNRATED"),
      "responsibility-self-claimed-unconfirmed",
      "Islamic State reportedly claimed responsibility through its Amaq news agency; this has not been independently verified.",
    );
  });

  it("responsibility-official credits the officials, and is not fact even when confirmed", () => {
    expectRule(
      responsibilityClaim("CONFIRMED", { attribution: "OFFICIAL", actor: "X", channel: null, assessment: "VERY_LIKELY" }, "Russian authorities"),
      "responsibility-official",
      "Russian authorities attributed the attack to X. X is very likely responsible, according to our assessment.",
    );
  });

  it("responsibility-media credits the media", () => {
    expectRule(
      responsibilityClaim("LIKELY", { attribution: "MEDIA", channel: null }),
      "responsibility-media",
      "Media reports attributed the attack to Islamic State; this is likely but not confirmed.",
    );
  });

  it("responsibility-denied prints the denial through its channel", () => {
    expectRule(
      responsibilityClaim("UNPROVEN", { attribution: "DENIED", actor: "Hamas", channel: "a statement on Telegram" }),
      "responsibility-denied",
      "Hamas denied responsibility through a statement on Telegram; this could not be verified.",
    );
  });

  it("responsibility-suspected credits the suspicion", () => {
    expectRule(
      responsibilityClaim("DISPUTED", { attribution: "SUSPECTED", channel: null, assessment: "ROUGHLY_EVEN" }, "US officials"),
      "responsibility-suspected",
      "Islamic State is suspected of responsibility, according to US officials; this is disputed. Islamic State is as likely as not responsible, according to our assessment.",
    );
  });

  it("statement-false quotes, credits and prints the finding", () => {
    expectRule(statementClaim("FALSE"), "statement-false", "Russian authorities said: “The attackers fled towards the border.” This claim is false.");
  });

  it("statement-misleading quotes, credits and prints the finding", () => {
    expectRule(statementClaim("MISLEADING", "the attackers fled towards the border", null), "statement-misleading", "Reports said: “the attackers fled towards the border.” This claim is misleading.");
  });

  it("statement-confirmed prints the words as fact, credited", () => {
    expectRule(statementClaim("CONFIRMED"), "statement-confirmed", "The attackers fled towards the border, according to Russian authorities.");
  });

  it("statement-likely quotes and says it is not confirmed", () => {
    expectRule(statementClaim("LIKELY"), "statement-likely", "Russian authorities said: “The attackers fled towards the border.” This is likely but not confirmed.");
  });

  it("statement-unverified quotes an unrated statement at any stage", () => {
    expectRule(statementClaim("UNRATED"), "statement-unverified", "Russian authorities said: “The attackers fled towards the border.” This has not been independently verified.");
  });

  it("statement-unproven quotes and says it could not be verified", () => {
    expectRule(statementClaim("UNPROVEN"), "statement-unproven", "Russian authorities said: “The attackers fled towards the border.” This could not be verified.");
  });

  it("statement-disputed quotes and says it is disputed", () => {
    expectRule(statementClaim("DISPUTED"), "statement-disputed", "Russian authorities said: “The attackers fled towards the border.” This is disputed.");
  });

  it("nothing-to-print answers a claim without text, figure or actor", () => {
    expectRule(statementClaim("CONFIRMED", "   "), "nothing-to-print", "Nothing can be printed for this claim yet: it has no text, figure or actor.");
  });
});

describe("the rules table", () => {
  it("has unique kebab-case ids and a description for each rule", () => {
    const ids = WORDING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of WORDING_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expectWellFormed(rule.description);
    }
  });

  it("lets only rules for a confirmed verdict word a claim as fact", () => {
    expect(WORDING_RULES.filter((rule) => rule.asFact).map((rule) => rule.id)).toEqual([
      "casualty-confirmed",
      "responsibility-self-claimed",
      "statement-confirmed",
    ]);
  });

  it("puts findings before the wording of the claim itself", () => {
    const ids = WORDING_RULES.map((rule) => rule.id);
    expect(ids.indexOf("casualty-false")).toBeLessThan(ids.indexOf("casualty-confirmed"));
    expect(ids.indexOf("responsibility-false")).toBeLessThan(ids.indexOf("responsibility-official"));
    expect(ids.at(-1)).toBe("nothing-to-print");
  });
});

// ---- Exhaustiveness --------------------------------------------------------------------------------------------

const FIGURES: Record<FigureQualifier, Partial<Casualty>> = {
  EXACT: { min: 7, max: 7 },
  AT_LEAST: { min: 7, max: null },
  AT_MOST: { min: null, max: 7 },
  APPROXIMATELY: { min: 7, max: 9 },
  RANGE: { min: 7, max: 9 },
};

/** Whoever made the claim is named by a verb of saying, or "according to". */
const ATTRIBUTED = /\b(said|according to|reportedly|claimed|attributed|denied|suspected)\b/;
const FINDING = /\b(false|misleading)\b/;

describe("a reopened claim is being checked again", () => {
  it("is not worded as fact, nor as its earlier finding, until it is concluded anew", () => {
    const reopened = { ...casualtyClaim("CONFIRMED", { min: 500 }), stage: "RESEARCHING" as const };
    expect(wordClaim(reopened)).toMatchObject({
      ruleId: "casualty-unverified",
      asFact: false,
      text: "Russian authorities said at least 500 people were killed; this has not been independently verified.",
    });
    expect(wordClaim({ ...casualtyClaim("FALSE"), stage: "IN_REVIEW" }).ruleId).toBe("casualty-unverified");
  });
});

describe("every combination gets printable words", () => {
  const casualtyCases = VERDICTS.flatMap((verdict) =>
    FIGURE_QUALIFIERS.flatMap((qualifier) => [null, "Russian authorities"].map((claimant) => [verdict, qualifier, claimant] as const)),
  );

  it.each(casualtyCases)("casualty %s %s claimant %s", (verdict, qualifier, claimant) => {
    for (const stage of CLAIM_STAGES) {
      const wording = wordClaim({ ...casualtyClaim(verdict, { qualifier, ...FIGURES[qualifier] }, claimant), stage });
      expectWellFormed(wording.text);
      expect(wording.ruleId).toMatch(/^casualty-/);
      // Only a concluded claim's verdict stands: a reopened one is being checked again.
      const standing = stage === "CONCLUDED" ? verdict : "UNRATED";
      expect(wording.asFact).toBe(standing === "CONFIRMED");
      // The invariant: a figure not confirmed is attributed, or printed as our finding.
      if (standing !== "CONFIRMED") expect(wording.text).toMatch(/\b(said|according to|reportedly|false|misleading)\b/);
      else expect(wording.text).not.toMatch(/\bsaid\b/);
    }
  });

  const responsibilityCases = VERDICTS.flatMap((verdict) =>
    ATTRIBUTIONS.flatMap((attribution) => LIKELIHOODS.map((assessment) => [verdict, attribution, assessment] as const)),
  );

  it.each(responsibilityCases)("responsibility %s %s assessed %s", (verdict: Verdict, attribution: Attribution, assessment: Likelihood) => {
    for (const claimant of [null, "Russian authorities"]) {
      for (const channel of [null, "its Amaq news agency"]) {
        const wording = wordClaim(responsibilityClaim(verdict, { attribution, channel, assessment }, claimant));
        expectWellFormed(wording.text);
        expect(wording.ruleId).toMatch(/^responsibility-/);
        expect(wording.asFact).toBe(verdict === "CONFIRMED" && attribution === "SELF_CLAIMED");
        expect(wording.text).toMatch(verdict === "FALSE" || verdict === "MISLEADING" ? FINDING : ATTRIBUTED);
        // Never the bare "X is responsible": our view is always marked as ours.
        expect(wording.text).not.toMatch(/(^|\. )Islamic State (is|was) responsible\b/);
        expect(wording.text.endsWith(", according to our assessment.")).toBe(assessment !== "NOT_ASSESSED");
        expect(wording.text.includes("its Amaq news agency")).toBe(channel !== null && (attribution === "SELF_CLAIMED" || attribution === "DENIED"));
      }
    }
  });

  it.each(VERDICTS)("statement %s", (verdict) => {
    for (const claimant of [null, "Russian authorities"]) {
      const wording = wordClaim(statementClaim(verdict, "The attackers fled towards the border.", claimant));
      expectWellFormed(wording.text);
      expect(wording.ruleId).toMatch(/^statement-/);
      expect(wording.asFact).toBe(verdict === "CONFIRMED");
    }
  });

  it("covers every kind, and a claim missing its figure or actor falls back to its text", () => {
    for (const kind of CLAIM_KINDS) {
      for (const verdict of VERDICTS) {
        const wording = wordClaim({ ...statementClaim(verdict), kind });
        expect(wording.ruleId).toBe(`statement-${verdict === "UNRATED" ? "unverified" : verdict.toLowerCase()}`);
        expect(wording.asFact).toBe(verdict === "CONFIRMED");
      }
    }
    const noActor = responsibilityClaim("UNRATED", { actor: "  " });
    expect(wordClaim(noActor).ruleId).toBe("statement-unverified");
  });
});

// ---- Casualty phrasing -----------------------------------------------------------------------------------------

describe("casualty figures in words", () => {
  const clause = (figure: Partial<Casualty>) => printableFigure(casualtyClaim("UNRATED", { reportedAs: null, ...figure }).casualty!);

  it.each([
    [{ qualifier: "EXACT", min: 133, max: 133 }, "133 people were killed"],
    [{ qualifier: "AT_LEAST", min: 133, max: null }, "at least 133 people were killed"],
    [{ qualifier: "AT_MOST", min: null, max: 20 }, "up to 20 people were killed"],
    [{ qualifier: "APPROXIMATELY", min: 60, max: null }, "about 60 people were killed"],
    [{ qualifier: "APPROXIMATELY", min: 60, max: 60 }, "about 60 people were killed"],
    [{ qualifier: "APPROXIMATELY", min: 40, max: 50 }, "about 40 to 50 people were killed"],
    [{ qualifier: "RANGE", min: 40, max: 60 }, "between 40 and 60 people were killed"],
    [{ qualifier: "RANGE", min: 40, max: 40 }, "40 people were killed"],
    [{ qualifier: "EXACT", min: 1500, max: 1500 }, "1,500 people were killed"],
    [{ qualifier: "RANGE", min: 1000, max: 12500 }, "between 1,000 and 12,500 people were killed"],
    [{ qualifier: "EXACT", min: 1, max: 1 }, "1 person was killed"],
    [{ qualifier: "AT_LEAST", min: 1, max: null }, "at least 1 person was killed"],
    [{ qualifier: "RANGE", min: 1, max: 3 }, "between 1 and 3 people were killed"],
    [{ qualifier: "EXACT", min: 0, max: 0 }, "no one was killed"],
    [{ qualifier: "EXACT", min: 0, max: 0, population: "CIVILIANS" }, "no civilians were killed"],
    [{ qualifier: "AT_LEAST", min: null, max: null }, "an unknown number of people were killed"],
    // A bound that leaves its number out keeps the report's words, which say exactly that.
    [{ qualifier: "AT_LEAST", min: 101, max: null, reportedAs: "More than 100" }, "more than 100 people were killed"],
    [{ qualifier: "AT_LEAST", min: 1201, max: null, reportedAs: "over 1,200" }, "over 1,200 people were killed"],
    [{ qualifier: "AT_MOST", min: null, max: 9, reportedAs: "fewer than 10" }, "fewer than 10 people were killed"],
    // Words that no longer match the recorded bound are not printed: the bound is.
    [{ qualifier: "AT_LEAST", min: 100, max: null, reportedAs: "more than 100" }, "at least 100 people were killed"],
    [{ qualifier: "AT_LEAST", min: 140, max: null, reportedAs: "more than 100" }, "at least 140 people were killed"],
  ] as const)("%j reads %j", (figure, words) => {
    expect(clause(figure)).toBe(words);
  });

  it.each([
    ["ALL", "at least 133 people were killed", "1 person was killed"],
    ["CIVILIANS", "at least 133 civilians were killed", "1 civilian was killed"],
    ["ATTACKERS", "at least 133 attackers were killed", "1 attacker was killed"],
    ["SECURITY_FORCES", "at least 133 members of the security forces were killed", "1 member of the security forces was killed"],
    ["OTHER", "at least 133 people were killed", "1 person was killed"],
  ] as const)("names the population %s", (population, many, one) => {
    expect(CASUALTY_POPULATIONS).toContain(population);
    expect(clause({ population })).toBe(many);
    expect(clause({ population, qualifier: "EXACT", min: 1, max: 1 })).toBe(one);
  });

  it.each([
    ["KILLED", "at least 133 people were killed"],
    ["INJURED", "at least 133 people were injured"],
    ["MISSING", "at least 133 people were missing"],
    ["DETAINED", "at least 133 people were detained"],
  ] as const)("uses the verb for %s", (metric, words) => {
    expect(CASUALTY_METRICS).toContain(metric);
    expect(clause({ metric })).toBe(words);
  });

  it.each([
    ["scores", "ALL", "INJURED", "scores of people were injured"],
    ["Dozens", "CIVILIANS", "KILLED", "dozens of civilians were killed"],
    ["  hundreds ", "SECURITY_FORCES", "DETAINED", "hundreds of members of the security forces were detained"],
    ["several", "ATTACKERS", "KILLED", "several attackers were killed"],
    ["a handful", "ALL", "MISSING", "a handful of people were missing"],
    ["tens of thousands of", "ALL", "INJURED", "tens of thousands of people were injured"],
  ] as const)("prints the vague %j as reported, never as its bound", (reportedAs, population, metric, words) => {
    const text = clause({ reportedAs, population, metric, qualifier: "AT_LEAST", min: 40 });
    expect(text).toBe(words);
    expect(text).not.toMatch(/\d/);
  });

  it("uses the recorded numbers when the words as reported carry a digit, or are blank", () => {
    expect(clause({ reportedAs: "133 dead" })).toBe("at least 133 people were killed");
    expect(clause({ reportedAs: "  " })).toBe("at least 133 people were killed");
  });

  it("never opens a confirmed sentence with a numeral", () => {
    expect(wordClaim(casualtyClaim("CONFIRMED", { qualifier: "EXACT", min: 1500, max: 1500 }, null)).text).toBe("A total of 1,500 people were killed.");
    expect(wordClaim(casualtyClaim("CONFIRMED", { qualifier: "EXACT", min: 1, max: 1, population: "CIVILIANS" })).text).toBe(
      "One civilian was killed, according to Russian authorities.",
    );
    expect(wordClaim(casualtyClaim("CONFIRMED", { qualifier: "EXACT", min: 0, max: 0 })).text).toBe("No one was killed, according to Russian authorities.");
    expect(wordClaim(casualtyClaim("CONFIRMED", { reportedAs: "scores", metric: "INJURED" })).text).toBe(
      "Scores of people were injured, according to Russian authorities.",
    );
  });

  it("words a figure without a claimant as reports, never inventing a name", () => {
    expect(wordClaim(casualtyClaim("CONFIRMED", {}, null)).text).toBe("At least 133 people were killed.");
    expect(wordClaim(casualtyClaim("CONFIRMED", {}, "  ")).text).toBe("At least 133 people were killed.");
    expect(wordClaim(casualtyClaim("UNRATED", {}, null)).text).toBe("Reports said at least 133 people were killed; this has not been independently verified.");
    expect(wordClaim(casualtyClaim("LIKELY", {}, null)).text).toBe("Reports said at least 133 people were killed; this is likely but not confirmed.");
    expect(wordClaim(casualtyClaim("FALSE", {}, null)).text).toBe("A claim that at least 133 people were killed is false.");
  });
});

// ---- Responsibility phrasing -----------------------------------------------------------------------------------

describe("responsibility in words", () => {
  it.each([
    ["ALMOST_CERTAIN", "X is almost certainly responsible, according to our assessment."],
    ["VERY_LIKELY", "X is very likely responsible, according to our assessment."],
    ["LIKELY", "X is likely responsible, according to our assessment."],
    ["ROUGHLY_EVEN", "X is as likely as not responsible, according to our assessment."],
    ["UNLIKELY", "X is unlikely to be responsible, according to our assessment."],
    ["VERY_UNLIKELY", "X is very unlikely to be responsible, according to our assessment."],
    ["ALMOST_NO_CHANCE", "X is almost certainly not responsible, according to our assessment."],
  ] as const)("adds our %s assessment as its own sentence", (assessment, sentence) => {
    const text = wordClaim(responsibilityClaim("CONFIRMED", { actor: "X", assessment })).text;
    expect(text).toBe(`X claimed responsibility through its Amaq news agency. ${sentence}`);
  });

  it("adds no assessment when we have not assessed", () => {
    expect(wordClaim(responsibilityClaim("CONFIRMED", { actor: "X", channel: null })).text).toBe("X claimed responsibility.");
  });

  it.each([
    ["SELF_CLAIMED", "Islamic State reportedly claimed responsibility; this has not been independently verified."],
    ["OFFICIAL", "Officials attributed the attack to Islamic State; this has not been independently verified."],
    ["MEDIA", "Media reports attributed the attack to Islamic State; this has not been independently verified."],
    ["DENIED", "Islamic State denied responsibility; this has not been independently verified."],
    ["SUSPECTED", "Islamic State is suspected of responsibility, according to reports; this has not been independently verified."],
  ] as const)("words %s without claimant or channel", (attribution, text) => {
    expect(wordClaim(responsibilityClaim("UNRATED", { attribution, channel: null })).text).toBe(text);
  });

  it.each([
    ["SELF_CLAIMED", "A claim of responsibility by Islamic State through its Amaq news agency is false."],
    ["DENIED", "A denial of responsibility by Islamic State through its Amaq news agency is false."],
    ["OFFICIAL", "A claim by officials that Islamic State was responsible for the attack is false."],
    ["MEDIA", "A claim in media reports that Islamic State was responsible for the attack is false."],
    ["SUSPECTED", "A suggestion in reports that Islamic State was responsible for the attack is false."],
  ] as const)("prints the finding for a false %s claim", (attribution, text) => {
    expect(wordClaim(responsibilityClaim("FALSE", { attribution })).text).toBe(text);
  });

  it.each([
    ["LIKELY", "Islamic State reportedly claimed responsibility through its Amaq news agency; this is likely but not confirmed."],
    ["UNPROVEN", "Islamic State reportedly claimed responsibility through its Amaq news agency; this could not be verified."],
    ["DISPUTED", "Islamic State reportedly claimed responsibility through its Amaq news agency; this is disputed."],
    ["MISLEADING", "A claim of responsibility by Islamic State through its Amaq news agency is misleading."],
  ] as const)("words a self-claim rated %s with its caveat", (verdict, text) => {
    const wording = wordClaim(responsibilityClaim(verdict));
    expect(wording.text).toBe(text);
    expect(wording.asFact).toBe(false);
  });

  it("does not double a channel recorded with its preposition, and tidies spacing", () => {
    expect(wordClaim(responsibilityClaim("CONFIRMED", { channel: "through  its Amaq news agency " })).text).toBe(
      "Islamic State claimed responsibility through its Amaq news agency.",
    );
    expect(wordClaim(responsibilityClaim("CONFIRMED", { channel: "via Telegram" })).text).toBe("Islamic State claimed responsibility through Telegram.");
  });

  it("capitalises an actor or claimant that opens a sentence", () => {
    expect(wordClaim(responsibilityClaim("CONFIRMED", { actor: "al-Shabaab", channel: null })).text).toBe("Al-Shabaab claimed responsibility.");
    expect(wordClaim(responsibilityClaim("CONFIRMED", { attribution: "OFFICIAL" }, "the interior ministry")).text).toBe(
      "The interior ministry attributed the attack to Islamic State.",
    );
  });
});

// ---- Statement phrasing ----------------------------------------------------------------------------------------

describe("statements in words", () => {
  it("strips the statement's own full stop before crediting it, and adds one without a claimant", () => {
    expect(wordClaim(statementClaim("CONFIRMED", "the attackers fled towards the border.  ")).text).toBe("The attackers fled towards the border, according to Russian authorities.");
    expect(wordClaim(statementClaim("CONFIRMED", "The attackers fled towards the border", null)).text).toBe("The attackers fled towards the border.");
    expect(wordClaim(statementClaim("CONFIRMED", "The attackers fled towards the border.", null)).text).toBe("The attackers fled towards the border.");
  });

  it("keeps a closing quotation mark when crediting a confirmed statement", () => {
    expect(wordClaim(statementClaim("CONFIRMED", "The governor called it “a massacre.”")).text).toBe(
      "The governor called it “a massacre”, according to Russian authorities.",
    );
  });

  it("quotes an unconfirmed statement as recorded, turning its own double quotes single", () => {
    expect(wordClaim(statementClaim("UNRATED", "The governor called it “a massacre”", null)).text).toBe(
      "Reports said: “The governor called it ‘a massacre’.” This has not been independently verified.",
    );
    expect(wordClaim(statementClaim("DISPUTED", "Was it an accident?")).text).toBe("Russian authorities said: “Was it an accident?” This is disputed.");
  });
});

describe("numbers written in words are numbers, not vague figures", () => {
  it.each([
    ["at least twelve", { qualifier: "AT_LEAST", min: 12 }, "Police said at least 12 people were killed; this has not been independently verified."],
    ["sixty", { qualifier: "EXACT", min: 60, max: 60 }, "Police said 60 people were killed; this has not been independently verified."],
    ["no one", { qualifier: "EXACT", min: 0, max: 0 }, "Police said no one was killed; this has not been independently verified."],
    ["several hundred", { qualifier: "AT_LEAST", min: 200 }, "Police said several hundred people were killed; this has not been independently verified."],
    ["tens of thousands", { qualifier: "AT_LEAST", min: 20000 }, "Police said tens of thousands of people were killed; this has not been independently verified."],
  ] as const)("%s", (reportedAs, figure, text) => {
    expect(wordClaim(casualtyClaim("UNRATED", { reportedAs, ...figure }, "police")).text).toBe(text);
  });
});

describe("claimants as sentences name them", () => {
  it("starts a sentence with a capital and reads 'according to the …' mid-sentence", () => {
    const claim = casualtyClaim("UNRATED", {}, "Interior Ministry");
    expect(wordClaim(claim).text).toMatch(/^The Interior Ministry said at least 133 people were killed/);
    expect(wordClaim(casualtyClaim("CONFIRMED", {}, "Investigative Committee of the Russian Federation")).text).toBe(
      "At least 133 people were killed, according to the Investigative Committee of the Russian Federation.",
    );
  });
});
