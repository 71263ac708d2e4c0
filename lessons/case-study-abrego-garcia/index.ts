import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches the case of Kilmar Abrego Garcia: his 2019 protection order, his 2025 removal to El
 * Salvador, the court orders to "facilitate" his release, and what was known of his criminal and
 * immigration cases as of early 2026.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/case-study-abrego-garcia";
 * lesson.title
 * //=> "Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”"
 */
export const lesson = {
  ...meta,
  keyTerms,
  sections,
  timeline,
  sources,
  perspectives,
  discussionQuestions,
  standards,
  questions,
} satisfies Lesson;
