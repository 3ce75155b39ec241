import type { z } from "zod";
import { Prisma, type PrismaClient } from "@claimdesk/db";
import {
  SEARCH_TYPES,
  encodeSearchCursor,
  type ClaimHit,
  type ClaimKind,
  type ClaimStage,
  type EventHit,
  type Highlighted,
  type PageCursor,
  type SearchGroup,
  type SearchResult,
  type SearchType,
  type SourceHit,
  type SourceType,
  type Verdict,
  type searchQueryInput,
} from "@claimdesk/schemas";
import { MARK_END, MARK_START, markSimilarWords, piecesOf } from "./search-highlight";

// One search over claims, sources and events (search.query), and the word matching claim.list, source.list and
// event.list use for q. Words go through each table's stored "searchVector" (GIN; English stemming, accents folded:
// the "claimdesk_search" configuration of the migration *_search) with websearch_to_tsquery's syntax; names
// (claimant, actor, publisher, author, event title and location) also match by trigrams (pg_trgm, GIN), each field
// on its own, joined by UNION ALL.
//
// Cost must not grow with the archive: a common word matches half a million claims, and ranking them all reads
// every one, while a rare word must not walk the whole table in date order looking for its few rows (the planner
// cannot tell the two apart well: it guesses the frequency of a word it has no statistics for). So every match is
// found in two bounded steps (boundedMatches): first among the RECENT_WINDOW newest rows, by the createdAt index
// (skipped when not one of the PROBE_WINDOW newest rows matches); only when those hold too few, through the GIN
// index, which a word that rare answers quickly. Similar names likewise (nameMatches): first the distinct names of
// the NAME_WINDOW newest rows, and only when none is similar, the trigram index. Each kind then ranks at most
// WORD_CANDIDATES word matches and NAME_CANDIDATES similar names per field, and highlights only its page. The
// three kinds are three statements of one transaction.
//
// Measured at 1M claims, 600k sources and 1,000 events on PostgreSQL (two shared cores, 128 MB of shared buffers),
// through search() alone: 11–15 ms a search one at a time with the GIN indexes' pending lists flushed, against
// 20–23 ms before these steps; see the README's search section for the whole app.

/** How many of the newest rows the first step reads (about 5 ms for all of them at 1M claims). */
const RECENT_WINDOW = 10_000;
/** How many of the newest rows tell a rare word (none of them has it) from the others, before the window. */
const PROBE_WINDOW = 1_000;
/** How many of the newest rows the first step of similar names reads (their distinct names, each measured once). */
const NAME_WINDOW = 1_000;
const WORD_CANDIDATES = 200;
const NAME_CANDIDATES = 100;
/** How much a similar name adds to a result's score: about what a word in the title (weight A) adds. */
const NAME_WEIGHT = 0.3;

const HEADLINE_WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_FRAGMENTS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=3, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
/** Claim texts up to this length are shown whole; longer ones as fragments around the matches. */
const WHOLE_TEXT_UP_TO = 320;

/**
 * Web-style syntax ("a phrase", -word, OR) asks for words exactly as written (after stemming): similar names are
 * matched only for plain words, so that "-Ukraine" never finds Ukraine by its name.
 */
export function isPlainQuery(q: string): boolean {
  return !q.includes('"') && !/(^|\s)-/.test(q) && !/(^|\s)or(\s|$)/i.test(q);
}

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('claimdesk_search', ${q})`;
/** The stored text with our two marks removed, so that only ts_headline's marks reach piecesOf. */
const unmarked = (column: Prisma.Sql) => Prisma.sql`translate(${column}, ${MARK_START + MARK_END}, '')`;
const headline = (column: Prisma.Sql, q: string, options = HEADLINE_WHOLE) =>
  Prisma.sql`ts_headline('claimdesk_search', ${unmarked(column)}, ${tsQuery(q)}, ${options})`;

/**
 * search.query's settings, for its transaction (set_config(…, true) is SET LOCAL): sequential scans priced out,
 * so that a step planned for every row it could return (the second steps of words and names, see boundedMatches
 * and nameMatches) takes its index: the planner prices word_similarity (<%) as a cheap
 * operator while it costs microseconds a row (tens for a long event title), and took a sequential scan for a rare
 * name whenever the table was small or its trigram index had a pending list (fastupdate): 60 ms for 20,000 actors
 * at 100k claims, 5 ms for 1,000 event titles where the index takes 0.1. Every other step already reads an index
 * (the recent windows by createdAt, the candidates and the page by primary key), so nothing else changes.
 */
const searchSettings = (db: PrismaClient) => db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`;

