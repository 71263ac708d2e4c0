import { scoreQuestion } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { makeQuestion } from "../../_helpers/builders.js";

describe("scoreQuestion: single-choice", () => {
  const question = makeQuestion("single-choice");

  it.each([
    ["the keyed choice", "president", "correct", 1],
    ["a choice with a partial fraction of 0.25", "speaker", "partial", 0.25],
    ["a wrong choice without a fraction", "chief-justice", "incorrect", 0],
  ])("scores %s", (_name, response, status, earned) => {
    const result = scoreQuestion(question, response);

    expect(result).toMatchObject({ questionId: "who-vetoes", status, earned, possible: 1 });
  });

  it("deducts the penalty for a wrong choice when negative marking is on", () => {
    const result = scoreQuestion({ ...question, penalty: 0.5, points: 2 }, "chief-justice");

    expect(result).toMatchObject({ status: "incorrect", earned: -1, possible: 2 });
  });

  it("returns the selected choice's feedback and every choice's flags", () => {
    const result = scoreQuestion(question, "chief-justice");

    expect(result.feedback?.messages).toEqual(["Courts review laws in cases; they do not veto bills."]);
    expect(result.feedback?.selectedIds).toEqual(["chief-justice"]);
    expect(result.feedback?.correctIds).toEqual(["president"]);
    expect(result.feedback?.explanation).toBe(question.explanation);
  });

  it.each([
    [undefined, "unanswered", undefined],
    [null, "unanswered", undefined],
    ["", "unanswered", undefined],
    ["governor", "invalid", "unknown_id"],
    [3, "invalid", "wrong_type"],
    [["president"], "invalid", "wrong_type"],
    ["x".repeat(500), "invalid", "too_long"],
  ])("scores %j as %s (%s)", (response, status, reason) => {
    const result = scoreQuestion(question, response);

    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
    expect(result.earned).toBe(0);
    expect(result.feedback).toBeUndefined();
  });
});

describe("scoreQuestion: multiple-choice", () => {
  // Keyed: override, impeach, purse (k = 3); distractor: pardon (n = 4).
  const base = makeQuestion("multiple-choice");

  it.each([
    // mode, response, earned (worked: R right, W wrong)
    ["all-or-nothing", ["override", "impeach", "purse"], 1],
    ["all-or-nothing", ["override", "impeach"], 0],
    ["right-minus-wrong", ["override", "impeach", "purse"], 1], // (3 − 0) / 3
    ["right-minus-wrong", ["override", "impeach"], 0.666667], // (2 − 0) / 3
    ["right-minus-wrong", ["override", "impeach", "pardon"], 0.333333], // (2 − 1) / 3
    ["right-minus-wrong", ["override", "pardon"], 0], // (1 − 1) / 3
    ["right-minus-wrong", ["pardon"], 0], // max(0, (0 − 1) / 3)
    ["every-decision-counts", ["override", "impeach"], 0.75], // 2 right + 1 unselected wrong, of 4
    ["every-decision-counts", ["pardon"], 0], // 0 right + 0 unselected wrong
    ["every-decision-counts", ["override", "impeach", "purse", "pardon"], 0.75], // 3 + 0 of 4
  ] as const)("%s scores %j as %s", (scoring, response, earned) => {
    const result = scoreQuestion({ ...base, scoring }, [...response]);

    expect(result.earned).toBeCloseTo(earned, 5);
  });

  it("sums per-choice fractions and clamps them to [0, 1] in fractions mode", () => {
    const question = {
      ...base,
      scoring: "fractions" as const,
      choices: [
        { id: "a", text: "A", correct: true, fraction: 0.5 },
        { id: "b", text: "B", correct: true, fraction: 0.5 },
        { id: "c", text: "C", fraction: -1 },
      ],
    };

    expect(scoreQuestion(question, ["a"]).earned).toBe(0.5);
    expect(scoreQuestion(question, ["a", "b"]).earned).toBe(1);
    expect(scoreQuestion(question, ["a", "c"]).earned).toBe(0); // 0.5 − 1 clamped to 0
  });

  it("ignores repeated ids and order", () => {
    expect(scoreQuestion(base, ["purse", "override", "impeach", "purse"]).status).toBe("correct");
  });

  it.each([
    [[], "unanswered", undefined],
    ["override", "invalid", "wrong_type"],
    [["override", 7], "invalid", "wrong_type"],
    [["override", "veto"], "invalid", "unknown_id"],
    [Array(201).fill("override"), "invalid", "too_long"],
  ])("scores %j as %s", (response, status, reason) => {
    expect(scoreQuestion(base, response)).toMatchObject({ status, earned: 0, ...(reason ? { reason } : {}) });
  });
});

describe("scoreQuestion: true-false", () => {
  const question = makeQuestion("true-false", { feedbackFalse: "Look again at the holding." });

  it("scores the key correct and the other value incorrect with its feedback", () => {
    expect(scoreQuestion(question, true).status).toBe("correct");
    expect(scoreQuestion(question, false)).toMatchObject({
      status: "incorrect",
      feedback: { messages: ["Look again at the holding."] },
    });
  });

  it.each([["true"], [1], [{}]])("rejects %j as wrong_type", (response) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status: "invalid", reason: "wrong_type" });
  });
});
