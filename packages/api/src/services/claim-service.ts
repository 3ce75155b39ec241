import type { z } from "zod";
import type { Prisma, PrismaClient } from "@claimdesk/db";
import type { ClaimKind, claimCreateInput, claimDeleteInput, claimListInput, claimUpdateInput } from "@claimdesk/schemas";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { pageQuery, toPage, wordsQuery } from "./pagination";
import { claimDetailSelect, claimSummarySelect } from "./selects";

type Tx = Prisma.TransactionClient;

export async function listClaims(db: PrismaClient, input: z.output<typeof claimListInput>) {
  const page = pageQuery(input);
  const rows = await db.claim.findMany({
    where: {
      ...page.after,
      eventId: input.eventId,
      kind: input.kind,
      stage: input.stage,
      verdict: input.verdict,
      ...wordsQuery(input.q, (word) => [
        { text: { contains: word, mode: "insensitive" as const } },
        { claimant: { contains: word, mode: "insensitive" as const } },
        { responsibility: { is: { actor: { contains: word, mode: "insensitive" as const } } } },
      ]),
    },
    orderBy: page.orderBy,
    take: page.take,
    select: claimSummarySelect,
  });
  return toPage(rows, input.limit);
}

export async function getClaim(db: PrismaClient | Tx, id: string) {
  const claim = await db.claim.findUnique({ where: { id }, select: claimDetailSelect });
  if (!claim) throw new NotFoundError("claim", id);
  return claim;
}

async function requireEvent(tx: Tx, eventId: string | null | undefined): Promise<void> {
  if (eventId && !(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) {
    throw new InvalidInputError("eventId", `No event with id ${eventId}`);
  }
}

export async function createClaim(db: PrismaClient, input: z.output<typeof claimCreateInput>) {
  const { casualty, responsibility, ...fields } = input;
  return db.$transaction(async (tx) => {
    await requireEvent(tx, fields.eventId);
    const { id } = await tx.claim.create({
      data: {
        ...fields,
        casualty: casualty ? { create: casualty } : undefined,
        responsibility: responsibility ? { create: responsibility } : undefined,
      },
      select: { id: true },
    });
    return getClaim(tx, id);
  });
}

const detailKeyOf: Record<ClaimKind, "casualty" | "responsibility" | null> = {
  CASUALTY_COUNT: "casualty",
  RESPONSIBILITY: "responsibility",
  STATEMENT: null,
};

/**
 * Applies an editor's changes if nobody saved the claim since the version they started from; otherwise
 * CONFLICT naming the current version. The version check and the write are one statement, so two saves
 * racing each other cannot both succeed.
 */
export async function updateClaim(db: PrismaClient, input: z.output<typeof claimUpdateInput>) {
  const { id, version, casualty, responsibility, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id }, select: { kind: true } });
    if (!current) throw new NotFoundError("claim", id);
    const kind = fields.kind ?? current.kind;
    const wanted = detailKeyOf[kind];
    if (casualty && wanted !== "casualty") throw new InvalidInputError("casualty", "Only a CASUALTY_COUNT claim takes casualty details");
    if (responsibility && wanted !== "responsibility") {
      throw new InvalidInputError("responsibility", "Only a RESPONSIBILITY claim takes responsibility details");
    }
    await requireEvent(tx, fields.eventId);

    const { count } = await tx.claim.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) {
      const latest = await tx.claim.findUnique({ where: { id }, select: { version: true } });
      if (!latest) throw new NotFoundError("claim", id);
      throw new ConflictError(
        `Someone else saved this claim after you opened it: it is now at version ${latest.version}, you edited version ${version}. ` +
          "Reload it to see their changes, then apply yours again.",
        { currentVersion: latest.version },
      );
    }

    if (wanted !== "casualty") await tx.casualtyDetail.deleteMany({ where: { claimId: id } });
    if (wanted !== "responsibility") await tx.responsibilityDetail.deleteMany({ where: { claimId: id } });
    if (casualty) await tx.casualtyDetail.upsert({ where: { claimId: id }, create: { claimId: id, ...casualty }, update: casualty });
    if (responsibility) {
      await tx.responsibilityDetail.upsert({ where: { claimId: id }, create: { claimId: id, ...responsibility }, update: responsibility });
    }
    return getClaim(tx, id);
  });
}

export async function deleteClaim(db: PrismaClient, { id, version }: z.output<typeof claimDeleteInput>) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.claim.deleteMany({ where: { id, ...(version === undefined ? {} : { version }) } });
    if (count === 0) {
      const latest = await tx.claim.findUnique({ where: { id }, select: { version: true } });
      if (!latest) throw new NotFoundError("claim", id);
      throw new ConflictError(`The claim changed since version ${version} (it is now at version ${latest.version}); reload it before deleting.`, {
        currentVersion: latest.version,
      });
    }
    return { id };
  });
}
