import { eventCreateInput, eventListInput, eventUpdateInput, idInput } from "@claimdesk/schemas";
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from "../services/event-service";
import { publicProcedure } from "../trpc";

export const eventRouter = {
  list: publicProcedure.input(eventListInput).query(({ ctx, input }) => listEvents(ctx.prisma, input)),
  get: publicProcedure.input(idInput).query(({ ctx, input }) => getEvent(ctx.prisma, input.id)),
  create: publicProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx.prisma, input)),
  update: publicProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx.prisma, input)),
  delete: publicProcedure.input(idInput).mutation(({ ctx, input }) => deleteEvent(ctx.prisma, input.id)),
};
