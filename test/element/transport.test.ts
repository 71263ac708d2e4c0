import { createFetchTransport, TransportError } from "civics-lessons/element";
import { describe, expect, it } from "vitest";

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each call and answers with the given status and JSON (or a network failure). */
function fakeFetch(answer: { status: number; body?: unknown } | "offline" = { status: 200, body: {} }) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({
      url: String(url),
      method: init?.method ?? "GET",
      headers: init?.headers as Record<string, string>,
      body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    if (answer === "offline") throw new TypeError("Failed to fetch");
    const text = answer.body === undefined ? "<html>oops</html>" : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: { "content-type": "application/json" } });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe("createFetchTransport", () => {
  it.each([
    [
      "start",
      (t: ReturnType<typeof createFetchTransport>) => t.load({ kind: "start", lessonId: "three-branches" }),
      "POST",
      "/api/attempts",
      { lessonId: "three-branches" },
    ],
    [
      "resume",
      (t: ReturnType<typeof createFetchTransport>) => t.load({ kind: "resume", attemptId: "a/1" }),
      "GET",
      "/api/attempts/a%2F1",
      undefined,
    ],
    [
      "answer",
      (t: ReturnType<typeof createFetchTransport>) => t.answer("a1", "q 1", ["x"]),
      "PUT",
      "/api/attempts/a1/answers/q%201",
      { response: ["x"] },
    ],
    [
      "cleared answer",
      (t: ReturnType<typeof createFetchTransport>) => t.answer("a1", "q1", undefined),
      "PUT",
      "/api/attempts/a1/answers/q1",
      { response: null },
    ],
    [
      "hint",
      (t: ReturnType<typeof createFetchTransport>) => t.hint("a1", "q1"),
      "POST",
      "/api/attempts/a1/hints/q1",
      {},
    ],
    [
      "submit",
      (t: ReturnType<typeof createFetchTransport>) => t.submit("a1", { q1: true }),
      "POST",
      "/api/attempts/a1/submit",
      { responses: { q1: true } },
    ],
  ])("sends %s as the HTTP contract says", async (_name, act, method, path, body) => {
    const { calls, fetch } = fakeFetch();
    const transport = createFetchTransport({ baseUrl: "https://quiz.example/api/", fetch });

    await act(transport);

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method, url: `https://quiz.example${path}`, body });
  });

  it("adds the host's headers (authentication) to every request, and JSON headers", async () => {
    const { calls, fetch } = fakeFetch();
    let token = "first";
    const transport = createFetchTransport({
      baseUrl: "/api",
      fetch,
      headers: async () => ({ authorization: `Bearer ${token}` }),
    });

    await transport.hint("a1", "q1");
    token = "second";
    await transport.load({ kind: "resume", attemptId: "a1" });

    expect(calls.map((c) => c.headers.authorization)).toEqual(["Bearer first", "Bearer second"]);
    expect(calls[0]?.headers).toMatchObject({ accept: "application/json", "content-type": "application/json" });
    expect(calls[1]?.headers["content-type"]).toBeUndefined();
  });

  it("returns the server's JSON", async () => {
    const { fetch } = fakeFetch({ status: 200, body: { hint: "Think of Article I.", hintIndex: 0 } });

    const reply = await createFetchTransport({ baseUrl: "", fetch }).hint("a1", "q1");

    expect(reply).toEqual({ hint: "Think of Article I.", hintIndex: 0 });
  });

  it.each([
    ["no connection", "offline" as const, "network", 0, true],
    [
      "a refused start",
      { status: 409, body: { error: { code: "attempts_exhausted", message: "none left" } } },
      "attempts_exhausted",
      409,
      false,
    ],
    [
      "a rejected submission",
      { status: 422, body: { error: { code: "not_a_record", message: "bad body" } } },
      "not_a_record",
      422,
      false,
    ],
    [
      "a server fault",
      { status: 503, body: { error: { code: "unavailable", message: "later" } } },
      "unavailable",
      503,
      true,
    ],
    [
      "rate limiting",
      { status: 429, body: { error: { code: "slow_down", message: "later" } } },
      "slow_down",
      429,
      true,
    ],
    ["an error page that is not JSON", { status: 502 }, "http_502", 502, true],
    ["a success that is not JSON", { status: 200 }, "bad_response", 200, false],
  ])("turns %s into a TransportError with a code and retryable", async (_name, answer, code, status, retryable) => {
    const { fetch } = fakeFetch(answer);

    const failure = await createFetchTransport({ baseUrl: "", fetch })
      .submit("a1", {})
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TransportError);
    expect(failure).toMatchObject({ code, status, retryable });
  });
});
