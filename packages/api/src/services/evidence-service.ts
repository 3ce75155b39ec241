import type { z } from "zod";
import type { PrismaClient, Prisma } from "@claimdesk/db";
import type { deleteWithReasonInput, evidenceAttachInput, evidenceListInput, evidenceUpdateInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { ConflictError, InvalidInputError, NotFoundError, asNestedFields } from "../errors";
import { changedFields, describeChanges, fieldWords, recordHistory } from "./history-service";
import { insertSource } from "./source-service";
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

/** Links a source to a claim; a new source given under `source` is recorded in the same transaction. */
const EVIDENCE_FIELDS = ["stance", "excerpt", "credibility", "note"] as const;

const sourceNameOf = (evidence: { source: { title: string | null; url: string } }) => `"${evidence.source.title ?? evidence.source.url}"`;

export async function attachEvidence(db: PrismaClient, actor: Actor, { source, sourceId: givenSourceId, ...link }: z.output<typeof evidenceAttachInput>) {
  return db.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: link.claimId }, select: { id: true } }))) {
      throw new InvalidInputError("claimId", `No claim with id ${link.claimId}`);
    }
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
    summary: `attached the source ${sourceNameOf(evidence)} as evidence (${evidence.stance.toLowerCase()})`,
    changes: changedFields(null, evidence, EVIDENCE_FIELDS),
  });
  return evidence;
}

export async function updateEvidence(db: PrismaClient, actor: Actor, { id, ...changes }: z.output<typeof evidenceUpdateInput>) {
  return db.$transaction(async (tx) => {
    const before = await getEvidence(tx, id);
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
        summary: `${describeChanges(changed, fieldWords)} of the evidence from ${sourceNameOf(after)}`,
        changes: changed,
      });
    }
    return after;
  });
}

export async function detachEvidence(db: PrismaClient, actor: Actor, { id, reason }: z.output<typeof deleteWithReasonInput>) {
  return db.$transaction(async (tx) => {
    const evidence = await getEvidence(tx, id);
    await tx.evidence.delete({ where: { id } });
    await recordHistory(tx, actor, {
      entityType: "EVIDENCE",
      entityId: id,
      claimId: evidence.claimId,
      sourceId: evidence.sourceId,
      action: "DETACH",
      summary: `detached the source ${sourceNameOf(evidence)}`,
      changes: changedFields(evidence, null, EVIDENCE_FIELDS),
      reason,
    });
    return { id };
  });
}
