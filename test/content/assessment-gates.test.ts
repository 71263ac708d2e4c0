/**
 * The assessment gates over the bundled lessons: every lesson passes the item-quality lint, the
 * library meets the library-wide limits (the key strictly the longest option in at most 30% of
 * single-choice questions, 40-60% of true-false answers true, varied select-all keys, no authored
 * position holding more than 40% of keys, few questions written solved), and a
 * test-wise learner who sees only the public view scores within 5 points of random guessing on
 * every lesson. The rules and how to check one lesson: docs/guide/writing-questions.md.
 */
import { describe, expect, it } from "vitest";
import { lessonItemQuality, libraryItemQuality } from "../../scripts/item-quality.js";
import { MAX_GAP_POINTS, testWiseScore } from "../../scripts/test-wise-learner.js";
import { lessons, lessonTable } from "./_lessons.js";

describe.each(lessonTable)("%s", (id, lesson) => {
  it("passes the item-quality lint", () => {
    const { problems } = lessonItemQuality(lesson);

    expect(problems, `run npx tsx scripts/item-quality.ts ${id}`).toEqual([]);
  });

  it(`holds a test-wise learner within ${MAX_GAP_POINTS} points of random guessing`, () => {
    const score = testWiseScore(lesson);

    expect(
      Math.abs(score.gap),
      `test-wise ${score.testWise.toFixed(1)}% against random guessing ${score.chance.toFixed(1)}%: run npx tsx scripts/test-wise-learner.ts ${id}`,
    ).toBeLessThanOrEqual(MAX_GAP_POINTS);
  });
});

describe("the library", () => {
  it("meets the library-wide limits", () => {
    expect(libraryItemQuality(lessons).problems, "run npx tsx scripts/item-quality.ts").toEqual([]);
  });
});
