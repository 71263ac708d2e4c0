/// <reference types="node" />
import { request, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { createServer, type ScoringServerOptions } from "../../examples/server-scoring/server.js";

export { validResponse } from "./server-scoring-responses.js";

/** An answer from the server: status, headers, text, and the JSON body when there is one. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  json: any;
}

/** Starts a scoring server on a free loopback port. */
export async function listen(options: ScoringServerOptions = {}): Promise<{ server: Server; port: number }> {
  const server = createServer({ staticDir: null, ...options });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Stops a server and drops its connections. */
export function stop(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/**
 * A learner's browser, as far as the server can tell: it keeps the learner cookie it is given
 * and sends requests from one loopback address (127.0.0.0/8 is all loopback, so tests can play
 * many clients).
 */
export function learner(port: number, from = "127.0.0.1") {
  let cookie = "";
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const sent: Record<string, string> = { ...headers };
    if (payload !== undefined) sent["content-type"] ??= "application/json";
    if (cookie) sent.cookie ??= cookie;
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, localAddress: from, headers: sent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      });
      req.on("error", reject);
      req.end(payload);
    });
    const set = answer.headers["set-cookie"]?.[0];
    if (set) cookie = set.split(";", 1)[0] as string;
    return answer;
  }
  return {
    call,
    /** Forgets the learner cookie: the next start makes a new learner. */
    forget: () => {
      cookie = "";
    },
    get cookie() {
      return cookie;
    },
  };
}

/** Sends raw bytes and returns everything the server wrote before closing (or 2 s). */
export function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const done = () => {
      socket.destroy();
      resolve(received);
    };
    socket.setTimeout(2000, done);
    socket.on("data", (chunk) => {
      received += chunk.toString();
    });
    socket.on("end", done);
    socket.on("error", done);
    socket.write(text);
  });
}
