import type { IncomingMessage, ServerResponse } from "node:http";
import { createURL } from "@trpc/server/adapters/node-http";
import { handleTrpcRequest, TRPC_ENDPOINT } from "@claimdesk/api";
import { withApiSecurityHeaders } from "./security-headers";

// The API served straight from node:http, in front of Next.js (server.ts). Through a Next.js route handler every
// API call paid about 6 ms of the server's CPU for Next's routing and its Request/Response streams before tRPC
// saw it: 100 claim.get a second on two cores instead of 250 (README, "Scale: the API benchmark"). The same
// handler serves it in both places (app/api/trpc for `next dev`), so answers are alike byte for byte.

type FetchHandler = (request: Request) => Promise<Response>;

const serveTrpc: FetchHandler = withApiSecurityHeaders((request) => handleTrpcRequest(request));

/** Whether a request is the API's (`/api/trpc` and below), which this listener answers instead of Next.js. */
export function isApiRequest(url: string | undefined): boolean {
  if (!url?.startsWith(TRPC_ENDPOINT)) return false;
  const next = url.charAt(TRPC_ENDPOINT.length);
  return next === "" || next === "/" || next === "?";
}

/**
 * The request's body as a stream read as the handler asks for it. When the handler stops early (a body over the
 * limit) the rest is read and dropped rather than the connection reset, so that the client reads its 413.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => !cancelled && controller.close());
      req.on("error", (error) => !cancelled && controller.error(error));
    },
    pull: () => void req.resume(),
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

/** The fetch Request the handler reads (URL from the Host header and path, as Next.js builds it). Throws if there is none. */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith(":") || value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(key, each);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(createURL(req), { method: req.method, headers, ...(hasBody ? { body: bodyOf(req), duplex: "half" } : {}) } as RequestInit);
}

/** An answer that never reached the handler: a request line or Host header no URL can be made of. */
function refuse(res: ServerResponse, status: 400 | 500, message: string): void {
  const [code, rpcCode] = status === 400 ? ["BAD_REQUEST", -32600] : ["INTERNAL_SERVER_ERROR", -32603];
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(JSON.stringify({ error: { json: { message, code: rpcCode, data: { code, httpStatus: status } } } }));
}

/**
 * Copies a fetch Response onto the node response: a JSON answer whole, with its length; anything else (a
 * streamed batch) as it comes.
 */
async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (!response.body || response.headers.get("content-type")?.startsWith("application/json")) {
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { ...headers, "content-length": String(body.byteLength) });
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (!res.write(read.value)) await new Promise((resolve) => res.once("drain", resolve));
  }
  res.end();
}

/**
 * Answers one API request with `handle` (the API; tests give it their database); the limits on its body are the
 * handler's (413 in its words), not the adapter's.
 */
export async function serveApiRequest(req: IncomingMessage, res: ServerResponse, handle: FetchHandler = serveTrpc): Promise<void> {
  let request: Request;
  try {
    request = toRequest(req);
  } catch {
    return refuse(res, 400, "The request's address cannot be read: send a valid Host header and path.");
  }
  try {
    await send(res, await handle(request));
  } catch (error) {
    // The handler answers every error itself; this is a connection that went away mid-answer, or a defect.
    if (!res.headersSent) refuse(res, 500, "The server could not answer this request.");
    else res.destroy();
    if (!req.destroyed) console.error("[claimdesk] answering", req.url?.slice(0, 200), "failed:", error);
  }
}
