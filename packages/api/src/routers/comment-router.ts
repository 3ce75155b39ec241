import { commentCreateInput, commentListInput } from "@claimdesk/schemas";
import { createComment, listComments } from "../services/comment-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const commentRouter = {
  list: viewerProcedure.input(commentListInput).query(({ ctx, input }) => listComments(ctx.prisma, input)),
  create: editorProcedure.input(commentCreateInput).mutation(({ ctx, input }) => createComment(ctx.prisma, ctx.actor, input)),
};
