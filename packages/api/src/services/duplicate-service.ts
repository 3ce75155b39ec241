import type { z } from "zod";
import { duplicateKeyOf, type Prisma, type PrismaClient } from "@claimdesk/db";
import { figureWords, shortText, type IdentifiedClaim, type claimMarkNotDuplicateInput, type claimSimilarInput } from "@claimdesk/schemas";
import { nearDuplicates, pairKey, type RecordedClaim } from "@claimdesk/analysis";
import type { Actor } from "../auth/actor";
import { ConflictError, InvalidInputError, NotFoundError, violatedConstraint } from "../errors";
import { recordHistory } from "./history-service";
import { casualtySelect, responsibilitySelect } from "./selects";

// One claimant's assertion is one claim. Claim.duplicateKey (unique) holds each claim's identity, so that the
// database itself refuses a second copy even when two editors save the same claim at the same instant; this module
// names the first copy in the refusal, finds the claims a draft may repeat, and keeps the pairs editors said differ.

type Tx = Prisma.TransactionClient;

/** The claims a draft is compared with: an event's claims of its kind, newest first, read by index. */
const CANDIDATE_LIMIT = 200;
/** At most this many candidates answer a claim.similar call. */
const SIMILAR_LIMIT = 10;

const duplicateOfSelect = {
  id: true,
  text: true,
  claimant: true,
  casualty: { select: { metric: true, population: true, qualifier: true, min: true, max: true, reportedAs: true } },
} satisfies Prisma.ClaimSelect;

type DuplicateOf = Prisma.ClaimGetPayload<{ select: typeof duplicateOfSelect }>;

/** The error data and sentence that name the claim already recorded; the UI links to it. */
function duplicateRefusal(existing: DuplicateOf): ConflictError {
  const what = existing.casualty ? `"${figureWords(existing.casualty)}"` : `"${shortText(existing.text, 80)}"`;
  return new ConflictError(
    `${existing.claimant ?? "The claimant"}'s claim ${what} is already recorded for this event (claim ${existing.id}). ` +
      "One claimant's assertion is one claim: add your source to that claim as evidence, or send allowDuplicate: true to record it again on purpose.",
    { existingClaimId: existing.id },
  );
}

/** Refuses a claim whose key another claim holds (other than `id`, the claim being saved). */
export async function refuseDuplicate(tx: Tx, key: string | null, id?: string): Promise<void> {
  if (key === null) return;
  const existing = await tx.claim.findUnique({ where: { duplicateKey: key }, select: duplicateOfSelect });
  if (existing && existing.id !== id) throw duplicateRefusal(existing);
}

/**
 * Runs a write that sets a duplicate key. When another transaction took the same key between our check and our
 * write (two identical saves at once), the unique index refuses ours; the refusal then names the winner, read after
 * our transaction has ended (on PostgreSQL a failed statement ends the transaction's use).
 */
export async function refusingRacedDuplicates<T>(db: PrismaClient, write: (keys: { key: string | null }) => Promise<T>): Promise<T> {
  const keys: { key: string | null } = { key: null };
  try {
    return await write(keys);
  } catch (error) {
    if (keys.key !== null && violatedConstraint(error) === "Claim_duplicateKey_key") {
      const existing = await db.claim.findUnique({ where: { duplicateKey: keys.key }, select: duplicateOfSelect });
      if (existing) throw duplicateRefusal(existing);
    }
    throw error;
  }
}

export const keyOf = (claim: IdentifiedClaim, allowDuplicate?: boolean) => duplicateKeyOf(claim, { allowDuplicate });

// ---- claim.similar -----------------------------------------------------------------------------------------------

const candidateSelect = {
  id: true,
  eventId: true,
  kind: true,
  text: true,
  claimant: true,
  claimedAt: true,
  stage: true,
  verdict: true,
  createdAt: true,
  casualty: { select: casualtySelect },
  responsibility: { select: responsibilitySelect },
} satisfies Prisma.ClaimSelect;

/** The claims marked as not duplicates of `id`. */
async function markedNotDuplicatesOf(db: PrismaClient, id: string): Promise<Set<string>> {
  const pairs = await db.claimNotDuplicate.findMany({
    where: { OR: [{ claimId: id }, { otherClaimId: id }] },
    select: { claimId: true, otherClaimId: true },
  });
  return new Set(pairs.map((pair) => (pair.claimId === id ? pair.otherClaimId : pair.claimId)));
}

