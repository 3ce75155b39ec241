import type { z } from "zod";
import type { Prisma, PrismaClient } from "@claimdesk/db";
import { CASUALTY_METRICS, type CasualtyMetric, type eventTallyInput } from "@claimdesk/schemas";
import { headlinePopulation, houseFigures, inReportedOrder, supersessions, tallyFlags, type OtherMetricFigure, type TallyFigure } from "@claimdesk/analysis";
import { NotFoundError } from "../errors";
import { loadSourceChains, originsOf } from "./origin-service";
import { casualtySelect } from "./selects";

const sourceBehindSelect = { id: true, url: true, title: true, publisher: true, type: true, publishedAt: true } satisfies Prisma.SourceSelect;

/**
 * One event's casualty figures for one metric, in the order reported, as the tally and the wording compare them;
 * with `others`, the event's figures under the other metrics (only when asked for: the tally's flags need them).
 */
export async function loadEventFigures(db: PrismaClient, eventId: string, metric: CasualtyMetric, { withOthers = false } = {}) {
  const claims = await db.claim.findMany({
    where: { eventId, kind: "CASUALTY_COUNT", casualty: withOthers ? { isNot: null } : { is: { metric } } },
    select: {
      id: true,
      text: true,
      claimant: true,
      claimedAt: true,
      createdAt: true,
      stage: true,
      verdict: true,
      casualty: { select: casualtySelect },
      evidence: { where: { stance: "SUPPORTS" }, select: { source: { select: sourceBehindSelect } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
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
    flags: tallyFlags(ordered, metric, others),
    houseFigure: underEachRule[event.houseFigureRule],
    houseFigures: underEachRule,
  };
}
