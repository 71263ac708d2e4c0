import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches what Articles I-III let each branch do, why the Framers divided power (Montesquieu,
 * Federalist 47 and 51), and how the veto, the purse, confirmation, impeachment and judicial review
 * let the branches check one another.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/three-branches-and-checks";
 * lesson.title
 * //=> "Three Branches and Their Checks"
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
