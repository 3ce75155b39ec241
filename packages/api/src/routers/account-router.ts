import { invitationAcceptInput, passwordChangeInput } from "@claimdesk/schemas";
import { acceptInvitation, changePassword } from "../services/user-service";
import { publicProcedure, viewerProcedure } from "../trpc";

/** The signed-in person's own account, and the one thing a signed-out person may do: accept an invitation. */
export const accountRouter = {
  me: viewerProcedure.query(({ ctx }) => ctx.actor),
  changePassword: viewerProcedure
    .input(passwordChangeInput)
    .mutation(({ ctx, input }) => changePassword(ctx.prisma, ctx.actor, ctx.sessionId, input)),
  acceptInvitation: publicProcedure.input(invitationAcceptInput).mutation(({ ctx, input }) => acceptInvitation(ctx.prisma, input)),
};
