import { readPopulation } from "./casualty-figures";
import { numberRole } from "./number-context";
import { readQuantity } from "./quantities";
import { supersededFigure } from "./superseded-figures";
import type { Token } from "./tokens";

// Other checkable statements: a sentence asserting a count or an amount ("the group has carried out 14 attacks",
// "the hall seats about 6,200 people"). Dates, times, ages, ordinals, durations and labels assert no quantity.

export interface StatementFinding {
  /** Tokens [from, to) of the quantity and the noun it counts. */
  from: number;
  to: number;
}

const QUANTITY_ROLES = new Set(["count", "money", "percent", "measure"]);
/** Words after a number that are not what it counts: "21 attacks in ...", "14 were". */
const NOT_COUNTED = new Set(
  "in on at of for to from by with and or but were was are is have has had be been the a an that which who as than since during".split(" "),
);

const VERBS_IN_S = new Set("remains says seems goes does has was is includes comes stands lies sits rests appears".split(" "));

/** The first quantity in the sentence that is a count or an amount, or undefined. */
export function findNumberedStatement(tokens: readonly Token[]): StatementFinding | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const quantity = readQuantity(tokens, at);
    if (!quantity) continue;
    const role = numberRole(tokens, quantity);
    // "one of the", "one another", "no one": the word "one" is seldom a count.
    const lone = quantity.numberTo - quantity.numberFrom === 1 && tokens[quantity.numberFrom]!.lower === "one";
    // A sentence that corrects an earlier figure is about the correction; its other numbers explain it.
    if (supersededFigure(tokens, quantity.from)) return undefined;
    if (!QUANTITY_ROLES.has(role) || lone) {
      at = quantity.to - 1;
      continue;
    }
    // A vague word counts only as a quantity of something: "dozens of shops".
    if (quantity.vague && tokens[quantity.to]?.lower !== "of") continue;
    let to = quantity.to;
    const next = tokens[to];
    const people = readPopulation(tokens, quantity.to);
    if (people.to > quantity.to) to = people.to;
    else if (quantity.vague) to += tokens[to + 1]?.kind === "word" ? 2 : 1;
    else if (next?.lower === "per" && tokens[to + 1]?.lower === "cent") to += 2;
    else if (next?.text === "%" || ((role === "measure" || role === "money") && next?.kind === "word" && !NOT_COUNTED.has(next.lower))) to++;
    // A plural noun says what is counted ("14 attacks", "nine countries"); a verb does not ("41 remain").
    else if (next?.kind === "word" && next.lower.endsWith("s") && !NOT_COUNTED.has(next.lower) && !VERBS_IN_S.has(next.lower)) to++;
    // "$2 million": the currency sign belongs to the amount.
    const from = role === "money" && tokens[quantity.from - 1]?.kind === "punct" ? quantity.from - 1 : quantity.from;
    return { from, to };
  }
  return undefined;
}
