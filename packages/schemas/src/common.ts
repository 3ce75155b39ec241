import { z } from "zod";

// Building blocks shared by every input schema: bounded text, ids, dates, pagination.

export const LIMITS = {
  title: 300,
  shortText: 300,
  longText: 5000,
  claimText: 2000,
  url: 2048,
  query: 200,
  count: 100_000_000,
} as const;

/** A string PostgreSQL can store: text columns refuse the NUL character. */
export const storableString = () =>
  z.string({ error: "Required" }).refine((value) => !value.includes("\u0000"), { error: "Must not contain the NUL character (U+0000)" });

/** Required text, trimmed, 1..max characters. */
export const requiredText = (max: number) =>
  storableString()
    .trim()
    .min(1, { error: "Must not be empty" })
    .max(max, { error: `Must be at most ${max} characters` });

/** Optional text on create: omit it, or give 1..max characters. */
export const optionalText = (max: number) => requiredText(max).optional();

/** Optional text on update: omit it to keep, null to clear. */
export const clearableText = (max: number) => requiredText(max).nullable().optional();

export const id = storableString()
  .trim()
  .min(1, { error: "Must not be empty" })
  .max(64, { error: "Is not an id" });

export const idInput = z.strictObject({ id });

const EARLIEST = new Date("1900-01-01T00:00:00Z");
const LATEST = new Date("2200-01-01T00:00:00Z");

/** A point in time: a Date (superjson) or an ISO 8601 string, between 1900 and 2200. */
export const dateTime = z
  .union(
    [
      z.date(),
      z.string().trim().pipe(z.iso.datetime({ offset: true })),
      // Minutes without seconds, as people write them: 2024-03-22T19:58Z.
      z.string().trim().pipe(z.iso.datetime({ offset: true, precision: -1 })),
      z.string().trim().pipe(z.iso.date()),
    ],
    { error: "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)" },
  )
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .pipe(
    z
      .date({ error: "Must be a valid date" })
      .min(EARLIEST, { error: "Must be after 1900" })
      .max(LATEST, { error: "Must be before 2200" }),
  );

/** A count of people: a whole number from 0. */
export const count = z
  .number({ error: "Must be a number" })
  .int({ error: "Must be a whole number" })
  .min(0, { error: "Must be 0 or more" })
  .max(LIMITS.count, { error: `Must be at most ${LIMITS.count.toLocaleString("en-GB")}` });

/**
 * A public host name. zod's `z.regexes.domain` wants a letters-only top-level domain, which refuses every
 * internationalised domain (the URL parser turns мвд.рф into xn--b1aew.xn--p1ai): accept punycode labels there too.
 */
const webHostname = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/;

export const httpUrl = storableString()
  .trim()
  .max(LIMITS.url, { error: `Must be at most ${LIMITS.url} characters` })
  .pipe(z.url({ protocol: /^https?$/, hostname: webHostname, error: "Must be a web address starting with http:// or https://" }));

// ---- Pagination --------------------------------------------------------------------------------------------

export const PAGE_SIZE = { default: 25, max: 100 } as const;

export interface PageCursor {
  createdAt: Date;
  id: string;
}

/** Cursors are opaque to clients: the position (creation time, id) of the last item of the previous page. */
export function encodeCursor(position: PageCursor): string {
  const raw = `${position.createdAt.toISOString()}|${position.id}`;
  return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string): PageCursor | undefined {
  try {
    const raw = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const [at, cursorId, extra] = raw.split("|");
    const createdAt = new Date(at ?? "");
    // Only what encodeCursor could have made: an id of ours and a time a database column can hold.
    if (!cursorId || cursorId.length > 64 || cursorId.includes("\u0000") || extra !== undefined) return undefined;
    const year = createdAt.getUTCFullYear();
    if (Number.isNaN(year) || year < 1 || year > 9999) return undefined;
    return { createdAt, id: cursorId };
  } catch {
    return undefined;
  }
}

export const cursor = z
  .string()
  .max(200, { error: "Is not a cursor from this API" })
  .transform((value, ctx) => {
    const decoded = decodeCursor(value);
    if (!decoded) {
      ctx.addIssue({ code: "custom", message: "Is not a cursor from this API: pass back a nextCursor you were given" });
      return z.NEVER;
    }
    return decoded;
  });

export const pageInput = {
  limit: z
    .number({ error: "Must be a number" })
    .int({ error: "Must be a whole number" })
    .min(1, { error: "Must be at least 1" })
    .max(PAGE_SIZE.max, { error: `Must be at most ${PAGE_SIZE.max}` })
    .default(PAGE_SIZE.default),
  cursor: cursor.optional(),
};

export const searchQuery = storableString().trim().max(LIMITS.query, { error: `Must be at most ${LIMITS.query} characters` }).optional();

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
