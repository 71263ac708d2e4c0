/**
 * Numeric questions: how text is read as a number, and when a number hits a target.
 *
 * Cases marked "Moodle" or "Open edX" are those peers' published test cases whose semantics this
 * engine shares (same response, same target, same verdict), ported as data:
 * - Moodle, moodle/moodle `question/type/numerical/tests/answer_test.php` (commit 01148a08) for
 *   tolerances, and `question/type/numerical/tests/answerprocessor_test.php` (commit 3d51aed3) for
 *   reading numbers. Moodle's margin is `10^-precision × max(|tolerance|, |answer|, 10^-precision)`
 *   (`qtype_numerical_answer::get_tolerance_interval` in `question/type/numerical/question.php`).
 * - Open edX, openedx/edx-platform `xmodule/capa/tests/test_util.py` (commit 07ac8cb4,
 *   `test_compare_with_tolerance`) and `xmodule/capa/tests/test_responsetypes.py` (commit 0f31fd1f,
 *   `NumericalResponseTest`).
 * Left out on purpose: units and `3x10^8` notation (Moodle), formulas, complex numbers, `%` answers,
 * exclusive range ends and the 0.001% default tolerance (Open edX), Moodle's geometric tolerance,
 * and edX's tolerance relative to the larger of the two numbers. None of them is part of this model.
 */
import { type NumericTarget, scoreQuestion } from "civics-lessons";
import { getLesson } from "civics-lessons/lessons";
import { describe, expect, it } from "vitest";
import { makeQuestion } from "../../_helpers/builders.js";

/** The number a typed response is read as, or the reason it cannot be read. */
function read(text: string): number | string | undefined {
  const result = scoreQuestion(makeQuestion("numeric"), text);
  return result.status === "invalid" ? result.reason : result.feedback?.numericValue;
}

function hits(target: NumericTarget, value: number | string): boolean {
  return scoreQuestion(makeQuestion("numeric", { answer: target, nearMisses: [] }), value).status === "correct";
}

