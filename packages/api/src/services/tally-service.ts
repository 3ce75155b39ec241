import type { z } from "zod";
import type { ClaimStage, Prisma, PrismaClient, Verdict } from "@claimdesk/db";
import { CASUALTY_METRICS, type CasualtyMetric, type eventTallyInput } from "@claimdesk/schemas";
import {
  headlinePopulation,
  houseFigures,
  inReportedOrder,
  possibleCopies,
  supersessions,
  tallyFlags,
  type OtherMetricFigure,
  type Superseded,
  type TallyFigure,
  type TallySource,
} from "@claimdesk/analysis";
import { NotFoundError } from "../errors";
import { notDuplicatePairs } from "./duplicate-service";
import { originsOf, type SourceOrigin } from "./origin-service";
import type { casualtySelect } from "./selects";
import { keptTally } from "./tally-cache";

type Casualty = Prisma.CasualtyDetailGetPayload<{ select: typeof casualtySelect }>;
type Db = PrismaClient | Prisma.TransactionClient;

/** A casualty claim of the event with its figure and the sources supporting it, oldest evidence first. */
interface FigureRow extends Casualty {
  id: string;
  text: string;
  claimant: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  stage: ClaimStage;
  verdict: Verdict;
  /** Empty for a figure under another metric: only the tally's own figures need theirs. */
  sourceIds: string[];
}

/** A source behind a figure, or one that such a source repeats. */
interface SourceRow extends SourceOrigin {
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
}

// The statements below start from the event's claims and follow the indexes, so they cost what the event holds
// whatever the size of the database. Written as joins, they let the planner hash whole tables instead (Evidence,
// Source: 40–60 ms each at 100,000 claims); a lookup per row (a correlated ARRAY, a LATERAL subquery on a unique
// key, kept one lookup by its LIMIT 1) cannot be planned that way. The planner prices those lookups high, past
// jit_above_cost: the app's sessions run with JIT off (POSTGRES_SESSION_OPTIONS, packages/db/src/connection.ts).

/** The event's casualty claims with their figures (all metrics `withOthers`), in the order recorded. */
const figureRows = (db: Db, eventId: string, metric: CasualtyMetric, withOthers: boolean) =>
  db.$queryRaw<FigureRow[]>`
      SELECT c.id, c.text, c.claimant, c."claimedAt", c."createdAt", c.stage::text AS stage, c.verdict::text AS verdict,
        d.metric::text AS metric, d.population::text AS population, d.qualifier::text AS qualifier, d.min, d.max, d."asOf", d."reportedAs",
        CASE WHEN d.metric::text = ${metric} THEN ARRAY(
          SELECT v."sourceId" FROM "Evidence" v WHERE v."claimId" = c.id AND v.stance = 'SUPPORTS' ORDER BY v."createdAt", v.id
        ) ELSE '{}' END AS "sourceIds"
      FROM "Claim" c
      CROSS JOIN LATERAL (
        SELECT metric, population, qualifier, min, max, "asOf", "reportedAs" FROM "CasualtyDetail" WHERE "claimId" = c.id LIMIT 1
      ) d
      WHERE c."eventId" = ${eventId} AND c.kind = 'CASUALTY_COUNT' AND (${withOthers} OR d.metric::text = ${metric})
      ORDER BY c."createdAt", c.id`;

/**
 * The given sources and every source they repeat, in one recursive statement (as loadSourceChains, with what the
 * tally shows of each). UNION drops a source reached twice, so the walk also ends on a cycle in corrupt data.
 */
const sourceRows = (db: Db, sourceIds: string[]) =>
  db.$queryRaw<SourceRow[]>`
      WITH RECURSIVE chain (id, url, title, publisher, type, "publishedAt", "repeatsSourceId") AS (
        SELECT id, url, title, publisher, type, "publishedAt", "repeatsSourceId" FROM "Source" WHERE id = ANY(${sourceIds}::text[])
        UNION
        SELECT next.* FROM chain CROSS JOIN LATERAL (
          SELECT id, url, title, publisher, type, "publishedAt", "repeatsSourceId" FROM "Source" WHERE id = chain."repeatsSourceId" LIMIT 1
        ) next
      )
      SELECT id, url, title, publisher, type::text AS type, "publishedAt", "repeatsSourceId" FROM chain`;

/**
 * One event's casualty figures for one metric, in the order reported, as the tally and the wording compare them,
 * and the sources behind them by id, each with its origin; with `others`, the event's figures under the other
 * metrics (only when asked for: the tally's flags need them). Two statements whatever the number of figures.
 */
