import { describe, expect, it } from "vitest";
import { claimListInput } from "./claim";
import {
  LIMITS,
  NULL_MESSAGE,
  PAGE_SIZE,
  clearableText,
  count,
  cursor,
  dateTime,
  decodeCursor,
  encodeCursor,
  httpUrl,
  id,
  idInput,
  optionalText,
  pastDateTime,
  requiredText,
  searchQuery,
} from "./common";
import { eventListInput } from "./event";
import { evidenceListInput } from "./evidence";
import { sourceListInput } from "./source";
import { accepted, messageOn, problems, refusedFields } from "./test-support";

describe("requiredText", () => {
  const text = requiredText(10);

  it("trims the text", () => {
    expect(accepted(text, "  Moscow \n")).toBe("Moscow");
  });

  it.each([
    ["an empty string", "", "Must not be empty"],
    ["only spaces", "   ", "Must not be empty"],
    ["only a tab and a newline", "\t\n", "Must not be empty"],
    ["nothing", undefined, "Required"],
    ["null", null, NULL_MESSAGE],
    ["a number", 42, "Must be text"],
    ["true", true, "Must be text"],
    ["a list", ["Moscow"], "Must be text"],
    ["an object", { text: "Moscow" }, "Must be text"],
  ])("refuses %s with %j", (_label, input, message) => {
    expect(problems(text, input)).toEqual([{ path: "", message }]);
  });

  it("accepts exactly the limit, counted after trimming", () => {
    expect(accepted(text, "0123456789")).toBe("0123456789");
    expect(accepted(text, "   0123456789   ")).toBe("0123456789");
  });

  it("refuses one character over the limit, saying the limit", () => {
    expect(problems(text, "0123456789X")).toEqual([{ path: "", message: "Must be at most 10 characters" }]);
  });
});

describe("optionalText and clearableText", () => {
  it("optional text may be omitted, but not given empty or null", () => {
    expect(accepted(optionalText(10), undefined)).toBeUndefined();
    expect(accepted(optionalText(10), " a ")).toBe("a");
    expect(problems(optionalText(10), " ")).toEqual([{ path: "", message: "Must not be empty" }]);
    expect(problems(optionalText(10), null)).toEqual([{ path: "", message: NULL_MESSAGE }]);
  });

  it("clearable text may be omitted (kept) or null (cleared), and is still bounded", () => {
    expect(accepted(clearableText(10), undefined)).toBeUndefined();
    expect(accepted(clearableText(10), null)).toBeNull();
    expect(problems(clearableText(10), "")).toEqual([{ path: "", message: "Must not be empty" }]);
    expect(problems(clearableText(10), "x".repeat(11))).toEqual([{ path: "", message: "Must be at most 10 characters" }]);
  });
});

describe("id", () => {
  it("accepts an id, trimmed", () => {
    expect(accepted(id, " cm1abc ")).toBe("cm1abc");
    expect(accepted(id, "x".repeat(64))).toHaveLength(64);
  });

  it.each([
    ["", "Must not be empty"],
    ["  ", "Must not be empty"],
    ["x".repeat(65), "Is not an id"],
    [7, "Must be text"],
    [null, NULL_MESSAGE],
  ])("refuses %j", (input, message) => {
    expect(problems(id, input)).toEqual([{ path: "", message }]);
  });

  it("idInput takes only the id", () => {
    expect(accepted(idInput, { id: "a" })).toEqual({ id: "a" });
    expect(refusedFields(idInput, {})).toEqual(["id"]);
    expect(problems(idInput, { id: "a", ids: ["b"] })).toEqual([{ path: "", message: 'Is not a field of this request: ids' }]);
  });
});

