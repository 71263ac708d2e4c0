import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how courts have judged presidential power in war and crisis, from Lincoln's suspension of
 * habeas corpus to Youngstown, Justice Jackson's three categories, Curtiss-Wright, Milligan, Hamdi
 * and Trump v. United States.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/presidential-power-in-emergencies";
 * lesson.title
 * //=> "Presidential Power in Emergencies"
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