/** Where a kind's rows come from: `from` names the kind's table as "t" (joined to a detail table, perhaps). */
interface Rows {
  from: Prisma.Sql;
  /** Conditions besides the match, each starting with AND (the event filter, a list's filters, its cursor). */
  scope: Prisma.Sql;
}

/**
 * Three CTEs, `${name}_probe`, `${name}_recent` and `${name}_older`, the last two holding ("id", "createdAt") of
 * rows matching `condition`: at most `cap` newest matches among the RECENT_WINDOW newest rows, and, only when those
 * are fewer than `cap` (so the word is in fewer than one row in RECENT_WINDOW / cap), every match, through the
 * condition's index. The second step has no LIMIT on purpose: with one, the planner reads the table in its own
 * order until it has enough whenever it overestimates a word (a phrase of two common words), and reads all of it
 * when the word is absent.
 *
 * The probe reads the PROBE_WINDOW newest rows first. When none matches, the word goes straight to its index,
 * which answers a word that rare quickly (a word in one row in 20,000 read 10,000 rows for nothing: 5 ms of the 7
 * its claims took at 1M claims). When they are all the rows there are (an event's claims, a filtered list), the
 * windows have seen every row and the index is not needed; nor is it when the window held every row in scope (the
 * last test, made only then). An event's few matches for "police" otherwise fetched all 140,000 of its matches in
 * the archive through the index (17 ms at 1M claims). The probe counts rather than asks EXISTS: for "any row?" the
 * planner prefers reading the table newest first, which with a filter like an event's sources (an EXISTS of its
 * own) read half a million sources for 1,000 (7 s at 1M claims). Either way the answer is every match or the `cap`
 * newest, so only the cost depends on the probe.
 */
function boundedMatches(name: string, rows: Rows, condition: Prisma.Sql, cap: number) {
  const probe = Prisma.raw(`"${name}_probe"`);
  const recent = Prisma.raw(`"${name}_recent"`);
  const older = Prisma.raw(`"${name}_older"`);
  return Prisma.sql`
    ${probe} AS MATERIALIZED (
      SELECT count(*) FILTER (WHERE p."matches") > 0 AS "found", count(*) > ${PROBE_WINDOW} AS "more" FROM (
        SELECT ${condition} AS "matches" FROM ${rows.from}
        WHERE true ${rows.scope} ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ${PROBE_WINDOW + 1}
      ) p
    ),
    ${recent} AS MATERIALIZED (
      SELECT w."id", w."createdAt" FROM (
        SELECT t."id", t."createdAt", ${condition} AS "matches" FROM ${rows.from}
        WHERE (SELECT "found" FROM ${probe}) ${rows.scope} ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ${RECENT_WINDOW}
      ) w WHERE w."matches" ORDER BY w."createdAt" DESC, w."id" DESC LIMIT ${cap}
    ),
    ${older} AS MATERIALIZED (
      SELECT t."id", t."createdAt" FROM ${rows.from}
      WHERE ${condition} ${rows.scope} AND (SELECT "more" FROM ${probe}) AND (
        NOT (SELECT "found" FROM ${probe})
        OR (SELECT count(*) FROM ${recent}) < ${cap}
          AND (SELECT count(*) FROM (SELECT FROM ${rows.from} WHERE true ${rows.scope} LIMIT ${RECENT_WINDOW + 1}) a) > ${RECENT_WINDOW}
      )
    )`;
}

interface RankedRow {
  id: string;
  createdAt: Date;
  score: number;
  similarName: boolean;
  total: number;
  capped: boolean;
}

/** A name that matches by trigrams: its column and, for the trigram index step, the rows holding it (the kind's table as t). */
interface NameField {
  rows: Rows;
  column: Prisma.Sql;
}

