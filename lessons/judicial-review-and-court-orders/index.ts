import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how federal courts gained the power of judicial review, why they depend on the executive
 * to carry out their judgments, and which tools (contempt, appeal, impeachment, limits on
 * injunctions) shape what happens when officials resist a court order.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/judicial-review-and-court-orders";
 * lesson.title
 * //=> "Judicial Review and the Force of Court Orders"
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
