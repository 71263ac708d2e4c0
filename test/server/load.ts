/// <reference types="node" />
/**
 * Load check of the scoring server: `npx tsx test/server/load.ts [--clients 200] [--seconds 10]`.
 * Starts the server as `npm run serve` does, on a fresh SQLite file, in its own process. Each
 * client is a learner on its own loopback address who, until time is up, starts an attempt,
 * autosaves three answers, asks for a hint, submits, and starts again (a new learner once the
 * attempt limit is reached). Then every acknowledged submission is read back, over HTTP and from
 * the database file after shutdown, and 10 concurrent submits of one attempt must have one
 * winner. Passes with 0 5xx, 0 failed connections, 0 unexpected answers and 0 lost submissions.
 * Loopback only; stops itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import type { PublicAttempt } from "civics-lessons";
import {
  check,
  freePort,
  guard,
  Learner,
  loopback,
  percentile,
  type Reply,
  resentCount,
  responsesTo,
  startServer,
  stopServer,
  validResponse,
} from "./_process.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    lesson: { type: "string", default: "three-branches-and-checks" },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const LESSON = values.lesson;
if (!(CLIENTS >= 1 && CLIENTS <= 1000 && SECONDS > 0 && SECONDS <= 60)) throw new Error("clients 1-1000, seconds 0-60");
guard(SECONDS + 120, "load check");

/** A submission the server acknowledged with 200, and what it said. */
interface Acknowledged {
  learner: Learner;
  id: string;
  percent: number;
}

const folder = mkdtempSync(join(tmpdir(), "civics-load-"));
const db = join(folder, "attempts.sqlite");
const server = await startServer(db, await freePort());
const failures: string[] = [];
const latencies: number[] = [];
const statuses = new Map<string, number>();
const unexpected: string[] = [];
let connectionErrors = 0;
const acknowledged: Acknowledged[] = [];
const rss = { before: server.rssMiB(), peak: 0, after: 0 };
const sampler = setInterval(() => {
  rss.peak = Math.max(rss.peak, server.rssMiB());
}, 100);

/** Counts an answer; `expected` lists the statuses this step may get. */
function note(reply: Reply, step: string, expected: number[]): boolean {
  if (reply.status === 0) {
    connectionErrors++;
    unexpected.push(`${step}: ${reply.error}`);
    return false;
  }
  latencies.push(reply.ms);
  const key = `${reply.status}${reply.json?.error ? ` ${reply.json.error.code}` : ""}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  if (!expected.includes(reply.status)) unexpected.push(`${step}: ${key}`);
  return expected.includes(reply.status);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function client(index: number, deadline: number): Promise<void> {
  let learner = new Learner(server.port, loopback(index));
  while (performance.now() < deadline) {
    const started = await learner.call("POST", "/attempts", { lessonId: LESSON });
    if (!note(started, "start", [200, 201, 409, 429])) continue;
    if (started.status === 409) {
      learner = learner.next(); // attempts used up: a new learner in the same browser
      continue;
    }
    if (started.status === 429) {
      await sleep(Math.min(Number(started.headers["retry-after"]) * 1000, deadline - performance.now()));
      continue;
    }
    const view = started.json.attempt as PublicAttempt;
    for (const question of view.questions.slice(0, 3)) {
      const path = `/attempts/${view.id}/answers/${encodeURIComponent(question.id)}`;
      note(await learner.call("PUT", path, { response: validResponse(question) }), "autosave", [200]);
    }
    const hinted = view.questions.find((q) => q.hintCount > 0);
    if (hinted) note(await learner.call("POST", `/attempts/${view.id}/hints/${hinted.id}`, {}), "hint", [200]);
    const submitted = await learner.call("POST", `/attempts/${view.id}/submit`, { responses: responsesTo(view) });
    if (note(submitted, "submit", [200]))
      acknowledged.push({ learner, id: view.id, percent: submitted.json.result.percent });
  }
}

try {
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i, started + SECONDS * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  rss.after = server.rssMiB();
  clearInterval(sampler);

  let lostOverHttp = 0;
  for (const { learner, id, percent } of acknowledged) {
    const reply = await learner.call("GET", `/attempts/${id}/result`);
    if (reply.status !== 200 || reply.json.result.percent !== percent) lostOverHttp++;
  }

  // One attempt, ten submits at once: one is scored, nine are told it already was.
  const racer = new Learner(server.port, "127.0.0.2");
  const view = (await racer.call("POST", "/attempts", { lessonId: LESSON })).json.attempt as PublicAttempt;
  const race = await Promise.all(
    Array.from({ length: 10 }, () =>
      racer.call("POST", `/attempts/${view.id}/submit`, { responses: responsesTo(view) }),
    ),
  );
  const winners = race.filter((r) => r.status === 200 && r.json.repeated === false).length;
  const repeats = race.filter((r) => r.status === 200 && r.json.repeated === true).length;

  const alive = server.child.exitCode === null && (await racer.call("GET", "/lessons")).status === 200;
  for (const { learner } of acknowledged) learner.close();
  racer.close();
  await stopServer(server, "SIGTERM");
  const file = new Database(db, { readonly: true });
  const submitted = file.prepare("SELECT id FROM attempts WHERE submitted_at IS NOT NULL").all() as { id: string }[];
  file.close();
  const inFile = new Set(submitted.map((row) => row.id));
  const lostInFile = acknowledged.filter(({ id }) => !inFile.has(id)).length;

  latencies.sort((a, b) => a - b);
  const count5xx = [...statuses].filter(([key]) => key.startsWith("5")).reduce((n, [, c]) => n + c, 0);
  console.log(`clients: ${CLIENTS} learners on their own loopback addresses, ${elapsed.toFixed(1)} s, SQLite file`);
  console.log(
    `requests: ${latencies.length} (${(latencies.length / elapsed).toFixed(0)}/s), submissions acknowledged: ${acknowledged.length}`,
  );
  console.log(
    `latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p90 ${percentile(latencies, 90).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${(latencies.at(-1) ?? 0).toFixed(1)}`,
  );
  console.log(
    `server RSS MiB: before ${rss.before.toFixed(0)}, peak ${rss.peak.toFixed(0)}, after ${rss.after.toFixed(0)}`,
  );
  console.log(`answers: ${[...statuses].map(([key, n]) => `${key} x${n}`).join(", ")}`);
  console.log(`requests sent again after the server closed an idle connection: ${resentCount()}`);
  check(count5xx === 0, `${count5xx} answers were 5xx`, failures);
  check(connectionErrors === 0, `${connectionErrors} requests failed to connect or complete`, failures);
  check(
    unexpected.length === 0,
    `${unexpected.length} unexpected answers ${unexpected.slice(0, 5).join("; ")}`,
    failures,
  );
  check(acknowledged.length > 0, `${acknowledged.length} submissions acknowledged`, failures);
  check(lostOverHttp === 0, `${lostOverHttp} acknowledged submissions missing or changed when read back`, failures);
  check(lostInFile === 0, `${lostInFile} acknowledged submissions missing from the database file`, failures);
  check(winners === 1 && repeats === 9, `10 concurrent submits: ${winners} scored, ${repeats} repeated`, failures);
  check(alive, "the server was alive at the end", failures);
} finally {
  clearInterval(sampler);
  await stopServer(server, "SIGKILL");
  rmSync(folder, { recursive: true, force: true });
}
console.log(failures.length === 0 ? "PASS load check" : `FAIL load check: ${failures.length} problem(s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
