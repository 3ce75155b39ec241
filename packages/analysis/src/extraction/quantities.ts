import type { FigureQualifier } from "@claimdesk/schemas";
import { readNumber, type NumberReading } from "./number-words";
import { isHyphen, phraseAt, phraseTable, touching, type Token } from "./tokens";

// A quantity as stated, with its qualifier and bounds: "at least 133", "between 40 and 60", "about 60",
// "scores" (recorded at its conservative bound), "60 or more".

export interface Quantity {
  qualifier: FigureQualifier;
  min: number | null;
  max: number | null;
  /** Tokens [from, to) of the whole phrase, qualifier included. */
  from: number;
  to: number;
  /** Tokens of the number itself (the first number of a range). */
  numberFrom: number;
  numberTo: number;
  /** A vague quantity ("dozens", "scores"), recorded at its conservative bound. */
  vague: boolean;
  /** The words "no one" / "nobody": a count of zero. */
  zero: boolean;
  /** Written in digits (or contains digits). */
  digits: boolean;
}

type Prefix = FigureQualifier | "BETWEEN";

const PREFIXES = phraseTable<Prefix>({
  "at least": "AT_LEAST",
  "no fewer than": "AT_LEAST",
  "not fewer than": "AT_LEAST",
  "no less than": "AT_LEAST",
  "not less than": "AT_LEAST",
  "more than": "AT_LEAST",
  over: "AT_LEAST",
  "well over": "AT_LEAST",
  "just over": "AT_LEAST",
  "upwards of": "AT_LEAST",
  "in excess of": "AT_LEAST",
  "a minimum of": "AT_LEAST",
  "up to": "AT_MOST",
  "at most": "AT_MOST",
  "no more than": "AT_MOST",
  "not more than": "AT_MOST",
  "as many as": "AT_MOST",
  "fewer than": "AT_MOST",
  "less than": "AT_MOST",
  "a maximum of": "AT_MOST",
  about: "APPROXIMATELY",
  around: "APPROXIMATELY",
  approximately: "APPROXIMATELY",
  "approx .": "APPROXIMATELY",
  some: "APPROXIMATELY",
  roughly: "APPROXIMATELY",
  "an estimated": "APPROXIMATELY",
  estimated: "APPROXIMATELY",
  nearly: "APPROXIMATELY",
  almost: "APPROXIMATELY",
  "close to": "APPROXIMATELY",
  "just under": "APPROXIMATELY",
  circa: "APPROXIMATELY",
  between: "BETWEEN",
});

/**
 * Prefixes that leave their own number out: "more than 100" is at least 101 and "fewer than 10" at most 9, so
 * the recorded bound says no more than the report did (the figure's words keep "more than 100" for print).
 */
const EXCLUSIVE_PREFIXES = new Set(["more than", "over", "well over", "just over", "in excess of", "fewer than", "less than"]);

/** Vague quantities and the bound each is recorded at: "dozens" are at least two dozen. */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, tens: 20 };

export interface QuantityOptions {
  /** Accept "no one" and "nobody" as zero. */
  zero?: boolean;
}

