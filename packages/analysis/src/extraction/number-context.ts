import type { Quantity } from "./quantities";
import { isHyphen, touching, type Token } from "./tokens";

// What a number in a sentence is: a count of something, or a date, a time, an age, an ordinal, a duration, an
// amount of money, a percentage, a measurement, a label ("Gate 4", "G7", "12 Harbour Road", "0800 555 0199") or
// a figure of speech ("100 per cent sure"). Only counts can be casualty figures; dates, times, ages, ordinals,
// durations, labels and figures of speech are no claim at all.

export type NumberRole = "count" | "date" | "time" | "age" | "ordinal" | "duration" | "money" | "percent" | "measure" | "label" | "idiom";

const words = (list: string) => new Set(list.split(" "));

const MONTHS = words(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
const CLOCK = words("am pm a.m. p.m. gmt utc bst cet cest eet est edt pst o'clock hrs h local");
const ORDINAL_SUFFIX = words("st nd rd th");
const SCHEDULE_VERBS = words("start starts started starting begin begins began beginning open opens opened opening close closes closed closing end ends ended finish finishes finished arrive arrives arrived leave leaves left resume resumes resumed");
const TIME_UNITS = words(
  "second seconds minute minutes min mins hour hours hr day days week weeks month months year years decade decades century centuries night nights weekend weekends",
);
const CURRENCY_SYMBOLS = new Set(["$", "€", "£", "¥", "₹", "₽"]);
const CURRENCY_WORDS = words(
  "dollar dollars euro euros pound pounds sterling crown crowns dinar dinars rouble roubles ruble rubles yuan yen rupee rupees franc francs lira pesos peso cents pence usd eur gbp",
);
const PERCENT_WORDS = words("percent pc");
const MEASURE_UNITS = words(
  "km kms kilometre kilometres kilometer kilometers metre metres meter meters m cm mm mile miles yard yards foot feet ft kg kilo kilos kilogram kilograms gram grams tonne tonnes ton tons litre litres liter liters degree degrees hectare hectares acre acres sq square storey storeys",
);
/** The last word of a street address: "12 Harbour Road", "4 Quay St." */
const STREET_WORDS = words("road rd street st st. avenue ave boulevard blvd lane square drive way place terrace quay row crescent embankment");
/** "100 per cent sure": certainty, not a share of anything. */
const CERTAINTY_WORDS = words("sure certain confident convinced committed behind right wrong safe clear honest serious accurate true");
const PHONE_VERBS = words("call calling dial phone tel telephone ring text whatsapp hotline");
const LABEL_NOUNS = words(
  "number route gate hall platform flight highway motorway building block section article room floor level line bus channel chapter page phase unit ward zone district sector terminal road exit entrance bay lane paragraph resolution code version tier grade category stage round pier door",
);

/** The role of the quantity's number in its sentence. */
export function numberRole(tokens: readonly Token[], quantity: Pick<Quantity, "from" | "to" | "numberFrom" | "numberTo">): NumberRole {
  const { from, to, numberFrom, numberTo } = quantity;
  const first = tokens[numberFrom];
  const last = tokens[numberTo - 1];
  const before = tokens[numberFrom - 1];
  const beforeAll = tokens[from - 1];
  // The word after the quantity, skipping a hyphen that joins it ("a 20-minute gunfight", "a 15-year-old").
  const hyphenated = isHyphen(tokens[to]) && touching(tokens[to - 1], tokens[to]) && touching(tokens[to], tokens[to + 1]);
  const after = hyphenated ? tokens[to + 1] : tokens[to];
  const afterAfter = hyphenated ? tokens[to + 2] : tokens[to + 1];
  const nextWord = after?.lower ?? "";

  if (first?.kind === "number") {
    // "1." or "2)" opening a numbered paragraph; "0800" in a phone number.
    if (from === 0 && (tokens[to]?.text === "." || tokens[to]?.text === ")")) return "label";
    if (/^0\d/.test(first.text)) return "label";
    if (before && /^[\p{L}]/u.test(before.text) && touching(before, first)) return "label";
    if (after && touching(last, after) && ORDINAL_SUFFIX.has(after.lower)) return "ordinal";
    if (after && touching(last, after) && after.kind === "word" && !CLOCK.has(after.lower) && !MEASURE_UNITS.has(after.lower)) return "label";
    if (before?.text === "/" || (tokens[to]?.text === "/" && touching(last, tokens[to]))) return "date";
    if (isHyphen(before) && touching(before, first) && tokens[numberFrom - 2]?.kind === "number") return "date";
    if (isHyphen(before) && touching(before, first) && /^\p{Lu}/u.test(tokens[numberFrom - 2]?.text ?? "")) return "label";
    // "0800 555 0199", "call 555 0199": groups of a telephone number (not "By March 22 137 people", "In 2024 40 people").
    if (isPhoneGroup(tokens, numberFrom, numberTo)) return "label";
    // "12 Harbour Road": a house number.
    if (isStreet(tokens, to)) return "label";
  }
  if (CLOCK.has(nextWord) && (nextWord !== "local" || afterAfter?.lower === "time")) return "time";
  // "due to start at eight", "the market opens at 7": an hour after a verb of schedule (not "the toll stood at 12").
  if (before?.lower === "at" && SCHEDULE_VERBS.has(tokens[numberFrom - 2]?.lower ?? "")) return "time";
  if (isMonth(after) || isMonth(before)) return "date";
  // "aged 19", "aged between 20 and 35", "at the age of 19".
  const ageWord = (token: Token | undefined) => token?.lower === "aged" || token?.lower === "age";
  if (ageWord(before) || ageWord(beforeAll) || (before?.lower === "of" && tokens[numberFrom - 2]?.lower === "age")) return "age";
  // "Ana Ruiz (34)".
  if (before?.text === "(" && tokens[to]?.text === ")" && /^\p{Lu}/u.test(tokens[numberFrom - 2]?.text ?? "")) return "age";
  if (nextWord === "year" || nextWord === "years" || nextWord === "month" || nextWord === "months") {
    // "a 15-year-old", "19 years old".
    const old = hyphenated ? isHyphen(afterAfter) && tokens[to + 3]?.lower === "old" : afterAfter?.lower === "old";
    if (old) return "age";
  }
  if (TIME_UNITS.has(nextWord)) return "duration";
  if (isYear(tokens, quantity)) return "date";
  if (CURRENCY_SYMBOLS.has(beforeAll?.text ?? "") || CURRENCY_SYMBOLS.has(before?.text ?? "") || CURRENCY_WORDS.has(nextWord)) return "money";
  if (CURRENCY_WORDS.has(beforeAll?.lower ?? "") && beforeAll?.kind === "word" && /^[A-Z]{3}$/.test(beforeAll.text)) return "money";
  if (nextWord === "%" || PERCENT_WORDS.has(nextWord) || (nextWord === "per" && afterAfter?.lower === "cent")) {
    const adjective = tokens[to + (nextWord === "per" ? 2 : 1)]?.lower ?? "";
    return first?.text === "100" && CERTAINTY_WORDS.has(adjective) ? "idiom" : "percent";
  }
  if (MEASURE_UNITS.has(nextWord)) return "measure";
  if (before && LABEL_NOUNS.has(before.lower)) return "label";
  if (before?.text === "." && tokens[numberFrom - 2]?.text === "No") return "label";
  if (before?.lower === "number" || before?.text === "#") return "label";
  return "count";
}

/**
 * Whether the number is one of a run of 3- or 4-digit groups that make a telephone number: three groups or more,
 * a group starting with 0, or a run after "call", "phone" and the like.
 */
function isPhoneGroup(tokens: readonly Token[], numberFrom: number, numberTo: number): boolean {
  let start = numberFrom;
  while (tokens[start - 1]?.kind === "number") start--;
  let end = numberTo;
  while (tokens[end]?.kind === "number") end++;
  const run = tokens.slice(start, end);
  if (run.length < 2 || !run.every((token) => /^\d{3,4}$/.test(token.text))) return PHONE_VERBS.has(tokens[numberFrom - 1]?.lower ?? "");
  return run.length >= 3 || run.some((token) => token.text.startsWith("0")) || PHONE_VERBS.has(tokens[start - 1]?.lower ?? "");
}

/** Capitalised words from `at` that end in a street word: "Harbour Road", "Old Mill Lane". */
function isStreet(tokens: readonly Token[], at: number): boolean {
  for (let look = at; look < at + 4 && /^\p{Lu}/u.test(tokens[look]?.text ?? ""); look++) {
    if (look > at && STREET_WORDS.has(tokens[look]!.lower)) return true;
  }
  return false;
}

/** Month names are capitalised: "may" and "march" are verbs. */
const isMonth = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text) && MONTHS.has(token.lower);

/** Four digits from 1800 to 2199, unless a count of people follows ("2000 people" is rare but possible). */
function isYear(tokens: readonly Token[], { numberFrom, numberTo }: Pick<Quantity, "numberFrom" | "numberTo">): boolean {
  const token = tokens[numberFrom];
  if (!token || token.kind !== "number" || numberTo - numberFrom !== 1 || !/^\d{4}$/.test(token.text)) return false;
  const value = Number(token.text);
  if (value < 1800 || value > 2199) return false;
  return !/^(people|persons|civilians|men|women|children|others)$/.test(tokens[numberTo]?.lower ?? "");
}
