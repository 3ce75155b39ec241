import type { z } from "zod";
import type { ClaimStage, Prisma, PrismaClient, SourceType, Verdict } from "@claimdesk/db";
import { CASUALTY_METRICS, type CasualtyMetric, type eventTallyInput } from "@claimdesk/schemas";
import { headlinePopulation, houseFigures, inReportedOrder, supersessions, tallyFlags, type OtherMetricFigure, type TallyFigure } from "@claimdesk/analysis";
import { NotFoundError } from "../errors";
import { notDuplicatePairs } from "./duplicate-service";
import { loadSourceChains, originsOf } from "./origin-service";
import type { casualtySelect } from "./selects";

/** A source supporting a figure, as the tally shows it. */
interface SourceBehind {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  type: SourceType;
  publishedAt: Date | null;
}

type Casualty = Prisma.CasualtyDetailGetPayload<{ select: typeof casualtySelect }>;

/** A casualty claim of the event with its figure and the sources supporting it, oldest supporting source first. */
interface FigureRow {
  id: string;
  text: string;
  claimant: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  stage: ClaimStage;
  verdict: Verdict;
  casualty: Casualty;
  evidence: Array<{ source: SourceBehind }>;
}

/**
 * One event's casualty figures for one metric, in the order reported, as the tally and the wording compare them;
 * with `others`, the event's figures under the other metrics (only when asked for: the tally's flags need them).
 */
export async function loadEventFigures(db: PrismaClient, eventId: string, metric: CasualtyMetric, { withOthers = false } = {}) {
  // Two statements whatever the number of figures (Prisma's nested read takes one per relation and builds an
  // object per row and relation: a quarter of a second for 1,000 figures).
  const rows = await db.$queryRaw<Array<Omit<FigureRow, "casualty" | "evidence"> & Casualty>>`
    SELECT c.id, c.text, c.claimant, c."claimedAt", c."createdAt", c.stage::text AS stage, c.verdict::text AS verdict,
      d.metric::text AS metric, d.population::text AS population, d.qualifier::text AS qualifier, d.min, d.max, d."asOf", d."reportedAs"
    FROM "Claim" c JOIN "CasualtyDetail" d ON d."claimId" = c.id
    WHERE c."eventId" = ${eventId} AND c.kind = 'CASUALTY_COUNT' AND (${withOthers} OR d.metric::text = ${metric})
    ORDER BY c."createdAt", c.id`;
  const supporting = await db.$queryRaw<Array<SourceBehind & { claimId: string }>>`
    SELECT v."claimId", s.id, s.url, s.title, s.publisher, s.type::text AS type, s."publishedAt"
    FROM "Evidence" v JOIN "Source" s ON s.id = v."sourceId"
    WHERE v."claimId" = ANY(${rows.map((row) => row.id)}::text[]) AND v.stance = 'SUPPORTS'
    ORDER BY v."createdAt", v.id`;
  const sourcesOf = new Map<string, Array<{ source: SourceBehind }>>();
  for (const { claimId, ...source } of supporting) {
    const list = sourcesOf.get(claimId) ?? [];
    if (list.length === 0) sourcesOf.set(claimId, list);
    list.push({ source });
  }
  const claims: FigureRow[] = rows.map(({ metric: rowMetric, population, qualifier, min, max, asOf, reportedAs, ...claim }) => ({
    ...claim,
    casualty: { metric: rowMetric, population, qualifier, min, max, asOf, reportedAs },
    evidence: sourcesOf.get(claim.id) ?? [],
  }));
  const chains = await loadSourceChains(db, claims.flatMap((claim) => claim.evidence.map(({ source }) => source.id)));

  const figures: TallyFigure[] = [];
  const others: OtherMetricFigure[] = [];
  const countByMetric = new Map<CasualtyMetric, number>();
  for (const claim of claims) {
    const casualty = claim.casualty!;
    countByMetric.set(casualty.metric, (countByMetric.get(casualty.metric) ?? 0) + 1);
    if (casualty.metric !== metric) {
      others.push({ claimId: claim.id, metric: casualty.metric, qualifier: casualty.qualifier, min: casualty.min, max: casualty.max, reportedAs: casualty.reportedAs });
      continue;
    }
    const sources = claim.evidence.map(({ source }) => source);
    const origins = originsOf(sources.map((source) => source.id), chains);
    const published = sources.map((source) => source.publishedAt?.getTime()).filter((time): time is number => time !== undefined);
    const tallySources = sources.map(({ publishedAt: _publishedAt, ...source }) => ({ ...source, ...origins.get(source.id)! }));
    figures.push({
      claimId: claim.id,
      text: claim.text,
      claimant: claim.claimant,
      reportedAt: claim.claimedAt ?? (published.length > 0 ? new Date(Math.min(...published)) : null),
      asOf: casualty.asOf,
      createdAt: claim.createdAt,
      population: casualty.population,
      qualifier: casualty.qualifier,
      min: casualty.min,
      max: casualty.max,
      reportedAs: casualty.reportedAs,
      stage: claim.stage,
      verdict: claim.verdict,
      sources: tallySources,
      origins: new Set(tallySources.map((source) => source.originId)).size,
      official: tallySources.some((source) => source.originType === "OFFICIAL_STATEMENT"),
    });
  }
  return { figures: inReportedOrder(figures), others, countByMetric };
}

/**
 * One event's figures for one metric in the order they were reported, with the flags an editor must see, the
 * house figure under every rule (the event's chosen rule first in `houseFigure`), and for each figure whether a
 * later one superseded it under the event's rule.
 */
export async function eventTally(db: PrismaClient, { eventId, metric }: z.output<typeof eventTallyInput>) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, houseFigureRule: true } });
  if (!event) throw new NotFoundError("event", eventId);

  const { figures: ordered, others, countByMetric } = await loadEventFigures(db, eventId, metric, { withOthers: true });
  const underEachRule = houseFigures(ordered, metric);
  const standings = supersessions(ordered, event.houseFigureRule, metric);
  return {
    event,
    metric,
    /** Every metric with its number of figures, so a reader knows which other tallies exist. */
    metrics: CASUALTY_METRICS.map((each) => ({ metric: each, figures: countByMetric.get(each) ?? 0 })),
    /** Who the comparisons and the house figure count (all people unless no figure does). */
    population: headlinePopulation(ordered),
    figures: ordered.map((figure) => ({ ...figure, superseded: standings.get(figure.claimId)?.superseded ?? null })),
    flags: tallyFlags(ordered, metric, others, await notDuplicatePairs(db, ordered.map((figure) => figure.claimId))),
    houseFigure: underEachRule[event.houseFigureRule],
    houseFigures: underEachRule,
  };
}