export function readQuantity(tokens: readonly Token[], at: number, options: QuantityOptions = {}): Quantity | undefined {
  const prefix = phraseAt(tokens, at, PREFIXES);
  const numberAt = at + (prefix?.length ?? 0);
  if (options.zero && !prefix) {
    const zero = tokens[at]?.lower === "nobody" ? 1 : tokens[at]?.lower === "no" && tokens[at + 1]?.lower === "one" ? 2 : 0;
    if (zero > 0) return { qualifier: "EXACT", min: 0, max: 0, from: at, to: at + zero, numberFrom: at, numberTo: at + zero, vague: false, zero: true, digits: false };
  }
  const vague = readVague(tokens, numberAt);
  if (vague) {
    // "more than dozens" says no more than "dozens"; any other qualifier of a vague word is left out of it.
    const from = prefix?.value === "AT_LEAST" ? at : numberAt;
    return { qualifier: "AT_LEAST", min: vague.value, max: null, from, to: vague.to, numberFrom: numberAt, numberTo: vague.to, vague: true, zero: false, digits: false };
  }
  const first = readNumber(tokens, numberAt);
  if (!first) return undefined;
  const digits = tokens[numberAt]?.kind === "number";
  // Built field by field: this runs for every token of a long paste, and object spreads are slow there.
  const make = (qualifier: FigureQualifier, min: number | null, max: number | null, from: number, to: number): Quantity => ({
    qualifier, min, max, from, to, numberFrom: first.from, numberTo: first.to, vague: false, zero: false, digits,
  });

  if (prefix?.value === "BETWEEN") {
    const second = tokens[first.to]?.lower === "and" ? readNumber(tokens, first.to + 1) : undefined;
    if (!second || second.value === first.value) return undefined;
    // "between 60 and 40" is the same range written high first; the figure's words keep the report's order.
    return make("RANGE", Math.min(first.value, second.value), Math.max(first.value, second.value), at, second.to);
  }
  const suffix = readSuffix(tokens, first.to);
  if (suffix && !prefix) return make(suffix.qualifier, first.value, null, at, suffix.to);
  const second = readRangeEnd(tokens, first);
  if (second) {
    const approximate = prefix?.value === "APPROXIMATELY";
    return make(approximate ? "APPROXIMATELY" : "RANGE", first.value, second.value, approximate ? at : numberAt, second.to);
  }
  const qualifier: FigureQualifier = prefix ? (prefix.value as FigureQualifier) : first.approximate ? "APPROXIMATELY" : "EXACT";
  const exclusive = prefix !== undefined && EXCLUSIVE_PREFIXES.has(tokens.slice(at, numberAt).map((token) => token.lower).join(" "));
  switch (qualifier) {
    case "AT_MOST":
      return make(qualifier, null, exclusive ? Math.max(0, first.value - 1) : first.value, at, first.to);
    case "EXACT":
      return make(qualifier, first.value, first.value, at, first.to);
    case "AT_LEAST":
      return make(qualifier, exclusive ? first.value + 1 : first.value, null, at, first.to);
    default:
      return make(qualifier, first.value, null, at, first.to);
  }
}

function readVague(tokens: readonly Token[], at: number): { value: number; to: number } | undefined {
  const word = tokens[at]?.lower;
  if (word === undefined || !Object.hasOwn(VAGUE, word)) return undefined;
  // "tens" alone is rarely a quantity; "tens of ..." is.
  if (word === "tens" && tokens[at + 1]?.lower !== "of") return undefined;
  // "tens of thousands", "hundreds of thousands".
  if ((word === "tens" || word === "hundreds") && tokens[at + 1]?.lower === "of" && tokens[at + 2]?.lower === "thousands") {
    return { value: VAGUE[word]! * 1000, to: at + 3 };
  }
  return { value: VAGUE[word]!, to: at + 1 };
}

/** "60 or more", "60 or so", "100-plus", "100+". */
function readSuffix(tokens: readonly Token[], at: number): { qualifier: FigureQualifier; to: number } | undefined {
  const next = tokens[at]?.lower;
  const after = tokens[at + 1]?.lower;
  if (next === "or" && after === "more") return { qualifier: "AT_LEAST", to: at + 2 };
  if (next === "or" && after === "so") return { qualifier: "APPROXIMATELY", to: at + 2 };
  if (next === "+" && touching(tokens[at - 1], tokens[at])) return { qualifier: "AT_LEAST", to: at + 1 };
  if (isHyphen(tokens[at]) && after === "plus" && touching(tokens[at - 1], tokens[at])) return { qualifier: "AT_LEAST", to: at + 2 };
  return undefined;
}

/** The upper end of "40 to 60", "40-60", "40–60", "two or three"; only when it is greater than the lower end. */
function readRangeEnd(tokens: readonly Token[], first: NumberReading): NumberReading | undefined {
  const joiner = tokens[first.to];
  if (!joiner) return undefined;
  let second: NumberReading | undefined;
  if (joiner.lower === "to" || joiner.lower === "or") second = readNumber(tokens, first.to + 1);
  // A hyphen joins digits only ("40-60"); between words it is part of the number ("twenty-one").
  else if (isHyphen(joiner) && tokens[first.to - 1]?.kind === "number" && tokens[first.to + 1]?.kind === "number") second = readNumber(tokens, first.to + 1);
  return second && second.value > first.value ? second : undefined;
}
