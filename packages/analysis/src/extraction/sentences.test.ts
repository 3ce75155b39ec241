import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("gives offsets into the original text", () => {
    const text = "  At least 40 people were killed.  Police said so!\n\n  Then, the toll rose?  ";
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["At least 40 people were killed.", "Police said so!", "Then, the toll rose?"]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences[0]).toMatchObject({ start: 2, end: 33, paragraph: 0 });
  });

  it("keeps titles, initials and dotted abbreviations inside their sentence", () => {
    expect(texts("Mr. Ruiz met Dr. Lee and Gen. Marr at St. Anne's. John F. Kennedy Jr. was not there.")).toEqual([
      "Mr. Ruiz met Dr. Lee and Gen. Marr at St. Anne's.",
      "John F. Kennedy Jr. was not there.",
    ]);
    expect(texts("The U.S. Embassy and the U.N. agency helped. The blast came at 8 a.m. on Sunday. Approx. 40 people were there.")).toEqual([
      "The U.S. Embassy and the U.N. agency helped.",
      "The blast came at 8 a.m. on Sunday.",
      "Approx. 40 people were there.",
    ]);
  });

  it("ends a sentence after an abbreviation when a new sentence plainly starts", () => {
    expect(texts("The team flew in from the U.S. The next day it left. It began at 8 a.m. Police arrived later.")).toEqual([
      "The team flew in from the U.S.",
      "The next day it left.",
      "It began at 8 a.m.",
      "Police arrived later.",
    ]);
  });

  it("counts paragraphs: blank lines and line breaks both end one", () => {
    const sentences = splitSentences("First one. Second one.\n\n\nThird one.\r\nFourth one\nFifth one.");
    expect(sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual([
      ["First one.", 0],
      ["Second one.", 0],
      ["Third one.", 1],
      ["Fourth one", 2],
      ["Fifth one.", 3],
    ]);
  });

  it("joins a hard-wrapped line that goes on in lower case", () => {
    const text = "At least 40 people were\nkilled on Sunday. Police said\nthe toll would rise.";
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["At least 40 people were\nkilled on Sunday.", "Police said\nthe toll would rise."]);
    expect(sentences.every((sentence) => sentence.paragraph === 0)).toBe(true);
  });

  it("keeps a live blog's timestamp with its update", () => {
    expect(texts("14:05 — Reports of a blast. Smoke is rising.\n14:12 — Police seal off the area.")).toEqual([
      "14:05 — Reports of a blast.",
      "Smoke is rising.",
      "14:12 — Police seal off the area.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(texts("“We are shocked,” said Mayor Ana Ruiz. “It is awful.” She left.")).toEqual([
      "“We are shocked,” said Mayor Ana Ruiz.",
      "“It is awful.”",
      "She left.",
    ]);
  });

  it("splits a long paragraph the same way, with exact offsets", () => {
    const sentence = "At least 40 people were killed in the attack on the market, police said. ";
    const text = `Intro. ${sentence.repeat(80)}Mr. Ruiz agreed.`;
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(82);
    expect(sentences.at(-1)?.text).toBe("Mr. Ruiz agreed.");
    for (const found of sentences) expect(text.slice(found.start, found.end)).toBe(found.text);
  });

  it("has nothing to say about empty text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t ")).toEqual([]);
  });
});
