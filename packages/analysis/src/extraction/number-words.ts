import { isHyphen, tokenize, touching, type Token } from "./tokens";

// Numbers as reporters write them: "133", "1,500", "2 million", "sixty", "twenty-one", "one hundred and
// thirty-three", "a hundred and five", "a dozen".

export interface NumberReading {
  value: number;
  /** Tokens [from, to). */
  from: number;
  to: number;
  /** "a dozen", "two dozen": a round figure, approximate by nature. */
  approximate: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const has = (table: Record<string, number>, word: string | undefined): word is string => word !== undefined && Object.hasOwn(table, word);

/** A number starting at token `at`, or undefined. */
export function readNumber(tokens: readonly Token[], at: number): NumberReading | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === "number") return readDigits(tokens, at);
  // A capitalised number word inside a sentence is a name ("Seven Hills Market").
  if (/^\p{Lu}/u.test(token.text) && at > 0 && tokens[at - 1]?.kind !== "punct") return undefined;
  if (token.lower === "half" && tokens[at + 1]?.lower === "a" && tokens[at + 2]?.lower === "dozen") {
    return { value: 6, from: at, to: at + 3, approximate: true };
  }
  if ((token.lower === "a" || token.lower === "an") && tokens[at + 1]?.lower === "dozen") return { value: 12, from: at, to: at + 2, approximate: true };
  const words = readWords(tokens, at);
  if (!words) return undefined;
  return withDozen(tokens, words);
}

function readDigits(tokens: readonly Token[], at: number): NumberReading | undefined {
  const raw = tokens[at]!.text;
  const scaleWord = tokens[at + 1]?.lower;
  const scale = has(SCALES, scaleWord) ? SCALES[scaleWord]! : undefined;
  let value: number;
  if (/^\d+$/.test(raw) || /^\d{1,3}(?:,\d{3})+$/.test(raw)) value = Number(raw.replace(/,/g, ""));
  // "1.5 million"; a decimal on its own is not a count of anything.
  else if (/^\d+\.\d+$/.test(raw) && scale !== undefined) value = Number(raw);
  else return undefined;
  if (scale !== undefined) return { value: Math.round(value * scale), from: at, to: at + 2, approximate: false };
  return withDozen(tokens, { value, from: at, to: at + 1, approximate: false });
}

/** "two dozen": twelve times the number before it. */
function withDozen(tokens: readonly Token[], reading: NumberReading): NumberReading {
  if (tokens[reading.to]?.lower !== "dozen") return reading;
  return { value: reading.value * 12, from: reading.from, to: reading.to + 1, approximate: true };
}

/** "one hundred and thirty-three thousand, two hundred": groups below a thousand, each with a smaller scale. */
function readWords(tokens: readonly Token[], at: number): NumberReading | undefined {
  let total = 0;
  let position = at;
  let lastScale = Infinity;
  let read = false;
  for (;;) {
    const group = readGroup(tokens, position);
    if (!group) break;
    const scaleWord = tokens[group.to]?.lower;
    const scale = has(SCALES, scaleWord) ? SCALES[scaleWord]! : undefined;
    if (scale !== undefined && scale < lastScale) {
      total += group.value * scale;
      lastScale = scale;
      position = group.to + 1;
      read = true;
      // "a thousand and five": the "and" belongs to the number only if a group follows it.
      if (tokens[position]?.lower === "and" && readGroup(tokens, position + 1)) position++;
      continue;
    }
    total += group.value;
    position = group.to;
    read = true;
    break;
  }
  return read ? { value: total, from: at, to: position, approximate: false } : undefined;
}

/** A number below a thousand: "sixty", "twenty-one", "a hundred and five", "two hundred". */
function readGroup(tokens: readonly Token[], at: number): { value: number; to: number } | undefined {
  const word = tokens[at]?.lower;
  // "a hundred", "a thousand": the article is the number one.
  if ((word === "a" || word === "an" || word === "one") && (tokens[at + 1]?.lower === "hundred" || has(SCALES, tokens[at + 1]?.lower))) {
    if (tokens[at + 1]!.lower !== "hundred") return { value: 1, to: at + 1 };
    return afterHundred(tokens, 100, at + 2);
  }
  const below = readBelowHundred(tokens, at);
  if (!below) return undefined;
  if (tokens[below.to]?.lower === "hundred" && below.value >= 1 && below.value <= 9) return afterHundred(tokens, below.value * 100, below.to + 1);
  return below;
}

function afterHundred(tokens: readonly Token[], hundreds: number, at: number): { value: number; to: number } {
  const withAnd = tokens[at]?.lower === "and" ? readBelowHundred(tokens, at + 1) : undefined;
  if (withAnd) return { value: hundreds + withAnd.value, to: withAnd.to };
  const direct = readBelowHundred(tokens, at);
  if (direct) return { value: hundreds + direct.value, to: direct.to };
  return { value: hundreds, to: at };
}

function readBelowHundred(tokens: readonly Token[], at: number): { value: number; to: number } | undefined {
  const word = tokens[at]?.lower;
  if (has(UNITS, word)) return { value: UNITS[word]!, to: at + 1 };
  if (!has(TENS, word)) return undefined;
  const tens = TENS[word]!;
  // "twenty-one" (joined by a hyphen) or "twenty one".
  const hyphen = tokens[at + 1];
  const joined = tokens[at + 2];
  if (isHyphen(hyphen) && touching(tokens[at], hyphen) && touching(hyphen, joined) && has(UNITS, joined?.lower) && UNITS[joined!.lower]! >= 1 && UNITS[joined!.lower]! <= 9) {
    return { value: tens + UNITS[joined!.lower]!, to: at + 3 };
  }
  const next = tokens[at + 1]?.lower;
  if (has(UNITS, next) && UNITS[next]! >= 1 && UNITS[next]! <= 9) return { value: tens + UNITS[next]!, to: at + 2 };
  return { value: tens, to: at + 1 };
}

/** The value of a text that is one number and nothing else ("one hundred and thirty-three" → 133), or undefined. */
export function parseNumber(text: string): number | undefined {
  const tokens = tokenize(text.trim());
  const reading = readNumber(tokens, 0);
  return reading && reading.to === tokens.length ? reading.value : undefined;
}
