import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches the J.G.G. v. Trump litigation over removals under the Alien Enemies Act, from the
 * March 15, 2025 orders and flights through the Supreme Court, the contempt inquiry and the
 * February 2026 order on returns, as a case study in how courts depend on the executive to carry
 * out their orders.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/case-study-jgg-v-trump";
 * lesson.title
 * //=> "Case Study: J.G.G. v. Trump and the March 2025 Removal Flights"
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
