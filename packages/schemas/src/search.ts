import { z } from "zod";
import { LIMITS, id, requiredText, wrongKind } from "./common";
import type { ClaimKind, ClaimStage, SourceReliability, SourceType, Verdict } from "./enums";

// search.query: one search over claims, sources and events, answered in groups by kind.

export const SEARCH_TYPES = ["CLAIM", "SOURCE", "EVENT"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const searchType = z.enum(SEARCH_TYPES, { error: wrongKind(`Must be one of ${SEARCH_TYPES.join(", ")}`) });

export const SEARCH_PAGE = { default: 10, max: 50 } as const;

/** A group's position: which kind, and how many of its ranked results came before. */
export interface SearchCursor {
  type: SearchType;
  offset: number;
}

const CURSOR_VERSION = "s1";

export function encodeSearchCursor(position: SearchCursor): string {
  return btoa(`${CURSOR_VERSION}|${position.type}|${position.offset}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeSearchCursor(cursor: string): SearchCursor | undefined {
  try {
    const [version, type, offset, extra] = atob(cursor.replace(/-/g, "+").replace(/_/g, "/")).split("|");
    const at = Number(offset);
    if (version !== CURSOR_VERSION || extra !== undefined || !SEARCH_TYPES.includes(type as SearchType)) return undefined;
    if (!/^\d{1,6}$/.test(offset ?? "") || !Number.isSafeInteger(at)) return undefined;
    return { type: type as SearchType, offset: at };
  } catch {
    return undefined;
  }
}

const NOT_A_SEARCH_CURSOR = "Is not a cursor from this search: pass back a group's nextCursor you were given";

export const searchCursor = z
  .string({ error: wrongKind(NOT_A_SEARCH_CURSOR) })
  .max(200, { error: NOT_A_SEARCH_CURSOR })
  .transform((value, ctx) => {
    const decoded = decodeSearchCursor(value);
    if (!decoded) {
      ctx.addIssue({ code: "custom", message: NOT_A_SEARCH_CURSOR });
      return z.NEVER;
    }
    return decoded;
  });

export const searchQueryInput = z
  .strictObject({
    /** Words, web style: "a quoted phrase", -excluded, either OR other. */
    q: requiredText(LIMITS.query),
    /** The kinds to search (default all three). */
    types: z
      .array(searchType, { error: wrongKind("Must be a list of CLAIM, SOURCE, EVENT") })
      .min(1, { error: "Must name at least one of CLAIM, SOURCE, EVENT (or leave it out for all three)" })
      .max(SEARCH_TYPES.length, { error: `Must have at most ${SEARCH_TYPES.length} items` })
      .optional(),
    /** Only that event's claims, the sources of its claims, and the event itself. */
    eventId: id.optional(),
    /** Results per group. */
    limit: z
      .number({ error: wrongKind("Must be a number") })
      .int({ error: "Must be a whole number" })
      .min(1, { error: "Must be at least 1" })
      .max(SEARCH_PAGE.max, { error: `Must be at most ${SEARCH_PAGE.max}` })
      .default(SEARCH_PAGE.default),
    /** A group's nextCursor: the answer is then that group's next page alone. */
    cursor: searchCursor.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.cursor && input.types && !input.types.includes(input.cursor.type)) {
      ctx.addIssue({ code: "custom", path: ["cursor"], message: `Is a cursor of the ${input.cursor.type} results, which types leaves out` });
    }
  });

export type SearchQueryInput = z.input<typeof searchQueryInput>;

/**
 * A field's text cut into pieces, each a match or not: highlighting travels as data, never as markup, so that a
 * client renders matches (the UI as <mark>) without parsing HTML it was sent.
 */
export interface HighlightPiece {
  text: string;
  match: boolean;
}
export type Highlighted = HighlightPiece[];

interface HitBase {
  id: string;
  /** Relevance within its group: higher is better. */
  score: number;
  /** Found by a similar name (a typo, "ISIS K" for "ISIS-K") rather than, or as well as, its words. */
  similarName: boolean;
  createdAt: Date;
}

export interface ClaimHit extends HitBase {
  kind: ClaimKind;
  stage: ClaimStage;
  verdict: Verdict;
  eventId: string | null;
  /** The claim's text, or the fragments of it around the matches (joined by " … "). */
  text: Highlighted;
  claimant: Highlighted | null;
  actor: Highlighted | null;
  reportedAs: Highlighted | null;
}

export interface SourceHit extends HitBase {
  url: Highlighted;
  title: Highlighted | null;
  publisher: Highlighted | null;
  author: Highlighted | null;
  sourceType: SourceType;
  reliability: SourceReliability;
  publishedAt: Date | null;
}

export interface EventHit extends HitBase {
  title: Highlighted;
  location: Highlighted | null;
  occurredAt: Date | null;
}

interface GroupBase {
  /** How many matched, counted up to a bound (countIsAtLeast: there are more). */
  count: number;
  countIsAtLeast: boolean;
  nextCursor: string | null;
}

export type SearchGroup =
  | (GroupBase & { type: "CLAIM"; items: ClaimHit[] })
  | (GroupBase & { type: "SOURCE"; items: SourceHit[] })
  | (GroupBase & { type: "EVENT"; items: EventHit[] });

export interface SearchResult {
  q: string;
  /** In the order CLAIM, SOURCE, EVENT, each kind searched (all, or those named by types or the cursor). */
  groups: SearchGroup[];
}
