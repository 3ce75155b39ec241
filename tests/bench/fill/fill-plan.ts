import { ACTORS, CLAIMANTS, COMMON_WORD, FILLER, PLACES, PUBLISHERS, RARE_WORD, SOURCE_DOMAINS, sqlArray } from "./vocabulary";

// The fill as set-based SQL: every table is written by INSERT ... SELECT over generate_series, in chunks so that
// progress can be shown, and every value is a function of the row's number (the same fill at every run). One
// event (the "tally event") holds 1,000 killed figures and, from 100k claims on, another 5,000 (the "large tally
// event", issue 11's "fast for an event with 5,000 figures"); the other claims spread over 999 events, one in twenty
// standing alone. 1.5 evidence items per claim, 0.6 sources per claim, a quarter of sources repeating an earlier
// one (so chains form), a fifth of claims assigned to one of 20 editors.

export const EVENTS = 1_000;
export const TALLY_EVENT_FIGURES = 1_000;
export const EDITORS = 20;
const CHUNK = 100_000;

export interface FillStep {
  label: string;
  sql: string;
  /** Rows this step writes, for the progress line. */
  rows: number;
}

export const claimId = (i: number) => `bc${String(i).padStart(10, "0")}`;
export const eventId = (k: number) => `be${String(k).padStart(10, "0")}`;
export const sourceId = (j: number) => `bs${String(j).padStart(10, "0")}`;
export const TALLY_EVENT_ID = eventId(1);
/** The large tally event is the one after the EVENTS others. */
const LARGE_TALLY_EVENT = EVENTS + 1;
export const LARGE_TALLY_EVENT_ID = eventId(LARGE_TALLY_EVENT);

/** The large tally event's figures: none below 100k claims, where 5,000 would be half the archive. */
export const largeTallyFigures = (claims: number) => (claims >= 100_000 ? 5_000 : 0);

export const sourceCount = (claims: number) => Math.max(1_000, Math.round(claims * 0.6));

/** Helper functions the statements share (dropped again by the last step). */
function helpers(claims: number): string {
  const figures = Math.min(TALLY_EVENT_FIGURES, claims);
  // Claims 1 to figures are the tally event's, those after them up to inTallies the large tally event's.
  const inTallies = figures + largeTallyFigures(claims);
  return `
CREATE FUNCTION bench_h(i bigint, salt text) RETURNS bigint IMMUTABLE LANGUAGE sql AS
  $$ SELECT ('x' || substr(md5(salt || i::text), 1, 12))::bit(48)::bigint $$;
CREATE FUNCTION bench_pick(words text[], i bigint, salt text) RETURNS text IMMUTABLE LANGUAGE sql AS
  $$ SELECT words[1 + bench_h(i, salt) % array_length(words, 1)] $$;
CREATE FUNCTION bench_id(prefix text, i bigint) RETURNS text IMMUTABLE LANGUAGE sql AS
  $$ SELECT prefix || lpad(i::text, 10, '0') $$;
CREATE FUNCTION bench_created(i bigint) RETURNS timestamp(3) STABLE LANGUAGE sql AS
  $$ SELECT (date_trunc('day', now()) - interval '1095 days' + (i::float8 / ${claims}) * interval '1094 days')::timestamp(3) $$;
CREATE FUNCTION bench_kind(i bigint) RETURNS "ClaimKind" IMMUTABLE LANGUAGE sql AS
  $$ SELECT (CASE WHEN i <= ${inTallies} OR bench_h(i, 'k') % 10 < 6 THEN 'CASUALTY_COUNT' WHEN bench_h(i, 'k') % 10 < 8 THEN 'RESPONSIBILITY' ELSE 'STATEMENT' END)::"ClaimKind" $$;
CREATE FUNCTION bench_metric(i bigint) RETURNS "CasualtyMetric" IMMUTABLE LANGUAGE sql AS
  $$ SELECT (CASE WHEN i <= ${inTallies} THEN 'KILLED' ELSE (ARRAY['KILLED','KILLED','KILLED','KILLED','KILLED','INJURED','INJURED','INJURED','MISSING','DETAINED'])[1 + bench_h(i, 'm') % 10] END)::"CasualtyMetric" $$;
CREATE FUNCTION bench_qualifier(i bigint) RETURNS "FigureQualifier" IMMUTABLE LANGUAGE sql AS
  $$ SELECT ((ARRAY['EXACT','EXACT','EXACT','EXACT','AT_LEAST','AT_LEAST','AT_LEAST','AT_LEAST','APPROXIMATELY','RANGE'])[1 + bench_h(i, 'q') % 10])::"FigureQualifier" $$;
-- The tally events' figures rise as the day goes on, with noise (so some fall below an earlier one).
CREATE FUNCTION bench_level(i bigint) RETURNS int IMMUTABLE LANGUAGE sql AS
  $$ SELECT (CASE WHEN i <= ${figures} THEN 10 + i / 8 + bench_h(i, 'l') % 15
    WHEN i <= ${inTallies} THEN 10 + (i - ${figures}) / 8 + bench_h(i, 'l') % 15 ELSE 1 + bench_h(i, 'l') % 400 END)::int $$;
CREATE FUNCTION bench_max(i bigint) RETURNS int IMMUTABLE LANGUAGE sql AS
  $$ SELECT CASE bench_qualifier(i) WHEN 'EXACT' THEN bench_level(i) WHEN 'RANGE' THEN bench_level(i) + 5 + (bench_h(i, 'x') % 20)::int ELSE NULL END $$;
CREATE FUNCTION bench_event(i bigint) RETURNS text IMMUTABLE LANGUAGE sql AS
  $$ SELECT CASE WHEN i <= ${figures} THEN bench_id('be', 1) WHEN i <= ${inTallies} THEN '${LARGE_TALLY_EVENT_ID}' WHEN i % 20 = 0 THEN NULL ELSE bench_id('be', 2 + i % ${EVENTS - 1}) END $$;`;
}

