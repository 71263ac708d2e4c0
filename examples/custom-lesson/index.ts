/// <reference types="node" />
/**
 * Authoring a lesson: validate a hand-written lesson with `parseLesson`, then show the error list
 * for a deliberately broken copy. Run: `npx tsx examples/custom-lesson/index.ts`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createQuiz, scoreSubmission, startAttempt } from "civics-lessons";
import { parseLesson, safeParseLesson } from "civics-lessons/schema";
import { lesson } from "./lesson.js";

/** A copy of the example lesson with five shape mistakes an author could make. */
export function brokenCopy(): unknown {
  const broken = structuredClone(lesson) as unknown as Record<string, unknown> & {
    questions: Record<string, unknown>[];
  };
  broken.version = "1.0"; // not a full semantic version
  const [first, second, third] = broken.questions as [
    { choices: { id: string; correct?: boolean }[] },
    Record<string, unknown>,
    { correctOrder: string[] },
  ];
  (first.choices[1] as { correct?: boolean }).correct = true; // two keyed answers on a single-choice question
  second.explenation = second.explanation; // a misspelt key...
  delete second.explanation; // ...so the real one is missing
  broken.estimatedMinutes = 2; // below the 5-minute minimum
  third.correctOrder = ["vote-in-congress", "signed"]; // leaves an item out of the key
  return broken;
}

/**
 * A copy whose shapes are right but which cites a source the lesson does not list. Cross-reference
 * checks like this one run only once every field has the right shape.
 */
export function badReferenceCopy(): unknown {
  const copy = structuredClone(lesson);
  (copy.questions[1] as { sourceIds: string[] }).sourceIds = ["const-art-2"];
  return copy;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Validates the example lesson and its broken copy, and scores one sample submission.
 *
 * @returns The report printed by this example, as lines.
 */
export function customLessonReport(): string[] {
  const lines: string[] = [];
  const parsed = parseLesson(lesson); // throws LessonValidationError if the lesson is invalid
  lines.push(`Valid: "${parsed.title}" (${parsed.questions.length} questions, ${parsed.objectives.length} objective).`);
  lines.push(`Defaults filled in by parseLesson: locale "${parsed.locale}", points ${parsed.questions[0]?.points}.`);

  const quiz = createQuiz({ id: parsed.id, lessons: [parsed] });
  const attempt = startAttempt(quiz, { seed: "example", now: "2026-11-28T12:00:00Z" });
  const submission = scoreSubmission(
    attempt,
    {
      "who-receives-bill": "president",
      "one-house-enough": true,
      "order-the-steps": ["vote-in-congress", "signed", "presented"],
    },
    { now: "2026-11-28T12:05:00Z" },
  );
  if (!submission.accepted) throw new Error(`the sample submission was rejected: ${submission.reason}`);
  const { result } = submission;
  lines.push(`Sample submission: ${round2(result.earned)} of ${result.possible} points (${result.percent}%).`);

  const check = safeParseLesson(brokenCopy());
  if (check.success) throw new Error("the broken copy should not validate");
  lines.push("");
  lines.push(`The broken copy has ${check.issues.length} problems:`);
  for (const issue of check.issues) lines.push(`  ${issue.path || "(root)"}: ${issue.message}`);

  const reference = safeParseLesson(badReferenceCopy());
  if (reference.success) throw new Error("the copy with a bad reference should not validate");
  lines.push("");
  lines.push("Once the shapes are right, cross-references are checked too:");
  for (const issue of reference.issues) lines.push(`  ${issue.path || "(root)"}: ${issue.message}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(customLessonReport().join("\n"));
}
