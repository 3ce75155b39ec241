import type { Highlighted } from "@claimdesk/schemas";

// Highlighting as data: PostgreSQL's ts_headline marks the matched words with two private-use characters (which
// the search strips from the stored text first, so no text can forge a mark), and the pieces between them travel
// as { text, match }. Names found by similarity (a typo) are marked here, word by word, as pg_trgm measures them.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/**
 * ts_headline's output ("…\uE000Krasnogorsk\uE001, Moscow…") as pieces. Adjacent pieces of one kind are merged,
 * and so are two matches with only spaces between them: a phrase reads as one mark ("claimed responsibility").
 */
export function piecesOf(marked: string): Highlighted {
  const pieces: Highlighted = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = pieces.at(-1);
    if (last && last.match === match) last.text += text;
    else pieces.push({ text, match });
  };
  const pushMatch = (text: string) => {
    const [before, space] = [pieces.at(-2), pieces.at(-1)];
    if (before?.match && space && !space.match && /^\s+$/.test(space.text)) {
      pieces.pop();
      before.text += space.text;
    }
    push(text, true);
  };
  for (const [index, part] of marked.split(MARK_START).entries()) {
    if (index === 0) {
      push(part.replaceAll(MARK_END, ""), false);
      continue;
    }
    const end = part.indexOf(MARK_END);
    if (end < 0) push(part, false);
    else {
      pushMatch(part.slice(0, end));
      push(part.slice(end + 1).replaceAll(MARK_END, ""), false);
    }
  }
  return pieces;
}

/** pg_trgm's trigrams of one word: lower case, padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** pg_trgm's similarity(a, b) for single words: shared trigrams over all trigrams. */
export function wordSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** As close as "Krasnogorks" is to "Krasnogorsk" (0.6), and no looser: a highlight should look like the typo's target. */
const SIMILAR_WORD = 0.45;

/** Marks the words of unmarked pieces that resemble a word of the query (for results found by a similar name). */
export function markSimilarWords(pieces: Highlighted, query: string): Highlighted {
  const queryWords = (query.match(WORD) ?? []).filter((word) => word.length >= 3);
  if (queryWords.length === 0) return pieces;
  const out: Highlighted = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.match === match) last.text += text;
    else out.push({ text, match });
  };
  for (const piece of pieces) {
    if (piece.match) {
      push(piece.text, true);
      continue;
    }
    let at = 0;
    for (const found of piece.text.matchAll(WORD)) {
      const similar = queryWords.some((word) => wordSimilarity(word, found[0]) >= SIMILAR_WORD);
      if (!similar) continue;
      push(piece.text.slice(at, found.index), false);
      push(found[0], true);
      at = found.index + found[0].length;
    }
    push(piece.text.slice(at), false);
  }
  return out;
}