const figureText = `
  CASE bench_qualifier(i) WHEN 'EXACT' THEN bench_level(i) || ' people were '
    WHEN 'AT_LEAST' THEN 'At least ' || bench_level(i) || ' people were '
    WHEN 'APPROXIMATELY' THEN 'About ' || bench_level(i) || ' people were '
    ELSE 'Between ' || bench_level(i) || ' and ' || bench_max(i) || ' people were ' END
  || (CASE bench_metric(i) WHEN 'KILLED' THEN 'killed' WHEN 'INJURED' THEN 'injured' WHEN 'MISSING' THEN 'reported missing' ELSE 'detained' END)`;

const responsibilityText = `
  CASE bench_h(i, 'a') % 5 WHEN 0 THEN bench_pick(${sqlArray(ACTORS)}, i, 'actor') || ' claimed responsibility for'
    WHEN 1 THEN 'Officials blamed ' || bench_pick(${sqlArray(ACTORS)}, i, 'actor') || ' for'
    WHEN 2 THEN 'Media reports linked ' || bench_pick(${sqlArray(ACTORS)}, i, 'actor') || ' to'
    WHEN 3 THEN bench_pick(${sqlArray(ACTORS)}, i, 'actor') || ' denied any part in'
    ELSE bench_pick(${sqlArray(ACTORS)}, i, 'actor') || ' is suspected of'
  END`;

const claimText = `
  CASE bench_kind(i)
    WHEN 'CASUALTY_COUNT' THEN ${figureText} || ' in the ' || bench_pick(${sqlArray(FILLER)}, i, 'f1') || ' in ' || bench_pick(${sqlArray(PLACES)}, i, 'p')
    WHEN 'RESPONSIBILITY' THEN ${responsibilityText} || ' the ' || bench_pick(${sqlArray(FILLER)}, i, 'f1') || ' in ' || bench_pick(${sqlArray(PLACES)}, i, 'p')
    ELSE 'There were ' || (1 + bench_h(i, 'n') % 90) || ' ' || bench_pick(${sqlArray(FILLER)}, i, 'f1') || ' incidents in ' || bench_pick(${sqlArray(PLACES)}, i, 'p') || ' in the past year'
  END
  || ' after the ' || bench_pick(${sqlArray(FILLER)}, i, 'f2') || ' near the ' || bench_pick(${sqlArray(FILLER)}, i, 'f3')
  || (CASE WHEN bench_h(i, 'c') % 10 = 0 THEN ', ${COMMON_WORD} said' ELSE '' END)
  || (CASE WHEN i % 20011 = 1007 THEN ' (witnesses saw a ${RARE_WORD})' ELSE '' END) || '.'`;

