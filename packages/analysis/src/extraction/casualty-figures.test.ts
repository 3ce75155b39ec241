import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { figuresIn, summaries } from "./test-support";

// Each figure as [metric, population, qualifier, min, max, reportedAs].

describe("casualty figures: the phrasings reports use", () => {
  it.each([
    ["At least 133 people were killed.", ["KILLED", "ALL", "AT_LEAST", 133, null, "at least 133"]],
    ["The death toll rose to 115.", ["KILLED", "ALL", "EXACT", 115, 115, "115"]],
    ["More than 100 injured.", ["INJURED", "ALL", "AT_LEAST", 101, null, "more than 100"]],
    ["Between 40 and 60 were killed.", ["KILLED", "ALL", "RANGE", 40, 60, "between 40 and 60"]],
    ["Sixty people died.", ["KILLED", "ALL", "EXACT", 60, 60, "sixty"]],
    ["Scores were injured.", ["INJURED", "ALL", "AT_LEAST", 40, null, "scores"]],
    ["Dozens of people were hurt.", ["INJURED", "ALL", "AT_LEAST", 24, null, "dozens"]],
    ["Officials said 133 dead.", ["KILLED", "ALL", "EXACT", 133, 133, "133"]],
    ["The blast left 22 dead.", ["KILLED", "ALL", "EXACT", 22, 22, "22"]],
    ["At least 30 people were left dead after the blast.", ["KILLED", "ALL", "AT_LEAST", 30, null, "at least 30"]],
    ["The number of dead reached 139.", ["KILLED", "ALL", "EXACT", 139, 139, "139"]],
    ["Seven people remain missing.", ["MISSING", "ALL", "EXACT", 7, 7, "seven"]],
    ["Nine people are unaccounted for.", ["MISSING", "ALL", "EXACT", 9, 9, "nine"]],
    ["The gunmen wounded 180.", ["INJURED", "ALL", "EXACT", 180, 180, "180"]],
    ["A hundred and five people lost their lives.", ["KILLED", "ALL", "EXACT", 105, 105, "a hundred and five"]],
    ["Twenty-one people were hospitalised.", ["INJURED", "ALL", "EXACT", 21, 21, "twenty-one"]],
    ["Two hundred people were wounded.", ["INJURED", "ALL", "EXACT", 200, 200, "two hundred"]],
    ["One hundred and thirty-three people died.", ["KILLED", "ALL", "EXACT", 133, 133, "one hundred and thirty-three"]],
    ["Some 1,500 people were detained.", ["DETAINED", "ALL", "APPROXIMATELY", 1500, null, "some 1,500"]],
    ["Three people are in custody.", ["DETAINED", "ALL", "EXACT", 3, 3, "three"]],
    ["Police arrested 11 suspects.", ["DETAINED", "ALL", "EXACT", 11, 11, "11"]],
    ["The bombing claimed the lives of 40 people.", ["KILLED", "ALL", "EXACT", 40, 40, "40"]],
    ["The death toll has risen to at least 61.", ["KILLED", "ALL", "AT_LEAST", 61, null, "at least 61"]],
    ["The death toll stands at 52.", ["KILLED", "ALL", "EXACT", 52, 52, "52"]],
    ["The toll climbed to 70 on Monday.", ["KILLED", "ALL", "EXACT", 70, 70, "70"]],
    ["The death toll rose from 40 to 61.", ["KILLED", "ALL", "EXACT", 61, 61, "61"]],
    ["The number of injured rose to 200.", ["INJURED", "ALL", "EXACT", 200, 200, "200"]],
    ["Forty people are feared dead.", ["KILLED", "ALL", "EXACT", 40, 40, "forty"]],
    ["No one was hurt.", ["INJURED", "ALL", "EXACT", 0, 0, "no one"]],
    ["Rescuers recovered at least ten bodies.", ["KILLED", "ALL", "AT_LEAST", 10, null, "at least ten"]],
    ["Three of the attackers were caught near the border.", ["DETAINED", "ATTACKERS", "EXACT", 3, 3, "three"]],
    ["The ministry raised its count of the injured to 170.", ["INJURED", "ALL", "EXACT", 170, 170, "170"]],
    ["Up to 20 people may have been killed.", ["KILLED", "ALL", "AT_MOST", null, 20, "up to 20"]],
    ["The death toll from Sunday's attack on the Riverside Market now stands at 74.", ["KILLED", "ALL", "EXACT", 74, 74, "74"]],
    ["Dr Anton Bello said 212 people had been treated for injuries.", ["INJURED", "ALL", "EXACT", 212, 212, "212"]],
    ["The injured numbered more than 200.", ["INJURED", "ALL", "AT_LEAST", 201, null, "more than 200"]],
    ["Among the dead were nine children.", ["KILLED", "OTHER", "EXACT", 9, 9, "nine"]],
    ["Among those arrested were two gunmen.", ["DETAINED", "ATTACKERS", "EXACT", 2, 2, "two"]],
    ["MARKET ATTACK: TOLL RISES TO 74, 1,200 EVACUATED", ["KILLED", "ALL", "EXACT", 74, 74, "74"]],
    ["The toll now stands at 74, down from the 81 announced on Sunday.", ["KILLED", "ALL", "EXACT", 74, 74, "74"]],
  ])("%s", (text, figure) => {
    expect(figuresIn(text)).toEqual([figure]);
  });

  it("finds two figures in one sentence", () => {
    expect(figuresIn("Gunmen opened fire, killing 60 people and injuring 145.")).toEqual([
      ["KILLED", "ALL", "EXACT", 60, 60, "60"],
      ["INJURED", "ALL", "EXACT", 145, 145, "145"],
    ]);
    expect(figuresIn("At least 40 people were killed and more than 100 wounded.")).toEqual([
      ["KILLED", "ALL", "AT_LEAST", 40, null, "at least 40"],
      ["INJURED", "ALL", "AT_LEAST", 101, null, "more than 100"],
    ]);
    expect(figuresIn("Five people were killed and 100 others were hurt.")).toEqual([
      ["KILLED", "ALL", "EXACT", 5, 5, "five"],
      ["INJURED", "ALL", "EXACT", 100, 100, "100"],
    ]);
  });

  it("reads each group of 'among the dead were ...', and nothing from a bare figure after it", () => {
    expect(figuresIn("Among the dead were 9 children and 3 police officers.")).toEqual([
      ["KILLED", "OTHER", "EXACT", 9, 9, "9"],
      ["KILLED", "SECURITY_FORCES", "EXACT", 3, 3, "3"],
    ]);
    expect(figuresIn("Among the dead were 12 from the same street.")).toEqual([]);
  });

  it.each([
    ["12 of the dead were children.", ["KILLED", "OTHER", "EXACT", 12, 12, "12"]],
    ["Nine of those killed were police officers.", ["KILLED", "SECURITY_FORCES", "EXACT", 9, 9, "nine"]],
    ["Three of the dead were civilians, the ministry said.", ["KILLED", "CIVILIANS", "EXACT", 3, 3, "three"]],
    ["Two of the injured were soldiers.", ["INJURED", "SECURITY_FORCES", "EXACT", 2, 2, "two"]],
    ["Among the injured were 30 children.", ["INJURED", "OTHER", "EXACT", 30, 30, "30"]],
  ])("%s counts the people named among the dead or injured", (text, figure) => {
    expect(figuresIn(text)).toEqual([figure]);
  });

  it("reads no figure from a part of the dead that names no people", () => {
    expect(figuresIn("12 of the dead were from Valdora.")).toEqual([]);
    expect(summaries("12 of the dead were from Valdora.").map((summary) => summary.kind)).toEqual(["STATEMENT"]);
  });

  it("reads a range written high first as the same range, keeping the report's words", () => {
    expect(figuresIn("Between 60 and 40 people were injured.")).toEqual([["INJURED", "ALL", "RANGE", 40, 60, "between 60 and 40"]]);
  });

  it.each([
    "The figure corrects the 81 deaths announced by the provincial health office.",
    "The governor revised the figure, down from 81 deaths.",
    "An earlier toll of 81 was wrong, officials said.",
    "Ms Marek said the earlier figure of 81 had been wrong because several victims were counted twice.",
  ])("%s gives no suggestion: a corrected figure is claimed by no one now", (text) => {
    expect(summaries(text)).toEqual([]);
  });

  it("counts those detained, not the gunmen among them", () => {
    expect(figuresIn("11 people were detained, including the four gunmen.")).toEqual([["DETAINED", "ALL", "EXACT", 11, 11, "11"]]);
    expect(figuresIn("At least 40 people were killed, among them four children.")).toEqual([["KILLED", "ALL", "AT_LEAST", 40, null, "at least 40"]]);
  });

  it("reads what the attackers did as what befell others", () => {
    expect(figuresIn("Four gunmen killed 40 people.")).toEqual([["KILLED", "ALL", "EXACT", 40, 40, "40"]]);
  });

  it("does not record one figure for two metrics", () => {
    expect(figuresIn("Forty people were killed or injured.")).toEqual([]);
    expect(figuresIn("The blast killed or wounded 40 people.")).toEqual([]);
  });
});

