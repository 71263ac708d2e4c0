/// <reference types="node" />
/**
 * Fault checks of the scoring server, each against the server in its own process on a SQLite
 * file, as `npm run serve` starts it: `npx tsx test/server/faults.ts`.
 *
 * 1. Crash and restart: learners keep submitting while the server is killed (SIGKILL) and started
 *    again on the same file and port; a request that fails is retried. Every submission that was
 *    acknowledged must be there afterwards with the same result, and nothing may answer 5xx.
 * 2. Flood: from 50 addresses, 10,000 attempt starts without a cookie, each started attempt
 *    submitted with a 30 KB body of over-long answers. A learner's attempt in progress must
 *    survive it intact, the server's memory must stay flat, and the junk must not be stored.
 * 3. Slow clients: 200 connections that send headers forever are closed within 25 s, while other
 *    requests are answered.
 *
 * Loopback only, bounded in time; stops itself.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { PublicAttempt } from "civics-lessons";
import {
  check,
  freePort,
  guard,
  Learner,
  loopback,
  resentCount,
  responsesTo,
  type ServerProcess,
  startServer,
  stopServer,
  validResponse,
} from "./_process.js";

const LESSON = "three-branches-and-checks";
const folder = mkdtempSync(join(tmpdir(), "civics-faults-"));
const failures: string[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
guard(300, "fault checks");

/** Crash and restart in the middle of a run: no acknowledged submission may be lost. */
async function crashAndRestart(): Promise<void> {
  console.log("-- crash and restart");
  const db = join(folder, "crash.sqlite");
  const port = await freePort();
  let server: ServerProcess = await startServer(db, port);
  const acknowledged: { learner: Learner; id: string; percent: number }[] = [];
  let fiveHundreds = 0;
  let failedRequests = 0;
  let retriedSubmitsRepeated = 0;
  const deadline = performance.now() + 8000;

  /** Sends a request until it gets an answer (the server may be down for a moment). */
  async function persist(learner: Learner, method: string, path: string, body?: unknown) {
    for (;;) {
      const reply = await learner.call(method, path, body);
      if (reply.status >= 500) fiveHundreds++;
      if (reply.status !== 0) return reply;
      failedRequests++;
      await sleep(50);
    }
  }

  async function client(index: number): Promise<void> {
    let learner = new Learner(port, loopback(index));
    while (performance.now() < deadline) {
      const started = await persist(learner, "POST", "/attempts", { lessonId: LESSON });
      if (started.status === 409) {
        learner = learner.next();
        continue;
      }
      if (started.status !== 200 && started.status !== 201) continue;
      const view = started.json.attempt as PublicAttempt;
      const [first] = view.questions;
      if (first)
        await persist(learner, "PUT", `/attempts/${view.id}/answers/${first.id}`, { response: validResponse(first) });
      let submitted = await learner.call("POST", `/attempts/${view.id}/submit`, { responses: responsesTo(view) });
      if (submitted.status === 0) {
        // The answer was lost with the connection: the retry says whether the first try was stored.
        submitted = await persist(learner, "POST", `/attempts/${view.id}/submit`, { responses: responsesTo(view) });
        if (submitted.json?.repeated === true) retriedSubmitsRepeated++;
      }
      if (submitted.status === 200) acknowledged.push({ learner, id: view.id, percent: submitted.json.result.percent });
    }
  }

  const clients = Promise.all(Array.from({ length: 50 }, (_, i) => client(i)));
  await sleep(3000);
  const beforeCrash = acknowledged.length;
  await stopServer(server, "SIGKILL");
  await sleep(300);
  server = await startServer(db, port);
  await clients;

  let lost = 0;
  for (const { learner, id, percent } of acknowledged) {
    const reply = await persist(learner, "GET", `/attempts/${id}/result`);
    if (reply.status !== 200 || reply.json.result.percent !== percent) lost++;
    learner.close();
  }
  await stopServer(server, "SIGTERM");
  const file = new Database(db, { readonly: true });
  const inFile = new Set(
    (file.prepare("SELECT id FROM attempts WHERE submitted_at IS NOT NULL").all() as { id: string }[]).map((r) => r.id),
  );
  file.close();
  const lostInFile = acknowledged.filter(({ id }) => !inFile.has(id)).length;

  console.log(
    `acknowledged submissions: ${acknowledged.length} (${beforeCrash} before the kill); requests that met the dead server and were retried: ${failedRequests}; retried submits already stored: ${retriedSubmitsRepeated}`,
  );
  check(
    beforeCrash > 0 && acknowledged.length > beforeCrash,
    "submissions were acknowledged before and after the kill",
    failures,
  );
  check(failedRequests > 0, `the kill interrupted requests (${failedRequests})`, failures);
  check(lost === 0, `${lost} acknowledged submissions missing or changed after the restart`, failures);
  check(lostInFile === 0, `${lostInFile} acknowledged submissions missing from the database file`, failures);
  check(fiveHundreds === 0, `${fiveHundreds} answers were 5xx`, failures);
}

