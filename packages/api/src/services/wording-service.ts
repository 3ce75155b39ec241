import type { PrismaClient } from "@claimdesk/db";
import { supersessions, wordClaim, type Superseded } from "@claimdesk/analysis";
import type { CasualtyMetric, ClaimKind, HouseFigureRule } from "@claimdesk/schemas";
import { NotFoundError } from "../errors";
import { casualtySelect, responsibilitySelect } from "./selects";
import { loadEventFigures } from "./tally-service";

/**
 * The sentence our style permits for a claim, given its kind, verdict, qualifier and assessment; for a casualty
 * figure of an event, also whether a later figure superseded it (under the event's house figure rule, compared
 * with the event's other figures for the same metric as the tally compares them), and then the sentence says so.
 */
export async function claimWording(db: PrismaClient, id: string) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      kind: true,
      text: true,
      claimant: true,
      stage: true,
      verdict: true,
      casualty: { select: casualtySelect },
      responsibility: { select: responsibilitySelect },
      event: { select: { id: true, houseFigureRule: true } },
    },
  });
  if (!claim) throw new NotFoundError("claim", id);
  const { id: claimId, version, event: _event, ...wordable } = claim;
  return { id: claimId, version, ...wordClaim(wordable, await supersededBy(db, claim)) };
}

/** Only a casualty figure recorded under an event has a series a later figure could supersede it in. */
async function supersededBy(
  db: PrismaClient,
  claim: { id: string; kind: ClaimKind; casualty: { metric: CasualtyMetric } | null; event: { id: string; houseFigureRule: HouseFigureRule } | null },
): Promise<Superseded | null> {
  if (claim.kind !== "CASUALTY_COUNT" || claim.casualty === null || claim.event === null) return null;
  const { figures } = await loadEventFigures(db, claim.event.id, claim.casualty.metric);
  return supersessions(figures, claim.event.houseFigureRule, claim.casualty.metric).get(claim.id)?.superseded ?? null;
}
