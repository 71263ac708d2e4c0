/// <reference types="node" />
/**
 * Starts the scoring server with the browser embed:
 * `npx tsx examples/server-scoring/index.ts [--port 3000] [--no-embed-build]`, then open the printed URL.
 * Listens on 127.0.0.1 only.
 */
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { buildEmbed } from "../browser-embed/build.js";
import { createServer } from "./server.js";

const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, "no-embed-build": { type: "boolean" } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, not ${values.port}`);

if (!values["no-embed-build"]) {
  const built = await buildEmbed();
  console.log(`Built the embed from ${built.from} (${(built.bytes / 1024).toFixed(1)} kB).`);
}

const server = createServer({ now: () => new Date() });
server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Listening on http://127.0.0.1:${actual}/`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