interface KindQuery {
  /** CTEs that `rows` read (an event's sources), each followed by a comma. */
  prelude?: Prisma.Sql;
  /** The kind's rows, as t, with the event filter. */
  rows: Rows;
  names: NameField[];
  /**
   * The kind's table as t joined to every name column (each NameField's `column` reads in it), for the recent window of
   * names; null for a kind with few rows (events), whose names always go through their trigram index.
   */
  namesWindow: Prisma.Sql | null;
  table: Prisma.Sql;
  /** Columns of the page's rows (alias "t", with joins in `joins`). */
  columns: Prisma.Sql;
  joins: Prisma.Sql;
}

/**
 * The similar names of each field, at most NAME_CANDIDATES, as CTEs "name<i>_recent" and "name<i>_older" of ("id",
 * "sim"), in two bounded steps like the words'. The planner cannot choose between reading a table until it has
 * enough similar names (a common name) and the trigram index (a rare one): it prices word_similarity as cheap
 * while it costs microseconds a row, and took the first for rare names too, reading every row (60 ms for 20,000
 * actors, 5 ms for 1,000 event titles), while the index for a common name ("police", the claimant of one claim in
 * 20) reads every similar row before the first (40 ms at 1M claims). So: first the names of the NAME_WINDOW
 * newest rows, each distinct name measured once; only when none of them is similar (and the window did not hold
 * every row in scope, as for an event's claims), the trigram index, which a name absent from the newest rows
 * answers quickly. The index step has no LIMIT inside (as the words' second step): planned for every row, it takes
 * the index (sequential scans are off, see searchSettings), and its reader stops it at NAME_CANDIDATES.
 */
function nameMatches(q: string, kind: KindQuery, names: NameField[]) {
  // Only for a query with a word in it: "the" would otherwise find every name with "the" in it.
  const hasWords = Prisma.sql`numnode(${tsQuery(q)}) > 0`;
  const ctes: Prisma.Sql[] = [];
  if (kind.namesWindow && names.length) {
    const columns = names.map((field, index) => Prisma.sql`${field.column} AS ${Prisma.raw(`"n${index}"`)}`);
    ctes.push(Prisma.sql`"names_window" AS MATERIALIZED (
      SELECT t."id", t."createdAt", ${Prisma.join(columns, ", ")} FROM ${kind.namesWindow}
      WHERE ${hasWords} ${kind.rows.scope} ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ${NAME_WINDOW}
    )`);
  }
  names.forEach((field, index) => {
    const recent = Prisma.raw(`"name${index}_recent"`);
    const older = Prisma.raw(`"name${index}_older"`);
    const column = Prisma.raw(`"n${index}"`);
    if (kind.namesWindow) {
      // OFFSET 0 keeps the similarity on the distinct names: the planner would otherwise measure it on every row.
      ctes.push(Prisma.sql`${recent} AS MATERIALIZED (
        SELECT w."id", s."sim" FROM "names_window" w JOIN (
          SELECT v."name", word_similarity(${q}::text, v."name") AS "sim"
          FROM (SELECT DISTINCT ${column} AS "name" FROM "names_window" WHERE ${column} IS NOT NULL OFFSET 0) v
          WHERE ${q}::text <% v."name"
        ) s ON s."name" = w.${column}
        ORDER BY w."createdAt" DESC, w."id" DESC LIMIT ${NAME_CANDIDATES}
      )`);
    }
    ctes.push(Prisma.sql`${older} AS MATERIALIZED (
      SELECT t."id", word_similarity(${q}::text, ${field.column}) AS "sim" FROM ${field.rows.from}
      WHERE ${q}::text <% ${field.column} AND ${hasWords} ${field.rows.scope}
        ${kind.namesWindow ? Prisma.sql`AND NOT EXISTS (SELECT FROM ${recent}) AND (SELECT count(*) FROM "names_window") >= ${NAME_WINDOW}` : Prisma.empty}
    )`);
  });
  const union = names.map((_, index) => {
    const older = Prisma.raw(`(SELECT "id", "sim" FROM "name${index}_older" LIMIT ${NAME_CANDIDATES})`);
    return kind.namesWindow ? Prisma.sql`SELECT "id", "sim" FROM ${Prisma.raw(`"name${index}_recent"`)} UNION ALL ${older}` : older;
  });
  return { ctes, union };
}

