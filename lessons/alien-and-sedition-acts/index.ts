import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches what the four Alien and Sedition Acts of 1798 did, how each ended, how the Virginia and
 * Kentucky Resolutions answered them, and why only the Alien Enemies Act is still law.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-and-sedition-acts";
 * lesson.title
 * //=> "The Alien and Sedition Acts of 1798"
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
