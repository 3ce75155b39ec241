import { eventCreateInput, eventListInput, eventUpdateInput, idInput, deleteWithReasonInput } from "@claimdesk/schemas";
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from "../services/event-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const eventRouter = {
  list: viewerProcedure.input(eventListInput).query(({ ctx, input }) => listEvents(ctx.prisma, input)),
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getEvent(ctx.prisma, input.id)),
  create: editorProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx.prisma, ctx.actor, input)),
  update: editorProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx.prisma, ctx.actor, input)),
  delete: editorProcedure.input(deleteWithReasonInput).mutation(({ ctx, input }) => deleteEvent(ctx.prisma, ctx.actor, input)),
};
