// Words, numbers and punctuation of one sentence, each with its offsets in the whole text. The rules match
// token sequences, never the raw text, so that every match is linear in the sentence's length.

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  text: string;
  /** Lower case, with typographic apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// Dotted abbreviations stay one token ("U.S.", "a.m.", "Mr."), a number keeps its separators ("1,500", "14:05",
// "1.5"), a word keeps its apostrophes ("People's"); hyphens and every other mark are tokens of their own.
// Control and format characters (NUL, zero-width spaces from web pages) are no tokens at all.
const TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Maj|Cpl|Rev|Gov|Sen|Rep|St|Mt|Ft|Brig|Adm|Cmdr|Insp|Supt|Det|Hon|Jr|Sr";
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TITLES})\\.|(?<!\\p{L})\\p{L}(?:\\.\\p{L})+\\.?(?!\\p{L})|\\d+(?:[.,:]\\d+)*|\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)*|[^\\s\\p{Cc}\\p{Cf}]`,
  "gu",
);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(TOKEN)) {
    const raw = found[0];
    const start = offset + (found.index ?? 0);
    const kind: TokenKind = /^\d/.test(raw) ? "number" : /^\p{L}/u.test(raw) ? "word" : "punct";
    tokens.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), kind, start, end: start + raw.length });
  }
  return tokens;
}

/** A hyphen or an en dash ("twenty-one", "40–60"); an em dash separates clauses instead. */
export const isHyphen = (token: Token | undefined): boolean => token !== undefined && /^[-‐‑–]$/.test(token.text);

/** True when `b` follows `a` with no space between them ("twenty-one", "8pm"). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && token.kind === "word" && /^\p{Lu}/u.test(token.text);

/** Punctuation that ends a clause for the rules' purposes. */
export const isClauseBreak = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "punct" && /^[,;:.!?()[\]"“”—]$/.test(token.text);

/** The whole text's words from token `from` up to (not including) token `to`, exactly as written. */
export function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return "";
  return text.slice(first.start, last.end);
}

/** Does the token sequence at `at` read `words` (lower case)? */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (tokens[at + i]?.lower !== words[i]) return false;
  return true;
}

/** Phrases by their first word, longest first, so that a lookup costs one map access for most tokens. */
export type PhraseTable<T> = ReadonlyMap<string, readonly (readonly [readonly string[], T])[]>;

/** {"at least": X} → a table of ["at", "least"] → X: phrase tables are written as text. */
export function phraseTable<T>(entries: Record<string, T>): PhraseTable<T> {
  const table = new Map<string, [string[], T][]>();
  for (const [text, value] of Object.entries(entries)) {
    const words = text.split(" ");
    const list = table.get(words[0]!) ?? [];
    list.push([words, value]);
    list.sort((a, b) => b[0].length - a[0].length);
    table.set(words[0]!, list);
  }
  return table;
}

/** The longest phrase of the table that the tokens at `at` read, or undefined. */
export function phraseAt<T>(tokens: readonly Token[], at: number, table: PhraseTable<T>): { length: number; value: T } | undefined {
  const first = tokens[at]?.lower;
  const candidates = first === undefined ? undefined : table.get(first);
  if (!candidates) return undefined;
  for (const [words, value] of candidates) if (wordsAt(tokens, at, words)) return { length: words.length, value };
  return undefined;
}
