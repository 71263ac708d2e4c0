/// <reference types="node" />
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PublicAttempt, type PublicQuestion, validateResponse } from "civics-lessons";
import { catalog } from "civics-lessons/lessons";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openSqliteStore } from "../../examples/server-scoring/sqlite-store.js";
import { type AttemptStore, createMemoryStore } from "../../examples/server-scoring/store.js";
import { keyMaterialIn, mixedResponse } from "./_helpers.js";
import { type Answer, learner, listen, raw, stop, validResponse } from "./server-scoring-client.js";

const LESSON = "three-branches-and-checks";
/** Per-question fields that tell the learner which answers were right. */
const REVIEW_ONLY = ["status", "earned", "reason", "parts", "messages", "correctResponse", "explanation", "feedback"];
const T0 = new Date("2026-11-28T12:00:00Z");
const folder = mkdtempSync(join(tmpdir(), "civics-server-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** No answer may carry a stack trace or internal error text, whatever was asked. */
function expectCleanError(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toContain("application/json");
  expect(answer.json?.error).toMatchObject({ code });
  expect(answer.text).not.toMatch(/\n\s+at |Error:/);
}

async function start(client: ReturnType<typeof learner>, lessonId = LESSON): Promise<PublicAttempt> {
  const answer = await client.call("POST", "/attempts", { lessonId });
  expect(answer.status).toBe(201);
  return answer.json.attempt;
}

/** A complete response for every question of a public attempt. */
function someResponses(view: PublicAttempt): Record<string, unknown> {
  return Object.fromEntries(view.questions.map((q) => [q.id, validResponse(q, "x")]));
}

describe("server-scoring: the HTTP contract", () => {
  const store = createMemoryStore();
  const errors: unknown[] = [];
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    ({ server, port } = await listen({ store, now: () => T0, onError: (error) => errors.push(error) }));
  });
  afterAll(() => stop(server));

  it("lists the lessons", async () => {
    const answer = await learner(port).call("GET", "/lessons");

    expect(answer.status).toBe(200);
    expect(answer.json.map((l: { id: string }) => l.id)).toContain(LESSON);
  });

  it("starts an attempt with no key material and gives the learner an HttpOnly, SameSite=Strict cookie", async () => {
    const answer = await learner(port).call("POST", "/attempts", { lessonId: LESSON });

    expect(answer.status).toBe(201);
    expect(answer.headers.location).toBe(`/attempts/${answer.json.attempt.id}`);
    expect(keyMaterialIn(answer.json)).toEqual([]);
    expect(answer.json.attempt.startedAt).toBe(T0.toISOString());
    expect(answer.headers["set-cookie"]?.[0]).toMatch(/^civics_learner=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict/);
  });

  it("resumes the learner's attempt in progress instead of starting another", async () => {
    const ana = learner(port);
    const first = await start(ana);

    const again = await ana.call("POST", "/attempts", { lessonId: LESSON });

    expect(again.status).toBe(200);
    expect(again.json.attempt.id).toBe(first.id);
  });

  it("shows an attempt to its learner only", async () => {
    const ana = learner(port);
    const view = await start(ana);

    const own = await ana.call("GET", `/attempts/${view.id}`);
    const other = await learner(port).call("GET", `/attempts/${view.id}`);
    await start(learner(port)); // a learner with a cookie of their own
    const stranger = learner(port);
    await start(stranger);
    const strangers = await stranger.call("GET", `/attempts/${view.id}`);

    expect(own.json).toEqual({ attempt: view });
    expectCleanError(other, 404, "unknown_attempt");
    expectCleanError(strangers, 404, "unknown_attempt");
  });

  it("autosaves answers, which the attempt then shows", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const [question] = view.questions as [PublicQuestion];
    const response = validResponse(question, "Madison");

    const saved = await ana.call("PUT", `/attempts/${view.id}/answers/${question.id}`, { response });
    const reread = await ana.call("GET", `/attempts/${view.id}`);

    expect(saved.json).toEqual({ saved: true, answeredAt: T0.toISOString() });
    expect(reread.json.attempt.responses).toEqual({ [question.id]: response });
  });

  it("reveals hints one at a time and says when none are left", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const question = view.questions.find((q) => q.hintCount === 1);
    if (!question) throw new Error("no question with exactly one hint");

    const first = await ana.call("POST", `/attempts/${view.id}/hints/${question.id}`, {});
    const second = await ana.call("POST", `/attempts/${view.id}/hints/${question.id}`, {});

    expect(first.json).toMatchObject({ hintIndex: 0, hint: expect.any(String) });
    expect(second.json).toEqual({ hint: null, hintIndex: null });
  });

  it("scores a submission once and answers a repeat with the stored result", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const responses = someResponses(view);

    const submitted = await ana.call("POST", `/attempts/${view.id}/submit`, { responses });
    const again = await ana.call("POST", `/attempts/${view.id}/submit`, { responses: {} });
    const result = await ana.call("GET", `/attempts/${view.id}/result`);
    const reread = await ana.call("GET", `/attempts/${view.id}`);

    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ repeated: false, result: { attemptId: view.id, attemptsUsed: 1 } });
    expect(again.json).toEqual({ ...submitted.json, repeated: true });
    expect(result.json).toEqual({ result: submitted.json.result });
    expect(reread.json.result).toEqual(submitted.json.result);
  });

  it("answers 409 for the result of an attempt not yet submitted, and for a hint or answer after submission", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const early = await ana.call("GET", `/attempts/${view.id}/result`);
    await ana.call("POST", `/attempts/${view.id}/submit`, { responses: {} });

    const late = await ana.call("POST", `/attempts/${view.id}/hints/${view.questions[0]?.id}`, {});
    const lateAnswer = await ana.call("PUT", `/attempts/${view.id}/answers/${view.questions[0]?.id}`, {
      response: "not even valid",
    });

    expectCleanError(early, 409, "not_submitted");
    expectCleanError(late, 409, "attempt_submitted");
    expectCleanError(lateAnswer, 409, "attempt_submitted");
  });

  it.each([
    ["a body that is not a record", { responses: ["x"] }, "not_a_record"],
    ["a record naming no question of the attempt", { responses: { nope: 1 } }, "no_known_questions"],
    ["responses wrapped twice", { responses: { responses: {} } }, "wrapped_responses"],
  ])("refuses %s with 422 and leaves the attempt open", async (_name, body, code) => {
    const ana = learner(port);
    const view = await start(ana);

    const answer = await ana.call("POST", `/attempts/${view.id}/submit`, body);

    expectCleanError(answer, 422, code);
    expect((await store.get(view.id))?.attempt.submittedAt).toBeNull();
  });

  it("logged no unexpected errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("server-scoring: the quiz's policy decides, not the learner", () => {
  const store = createMemoryStore();
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    ({ server, port } = await listen({ store, now: () => T0 }));
  });
  afterAll(() => stop(server));

  it("refuses a seed chosen by the client", async () => {
    const answer = await learner(port).call("POST", "/attempts", { lessonId: LESSON, seed: "known" });

    expectCleanError(answer, 400, "invalid_body");
  });

  it("shows the score and nothing that gives the key away until the last allowed attempt, then the review", async () => {
    const ana = learner(port);
    const seen: { view: PublicAttempt; result: Record<string, unknown> }[] = [];
    for (let i = 0; i < 3; i++) {
      const view = await start(ana);
      const attempt = (await store.get(view.id))?.attempt;
      const responses = Object.fromEntries(
        view.questions.map((pub, n) => [pub.id, mixedResponse(attempt?.questions[n] as never, pub, n)]),
      );
      const submitted = await ana.call("POST", `/attempts/${view.id}/submit`, { responses });
      seen.push({ view, result: submitted.json.result });
    }
    const fourth = await ana.call("POST", "/attempts", { lessonId: LESSON });
    const firstAgain = await ana.call("GET", `/attempts/${seen[0]?.view.id}/result`);

    for (const { result } of seen.slice(0, 2)) {
      expect(result).toMatchObject({ attemptsUsed: expect.any(Number), maxAttempts: 3, percent: expect.any(Number) });
      expect(keyMaterialIn(result.questions)).toEqual([]);
      expect(result).toMatchObject({ objectives: null, tags: null, review: { correctness: "after-last-attempt" } });
      for (const question of result.questions as Record<string, unknown>[])
        expect(Object.keys(question).filter((key) => REVIEW_ONLY.includes(key))).toEqual([]);
    }
    expect(seen[2]?.result).toMatchObject({ attemptsUsed: 3, review: { correctness: "shown", explanations: "shown" } });
    expect(keyMaterialIn(seen[2]?.result).length).toBeGreaterThan(0); // explanations, now allowed
    expect(keyMaterialIn(firstAgain.json.result).length).toBeGreaterThan(0); // earlier attempts open too
    expectCleanError(fourth, 409, "attempts_exhausted");
  });

  it("gives each attempt a seed of the server's: a retake is shown in another order", async () => {
    const ana = learner(port);
    const first = await start(ana);
    await ana.call("POST", `/attempts/${first.id}/submit`, { responses: {} });

    const second = await start(ana);

    expect(second.questions.map((q) => q.id)).not.toEqual(first.questions.map((q) => q.id));
    expect((await store.get(first.id))?.attempt.seed).not.toBe((await store.get(second.id))?.attempt.seed);
  });
});

