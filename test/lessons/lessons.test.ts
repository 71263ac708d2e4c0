import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Lesson, scoreQuestion } from "civics-lessons";
import { safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { keyOf } from "../_helpers/builders.js";
import { lessonProblems } from "../tools/check-lesson.js";
import { catalogSource, lessonIds, loadLessons } from "../tools/generate-catalog.js";
import { renderSnapshot } from "../tools/lesson-markdown.js";

const root = fileURLToPath(new URL("../../lessons/", import.meta.url));
const ids = lessonIds();
const lessons: Lesson[] = await loadLessons();

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))("lesson %s", (id, lesson) => {
  it("validates against the content model", () => {
    const result = safeParseLesson(lesson);

    expect(result.success ? "" : result.error.message).toBe("");
  });

  it("lives in a folder named after its id", () => {
    expect(ids).toContain(id);
  });

  it("meets the editorial standard's counts (objectives, terms, words, excerpts, questions, types)", () => {
    expect(lessonProblems(lesson)).toEqual([]);
  });

  it("matches its checked-in snapshot", async () => {
    await expect(renderSnapshot(lesson)).toMatchFileSnapshot(`${root}${id}/snapshot.md`);
  });
});

describe("the lessons catalog", () => {
  it("is generated from the current lesson folders (run `npm run catalog` if this fails)", async () => {
    expect(readFileSync(`${root}index.ts`, "utf8")).toBe(catalogSource(lessons));
  });
});

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))("answer key of lesson %s", (_id, lesson) => {
  it.each(lesson.questions.map((q) => [q.id, q] as const))(
    "question %s: its own key scores correct",
    (_qid, question) => {
      expect(scoreQuestion(question, keyOf(question))).toMatchObject({ status: "correct" });
    },
  );
});
