import {
  type AttemptResult,
  createQuiz,
  DEFAULT_REVIEW_POLICY,
  keyedResponse,
  type Quiz,
  type QuizSpec,
  scoreQuestion,
  scoreSubmission,
  startAttempt,
  toPublicResult,
} from "civics-lessons";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { allQuestions, makeLesson } from "../_helpers/builders.js";

const T0 = "2026-01-05T09:00:00.000Z";
const LATER = "2026-01-05T10:00:00.000Z";

/** Half right, half wrong, so status, parts and messages all have something to show. */
const RESPONSES: Record<string, unknown> = {
  "who-vetoes": "speaker",
  "which-checks": ["override", "impeach", "purse"],
  "tf-review": false,
  "name-case": "Marbury v. Madison",
  "match-articles": { "art-1": "legislative", "art-3": "executive" },
};

function resultFor(spec: Partial<QuizSpec> = {}): { quiz: Quiz; result: AttemptResult } {
  const quiz = createQuiz({ id: "review", lessons: [makeLesson()], ...spec });
  const attempt = startAttempt(quiz, { seed: "s", now: T0, id: "a1" });
  const submission = scoreSubmission(attempt, RESPONSES, { now: LATER });
  if (!submission.accepted) throw new Error("the fixture submission was rejected");
  return { quiz, result: submission.result };
}

/** Field names and texts that would give the key away. */
function keyMaterialIn(view: unknown, quiz: Quiz): string[] {
  const json = JSON.stringify(view);
  const fields = ["correctIds", "expected", "selectedIds", "matchedAnswer", "correctResponse", "explanation"];
  const texts = quiz.questions.map((q) => q.explanation);
  return [...fields.filter((f) => json.includes(`"${f}"`)), ...texts.filter((t) => json.includes(JSON.stringify(t)))];
}

describe("review policy on the quiz", () => {
  it("defaults to the score at once and everything else after the last of unlimited attempts", () => {
    const { quiz } = resultFor();

    expect(quiz.review).toEqual(DEFAULT_REVIEW_POLICY);
    expect(quiz.maxAttempts).toBeNull();
  });

  it("keeps the parts a spec leaves out at their defaults and normalises dates to UTC", () => {
    const { quiz } = resultFor({
      review: { feedback: "immediately", explanations: { after: "2026-02-01T10:00:00+01:00" } },
    });

    expect(quiz.review).toEqual({
      ...DEFAULT_REVIEW_POLICY,
      feedback: "immediately",
      explanations: { after: "2026-02-01T09:00:00.000Z" },
    });
  });

  it.each([
    [{ review: { answers: "immediately" } }, "review.answers is not a review option"],
    [{ review: { score: "later" } }, "review.score must be"],
    [{ review: { feedback: { after: "soon" } } }, "review.feedback.after must be"],
    [{ review: { feedback: { after: T0, before: T0 } } }, "review.feedback must be"],
    [{ review: "immediately" }, "review must be an object"],
    [{ maxAttempts: 0 }, "maxAttempts must be a whole number"],
    [{ maxAttempts: 1.5 }, "maxAttempts must be a whole number"],
    [{ maxAttempts: "2" }, "maxAttempts must be a whole number"],
  ])("refuses %j as invalid_quiz_spec", (spec, message) => {
    const call = () => createQuiz({ id: "q", lessons: [makeLesson()], ...(spec as Partial<QuizSpec>) });

    expect(call).toThrow(message);
    expect(call).toThrow(expect.objectContaining({ code: "invalid_quiz_spec" }));
  });
});

