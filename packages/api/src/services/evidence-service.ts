import type { z } from "zod";
import type { PrismaClient, Prisma } from "@claimdesk/db";
import type { deleteWithReasonInput, evidenceAttachInput, evidenceListInput, evidenceUpdateInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, InvalidInputError, NotFoundError, asNestedFields } from "../errors";
import { changedFields, describeChanges, fieldWords, recordHistory } from "./history-service";
import { concludedClaimRefusal, lockClaimRow } from "./concluded-lock";
import { insertSource, sourceName } from "./source-service";
import { pageQuery, toPage } from "./pagination";
import { evidenceSelect } from "./selects";

type Tx = Prisma.TransactionClient;

export async function listEvidence(db: PrismaClient, input: z.output<typeof evidenceListInput>) {
  const page = pageQuery(input);
  const rows = await db.evidence.findMany({
    where: { ...page.after, claimId: input.claimId, sourceId: input.sourceId },
    orderBy: page.orderBy,
    take: page.take,
    select: evidenceSelect,
  });
  return toPage(rows, input.limit);
}

export async function getEvidence(db: PrismaClient | Tx, id: string) {
  const evidence = await db.evidence.findUnique({ where: { id }, select: evidenceSelect });
  if (!evidence) throw new NotFoundError("evidence item", id);
  return evidence;
}

const EVIDENCE_FIELDS = ["stance", "excerpt", "credibility", "note"] as const;

/** A verdict rests on the evidence it was concluded on: a concluded claim's evidence is locked like its text. */
async function requireOpenClaim(tx: Tx, actor: Actor, claimId: string, doing: string) {
  await lockClaimRow(tx, claimId);
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { stage: true, version: true } });
  if (!claim) throw new InvalidInputError("claimId", `No claim with id ${claimId}`);
  if (claim.stage === "CONCLUDED") throw concludedClaimRefusal(actor, doing, claim.version);
}

/** Links a source to a claim; a new source given under `source` is recorded in the same transaction. */

export async function attachEvidence(db: PrismaClient, actor: Actor, { source, sourceId: givenSourceId, ...link }: z.output<typeof evidenceAttachInput>) {
  return db.$transaction(async (tx) => {
    await requireOpenClaim(tx, actor, link.claimId, "attaching evidence to it");
    let sourceId: string;
    if (source) {
      sourceId = await asNestedFields("source", () => insertSource(tx, actor, source));
    } else {
      sourceId = givenSourceId ?? "";
      if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) {
        throw new InvalidInputError("sourceId", `No source with id ${sourceId}`);
      }
      const existing = await tx.evidence.findUnique({ where: { claimId_sourceId: { claimId: link.claimId, sourceId } }, select: { id: true } });
      if (existing) throw new ConflictError(`This source is already evidence for this claim (evidence ${existing.id}): edit that item instead`, { field: "sourceId" });
    }
    return insertEvidence(tx, actor, { ...link, sourceId });
  });
}

/** Links a claim and a source both known to exist, with its history entry, inside the caller's transaction. */
export async function insertEvidence(tx: Tx, actor: Actor, link: Prisma.EvidenceUncheckedCreateInput) {
  const { id } = await tx.evidence.create({ data: link, select: { id: true } });
  const evidence = await getEvidence(tx, id);
  await recordHistory(tx, actor, {
    entityType: "EVIDENCE",
    entityId: id,
    claimId: evidence.claimId,
    sourceId: evidence.sourceId,
    action: "ATTACH",
    summary: `attached the source ${sourceName(evidence.source)} as evidence (${evidence.stance.toLowerCase()})`,
    changes: changedFields(null, evidence, EVIDENCE_FIELDS),
  });
  return evidence;
}

export async function updateEvidence(db: PrismaClient, actor: Actor, { id, ...changes }: z.output<typeof evidenceUpdateInput>) {
  return db.$transaction(async (tx) => {
    const before = await getEvidence(tx, id);
    await requireOpenClaim(tx, actor, before.claimId, "changing its evidence");
    await tx.evidence.update({ where: { id }, data: changes });
    const after = await getEvidence(tx, id);
    const changed = changedFields(before, after, EVIDENCE_FIELDS);
    if (changed.length > 0) {
      await recordHistory(tx, actor, {
        entityType: "EVIDENCE",
        entityId: id,
        claimId: after.claimId,
        sourceId: after.sourceId,
        action: "UPDATE",
        summary: `${describeChanges(changed, fieldWords)} of the evidence from ${sourceName(after.source)}`,
        changes: changed,
      });
    }
    return after;
  });
}

export async function detachEvidence(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof deleteWithReasonInput>) {
  return db.$transaction(async (tx) => {
    const evidence = await getEvidence(tx, id);
    await requireOpenClaim(tx, actor, evidence.claimId, "detaching its evidence");
    await tx.evidence.delete({ where: { id } });
    await recordDetachment(tx, actor, evidence, reason);
    return { id };
  });
}

/**
 * The history entry of evidence taken away, on the claim's and the source's timelines: when a claim is deleted,
 * its source still tells that it stopped being evidence, and why.
 */
export async function recordDetachment(tx: Tx, actor: Actor, evidence: Awaited<ReturnType<typeof getEvidence>>, reason: string, why = "") {
  await recordHistory(tx, actor, {
    entityType: "EVIDENCE",
    entityId: evidence.id,
    claimId: evidence.claimId,
    sourceId: evidence.sourceId,
    action: "DETACH",
    summary: `detached the source ${sourceName(evidence.source)}${why}`,
    changes: changedFields(evidence, null, EVIDENCE_FIELDS),
    reason,
  });
}