describe("dateTime", () => {
  it.each([
    ["a UTC date and time", "2024-03-22T19:58:00Z", "2024-03-22T19:58:00.000Z"],
    ["a time with an offset (converted to UTC)", "2024-03-22T19:58:00+03:00", "2024-03-22T16:58:00.000Z"],
    ["a negative offset", "2024-03-22T10:00:00-05:00", "2024-03-22T15:00:00.000Z"],
    ["fractions of a second", "2024-03-22T19:58:00.250Z", "2024-03-22T19:58:00.250Z"],
    ["minutes without seconds", "2024-03-22T19:58Z", "2024-03-22T19:58:00.000Z"],
    ["a plain date (midnight UTC)", "2024-03-22", "2024-03-22T00:00:00.000Z"],
    ["29 February of a leap year", "2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["surrounding spaces", "  2024-03-22T19:58:00Z ", "2024-03-22T19:58:00.000Z"],
    ["the first day of 1900", "1900-01-01", "1900-01-01T00:00:00.000Z"],
    ["the last moment of 2199", "2199-12-31T23:59:59Z", "2199-12-31T23:59:59.000Z"],
  ])("accepts %s", (_label, input, iso) => {
    const value = accepted(dateTime, input);
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString()).toBe(iso);
  });

  it("accepts a Date (as superjson sends it)", () => {
    const value = accepted(dateTime, new Date("2024-03-22T19:58:00Z"));
    expect(value.toISOString()).toBe("2024-03-22T19:58:00.000Z");
  });

  const notADate = "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)";

  it.each([
    ["garbage", "yesterday evening"],
    ["an empty string", ""],
    ["a local time without an offset", "2024-03-22T19:58:00"],
    ["a day that does not exist", "2024-02-30"],
    ["29 February of a common year", "2023-02-29"],
    ["a month 13", "2024-13-01"],
    ["a British day-first date", "22/03/2024"],
    ["a date with a time zone name", "Fri Mar 22 2024 19:58:00 GMT+0300"],
    ["a number (epoch milliseconds)", 1711126680000],
    ["an invalid Date", new Date("not a date")],
  ])("refuses %s", (_label, input) => {
    expect(problems(dateTime, input)).toEqual([{ path: "", message: notADate }]);
  });

  it.each([
    ["1899-12-31", "Must be after 1900"],
    ["1066-10-14T09:00:00Z", "Must be after 1900"],
    ["2201-01-01", "Must be before 2200"],
    ["9999-12-31T23:59:59Z", "Must be before 2200"],
  ])("refuses %s as out of range", (input, message) => {
    expect(problems(dateTime, input)).toEqual([{ path: "", message }]);
  });

  it("refuses a Date out of range", () => {
    expect(problems(dateTime, new Date("1850-06-01T00:00:00Z"))).toEqual([{ path: "", message: "Must be after 1900" }]);
    expect(problems(dateTime, new Date("2300-06-01T00:00:00Z"))).toEqual([{ path: "", message: "Must be before 2200" }]);
  });
});

describe("pastDateTime: when something already happened", () => {
  const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

  it("accepts the past, now and a few hours ahead (a local time typed as UTC, a skewed clock)", () => {
    for (const date of [new Date("2024-03-22T19:58:00Z"), hours(0), hours(14)]) expect(accepted(pastDateTime, date)).toEqual(date);
  });

  it("refuses a time more than a day ahead, and a future year typed by mistake", () => {
    expect(messageOn(pastDateTime, hours(25), "")).toBe("Must not be in the future (times are in UTC)");
    expect(messageOn(pastDateTime, "2099-01-01", "")).toBe("Must not be in the future (times are in UTC)");
  });

  it("is what events, claims, figures and sources are dated with; a re-check date may lie ahead", async () => {
    const { eventCreateInput } = await import("./event");
    const { claimCreateInput, claimUpdateInput } = await import("./claim");
    const { sourceCreateInput } = await import("./source");
    const { articleImportInput } = await import("./analysis");
    const future = "2099-01-01";
    expect(messageOn(eventCreateInput, { title: "An event", occurredAt: future }, "occurredAt")).toMatch(/future/);
    expect(messageOn(claimCreateInput, { kind: "STATEMENT", text: "A claim", claimedAt: future }, "claimedAt")).toMatch(/future/);
    expect(
      messageOn(claimCreateInput, { kind: "CASUALTY_COUNT", text: "40 killed", casualty: { metric: "KILLED", qualifier: "EXACT", min: 40, asOf: future } }, "casualty.asOf"),
    ).toMatch(/future/);
    expect(messageOn(sourceCreateInput, { url: "https://example.org/a", publishedAt: future }, "publishedAt")).toMatch(/future/);
    expect(messageOn(articleImportInput, { url: "https://example.org/a", publishedAt: future, claims: [] }, "publishedAt")).toMatch(/future/);
    expect(accepted(claimUpdateInput, { id: "c1", version: 1, recheckAt: future }).recheckAt).toEqual(new Date(future));
  });
});

describe("count", () => {
  it.each([0, 1, 133, LIMITS.count])("accepts %d", (value) => {
    expect(accepted(count, value)).toBe(value);
  });

  it.each([
    [-1, "Must be 0 or more"],
    [1.5, "Must be a whole number"],
    [LIMITS.count + 1, "Must be at most 100,000,000"],
    ["40", "Must be a number"],
    [Number.NaN, "Must be a number"],
    [Number.POSITIVE_INFINITY, "Must be a number"],
    [null, NULL_MESSAGE],
    [true, "Must be a number"],
  ])("refuses %j", (value, message) => {
    expect(messageOn(count, value, "")).toBe(message);
  });
});

