import type { z } from "zod";
import type { PrismaClient, Prisma } from "@claimdesk/db";
import { shortText, type commentCreateInput, type commentListInput } from "@claimdesk/schemas";
import type { Actor } from "../auth/actor";
import { InvalidInputError } from "../errors";
import { recordHistory } from "./history-service";
import { pageQuery, toPage } from "./pagination";

export const commentSelect = {
  id: true,
  claimId: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, name: true, role: true } },
} satisfies Prisma.CommentSelect;

/** A claim's comments, newest first. */
export async function listComments(db: PrismaClient, input: z.output<typeof commentListInput>) {
  const page = pageQuery(input);
  const rows = await db.comment.findMany({
    where: { ...page.after, claimId: input.claimId },
    orderBy: page.orderBy,
    take: page.take,
    select: commentSelect,
  });
  return toPage(rows, input.limit);
}

export async function createComment(db: PrismaClient, actor: Actor, { claimId, text }: z.output<typeof commentCreateInput>) {
  return db.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) {
      throw new InvalidInputError("claimId", `No claim with id ${claimId}`);
    }
    const comment = await tx.comment.create({ data: { claimId, text, authorId: actor.id }, select: commentSelect });
    await recordHistory(tx, actor, {
      entityType: "COMMENT",
      entityId: comment.id,
      claimId,
      action: "CREATE",
      summary: `commented: "${shortText(text, 120)}"`,
      changes: [{ field: "text", from: null, to: text }],
    });
    return comment;
  });
}
