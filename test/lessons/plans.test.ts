import type { Lesson } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { plainText, readingStats } from "../../scripts/readability.js";

const lessons: Lesson[] = await loadLessons();

/** Flesch-Kincaid grade of a list of short texts read as separate sentences. */
const gradeOf = (texts: readonly string[]) => readingStats(texts.map((t) => plainText(t)).join("\n\n")).grade;

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))("the plan of %s", (_id, lesson) => {
  const plan = lesson.plan;

  it("exists (every bundled lesson has one, although the schema makes it optional)", () => {
    expect(plan).toBeDefined();
  });

  it("fills the lesson's minutes exactly", () => {
    const minutes = plan?.steps.reduce((sum, step) => sum + step.minutes, 0);

    expect(minutes).toBe(lesson.estimatedMinutes);
  });

  it("teaches every objective in some step and checks some objective on the exit ticket", () => {
    const taught = new Set(plan?.steps.flatMap((step) => step.objectiveIds));
    const objectives = lesson.objectives.map((o) => o.id);

    expect(objectives.filter((id) => !taught.has(id))).toEqual([]);
    expect(plan?.exitTicket.flatMap((t) => t.objectiveIds).every((id) => objectives.includes(id))).toBe(true);
  });

  it("has a glossary in plain words: at least a grade and a half easier to read than the key terms", () => {
    const glossary = gradeOf(plan?.differentiation.glossary.map((g) => g.plain) ?? []);
    const keyTerms = gradeOf(lesson.keyTerms.map((k) => k.definition));

    expect(glossary, `glossary grade ${glossary}, key terms grade ${keyTerms}`).toBeLessThanOrEqual(keyTerms - 1.5);
  });

  it("uses the kit's printables: the handout, the activity materials and the quiz forms", () => {
    const kinds = new Set(plan?.materials.map((m) => m.kind));

    expect([...kinds].sort()).toEqual(expect.arrayContaining(["activity-materials", "quiz-forms", "student-handout"]));
  });
});