describe("server-scoring: limits", () => {
  let now = T0;
  const store = createMemoryStore();
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    ({ server, port } = await listen({ store, now: () => now, startLimit: { burst: 5_000, refillSeconds: 1 } }));
  });
  afterAll(() => stop(server));

  it("refuses an autosaved response that does not fit its question, and keeps nothing of it", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const question = view.questions.find((q) => q.type === "short-text") as PublicQuestion;

    const tooLong = await ana.call("PUT", `/attempts/${view.id}/answers/${question.id}`, {
      response: "x".repeat(5000),
    });
    const wrongType = await ana.call("PUT", `/attempts/${view.id}/answers/${question.id}`, { response: { a: 1 } });
    const missing = await ana.call("PUT", `/attempts/${view.id}/answers/${question.id}`, {});

    expectCleanError(tooLong, 422, "too_long");
    expectCleanError(wrongType, 422, "wrong_type");
    expectCleanError(missing, 400, "invalid_body");
    expect((await store.get(view.id))?.attempt.answers).toEqual({});
  });

  it("keeps the reason, not the content, of submitted responses that do not fit their questions", async () => {
    const ana = learner(port);
    const view = await start(ana);
    const text = view.questions.find((q) => q.type === "short-text") as PublicQuestion;
    const choice = view.questions.find((q) => q.type === "single-choice") as PublicQuestion;
    const ordering = view.questions.find((q) => q.type === "ordering") as PublicQuestion;

    const answer = await ana.call("POST", `/attempts/${view.id}/submit`, {
      responses: {
        [text.id]: "x".repeat(20_000),
        [choice.id]: { picked: Array(500).fill("a") },
        [ordering.id]: Array(300).fill("not-an-item"),
      },
    });
    const answers = (await store.get(view.id))?.attempt.answers;

    expect(answer.status).toBe(200);
    expect(answers?.[text.id]).toMatchObject({ response: null, rejected: "too_long" });
    expect(answers?.[choice.id]).toMatchObject({ response: null, rejected: "wrong_type" });
    expect(answers?.[ordering.id]).toMatchObject({ response: null, rejected: "too_long" });
  });

  it.each(catalog.map((entry) => entry.id))("accepts the largest valid submission of %s", async (lessonId) => {
    const ana = learner(port);
    const view = await start(ana, lessonId);
    const responses = Object.fromEntries(view.questions.map((q) => [q.id, validResponse(q, "€".repeat(1000))]));
    const bytes = Buffer.byteLength(JSON.stringify({ responses }));

    const answer = await ana.call("POST", `/attempts/${view.id}/submit`, { responses });

    expect(view.questions.every((q) => validateResponse(q, responses[q.id]).valid)).toBe(true);
    expect(answer.status).toBe(200);
    expect(bytes).toBeLessThan(32 * 1024);
  });

  it("refuses a body over 32 KiB with 413 and leaves the attempt open", async () => {
    const ana = learner(port);
    const view = await start(ana);

    const answer = await ana.call("POST", `/attempts/${view.id}/submit`, { responses: { x: "y".repeat(40_000) } });

    expectCleanError(answer, 413, "body_too_large");
    expect((await store.get(view.id))?.attempt.submittedAt).toBeNull();
  });

  it("expires attempts by idle time, never by their number", async () => {
    const victim = learner(port);
    const idle = await start(victim);
    const busy = learner(port);
    const active = await start(busy);
    for (let i = 0; i < 200; i++) await start(learner(port, "127.0.0.9"));
    now = new Date(T0.getTime() + 23 * 3600_000);
    const stillThere = await victim.call("GET", `/attempts/${idle.id}`);
    const [first] = active.questions as [PublicQuestion];
    await busy.call("PUT", `/attempts/${active.id}/answers/${first.id}`, { response: validResponse(first, "x") });

    now = new Date(T0.getTime() + 25 * 3600_000);
    const restarted = await listen({ store, now: () => now }); // sweeps on start, then every minute
    const gone = await victim.call("GET", `/attempts/${idle.id}`);
    const kept = await busy.call("GET", `/attempts/${active.id}`);
    await stop(restarted.server);

    expect(stillThere.status).toBe(200);
    expectCleanError(gone, 404, "unknown_attempt");
    expect(kept.status).toBe(200);
  }, 20_000);
});

