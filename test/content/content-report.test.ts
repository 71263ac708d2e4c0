import { describe, expect, it } from "vitest";
import {
  contentReport,
  DEFAULT_MAX_AGE_DAYS,
  daysBetween,
  parseReportArguments,
  reportRow,
} from "../../scripts/content-report.js";
import { readingGrade } from "../../scripts/readability.js";
import { makeLesson } from "../_helpers/builders.js";
import { lessons } from "./_lessons.js";

const options = { today: "2026-11-28", maxAgeDays: 180 };

describe("daysBetween", () => {
  it("counts calendar days across month ends and leap days", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });
});

describe("reportRow", () => {
  it("marks a lesson stale once its asOf is more than maxAgeDays old", () => {
    const lesson = makeLesson();
    lesson.asOf = "2026-05-31";

    expect(reportRow(lesson, options)).toMatchObject({ ageDays: 181, stale: true });
  });

  it("keeps a lesson exactly maxAgeDays old current", () => {
    const lesson = makeLesson();
    lesson.asOf = "2026-06-01";

    expect(reportRow(lesson, options)).toMatchObject({ ageDays: 180, stale: false });
  });

  it("counts questions by type, sources by kind, perspectives and the reading grade", () => {
    const lesson = makeLesson();

    const row = reportRow(lesson, options);

    expect(row.questionsByType["single-choice"]).toBe(
      lesson.questions.filter((q) => q.type === "single-choice").length,
    );
    expect(row.sourcesByKind.constitution).toBe(2);
    expect(row.perspectives).toBe(2);
    expect(row.grade).toBe(readingGrade(lesson));
  });
});

describe("contentReport", () => {
  it("lists stale lessons first, oldest first", () => {
    const old = { ...makeLesson(), id: "old-lesson", asOf: "2025-01-01" };
    const older = { ...makeLesson(), id: "older-lesson", asOf: "2024-01-01" };
    const fresh = { ...makeLesson(), id: "fresh-lesson", asOf: "2026-11-01" };

    const report = contentReport([old, fresh, older], options);

    expect(report.split("\n").slice(2, 7)).toEqual([
      "Needs review (2 stale):",
      "  Lesson        As of       Days",
      "  ------------  ----------  ----",
      "  older-lesson  2024-01-01  1062",
      "  old-lesson    2025-01-01   696",
    ]);
  });

  it("says so when nothing is stale", () => {
    expect(contentReport([makeLesson()], options)).toContain("No stale lessons.");
  });

  // The whole report simulates a test-wise learner and random guessing over every lesson: seconds
  // of work, so this formatting test gets more than vitest's default 5 s on a loaded machine.
  it("has one overview line per lesson", { timeout: 60_000 }, () => {
    const report = contentReport(lessons, options);

    for (const lesson of lessons) expect(report).toMatch(new RegExp(`^${lesson.id} +${lesson.version} `, "m"));
  });
});

describe("parseReportArguments", () => {
  it("uses the given default date and a 180-day limit when no flags are passed", () => {
    expect(parseReportArguments([], "2026-01-02")).toEqual({
      today: "2026-01-02",
      maxAgeDays: DEFAULT_MAX_AGE_DAYS,
      failOnStale: false,
    });
  });

  it("reads --today and --max-age-days in both spellings", () => {
    expect(parseReportArguments(["--today", "2026-11-28", "--max-age-days=90"], "2000-01-01")).toMatchObject({
      today: "2026-11-28",
      maxAgeDays: 90,
    });
  });

  it.each([
    [["--today", "2026-02-30"], "--today must be a real date"],
    [["--max-age-days", "-3"], "--max-age-days must be a whole number"],
    [["--today"], "--today needs a value"],
    [["--stale"], 'unknown argument "--stale"'],
  ])("rejects %j", (argv, message) => {
    expect(() => parseReportArguments(argv, "2026-01-01")).toThrow(message);
  });
});
