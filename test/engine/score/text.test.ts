import { scoreQuestion } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { makeQuestion } from "../../_helpers/builders.js";

describe("scoreQuestion: short-text", () => {
  // Accepted: "Marbury v. Madison" (1) and "Marbury" (0.5); ignorePunctuation; typoTolerance 0.2.
  const question = makeQuestion("short-text");

  it.each([
    ["exact", "Marbury v. Madison", "correct", 1, false],
    ["case and spacing differ", "  marbury   V. MADISON ", "correct", 1, false],
    ["punctuation ignored", "Marbury v Madison", "correct", 1, false],
    ["one transposition within tolerance (18 chars → 3 edits)", "Marbury v. Madsion", "correct", 1, true],
    ["full-width letters fold under NFKC", "Ｍａｒｂｕｒｙ v. Madison", "correct", 1, false],
    ["the partial answer", "Marbury", "partial", 0.5, false],
    ["too many typos", "Mrbry v. Mdsn", "incorrect", 0, false],
  ])("scores %s", (_name, response, status, earned, typo) => {
    const result = scoreQuestion(question, response);

    expect(result).toMatchObject({ status, earned });
    if (earned > 0) expect(result.feedback?.typoTolerated).toBe(typo);
  });

  it("never tolerates typos in answers of three characters or fewer", () => {
    const short = makeQuestion("short-text", { answers: [{ text: "war" }], matching: { typoTolerance: 0.5 } });

    expect(scoreQuestion(short, "wat").status).toBe("incorrect");
    expect(scoreQuestion(short, "War").status).toBe("correct");
  });

  it("honours case sensitivity and diacritics options", () => {
    const strict = makeQuestion("short-text", {
      answers: [{ text: "Habeas Corpus" }],
      matching: { caseSensitive: true },
    });
    const lenient = makeQuestion("short-text", {
      answers: [{ text: "Guantánamo" }],
      matching: { ignoreDiacritics: true },
    });

    expect(scoreQuestion(strict, "habeas corpus").status).toBe("incorrect");
    expect(scoreQuestion(strict, "Habeas Corpus").status).toBe("correct");
    expect(scoreQuestion(lenient, "Guantanamo").status).toBe("correct");
  });

  it("folds typographic quotes and dashes", () => {
    const quoted = makeQuestion("short-text", { answers: [{ text: "Youngstown's 'zone of twilight' - Jackson" }] });

    expect(scoreQuestion(quoted, "Youngstown\u2019s \u2018zone of twilight\u2019 \u2014 Jackson").status).toBe(
      "correct",
    );
  });

  it.each([
    ["   ", "unanswered"],
    [42, "invalid"],
    ["x".repeat(1001), "invalid"],
  ])("scores %j as %s", (response, status) => {
    expect(scoreQuestion(question, response).status).toBe(status);
  });
});

describe("scoreQuestion: numeric", () => {
  // Answer 0.6667 ± 0.01 (absolute); near miss [0.5, 0.51] earns 0.25.
  const question = makeQuestion("numeric");

  it.each([
    [0.6667, "correct", 1],
    [0.66, "correct", 1],
    ["0,67", "correct", 1],
    [" 0.675 ", "correct", 1],
    [0.68, "incorrect", 0],
    [0.5, "partial", 0.25],
    ["0.505", "partial", 0.25],
  ])("scores %j as %s", (response, status, earned) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status, earned });
  });

  it("lands on a near miss worth nothing, to give its feedback", () => {
    const question = makeQuestion("numeric", {
      nearMisses: [{ answer: { value: 0.5, tolerance: 0.02 }, fraction: 0, feedback: "A majority passes a bill." }],
    });

    expect(scoreQuestion(question, 0.5)).toMatchObject({
      status: "incorrect",
      earned: 0,
      feedback: { messages: ["A majority passes a bill."] },
    });
    expect(scoreQuestion(question, 0.9).feedback?.messages).toEqual([]);
  });

  it("says which number a text response was read as", () => {
    expect(scoreQuestion(question, "0,66").feedback?.numericValue).toBe(0.66);
    expect(scoreQuestion(question, 0.66).feedback?.numericValue).toBeUndefined();
  });

  it("uses relative tolerance as a share of the value", () => {
    const relative = makeQuestion("numeric", { answer: { value: 200, tolerance: 0.05, toleranceType: "relative" } });

    expect(scoreQuestion(relative, 210).status).toBe("correct"); // |210 − 200| = 10 = 5% of 200
    expect(scoreQuestion(relative, 211).status).toBe("incorrect");
  });

  it("treats a value without tolerance as exact, up to float noise", () => {
    const exact = makeQuestion("numeric", { answer: { value: 0.3 }, nearMisses: [] });

    expect(scoreQuestion(exact, 0.1 + 0.2).status).toBe("correct");
    expect(scoreQuestion(exact, 0.31).status).toBe("incorrect");
  });

  it("scores ranges inclusively", () => {
    const range = makeQuestion("numeric", { answer: { min: 60, max: 90 } });

    expect(scoreQuestion(range, 60).status).toBe("correct");
    expect(scoreQuestion(range, 90).status).toBe("correct");
    expect(scoreQuestion(range, 91).status).toBe("incorrect");
  });

  it.each([
    [Number.NaN, "not_a_number"],
    [Number.POSITIVE_INFINITY, "not_a_number"],
    ["two", "not_a_number"],
    [true, "wrong_type"],
    ["9".repeat(100), "too_long"],
  ])("rejects %j as %s", (response, reason) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status: "invalid", reason, earned: 0 });
  });
});

describe("scoreQuestion: cloze", () => {
  // Blank "house" (text: House of Representatives) and "officer" (choice: president).
  const question = makeQuestion("cloze");

  it.each([
    [{ house: "House of Representatives", officer: "president" }, "correct", 1],
    [{ house: "house of representatives", officer: "chief-justice" }, "partial", 0.5],
    [{ house: "Senate", officer: "president" }, "partial", 0.5],
    [{ officer: "president" }, "partial", 0.5],
    [{ house: "Senate", officer: "chief-justice" }, "incorrect", 0],
  ])("scores %j as %s", (response, status, earned) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status, earned });
  });

  it.each([
    [{ house: "House", officer: "king" }, "unknown_id"],
    [{ attic: "x" }, "unknown_id"],
    [{ house: 5 }, "wrong_type"],
    [JSON.parse('{"__proto__": {"polluted": true}, "house": "x"}'), "unsafe_key"],
    [{ constructor: "x" }, "unsafe_key"],
    [["House"], "wrong_type"],
  ])("rejects %j as %s", (response, reason) => {
    expect(scoreQuestion(question, response)).toMatchObject({ status: "invalid", reason });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
