import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { responsibilityIn } from "./test-support";

// Each statement as [attribution, actor, channel, claimant].

describe("responsibility: claims by the group itself", () => {
  it("reads the claim and the channel it came through", () => {
    expect(responsibilityIn("Islamic State claimed responsibility for the attack in a statement carried by its Amaq news agency.")).toEqual([
      ["SELF_CLAIMED", "Islamic State", "its Amaq news agency", "Islamic State"],
    ]);
  });

  it.each([
    ["The Northern Dawn Brigades claimed responsibility through its Dawn Signal channel.", "its Dawn Signal channel"],
    ["The Northern Dawn Brigades claimed responsibility via Telegram.", "Telegram"],
    ["The Northern Dawn Brigades claimed responsibility in a statement on Telegram.", "Telegram"],
    ["The Northern Dawn Brigades said in a statement on Telegram that its fighters had carried out the attack.", "Telegram"],
    ["The Northern Dawn Brigades claimed responsibility for the attack on the Riverside Market on its Telegram channel.", "its Telegram channel"],
    ["The Northern Dawn Brigades claimed responsibility for the attack on the Riverside Market.", null],
    ["The Northern Dawn Brigades claimed responsibility in a statement.", null],
  ])("%s", (text, channel) => {
    expect(responsibilityIn(text)).toEqual([["SELF_CLAIMED", "Northern Dawn Brigades", channel, "Northern Dawn Brigades"]]);
  });

  it.each([
    "Islamic State Khorasan Province (ISIS-K) claimed responsibility.",
    "Islamic State Khorasan Province (ISIS-K) said it carried out the attack.",
    "Islamic State Khorasan Province (ISIS-K) took responsibility for the bombing.",
    "Islamic State Khorasan Province (ISIS-K) claimed the attack.",
    "Responsibility was claimed by Islamic State Khorasan Province (ISIS-K).",
  ])("%s", (text) => {
    expect(responsibilityIn(text).map(([attribution, actor]) => [attribution, actor])).toEqual([["SELF_CLAIMED", "Islamic State Khorasan Province (ISIS-K)"]]);
  });

  it("finds no claim where nobody claimed", () => {
    expect(responsibilityIn("No group has claimed responsibility for the attack.")).toEqual([]);
    expect(responsibilityIn("No group has yet claimed responsibility.")).toEqual([]);
    expect(responsibilityIn("The Northern Dawn Brigades have not claimed responsibility.")).toEqual([]);
    expect(responsibilityIn("The bombing claimed the lives of 40 people.")).toEqual([]);
  });

  it("gives each group of a joint claim its own claim", () => {
    expect(responsibilityIn("Two groups, the Northern Front and the Free Army, jointly claimed the attack on Telegram.")).toEqual([
      ["SELF_CLAIMED", "Northern Front", "Telegram", "Northern Front"],
      ["SELF_CLAIMED", "Free Army", "Telegram", "Free Army"],
    ]);
    expect(responsibilityIn("The Northern Front and the Free Army claimed responsibility.")).toEqual([
      ["SELF_CLAIMED", "Northern Front", null, "Northern Front"],
      ["SELF_CLAIMED", "Free Army", null, "Free Army"],
    ]);
    expect(responsibilityIn("The Northern Front, the Free Army and the Red Ridge Movement claimed responsibility.").map(([, actor]) => actor)).toEqual([
      "Northern Front",
      "Free Army",
      "Red Ridge Movement",
    ]);
    expect(responsibilityIn("The Northern Front and the Red Ridge Movement both denied any involvement.")).toEqual([
      ["DENIED", "Northern Front", null, "Northern Front"],
      ["DENIED", "Red Ridge Movement", null, "Red Ridge Movement"],
    ]);
    expect(responsibilityIn("Officials said the Northern Front and the Red Ridge Movement were behind the attack.")).toEqual([
      ["OFFICIAL", "Northern Front", null, "Officials"],
      ["OFFICIAL", "Red Ridge Movement", null, "Officials"],
    ]);
  });

  it("gives each name of a list after the verb its own statement", () => {
    expect(responsibilityIn("Officials blamed the Northern Front and the Free Army for the attack.")).toEqual([
      ["OFFICIAL", "Northern Front", null, "Officials"],
      ["OFFICIAL", "Free Army", null, "Officials"],
    ]);
    expect(responsibilityIn("The attack was claimed by the Northern Front and the Free Army.")).toEqual([
      ["SELF_CLAIMED", "Northern Front", null, "Northern Front"],
      ["SELF_CLAIMED", "Free Army", null, "Free Army"],
    ]);
    expect(responsibilityIn("Responsibility was claimed by the Northern Front, the Free Army and the Red Ridge Movement on Telegram.")).toEqual([
      ["SELF_CLAIMED", "Northern Front", "Telegram", "Northern Front"],
      ["SELF_CLAIMED", "Free Army", "Telegram", "Free Army"],
      ["SELF_CLAIMED", "Red Ridge Movement", "Telegram", "Red Ridge Movement"],
    ]);
    expect(responsibilityIn("Police accused the Northern Front and the Free Army of the attack.").map(([, actor]) => actor)).toEqual(["Northern Front", "Free Army"]);
    expect(responsibilityIn("The attack was carried out by the Northern Front and the Free Army, officials said.").map(([, actor]) => actor)).toEqual([
      "Northern Front",
      "Free Army",
    ]);
  });

  it("reads a list after the verb only where it plainly ends", () => {
    // "and the Free Army said ..." starts another clause: the Free Army is not blamed.
    expect(responsibilityIn("Officials blamed the Northern Front and the Free Army said nothing.")).toEqual([["OFFICIAL", "Northern Front", null, "Officials"]]);
    expect(responsibilityIn("Officials blamed the Northern Front, Ilse Marek said.")).toEqual([["OFFICIAL", "Northern Front", null, "Officials"]]);
  });

  it("reads a list only where it opens its clause, and a list set off by commas only after 'groups'", () => {
    expect(responsibilityIn("Police arrested Ivan Petrov and the Free Army claimed responsibility.")).toEqual([["SELF_CLAIMED", "Free Army", null, "Free Army"]]);
    expect(responsibilityIn("In Valdora, the Northern Front and the Free Army, claimed responsibility.")).toEqual([]);
  });

  it("reads 'on Telegram' after 'the attack' as the channel, and 'on the market' as the target", () => {
    expect(responsibilityIn("The Northern Front claimed the attack on Telegram.")).toEqual([["SELF_CLAIMED", "Northern Front", "Telegram", "Northern Front"]]);
    expect(responsibilityIn("The Northern Front claimed the attack on the market.")).toEqual([["SELF_CLAIMED", "Northern Front", null, "Northern Front"]]);
  });

  it("does not take a claim by officials saying 'it' for a group's own claim", () => {
    expect(responsibilityIn("The Interior Ministry said it carried out the raid.")).toEqual([]);
  });
});

