import { type Lesson, type Question, scoreQuestion } from "civics-lessons";
import { safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../_helpers/builders.js";

/** Every name an object inherits, and `prototype`, which functions carry. */
const RESERVED = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];

type Place = [where: string, path: string, put: (lesson: Lesson, id: string) => void];

function questionOf<K extends Question["type"]>(lesson: Lesson, type: K): Extract<Question, { type: K }> {
  return lesson.questions.find((q) => q.type === type) as Extract<Question, { type: K }>;
}

/** Places in a lesson where an id is written, and how to put a name there as an own key. */
const PLACES: Place[] = [
  ["a lesson id", "id", (lesson, id) => Object.assign(lesson, { id })],
  ["a question id", "questions[0].id", (lesson, id) => Object.assign(lesson.questions[0] as Question, { id })],
  ["an objective id", "objectives[0].id", (lesson, id) => Object.assign(lesson.objectives[0] as object, { id })],
  ["a source id", "sources[0].id", (lesson, id) => Object.assign(lesson.sources[0] as object, { id })],
  [
    "a choice id",
    "questions[0].choices[0].id",
    (lesson, id) => Object.assign(questionOf(lesson, "single-choice").choices[0] as object, { id }),
  ],
  [
    "a category id",
    "questions[8].categories[0].id",
    (lesson, id) => Object.assign(questionOf(lesson, "categorize").categories[0] as object, { id }),
  ],
  [
    "a blank id",
    "questions[7].blanks[0].id",
    (lesson, id) => Object.assign(questionOf(lesson, "cloze").blanks[0] as object, { id }),
  ],
];

describe("ids that name inherited members", () => {
  it("covers every member of Object.prototype", () => {
    expect(RESERVED).toEqual(
      expect.arrayContaining(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]),
    );
    expect(RESERVED.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(PLACES)("as %s", (_where, path, put) => {
    it.each(RESERVED)("refuses %j with a message that says it is reserved", (name) => {
      const lesson = makeLesson();
      put(lesson, name);

      const result = safeParseLesson(lesson);

      expect(result.success).toBe(false);
      expect(result.success ? [] : result.issues.filter((i) => i.path === path).map((i) => i.message)).toContain(
        `"${name}" is reserved: JavaScript objects inherit a member of that name, so it cannot be an id`,
      );
    });
  });

  it.each(RESERVED.filter((name) => name !== "__proto__"))("refuses %j as a key of matching pairs", (name) => {
    const lesson = makeLesson();
    const matching = questionOf(lesson, "matching");
    matching.pairs = Object.fromEntries([...Object.entries(matching.pairs), [name, "legislative"]]);

    const result = safeParseLesson(lesson);

    const atKey = result.success ? [] : result.issues.filter((i) => i.path.endsWith(`.pairs.${name}`));
    expect(atKey.map((i) => i.message).join("\n")).toContain(
      `"${name}" is reserved: JavaScript objects inherit a member of that name, so it cannot be an id`,
    );
  });

  it("still scores a question with such an id safely when it was never validated", () => {
    const question = { ...makeLesson().questions[2], id: "constructor" } as Question;

    expect(scoreQuestion(question, true)).toMatchObject({ questionId: "constructor", status: "correct" });
  });
});
