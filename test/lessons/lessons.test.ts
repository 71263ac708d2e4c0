import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Lesson, scoreQuestion } from "civics-lessons";
import { safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { lessonProblems } from "../../scripts/check-lesson.js";
import { catalogSource, lessonIds, loadLessons } from "../../scripts/generate-catalog.js";
import { renderSnapshot } from "../../scripts/lesson-markdown.js";
import { keyOf } from "../_helpers/builders.js";

const root = fileURLToPath(new URL("../../lessons/", import.meta.url));
const ids = lessonIds();
const lessons: Lesson[] = await loadLessons();

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))("lesson %s", (id, lesson) => {
  it("validates against the content model", () => {
    const result = safeParseLesson(lesson);

    expect(result.success ? "" : result.error.message).toBe("");
  });

  it("lives in a folder named after its id", async () => {
    const { lesson: fromFolder } = (await import(`../../lessons/${id}/index.ts`)) as { lesson: Lesson };

    expect(fromFolder.id).toBe(id);
  });

  it("breaks lines inside a paragraph only with a trailing backslash, never in the text itself", () => {
    expect(strayLineBreaks(lesson)).toEqual([]);
  });

  it("meets the editorial standard's counts (objectives, terms, words, excerpts, questions, types)", () => {
    expect(lessonProblems(lesson)).toEqual([]);
  });

  it("matches its checked-in snapshot", async () => {
    await expect(renderSnapshot(lesson)).toMatchFileSnapshot(`${root}${id}/snapshot.md`);
  });
});

/** A line that may follow another without a blank line: a list item, table row, quote or heading. */
const BLOCK_START = /^\s*(?:[-*+] |\d+\. |\||>|#)/;

/**
 * Paths of strings with a single line break inside a paragraph. In lesson files long text is wrapped
 * with a backslash at the end of each source line, which leaves no break in the string; a line
 * wrapped without it would put a line break in the middle of a sentence.
 */
function strayLineBreaks(value: unknown, path = "lesson"): string[] {
  if (typeof value === "string") {
    const lines = value.split("\n");
    const stray = lines.findIndex((line, i) => i > 0 && line !== "" && lines[i - 1] !== "" && !BLOCK_START.test(line));
    return stray === -1 ? [] : [`${path}: line break before "${lines[stray]?.slice(0, 40)}"`];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => strayLineBreaks(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => strayLineBreaks(item, `${path}.${key}`));
  return [];
}

describe("lesson files", () => {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));

  it("are found", () => {
    expect(files.length).toBeGreaterThan(ids.length * 6);
  });

  it.each(files)("%s has no line longer than 200 characters", (name) => {
    const long = readFileSync(`${root}${name}`, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.length > 200 ? [`line ${i + 1}: ${line.length} characters`] : []));

    expect(long).toEqual([]);
  });
});

describe("strayLineBreaks", () => {
  it("finds a line break in the middle of a paragraph", () => {
    expect(strayLineBreaks({ body: "One sentence\nwrapped without a backslash." })).toEqual([
      'lesson.body: line break before "wrapped without a backslash."',
    ]);
  });

  it("accepts paragraphs, lists and tables", () => {
    expect(strayLineBreaks({ body: "Intro:\n\n- one\n- two\n\n| a | b |\n|---|---|\n\nEnd." })).toEqual([]);
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
