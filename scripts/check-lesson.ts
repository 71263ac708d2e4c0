/**
 * Checks one or more lesson modules against the schema and the editorial standard's counts.
 * Usage: npx tsx scripts/check-lesson.ts <lesson-id> [...]
 */
import { safeParseLesson } from "../src/schema/index.js";
import type { Lesson } from "../src/schema/types.js";
import { citationProblems } from "./citations.js";

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

export function lessonProblems(lesson: Lesson): string[] {
  const problems: string[] = [];
  const reading = lesson.sections.reduce((n, s) => n + words(s.body), 0);
  if (reading < 900 || reading > 1800) problems.push(`reading has ${reading} words (900-1,800 wanted)`);
  if (lesson.objectives.length < 3 || lesson.objectives.length > 5)
    problems.push(`${lesson.objectives.length} objectives (3-5 wanted)`);
  if (lesson.keyTerms.length < 8 || lesson.keyTerms.length > 15)
    problems.push(`${lesson.keyTerms.length} key terms (8-15 wanted)`);
  const excerpts = lesson.sources.filter((s) => s.excerpt).length;
  if (excerpts < 2 || excerpts > 4) problems.push(`${excerpts} primary-source excerpts (2-4 wanted)`);
  if (lesson.questions.length < 15) problems.push(`${lesson.questions.length} questions (at least 15 wanted)`);
  const types = new Set(lesson.questions.map((q) => q.type));
  if (types.size < 5) problems.push(`${types.size} question types (at least 5 wanted)`);
  if (!lesson.questions.some((q) => q.excerptSourceId))
    problems.push("no question built on a primary-source excerpt (excerptSourceId)");
  if (lesson.discussionQuestions.length < 2) problems.push("fewer than 2 discussion questions");
  if (lesson.standards.length < 1) problems.push("no C3 standards");
  if (lesson.license !== "CC-BY-4.0") problems.push('license must be "CC-BY-4.0" for this project\'s lessons');
  if (!lesson.credit?.includes("CC BY 4.0")) problems.push("credit line must name the project and CC BY 4.0");
  return problems;
}

if (process.argv[1]?.endsWith("check-lesson.ts")) {
  let failed = false;
  for (const id of process.argv.slice(2)) {
    const mod = (await import(`../lessons/${id}/index.ts`)) as { lesson: Lesson };
    const parsed = safeParseLesson(mod.lesson);
    if (!parsed.success) {
      failed = true;
      console.log(`${id}: INVALID\n${parsed.error.message}`);
      continue;
    }
    const problems = [...lessonProblems(mod.lesson), ...citationProblems(mod.lesson)];
    const reading = mod.lesson.sections.reduce((n, s) => n + words(s.body), 0);
    const byType: Record<string, number> = {};
    for (const q of mod.lesson.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
    console.log(`${id}: valid; ${reading} words, ${mod.lesson.questions.length} questions ${JSON.stringify(byType)}`);
    for (const p of problems) console.log(`  - ${p}`);
    if (problems.length) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}