/**
 * The recorded claims a draft may repeat, best first, each with its score and the rules it meets. Reads a bounded
 * set by index: the claim holding the draft's duplicate key (unique index), and the newest claims of the draft's
 * event (or of no event) and kind (Claim_eventId_kind_createdAt_idx), so the cost does not grow with the archive.
 */
export async function similarClaims(db: PrismaClient, input: z.output<typeof claimSimilarInput>) {
  const { id, eventId, kind } = input;
  // The claim the fields belong to is the one the call is about: unknown, it is NOT_FOUND like any other.
  if (id && !(await db.claim.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("claim", id);
  const draft = { ...input, eventId: eventId ?? null, kind: kind ?? null };
  const figure = input.casualty;
  const key =
    kind && figure?.metric && figure.qualifier
      ? keyOf({
          eventId,
          kind,
          claimant: input.claimant,
          casualty: { metric: figure.metric, population: figure.population ?? "ALL", qualifier: figure.qualifier, min: figure.min ?? null, max: (figure.qualifier === "EXACT" ? figure.min : figure.max) ?? null },
        })
      : kind && input.responsibility?.actor && input.responsibility.attribution
        ? keyOf({ eventId, kind, claimant: input.claimant, responsibility: { actor: input.responsibility.actor, attribution: input.responsibility.attribution } })
        : null;
  const [holder, recent, excluded] = await Promise.all([
    key ? db.claim.findUnique({ where: { duplicateKey: key }, select: candidateSelect }) : null,
    db.claim.findMany({
      where: { eventId: eventId ?? null, ...(kind ? { kind } : {}), ...(id ? { id: { not: id } } : {}) },
      orderBy: { createdAt: "desc" },
      take: CANDIDATE_LIMIT,
      select: candidateSelect,
    }),
    id ? markedNotDuplicatesOf(db, id) : new Set<string>(),
  ]);
  const candidates = [...(holder && holder.id !== id ? [holder] : []), ...recent];
  const byId = new Map(candidates.map((claim) => [claim.id, claim]));
  const found = nearDuplicates(draft, candidates satisfies RecordedClaim[], { excluded, limit: SIMILAR_LIMIT });
  return { candidates: found.map(({ claimId, ...match }) => ({ ...match, claim: byId.get(claimId)! })) };
}

// ---- claim.markNotDuplicate ----------------------------------------------------------------------------------

/**
 * Remembers that two claims are different assertions, however alike: claim.similar stops offering one for the
 * other and the tally stops flagging them as one claim recorded twice. Written on both claims' timelines; marking a
 * pair again changes nothing and writes nothing.
 */
export async function markNotDuplicate(db: PrismaClient, actor: Actor, { id, otherId }: z.output<typeof claimMarkNotDuplicateInput>) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, text: true, eventId: true } });
    if (!claim) throw new NotFoundError("claim", id);
    const other = await tx.claim.findUnique({ where: { id: otherId }, select: { id: true, text: true, eventId: true } });
    if (!other) throw new InvalidInputError("otherId", `No claim with id ${otherId}`);
    const [first, second] = id < otherId ? [id, otherId] : [otherId, id];
    // skipDuplicates: two editors marking the same pair at once make one row, and only the one who made it writes history.
    const { count } = await tx.claimNotDuplicate.createMany({ data: [{ claimId: first, otherClaimId: second }], skipDuplicates: true });
    if (count > 0) {
      for (const [self, that] of [
        [claim, other],
        [other, claim],
      ] as const) {
        await recordHistory(tx, actor, {
          entityType: "CLAIM",
          entityId: self.id,
          claimId: self.id,
          eventId: self.eventId,
          action: "MARK_NOT_DUPLICATE",
          summary: `marked it as not a duplicate of the claim "${shortText(that.text, 80)}"`,
          changes: [{ field: "notDuplicateOf", from: null, to: that.id }],
        });
      }
    }
    return { id, otherId, marked: count > 0 };
  });
}

/** The pairs among `claimIds` marked as not duplicates, as pairKey()s, for the tally's RECORDED_TWICE flag. */
export async function notDuplicatePairs(db: PrismaClient | Prisma.TransactionClient, claimIds: string[]): Promise<Set<string>> {
  if (claimIds.length < 2) return new Set();
  const pairs = await db.claimNotDuplicate.findMany({
    where: { claimId: { in: claimIds }, otherClaimId: { in: claimIds } },
    select: { claimId: true, otherClaimId: true },
  });
  return new Set(pairs.map((pair) => pairKey(pair.claimId, pair.otherClaimId)));
}