/**
 * Ranks a kind's candidates and reads one page of them, with the highlighted fields: ts_headline (which parses each
 * text anew) runs for the page's rows alone, and no row beyond the page is read, the count of candidates telling
 * whether there is a next page.
 */
function rankedPage<Row>(db: PrismaClient, q: string, kind: KindQuery, offset: number, limit: number): Prisma.PrismaPromise<Array<RankedRow & Row>> {
  // Similar names only for plain words (see isPlainQuery).
  const names = nameMatches(q, kind, isPlainQuery(q) ? kind.names : []);
  return db.$queryRaw<Array<RankedRow & Row>>`
    WITH ${kind.prelude ?? Prisma.empty} ${boundedMatches("words", kind.rows, Prisma.sql`t."searchVector" @@ ${tsQuery(q)}`, WORD_CANDIDATES)},
    ${names.ctes.length ? Prisma.sql`${Prisma.join(names.ctes, ",")},` : Prisma.empty}
    "words" AS (
      SELECT "id" FROM (SELECT "id", "createdAt" FROM "words_recent" UNION SELECT "id", "createdAt" FROM "words_older") u
      ORDER BY "createdAt" DESC, "id" DESC LIMIT ${WORD_CANDIDATES}
    ),
    "names" AS (
      ${names.union.length ? Prisma.sql`SELECT "id", max("sim") AS "sim" FROM (${Prisma.join(names.union, " UNION ALL ")}) n GROUP BY "id"` : Prisma.sql`SELECT NULL::text AS "id", 0::real AS "sim" WHERE false`}
    ),
    "candidates" AS (
      SELECT coalesce(w."id", n."id") AS "id", w."id" IS NOT NULL AS "byWords", coalesce(n."sim", 0) AS "sim"
      FROM "words" w FULL JOIN "names" n ON n."id" = w."id"
    ),
    "ranked" AS (
      SELECT t."id", t."createdAt",
        ((CASE WHEN k."byWords" THEN ts_rank(t."searchVector", ${tsQuery(q)}) ELSE 0 END) + ${NAME_WEIGHT} * k."sim")::float8 AS "score",
        k."sim" > 0 AS "similarName",
        (count(*) OVER ())::int AS "total"
      FROM "candidates" k JOIN ${kind.table} t ON t."id" = k."id"
      ORDER BY "score" DESC, t."createdAt" DESC, t."id" DESC
      OFFSET ${offset} LIMIT ${limit}
    )
    SELECT r."id", r."createdAt", r."score", r."similarName", r."total",
      ((SELECT count(*) FROM "words_recent") >= ${WORD_CANDIDATES} OR (SELECT count(*) FROM "words_older") > ${WORD_CANDIDATES}) AS "capped",
      ${kind.columns}
    FROM "ranked" r JOIN ${kind.table} t ON t."id" = r."id" ${kind.joins}
    ORDER BY r."score" DESC, r."createdAt" DESC, r."id" DESC`;
}

/** One kind's statement, not yet sent, and how its rows become the kind's group. */
interface KindSearch {
  statement: Prisma.PrismaPromise<unknown>;
  toGroup(rows: unknown): SearchGroup;
}

const kindSearch = <R>(statement: Prisma.PrismaPromise<R[]>, toGroup: (rows: R[]) => SearchGroup): KindSearch => ({
  statement,
  toGroup: (rows) => toGroup(rows as R[]),
});

const highlighted = (marked: string | null, q: string, similarName: boolean): Highlighted | null => {
  if (marked === null) return null;
  const pieces = piecesOf(marked);
  return similarName ? markSimilarWords(pieces, q) : pieces;
};

