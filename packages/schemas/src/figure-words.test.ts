import { describe, expect, it } from "vitest";
import { casualtyDetailInput } from "./claim";
import { type FigureParts, exclusiveFigureWords, figureNumber, figureWords, vagueFigureWords } from "./figure-words";

const parts = (overrides: Partial<FigureParts>): FigureParts => ({
  metric: "KILLED",
  population: "ALL",
  qualifier: "EXACT",
  min: null,
  max: null,
  reportedAs: null,
  ...overrides,
});

describe("figureNumber: the number part, always with its qualifier", () => {
  it.each([
    ["EXACT", 133, 133, "133"],
    ["EXACT", 0, 0, "0"],
    ["AT_LEAST", 133, null, "at least 133"],
    ["AT_MOST", null, 10, "at most 10"],
    ["APPROXIMATELY", 40, null, "about 40"],
    ["APPROXIMATELY", 40, 40, "about 40"],
    ["APPROXIMATELY", 40, 50, "about 40–50"],
    ["RANGE", 40, 60, "40–60"],
    ["EXACT", 1500, 1500, "1,500"],
    ["RANGE", 1000, 12500, "1,000–12,500"],
    ["AT_LEAST", 100_000_000, null, "at least 100,000,000"],
  ] as const)("%s min %s max %s reads %j", (qualifier, min, max, words) => {
    expect(figureNumber({ qualifier, min, max })).toBe(words);
  });

  it.each([
    ["EXACT", null, null],
    ["AT_LEAST", null, 5],
    ["AT_MOST", 5, null],
    ["APPROXIMATELY", null, 5],
    ["RANGE", 5, null],
    ["RANGE", null, 5],
  ] as const)("%s without the bound it needs (min %s, max %s) reads as an unknown number", (qualifier, min, max) => {
    expect(figureNumber({ qualifier, min, max })).toBe("an unknown number");
  });
});

describe("figureWords: the figure in words", () => {
  it.each([
    ["at least 133 killed", { qualifier: "AT_LEAST", min: 133 }],
    ["40–60 injured", { metric: "INJURED", qualifier: "RANGE", min: 40, max: 60 }],
    ["about 40 missing", { metric: "MISSING", qualifier: "APPROXIMATELY", min: 40 }],
    ["at most 11 detained", { metric: "DETAINED", qualifier: "AT_MOST", max: 11 }],
    ["144 killed", { qualifier: "EXACT", min: 144, max: 144 }],
    ["about 40–50 injured", { metric: "INJURED", qualifier: "APPROXIMATELY", min: 40, max: 50 }],
  ] as const)("reads %j", (words, overrides) => {
    expect(figureWords(parts(overrides))).toBe(words);
  });

  it.each([
    ["ALL", "at least 133 killed"],
    ["CIVILIANS", "at least 133 civilians killed"],
    ["ATTACKERS", "at least 133 attackers killed"],
    ["SECURITY_FORCES", "at least 133 members of the security forces killed"],
    ["OTHER", "at least 133 killed"],
  ] as const)("names the population %s: %j", (population, words) => {
    expect(figureWords(parts({ population, qualifier: "AT_LEAST", min: 133 }))).toBe(words);
  });

  it.each([
    ["scores", "ALL", "INJURED", "AT_LEAST", 40, null, "scores injured (at least 40)"],
    ["dozens", "ALL", "KILLED", "AT_LEAST", 24, null, "dozens killed (at least 24)"],
    ["  hundreds ", "CIVILIANS", "INJURED", "AT_LEAST", 200, null, "hundreds civilians injured (at least 200)"],
    ["several", "ATTACKERS", "DETAINED", "RANGE", 3, 9, "several attackers detained (3–9)"],
    ["a handful", "ALL", "MISSING", "APPROXIMATELY", 5, null, "a handful missing (about 5)"],
  ] as const)("says vague words %j as reported, with the bound recorded", (reportedAs, population, metric, qualifier, min, max, words) => {
    expect(figureWords(parts({ reportedAs, population, metric, qualifier, min, max }))).toBe(words);
  });

  it.each([
    ["at least 133", "at least 133 killed"],
    ["133 dead", "at least 133 killed"],
    ["  ", "at least 133 killed"],
  ])("uses the recorded figure, not the words, when the words %j carry a number (or nothing)", (reportedAs, words) => {
    expect(figureWords(parts({ reportedAs, qualifier: "AT_LEAST", min: 133 }))).toBe(words);
  });

  it("reads a figure as the schema stored it", () => {
    const exact = casualtyDetailInput.parse({ metric: "KILLED", qualifier: "EXACT", min: 145, reportedAs: "145" });
    expect(figureWords(exact)).toBe("145 killed");
    const vague = casualtyDetailInput.parse({ metric: "INJURED", population: "CIVILIANS", qualifier: "AT_LEAST", min: 40, reportedAs: "scores" });
    expect(figureWords(vague)).toBe("scores civilians injured (at least 40)");
  });
});

