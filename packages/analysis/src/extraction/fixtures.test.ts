import { describe, expect, it } from "vitest";
import { fixture, summaries } from "./test-support";

// Five reports of one invented event (the Riverside Market attack in Valdora, 3 May 2026), each in another
// style. Every suggestion each should yield is listed; anything else it yields fails the test.

const has = (words: string) => expect.stringContaining(words);

describe("wire report: a figure that moves, vague quantities, an injured count", () => {
  it("yields exactly these suggestions", () => {
    expect(summaries(fixture("wire-report"))).toEqual([
      {
        kind: "CASUALTY_COUNT",
        sentence: has("At least 40 people were killed when an explosion tore through"),
        claimant: "police",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 40, max: null, reportedAs: "at least 40" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("Dozens of people were hurt in the crush"),
        claimant: "a hospital spokeswoman",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "AT_LEAST", min: 24, max: null, reportedAs: "dozens" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("By evening the death toll rose to 61"),
        claimant: "Interior Ministry",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 61, max: 61, reportedAs: "61" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("More than 150 people were injured"),
        claimant: "the city's health department",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "AT_LEAST", min: 151, max: null, reportedAs: "more than 150" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("Scores more were wounded by gunfire"),
        claimant: "a doctor at Valdora General Hospital",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "AT_LEAST", min: 40, max: null, reportedAs: "scores" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("they had detained two men near the market"),
        claimant: "Police",
        casualty: { metric: "DETAINED", population: "ALL", qualifier: "EXACT", min: 2, max: 2, reportedAs: "two" },
      },
    ]);
  });
});

describe("ministry statement: exact figures, detentions, an attribution to a named group", () => {
  it("yields exactly these suggestions", () => {
    expect(summaries(fixture("ministry-statement"))).toEqual([
      { kind: "STATEMENT", sentence: "Minutes later four armed men opened fire on people in the market square.", claimant: null },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("63 people have died as a result of the attack, among them nine children and three police officers"),
        claimant: null,
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 63, max: 63, reportedAs: "63" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("A total of 157 people were injured."),
        claimant: null,
        casualty: { metric: "INJURED", population: "ALL", qualifier: "EXACT", min: 157, max: 157, reportedAs: "157" },
      },
      { kind: "STATEMENT", sentence: "Of these, 41 remain in a serious condition.", claimant: null },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("Two of the attackers were shot dead"),
        claimant: null,
        casualty: { metric: "KILLED", population: "ATTACKERS", qualifier: "EXACT", min: 2, max: 2, reportedAs: "two" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("Eleven people have been detained, including the two surviving attackers"),
        claimant: null,
        casualty: { metric: "DETAINED", population: "ALL", qualifier: "EXACT", min: 11, max: 11, reportedAs: "eleven" },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: has("the attack was organised by the Northern Dawn Brigades"),
        claimant: "Ministry investigators",
        responsibility: { actor: "Northern Dawn Brigades", attribution: "OFFICIAL", channel: null },
      },
    ]);
  });
});

