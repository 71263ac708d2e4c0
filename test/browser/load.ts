/// <reference types="node" />
/**
 * A bounded load check of the scoring server: `npx tsx test/browser/load.ts [--clients 200] [--seconds 10]`.
 * Starts the server example in a child process on 127.0.0.1, runs N concurrent clients that each
 * create an attempt and submit it, over and over, until the time is up; then checks for zero 5xx
 * responses and zero connection errors, and that the server is still alive. Loopback only; it
 * stops itself.
 */
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { PublicAttempt, PublicQuestion } from "civics-lessons";
import { ROOT } from "./_support.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    lesson: { type: "string", default: "three-branches-and-checks" },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
if (!(CLIENTS >= 1 && CLIENTS <= 1000 && SECONDS > 0 && SECONDS <= 60)) throw new Error("clients 1-1000, seconds 0-60");

/** Starts the server example in its own process, so a crash there cannot hide behind the client. */
async function startServer() {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(ROOT, "examples/server-scoring/index.ts"), "--port", "0", "--no-embed-build"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
  });
  return { child, port, stderr: () => stderr };
}

/** Something to submit for every question: the first option everywhere (validity is not the point here). */
function responsesFor(view: PublicAttempt): Record<string, unknown> {
  const first = (q: PublicQuestion): unknown => {
    const record = q as unknown as Record<string, { id: string }[] | undefined>;
    if (q.type === "true-false") return true;
    if (q.type === "short-text") return "Madison";
    if (q.type === "numeric") return "280";
    if (q.type === "multiple-choice") return [record.choices?.[0]?.id];
    if (q.type === "ordering") return record.items?.map((i) => i.id);
    if (q.type === "matching") return Object.fromEntries(q.premises.map((p) => [p.id, q.responses[0]?.id]));
    if (q.type === "categorize") return Object.fromEntries(q.items.map((i) => [i.id, q.categories[0]?.id]));
    if (q.type === "cloze")
      return Object.fromEntries(q.blanks.map((b) => [b.id, b.kind === "choice" ? b.choices[0]?.id : "Senate"]));
    return record.choices?.[0]?.id;
  };
  return Object.fromEntries(view.questions.map((q) => [q.id, first(q)]));
}

async function main(): Promise<number> {
  const server = await startServer();
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let firstError = "";

  const call = (method: string, path: string, body?: unknown) =>
    new Promise<{ status: number; text: string }>((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = performance.now();
      const req = request(
        {
          host: "127.0.0.1",
          port: server.port,
          method,
          path,
          agent,
          headers: payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {},
          timeout: 15_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            latencies.push(performance.now() - started);
            const status = res.statusCode ?? 0;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            resolve({ status, text: Buffer.concat(chunks).toString() });
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => {
        errors++;
        firstError ||= error.message;
        resolve({ status: 0, text: "" });
      });
      req.end(payload);
    });

  try {
    const seed = "load-check"; // one seed: every attempt has the same order, so one set of responses fits all
    const probe = await call("POST", "/attempts", { lessonId: values.lesson, seed });
    const responses = responsesFor(JSON.parse(probe.text) as PublicAttempt);
    latencies.length = 0;
    statuses.clear();

    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    let submitted = 0;
    const client = async () => {
      while (performance.now() < deadline) {
        const created = await call("POST", "/attempts", { lessonId: values.lesson, seed });
        if (created.status !== 201) continue;
        const { id } = JSON.parse(created.text) as { id: string };
        const done = await call("POST", `/attempts/${id}/submit`, { responses });
        if (done.status === 200) submitted++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const elapsed = (performance.now() - started) / 1000;

    const alive = server.child.exitCode === null && (await call("GET", "/lessons")).status === 200;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    const count5xx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const total = latencies.length;
    console.log(`clients: ${CLIENTS}, duration: ${elapsed.toFixed(1)} s, loopback 127.0.0.1:${server.port}`);
    console.log(`requests: ${total} (${(total / elapsed).toFixed(0)} req/s), submissions scored: ${submitted}`);
    console.log(
      `latency ms: p50 ${at(50).toFixed(1)}, p90 ${at(90).toFixed(1)}, p99 ${at(99).toFixed(1)}, max ${(latencies.at(-1) ?? 0).toFixed(1)}`,
    );
    console.log(
      `statuses: ${[...statuses].map(([s, c]) => `${s}×${c}`).join(", ")}; 5xx: ${count5xx}; errors: ${errors}`,
    );
    const failures = [
      count5xx > 0 && `${count5xx} responses were 5xx`,
      errors > 0 && `${errors} requests failed (${firstError})`,
      !alive && `the server is not alive afterwards: ${server.stderr()}`,
      submitted === 0 && "no submission was scored",
    ].filter(Boolean);
    console.log(failures.length === 0 ? "PASS load check" : `FAIL load check:\n  - ${failures.join("\n  - ")}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    agent.destroy();
    server.child.kill("SIGTERM");
  }
}

const guard = setTimeout(
  () => {
    console.error("FAIL load check: did not finish in time");
    process.exit(1);
  },
  (SECONDS + 60) * 1000,
);
guard.unref();
process.exitCode = await main();
