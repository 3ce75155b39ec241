import type { z } from "zod";
import type { PrismaClient } from "@claimdesk/db";
import { nameKey, type Likelihood, type eventResponsibilityInput } from "@claimdesk/schemas";
import { NotFoundError } from "../errors";
import { independenceOf, loadSourceChains } from "./origin-service";
import { responsibilitySelect } from "./selects";

/**
 * Per event, who is said to be behind it: each actor with every attribution about them (self-claimed, by
 * officials, by media, denied, suspected), its claimant, time and sources, and the newsroom's assessment.
 * Actors come most-attributed first so that competing actors can be read side by side.
 */
export async function responsibilityBoard(db: PrismaClient, { eventId }: z.output<typeof eventResponsibilityInput>) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true } });
  if (!event) throw new NotFoundError("event", eventId);

  const claims = await db.claim.findMany({
    where: { eventId, kind: "RESPONSIBILITY", responsibility: { isNot: null } },
    orderBy: [{ claimedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      text: true,
      claimant: true,
      claimedAt: true,
      createdAt: true,
      stage: true,
      verdict: true,
      responsibility: { select: responsibilitySelect },
      evidence: {
        select: { stance: true, source: { select: { id: true, url: true, title: true, publisher: true, type: true, reliability: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  const chains = await loadSourceChains(db, claims.flatMap((claim) => claim.evidence.map(({ source }) => source.id)));
  const assessedAt = await whenAssessed(db, claims);

  const actors = new Map<string, { actor: string; attributions: ReturnType<typeof attributionOf>[]; assessed: { assessment: Likelihood; at: Date }[] }>();
  function attributionOf(claim: (typeof claims)[number]) {
    const { responsibility, evidence, createdAt: _createdAt, ...rest } = claim;
    const supporting = evidence.filter(({ stance }) => stance === "SUPPORTS").map(({ source }) => source.id);
    return {
      claimId: rest.id,
      text: rest.text,
      claimant: rest.claimant,
      claimedAt: rest.claimedAt,
      stage: rest.stage,
      verdict: rest.verdict,
      attribution: responsibility!.attribution,
      channel: responsibility!.channel,
      assessment: responsibility!.assessment,
      sources: evidence.map(({ stance, source }) => ({ ...source, stance })),
      independence: independenceOf(supporting, chains),
    };
  }
  for (const claim of claims) {
    const key = nameKey(claim.responsibility!.actor);
    const entry = actors.get(key) ?? { actor: claim.responsibility!.actor.trim(), attributions: [], assessed: [] };
    entry.attributions.push(attributionOf(claim));
    if (claim.responsibility!.assessment !== "NOT_ASSESSED") entry.assessed.push({ assessment: claim.responsibility!.assessment, at: assessedAt.get(claim.id)! });
    actors.set(key, entry);
  }

  const board = [...actors.values()].map(({ actor, attributions, assessed }) => {
    // The newsroom's latest judgement stands; earlier, different ones are listed so a disagreement shows.
    const latest = [...assessed].sort((a, b) => b.at.getTime() - a.at.getTime());
    return {
      actor,
      assessment: latest[0]?.assessment ?? ("NOT_ASSESSED" as Likelihood),
      otherAssessments: [...new Set(latest.slice(1).map(({ assessment }) => assessment))].filter((each) => each !== latest[0]?.assessment),
      claimedBySelf: attributions.some(({ attribution }) => attribution === "SELF_CLAIMED"),
      denied: attributions.some(({ attribution }) => attribution === "DENIED"),
      attributions,
    };
  });
  const weight = (entry: (typeof board)[number]) => entry.attributions.filter(({ attribution }) => attribution !== "DENIED").length;
  board.sort((a, b) => weight(b) - weight(a) || a.actor.localeCompare(b.actor));
  return { event, actors: board };
}

/**
 * When each claim's assessment was last set: the latest history entry that changed it (an edit of the text or a
 * move along the workflow leaves it as it was), else when the claim was recorded.
 */
async function whenAssessed(db: PrismaClient, claims: { id: string; createdAt: Date }[]): Promise<Map<string, Date>> {
  const at = new Map(claims.map((claim) => [claim.id, claim.createdAt]));
  const entries = await db.historyEntry.findMany({
    where: { claimId: { in: claims.map((claim) => claim.id) }, entityType: "CLAIM", action: { in: ["CREATE", "UPDATE"] } },
    orderBy: { seq: "asc" },
    select: { claimId: true, at: true, changes: true },
  });
  for (const entry of entries) {
    const changes = Array.isArray(entry.changes) ? (entry.changes as { field?: unknown }[]) : [];
    if (entry.claimId && changes.some((change) => change?.field === "responsibility.assessment")) at.set(entry.claimId, entry.at);
  }
  return at;
}
