import { createServer, type IncomingMessage } from "node:http";
import type { CasualtyMetric } from "@claimdesk/schemas";
import { openBareDatabase } from "./bare-database";
import { createClaim, eventTally, getClaim, listClaims, sessionActor, type CreateInput, type ListInput } from "./bare-handlers";

// The baseline: node:http and a bare driver answering the same URLs as the app's tRPC endpoint for the measured
// procedures. Run as its own process: `tsx bench/bare/bare-server.ts <database> <port> <pool size>`.

const [location, port, poolSize] = process.argv.slice(2);
if (!location || !port) throw new Error("usage: bare-server.ts <postgres URL or PGlite folder> <port> [pool size]");
const db = openBareDatabase(location, Number(poolSize ?? 10));

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });

const server = createServer(async (request, response) => {
  const send = (status: number, value: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(status === 200 ? { result: { data: { json: value } } } : { error: value }));
  };
  try {
    const url = new URL(request.url ?? "/", "http://bare");
    if (url.pathname === "/health") return send(200, "ok");
    const actor = await sessionActor(db, request.headers.authorization?.replace(/^Bearer /, ""));
    if (!actor) return send(401, "sign in");
    const procedure = url.pathname.replace("/api/trpc/", "");
    const raw = request.method === "POST" ? await readBody(request) : url.searchParams.get("input");
    const input = raw ? (JSON.parse(raw) as { json: unknown }).json : undefined;
    switch (procedure) {
      case "claim.list":
        return send(200, await listClaims(db, (input ?? {}) as ListInput));
      case "claim.get": {
        const claim = await getClaim(db, (input as { id: string }).id);
        return claim ? send(200, claim) : send(404, "no such claim");
      }
      case "event.tally": {
        const { eventId, metric } = input as { eventId: string; metric: CasualtyMetric };
        const tally = await eventTally(db, eventId, metric);
        return tally ? send(200, tally) : send(404, "no such event");
      }
      case "claim.create":
        return send(200, await createClaim(db, actor, input as CreateInput));
      default:
        return send(404, `no procedure ${procedure}`);
    }
  } catch (error) {
    send(500, String(error));
  }
});

server.listen(Number(port), "127.0.0.1");
const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
