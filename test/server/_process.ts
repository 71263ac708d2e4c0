/// <reference types="node" />
/**
 * Shared pieces of the scoring server's load and fault checks: the server in its own process
 * (exactly as `npm run serve` starts it, on a database file of the check's own), learners as
 * HTTP clients each on its own loopback address, and the server's memory as the kernel reports it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { PublicAttempt } from "civics-lessons";
import { validResponse } from "../examples/server-scoring-responses.js";

export { validResponse };

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A server process and what it printed. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  /** Resident memory of the server process now, in MiB. */
  rssMiB: () => number;
}

/** A free loopback port (so that a restarted server can listen where its clients expect it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `examples/server-scoring/index.ts` on `port` with the database `db`, in a process of its own. */
export async function startServer(db: string, port: number): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "examples/server-scoring/index.ts", "--port", String(port), "--db", db, "--no-embed-build"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      if (!output.includes("Listening on")) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }, 20);
    child.once("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
  const rssMiB = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  };
  return { child, port, output: () => output, rssMiB };
}

/** Stops a server process: SIGTERM (graceful) or SIGKILL (a crash), and waits for it to go. */
export function stopServer(server: ServerProcess, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.kill(signal);
  return gone;
}

/** One HTTP answer; `status` 0 means the connection failed (`error` says how). */
export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: checks read whatever JSON came back
  json: any;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
  error?: string;
}

let resentOnStaleConnections = 0;

/** How many requests were sent again because the server had closed the idle connection first. */
export function resentCount(): number {
  return resentOnStaleConnections;
}

/**
 * A learner's browser: a cookie jar, keep-alive connections, and its own loopback address. A new
 * learner in the same browser (see {@link Learner.next}) keeps the connections, as a browser does
 * when a cookie changes. (Opening new connections from one fixed source address in the middle
 * of a run sometimes took about a second, a cost of the test's setup rather than of the server.)
 */
export class Learner {
  private cookie = "";
  private readonly port: number;
  private readonly agent: Agent;
  /** The loopback address this learner's requests come from. */
  readonly address: string;

  constructor(port: number, address: string, agent = new Agent({ keepAlive: true, maxSockets: 4 })) {
    this.port = port;
    this.address = address;
    this.agent = agent;
  }

  /** Another learner in the same browser: no cookie, the same connections. */
  next(): Learner {
    return new Learner(this.port, this.address, this.agent);
  }

  /** Forgets the learner cookie: the next start is a new learner. */
  forget(): void {
    this.cookie = "";
  }

  /**
   * Sends one request, with a 60 s timeout (on a busy 2-core machine the slowest answers take
   * seconds). Like a browser, it sends a request again when a kept-alive connection turns out to
   * have been closed by the server before the request reached it.
   */
  async call(method: string, path: string, body?: unknown): Promise<Reply> {
    const reply = await this.send(method, path, body);
    if (!reply.staleConnection) return reply;
    resentOnStaleConnections++;
    return this.send(method, path, body);
  }

  private send(method: string, path: string, body?: unknown): Promise<Reply & { staleConnection?: boolean }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (payload !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    const started = performance.now();
    return new Promise((resolve) => {
      const req = request(
        { host: "127.0.0.1", port: this.port, method, path, headers, agent: this.agent, localAddress: this.address },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const set = res.headers["set-cookie"]?.[0];
            if (set) this.cookie = set.split(";", 1)[0] as string;
            let json: unknown = null;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString());
            } catch {
              // not JSON: the checks treat it as a failure
            }
            resolve({ status: res.statusCode ?? 0, json, headers: res.headers, ms: performance.now() - started });
          });
          res.on("error", (error) => resolve({ status: 0, json: null, headers: {}, ms: 0, error: error.message }));
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
      req.on("error", (error: NodeJS.ErrnoException) => {
        const staleConnection = req.reusedSocket && error.code === "ECONNRESET";
        resolve({ status: 0, json: null, headers: {}, ms: 0, error: error.message, staleConnection });
      });
      req.end(payload);
    });
  }

  /** Closes the learner's connections. */
  close(): void {
    this.agent.destroy();
  }
}

/** The i-th loopback address from 127.1.0.1 on: 127.0.0.0/8 is all loopback, so each client can have its own. */
export function loopback(i: number): string {
  return `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

/** Responses to every question of an attempt. */
export function responsesTo(view: PublicAttempt): Record<string, unknown> {
  return Object.fromEntries(view.questions.map((q) => [q.id, validResponse(q)]));
}

/** The p-th percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Prints a check and remembers a failure. */
export function check(ok: boolean, message: string, failures: string[]): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
}

/** Ends the process if the check overruns its time budget. */
export function guard(seconds: number, name: string): void {
  setTimeout(() => {
    console.error(`FAIL ${name}: did not finish in ${seconds} s`);
    process.exit(1);
  }, seconds * 1000).unref();
}
