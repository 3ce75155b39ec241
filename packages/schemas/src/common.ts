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

// ---- Messages for a value of the wrong kind ----------------------------------------------------------------

/** null is never "no value": a field that may be cleared says so in its schema (clearableText, .nullable()). */
export const NULL_MESSAGE = "Must not be null: leave the field out, or give a value";

/** Issues about the kind of value (missing, null, a number for text); checks such as .max() keep their own words. */
const KIND_ISSUES = new Set(["invalid_type", "invalid_value", "invalid_union"]);

/**
 * The one answer to a missing value, null, or a value of the wrong kind, for every builder below: "Required", the
 * null message, or `expected` ("Must be text"). Returns undefined for other issues so their own message stands.
 */
export function wrongKind(expected: string, required = "Required") {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (!KIND_ISSUES.has(issue.code ?? "")) return undefined;
    if (issue.input === undefined) return required;
    if (issue.input === null) return NULL_MESSAGE;
    return expected;
  };
}

const EXPECTED: Record<string, string> = {
  string: "Must be text",
  number: "Must be a number",
  int: "Must be a whole number",
  bigint: "Must be a whole number",
  nan: "Must be a number",
  boolean: "Must be true or false",
  date: "Must be a date",
  array: "Must be a list",
  tuple: "Must be a list",
  set: "Must be a list",
  object: "Must be an object",
  record: "Must be an object",
  map: "Must be an object",
};

const listed = (values: readonly unknown[]) => values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ");

function sizeMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig>): string {
  const small = issue.code === "too_small";
  const bound = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string") return small && bound === 1 ? "Must not be empty" : `Must be ${small ? "at least" : "at most"} ${bound} characters`;
  if (issue.origin === "array" || issue.origin === "set") return `Must have ${small ? "at least" : "at most"} ${bound} items`;
  if (!inclusive) return `Must be ${small ? "more" : "less"} than ${bound}`;
  return `Must be ${small ? "at least" : "at most"} ${bound}`;
}

/**
 * Our words for whatever a schema gives no message for, so that zod's own ("Invalid input: expected object,
 * received undefined") never reaches a client. Installed with z.config below; a schema's own message still wins.
 */
export function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // The request as a whole (tRPC reports it as "input").
      if (issue.expected === "object" && (issue.path ?? []).length === 0) {
        return issue.input === undefined ? "Required: send the fields of this request as an object" : "Must be an object holding the fields of this request";
      }
      return wrongKind(EXPECTED[issue.expected] ?? "Is not the right kind of value")(issue)!;
    case "invalid_value":
      return wrongKind(issue.values.length === 1 ? `Must be ${listed(issue.values)}` : `Must be one of ${listed(issue.values)}`)(issue)!;
    case "invalid_union":
      return wrongKind("Is not in any of the accepted forms")(issue)!;
    case "unrecognized_keys":
      return issue.keys.length === 1 ? `Is not a field of this request: ${issue.keys[0]}` : `Are not fields of this request: ${issue.keys.join(", ")}`;
    case "too_small":
    case "too_big":
      return sizeMessage(issue);
    case "invalid_format":
      return issue.format === "email" ? "Must be an email address" : "Is not in the right format";
    case "not_multiple_of":
      return `Must be a multiple of ${issue.divisor}`;
    default:
      return "Is not valid";
  }
}

z.config({ customError: defaultMessage });

// ---- Text ----------------------------------------------------------------------------------------------------

/**
 * zod runs length checks (.min, .max) on anything with a length even once the type check failed, so a list given
 * for text would also be "empty" or "too long". When the value is not text, that is all there is to say.
 */
const onlyText = z.core._check<string>(
  (payload) => {
    payload.aborted = true;
  },
  { when: (payload) => typeof payload.value !== "string" },
);

/** Any text: "Required", the null message or "Must be text" when it is not, and nothing else then. */
export const anyText = () => z.string({ error: wrongKind("Must be text") }).check(onlyText);

