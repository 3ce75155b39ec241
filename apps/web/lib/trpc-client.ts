"use client";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@claimdesk/api";
import { MAX_BATCH_CALLS } from "@claimdesk/schemas";

/** The browser's client for /api/trpc, typed by the server's router. */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_BATCH_CALLS })],
});
