/// <reference types="node" />
/**
 * Starts the scoring server with its SQLite database and the browser embed:
 * `npm run serve -- [--port 3000] [--db path] [--no-embed-build] [--trust-proxy]`, then open the
 * printed URL. Listens on 127.0.0.1 only. The database file is created on first start and keeps
 * every attempt across restarts.
 */
import type { AddressInfo } from "node:net";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildEmbed } from "../browser-embed/build.js";
import { createServer } from "./server.js";
import { openSqliteStore } from "./sqlite-store.js";

const DEFAULT_DB = fileURLToPath(new URL(".data/attempts.sqlite", import.meta.url));

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    db: { type: "string", default: DEFAULT_DB },
    "no-embed-build": { type: "boolean" },
    "trust-proxy": { type: "boolean" },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0-65535, not ${values.port}`);
  process.exit(2);
}

if (!values["no-embed-build"]) {
  const built = await buildEmbed();
  console.log(`Built the embed from ${built.from} (${(built.bytes / 1024).toFixed(1)} kB).`);
}

const store = openSqliteStore(values.db);
const server = createServer({ store, trustProxy: values["trust-proxy"] ?? false });
server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Attempts are kept in ${relative(process.cwd(), values.db) || values.db}.`);
  console.log(`Listening on http://127.0.0.1:${actual}/`);
});

/** Stops taking requests, lets those in flight finish (5 s at most), then closes the database. */
function stop(): void {
  server.close(() => store.close());
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
