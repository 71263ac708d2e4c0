import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how far habeas corpus reaches beyond U.S. soil, what courts and Congress have said about
 * transferring detainees to other governments, and the competing arguments over whether a U.S.
 * court can act for someone already held abroad.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/transfers-and-habeas-corpus";
 * lesson.title
 * //=> "Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad"
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