describe("reading typed numbers", () => {
  it.each([
    // Thousands separators and decimal commas.
    ["6,000", 6000],
    ["6,300", 6300],
    ["12,345", 12345],
    ["1,234,567", 1234567],
    ["0,67", 0.67],
    ["0,670", 0.67],
    ["-0,25", -0.25],
    ["1234,567", 1234.567],
    ["6.000", 6],
    ["1.234.567", 1234567],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["6 000", 6000],
    ["6\u202f000", 6000],
    ["1\u00a0234\u00a0567,5", 1234567.5],
    ["\u22125", -5],
    // Exponents.
    ["1.6e-19", 1.6e-19],
    ["6.02E23", 6.02e23],
    ["1,6e-19", 1.6e-19],
    ["1e\u22123", 0.001],
    // Moodle answerprocessor_test.php, parse_response_provider and apply_units_provider.
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: Moodle's test value, not pi
    ["3.142", 3.142],
    [".2", 0.2],
    ["1.", 1],
    ["1.0", 1],
    ["-1.", -1],
    ["+1.0", 1],
    ["1e4", 10000],
    ["3.142E-4", 0.0003142],
    [".2e+2", 20],
    ["1.e-1", 0.1],
    ["1.0e0", 1],
    ["1,000,000", 1000000],
    ["1,000.00", 1000],
    ["0001.000", 1],
    // Moodle, euro_provider and currency_provider (the number part).
    ["-1 000", -1000],
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: Moodle's test value, not pi
    ["3,14159", 3.14159],
    ["1,234.56", 1234.56],
    ["100.", 100],
  ])("reads %j as %d", (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each([
    // Moodle answerprocessor_test.php: not numbers.
    ["frog", "not_a_number"],
    [",", "not_a_number"],
    [".e8", "not_a_number"],
    // Separators that do not group digits in threes, or two decimal separators.
    ["1,5,5", "not_a_number"],
    ["1,00.5", "not_a_number"],
    ["10 00", "not_a_number"],
    ["1.2.3,4", "not_a_number"],
    ["1,234 567", "not_a_number"],
    // Notation this model does not read.
    ["3x10^8", "not_a_number"],
    ["0x10", "not_a_number"],
    ["1_000", "not_a_number"],
    ["Infinity", "not_a_number"],
    ["1e400", "not_a_number"],
    ["2/3", "not_a_number"],
    ["9".repeat(65), "too_long"],
  ])("refuses %j as %s", (text, reason) => {
    expect(read(text)).toBe(reason);
  });

  it("marks the bundled WWI arrest question right for 6,300 and gives the 2,300 near miss its feedback", () => {
    const question = getLesson("alien-enemies-act-text-and-history")?.questions.find(
      (q) => q.id === "wwi-arrest-count",
    );
    if (!question) throw new Error("the bundled question is missing");

    expect(scoreQuestion(question, "6,300").status).toBe("correct");
    expect(scoreQuestion(question, "about 6,300").reason).toBe("not_a_number");
    const marshalsCount = question.type === "numeric" ? question.nearMisses?.[0]?.feedback : undefined;
    expect(marshalsCount).toContain("2,300");
    expect(scoreQuestion(question, "2,300").feedback?.messages[0]).toBe(marshalsCount);
    expect(scoreQuestion(question, "480,000").feedback?.messages[0]).toContain("registered");
  });
});

describe("the floating-point margin", () => {
  it.each<[string, NumericTarget, number, boolean]>([
    // Each end of a range has its own margin.
    ["a range from 0 does not take a negative number", { min: 0, max: 1e10 }, -5, false],
    ["a range from 0 takes 0", { min: 0, max: 1e10 }, 0, true],
    ["a range takes its top end", { min: 0, max: 1e10 }, 1e10, true],
    ["a range takes its top end from float arithmetic", { min: 0.1, max: 0.3 }, 0.1 + 0.2, true],
    // The margin scales with the answer and the tolerance.
    ["a tiny exact value does not take 0", { value: 1.602e-19 }, 0, false],
    ["a tiny exact value takes itself", { value: 1.602e-19 }, 1.602e-19, true],
    ["0 with a tiny tolerance does not take 1e-20", { value: 0, tolerance: 1e-24 }, 1e-20, false],
    ["0 with a tiny tolerance takes the tolerance", { value: 0, tolerance: 1e-24 }, 1e-24, true],
    ["an exact value takes float arithmetic", { value: 0.3 }, 0.1 + 0.2, true],
    ["an exact value does not take a near number", { value: 0.3 }, 0.3000001, false],
    // Moodle answer_test.php, test_within_tolerance_nominal.
    ["Moodle: 7 ± 1, 5.99", { value: 7, tolerance: 1 }, 5.99, false],
    ["Moodle: 7 ± 1, 6", { value: 7, tolerance: 1 }, 6, true],
    ["Moodle: 7 ± 1, 7", { value: 7, tolerance: 1 }, 7, true],
    ["Moodle: 7 ± 1, 8", { value: 7, tolerance: 1 }, 8, true],
    ["Moodle: 7 ± 1, 8.01", { value: 7, tolerance: 1 }, 8.01, false],
    // Moodle answer_test.php, test_within_tolerance_nominal_zero.
    ["Moodle: 1e-20 exact, 0.9999999e-20", { value: 1e-20 }, 0.9999999e-20, false],
    ["Moodle: 1e-20 exact, 1e-20", { value: 1e-20 }, 1e-20, true],
    ["Moodle: 1e-20 exact, 1.0000001e-20", { value: 1e-20 }, 1.0000001e-20, false],
    ["Moodle: 0 ± 1e-24, -2e-24", { value: 0, tolerance: 1e-24 }, -2e-24, false],
    ["Moodle: 0 ± 1e-24, -1e-24", { value: 0, tolerance: 1e-24 }, -1e-24, true],
    ["Moodle: 0 ± 1e-24, 0", { value: 0, tolerance: 1e-24 }, 0, true],
    ["Moodle: 0 ± 1e-24, 2e-24", { value: 0, tolerance: 1e-24 }, 2e-24, false],
    ["Moodle: 0 ± 1e-24, -1e-35", { value: 0, tolerance: 1e-24 }, -1e-35, true],
    ["Moodle: 0 ± 1e-24, -1e-20", { value: 0, tolerance: 1e-24 }, -1e-20, false],
    ["Moodle: 1e-20 ± 1e-24, 1.0002e-20", { value: 1e-20, tolerance: 1e-24 }, 1.0002e-20, false],
    ["Moodle: 1e-20 ± 1e-24, 1.0001e-20", { value: 1e-20, tolerance: 1e-24 }, 1.0001e-20, true],
    ["Moodle: 1e-20 ± 1e-24, 1e-20", { value: 1e-20, tolerance: 1e-24 }, 1e-20, true],
    // Moodle answer_test.php, test_within_tolerance_blank.
    ["Moodle: 1234 exact, 1234", { value: 1234 }, 1234, true],
    ["Moodle: 1234 exact, 1234.000001", { value: 1234 }, 1234.000001, false],
    ["Moodle: 1234 exact, 0", { value: 1234 }, 0, false],
    // Moodle answer_test.php, test_within_tolerance_relative.
    ["Moodle: 7 ± 10%, 6.29", { value: 7, tolerance: 0.1, toleranceType: "relative" }, 6.29, false],
    ["Moodle: 7 ± 10%, 6.3", { value: 7, tolerance: 0.1, toleranceType: "relative" }, 6.3, true],
    ["Moodle: 7 ± 10%, 7.7", { value: 7, tolerance: 0.1, toleranceType: "relative" }, 7.7, true],
    ["Moodle: 7 ± 10%, 7.71", { value: 7, tolerance: 0.1, toleranceType: "relative" }, 7.71, false],
    // Open edX test_util.py, test_compare_with_tolerance (absolute, and a percentage of the answer).
    ["edX: 100 ± 10%, 109.9", { value: 100, tolerance: 0.1, toleranceType: "relative" }, 109.9, true],
    ["edX: 100 ± 10%, 110.1", { value: 100, tolerance: 0.1, toleranceType: "relative" }, 110.1, false],
    ["edX: 100 ± 10, 109.9", { value: 100, tolerance: 10 }, 109.9, true],
    ["edX: 100 ± 10, 110.1", { value: 100, tolerance: 10 }, 110.1, false],
    ["edX: 100 ± 0.01, 100.01", { value: 100, tolerance: 0.01 }, 100.01, true],
    ["edX: 100 ± 0.001, 100.001", { value: 100, tolerance: 0.001 }, 100.001, true],
    ["edX: 100 ± 0.01%, 100.01", { value: 100, tolerance: 0.0001, toleranceType: "relative" }, 100.01, true],
    ["edX: 100 ± 0.001, 100.002", { value: 100, tolerance: 0.001 }, 100.002, false],
    ["edX: 0.44 ± 0.01, 0.4", { value: 0.44, tolerance: 0.01 }, 0.4, false],
  ])("%s", (_name, target, value, expected) => {
    expect(hits(target, value)).toBe(expected);
  });

  // Open edX test_responsetypes.py, NumericalResponseTest (responses typed as text).
  it.each<[string, NumericTarget, string[], string[]]>([
    ["test_grade_exact", { value: 4 }, ["4", "4.0", "4.00"], ["3.9", "4.1", "0"]],
    [
      "test_grade_decimal_tolerance",
      { value: 4, tolerance: 0.1 },
      ["4.0", "4.00", "4.09", "3.91"],
      ["4.11", "3.89", "0"],
    ],
    [
      "test_grade_percent_tolerance (positive)",
      { value: 4, tolerance: 0.1, toleranceType: "relative" },
      ["4.0", "4.00", "4.39", "3.61"],
      ["4.41", "3.59", "0"],
    ],
    [
      "test_grade_percent_tolerance (negative)",
      { value: -4, tolerance: 0.1, toleranceType: "relative" },
      ["-4.0", "-4.00", "-4.39", "-3.61"],
      ["-4.41", "-3.59", "0"],
    ],
    [
      "test_grade_percent_tolerance (mixed signs)",
      { value: 1, tolerance: 2, toleranceType: "relative" },
      ["1", "1.00", "2.99", "0.99"],
      ["3.01", "-1.01"],
    ],
    ["test_grade_range_tolerance [5, 7]", { min: 5, max: 7 }, ["5", "6", "6.999"], ["4.999"]],
    ["test_grade_range_tolerance [1.6e-5, 1.9e24]", { min: 1.6e-5, max: 1.9e24 }, ["0.000016", "1.59e24"], ["1.59e-5"]],
    ["test_grade_range_tolerance [0, 1.6e-5]", { min: 0, max: 1.6e-5 }, ["1.6e-5"], ["2"]],
  ])("edX %s", (_name, target, correct, incorrect) => {
    expect(correct.filter((text) => !hits(target, text))).toEqual([]);
    expect(incorrect.filter((text) => hits(target, text))).toEqual([]);
  });
});
