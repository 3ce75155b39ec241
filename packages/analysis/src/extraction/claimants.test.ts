import { describe, expect, it } from "vitest";
import { speakerKind } from "./claimants";
import { summaries } from "./test-support";

const claimantOf = (text: string) => summaries(text)[0]?.claimant;

describe("claimants: who says so, in the sentence's own words", () => {
  it.each([
    ["At least 40 people were killed, police said.", "police"],
    ["Police said at least 40 people were killed.", "Police"],
    ["At least 40 people were killed, according to the Interior Ministry.", "Interior Ministry"],
    ["The Interior Ministry later said at least 40 people were killed.", "Interior Ministry"],
    ["Officials have said at least 40 people were killed.", "Officials"],
    ["The country's interior minister said at least 40 people were killed.", "the country's interior minister"],
    ["By Wednesday morning the death toll rose to 19, the civil defence agency said in a statement.", "civil defence agency"],
    ["Local media reported that at least 40 people were killed.", "Local media"],
    ["“At least 40 people were killed,” said Mayor Ana Ruiz.", "Mayor Ana Ruiz"],
    ["At least 40 people were killed, said Ana Ruiz, a spokeswoman for the ministry.", "Ana Ruiz, a spokeswoman for the ministry"],
    ["Ana Ruiz, a spokeswoman for the ministry, said at least 40 people were killed.", "Ana Ruiz, a spokeswoman for the ministry"],
    ["On Saturday the Interior Ministry said at least 40 people were killed.", "Interior Ministry"],
    ["A doctor at Valdora General Hospital said at least 40 people were killed.", "A doctor at Valdora General Hospital"],
    ["The U.S. Embassy said 12 Americans were wounded.", "U.S. Embassy"],
    ["At least 40 people were killed, as reported by the Valdora Courier.", "Valdora Courier"],
    ["According to police, at least 40 people were killed.", "police"],
    ["According to the ministry, the attackers killed 40 people.", "ministry"],
    ["Officials claimed the death toll was 40.", "Officials"],
  ])("%s", (text, claimant) => {
    expect(claimantOf(text)).toBe(claimant);
  });

  it.each([
    "At least 40 people were killed.",
    "He said at least 40 people were killed.",
    "They said at least 40 people were killed.",
    "At least 40 people were reported killed.",
    "At least 40 people were killed, it said.",
  ])("%s has no claimant", (text) => {
    expect(claimantOf(text)).toBeNull();
  });

  it("takes the nearest speaker before the figure", () => {
    const found = summaries("The ministry said 40 people were killed, while local media reported 55 deaths.");
    expect(found.map((summary) => [summary.casualty?.min, summary.claimant])).toEqual([
      [40, "ministry"],
      [55, "local media"],
    ]);
  });

  it.each([
    ["US media", "media"],
    ["The New York Times", "media"],
    ["Valdora Courier", "media"],
    ["state television", "media"],
    ["Kremlin press secretary", "official"],
    ["Russian officials", "official"],
    ["Interior Ministry", "official"],
    ["FSB", "official"],
    ["Moscow", "official"],
    ["Northern Dawn Brigades", "group"],
    ["Islamic State", "group"],
    ["Analysts", "other"],
    ["witnesses", "other"],
  ])("%s speaks as %s", (phrase, kind) => {
    expect(speakerKind(phrase)).toBe(kind);
  });
});
