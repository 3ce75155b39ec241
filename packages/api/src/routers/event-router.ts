import { eventCreateInput, eventListInput, eventResponsibilityInput, eventTallyInput, eventUpdateInput, idInput, deleteWithReasonInput } from "@claimdesk/schemas";
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from "../services/event-service";
import { responsibilityBoard } from "../services/responsibility-service";
import { eventTally } from "../services/tally-service";
import { editorProcedure, viewerProcedure } from "../trpc";

export const eventRouter = {
  list: viewerProcedure.input(eventListInput).query(({ ctx, input }) => listEvents(ctx.prisma, input)),
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getEvent(ctx.prisma, input.id)),
  create: editorProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx.prisma, ctx.actor, input)),
  update: editorProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx.prisma, ctx.actor, input)),
  delete: editorProcedure.input(deleteWithReasonInput).mutation(({ ctx, input }) => deleteEvent(ctx.prisma, ctx.actor, input)),
  /** Every figure for one metric in reported order, its flags, and the house figure under each rule. */
  tally: viewerProcedure.input(eventTallyInput).query(({ ctx, input }) => eventTally(ctx.prisma, input)),
  /** Each actor said to be behind the event, every attribution about them, and the newsroom's assessment. */
  responsibility: viewerProcedure.input(eventResponsibilityInput).query(({ ctx, input }) => responsibilityBoard(ctx.prisma, input)),
};