function groupOf<Hit>(rows: RankedRow[], hits: Hit[], limit: number, type: SearchType, offset: number) {
  const first = rows[0];
  const capped = first?.capped ?? false;
  return {
    type,
    items: hits,
    // The candidates ranked (word matches and similar names); past the last page, nothing is known but that.
    count: first?.total ?? 0,
    countIsAtLeast: capped,
    nextCursor: offset + limit < (first?.total ?? 0) ? encodeSearchCursor({ type, offset: offset + limit }) : null,
  };
}

interface ClaimColumns {
  kind: ClaimKind;
  stage: ClaimStage;
  verdict: Verdict;
  eventId: string | null;
  text: string;
  claimant: string | null;
  actor: string | null;
  reportedAs: string | null;
}

/** What every hit has, whatever its kind. */
const hitBase = (row: { id: string; score: number; similarName: boolean; createdAt: Date }) => ({
  id: row.id,
  score: row.score,
  similarName: row.similarName,
  createdAt: row.createdAt,
});

function searchClaims(db: PrismaClient, q: string, eventId: string | undefined, offset: number, limit: number): KindSearch {
  const scope = eventId ? Prisma.sql`AND t."eventId" = ${eventId}` : Prisma.empty;
  const statement = rankedPage<ClaimColumns>(
    db,
    q,
    {
      table: Prisma.sql`"Claim"`,
      rows: { from: Prisma.sql`"Claim" t`, scope },
      // Only a responsibility claim has an actor: the others skip the look-up (OFFSET 0 keeps the subquery, whose
      // kind test then runs before it).
      namesWindow: Prisma.sql`"Claim" t LEFT JOIN LATERAL (
        SELECT r."actor" FROM "ResponsibilityDetail" r WHERE r."claimId" = t."id" AND t."kind" = 'RESPONSIBILITY' OFFSET 0
      ) d ON true`,
      names: [
        { rows: { from: Prisma.sql`"Claim" t`, scope }, column: Prisma.sql`t."claimant"` },
        { rows: { from: Prisma.sql`"ResponsibilityDetail" d JOIN "Claim" t ON t."id" = d."claimId"`, scope }, column: Prisma.sql`d."actor"` },
      ],
      columns: Prisma.sql`t."kind"::text AS "kind", t."stage"::text AS "stage", t."verdict"::text AS "verdict", t."eventId",
        CASE WHEN length(t."text") <= ${WHOLE_TEXT_UP_TO} THEN ${headline(Prisma.sql`t."text"`, q)}
          ELSE ${headline(Prisma.sql`t."text"`, q, HEADLINE_FRAGMENTS)} END AS "text",
        ${headline(Prisma.sql`t."claimant"`, q)} AS "claimant",
        ${headline(Prisma.sql`d."actor"`, q)} AS "actor",
        ${headline(Prisma.sql`f."reportedAs"`, q)} AS "reportedAs"`,
      joins: Prisma.sql`LEFT JOIN "ResponsibilityDetail" d ON d."claimId" = t."id" LEFT JOIN "CasualtyDetail" f ON f."claimId" = t."id"`,
    },
    offset,
    limit,
  );
  return kindSearch(statement, (rows) => {
    const hits: ClaimHit[] = rows.map((row) => ({
      ...hitBase(row),
      kind: row.kind,
      stage: row.stage,
      verdict: row.verdict,
      eventId: row.eventId,
      text: highlighted(row.text, q, false) ?? [],
      claimant: highlighted(row.claimant, q, row.similarName),
      actor: highlighted(row.actor, q, row.similarName),
      reportedAs: highlighted(row.reportedAs, q, false),
    }));
    return { ...groupOf(rows, hits, limit, "CLAIM", offset), type: "CLAIM" as const };
  });
}

interface SourceColumns {
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  sourceType: SourceType;
  reliability: SourceHit["reliability"];
  publishedAt: Date | null;
}

