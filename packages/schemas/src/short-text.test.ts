import { describe, expect, it } from "vitest";
import { capitalise, countOf, nameKey, shortText, speakerName } from "./short-text";

describe("text helpers", () => {
  it("cuts long text with an ellipsis", () => {
    expect(shortText("Attack on Crocus City Hall", 10)).toBe("Attack on…");
    expect(shortText("Short", 10)).toBe("Short");
  });

  it("says a count with its noun", () => {
    expect(countOf(1, "source", "sources")).toBe("1 source");
    expect(countOf(0, "source", "sources")).toBe("0 sources");
    expect(countOf(1200, "source", "sources")).toBe("1,200 sources");
  });

  it("compares names whatever their case and spacing", () => {
    expect(nameKey("  Islamic   State ")).toBe(nameKey("islamic state"));
    expect(nameKey(null)).toBe("");
  });

  it("capitalises the first letter only", () => {
    expect(capitalise("at least 133 killed")).toBe("At least 133 killed");
    expect(capitalise("")).toBe("");
  });
});

describe("speakerName: a claimant as a sentence names it", () => {
  it.each([
    ["Interior Ministry", "the Interior Ministry"],
    ["Investigative Committee of the Russian Federation", "the Investigative Committee of the Russian Federation"],
    ["Valdora Health Department", "the Valdora Health Department"],
    ["Kremlin", "the Kremlin"],
    ["the Interior Ministry", "the Interior Ministry"],
    ["Russian authorities", "Russian authorities"],
    ["Reuters", "Reuters"],
    ["Andrei Vorobyov, the governor of Moscow region", "Andrei Vorobyov, the governor of Moscow region"],
    ["police", "police"],
    ["ministry", "the ministry"],
    ["Russia's Investigative Committee", "Russia's Investigative Committee"],
    ["Police and the Health Ministry", "Police and the Health Ministry"],
    ["Interior Ministry and Health Ministry", "the Interior Ministry and the Health Ministry"],
    ["  Interior   Ministry ", "the Interior Ministry"],
  ])("%s → %s", (claimant, words) => {
    expect(speakerName(claimant)).toBe(words);
  });

});
