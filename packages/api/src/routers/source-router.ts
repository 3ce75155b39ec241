import { idInput, sourceCreateInput, sourceListInput, sourceUpdateInput } from "@claimdesk/schemas";
import { createSource, deleteSource, getSource, listSources, updateSource } from "../services/source-service";
import { publicProcedure } from "../trpc";

export const sourceRouter = {
  list: publicProcedure.input(sourceListInput).query(({ ctx, input }) => listSources(ctx.prisma, input)),
  get: publicProcedure.input(idInput).query(({ ctx, input }) => getSource(ctx.prisma, input.id)),
  create: publicProcedure.input(sourceCreateInput).mutation(({ ctx, input }) => createSource(ctx.prisma, input)),
  update: publicProcedure.input(sourceUpdateInput).mutation(({ ctx, input }) => updateSource(ctx.prisma, input)),
  delete: publicProcedure.input(idInput).mutation(({ ctx, input }) => deleteSource(ctx.prisma, input.id)),
};