export async function loadEventFigures(db: Db, eventId: string, metric: CasualtyMetric, { withOthers = false } = {}) {
  const rows = await figureRows(db, eventId, metric, withOthers);
  const supportingIds = [...new Set(rows.flatMap((row) => row.sourceIds))];
  const chains = new Map((supportingIds.length === 0 ? [] : await sourceRows(db, supportingIds)).map((row) => [row.id, row]));
  const origins = originsOf(supportingIds, chains);
  const sources = new Map<string, TallySource>();
  for (const id of supportingIds) {
    const row = chains.get(id);
    if (row) sources.set(id, { id, url: row.url, title: row.title, publisher: row.publisher, type: row.type, ...origins.get(id)! });
  }

  const figures: TallyFigure[] = [];
  const others: OtherMetricFigure[] = [];
  const countByMetric = new Map<CasualtyMetric, number>();
  for (const row of rows) {
    countByMetric.set(row.metric, (countByMetric.get(row.metric) ?? 0) + 1);
    if (row.metric !== metric) {
      others.push({ claimId: row.id, metric: row.metric, qualifier: row.qualifier, min: row.min, max: row.max, reportedAs: row.reportedAs });
      continue;
    }
    const behind = row.sourceIds.flatMap((id) => sources.get(id) ?? []);
    const published = row.sourceIds.map((id) => chains.get(id)?.publishedAt?.getTime()).filter((time): time is number => time !== undefined);
    figures.push({
      claimId: row.id,
      text: row.text,
      claimant: row.claimant,
      reportedAt: row.claimedAt ?? (published.length > 0 ? new Date(Math.min(...published)) : null),
      asOf: row.asOf,
      createdAt: row.createdAt,
      population: row.population,
      qualifier: row.qualifier,
      min: row.min,
      max: row.max,
      reportedAs: row.reportedAs,
      stage: row.stage,
      verdict: row.verdict,
      sources: behind,
      origins: new Set(behind.map((source) => source.originId)).size,
      official: behind.some((source) => source.originType === "OFFICIAL_STATEMENT"),
    });
  }
  return { figures: inReportedOrder(figures), others, countByMetric, sources };
}

/**
 * A figure as the tally answers it: its sources by id (the answer's `sources` has each once, where a wire story
 * may support dozens of figures), and nothing the tally does not show (when it was recorded only orders the
 * figures). Field by field: a copy through a rest pattern took 2.5 ms for 1,000 figures, this a tenth of one.
 */
const figureAnswer = (figure: TallyFigure, superseded: Superseded | null) => ({
  claimId: figure.claimId,
  text: figure.text,
  claimant: figure.claimant,
  reportedAt: figure.reportedAt,
  asOf: figure.asOf,
  population: figure.population,
  qualifier: figure.qualifier,
  min: figure.min,
  max: figure.max,
  reportedAs: figure.reportedAs,
  stage: figure.stage,
  verdict: figure.verdict,
  sourceIds: figure.sources.map((source) => source.id),
  origins: figure.origins,
  official: figure.official,
  superseded,
});

/**
 * One event's figures for one metric in the order they were reported, with the flags an editor must see, the
 * house figure under every rule (the event's chosen rule first in `houseFigure`), and for each figure whether a
 * later one superseded it under the event's rule.
 */
export function eventTally(db: PrismaClient, { eventId, metric }: z.output<typeof eventTallyInput>) {
  return keptTally(db, eventId, metric, (tx) => readTally(tx, eventId, metric));
}

async function readTally(db: Prisma.TransactionClient, eventId: string, metric: CasualtyMetric) {
  // One transaction's statements run one after another.
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, houseFigureRule: true } });
  if (!event) throw new NotFoundError("event", eventId);
  const { figures: ordered, others, countByMetric, sources } = await loadEventFigures(db, eventId, metric, { withOthers: true });

  // Only the marks between possible copies can change a flag; an event without copies reads none.
  const notDuplicates = await notDuplicatePairs(db, possibleCopies(ordered));
  const underEachRule = houseFigures(ordered, metric);
  const standings = supersessions(ordered, event.houseFigureRule, metric);
  return {
    event,
    metric,
    /** Every metric with its number of figures, so a reader knows which other tallies exist. */
    metrics: CASUALTY_METRICS.map((each) => ({ metric: each, figures: countByMetric.get(each) ?? 0 })),
    /** Who the comparisons and the house figure count (all people unless no figure does). */
    population: headlinePopulation(ordered),
    figures: ordered.map((figure) => figureAnswer(figure, standings.get(figure.claimId)?.superseded ?? null)),
    /** The sources behind the figures, by id, each with the origin it traces back to. */
    sources: Object.fromEntries(sources),
    flags: tallyFlags(ordered, metric, others, notDuplicates),
    houseFigure: underEachRule[event.houseFigureRule],
    houseFigures: underEachRule,
  };
}