function searchSources(db: PrismaClient, q: string, eventId: string | undefined, offset: number, limit: number): KindSearch {
  // An event's sources (those that are evidence for one of its claims), with the columns the steps read, found
  // once: each step looking them up anew by primary key cost 8 ms for 1,500 sources at 1M claims.
  const prelude = eventId
    ? Prisma.sql`"event_sources" AS MATERIALIZED (
        SELECT s."id", s."createdAt", s."searchVector", s."publisher", s."author" FROM "Source" s
        WHERE s."id" IN (SELECT e."sourceId" FROM "Evidence" e JOIN "Claim" c ON c."id" = e."claimId" WHERE c."eventId" = ${eventId})
      ),`
    : Prisma.empty;
  const from = eventId ? Prisma.sql`"event_sources" t` : Prisma.sql`"Source" t`;
  const scope = Prisma.empty;
  const statement = rankedPage<SourceColumns>(
    db,
    q,
    {
      table: Prisma.sql`"Source"`,
      prelude,
      rows: { from, scope },
      namesWindow: from,
      names: [
        { rows: { from, scope }, column: Prisma.sql`t."publisher"` },
        { rows: { from, scope }, column: Prisma.sql`t."author"` },
      ],
      columns: Prisma.sql`${headline(Prisma.sql`t."url"`, q)} AS "url", ${headline(Prisma.sql`t."title"`, q)} AS "title",
        ${headline(Prisma.sql`t."publisher"`, q)} AS "publisher", ${headline(Prisma.sql`t."author"`, q)} AS "author",
        t."type"::text AS "sourceType", t."reliability"::text AS "reliability", t."publishedAt"`,
      joins: Prisma.empty,
    },
    offset,
    limit,
  );
  return kindSearch(statement, (rows) => {
    const hits: SourceHit[] = rows.map((row) => ({
      ...hitBase(row),
      url: highlighted(row.url, q, false) ?? [],
      title: highlighted(row.title, q, false),
      publisher: highlighted(row.publisher, q, row.similarName),
      author: highlighted(row.author, q, row.similarName),
      sourceType: row.sourceType,
      reliability: row.reliability,
      publishedAt: row.publishedAt,
    }));
    return { ...groupOf(rows, hits, limit, "SOURCE", offset), type: "SOURCE" as const };
  });
}

interface EventColumns {
  title: string;
  location: string | null;
  occurredAt: Date | null;
}

function searchEvents(db: PrismaClient, q: string, eventId: string | undefined, offset: number, limit: number): KindSearch {
  const scope = eventId ? Prisma.sql`AND t."id" = ${eventId}` : Prisma.empty;
  const statement = rankedPage<EventColumns>(
    db,
    q,
    {
      table: Prisma.sql`"Event"`,
      rows: { from: Prisma.sql`"Event" t`, scope },
      // Events are few (one per news story): their names always go through the trigram index.
      namesWindow: null,
      names: [
        { rows: { from: Prisma.sql`"Event" t`, scope }, column: Prisma.sql`t."title"` },
        { rows: { from: Prisma.sql`"Event" t`, scope }, column: Prisma.sql`t."location"` },
      ],
      columns: Prisma.sql`${headline(Prisma.sql`t."title"`, q)} AS "title", ${headline(Prisma.sql`t."location"`, q)} AS "location", t."occurredAt"`,
      joins: Prisma.empty,
    },
    offset,
    limit,
  );
  return kindSearch(statement, (rows) => {
    const hits: EventHit[] = rows.map((row) => ({
      ...hitBase(row),
      title: highlighted(row.title, q, row.similarName) ?? [],
      location: highlighted(row.location, q, row.similarName),
      occurredAt: row.occurredAt,
    }));
    return { ...groupOf(rows, hits, limit, "EVENT", offset), type: "EVENT" as const };
  });
}

const SEARCHERS = { CLAIM: searchClaims, SOURCE: searchSources, EVENT: searchEvents } as const;

/** search.query: each kind asked for (a cursor names its own), ranked, one page each. */
export async function search(db: PrismaClient, input: z.output<typeof searchQueryInput>): Promise<SearchResult> {
  const wanted = input.cursor ? [input.cursor.type] : (input.types ?? SEARCH_TYPES);
  const types = SEARCH_TYPES.filter((type) => wanted.includes(type));
  const offset = input.cursor?.offset ?? 0;
  const searches = types.map((type) => SEARCHERS[type](db, input.q, input.eventId, offset, input.limit));
  // One transaction, its statements one after the other on one connection: sent at once (Promise.all, a
  // connection each) they answered no faster under load (10 at a time, measured at 1M claims), for three times the
  // connections and a third more of this process's time; PGlite runs one statement at a time anyway.
  const [, ...results] = await db.$transaction([searchSettings(db), ...searches.map((kind) => kind.statement)]);
  const groups = searches.map((kind, index) => kind.toGroup(results[index]));
  return { q: input.q, groups };
}

