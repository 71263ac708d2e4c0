import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how the 1798 Alien Enemies Act was invoked against Tren de Aragua in 2025, the legal
 * questions it raised, and how courts ruled as of early 2026.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-enemies-act-in-2025";
 * lesson.title
 * //=> "The Alien Enemies Act in 2025: A 1798 Law in Court"
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
