/**
 * The assessment part of `npm run content:report`: the item-quality figures and the test-wise
 * learner's scores, per lesson and for the library.
 */
import type { Lesson } from "../src/index.js";
import { ITEM_QUALITY_LEGEND, itemQualityTable, libraryItemQuality } from "./item-quality.js";
import { DEFAULT_ATTEMPTS, MAX_GAP_POINTS, testWiseScore, testWiseTable } from "./test-wise-learner.js";

/**
 * The report's lines: the item-quality table and the library-wide limits, then the test-wise
 * learner against random guessing. Problems are counted here; `scripts/item-quality.ts` lists them.
 *
 * @param lessons - The lessons, in the order the report lists them.
 * @returns Plain-text lines.
 * @example
 * assessmentReport(lessons)[0]
 * //=> "Item quality (SC single choice; ..."
 */
export function assessmentReport(lessons: readonly Lesson[]): string[] {
  const library = libraryItemQuality(lessons);
  const limits =
    library.problems.length === 0
      ? ["Library-wide limits met."]
      : ["Library-wide limits not met:", ...library.problems.map((p) => `  ${p}`)];
  return [
    ...ITEM_QUALITY_LEGEND,
    ...itemQualityTable(library),
    ...limits,
    "Each problem with its path: npx tsx scripts/item-quality.ts <lesson-id>",
    "",
    `Test-wise learner (${DEFAULT_ATTEMPTS} seeded attempts per lesson; passes within ${MAX_GAP_POINTS} points of random guessing):`,
    ...testWiseTable(lessons.map((lesson) => testWiseScore(lesson))),
  ];
}
