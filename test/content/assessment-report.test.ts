import type { Lesson } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { assessmentReport } from "../../scripts/assessment-report.js";
import { contentReport } from "../../scripts/content-report.js";
import { cleanLesson, cleanMultipleChoice } from "./_item-fixtures.js";

/** The clean lesson with a third select-all question keyed three times, so the library limits hold. */
function libraryOfOne(): Lesson {
  const lesson = cleanLesson();
  const three = cleanMultipleChoice("q7", 2);
  lesson.questions.push({
    ...three,
    choices: [
      ...three.choices.map((c) => (c.id === "decide-cases" ? { ...c, correct: true } : c)),
      { id: "veto-bills", text: "Vetoing bills passed by Congress" },
    ],
  });
  return lesson;
}

describe("assessmentReport", () => {
  it("prints the item-quality figures and the test-wise learner for each lesson and the library", () => {
    const other = { ...libraryOfOne(), id: "other-lesson" };

    const lines = assessmentReport([libraryOfOne(), other]);

    expect(lines[0]).toMatch(/^Item quality/);
    expect(lines.filter((line) => line.startsWith(`${other.id} `))).toHaveLength(2);
    expect(lines.some((line) => /^all lessons +4 /.test(line))).toBe(true);
    expect(lines).toContain("Library-wide limits met.");
    expect(lines.some((line) => line.startsWith("Test-wise learner"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^mean of lessons /);
  });

  it("lists the library-wide limits a library misses", () => {
    const lines = assessmentReport([cleanLesson()]);

    expect(lines).toContain("Library-wide limits not met:");
    expect(lines.some((line) => line.includes("library.multipleChoice: select-all questions use only 2"))).toBe(true);
  });
});

describe("contentReport", () => {
  it("ends with the assessment figures", () => {
    const report = contentReport([libraryOfOne()], { today: "2026-11-28", maxAgeDays: 180 });

    expect(report).toContain(`\n\n${assessmentReport([libraryOfOne()]).join("\n")}\n`);
  });
});
