import type { Token } from "./tokens";

// A figure the report gives only as the one now corrected ("down from 81", "corrects the 81 deaths announced
// on Sunday", "an earlier toll of 81", "instead of 81"): no one claims it any more, so it is no suggestion. The
// figure that replaces it is read as usual.

const words = (list: string) => new Set(list.split(" "));

/** Words between the cue and the figure: "down from the 81", "an earlier figure of 81". */
const SKIPPED = words("the a an its their this that his her earlier initial previous original first preliminary");
const EARLIER = words("earlier initial previous original first preliminary");
/** "corrects the 81", "revised the figure of 81". */
const CORRECTING_VERBS = words("corrects corrected correcting replaces replaced replacing revises revised revising supersedes superseded amends amended");
/** "down from 81", "lowered from 81". */
const CHANGE_WORDS = words("down up revised corrected lowered raised reduced cut amended changed");
const FIGURE_NOUNS = words("figure toll count estimate number tally total");

/** Is the quantity starting at token `at` a figure given only as the one corrected? */
export function supersededFigure(tokens: readonly Token[], at: number): boolean {
  const before = (position: number) => tokens[position]?.lower ?? "";
  let position = at - 1;
  let earlier = false;
  while (position >= 0 && position > at - 4 && SKIPPED.has(before(position))) {
    if (EARLIER.has(before(position))) earlier = true;
    position--;
  }
  const cue = before(position);
  if (CORRECTING_VERBS.has(cue)) return true;
  if (cue === "from" && CHANGE_WORDS.has(before(position - 1))) return true;
  if ((cue === "of" && before(position - 1) === "instead") || (cue === "than" && before(position - 1) === "rather")) return true;
  // "an earlier toll of 81", "the initial figure of 81", "its earlier estimate of 81".
  if ((cue === "of" || cue === "at") && FIGURE_NOUNS.has(before(position - 1))) {
    for (let look = position - 2; look >= 0 && look > position - 5; look--) if (EARLIER.has(before(look))) return true;
  }
  return earlier && cue === "from";
}
