import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import type { Context } from "./context";
import { SATURATED_RETRY_AFTER_SECONDS, toTRPCError, unreadableInputMessage } from "./errors";
import { MAX_BATCH_CALLS } from "@claimdesk/schemas";
import { BODY_TOO_LARGE, boundedRequest } from "./request-limits";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

/** tRPC's words for a batch over maxBatchSize, and ours. */
const TRPC_BATCH_TOO_LARGE = "Batch call exceeds maximum size";
const BATCH_TOO_LARGE = `A batched request may hold at most ${MAX_BATCH_CALLS} calls: send the others in another request`;

/**
 * What is wrong with a batch's input, if anything. tRPC reads a batch's input as { "0": call 0's input, ... } and
 * ignores every other key: `?batch=1&input={"json":{...}}` would run each call without input, and a list would
 * answer unfiltered as if that were asked.
 */
async function strayBatchKeys(request: Request): Promise<string | undefined> {
  const url = new URL(request.url);
  if (url.searchParams.get("batch") !== "1") return undefined;
  const calls = url.pathname.slice(url.pathname.lastIndexOf("/") + 1).split(",").length;
  let inputs: unknown;
  try {
    const text = request.method === "GET" ? url.searchParams.get("input") : await request.clone().text();
    inputs = text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // Unreadable input is tRPC's to refuse, in the words onError gives it.
  }
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) return undefined;
  const stray = Object.keys(inputs).filter((key) => !/^(0|[1-9]\d*)$/.test(key) || Number(key) >= calls);
  if (stray.length === 0) return undefined;
  const named = stray.slice(0, 5).map((key) => JSON.stringify(key)).join(", ");
  return `A batched request's input holds one entry per call, keyed by its number ("0" to "${calls - 1}"): ${named} ${stray.length === 1 ? "is" : "are"} not one of them`;
}

/**
 * Serves the API over HTTP (the Next.js route handler calls this). A body over the limit is refused with 413
 * before it is parsed, and a batch of more than MAX_BATCH_CALLS calls, or with input not keyed by call, with 400. Unexpected errors are logged
 * here, a request whose input cannot be read is answered in our words rather than the JSON parser's or
 * superjson's, and a saturated database answers 503 with Retry-After.
 */
export async function handleTrpcRequest(request: Request, context: () => Context | Promise<Context> = () => createContext({ headers: request.headers })) {
  const bounded = await boundedRequest(request);
  const batchProblem = bounded === "too large" ? undefined : await strayBatchKeys(bounded);
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    // Too large: tRPC is given the request without its body and never reads it, as the context refuses first.
    req: bounded === "too large" ? new Request(request.url, { method: request.method, headers: request.headers }) : bounded,
    router: appRouter,
    maxBatchSize: MAX_BATCH_CALLS,
    async createContext() {
      if (bounded === "too large") throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: BODY_TOO_LARGE });
      if (batchProblem) throw new TRPCError({ code: "BAD_REQUEST", message: batchProblem });
      try {
        return await context();
      } catch (error) {
        // Finding the session reads the database too: a saturated one is a 503 here as in any procedure.
        throw toTRPCError(error) ?? error;
      }
    },
    responseMeta({ errors }) {
      const saturated = errors.some((error) => error.code === "SERVICE_UNAVAILABLE");
      return saturated ? { headers: { "retry-after": String(SATURATED_RETRY_AFTER_SECONDS) } } : {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[claimdesk] ${path ?? "request"} failed:`, error.cause ?? error);
      // Runs before the error is shaped, and input is read only over HTTP: say what was wrong in our words.
      const unreadable = unreadableInputMessage(error, request);
      if (unreadable) error.message = unreadable;
      else if (error.message === TRPC_BATCH_TOO_LARGE) error.message = BATCH_TOO_LARGE;
    },
  });
}
