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
    // A name and its office, set off by commas either way round, read name first.
    ["The governor of Moscow region, Andrei Vorobyov, said 60 people were killed.", "Andrei Vorobyov, the governor of Moscow region"],
    ["Andrei Vorobyov, the governor of Moscow region, said 60 people were killed.", "Andrei Vorobyov, the governor of Moscow region"],
    ["The governor of Moscow region, Andrei Vorobyov, said on Tuesday that 60 people were killed.", "Andrei Vorobyov, the governor of Moscow region"],
    ["Andrei Vorobyov, governor of Moscow region, said 60 people were killed.", "Andrei Vorobyov, governor of Moscow region"],
    ["60 people were killed, said Andrei Vorobyov, the governor of Moscow region.", "Andrei Vorobyov, the governor of Moscow region"],
    ["Moscow region's governor Andrei Vorobyov said 60 people were killed.", "Moscow region's governor Andrei Vorobyov"],
    ["Valdora's police chief, Marco Lind, said 11 people had been arrested.", "Marco Lind, Valdora's police chief"],
    ["The toll now stands at 74, the governor of Valdora province, Ilse Marek, said on Monday.", "Ilse Marek, the governor of Valdora province"],
    ["The blast killed at least 12 people, the fire chief said.", "fire chief"],
    ["The provincial health office had earlier put the number of dead at 81.", "provincial health office"],
    // The authority that made the arrests, when nobody else is quoted.
    ["Police detained 11 people, including four gunmen.", "Police"],
    ["Security forces killed two of the attackers.", "Security forces"],
    ["Police detained 11 people, the ministry said.", "ministry"],
    ["At least 40 people were killed, said police, the ministry added.", "police"],
    // Lower-case institutions, their article left off as with "the ministry".
    ["At least 40 people were killed, the chamber of commerce said.", "chamber of commerce"],
    ["At least 40 people were killed, the fire service said.", "fire service"],
    ["At least 40 people were killed, the health office said.", "health office"],
    ["The city council said at least 40 people were killed.", "city council"],
  ])("%s", (text, claimant) => {
    expect(claimantOf(text)).toBe(claimant);
  });

  it.each([
    "At least 40 people were killed.",
    "He said at least 40 people were killed.",
    "They said at least 40 people were killed.",
    "At least 40 people were reported killed.",
    "At least 40 people were killed, it said.",
    "Gunmen killed 40 people.",
    "Rebels detained 11 people.",
    "The toll now stands at 74, said on Monday.",
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
