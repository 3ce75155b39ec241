// Sentences of a pasted report, with offsets into the original text: text.slice(start, end) === sentence.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Paragraphs are counted from 0; a line break that is not a hard wrap starts a new one. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// The segmenter ends a sentence after every "Mr." and after "U.S." before a capital: titles never end one.
const TITLES = new Set(
  "mr mrs ms dr prof gen lt col sgt capt maj cpl rev gov sen rep st mt ft brig adm cmdr insp supt det hon approx vs no nos jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
// Words that start a sentence after an abbreviation such as "U.S." ("... in the U.S. The next day ...").
const SENTENCE_STARTERS = new Set(
  "the a an he she it they we i you this that these those there in on at after before but and however meanwhile later earlier then when while police officials".split(" "),
);

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (const block of lineBlocks(text)) {
    paragraph++;
    for (const [start, end] of sentenceSpans(text, block.start, block.end)) {
      sentences.push({ text: text.slice(start, end), start, end, paragraph });
    }
  }
  return sentences;
}

interface Block {
  start: number;
  end: number;
}

/**
 * Paragraphs: the non-blank lines, with a hard-wrapped line (one that goes on in lower case) joined to the line
 * before it. Pasted reports often separate paragraphs by a single line break, so any other line break starts one.
 */
function* lineBlocks(text: string): Generator<Block> {
  let current: Block | undefined;
  let lineStart = 0;
  const lines: [number, number][] = [];
  for (const found of text.matchAll(LINE_BREAK)) {
    lines.push([lineStart, found.index]);
    lineStart = found.index + found[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [start, end] of lines) {
    const line = text.slice(start, end);
    if (line.trim() === "") {
      if (current) yield current;
      current = undefined;
      continue;
    }
    if (current && /^\s*\p{Ll}/u.test(line)) {
      current.end = end;
      continue;
    }
    if (current) yield current;
    current = { start, end };
  }
  if (current) yield current;
}

/** The segmenter's sentences within [from, to), re-joined after abbreviations and trimmed. */
function sentenceSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let pending: [number, number] | undefined;
  let previous = "";
  for (const [chunkFrom, chunkTo, single] of chunks(text, from, to)) {
    const segments = single ? [{ index: 0, segment: text.slice(chunkFrom, chunkTo) }] : segmenter.segment(text.slice(chunkFrom, chunkTo));
    for (const segment of segments) {
      const start = chunkFrom + segment.index;
      const end = start + segment.segment.length;
      // Only the last segment's end matters: looking at the whole joined sentence would be quadratic.
      const joins = pending !== undefined && continuesAfterAbbreviation(previous, segment.segment);
      previous = segment.segment;
      if (pending && joins) {
        pending[1] = end;
        continue;
      }
      if (pending) spans.push(pending);
      pending = [start, end];
    }
  }
  if (pending) spans.push(pending);
  return spans.map(([start, end]) => trimSpan(text, start, end)).filter(([start, end]) => end > start);
}

const CHUNK = 500;
// Where the segmenter ends a sentence for sure: after a full stop and a space, and at every line break.
const BOUNDARY = /[.!?…]['"”’)\]]*\s+|\n\s*/g;

/**
 * Pieces of a long paragraph, cut after sentence-ending punctuation, and whether a piece is known to be one sentence. Node's segmenter spends time in proportion
 * to the whole string on every sentence it yields, so a 100,000-character paragraph must reach it in pieces.
 */
function* chunks(text: string, from: number, to: number): Generator<[number, number, boolean]> {
  if (to - from <= CHUNK * 2) {
    // A line with no sentence-ending mark inside it is one sentence: no need to ask the segmenter.
    yield [from, to, !/[.!?…]['"”’)\]]*\s+\S/.test(text.slice(from, to))];
    return;
  }
  const block = text.slice(from, to);
  let start = 0;
  while (block.length - start > CHUNK * 2) {
    BOUNDARY.lastIndex = start + CHUNK;
    const found = BOUNDARY.exec(block);
    if (!found) break;
    const cut = found.index + found[0].length;
    if (cut >= block.length) break;
    yield [from + start, from + cut, false];
    start = cut;
  }
  yield [from + start, to, false];
}

function continuesAfterAbbreviation(before: string, after: string): boolean {
  // The segmenter ends a sentence at every line break; a hard-wrapped line goes on in lower case.
  if (/\n\s*$/.test(before)) return !/[.!?…:]['"”’)\]]*\s*$/.test(before) && /^\s*\p{Ll}/u.test(after);
  const last = /(\S+)\s*$/.exec(before)?.[1] ?? "";
  const next = /^\s*(\S+)/.exec(after)?.[1] ?? "";
  if (!last.endsWith(".") || next === "") return false;
  const bare = last.slice(0, -1).replace(/^\W+/, "");
  const nextWord = next.replace(/^[“"'‘(]+/, "");
  const nextIsLower = /^[\p{Ll}\d]/u.test(nextWord);
  if (TITLES.has(bare.toLowerCase())) return bare.toLowerCase() === "no" ? /^\d/.test(nextWord) : true;
  // A single initial inside a name: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(bare)) return /^\p{Lu}/u.test(nextWord) && !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // Dotted abbreviations: "U.S.", "a.m.", "e.g.".
  if (/^\p{L}(?:\.\p{L})+$/u.test(bare)) {
    if (nextIsLower) return true;
    return /^\p{Lu}/u.test(bare) && /^\p{Lu}/u.test(nextWord) && !SENTENCE_STARTERS.has(nextWord.toLowerCase().replace(/\W+$/, ""));
  }
  return false;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
