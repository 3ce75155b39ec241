import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import type { Context } from "./context";
import { unreadableInputMessage } from "./errors";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/**
 * Serves the API over HTTP (the Next.js route handler calls this). Unexpected errors are logged here, and a request
 * whose input cannot be read is answered in our words rather than the JSON parser's or superjson's.
 */
export function handleTrpcRequest(request: Request, context: () => Context | Promise<Context> = () => createContext({ headers: request.headers })) {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: context,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[claimdesk] ${path ?? "request"} failed:`, error.cause ?? error);
      // Runs before the error is shaped, and input is read only over HTTP: say what was wrong in our words.
      const unreadable = unreadableInputMessage(error, request);
      if (unreadable) error.message = unreadable;
    },
  });
}