describe("live blog: timestamps, numbers in words, ranges, a part of the dead, a blamed pair", () => {
  it("yields exactly these suggestions", () => {
    expect(summaries(fixture("live-blog"))).toEqual([
      {
        kind: "CASUALTY_COUNT",
        sentence: "14:30 — Police now say at least twelve people were killed.",
        claimant: "Police",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 12, max: null, reportedAs: "at least twelve" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "14:48 — The city's main hospital says it has admitted forty-five wounded.",
        claimant: "the city's main hospital",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "EXACT", min: 45, max: 45, reportedAs: "forty-five" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "15:02 — Two people are still missing, according to the fire service.",
        claimant: "fire service",
        casualty: { metric: "MISSING", population: "ALL", qualifier: "EXACT", min: 2, max: 2, reportedAs: "two" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "15:40 — Officials say the number of dead is now between 70 and 80.",
        claimant: "Officials",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "RANGE", min: 70, max: 80, reportedAs: "between 70 and 80" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "No one was hurt.",
        claimant: null,
        casualty: { metric: "INJURED", population: "ALL", qualifier: "EXACT", min: 0, max: 0, reportedAs: "no one" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "16:50 — Sixty-one people are now confirmed dead, the Interior Ministry says.",
        claimant: "Interior Ministry",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 61, max: 61, reportedAs: "sixty-one" },
      },
      { kind: "STATEMENT", sentence: "17:20 — Scores of people have gathered outside Valdora General Hospital to give blood.", claimant: null },
      {
        kind: "CASUALTY_COUNT",
        sentence: "17:35 — Between 60 and 40 people are being treated for injuries, the health office says.",
        claimant: "health office",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "RANGE", min: 40, max: 60, reportedAs: "between 60 and 40" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "17:50 — Twelve of the dead were children, the fire service says.",
        claimant: "fire service",
        casualty: { metric: "KILLED", population: "OTHER", qualifier: "EXACT", min: 12, max: 12, reportedAs: "twelve" },
      },
      { kind: "STATEMENT", sentence: "17:55 — 200 stalls were destroyed, the chamber of commerce says.", claimant: "chamber of commerce" },
      {
        kind: "CASUALTY_COUNT",
        sentence: "18:05 — Police say three people have been arrested in the north of the city.",
        claimant: "Police",
        casualty: { metric: "DETAINED", population: "ALL", qualifier: "EXACT", min: 3, max: 3, reportedAs: "three" },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "18:20 — Officials blamed the Northern Front and the Free Army for the attack.",
        claimant: "Officials",
        responsibility: { actor: "Northern Front", attribution: "OFFICIAL", channel: null },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "18:20 — Officials blamed the Northern Front and the Free Army for the attack.",
        claimant: "Officials",
        responsibility: { actor: "Free Army", attribution: "OFFICIAL", channel: null },
      },
    ]);
  });
});

describe("analysis piece: a claim through a channel, a denial, a media attribution, numbers that are no claim", () => {
  it("yields exactly these suggestions", () => {
    expect(summaries(fixture("analysis-piece"))).toEqual([
      {
        kind: "RESPONSIBILITY",
        sentence: has("The Northern Dawn Brigades claimed responsibility for Sunday's attack in a statement posted on its Dawn Signal channel"),
        claimant: "Northern Dawn Brigades",
        responsibility: { actor: "Northern Dawn Brigades", attribution: "SELF_CLAIMED", channel: "its Dawn Signal channel" },
      },
      {
        kind: "STATEMENT",
        sentence: has("has carried out 14 attacks in six provinces since 2023"),
        claimant: "Valdora Institute for Conflict Studies",
      },
      {
        kind: "RESPONSIBILITY",
        sentence: has("the Red Ridge Movement denied any involvement"),
        claimant: "Red Ridge Movement",
        responsibility: { actor: "Red Ridge Movement", attribution: "DENIED", channel: null },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "The Valdora Courier reported on Monday that the Northern Dawn Brigades were behind the attack.",
        claimant: "Valdora Courier",
        responsibility: { actor: "Northern Dawn Brigades", attribution: "MEDIA", channel: null },
      },
    ]);
  });

  it("leaves alone the dates, ages, times, the opening year and 'the second day'", () => {
    const suggested = summaries(fixture("analysis-piece")).map((summary) => summary.sentence);
    for (const words of ["which opened in 1987", "the second day", "19-year-old", "6.40 pm", "aged 52", "Analysts say"]) {
      expect(suggested.some((sentence) => sentence.includes(words))).toBe(false);
    }
  });
});

describe("regional paper: titled claimants, a corrected toll, a joint claim and a denial, figures in a headline", () => {
  it("yields exactly these suggestions", () => {
    expect(summaries(fixture("regional-paper"))).toEqual([
      {
        kind: "CASUALTY_COUNT",
        sentence: "MARKET ATTACK: TOLL RISES TO 74, 1,200 EVACUATED",
        claimant: null,
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 74, max: 74, reportedAs: "74" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("The death toll from Sunday's attack on the Riverside Market now stands at 74"),
        claimant: "Ilse Marek, the governor of Valdora province",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 74, max: 74, reportedAs: "74" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("killing at least 12 people, according to the fire service"),
        claimant: "fire service",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 12, max: null, reportedAs: "at least 12" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "A second device, hidden in a flower stall at the east gate, left 30 dead.",
        claimant: null,
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 30, max: 30, reportedAs: "30" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("staff counted 12 dead and 40 wounded by midnight"),
        claimant: "Nadia Orell, a hospital spokeswoman",
        casualty: { metric: "KILLED", population: "ALL", qualifier: "EXACT", min: 12, max: 12, reportedAs: "12" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("staff counted 12 dead and 40 wounded by midnight"),
        claimant: "Nadia Orell, a hospital spokeswoman",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "EXACT", min: 40, max: 40, reportedAs: "40" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: has("said 212 people had been treated for injuries"),
        claimant: "Dr Anton Bello, director of Valdora General Hospital",
        casualty: { metric: "INJURED", population: "ALL", qualifier: "EXACT", min: 212, max: 212, reportedAs: "212" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "Among the dead were nine children and three police officers.",
        claimant: null,
        casualty: { metric: "KILLED", population: "OTHER", qualifier: "EXACT", min: 9, max: 9, reportedAs: "nine" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "Among the dead were nine children and three police officers.",
        claimant: null,
        casualty: { metric: "KILLED", population: "SECURITY_FORCES", qualifier: "EXACT", min: 3, max: 3, reportedAs: "three" },
      },
      {
        kind: "STATEMENT",
        sentence: has("1,200 people had been evacuated from flats around the market"),
        claimant: "Valdora province's deputy governor Karel Dusek",
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "Valdora's police chief, Marco Lind, said officers had arrested 11 people by Monday night.",
        claimant: "Marco Lind, Valdora's police chief",
        casualty: { metric: "DETAINED", population: "ALL", qualifier: "EXACT", min: 11, max: 11, reportedAs: "11" },
      },
      {
        kind: "CASUALTY_COUNT",
        sentence: "Police detained three more suspects in a raid on Tuesday morning.",
        claimant: "Police",
        casualty: { metric: "DETAINED", population: "ALL", qualifier: "EXACT", min: 3, max: 3, reportedAs: "three" },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "Two groups, the Northern Front and the Free Army, jointly claimed the attack on Telegram.",
        claimant: "Northern Front",
        responsibility: { actor: "Northern Front", attribution: "SELF_CLAIMED", channel: "Telegram" },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "Two groups, the Northern Front and the Free Army, jointly claimed the attack on Telegram.",
        claimant: "Free Army",
        responsibility: { actor: "Free Army", attribution: "SELF_CLAIMED", channel: "Telegram" },
      },
      {
        kind: "RESPONSIBILITY",
        sentence: "In a statement, the Red Ridge Movement denied any part in the attack.",
        claimant: "Red Ridge Movement",
        responsibility: { actor: "Red Ridge Movement", attribution: "DENIED", channel: null },
      },
    ]);
  });

  it("leaves alone the corrected figure, the dateline, an age, a year, an address, a date, '100 per cent' and a phone number", () => {
    const text = fixture("regional-paper");
    const suggested = summaries(text).map((summary) => summary.sentence);
    for (const words of [
      "corrects the 81 deaths",
      "Tuesday 5 May 2026",
      "34-year-old stallholder",
      "first opened in 1987",
      "14 Harbour Road",
      "held there on 12 May",
      "100 per cent committed",
      "0800 555 0199",
    ]) {
      expect(text).toContain(words);
      expect(suggested.filter((sentence) => sentence.includes(words))).toEqual([]);
    }
  });
});
