/// <reference types="node" />
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion, createQuiz, startAttempt, submitAttempt } from "civics-lessons";
import { getLesson } from "civics-lessons/lessons";
import { afterAll, describe, expect, it } from "vitest";
import { clientOf } from "../../examples/server-scoring/clients.js";
import { createRateLimiter } from "../../examples/server-scoring/rate-limit.js";
import { openSqliteStore } from "../../examples/server-scoring/sqlite-store.js";
import { type AttemptStore, createMemoryStore } from "../../examples/server-scoring/store.js";

const lesson = getLesson("three-branches-and-checks");
if (!lesson) throw new Error("lesson missing");
const quiz = createQuiz({ id: lesson.id, lessons: [lesson] });
const T0 = "2026-11-28T12:00:00.000Z";
const folder = mkdtempSync(join(tmpdir(), "civics-store-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let counter = 0;
function record(learnerId: string, number: number, activeAt = T0) {
  const attempt = startAttempt(quiz, { seed: `${learnerId}/${number}`, id: `a${++counter}`, now: activeAt });
  return { attempt, learnerId, number, version: 1, activeAt };
}

const stores: [string, () => AttemptStore][] = [
  ["memory", createMemoryStore],
  ["sqlite", () => openSqliteStore(join(folder, `contract-${++counter}.sqlite`))],
];

describe.each(stores)("the %s attempt store", (_name, open) => {
  it("gives back the attempt it was given", async () => {
    const store = open();
    const first = record("ana", 1);

    const inserted = await store.insert(first);

    expect(inserted).toBe(true);
    expect(await store.get(first.attempt.id)).toEqual(first);
    expect(await store.get("no-such-id")).toBeUndefined();
  });

  it("refuses a second attempt with the same learner, quiz and number", async () => {
    const store = open();

    const results = [await store.insert(record("ana", 1)), await store.insert(record("ana", 1))];

    expect(results).toEqual([true, false]);
  });

  it("finds a learner's latest attempt at a quiz", async () => {
    const store = open();
    await store.insert(record("ana", 1));
    const second = record("ana", 2);
    await store.insert(second);
    await store.insert(record("ben", 1));

    const latest = await store.latest("ana", quiz.id);

    expect(latest).toEqual({ id: second.attempt.id, number: 2, submittedAt: null });
    expect(await store.latest("cy", quiz.id)).toBeUndefined();
  });

  it("saves a change only against the version it was read at", async () => {
    const store = open();
    const first = record("ana", 1);
    await store.insert(first);
    const answered = answerQuestion(first.attempt, first.attempt.questions[0]?.id ?? "", "x", { now: T0 });
    const submitted = submitAttempt(first.attempt, { now: T0 }).attempt;

    const saves = [await store.update(answered, 1, T0), await store.update(submitted, 1, T0)];

    expect(saves).toEqual([true, false]);
    const stored = await store.get(first.attempt.id);
    expect(stored?.version).toBe(2);
    expect(stored?.attempt).toEqual(answered);
  });

  it("expires idle attempts in progress, and never submitted or recently active ones", async () => {
    const store = open();
    const idle = record("ana", 1, "2026-11-01T00:00:00.000Z");
    const active = record("ben", 1, "2026-11-28T00:00:00.000Z");
    const done = record("cy", 1, "2026-11-01T00:00:00.000Z");
    for (const r of [idle, active, done]) await store.insert(r);
    await store.update(submitAttempt(done.attempt, { now: T0 }).attempt, 1, "2026-11-01T00:00:00.000Z");

    const removed = await store.expireIdle("2026-11-27T00:00:00.000Z");

    expect(removed).toBe(1);
    expect(await store.get(idle.attempt.id)).toBeUndefined();
    expect(await store.get(active.attempt.id)).toBeDefined();
    expect(await store.get(done.attempt.id)).toBeDefined();
    expect(await store.insert(record("ana", 1))).toBe(true); // the expired number can be used again
  });
});

describe("createMemoryStore", () => {
  it("evicts nothing, however many attempts it holds", () => {
    const store = createMemoryStore();
    const first = record("ana", 1);
    store.insert(first);

    for (let i = 0; i < 20_000; i++)
      store.insert({ ...first, attempt: { ...first.attempt, id: `x${i}` }, learnerId: `l${i}` });

    expect(store.get(first.attempt.id)).toEqual(first);
  });
});

describe("openSqliteStore", () => {
  it("keeps attempts when the database is closed and opened again", () => {
    const path = join(folder, "nested", "folder", "reopen.sqlite");
    const first = openSqliteStore(path);
    const saved = record("ana", 1);
    first.insert(saved);
    first.update(submitAttempt(saved.attempt, { now: T0 }).attempt, 1, T0);
    first.close();

    const again = openSqliteStore(path);
    const stored = again.get(saved.attempt.id);
    again.close();

    expect(stored?.attempt.submittedAt).toBe(T0);
    expect(stored?.version).toBe(2);
  });
});

describe("createRateLimiter", () => {
  it("allows a burst, then one more per refill period, per client", () => {
    const limiter = createRateLimiter({ burst: 3, refillSeconds: 10 });

    const burst = [0, 0, 0, 0].map(() => limiter.take("a", 0).allowed);
    const other = limiter.take("b", 0).allowed;
    const early = limiter.take("a", 9_000);
    const later = limiter.take("a", 10_000).allowed;

    expect(burst).toEqual([true, true, true, false]);
    expect(other).toBe(true);
    expect(early).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(later).toBe(true);
  });

  it("tracks a bounded number of clients under a flood of addresses", () => {
    const limiter = createRateLimiter({ burst: 1, refillSeconds: 60, maxClients: 1000 });

    for (let i = 0; i < 50_000; i++) limiter.take(`client-${i}`, i);

    expect(limiter.size).toBe(1000);
    expect(limiter.take("client-49999", 50_000).allowed).toBe(false); // recent clients are remembered
  });
});

describe("clientOf", () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as never;

  it.each([
    ["an IPv4 address as it is", "203.0.113.7", undefined, false, "203.0.113.7"],
    ["an IPv4-mapped IPv6 address as IPv4", "::ffff:203.0.113.7", undefined, false, "203.0.113.7"],
    ["an IPv6 address by its /64", "2001:db8:1:2:3:4:5:6", undefined, false, "2001:db8:1:2::/64"],
    ["a compressed IPv6 address by its /64", "2001:db8::1", undefined, false, "2001:db8:0:0::/64"],
    ["X-Forwarded-For only behind a trusted proxy", "127.0.0.1", "198.51.100.1", false, "127.0.0.1"],
    ["the proxy's own entry in X-Forwarded-For", "127.0.0.1", "1.1.1.1, 198.51.100.1", true, "198.51.100.1"],
  ])("counts %s", (_name, remote, forwarded, trust, expected) => {
    expect(clientOf(request(remote, forwarded), trust)).toBe(expected);
  });
});