describe("httpUrl", () => {
  it.each([
    "https://www.reuters.com/world/europe/gunmen-open-fire-moscow-concert-hall-2024-03-22/",
    "http://example.com",
    "https://news.bbc.co.uk/x?y=1&z=2#part",
    "https://example.com:8443/path",
    // Internationalised domain names: the Russian interior ministry's own site, as typed and as punycode.
    "https://мвд.рф/news/item/1",
    "https://xn--b1aew.xn--p1ai/news",
  ])("accepts %s", (url) => {
    expect(accepted(httpUrl, url)).toBe(url);
  });

  it("trims the address", () => {
    expect(accepted(httpUrl, "  https://example.com/a \n")).toBe("https://example.com/a");
  });

  // One source, one address: the scheme and host are the same in any case; the path and query are not.
  it.each([
    ["HTTPS://EXAMPLE.COM/", "https://example.com/"],
    ["HTTPS://EXAMPLE.ORG/x", "https://example.org/x"],
    ["Http://News.Example.org:8443/Story?ID=7#Top", "http://news.example.org:8443/Story?ID=7#Top"],
    ["HTTPS://МВД.РФ/News", "https://мвд.рф/News"],
  ])("lower-cases the scheme and host of %s, keeping the rest", (url, stored) => {
    expect(accepted(httpUrl, url)).toBe(stored);
  });

  it("percent-encodes spaces, as a browser would", () => {
    expect(accepted(httpUrl, "https://example.org/a b?q=x y#c d")).toBe("https://example.org/a%20b?q=x%20y#c%20d");
  });

  it("counts the limit after encoding", () => {
    const withSpace = "https://example.com/a b".padEnd(LIMITS.url, "c");
    expect(withSpace).toHaveLength(2048);
    expect(problems(httpUrl, withSpace)).toEqual([{ path: "", message: "Must be at most 2048 characters" }]);
  });

  it.each([
    ["user and password", "https://user:pass@example.org/x"],
    ["a user name", "https://user@example.org/x"],
    ["an empty user name", "https://@example.org/x"],
  ])("refuses %s in the address", (_label, url) => {
    expect(problems(httpUrl, url)).toEqual([{ path: "", message: "Must not contain a user name or password (user:password@host)" }]);
  });

  it.each([
    ["a line break", "https://exa\nmple.org/x"],
    ["a tab", "https://example.org/a\tb"],
  ])("refuses %s inside the address (the URL parser would drop it silently)", (_label, url) => {
    expect(problems(httpUrl, url)).toEqual([{ path: "", message: "Must not contain line breaks, tabs or other control characters" }]);
  });

  const notPublic = "Must be a public web address: localhost, IP addresses and intranet names are not accepted";

  it.each([
    ["localhost", "http://localhost/x"],
    ["localhost with a port", "http://localhost:3000/api"],
    ["a name under localhost", "http://app.localhost/x"],
    ["an IPv4 address", "http://127.0.0.1/x"],
    ["a private IPv4 address", "http://192.168.1.10/report.pdf"],
    ["an IPv6 address", "http://[::1]/x"],
    ["a host with no top-level domain", "http://intranet/page"],
    ["a .local name", "http://printer.local/status"],
    ["an .internal name", "https://wiki.corp.internal/page"],
  ])("refuses %s with its own message", (_label, url) => {
    expect(problems(httpUrl, url)).toEqual([{ path: "", message: notPublic }]);
  });

  const notWeb = "Must be a web address starting with http:// or https://";

  it.each([
    ["ftp:", "ftp://example.com/file.txt"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["javascript: disguised as a host", "javascript://example.com/%0Aalert(1)"],
    ["mailto:", "mailto:desk@example.com"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["file:", "file:///etc/passwd"],
    ["garbage", "not a web address"],
    ["a bare host name", "example.com"],
    ["a scheme with no host", "https://"],
    ["a scheme without its slashes", "https:example.com/x"],
    ["a space in the host", "https://exa mple.com"],
    ["an empty string", ""],
  ])("refuses %s", (_label, url) => {
    expect(problems(httpUrl, url)).toEqual([{ path: "", message: notWeb }]);
  });

  it("accepts an address of exactly 2048 characters and refuses one longer", () => {
    const base = "https://example.com/";
    const longest = base + "a".repeat(LIMITS.url - base.length);
    expect(longest).toHaveLength(2048);
    expect(accepted(httpUrl, longest)).toBe(longest);
    expect(problems(httpUrl, `${longest}a`)).toEqual([{ path: "", message: "Must be at most 2048 characters" }]);
  });

  it("refuses a missing address with Required", () => {
    expect(problems(httpUrl, undefined)).toEqual([{ path: "", message: "Required" }]);
  });
});

describe("text the database cannot store", () => {
  const nul = "\u0000";
  it.each([
    ["required text", requiredText(100), `before${nul}after`],
    ["an id", id, `cm1${nul}`],
    ["a web address", httpUrl, `https://example.org/${nul}`],
    ["a search query", searchQuery, `killed${nul}`],
  ])("%s refuses the NUL character", (_label, schema, value) => {
    expect(problems(schema, value)).toContainEqual({ path: "", message: "Must not contain the NUL character (U+0000)" });
  });
});

describe("searchQuery", () => {
  it("is optional and trimmed", () => {
    expect(accepted(searchQuery, undefined)).toBeUndefined();
    expect(accepted(searchQuery, "  Crocus  ")).toBe("Crocus");
  });

  it("is bounded", () => {
    expect(accepted(searchQuery, "q".repeat(LIMITS.query))).toHaveLength(LIMITS.query);
    expect(problems(searchQuery, "q".repeat(LIMITS.query + 1))).toEqual([{ path: "", message: "Must be at most 200 characters" }]);
  });
});

describe("cursors", () => {
  const position = { createdAt: new Date("2024-03-22T19:58:00.123Z"), id: "cm1a2b3c4d5e6f" };

  it("round-trips a position through encodeCursor and decodeCursor", () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("encodes to URL-safe text", () => {
    // Ids chosen so that standard base64 would contain "+", "/" and "=".
    for (const cursorId of ["a", "ab", "~~~", "??>", "id>>?"]) {
      const encoded = encodeCursor({ createdAt: position.createdAt, id: cursorId });
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(encoded)).toEqual({ createdAt: position.createdAt, id: cursorId });
    }
  });

  it("the cursor schema gives back the position", () => {
    expect(accepted(cursor, encodeCursor(position))).toEqual(position);
  });

  const b64 = (raw: string) => btoa(raw).replace(/=+$/, "");

  it.each([
    ["garbage", "not-a-cursor!!"],
    ["an empty string", ""],
    ["a single character", "a"],
    ["base64 of text without an id", b64("2024-03-22T19:58:00.000Z")],
    ["base64 of a bad date", b64("yesterday|cm1")],
    ["base64 with an empty id", b64("2024-03-22T19:58:00.000Z|")],
    ["base64 with an extra part", b64("2024-03-22T19:58:00.000Z|cm1|x")],
    ["a time no database column holds", b64("+275760-09-13T00:00:00.000Z|cm1")],
    ["an id with a NUL character", b64("2024-03-22T19:58:00.000Z|cm\u00001")],
  ])("refuses %s", (_label, value) => {
    expect(decodeCursor(value)).toBeUndefined();
    expect(problems(cursor, value)).toHaveLength(1);
    expect(messageOn(cursor, value, "")).toMatch(/^Is not a cursor from this API/);
  });

  it("refuses a cursor longer than any this API produces (ids are at most 64 characters)", () => {
    expect(encodeCursor({ createdAt: position.createdAt, id: "x".repeat(64) }).length).toBeLessThanOrEqual(200);
    const tooLong = encodeCursor({ createdAt: position.createdAt, id: "x".repeat(200) });
    expect(problems(cursor, tooLong)).toEqual([{ path: "", message: "Is not a cursor from this API" }]);
  });
});

describe.each([
  ["claimListInput", claimListInput],
  ["eventListInput", eventListInput],
  ["sourceListInput", sourceListInput],
  ["evidenceListInput", evidenceListInput],
])("pagination of %s", (_name, schema) => {
  it("defaults to 25 items when nothing is given", () => {
    expect(accepted(schema, undefined)).toEqual({ limit: PAGE_SIZE.default });
    expect(accepted(schema, {})).toEqual({ limit: 25 });
  });

  it.each([1, 25, 100])("accepts limit %d", (limit) => {
    expect(accepted(schema, { limit })).toMatchObject({ limit });
  });

  it.each([
    [0, "Must be at least 1"],
    [-5, "Must be at least 1"],
    [101, "Must be at most 100"],
    [10.5, "Must be a whole number"],
    ["10", "Must be a number"],
  ])("refuses limit %j on limit", (limit, message) => {
    expect(problems(schema, { limit })).toEqual([{ path: "limit", message }]);
  });

  it("accepts a cursor it produced and gives back the position", () => {
    const position = { createdAt: new Date("2024-03-22T19:58:00Z"), id: "cm1" };
    expect(accepted(schema, { cursor: encodeCursor(position), limit: 10 })).toEqual({ cursor: position, limit: 10 });
  });

  it("refuses a garbage cursor on cursor", () => {
    expect(problems(schema, { cursor: "garbage" })).toEqual([
      { path: "cursor", message: "Is not a cursor from this API: pass back a nextCursor you were given" },
    ]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(schema, { limit: 10, page: 2 })).toEqual([{ path: "", message: 'Is not a field of this request: page' }]);
  });
});