/** A flood of starts and oversized submissions: memory stays flat and nobody else's attempt goes. */
async function flood(): Promise<void> {
  console.log("-- flood");
  const db = join(folder, "flood.sqlite");
  const server = await startServer(db, await freePort());
  const victim = new Learner(server.port, "127.0.0.5");
  const view = (await victim.call("POST", "/attempts", { lessonId: LESSON })).json.attempt as PublicAttempt;
  const [first] = view.questions as [PublicAttempt["questions"][number]];
  await victim.call("PUT", `/attempts/${view.id}/answers/${first.id}`, { response: validResponse(first) });
  const rss = { before: server.rssMiB(), peak: 0, after: 0 };
  const sampler = setInterval(() => {
    rss.peak = Math.max(rss.peak, server.rssMiB());
  }, 100);
  const junk = Object.fromEntries(view.questions.map((q) => [q.id, "x".repeat(1500)]));
  const statuses = new Map<number, number>();
  const errors = new Set<string>();
  const checkpoints = new Map<number, number>(); // starts sent -> server RSS in MiB
  const resentBefore = resentCount();
  let next = 0;
  const started = performance.now();
  async function attacker(lane: number): Promise<void> {
    const learners = new Map<string, Learner>();
    while (next < 10_000) {
      next++;
      if (next % 2500 === 0) checkpoints.set(next, server.rssMiB());
      const address = loopback(500 + ((lane + next) % 50));
      const learner = learners.get(address) ?? new Learner(server.port, address);
      learners.set(address, learner);
      learner.forget(); // a new learner every time: no cookie to limit
      const reply = await learner.call("POST", "/attempts", { lessonId: LESSON });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      if (reply.error) errors.add(reply.error);
      if (reply.status !== 201) continue;
      const submitted = await learner.call("POST", `/attempts/${reply.json.attempt.id}/submit`, { responses: junk });
      statuses.set(submitted.status, (statuses.get(submitted.status) ?? 0) + 1);
      if (submitted.error) errors.add(submitted.error);
    }
    for (const learner of learners.values()) learner.close();
  }
  await Promise.all(Array.from({ length: 100 }, (_, lane) => attacker(lane)));
  const seconds = (performance.now() - started) / 1000;
  rss.after = server.rssMiB();
  clearInterval(sampler);
  const reread = await victim.call("GET", `/attempts/${view.id}`);
  const submitted = await victim.call("POST", `/attempts/${view.id}/submit`, { responses: {} });
  victim.close();
  await stopServer(server, "SIGTERM");
  const file = new Database(db, { readonly: true });
  const rows = (file.prepare("SELECT count(*) AS n FROM attempts").get() as { n: number }).n;
  const kept = file.prepare("SELECT count(*) AS n FROM attempts WHERE progress LIKE '%xxxxxxxxxx%'").get() as {
    n: number;
  };
  file.close();
  const bytes = statSync(db).size;

  console.log(
    `10,000 starts from 50 addresses in ${seconds.toFixed(1)} s: ${[...statuses].map(([s, n]) => `${s} x${n}`).join(", ")}`,
  );
  console.log(
    `server RSS MiB: before ${rss.before.toFixed(0)}, peak ${rss.peak.toFixed(0)}, after ${rss.after.toFixed(0)}; database: ${rows} attempts, ${(bytes / 2 ** 20).toFixed(1)} MiB`,
  );
  console.log(
    `server RSS MiB after N starts: ${[...checkpoints].map(([n, mib]) => `${n}: ${mib.toFixed(0)}`).join(", ")}`,
  );
  console.log(`requests sent again after the server closed an idle connection: ${resentCount() - resentBefore}`);
  check(
    ![...statuses.keys()].some((s) => s >= 500 || s === 0),
    `no 5xx and no failed connection during the flood ${[...errors].join("; ")}`,
    failures,
  );
  check((statuses.get(429) ?? 0) > 5000, `most starts were refused with 429 (${statuses.get(429) ?? 0})`, failures);
  // Memory that grew with the attempts stored would keep climbing from the first quarter to the end.
  const growth = (checkpoints.get(10_000) ?? 0) - (checkpoints.get(2500) ?? 0);
  check(growth < 40, `memory stayed flat: ${growth.toFixed(0)} MiB from 2,500 to 10,000 starts`, failures);
  check(rss.peak - rss.before < 150, `memory peaked ${(rss.peak - rss.before).toFixed(0)} MiB above idle`, failures);
  check(kept.n === 0, `${kept.n} over-long answers were stored`, failures);
  check(
    reread.status === 200 && reread.json.attempt.responses[first.id] !== undefined,
    "the learner's attempt and answer survived the flood",
    failures,
  );
  check(submitted.status === 200 && submitted.json.repeated === false, "the learner could still submit", failures);
}

