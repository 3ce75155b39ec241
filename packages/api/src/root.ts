import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { claimRouter } from "./routers/claim-router";
import { eventRouter } from "./routers/event-router";
import { evidenceRouter } from "./routers/evidence-router";
import { sourceRouter } from "./routers/source-router";
import { accountRouter } from "./routers/account-router";
import { articleRouter } from "./routers/article-router";
import { commentRouter } from "./routers/comment-router";
import { historyRouter } from "./routers/history-router";
import { userRouter } from "./routers/user-router";
import { searchRouter } from "./routers/search-router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  event: eventRouter,
  claim: claimRouter,
  source: sourceRouter,
  evidence: evidenceRouter,
  comment: commentRouter,
  history: historyRouter,
  user: userRouter,
  account: accountRouter,
  article: articleRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A server-side caller: tests and server components call procedures without HTTP. */
export const createCaller = createCallerFactory(appRouter);