describe("toPublicResult", () => {
  it("shows only the totals under the default policy with unlimited attempts, and says the rest never comes", () => {
    const { quiz, result } = resultFor();

    const view = toPublicResult(result, quiz, { attemptsUsed: 5, now: LATER });

    expect(view).toMatchObject({ attemptId: "a1", earned: result.earned, percent: result.percent, passed: false });
    expect(view.review).toEqual({
      score: "shown",
      correctness: "never",
      feedback: "never",
      correctResponses: "never",
      explanations: "never",
    });
    expect(view.reviewAvailableAt).toBeNull();
    expect(view.questions[0]).toEqual({
      questionId: result.questions[0]?.questionId,
      possible: 1,
      hintsUsed: 0,
      late: false,
    });
    expect(keyMaterialIn(view, quiz)).toEqual([]);
    expect(JSON.stringify(view)).not.toMatch(/"status"|"messages"|"parts"/);
  });

  it("holds the rest back until the learner has used the last allowed attempt", () => {
    const { quiz, result } = resultFor({ maxAttempts: 2 });

    const first = toPublicResult(result, quiz, { attemptsUsed: 1, now: LATER });
    const last = toPublicResult(result, quiz, { attemptsUsed: 2, now: LATER });

    expect(first.review.correctness).toBe("after-last-attempt");
    expect(keyMaterialIn(first, quiz)).toEqual([]);
    expect(last.review).toEqual({
      score: "shown",
      correctness: "shown",
      feedback: "shown",
      correctResponses: "shown",
      explanations: "shown",
    });
    const vetoes = last.questions.find((q) => q.questionId === "who-vetoes");
    expect(vetoes).toMatchObject({
      status: "partial",
      earned: 0.25,
      correctResponse: "president",
      explanation: quiz.questions.find((q) => q.id === "who-vetoes")?.explanation,
    });
    expect(vetoes?.messages).toEqual(result.questions.find((q) => q.questionId === "who-vetoes")?.feedback?.messages);
    expect(last.questions.find((q) => q.questionId === "match-articles")?.parts).toEqual([
      { id: "art-1", correct: true },
      { id: "art-3", correct: false },
    ]);
    expect(last.objectives?.length).toBeGreaterThan(0);
  });

  it("shows a part from its date on, and names the earliest date still to come", () => {
    const { quiz, result } = resultFor({
      review: { correctness: { after: "2026-03-01T00:00:00Z" }, explanations: { after: "2026-02-01T00:00:00Z" } },
    });

    const before = toPublicResult(result, quiz, { attemptsUsed: 1, now: LATER });
    const between = toPublicResult(result, quiz, { attemptsUsed: 1, now: "2026-02-15T00:00:00Z" });

    expect(before.review.correctness).toEqual({ after: "2026-03-01T00:00:00.000Z" });
    expect(before.reviewAvailableAt).toBe("2026-02-01T00:00:00.000Z");
    expect(before.questions[0]?.explanation).toBeUndefined();
    expect(between.review.explanations).toBe("shown");
    expect(between.questions[0]?.explanation).toBeDefined();
    expect(between.questions[0]?.status).toBeUndefined();
    expect(between.reviewAvailableAt).toBe("2026-03-01T00:00:00.000Z");
  });

  it("hides the totals when the score is not to be shown yet", () => {
    const { quiz, result } = resultFor({ review: { score: "never", correctness: "immediately" } });

    const view = toPublicResult(result, quiz, { attemptsUsed: 1, now: LATER });

    expect(view).toMatchObject({ earned: null, percent: null, passed: null, counts: null, possible: result.possible });
    expect(view.questions.find((q) => q.questionId === "tf-review")?.status).toBe("incorrect");
  });

  it("never shows what the policy says never, even after the last attempt", () => {
    const { quiz, result } = resultFor({ maxAttempts: 1, review: { correctResponses: "never" } });

    const view = toPublicResult(result, quiz, { attemptsUsed: 1, now: LATER });

    expect(view.review.correctResponses).toBe("never");
    expect(JSON.stringify(view)).not.toContain('"correctResponse"');
    expect(view.review.explanations).toBe("shown");
  });

  it("is plain JSON", () => {
    const { quiz, result } = resultFor({ maxAttempts: 1 });

    const view = toPublicResult(result, quiz, { attemptsUsed: 1, now: LATER });

    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it.each([[-1], [1.5], [Number.NaN], ["1"]])("refuses attemptsUsed %j as invalid_argument", (attemptsUsed) => {
    const { quiz, result } = resultFor();

    expect(() => toPublicResult(result, quiz, { attemptsUsed: attemptsUsed as number, now: LATER })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("refuses an unreadable now as invalid_time", () => {
    const { quiz, result } = resultFor();

    expect(() => toPublicResult(result, quiz, { attemptsUsed: 1, now: "later" })).toThrow(
      expect.objectContaining({ code: "invalid_time" }),
    );
  });
});

const lessons = [makeLesson(), ...(await loadLessons())];

describe("keyedResponse", () => {
  it.each(lessons.flatMap((lesson) => lesson.questions.map((q) => [`${lesson.id}/${q.id}`, q] as const)))(
    "earns full credit on %s",
    (_name, question) => {
      expect(scoreQuestion(question, keyedResponse(question)).status).toBe("correct");
    },
  );

  it("gives a range's midpoint for numeric questions", () => {
    const numeric = allQuestions().find((q) => q.type === "numeric");
    if (numeric?.type !== "numeric") throw new Error("fixture has no numeric question");

    expect(keyedResponse({ ...numeric, answer: { min: 6000, max: 6600 } })).toBe(6300);
  });
});
