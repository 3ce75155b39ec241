import type { z } from "zod";
import type { PrismaClient, Prisma } from "@claimdesk/db";
import type { evidenceAttachInput, evidenceListInput, evidenceUpdateInput } from "@claimdesk/schemas";
import { ConflictError, InvalidInputError, NotFoundError, asNestedFields } from "../errors";
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
export async function attachEvidence(db: PrismaClient, { source, sourceId: givenSourceId, ...link }: z.output<typeof evidenceAttachInput>) {
  return db.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: link.claimId }, select: { id: true } }))) {
      throw new InvalidInputError("claimId", `No claim with id ${link.claimId}`);
    }
    let sourceId: string;
    if (source) {
      sourceId = await asNestedFields("source", () => insertSource(tx, source));
    } else {
      sourceId = givenSourceId ?? "";
      if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) {
        throw new InvalidInputError("sourceId", `No source with id ${sourceId}`);
      }
      const existing = await tx.evidence.findUnique({ where: { claimId_sourceId: { claimId: link.claimId, sourceId } }, select: { id: true } });
      if (existing) throw new ConflictError(`This source is already evidence for this claim (evidence ${existing.id}): edit that item instead`, { field: "sourceId" });
    }
    const { id } = await tx.evidence.create({ data: { ...link, sourceId }, select: { id: true } });
    return getEvidence(tx, id);
  });
}

export async function updateEvidence(db: PrismaClient, { id, ...changes }: z.output<typeof evidenceUpdateInput>) {
  return db.$transaction(async (tx) => {
    await getEvidence(tx, id);
    await tx.evidence.update({ where: { id }, data: changes });
    return getEvidence(tx, id);
  });
}

export async function detachEvidence(db: PrismaClient, id: string) {
  return db.$transaction(async (tx) => {
    await getEvidence(tx, id);
    await tx.evidence.delete({ where: { id } });
    return { id };
  });
}
