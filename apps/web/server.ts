import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { env } from "@claimdesk/db/env";
import { isApiRequest, serveApiRequest } from "./lib/api-listener";

// `npm start`: the built app on one port. The API (/api/trpc) is answered here before Next.js sees it
// (lib/api-listener.ts says why); every page, asset and /api/auth goes to Next.js as under `next start`.
// `tsx server.ts [--hostname 0.0.0.0] [-p 3000]`, or HOST and PORT.

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
  strict: true,
});
const hostname = values.hostname ?? env.HOST;
const port = values.port === undefined ? env.PORT : Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`-p ${values.port} is not a port (1 to 65535)`);

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (isApiRequest(req.url)) void serveApiRequest(req, res);
  else void handle(req, res);
});
server.listen(port, hostname, () => console.log(`▲ Claimdesk ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