describe("responsibility: attributions by officials and media", () => {
  it.each([
    ["Russian officials blamed Ukraine.", ["OFFICIAL", "Ukraine", null, "Russian officials"]],
    ["The FSB said the attackers had links to Ukraine.", ["OFFICIAL", "Ukraine", null, "FSB"]],
    ["President Putin said that Ukrainian radicals were behind the attack.", ["OFFICIAL", "Ukrainian radicals", null, "President Putin"]],
    ["US media reported that ISIS-K was behind the attack.", ["MEDIA", "ISIS-K", null, "US media"]],
    ["According to The New York Times, US officials believe ISIS-K was behind the attack.", ["OFFICIAL", "ISIS-K", null, "The New York Times"]],
    ["The Valdora Courier reported that the Northern Dawn Brigades were behind the attack.", ["MEDIA", "Northern Dawn Brigades", null, "Valdora Courier"]],
    ["The interior minister accused the Red Ridge Movement of organising the attack.", ["OFFICIAL", "Red Ridge Movement", null, "interior minister"]],
    ["Ministry investigators have established that the attack was organised by the Northern Dawn Brigades.", ["OFFICIAL", "Northern Dawn Brigades", null, "Ministry investigators"]],
    ["The Northern Dawn Brigades carried out the attack, the ministry said.", ["OFFICIAL", "Northern Dawn Brigades", null, "ministry"]],
    ["Moscow blamed the attack on Kyiv.", ["OFFICIAL", "Kyiv", null, "Moscow"]],
    ["It has been widely reported the attack was the work of the Northern Dawn Brigades.", ["MEDIA", "Northern Dawn Brigades", null, null]],
    ["The Red Ridge Movement was reportedly behind the attack.", ["MEDIA", "Red Ridge Movement", null, null]],
  ])("%s", (text, statement) => {
    expect(responsibilityIn(text)).toEqual([statement]);
  });

  it("needs someone to say it: a bare assertion of the report is not suggested", () => {
    expect(responsibilityIn("The Northern Dawn Brigades carried out the attack.")).toEqual([]);
  });

  it("does not read a negated or questioned attribution as one", () => {
    expect(responsibilityIn("Police said there was no evidence that the Red Ridge Movement was behind the attack.")).toEqual([]);
    expect(responsibilityIn("It is unclear whether the Northern Dawn Brigades were behind the attack.")).toEqual([]);
    expect(responsibilityIn("Who is behind the Riverside Market attack?")).toEqual([]);
  });

  it("reads 'behind' and 'responsible' only of the attack", () => {
    expect(responsibilityIn("The Riverside Market is behind the station, police said.")).toEqual([]);
    expect(responsibilityIn("The Valdora Council is responsible for the market's upkeep, officials said.")).toEqual([]);
    expect(responsibilityIn("The Red Ridge Movement is suspected of smuggling weapons, police said.")).toEqual([]);
    expect(responsibilityIn("Police said the Red Ridge Movement was responsible.")).toEqual([["OFFICIAL", "Red Ridge Movement", null, "Police"]]);
  });

  it("does not take past attacks for this one", () => {
    expect(responsibilityIn("The Northern Dawn Brigades have carried out 14 attacks since 2023, police said.")).toEqual([]);
  });
});

