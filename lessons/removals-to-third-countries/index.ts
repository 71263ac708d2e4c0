import type { Lesson } from "civics-lessons";
import { meta, standards } from "./meta.js";
import { discussionQuestions, perspectives } from "./perspectives.js";
import { questions } from "./questions.js";
import { keyTerms, sections } from "./reading.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/**
 * Teaches how U.S. law chooses the country a person is removed to, the limits set by withholding of
 * removal and the Convention Against Torture, the D.V.D. litigation over notice before removal to a
 * third country, and the 2025–2026 arrangements with receiving countries.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/removals-to-third-countries";
 * lesson.title
 * //=> "Removals to Third Countries: The Law, the Agreements and the 2025–2026 Flights"
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
