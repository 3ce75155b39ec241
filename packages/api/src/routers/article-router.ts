import { articleExtractInput, articleImportInput } from "@claimdesk/schemas";
import { extractArticle, importArticle } from "../services/article-service";
import { editorProcedure } from "../trpc";

export const articleRouter = {
  /** Suggested claims in a pasted report, each with its sentence and position. It writes nothing: a mutation only
   * so that a long text travels in a POST body rather than a URL. */
  extract: editorProcedure.input(articleExtractInput).mutation(({ ctx, input }) => extractArticle(ctx.prisma, input)),
  /** Accepted suggestions become claims, the report their source and each sentence its excerpt: one transaction. */
  import: editorProcedure.input(articleImportInput).mutation(({ ctx, input }) => importArticle(ctx.prisma, ctx.actor, input)),
};
