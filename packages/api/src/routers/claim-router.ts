import { claimCreateInput, claimDeleteInput, claimListInput, claimUpdateInput, idInput } from "@claimdesk/schemas";
import { createClaim, deleteClaim, getClaim, listClaims, updateClaim } from "../services/claim-service";
import { publicProcedure } from "../trpc";

export const claimRouter = {
  list: publicProcedure.input(claimListInput).query(({ ctx, input }) => listClaims(ctx.prisma, input)),
  get: publicProcedure.input(idInput).query(({ ctx, input }) => getClaim(ctx.prisma, input.id)),
  create: publicProcedure.input(claimCreateInput).mutation(({ ctx, input }) => createClaim(ctx.prisma, input)),
  update: publicProcedure.input(claimUpdateInput).mutation(({ ctx, input }) => updateClaim(ctx.prisma, input)),
  delete: publicProcedure.input(claimDeleteInput).mutation(({ ctx, input }) => deleteClaim(ctx.prisma, input)),
};
