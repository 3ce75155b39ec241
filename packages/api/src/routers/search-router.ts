import { searchQueryInput } from "@claimdesk/schemas";
import { search } from "../services/search-service";
import { viewerProcedure } from "../trpc";

export const searchRouter = {
  /** One search over claims, sources and events, in groups by kind, ranked, with the matches highlighted. */
  query: viewerProcedure.input(searchQueryInput).query(({ ctx, input }) => search(ctx.prisma, input)),
};
