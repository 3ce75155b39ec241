import { deleteWithReasonInput, idInput, sourceCreateInput, sourceListInput, sourceUpdateInput } from "@claimdesk/schemas";
import { createSource, deleteSource, getSource, listSources, updateSource } from "../services/source-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const sourceRouter = {
  list: viewerProcedure.input(sourceListInput).query(({ ctx, input }) => listSources(ctx.prisma, input)),
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getSource(ctx.prisma, input.id)),
  create: editorProcedure.input(sourceCreateInput).mutation(({ ctx, input }) => createSource(ctx.prisma, ctx.actor, input)),
  update: editorProcedure.input(sourceUpdateInput).mutation(({ ctx, input }) => updateSource(ctx.prisma, ctx.actor, input)),
  delete: editorProcedure.input(deleteWithReasonInput).mutation(({ ctx, input }) => deleteSource(ctx.prisma, ctx.actor, input)),
};
