import { createQuiz, type Question, QuizError, startAttempt } from "civics-lessons";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canFill, drawSpecArb, feasible, placesOf } from "../_helpers/draw-arbitraries.js";

const T0 = "2026-01-05T09:00:00Z";

function tf(id: string, objectiveIds: string[]): Question {
  return {
    id,
    type: "true-false",
    prompt: "Q",
    answer: true,
    difficulty: 1,
    objectiveIds,
    sourceIds: ["s"],
    explanation: "Why.",
  };
}

/** Builds the quiz, or returns the QuizError it was refused with. */
function tryCreate(spec: Parameters<typeof createQuiz>[0]) {
  try {
    return createQuiz(spec);
  } catch (error) {
    if (error instanceof QuizError) return error;
    throw error;
  }
}

describe("the draw", () => {
  it.each(["z1", "z"])("meets an unfiltered rule and a filtered one together, for every seed (quiz id %s)", (id) => {
    const quiz = createQuiz({
      id,
      questions: [tf("a", ["x"]), tf("b", ["y"])],
      draw: [{ count: 1 }, { count: 1, objectiveIds: ["x"] }],
    });

    for (let seed = 0; seed < 100; seed++) {
      const ids = startAttempt(quiz, { seed: String(seed), now: T0 }).questions.map((q) => q.id);
      expect(ids.sort()).toEqual(["a", "b"]);
    }
  });

  it("names both rules when they compete for too few questions", () => {
    const spec = {
      id: "q",
      questions: [tf("a", ["x"]), tf("b", ["y"])],
      draw: [
        { count: 1, objectiveIds: ["x"] },
        { perObjective: 1, objectiveIds: ["x", "y"] },
      ],
    };

    expect(() => createQuiz(spec)).toThrow(
      'draw[0] (objectiveIds ["x"]) and draw[1] (objectiveIds ["x","y"]) cannot all be met: together they need 2 question(s) from 1 that match them',
    );
  });

  it("does not depend on which questions earlier rules happened to take", () => {
    // Greedy in rule order fails whenever rule 0 takes "a"; a matching never does.
    const quiz = createQuiz({
      id: "q",
      questions: [tf("a", ["x"]), tf("b", ["x", "y"]), tf("c", ["y"])],
      draw: [{ count: 2 }, { perObjective: 1, objectiveIds: ["y"] }],
    });

    for (let seed = 0; seed < 50; seed++)
      expect(startAttempt(quiz, { seed: `s${seed}`, now: T0 }).questions).toHaveLength(3);
  });

  it("accepts exactly the quizzes some draw can satisfy, and then starts for every seed", () => {
    fc.assert(
      fc.property(drawSpecArb, fc.array(fc.string(), { minLength: 20, maxLength: 20 }), (spec, seeds) => {
        const quiz = tryCreate(spec);
        expect(quiz instanceof QuizError ? quiz.code : "accepted").toBe(
          feasible(spec) ? "accepted" : "unsatisfiable_quiz",
        );
        if (quiz instanceof QuizError) return;
        const places = placesOf(spec.questions, spec.draw) as Question[][];
        for (const seed of seeds) {
          const drawn = startAttempt(quiz, { seed, now: T0 }).questions;
          expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
          expect(drawn.length).toBe(Math.min(places.length, spec.maxQuestions ?? Number.POSITIVE_INFINITY));
          // Without a cap, the drawn questions alone fill every place the rules ask for.
          if (spec.maxQuestions === null) {
            const only = places.map((fill) => fill.filter((q) => drawn.some((d) => d.id === q.id)));
            expect(canFill(only)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