describe("vagueFigureWords", () => {
  it.each([
    ["scores", "scores"],
    ["dozens of", "dozens of"],
    ["several hundred", "several hundred"],
    ["tens of thousands", "tens of thousands"],
    [" Scores  ", "Scores"],
  ])("%s is vague", (reportedAs, words) => {
    expect(vagueFigureWords(reportedAs)).toBe(words);
  });

  it.each(["at least 133", "sixty", "at least twelve", "no one", "a hundred and five", "zero", "no civilians", "", null, undefined])("%s is not vague", (reportedAs) => {
    expect(vagueFigureWords(reportedAs)).toBeNull();
  });

  it("says a number in words as a number, with its bound", () => {
    expect(figureWords({ metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 60, max: 60, reportedAs: "sixty" })).toBe("60 killed");
  });
});

describe("exclusiveFigureWords: 'more than 100' said as reported while it matches the recorded bound", () => {
  it.each([
    [{ qualifier: "AT_LEAST", min: 101, max: null, reportedAs: "More than 100" }, "more than 100"],
    [{ qualifier: "AT_LEAST", min: 1201, max: null, reportedAs: "over 1,200" }, "over 1,200"],
    [{ qualifier: "AT_MOST", min: null, max: 9, reportedAs: "fewer than 10" }, "fewer than 10"],
    [{ qualifier: "AT_LEAST", min: 101, max: null, reportedAs: "more than a hundred" }, "more than a hundred"],
    // No longer the recorded bound, or not an exclusive phrase, or a vague size: the bound is said instead.
    [{ qualifier: "AT_LEAST", min: 100, max: null, reportedAs: "more than 100" }, null],
    [{ qualifier: "AT_LEAST", min: 140, max: null, reportedAs: "more than 100" }, null],
    [{ qualifier: "EXACT", min: 101, max: 101, reportedAs: "more than 100" }, null],
    [{ qualifier: "AT_LEAST", min: 101, max: null, reportedAs: "at least 101" }, null],
    [{ qualifier: "AT_LEAST", min: 41, max: null, reportedAs: "more than dozens" }, null],
    [{ qualifier: "AT_LEAST", min: 101, max: null, reportedAs: null }, null],
  ] as const)("%j gives %j", (figure, words) => {
    expect(exclusiveFigureWords(figure)).toBe(words);
  });

  it("is how figureWords says such a figure", () => {
    expect(figureWords({ metric: "INJURED", population: "ALL", qualifier: "AT_LEAST", min: 101, max: null, reportedAs: "more than 100" })).toBe("more than 100 injured");
    expect(figureWords({ metric: "INJURED", population: "CIVILIANS", qualifier: "AT_LEAST", min: 100, max: null, reportedAs: "more than 100" })).toBe("at least 100 civilians injured");
  });
});