describe("server-scoring: attempt starts are rate-limited per client address", () => {
  it("answers 429 with Retry-After past the limit, for that address only, and never for resuming", async () => {
    const { server, port } = await listen({ now: () => T0, startLimit: { burst: 3, refillSeconds: 60 } });
    const statuses: number[] = [];
    const flooder = learner(port, "127.0.0.2");
    for (let i = 0; i < 4; i++) {
      flooder.forget();
      statuses.push((await flooder.call("POST", "/attempts", { lessonId: LESSON })).status);
    }
    const limited = await flooder.call("POST", "/attempts", { lessonId: LESSON });
    const neighbour = await learner(port, "127.0.0.3").call("POST", "/attempts", { lessonId: LESSON });
    const resumer = learner(port, "127.0.0.4");
    await start(resumer);
    const resumes = [];
    for (let i = 0; i < 5; i++) resumes.push((await resumer.call("POST", "/attempts", { lessonId: LESSON })).status);
    await stop(server);

    expect(statuses).toEqual([201, 201, 201, 429]);
    expectCleanError(limited, 429, "rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(neighbour.status).toBe(201);
    expect(resumes).toEqual([200, 200, 200, 200, 200]);
  });
});

/** A store whose every call takes a few milliseconds, as a database across a network does. */
function slow(store: AttemptStore): AttemptStore {
  const later = async <T>(value: () => T | Promise<T>): Promise<T> => {
    await new Promise((resolve) => setTimeout(resolve, 1 + Math.floor(Math.random() * 5)));
    return value();
  };
  return {
    get: (id) => later(() => store.get(id)),
    latest: (learnerId, quizId) => later(() => store.latest(learnerId, quizId)),
    insert: (record) => later(() => store.insert(record)),
    update: (attempt, version, at) => later(() => store.update(attempt, version, at)),
    expireIdle: (before) => later(() => store.expireIdle(before)),
  };
}

describe.each([
  ["in memory", () => createMemoryStore()],
  ["in SQLite", () => openSqliteStore(join(folder, "race.sqlite"))],
  ["behind a slow asynchronous store", () => slow(createMemoryStore())],
])("server-scoring: concurrent submits of one attempt, %s", (_name, open) => {
  it("score exactly one; the other nine get the stored result with repeated: true", async () => {
    const store = open();
    const { server, port } = await listen({ store, now: () => T0 });
    const ana = learner(port);
    const view = await start(ana);
    const bodies = Array.from({ length: 10 }, (_, i) => ({
      responses: Object.fromEntries(view.questions.slice(0, i + 1).map((q) => [q.id, validResponse(q, "Madison")])),
    }));

    const answers = await Promise.all(bodies.map((body) => ana.call("POST", `/attempts/${view.id}/submit`, body)));
    const stored = await ana.call("GET", `/attempts/${view.id}/result`);
    await stop(server);

    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.json.repeated === false)).toHaveLength(1);
    for (const answer of answers) expect(answer.json.result).toEqual(stored.json.result);
  });
});

