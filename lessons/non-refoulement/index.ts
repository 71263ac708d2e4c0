import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches the principle of non-refoulement, its treaty and statutory sources in U.S. law, how
 * asylum, withholding of removal and CAT protection differ, and the debate over diplomatic
 * assurances.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/non-refoulement";
 * lesson.title
 * //=> "Non-Refoulement: The Rule Against Sending People Into Danger"
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
