import { evidenceAttachInput, evidenceListInput, evidenceUpdateInput, idInput } from "@claimdesk/schemas";
import { attachEvidence, detachEvidence, getEvidence, listEvidence, updateEvidence } from "../services/evidence-service";
import { publicProcedure } from "../trpc";

export const evidenceRouter = {
  list: publicProcedure.input(evidenceListInput).query(({ ctx, input }) => listEvidence(ctx.prisma, input)),
  get: publicProcedure.input(idInput).query(({ ctx, input }) => getEvidence(ctx.prisma, input.id)),
  attach: publicProcedure.input(evidenceAttachInput).mutation(({ ctx, input }) => attachEvidence(ctx.prisma, input)),
  update: publicProcedure.input(evidenceUpdateInput).mutation(({ ctx, input }) => updateEvidence(ctx.prisma, input)),
  detach: publicProcedure.input(idInput).mutation(({ ctx, input }) => detachEvidence(ctx.prisma, input.id)),
};
