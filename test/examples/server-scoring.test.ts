/// <reference types="node" />
import type { AddressInfo } from "node:net";
import { type Attempt, type PublicAttempt, scoreSubmission } from "civics-lessons";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttemptStore, createMemoryStore, createServer } from "../../examples/server-scoring/server.js";
import { keyMaterialIn, mixedResponse } from "./_helpers.js";

const LESSON = "three-branches-and-checks";
const NOW = new Date("2026-11-28T12:00:00Z");
const store = createMemoryStore();
const errors: unknown[] = [];
const server = createServer({ store, now: () => NOW, onError: (error) => errors.push(error) });
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  server.closeAllConnections();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // static files are not JSON
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, never> };
}

async function startAttempt(seed = "server-test"): Promise<PublicAttempt> {
  const { status, json } = await call("POST", "/attempts", { lessonId: LESSON, seed });
  expect(status).toBe(201);
  return json as unknown as PublicAttempt;
}

describe("server-scoring: happy path", () => {
  it("lists lessons without question bodies", async () => {
    const { status, json } = await call("GET", "/lessons");

    expect(status).toBe(200);
    expect((json as unknown as { id: string }[]).map((l) => l.id)).toContain(LESSON);
  });

  it("starts an attempt whose public view carries no key material", async () => {
    const response = await call("POST", "/attempts", { lessonId: LESSON, seed: "s" });

    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/attempts/${response.json.id}`);
    expect(keyMaterialIn(response.json)).toEqual([]);
    expect(response.json.startedAt).toBe(NOW.toISOString());
  });

  it("serves the same public attempt again by id", async () => {
    const view = await startAttempt();

    const { status, json } = await call("GET", `/attempts/${view.id}`);

    expect(status).toBe(200);
    expect(json).toEqual(view);
  });

  it("reveals hints one at a time and says when none are left", async () => {
    const view = await startAttempt();
    const question = view.questions.find((q) => q.hintCount === 1);
    if (!question) throw new Error("no question with exactly one hint");

    const first = await call("POST", `/attempts/${view.id}/hints/${question.id}`);
    const second = await call("POST", `/attempts/${view.id}/hints/${question.id}`);

    expect(first.status).toBe(200);
    expect(typeof first.json.hint).toBe("string");
    expect(second.json.hint).toBeNull();
  });

  it("scores a submission exactly as scoreSubmission does, and answers a repeat with the same result", async () => {
    const view = await startAttempt("scored");
    const attempt = (await store.get(view.id)) as Attempt;
    const responses = Object.fromEntries(
      view.questions.map((pub, i) => [
        pub.id,
        mixedResponse(attempt.questions.find((q) => q.id === pub.id) as never, pub, i),
      ]),
    );
    const expected = scoreSubmission(attempt, responses, { now: NOW }).result;

    const submitted = await call("POST", `/attempts/${view.id}/submit`, { responses });
    const again = await call("POST", `/attempts/${view.id}/submit`, { responses });
    const result = await call("GET", `/attempts/${view.id}/result`);

    expect(submitted.status).toBe(200);
    expect(submitted.json.result).toEqual(expected);
    expect(keyMaterialIn(submitted.json).length).toBeGreaterThan(0); // explanations are allowed now
    expect(again.status).toBe(200); // a repeated submit gets the stored result, not an error
    expect(again.json.result).toEqual(expected);
    expect(result.json.result).toEqual(expected);
  });

  it("serves the embed page with a content security policy", async () => {
    const page = await call("GET", "/");

    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.text).toContain('<script type="module" src="/embed.js">');
  });
});

describe("server-scoring: bad requests get 4xx JSON errors, never a crash", () => {
  it.each([
    ["bad JSON", "POST", "/attempts", '{"lessonId":', 400, "invalid_json"],
    ["a body that is not an object", "POST", "/attempts", "[1,2]", 400, "invalid_body"],
    ["a lessonId of the wrong type", "POST", "/attempts", { lessonId: 5 }, 400, "invalid_body"],
    ["a seed of the wrong type", "POST", "/attempts", { lessonId: LESSON, seed: ["x"] }, 400, "invalid_body"],
    ["an unknown field", "POST", "/attempts", { lessonId: LESSON, admin: true }, 400, "invalid_body"],
    ["an unknown lesson", "POST", "/attempts", { lessonId: "no-such-lesson" }, 404, "unknown_lesson"],
    ["a __proto__ key", "POST", "/attempts", '{"lessonId":"x","__proto__":{"admin":true}}', 400, "unsafe_key"],
    ["an unknown attempt", "GET", "/attempts/does-not-exist", undefined, 404, "unknown_attempt"],
    ["an attempt id that is not an id", "GET", "/attempts/..%2F..%2Fetc", undefined, 404, "unknown_attempt"],
    ["a malformed path", "GET", "/attempts/%E0%A4%A", undefined, 400, "invalid_path"],
    ["an unknown route", "GET", "/admin", undefined, 404, "not_found"],
    ["the wrong method", "DELETE", "/attempts", undefined, 405, "method_not_allowed"],
    ["the wrong method on an attempt", "PUT", "/attempts/abc", { x: 1 }, 405, "method_not_allowed"],
  ])("answers %s with %i", async (_name, method, path, body, status, code) => {
    const response = await call(method, path, body);

    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.json.error).toMatchObject({ code });
  });

  it("names the allowed methods on 405", async () => {
    const response = await call("GET", "/attempts");

    expect(response.headers.get("allow")).toBe("POST");
  });

  it("rejects a body over 64 KB with 413", async () => {
    const big = JSON.stringify({ lessonId: LESSON, seed: "x".repeat(100 * 1024) });

    const response = await call("POST", "/attempts", big);

    expect(response.status).toBe(413);
    expect(response.json.error).toMatchObject({ code: "body_too_large" });
  });

  it("rejects a body that is not JSON by content type with 415", async () => {
    const response = await call("POST", "/attempts", "lessonId=x", { "content-type": "text/plain" });

    expect(response.status).toBe(415);
  });

  it.each([
    ["responses missing", {}, "invalid_body"],
    ["responses as an array", { responses: [] }, "invalid_body"],
    ["responses as a string", { responses: "all correct" }, "invalid_body"],
    ["a __proto__ question id", '{"responses":{"__proto__":{"x":1}}}', "unsafe_key"],
    ["a constructor key inside a response", '{"responses":{"q":{"constructor":"x"}}}', "unsafe_key"],
  ])("refuses a submission with %s", async (_name, body, code) => {
    const view = await startAttempt();

    const response = await call("POST", `/attempts/${view.id}/submit`, body);

    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ code });
    expect((await store.get(view.id))?.submittedAt).toBeNull();
  });

  it("answers a hint for a question outside the attempt with 404", async () => {
    const view = await startAttempt();

    const response = await call("POST", `/attempts/${view.id}/hints/not-a-question`);

    expect(response.status).toBe(404);
    expect(response.json.error).toMatchObject({ code: "unknown_question" });
  });

  it("scores malformed individual responses as invalid instead of failing the request", async () => {
    const view = await startAttempt();
    const [first] = view.questions;

    const response = await call("POST", `/attempts/${view.id}/submit`, {
      responses: { [first?.id ?? ""]: { x: [1] } },
    });

    expect(response.status).toBe(200);
    expect(response.json.result).toMatchObject({ earned: 0 });
  });

  it("answers 409 for the result of an attempt not yet submitted", async () => {
    const view = await startAttempt();

    const response = await call("GET", `/attempts/${view.id}/result`);

    expect(response.status).toBe(409);
  });

  it("turns an unexpected failure into a 500 JSON error and keeps serving", async () => {
    const broken: AttemptStore = {
      get: () => {
        throw new Error("database down");
      },
      set: () => undefined,
    };
    const seen: unknown[] = [];
    const other = createServer({ store: broken, onError: (error) => seen.push(error) });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;

    const failed = await fetch(`${url}/attempts/abc`);
    const lessons = await fetch(`${url}/lessons`);
    other.close();
    other.closeAllConnections();

    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({
      error: { code: "internal_error", message: "something went wrong on the server" },
    });
    expect(lessons.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it("logged no unexpected errors in the main server", () => {
    expect(errors).toEqual([]);
  });
});
