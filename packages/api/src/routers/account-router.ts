import { invitationAcceptInput, invitationStatusInput, passwordChangeInput } from "@claimdesk/schemas";
import { acceptInvitation, changePassword, invitationStatus } from "../services/user-service";
import { publicProcedure, viewerProcedure } from "../trpc";

/**
 * The signed-in person's own account, and the two things a signed-out person may do with an invitation link:
 * ask whether it can still be used, and accept it.
 */
export const accountRouter = {
  me: viewerProcedure.query(({ ctx }) => ctx.actor),
  changePassword: viewerProcedure
    .input(passwordChangeInput)
    .mutation(({ ctx, input }) => changePassword(ctx.prisma, ctx.actor, ctx.sessionId, input)),
  invitationStatus: publicProcedure.input(invitationStatusInput).query(({ ctx, input }) => invitationStatus(ctx.prisma, input)),
  acceptInvitation: publicProcedure.input(invitationAcceptInput).mutation(({ ctx, input }) => acceptInvitation(ctx.prisma, input)),
};
