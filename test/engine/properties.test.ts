import {
  answerQuestion,
  createQuiz,
  type Question,
  scoreAttempt,
  scoreQuestion,
  shuffleOptions,
  startAttempt,
  toPublicQuestion,
  validateResponse,
} from "civics-lessons";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allQuestions, keyOf, makeLesson } from "../_helpers/builders.js";

const RUNS = { numRuns: 1000 };
const questions = allQuestions();
const anyQuestion = fc.constantFrom(...questions);

/** Responses that look plausible for a question: its own ids mixed with junk. */
function plausible(q: Question): fc.Arbitrary<unknown> {
  const ids = JSON.stringify(q)
    .match(/"id":"[^"]+"/g)
    ?.map((m) => m.slice(6, -1)) ?? ["x"];
  const id = fc.oneof(fc.constantFrom(...ids), fc.string());
  return fc.oneof(
    id,
    fc.array(id, { maxLength: 8 }),
    fc.dictionary(id, fc.oneof(id, fc.string(), fc.integer())),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 30 }),
  );
}

describe("scoring invariants", () => {
  it("never throws and keeps 0 <= earned <= possible for any JSON value", () => {
    fc.assert(
      fc.property(anyQuestion, fc.jsonValue(), (q, response) => {
        const result = scoreQuestion(q, response);
        expect(result.earned).toBeGreaterThanOrEqual(0);
        expect(result.earned).toBeLessThanOrEqual(result.possible);
        if (result.status === "invalid") expect(result.reason).toBeDefined();
      }),
      RUNS,
    );
  });

  it("never throws on plausible-looking responses built from the question's own ids", () => {
    fc.assert(
      fc.property(
        anyQuestion.chain((q) => fc.tuple(fc.constant(q), plausible(q))),
        ([q, response]) => {
          const result = scoreQuestion(q, response);
          expect(result.earned).toBeGreaterThanOrEqual(0);
          expect(result.earned).toBeLessThanOrEqual(result.possible);
        },
      ),
      RUNS,
    );
  });

  it("never throws on values JSON cannot hold", () => {
    fc.assert(
      fc.property(
        anyQuestion,
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (q, response) => {
          expect(() => scoreQuestion(q, response)).not.toThrow();
        },
      ),
      RUNS,
    );
  });

  it("gives the same result again after a caller tries to change the first one", () => {
    fc.assert(
      fc.property(anyQuestion, fc.nat(), (q, pick) => {
        const responses = [undefined, keyOf(q), pick % 2 === 0 ? "nope" : [String(pick)]];
        for (const response of responses) {
          const first = scoreQuestion(q, response);
          const expected = structuredClone(first);
          // Results are the caller's to change; the next call must not see the change.
          Object.assign(first, { earned: -1, status: "changed" });
          first.feedback?.messages.push("changed");
          expect(scoreQuestion(q, response)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it.each([
    [
      "a throwing getter",
      Object.defineProperty({}, "a", {
        enumerable: true,
        get() {
          throw new Error("getter");
        },
      }),
    ],
    [
      "an array with a throwing getter",
      Object.defineProperty(["a"], 0, {
        get() {
          throw new Error("getter");
        },
      }),
    ],
    [
      "a proxy whose traps throw",
      new Proxy([], {
        get() {
          throw new Error("trap");
        },
        getPrototypeOf() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      }),
    ],
  ])("scores %s as invalid instead of throwing, for every question type", (_name, response) => {
    for (const q of questions) {
      expect(() => scoreQuestion(q, response), q.type).not.toThrow();
      expect(() => validateResponse(toPublicQuestion(q), response), q.type).not.toThrow();
    }
  });

  it("scores every question's own key as correct", () => {
    for (const q of questions) expect(scoreQuestion(q, keyOf(q)).status, q.id).toBe("correct");
  });

  it("ignores the order of multiple-choice selections", () => {
    const q = questions.find((x) => x.type === "multiple-choice") as Question & { type: "multiple-choice" };
    const ids = q.choices.map((c) => c.id);
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.nat(), (picked, salt) => {
        const shuffled = [...picked].sort((a, b) => ((a.charCodeAt(0) * salt) % 7) - ((b.charCodeAt(0) * salt) % 7));
        expect(scoreQuestion(q, shuffled)).toEqual(scoreQuestion(q, picked));
      }),
      RUNS,
    );
  });
});

describe("shuffling invariants", () => {
  it("produces permutations that depend only on the seed and question id", () => {
    fc.assert(
      fc.property(anyQuestion, fc.string(), (q, seed) => {
        const order = shuffleOptions(q, seed);
        const again = shuffleOptions(structuredClone(q), seed);
        expect(again).toEqual(order);
        for (const [list, ids] of Object.entries(order)) {
          const source =
            list === "choices" && "choices" in q
              ? q.choices
              : list === "items" && "items" in q
                ? q.items
                : list === "responses" && "responses" in q
                  ? q.responses
                  : undefined;
          if (source) expect([...ids].sort()).toEqual(source.map((e) => e.id).sort());
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the authored order of the options", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const q = questions.find((x) => x.type === "ordering") as Question & { type: "ordering" };
        const reversed = { ...q, items: [...q.items].reverse() };
        expect(shuffleOptions(reversed, seed)).toEqual(shuffleOptions(q, seed));
      }),
      RUNS,
    );
  });
});

describe("attempt invariants", () => {
  const quiz = createQuiz({ id: "p", lessons: [makeLesson()], timeLimitSeconds: 100, hintPenalty: 0.25 });

  it("gives the same result after a JSON round trip of the attempt", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.tuple(fc.constantFrom(...questions.map((q) => q.id)), fc.jsonValue(), fc.integer({ min: 0, max: 200 })),
        ),
        (seed, answers) => {
          let attempt = startAttempt(quiz, { seed, now: 0, id: "x" });
          for (const [id, response, second] of answers)
            attempt = answerQuestion(attempt, id, response, { now: second * 1000 });
          const direct = scoreAttempt(attempt, { now: 300_000 });
          const resumed = scoreAttempt(JSON.parse(JSON.stringify(attempt)), { now: 300_000 });
          expect(resumed).toEqual(direct);
          expect(direct.earned).toBeGreaterThanOrEqual(0);
          expect(direct.earned).toBeLessThanOrEqual(direct.possible);
        },
      ),
      RUNS,
    );
  });
});