/** Slow clients that never finish their headers are cut off, and others are served meanwhile. */
async function slowClients(): Promise<void> {
  console.log("-- slow clients");
  const server = await startServer(join(folder, "slow.sqlite"), await freePort());
  const started = performance.now();
  const closedAfter: number[] = [];
  const sockets = Array.from({ length: 200 }, (_, i) => {
    const socket = connect({ port: server.port, host: "127.0.0.1", localAddress: loopback(800 + i) });
    socket.on("connect", () => socket.write("GET /lessons HTTP/1.1\r\nHost: x\r\n"));
    const drip = setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 1000);
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(drip);
      closedAfter.push((performance.now() - started) / 1000);
    });
    return socket;
  });
  const visitor = new Learner(server.port, "127.0.0.6");
  const served: number[] = [];
  while (closedAfter.length < sockets.length && performance.now() - started < 40_000) {
    const reply = await visitor.call("GET", "/lessons");
    served.push(reply.status === 200 ? reply.ms : Number.POSITIVE_INFINITY);
    await sleep(500);
  }
  for (const socket of sockets) socket.destroy();
  visitor.close();
  await stopServer(server, "SIGTERM");
  const last = Math.max(...closedAfter);
  console.log(
    `200 sockets sending headers forever: all closed by the server after ${last.toFixed(1)} s; meanwhile ${served.length} other requests, slowest ${Math.max(...served).toFixed(0)} ms`,
  );
  check(closedAfter.length === sockets.length && last < 25, "every slow socket was closed within 25 s", failures);
  check(served.every(Number.isFinite), "every other request was answered meanwhile", failures);
}

try {
  await crashAndRestart();
  await flood();
  await slowClients();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(failures.length === 0 ? "PASS fault checks" : `FAIL fault checks: ${failures.length} problem(s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