describe("a group among the dead is never the whole toll", () => {
  it("counts a group with no population of its own as OTHER, not ALL", () => {
    expect(figuresIn("12 of the dead were women.")).toEqual([["KILLED", "OTHER", "EXACT", 12, 12, "12"]]);
    expect(figuresIn("Among the dead were nine women.")).toEqual([["KILLED", "OTHER", "EXACT", 9, 9, "nine"]]);
  });
});

describe("casualty figures after a date or a year", () => {
  it("reads the figure, not a telephone number, when a day or a year comes just before it", () => {
    expect(figuresIn("By March 22 137 people had been killed.")).toEqual([["KILLED", "ALL", "EXACT", 137, 137, "137"]]);
    expect(figuresIn("In 2024 40 people were killed.")).toEqual([["KILLED", "ALL", "EXACT", 40, 40, "40"]]);
  });
});

describe("casualty figures: qualifiers and bounds", () => {
  it.each([
    ["at least 40", "AT_LEAST", 40, null],
    ["no fewer than 40", "AT_LEAST", 40, null],
    // "More than" and "over" leave their own number out.
    ["more than 40", "AT_LEAST", 41, null],
    ["over 40", "AT_LEAST", 41, null],
    ["40 or more", "AT_LEAST", 40, null],
    ["up to 40", "AT_MOST", null, 40],
    ["at most 40", "AT_MOST", null, 40],
    ["no more than 40", "AT_MOST", null, 40],
    ["fewer than 40", "AT_MOST", null, 39],
    ["less than 40", "AT_MOST", null, 39],
    ["about 40", "APPROXIMATELY", 40, null],
    ["around 40", "APPROXIMATELY", 40, null],
    ["approximately 40", "APPROXIMATELY", 40, null],
    ["some 40", "APPROXIMATELY", 40, null],
    ["roughly 40", "APPROXIMATELY", 40, null],
    ["an estimated 40", "APPROXIMATELY", 40, null],
    ["nearly 40", "APPROXIMATELY", 40, null],
    ["40 or so", "APPROXIMATELY", 40, null],
    ["about 40 to 50", "APPROXIMATELY", 40, 50],
    ["between 40 and 60", "RANGE", 40, 60],
    ["40 to 60", "RANGE", 40, 60],
    ["40-60", "RANGE", 40, 60],
    ["40–60", "RANGE", 40, 60],
    ["two or three", "RANGE", 2, 3],
    ["40", "EXACT", 40, 40],
  ])("%s people were killed", (words, qualifier, min, max) => {
    expect(figuresIn(`Police said ${words} people were killed.`)).toEqual([["KILLED", "ALL", qualifier, min, max, words]]);
  });
});

