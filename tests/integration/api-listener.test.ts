import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { createContextInner, handleTrpcRequest } from "@claimdesk/api";
import { MAX_BODY_BYTES } from "@claimdesk/schemas";
import { isApiRequest, serveApiRequest } from "../../apps/web/lib/api-listener";
import { withApiSecurityHeaders } from "../../apps/web/lib/security-headers";
import { anEvent } from "./support/builders";
import { useTestDatabase } from "./support/test-database";

// `npm start` answers /api/trpc from node:http in front of Next.js (apps/web/server.ts). What a tool gets from it
// must be what the handler gives: the same status, body and security headers, a length for JSON, and 400 or 413
// in our words for a request the handler cannot be given, without taking the server down.

const db = useTestDatabase();
let server: Server;
let base: string;

beforeAll(async () => {
  const handle = withApiSecurityHeaders((request) => handleTrpcRequest(request, () => createContextInner({ prisma: db.prisma, actor: db.users.EDITOR })));
  server = createServer((req, res) => void serveApiRequest(req, res, handle));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const envelope = (input: unknown) => JSON.stringify({ json: input });

/** A raw HTTP/1.1 request, for what fetch will not send (a Host header no URL can be made of). */
function rawRequest(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers, setHost: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the API in front of Next.js", () => {
  it("takes /api/trpc and its procedures, and leaves every other address to Next.js", () => {
    expect(["/api/trpc", "/api/trpc/claim.get?input=1", "/api/trpc?batch=1"].map(isApiRequest)).toEqual([true, true, true]);
    expect(["/api/trpcx", "/api/auth/ok", "/claims", "/", undefined].map(isApiRequest)).toEqual([false, false, false, false, false]);
  });

  it("answers a query and a mutation as the handler does, with the API's security headers and the body's length", async () => {
    const made = await fetch(`${base}/api/trpc/event.create`, { method: "POST", headers: { "content-type": "application/json" }, body: envelope(anEvent({ title: "Listener test event" })) });
    const event = superjson.deserialize<{ id: string }>(JSON.parse(await made.text()).result.data);
    const read = await fetch(`${base}/api/trpc/event.get?input=${encodeURIComponent(envelope({ id: event.id }))}`);
    const text = await read.text();
    expect(read.status).toBe(200);
    expect(read.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    expect(read.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(read.headers.get("x-content-type-options")).toBe("nosniff");
    expect(superjson.deserialize<{ title: string }>(JSON.parse(text).result.data).title).toBe("Listener test event");

    expect(made.status).toBe(200);
    expect(made.headers.get("content-length")).not.toBeNull();
    expect(await db.prisma.event.count({ where: { title: "Listener test event" } })).toBe(1);
  });

  it("refuses a field error with 400 naming the field, and writes nothing", async () => {
    const before = await db.prisma.event.count();
    const refused = await fetch(`${base}/api/trpc/event.create`, { method: "POST", headers: { "content-type": "application/json" }, body: envelope(anEvent({ title: "" })) });
    expect(refused.status).toBe(400);
    expect(JSON.parse(await refused.text()).error.json.data.fieldErrors).toHaveProperty("title");
    expect(await db.prisma.event.count()).toBe(before);
  });

  it("refuses a body over the limit with 413 in our words, and writes nothing", async () => {
    const before = await db.prisma.event.count();
    const body = envelope(anEvent({ title: "x".repeat(MAX_BODY_BYTES) }));
    const refused = await fetch(`${base}/api/trpc/event.create`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(refused.status).toBe(413);
    expect(JSON.parse(await refused.text()).error.json.message).toMatch(/larger than/);
    // Sent in chunks with no Content-Length, the body is refused while it is read, and the answer still arrives.
    const chunked = await fetch(`${base}/api/trpc/event.create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([body]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).not.toBeNull();
    expect(chunked.status).toBe(413);
    expect(await db.prisma.event.count()).toBe(before);
  });

  it("answers a Host header no URL can be made of with 400, and goes on serving", async () => {
    const odd = await rawRequest("/api/trpc/event.list", { host: "exa mple:99999" });
    expect(odd.status).toBe(400);
    expect(JSON.parse(odd.body).error.json.message).toMatch(/Host header/);
    expect((await fetch(`${base}/api/trpc/event.list`)).status).toBe(200);
  });
});
