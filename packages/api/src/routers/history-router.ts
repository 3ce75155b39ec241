import { historyListInput } from "@claimdesk/schemas";
import { listHistory } from "../services/history-service";
import { viewerProcedure } from "../trpc";

/** Read-only by design: no procedure edits or deletes a history entry. */
export const historyRouter = {
  list: viewerProcedure.input(historyListInput).query(({ ctx, input }) => listHistory(ctx.prisma, input)),
};
