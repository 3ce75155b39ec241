import { describe, expect, it } from "vitest";
import { parseNumber, readNumber } from "./number-words";
import { tokenize } from "./tokens";

describe("parseNumber: numbers as reporters write them", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["133", 133],
    ["1,500", 1500],
    ["6,200", 6200],
    ["1,000,000", 1_000_000],
    ["2 million", 2_000_000],
    ["1.5 million", 1_500_000],
    ["40 thousand", 40_000],
    ["zero", 0],
    ["one", 1],
    ["nineteen", 19],
    ["sixty", 60],
    ["twenty-one", 21],
    ["twenty one", 21],
    ["Sixty-one", 61],
    ["two hundred", 200],
    ["a hundred", 100],
    ["a hundred and five", 105],
    ["one hundred and thirty-three", 133],
    ["one hundred thirty-three", 133],
    ["nine hundred and ninety-nine", 999],
    ["a thousand", 1000],
    ["a thousand and five", 1005],
    ["one thousand two hundred", 1200],
    ["three hundred thousand", 300_000],
    ["two million five hundred thousand", 2_500_000],
    ["a dozen", 12],
    ["two dozen", 24],
    ["half a dozen", 6],
  ])("%s is %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["", "a", "hundred", "dozen", "1.5", "14:05", "1,50", "sixty people", "twenty-", "the", "first", "second"])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it("reads the longest number at a token and says where it ends", () => {
    const tokens = tokenize("killing one hundred and thirty-three people");
    expect(readNumber(tokens, 1)).toEqual({ value: 133, from: 1, to: 7, approximate: false });
    expect(readNumber(tokens, 0)).toBeUndefined();
  });

  it("leaves the 'and' of 'sixty and seventy' out of the number", () => {
    const tokens = tokenize("sixty and seventy");
    expect(readNumber(tokens, 0)).toEqual({ value: 60, from: 0, to: 1, approximate: false });
  });

  it("marks dozens as approximate", () => {
    expect(readNumber(tokenize("a dozen people"), 0)).toEqual({ value: 12, from: 0, to: 2, approximate: true });
  });

  it("reads a capitalised number word inside a sentence as part of a name", () => {
    const tokens = tokenize("shops at Seven Hills Market");
    expect(readNumber(tokens, 2)).toBeUndefined();
    expect(readNumber(tokenize("Seven people died"), 0)?.value).toBe(7);
  });
});