describe("server-scoring: web hygiene", () => {
  const logged: unknown[] = [];
  let server: Server;
  let port = 0;
  let ana: ReturnType<typeof learner>;
  let view: PublicAttempt;
  beforeAll(async () => {
    ({ server, port } = await listen({
      now: () => T0,
      onError: (error) => logged.push(error),
      allowedOrigins: ["https://platform.example"],
    }));
    ana = learner(port);
    view = await start(ana);
  });
  afterAll(() => stop(server));

  it.each([
    ["bad JSON", "POST", "/attempts", '{"lessonId":', {}, 400, "invalid_json"],
    ["a body that is not an object", "POST", "/attempts", "[1,2]", {}, 400, "invalid_body"],
    ["a lessonId of the wrong type", "POST", "/attempts", { lessonId: 5 }, {}, 400, "invalid_body"],
    ["an unknown field", "POST", "/attempts", { lessonId: LESSON, admin: true }, {}, 400, "invalid_body"],
    ["an unknown lesson", "POST", "/attempts", { lessonId: "no-such-lesson" }, {}, 404, "unknown_lesson"],
    ["a __proto__ key", "POST", "/attempts", '{"lessonId":"x","__proto__":{"a":1}}', {}, 400, "unsafe_key"],
    ["JSON nested 10,000 deep", "POST", "/attempts", `${"[".repeat(10_000)}${"]".repeat(10_000)}`, {}, 400, "too_deep"],
    [
      "a form post",
      "POST",
      "/attempts",
      "lessonId=x",
      { "content-type": "application/x-www-form-urlencoded" },
      415,
      "unsupported_media_type",
    ],
    ["text/plain", "POST", "/attempts", "{}", { "content-type": "text/plain" }, 415, "unsupported_media_type"],
    ["an unknown attempt", "GET", "/attempts/does-not-exist", undefined, {}, 404, "unknown_attempt"],
    ["an id that is not an id", "GET", "/attempts/..%2F..%2Fetc", undefined, {}, 404, "unknown_attempt"],
    ["a malformed path", "GET", "/attempts/%E0%A4%A", undefined, {}, 400, "invalid_path"],
    ["an unknown route", "GET", "/admin", undefined, {}, 404, "not_found"],
    ["the wrong method", "DELETE", "/attempts", undefined, {}, 405, "method_not_allowed"],
    [
      "a CORS preflight",
      "OPTIONS",
      "/attempts",
      undefined,
      { origin: "https://evil.example" },
      405,
      "method_not_allowed",
    ],
    [
      "another origin",
      "POST",
      "/attempts",
      { lessonId: LESSON },
      { origin: "https://evil.example" },
      403,
      "cross_origin",
    ],
    ["an opaque origin", "POST", "/attempts", { lessonId: LESSON }, { origin: "null" }, 403, "cross_origin"],
    ["a cross-site fetch", "GET", "/lessons", undefined, { "sec-fetch-site": "cross-site" }, 403, "cross_origin"],
    ["a same-site fetch", "GET", "/lessons", undefined, { "sec-fetch-site": "same-site" }, 403, "cross_origin"],
  ])("answers %s with a JSON error", async (_name, method, path, body, headers, status, code) => {
    const answer = await learner(port).call(method, path, body, headers);

    expectCleanError(answer, status, code);
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it.each([
    ["its own origin", { origin: "http://127.0.0.1:PORT", "sec-fetch-site": "same-origin" }],
    ["an allowed origin", { origin: "https://platform.example", "sec-fetch-site": "cross-site" }],
    ["a client that is not a browser", {}],
  ])("accepts a request from %s", async (_name, headers) => {
    const sent = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace("PORT", String(port))]));

    const answer = await learner(port).call("GET", "/lessons", undefined, sent);

    expect(answer.status).toBe(200);
  });

  it("does not reveal a hint to an empty cross-site form post, nor count one", async () => {
    const question = view.questions.find((q) => q.hintCount > 0) as PublicQuestion;
    const path = `/attempts/${view.id}/hints/${question.id}`;

    const form = await ana.call("POST", path, "", { "content-type": "application/x-www-form-urlencoded" });
    const crossSite = await ana.call("POST", path, {}, { "sec-fetch-site": "cross-site" });
    const reread = await ana.call("GET", `/attempts/${view.id}`);

    expectCleanError(form, 415, "unsupported_media_type");
    expectCleanError(crossSite, 403, "cross_origin");
    expect(reread.json.attempt.revealedHints).toEqual({});
  });

  it.each([
    [
      "an unparseable absolute-form target",
      "GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n",
      "400 Bad Request",
      "invalid_path",
    ],
    [
      "an absolute-form target with a bad port",
      "GET http://x:99999/ HTTP/1.1\r\nHost: x\r\n\r\n",
      "400 Bad Request",
      "invalid_path",
    ],
    ["a header line without a colon", "GET / HTTP/1.1\r\nHost: x\r\nbroken\r\n\r\n", "400 Bad Request", "bad_request"],
    ["a request line that is not HTTP", "HELLO\r\n\r\n", "400 Bad Request", "bad_request"],
  ])("answers %s with a JSON 400", async (_name, request, statusLine, code) => {
    const text = await raw(port, request);

    expect(text.startsWith(`HTTP/1.1 ${statusLine}`)).toBe(true);
    expect(text).toContain(`"code":"${code}"`);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("serves an absolute-form request target like its path", async () => {
    const text = await raw(
      port,
      `GET http://127.0.0.1:${port}/lessons HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );

    expect(text.startsWith("HTTP/1.1 200 OK")).toBe(true);
  });

  it("logged nothing: client errors are not the server's", () => {
    expect(logged).toEqual([]);
  });
});

describe("server-scoring: server failures", () => {
  it("answer 500 in JSON, log one line without a stack, and keep serving", async () => {
    const broken: AttemptStore = {
      ...createMemoryStore(),
      get: () => {
        throw new Error("database down");
      },
    };
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: string) => {
      lines.push(line);
    });
    const { server, port } = await listen({ store: broken });
    const ana = learner(port);

    await start(ana);
    const failed = await ana.call("GET", "/attempts/abc");
    const lessons = await ana.call("GET", "/lessons");
    await stop(server);
    spy.mockRestore();

    expect(failed.status).toBe(500);
    expect(failed.json).toEqual({ error: { code: "internal_error", message: "something went wrong on the server" } });
    expect(lessons.status).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scoring server: 500 at GET \/attempts\/:id: "Error: database down/);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).not.toMatch(/at .*\.(ts|js):\d+/); // no stack frames, not even escaped ones
  });

  it("serve the page with a content security policy and hardening headers", async () => {
    const { server, port } = await listen({ staticDir: join(import.meta.dirname, "../../examples/browser-embed") });

    const page = await learner(port).call("GET", "/");
    await stop(server);

    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "SAMEORIGIN",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });
});
