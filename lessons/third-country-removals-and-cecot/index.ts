import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches what happened when the United States sent Venezuelan men to El Salvador's CECOT prison in
 * 2025, how the rules for third-country removals were tested in court, and how earlier
 * third-country agreements differed.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/third-country-removals-and-cecot";
 * lesson.title
 * //=> "Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT"
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
