import { MAX_BODY_BYTES } from "@claimdesk/schemas";

// Tools send anything at all; none of it may make the server read without bound. The API's transports (tRPC, the
// auth endpoints) read request bodies through this. The limits themselves are in schemas' transport-limits.ts.

export const BODY_TOO_LARGE = `The request body is larger than ${MAX_BODY_BYTES / 1_000_000} MB, the most this API reads`;

/**
 * The request with its body read into memory, or "too large" as soon as it passes `limit` bytes: by its
 * Content-Length before reading anything, otherwise while reading, which then stops.
 */
export async function boundedRequest(request: Request, limit = MAX_BODY_BYTES): Promise<Request | "too large"> {
  if (!request.body) return request;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await request.body.cancel().catch(() => undefined);
    return "too large";
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return "too large";
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks, size), signal: request.signal });
}
