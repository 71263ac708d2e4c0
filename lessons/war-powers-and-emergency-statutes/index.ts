import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how Congress's war powers and the main U.S. war-powers and emergency statutes divide
 * authority between Congress, the President and the courts.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/war-powers-and-emergency-statutes";
 * lesson.title
 * //=> "War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts"
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
