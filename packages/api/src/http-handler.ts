import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import type { Context } from "./context";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/** Serves the API over HTTP (the Next.js route handler calls this). Unexpected errors are logged here. */
export function handleTrpcRequest(request: Request, context: () => Context | Promise<Context> = () => createContext({ headers: request.headers })) {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: context,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[claimdesk] ${path ?? "request"} failed:`, error.cause ?? error);
    },
  });
}