/** Half of a UTF-16 surrogate pair: it cannot be encoded as UTF-8, so it would be stored altered (as U+FFFD). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** A string PostgreSQL can store unchanged: text columns refuse the NUL character, and UTF-8 has no lone surrogates. */
export const storableString = () =>
  anyText()
    .refine((value) => !value.includes("\u0000"), { error: "Must not contain the NUL character (U+0000)" })
    .refine((value) => !LONE_SURROGATE.test(value), { error: "Must not contain half a character (an unpaired UTF-16 surrogate, U+D800 to U+DFFF)" });

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
    { error: wrongKind("Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)") },
  )
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .pipe(
    z
      .date({ error: "Must be a valid date" })
      .min(EARLIEST, { error: "Must be after 1900" })
      .max(LATEST, { error: "Must be before 2200" }),
  );

/** How far ahead of the clock a past time may be: a time typed in local time but marked UTC, or a skewed clock. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * A time something already happened (an event, a claim, a publication, a figure's as-of time): a date in the
 * future is a typo, and would put the figure at the end of the tally.
 */
export const pastDateTime = dateTime.refine((date) => date.getTime() <= Date.now() + FUTURE_SLACK_MS, {
  error: "Must not be in the future (times are in UTC)",
  // One message per mistake: a date already refused (after 2200) is not also "in the future".
  when: (payload) => (payload.issues ?? []).length === 0,
});

/** A count of people: a whole number from 0. */
export const count = z
  .number({ error: wrongKind("Must be a number") })
  .int({ error: "Must be a whole number" })
  .min(0, { error: "Must be 0 or more" })
  .max(LIMITS.count, { error: `Must be at most ${LIMITS.count.toLocaleString("en-GB")}` });

/**
 * A public host name. zod's `z.regexes.domain` wants a letters-only top-level domain, which refuses every
 * internationalised domain (the URL parser turns мвд.рф into xn--b1aew.xn--p1ai): accept punycode labels there too.
 */
const webHostname = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/;

export const NOT_A_WEB_ADDRESS = "Must be a web address starting with http:// or https://";
export const NOT_A_PUBLIC_HOST = "Must be a public web address: localhost, IP addresses and intranet names are not accepted";

/** Names that never reach the public internet, though they look like domains. */
const PRIVATE_TLDS = new Set(["localhost", "local", "internal"]);

/** The scheme and host as typed, and the rest (path, query, fragment). */
const URL_PARTS = /^(https?:\/\/)([^/?#\\]*)(.*)$/is;

/**
 * A public web address, with its scheme and host in lower case (so "HTTPS://Example.org/x" is the same source as
 * "https://example.org/x") and spaces percent-encoded. The rest is kept as typed: `new URL().href` would also turn
 * internationalised hosts into punycode and percent-encode every non-ASCII path, which readers of the URL lose.
 */
export const httpUrl = storableString()
  .trim()
  .max(LIMITS.url, { error: `Must be at most ${LIMITS.url} characters` })
  .transform((value, ctx) => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    };
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return refuse(NOT_A_WEB_ADDRESS);
    }
    const parts = URL_PARTS.exec(value);
    if (!parts || (url.protocol !== "http:" && url.protocol !== "https:")) return refuse(NOT_A_WEB_ADDRESS);
    // The URL parser silently drops tabs and line breaks; what is stored should be what is opened.
    if (/\p{Cc}/u.test(value)) return refuse("Must not contain line breaks, tabs or other control characters");
    if (parts[2]!.includes("@")) return refuse("Must not contain a user name or password (user:password@host)");
    const host = url.hostname.toLowerCase();
    if (!webHostname.test(host) || PRIVATE_TLDS.has(host.split(".").at(-1)!)) return refuse(NOT_A_PUBLIC_HOST);
    const normalised = `${parts[1]!.toLowerCase()}${parts[2]!.toLowerCase()}${parts[3]!.replace(/ /g, "%20")}`;
    if (normalised.length > LIMITS.url) return refuse(`Must be at most ${LIMITS.url} characters`);
    return normalised;
  });

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
  .string({ error: wrongKind("Is not a cursor from this API: pass back a nextCursor you were given") })
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
    .number({ error: wrongKind("Must be a number") })
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
