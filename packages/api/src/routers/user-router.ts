import {
  idInput,
  userDeactivateInput,
  userHistoryInput,
  userInviteInput,
  userListInput,
  userReactivateInput,
  userSetRoleInput,
} from "@claimdesk/schemas";
import { listUserHistory } from "../services/history-service";
import { deactivateUser, getUser, inviteUser, listAssignees, listUsers, reactivateUser, reinviteUser, setUserRole } from "../services/user-service";
import { adminProcedure, viewerProcedure } from "../trpc";

export const userRouter = {
  list: adminProcedure.input(userListInput).query(({ ctx, input }) => listUsers(ctx.prisma, input)),
  get: adminProcedure.input(idInput).query(({ ctx, input }) => getUser(ctx.prisma, input.id)),
  history: adminProcedure.input(userHistoryInput).query(({ ctx, input }) => listUserHistory(ctx.prisma, input)),
  /** Names only: who a claim can be assigned to. */
  assignees: viewerProcedure.query(({ ctx }) => listAssignees(ctx.prisma)),
  invite: adminProcedure.input(userInviteInput).mutation(({ ctx, input }) => inviteUser(ctx.prisma, ctx.actor, input)),
  /** A new invitation link for someone who has not yet chosen a password. */
  reinvite: adminProcedure.input(idInput).mutation(({ ctx, input }) => reinviteUser(ctx.prisma, ctx.actor, input)),
  setRole: adminProcedure.input(userSetRoleInput).mutation(({ ctx, input }) => setUserRole(ctx.prisma, ctx.actor, input)),
  deactivate: adminProcedure.input(userDeactivateInput).mutation(({ ctx, input }) => deactivateUser(ctx.prisma, ctx.actor, input)),
  reactivate: adminProcedure.input(userReactivateInput).mutation(({ ctx, input }) => reactivateUser(ctx.prisma, ctx.actor, input)),
};