function chunks(total: number, label: string, sql: (from: number, to: number) => string): FillStep[] {
  const steps: FillStep[] = [];
  for (let from = 1; from <= total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK - 1);
    steps.push({ label, sql: sql(from, to), rows: to - from + 1 });
  }
  return steps;
}

export function fillPlan(claims: number): FillStep[] {
  const sources = sourceCount(claims);
  const figures = Math.min(TALLY_EVENT_FIGURES, claims);
  const large = largeTallyFigures(claims);
  const events = large > 0 ? LARGE_TALLY_EVENT : EVENTS;
  return [
    { label: "helpers", sql: helpers(claims), rows: 0 },
    {
      label: "editors",
      rows: EDITORS,
      sql: `INSERT INTO "User" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
        SELECT bench_id('bu', k), 'Bench editor ' || k, 'bench-editor-' || k || '@bench.test', true, 'EDITOR', now(), now() FROM generate_series(1, ${EDITORS}) k`,
    },
    {
      label: "events",
      rows: events,
      sql: `INSERT INTO "Event" (id, title, location, "occurredAt", "createdAt", "updatedAt")
        SELECT bench_id('be', k),
          CASE WHEN k = 1 THEN 'Bench: the ${figures}-figure event' WHEN k = ${LARGE_TALLY_EVENT} THEN 'Bench: the ${large}-figure event' ELSE initcap(bench_pick(${sqlArray(FILLER)}, k, 'et')) || ' in ' || bench_pick(${sqlArray(PLACES)}, k, 'ep') || ' #' || k END,
          bench_pick(${sqlArray(PLACES)}, k, 'ep'), bench_created(least(k, ${EVENTS}) * ${Math.max(1, Math.floor(claims / EVENTS))}), bench_created(least(k, ${EVENTS}) * ${Math.max(1, Math.floor(claims / EVENTS))}), now()
        FROM generate_series(1, ${events}) k`,
    },
    ...chunks(
      sources,
      "sources",
      (from, to) => `INSERT INTO "Source" (id, url, title, publisher, "publishedAt", type, reliability, "repeatsSourceId", "createdAt", "updatedAt")
        SELECT bench_id('bs', j),
          'https://' || ${sqlArray(SOURCE_DOMAINS)}[1 + bench_h(j, 'pub') % ${PUBLISHERS.length}] || '/news/story-' || j,
          'Report: ' || bench_pick(${sqlArray(FILLER)}, j, 'st') || ' in ' || bench_pick(${sqlArray(PLACES)}, j, 'sp'),
          ${sqlArray(PUBLISHERS)}[1 + bench_h(j, 'pub') % ${PUBLISHERS.length}],
          bench_created((j::float8 * ${claims} / ${sources})::bigint),
          ((ARRAY['OFFICIAL_STATEMENT','WIRE','NEWS_REPORT','NEWS_REPORT','NEWS_REPORT','NEWS_REPORT','NEWS_REPORT','SOCIAL_MEDIA','CLAIM_CHANNEL','DOCUMENT'])[1 + bench_h(j, 'ty') % 10])::"SourceType",
          ((ARRAY['A','B','B','C','C','C','D','E','F','F'])[1 + bench_h(j, 're') % 10])::"SourceReliability",
          CASE WHEN j > 1 AND bench_h(j, 'rp') % 4 = 0 THEN bench_id('bs', 1 + bench_h(j, 'rt') % (j - 1)) ELSE NULL END,
          bench_created((j::float8 * ${claims} / ${sources})::bigint), now()
        FROM generate_series(${from}, ${to}) j`,
    ),
    ...chunks(
      claims,
      "claims",
      (from, to) => `INSERT INTO "Claim" (id, kind, text, claimant, "claimedAt", "eventId", stage, verdict, "verdictNote", "createdAt", "updatedAt", "assigneeId", "recheckAt")
        SELECT bench_id('bc', i), bench_kind(i), ${claimText},
          CASE WHEN bench_h(i, 'cn') % 20 = 0 THEN NULL ELSE bench_pick(${sqlArray(CLAIMANTS)}, i, 'cl') END,
          CASE WHEN i <= ${figures} THEN (bench_created(1) + i * interval '1 minute')::timestamp(3)
               WHEN i <= ${figures + large} THEN (bench_created(1) + (i - ${figures}) * interval '15 seconds')::timestamp(3)
               WHEN bench_h(i, 'ca') % 10 = 0 THEN NULL ELSE bench_created(i) - (bench_h(i, 'ca') % 600) * interval '1 minute' END,
          bench_event(i),
          ((ARRAY['NEW','NEW','NEW','RESEARCHING','RESEARCHING','RESEARCHING','IN_REVIEW','CONCLUDED','CONCLUDED','CONCLUDED'])[1 + bench_h(i, 's') % 10])::"ClaimStage",
          (CASE WHEN bench_h(i, 's') % 10 >= 7 THEN (ARRAY['CONFIRMED','CONFIRMED','LIKELY','FALSE','MISLEADING','UNPROVEN','DISPUTED'])[1 + bench_h(i, 'v') % 7] ELSE 'UNRATED' END)::"Verdict",
          CASE WHEN bench_h(i, 's') % 10 >= 7 THEN 'Checked against the sources.' ELSE NULL END,
          bench_created(i), bench_created(i),
          CASE WHEN bench_h(i, 'as') % 5 = 0 THEN bench_id('bu', 1 + bench_h(i, 'au') % ${EDITORS}) ELSE NULL END,
          CASE WHEN bench_h(i, 'rc') % 20 = 0 THEN bench_created(i) + interval '1 day' ELSE NULL END
        FROM generate_series(${from}, ${to}) i`,
    ),
    ...chunks(
      claims,
      "claim details",
      (from, to) => `INSERT INTO "CasualtyDetail" ("claimId", metric, population, qualifier, min, max, "reportedAs")
          SELECT bench_id('bc', i), bench_metric(i),
            ((ARRAY['ALL','ALL','ALL','ALL','ALL','ALL','ALL','ALL','CIVILIANS','SECURITY_FORCES'])[1 + bench_h(i, 'po') % 10])::"CasualtyPopulation",
            bench_qualifier(i), CASE WHEN bench_qualifier(i) = 'AT_MOST' THEN NULL ELSE bench_level(i) END, bench_max(i),
            CASE WHEN bench_h(i, 'ra') % 4 = 0 THEN lower(${figureText}) ELSE NULL END
          FROM generate_series(${from}, ${to}) i WHERE bench_kind(i) = 'CASUALTY_COUNT';
        INSERT INTO "ResponsibilityDetail" ("claimId", actor, attribution, channel)
          SELECT bench_id('bc', i), bench_pick(${sqlArray(ACTORS)}, i, 'actor'),
            ((ARRAY['SELF_CLAIMED','OFFICIAL','MEDIA','DENIED','SUSPECTED'])[1 + bench_h(i, 'a') % 5])::"Attribution",
            CASE WHEN bench_h(i, 'a') % 5 = 0 THEN 'Amaq' ELSE NULL END
          FROM generate_series(${from}, ${to}) i WHERE bench_kind(i) = 'RESPONSIBILITY'`,
    ),
    ...chunks(
      claims,
      "evidence",
      (from, to) => `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, excerpt, credibility, "createdAt", "updatedAt")
        SELECT bench_id('bv', 2 * i + n - 1), bench_id('bc', i),
          bench_id('bs', 1 + (bench_h(i, 'e1') + CASE WHEN n = 2 THEN 1 + bench_h(i, 'e2') % ${sources - 1} ELSE 0 END) % ${sources}),
          ((ARRAY['SUPPORTS','SUPPORTS','SUPPORTS','SUPPORTS','SUPPORTS','SUPPORTS','SUPPORTS','SUPPORTS','CONTRADICTS','CONTEXT'])[1 + bench_h(i * 2 + n, 'sn') % 10])::"EvidenceStance",
          CASE WHEN n = 1 THEN 'the figure as the report gives it' ELSE NULL END,
          1 + (bench_h(i * 2 + n, 'cr') % 6)::int,
          bench_created(i) + interval '1 minute', bench_created(i) + interval '1 minute'
        FROM generate_series(${from}, ${to}) i CROSS JOIN generate_series(1, 2) n WHERE n = 1 OR i % 2 = 0`,
    ),
    {
      label: "analyze",
      rows: 0,
      sql: `DROP FUNCTION bench_event, bench_max, bench_level, bench_qualifier, bench_metric, bench_kind, bench_created, bench_id, bench_pick, bench_h;
        ANALYZE`,
    },
  ];
}