describe("casualty figures: vague quantities, recorded as stated with their conservative bound", () => {
  it.each([
    ["Dozens", "AT_LEAST", 24],
    ["Scores", "AT_LEAST", 40],
    ["Hundreds", "AT_LEAST", 200],
    ["Thousands", "AT_LEAST", 2000],
    ["Tens of thousands", "AT_LEAST", 20000],
    ["A dozen", "APPROXIMATELY", 12],
    ["More than a dozen", "AT_LEAST", 13],
  ])("%s of people were hurt", (words, qualifier, min) => {
    const text = `${words} ${words.endsWith("dozen") ? "" : "of "}people were hurt.`.replace("  ", " ");
    expect(figuresIn(text)).toEqual([["INJURED", "ALL", qualifier, min, null, words.toLowerCase()]]);
  });

  it("reads 'tens' only as 'tens of'", () => {
    expect(figuresIn("Tens of people were detained.")).toEqual([["DETAINED", "ALL", "AT_LEAST", 20, null, "tens"]]);
  });
});

describe("casualty figures: who was counted", () => {
  it.each([
    ["40 civilians were killed.", "CIVILIANS"],
    ["Three gunmen were killed.", "ATTACKERS"],
    ["Two of the attackers were shot dead.", "ATTACKERS"],
    ["Four militants were detained.", "ATTACKERS"],
    ["Three police officers were wounded.", "SECURITY_FORCES"],
    ["Five soldiers were killed.", "SECURITY_FORCES"],
    ["Two members of the security forces were hurt.", "SECURITY_FORCES"],
    ["Four children were killed.", "OTHER"],
    ["Forty people were killed.", "ALL"],
    ["Forty shoppers were killed.", "ALL"],
    ["Twelve Americans were wounded.", "ALL"],
    ["The civilian death toll rose to 52.", "CIVILIANS"],
  ])("%s", (text, population) => {
    expect(figuresIn(text).map((figure) => figure[1])).toEqual([population]);
  });
});