describe("responsibility: denials", () => {
  it.each([
    ["Kyiv denied any involvement.", "Kyiv"],
    ["Ukraine denied it had anything to do with the attack.", "Ukraine"],
    ["The Red Ridge Movement flatly denied involvement.", "Red Ridge Movement"],
    ["The Red Ridge Movement rejected the accusations.", "Red Ridge Movement"],
    ["Hours later, the Red Ridge Movement issued a statement, denying any role in the attack.", "Red Ridge Movement"],
  ])("%s", (text, actor) => {
    expect(responsibilityIn(text)).toEqual([["DENIED", actor, null, actor]]);
  });

  it("keeps a denial and an attribution in one sentence apart", () => {
    expect(responsibilityIn("Kyiv denied any involvement, but Moscow blamed Ukraine.")).toEqual([
      ["DENIED", "Kyiv", null, "Kyiv"],
      ["OFFICIAL", "Ukraine", null, "Moscow"],
    ]);
  });

  it("reads no denial of something else", () => {
    expect(responsibilityIn("The ministry denied that 100 people had died.")).toEqual([]);
  });
});

describe("responsibility: suspicions", () => {
  it.each([
    ["The Northern Dawn Brigades are suspected of carrying out the attack.", "Northern Dawn Brigades"],
    ["The Red Ridge Movement is believed to be behind the bombing.", "Red Ridge Movement"],
    ["Analysts believe the Red Ridge Movement was behind the bombing.", "Red Ridge Movement"],
  ])("%s", (text, actor) => {
    expect(responsibilityIn(text).map(([attribution, name]) => [attribution, name])).toEqual([["SUSPECTED", actor]]);
  });
});

describe("responsibility: pronouns", () => {
  it("reads 'it' as the one group named just before in the paragraph, and says so", () => {
    const text = "The Northern Dawn Brigades operate in the hills. It claimed responsibility through its Dawn Signal channel.";
    expect(responsibilityIn(text)).toEqual([["SELF_CLAIMED", "Northern Dawn Brigades", "its Dawn Signal channel", "Northern Dawn Brigades"]]);
    const [suggestion] = extractClaims({ text });
    expect(suggestion?.match.text).toBe("It claimed responsibility");
    expect(suggestion?.reason).toBe(
      "Claim of responsibility: “It claimed responsibility” (Northern Dawn Brigades, through its Dawn Signal channel; “It” read as Northern Dawn Brigades, the group named just before)",
    );
  });

  it("reads 'the group' the same way", () => {
    expect(responsibilityIn("The Red Ridge Movement held a rally on Saturday. The group denied any involvement.")).toEqual([
      ["DENIED", "Red Ridge Movement", null, "Red Ridge Movement"],
    ]);
  });

  it("suggests nothing when the pronoun could mean two groups", () => {
    expect(responsibilityIn("The Northern Dawn Brigades and the Red Ridge Movement are both active there. It denied any involvement.")).toEqual([]);
  });

  it("suggests nothing when no group was named in the paragraph", () => {
    expect(responsibilityIn("They denied any involvement.")).toEqual([]);
    expect(responsibilityIn("The Northern Dawn Brigades operate in the hills.\n\nIt claimed responsibility.")).toEqual([]);
    expect(responsibilityIn("Ukraine has a long border. It denied any involvement.")).toEqual([]);
  });

  it("never gives a pronoun as the actor", () => {
    const texts = ["It claimed responsibility.", "They said it carried out the attack.", "Police blamed it on them.", "They were behind the attack, police said."];
    for (const text of texts) expect(responsibilityIn(text)).toEqual([]);
  });
});