// ---- q of the lists: one page of matching ids, in the list's order -----------------------------------------

/** A list page's position and size, as pagination.ts's pageQuery reads them. */
interface ListPage {
  cursor?: PageCursor;
  take: number;
}

/** Keyset on (createdAt, id), newest first; the time as text, which a timestamp column reads as the UTC Prisma stores. */
const after = (cursor: PageCursor | undefined) =>
  cursor ? Prisma.sql`AND (t."createdAt", t."id") < (${cursor.createdAt.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty;

async function idsMatching(db: PrismaClient, table: Prisma.Sql, q: string, conditions: Prisma.Sql[], page: ListPage): Promise<string[]> {
  const scope = Prisma.sql`${conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty} ${after(page.cursor)}`;
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    WITH ${boundedMatches("list", { from: Prisma.sql`${table} t`, scope }, Prisma.sql`t."searchVector" @@ ${tsQuery(q)}`, page.take)}
    SELECT "id" FROM (SELECT "id", "createdAt" FROM "list_recent" UNION SELECT "id", "createdAt" FROM "list_older") u
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT ${page.take}`;
  return rows.map((row) => row.id);
}

/** The filters of claim.list besides q; a view adds its own (an assignee, a stage, a re-check time). */
export interface ClaimListScope {
  eventId?: string;
  kind?: ClaimKind;
  stage?: ClaimStage;
  verdict?: Verdict;
  assigneeId?: string;
  view?: { assigneeId?: string; stage?: ClaimStage; recheckBefore?: Date };
}

/**
 * claim.list's q: the ids of one page of claims whose words match, with every other filter applied, newest first.
 * The list then reads those rows as it reads any page.
 */
export function claimIdsMatching(db: PrismaClient, q: string, scope: ClaimListScope, page: ListPage): Promise<string[]> {
  const conditions: Prisma.Sql[] = [];
  if (scope.eventId !== undefined) conditions.push(Prisma.sql`t."eventId" = ${scope.eventId}`);
  if (scope.kind !== undefined) conditions.push(Prisma.sql`t."kind"::text = ${scope.kind}`);
  for (const stage of [scope.stage, scope.view?.stage]) if (stage !== undefined) conditions.push(Prisma.sql`t."stage"::text = ${stage}`);
  if (scope.verdict !== undefined) conditions.push(Prisma.sql`t."verdict"::text = ${scope.verdict}`);
  for (const assignee of [scope.assigneeId, scope.view?.assigneeId]) if (assignee !== undefined) conditions.push(Prisma.sql`t."assigneeId" = ${assignee}`);
  if (scope.view?.recheckBefore) conditions.push(Prisma.sql`t."recheckAt" <= ${scope.view.recheckBefore.toISOString()}::timestamp`);
  return idsMatching(db, Prisma.sql`"Claim"`, q, conditions, page);
}

/** LIKE's own characters in a filter value stand for themselves. */
const likeEscaped = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);

/** source.list's q, with its other filters (type; publisher holding the given text). */
export function sourceIdsMatching(db: PrismaClient, q: string, scope: { type?: SourceType; publisher?: string }, page: ListPage): Promise<string[]> {
  const conditions: Prisma.Sql[] = [];
  if (scope.type !== undefined) conditions.push(Prisma.sql`t."type"::text = ${scope.type}`);
  if (scope.publisher) conditions.push(Prisma.sql`t."publisher" ILIKE ${`%${likeEscaped(scope.publisher)}%`}`);
  return idsMatching(db, Prisma.sql`"Source"`, q, conditions, page);
}

/** event.list's q. */
export function eventIdsMatching(db: PrismaClient, q: string, page: ListPage): Promise<string[]> {
  return idsMatching(db, Prisma.sql`"Event"`, q, [], page);
}
