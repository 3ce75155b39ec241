import {
  claimCreateInput,
  claimDeleteInput,
  claimListInput,
  claimMarkNotDuplicateInput,
  claimSimilarInput,
  claimTransitionInput,
  claimUpdateInput,
  claimWordingInput,
  idInput,
} from "@claimdesk/schemas";
import { createClaim, deleteClaim, getClaimWithOrigins, listClaims, transitionClaim, updateClaim } from "../services/claim-service";
import { markNotDuplicate, similarClaims } from "../services/duplicate-service";
import { claimWording } from "../services/wording-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const claimRouter = {
  list: viewerProcedure.input(claimListInput).query(({ ctx, input }) => listClaims(ctx.prisma, ctx.actor, input)),
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getClaimWithOrigins(ctx.prisma, input.id)),
  create: editorProcedure.input(claimCreateInput).mutation(({ ctx, input }) => createClaim(ctx.prisma, ctx.actor, input)),
  update: editorProcedure.input(claimUpdateInput).mutation(({ ctx, input }) => updateClaim(ctx.prisma, ctx.actor, input)),
  delete: editorProcedure.input(claimDeleteInput).mutation(({ ctx, input }) => deleteClaim(ctx.prisma, ctx.actor, input)),
  /** Editors move claims along; which moves need a reviewer is the workflow's rule (TRANSITIONS). */
  transition: editorProcedure.input(claimTransitionInput).mutation(({ ctx, input }) => transitionClaim(ctx.prisma, ctx.actor, input)),
  /** The sentence the newsroom may print about the claim, and the style rule that permits it. */
  wording: viewerProcedure.input(claimWordingInput).query(({ ctx, input }) => claimWording(ctx.prisma, input.id)),
  /** The recorded claims a claim being typed may repeat, with a score and what matched. */
  similar: viewerProcedure.input(claimSimilarInput).query(({ ctx, input }) => similarClaims(ctx.prisma, input)),
  /** Remembers that two claims are different assertions: claim.similar and the tally stop pairing them. */
  markNotDuplicate: editorProcedure.input(claimMarkNotDuplicateInput).mutation(({ ctx, input }) => markNotDuplicate(ctx.prisma, ctx.actor, input)),
};
