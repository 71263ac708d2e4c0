import { scoreQuestion } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { makeQuestion } from "../../_helpers/builders.js";

describe("scoreQuestion: ordering", () => {
  // Five items keyed a b c d e; worked numbers per mode.
  const items = ["a", "b", "c", "d", "e"].map((id) => ({ id, text: id.toUpperCase() }));
  const base = makeQuestion("ordering", { items, correctOrder: ["a", "b", "c", "d", "e"] });

  it.each([
    // response, all-or-nothing, position, adjacent-pairs, longest-ordered-subsequence, kendall-tau
    [["a", "b", "c", "d", "e"], 1, 1, 1, 1, 1],
    [["b", "a", "c", "d", "e"], 0, 0.6, 0.5, 0.8, 0.9], // in place: c d e; kept pairs: cd de; run a c d e; 9 of 10 pairs
    [["e", "d", "c", "b", "a"], 0, 0.2, 0, 0, 0],
    [["c", "d", "e", "a", "b"], 0, 0, 0.75, 0.6, 0.4], // kept pairs: cd de ab; run c d e; 4 of 10 pairs
  ] as const)("scores %j in every mode", (response, aon, position, adjacent, lis, tau) => {
    const earned = (
      scoring: "all-or-nothing" | "position" | "adjacent-pairs" | "longest-ordered-subsequence" | "kendall-tau",
    ) => scoreQuestion({ ...base, scoring }, [...response]).earned;

    expect(earned("all-or-nothing")).toBe(aon);
    expect(earned("position")).toBe(position);
    expect(earned("adjacent-pairs")).toBe(adjacent);
    expect(earned("longest-ordered-subsequence")).toBe(lis);
    expect(earned("kendall-tau")).toBe(tau);
  });

  it.each([
    [["a", "b", "c", "d"], "incomplete"],
    [["a", "a", "c", "d", "e"], "duplicate_id"],
    [["a", "b", "c", "d", "z"], "unknown_id"],
    ["a,b,c,d,e", "wrong_type"],
  ])("rejects %j as %s", (response, reason) => {
    expect(scoreQuestion(base, response)).toMatchObject({ status: "invalid", reason });
  });
});

describe("scoreQuestion: matching", () => {
  // art-1 → legislative, art-3 → judicial; "executive" is a distractor.
  const question = makeQuestion("matching");

  it.each([
    [{ "art-1": "legislative", "art-3": "judicial" }, "correct", 1],
    [{ "art-1": "legislative", "art-3": "executive" }, "partial", 0.5],
    [{ "art-1": "legislative" }, "partial", 0.5],
    [{ "art-1": "judicial", "art-3": "legislative" }, "incorrect", 0],
    [{}, "unanswered", 0],
  ])("scores %j as %s", (response, status, earned) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status, earned });
  });

  it("gives nothing for a partial match in all-or-nothing mode", () => {
    expect(
      scoreQuestion({ ...question, scoring: "all-or-nothing" }, { "art-1": "legislative", "art-3": "executive" })
        .earned,
    ).toBe(0);
  });

  it("reports each pair in the feedback", () => {
    const parts = scoreQuestion(question, { "art-1": "legislative", "art-3": "executive" }).feedback?.parts;

    expect(parts).toEqual([
      { id: "art-1", correct: true, given: "legislative", expected: "legislative" },
      { id: "art-3", correct: false, given: "executive", expected: "judicial" },
    ]);
  });
});

describe("scoreQuestion: categorize", () => {
  const question = makeQuestion("categorize", { points: 3 });

  it.each([
    [{ tax: "congress", veto: "president", cases: "courts" }, "correct", 3],
    [{ tax: "congress", veto: "courts", cases: "courts" }, "partial", 2],
    [{ tax: "president" }, "incorrect", 0],
  ])("scores %j as %s", (response, status, earned) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status, earned, possible: 3 });
  });

  it("rejects unknown categories", () => {
    expect(scoreQuestion(question, { tax: "states" })).toMatchObject({ status: "invalid", reason: "unknown_id" });
  });
});
