import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches students to check claims from 2025 coverage of the Alien Enemies Act deportations against
 * primary sources and label each accurate, inaccurate or disputed.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/checking-claims-in-the-news";
 * lesson.title
 * //=> "Checking Claims in the News: The 2025 Alien Enemies Act Deportations"
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