describe("casualty figures: numbers that count no casualties", () => {
  it.each([
    "The attack happened on 22 March 2024.",
    "In 2024 the hall reopened and 40 people were hired.",
    "Gunmen stormed the hall at 8 pm and fired for 20 minutes.",
    "The siege ended at 20:00.",
    "A 15-year-old boy and a man aged 19 were among those killed.",
    "The fire spread to the second floor.",
    "The government pledged $2 million for the 40 families.",
    "Turnout fell by 20 per cent.",
    "The hall seats about 6,200 people.",
    "Four gunmen arrived in three vehicles.",
    "Gate 4 was closed after the blast.",
    "Forty of the injured are in a serious condition.",
    "The death toll is expected to rise to 100.",
    "Were 40 people killed? Nobody knows yet.",
    "Police are looking for four men aged between 20 and 35.",
    "Two officers caught the gunmen.",
  ])("%s", (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  it("says why in the reason, with the figure in words", () => {
    const [suggestion] = extractClaims({ text: "At least 133 people were killed, police said." });
    expect(suggestion?.reason).toBe("Casualty figure: “At least 133 people were killed” (at least 133 killed)");
    expect(suggestion?.match).toEqual({ text: "At least 133 people were killed", start: 0, end: 31 });
    expect(summaries("Scores were injured.")[0]?.casualty?.reportedAs).toBe("scores");
    expect(extractClaims({ text: "Scores were injured." })[0]?.reason).toBe("Casualty figure: “Scores were injured” (scores injured (at least 40))");
  });
});

describe("an hour is not a toll", () => {
  it("still reads a toll that stands at a small number", () => {
    expect(figuresIn("The death toll stood at 12.")).toEqual([["KILLED", "ALL", "EXACT", 12, 12, "12"]]);
  });
});

describe("a figure denied or doubted in its clause is no claim", () => {
  it.each([
    "None of the 12 hostages were injured.",
    "Moscow denied reports that 60 people had been killed.",
    "Police found no evidence that 30 people were killed.",
    "It was unclear whether 40 people had died.",
    "Officials did not confirm that 25 people were wounded.",
  ])("%s", (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  it.each([
    ["It was not clear how many people were killed, but at least 12 were injured.", [["INJURED", "ALL", "AT_LEAST", 12, null, "at least 12"]]],
    ["Ukraine denied any involvement and officials said 60 people were killed.", [["KILLED", "ALL", "EXACT", 60, 60, "60"]]],
    ["No fewer than 40 people were killed.", [["KILLED", "ALL", "AT_LEAST", 40, null, "no fewer than 40"]]],
  ])("keeps the figure of another clause: %s", (text, figures) => {
    expect(figuresIn(text)).toEqual(figures);
  });
});
