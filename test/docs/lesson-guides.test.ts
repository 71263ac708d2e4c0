import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Lesson } from "civics-lessons";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { docsDir, GENERATED_DIRS, inTeachingOrder, renderLessonDocs } from "../../scripts/docs-lessons.js";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { TEACHING_ORDER } from "../../scripts/teaching-order.js";
import { makeLesson } from "../_helpers/builders.js";
import plan from "../fixtures/valid-plan.json" with { type: "json" };

const lessons = await loadLessons();
const pages = renderLessonDocs(lessons);
const fix = "run `npm run docs:lessons` and commit docs/";

describe("docs pages generated from the lessons", () => {
  it("are exactly the home pages, the two indexes and four pages per lesson", () => {
    const onDisk = [
      ...["README.md", "public/README.md"].filter((path) => existsSync(docsDir + path)),
      ...GENERATED_DIRS.flatMap((dir) =>
        readdirSync(docsDir + dir)
          .filter((name) => name.endsWith(".md"))
          .map((name) => `${dir}/${name}`),
      ),
    ];

    expect(onDisk.sort(), fix).toEqual([...pages.keys()].sort());
    expect(pages.size).toBe(4 + 4 * lessons.length);
  });

  it.each([...pages])("%s is up to date", (path, text) => {
    const committed = readFileSync(docsDir + path, "utf8");

    expect(committed, `docs/${path} is stale: ${fix}`).toBe(text);
  });

  it("never link a student page to teacher materials", () => {
    const student = [...pages].filter(([path]) => path.startsWith("lessons/") || path === "public/README.md");

    const linking = student.filter(([, text]) => /teachers\/|answer-key|\.plan\.html/.test(text)).map(([path]) => path);

    expect(student.length).toBe(2 * lessons.length + 2);
    expect(linking).toEqual([]);
  });
});

describe("the teaching order", () => {
  it("names every lesson exactly once, under its own topic", () => {
    const placed = TEACHING_ORDER.flatMap((unit) => unit.lessons.map((id) => ({ id, topic: unit.topic })));

    expect(placed.map((p) => p.id).sort()).toEqual(lessons.map((l) => l.id).sort());
    for (const { id, topic } of placed) expect(lessons.find((l) => l.id === id)?.topic, id).toBe(topic);
  });

  it("lists the home page's lessons in that order", () => {
    const home = pages.get("README.md") ?? "";
    const order = [...home.matchAll(/^### \d+\. \[[^\]]+\]\(\.\/lessons\/([a-z0-9-]+)\.md\)/gm)].map((m) => m[1]);

    expect(order).toEqual(inTeachingOrder(lessons).map((l) => l.id));
    expect(order).toEqual(TEACHING_ORDER.flatMap((unit) => unit.lessons));
  });
});

describe("lesson text on the docs site", () => {
  // The site's Markdown options, as TypeDoc reads them from typedoc.json.
  const typedoc = JSON.parse(readFileSync(new URL("../../typedoc.json", import.meta.url), "utf8"));
  const markdown = new MarkdownIt(typedoc.markdownItOptions);

  it("renders as text, never as markup: no element, handler or script link comes from a lesson", () => {
    const attack = `<script>alert(1)</script> <svg onload=alert(2)></svg> <img src=x onerror=alert(3)> [x](javascript:alert(4))`;
    const lesson = { ...makeLesson(), plan: structuredClone(plan) } as Lesson;
    lesson.summary = attack;
    lesson.sections[0] = { ...(lesson.sections[0] as Lesson["sections"][number]), body: attack };
    lesson.questions[0] = { ...(lesson.questions[0] as Lesson["questions"][number]), prompt: attack };
    const step = lesson.plan?.steps[0];
    if (step) step.instructions = attack;

    const rendered = [...renderLessonDocs([lesson])].map(([path, text]) => [path, markdown.render(text)] as const);

    for (const [path, html] of rendered) {
      expect(html, path).not.toMatch(/<(script|svg|img)\b|<[^>]*\son\w+=|href="javascript:/i);
    }
    expect(rendered.some(([, html]) => html.includes("&lt;script&gt;"))).toBe(true);
  });
});
