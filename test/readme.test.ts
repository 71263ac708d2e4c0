import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PublicAttempt, PublicResult } from "civics-lessons";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const dir = fileURLToPath(new URL("../test-output/readme/", import.meta.url));

/** The first TypeScript block after a heading, written to a file so it can be imported and run. */
function blockAfter(heading: string, file: string): { code: string; path: string } {
  const start = readme.indexOf(heading);
  expect(start, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const open = readme.indexOf("```ts\n", start) + 6;
  const code = readme.slice(open, readme.indexOf("```\n", open));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${file}`, code);
  return { code, path: `${dir}${file}` };
}

type Reply = { status: number; body: Record<string, unknown> };
type ServerCode = {
  start(learnerId: string, now: Date): Reply;
  submit(attemptId: string, body: unknown, now: Date): Reply;
};

describe("README", () => {
  it("has a quick start that scores a question and runs an attempt in under 20 lines, and it runs", async () => {
    const { code, path } = blockAfter("## Score a question, run an attempt", "quick-start.ts");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});

    await import(/* @vite-ignore */ path);

    expect(code.trim().split("\n").length).toBeLessThan(20);
    expect(log.mock.calls[0]).toEqual(["correct"]);
    expect(log.mock.calls[1]).toEqual(["wrong_type"]);
    expect(log.mock.calls[2]).toEqual([0, false, 600]);
    log.mockRestore();
  });

  describe("server code", async () => {
    const { path } = blockAfter("## Score on a server", "server.ts");
    const server = (await import(/* @vite-ignore */ path)) as ServerCode;
    const now = new Date("2026-03-02T10:00:00Z");
    const begin = (learnerId: string) => server.start(learnerId, now).body.attempt as PublicAttempt;
    const answersTo = (attempt: PublicAttempt) =>
      Object.fromEntries(attempt.questions.map((q) => [q.id, q.type === "true-false" ? true : "x"]));

    it.each([
      ["a string", "all correct", "not_a_record"],
      ["an array", [1, 2], "not_a_record"],
      ["null", null, "not_a_record"],
      ["the bare record, without its envelope", { "federalist-51-ambition": "means-and-motive" }, "not_a_record"],
      ["responses that are a string", { responses: "all correct" }, "not_a_record"],
      ["an envelope inside the envelope", { responses: { responses: { x: 1 } } }, "wrapped_responses"],
      ["responses for no question of the attempt", { responses: { "not-a-question": 1 } }, "no_known_questions"],
    ])("answers %s with 422 and leaves the attempt open", (name, body, code) => {
      const attempt = begin(name);

      const refused = server.submit(attempt.id, body, now);
      const later = server.submit(attempt.id, { responses: answersTo(attempt) }, now);

      expect(refused).toMatchObject({ status: 422, body: { error: { code } } });
      expect(later).toMatchObject({ status: 200, body: { repeated: false } });
    });

    it("scores a wrapped submission, answers a repeat with the same result, and shows the key only after the last attempt", () => {
      const first = begin("ada");
      const scored = server.submit(first.id, { responses: answersTo(first) }, now);
      const repeat = server.submit(first.id, "anything at all", now);
      const second = begin("ada");
      const last = server.submit(second.id, { responses: {} }, now);
      const third = server.start("ada", now);

      const firstResult = scored.body.result as PublicResult;
      const lastResult = last.body.result as PublicResult;
      expect(scored).toMatchObject({ status: 200, body: { repeated: false } });
      expect(firstResult).toMatchObject({
        attemptsUsed: 1,
        maxAttempts: 2,
        review: { correctness: "after-last-attempt" },
      });
      expect(typeof firstResult.percent).toBe("number");
      expect(JSON.stringify(firstResult)).not.toMatch(/"status"|"correctResponse"|"explanation"|"messages"/);
      expect(repeat).toEqual({ status: 200, body: { result: firstResult, repeated: true } });
      expect(second.id).not.toBe(first.id);
      expect(second.questions.map((q) => q.id)).not.toEqual(first.questions.map((q) => q.id));
      expect(lastResult).toMatchObject({ attemptsUsed: 2, percent: 0, review: { correctResponses: "shown" } });
      expect(lastResult.questions.every((q) => q.status === "unanswered" && q.correctResponse !== undefined)).toBe(
        true,
      );
      expect(third).toMatchObject({ status: 409, body: { error: { code: "attempts_exhausted" } } });
    });

    it("answers an unknown attempt with 404", () => {
      expect(server.submit("no-such-attempt", { responses: {} }, now)).toMatchObject({ status: 404 });
    });
  });

  it("names the two quick-start commands", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm test");
  });
});
