import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { summaries } from "./test-support";

const statements = (text: string) =>
  extractClaims({ text })
    .filter((suggestion) => suggestion.kind === "STATEMENT")
    .map((suggestion) => suggestion.match.text);

describe("statements with numbers", () => {
  it.each([
    ["ISIS-K had planned some 21 attacks in nine countries in the past year.", "some 21 attacks"],
    ["The hall seats about 6,200 people.", "about 6,200 people"],
    ["The group has carried out 14 attacks in six provinces since 2023.", "14 attacks"],
    ["Four gunmen arrived in three vehicles.", "Four gunmen"],
    ["The government pledged $2 million in compensation.", "$2 million"],
    ["Turnout fell by 20 per cent.", "20 per cent"],
    ["Turnout was 100 per cent.", "100 per cent"],
    ["Some 1,200 people were evacuated from 40 Harbour flats.", "Some 1,200 people"],
    ["The blast was heard 5 km away.", "5 km"],
    ["Dozens of shops were damaged.", "Dozens of shops"],
    ["At least 1.5 million people were displaced.", "At least 1.5 million people"],
  ])("%s", (text, match) => {
    expect(statements(text)).toEqual([match]);
  });

  it("gives one suggestion per sentence, and none beside a casualty figure or a responsibility statement", () => {
    expect(statements("Four gunmen in three vehicles fired 200 rounds.")).toEqual(["Four gunmen"]);
    expect(summaries("At least 40 people were killed in four districts.").map((summary) => summary.kind)).toEqual(["CASUALTY_COUNT"]);
    expect(summaries("Kyiv denied any involvement in the four attacks.").map((summary) => summary.kind)).toEqual(["RESPONSIBILITY"]);
  });

  it("names the claimant when the sentence does", () => {
    expect(summaries("The group has 3,000 fighters, according to the Valdora Institute.")).toEqual([
      { kind: "STATEMENT", sentence: "The group has 3,000 fighters, according to the Valdora Institute.", claimant: "Valdora Institute" },
    ]);
  });

  it.each([
    "The attack happened on 22 March 2024.",
    "The market opened in 1987.",
    "The first blast came at about 6.40 pm.",
    "Gunmen stormed the hall at 8 pm.",
    "The siege ended at 20:00.",
    "A 15-year-old boy was among the victims.",
    "The leader, aged 52, has not been seen since 2021.",
    "Sunday was the second day of the festival.",
    "The fire spread to the 3rd floor.",
    "Gunmen fired for 20 minutes.",
    "Two days later the market reopened.",
    "One of the victims was a stallholder.",
    "Gate 4 was closed.",
    "The concert was due to start at eight.",
    "The market opens at 7 on weekdays.",
    "Call 0800 for help.",
    "The G7 condemned the attack.",
    "Smoke rose from the covered hall.",
    "Who were the 40 victims?",
    "1.",
    "Valdora, 4 May 2026, 09:30",
    "The market, at 14 Harbour Road, first opened in 1987.",
    "Readers can call the newsdesk on 0800 555 0199.",
    "Call 555 0199 for help.",
    "\u201cWe are 100 per cent committed to rebuilding the market,\u201d said the mayor.",
    "She was 100% sure it was a bomb.",
  ])("%s is no statement", (text) => {
    expect(summaries(text)).toEqual([]);
  });
});
