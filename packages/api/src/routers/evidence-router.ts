import { evidenceAttachInput, evidenceListInput, evidenceUpdateInput, idInput, deleteWithReasonInput } from "@claimdesk/schemas";
import { attachEvidence, detachEvidence, getEvidence, listEvidence, updateEvidence } from "../services/evidence-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const evidenceRouter = {
  list: viewerProcedure.input(evidenceListInput).query(({ ctx, input }) => listEvidence(ctx.prisma, input)),
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getEvidence(ctx.prisma, input.id)),
  attach: editorProcedure.input(evidenceAttachInput).mutation(({ ctx, input }) => attachEvidence(ctx.prisma, ctx.actor, input)),
  update: editorProcedure.input(evidenceUpdateInput).mutation(({ ctx, input }) => updateEvidence(ctx.prisma, ctx.actor, input)),
  detach: editorProcedure.input(deleteWithReasonInput).mutation(({ ctx, input }) => detachEvidence(ctx.prisma, ctx.actor, input)),
};
