import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docsDir, GENERATED_DIRS, inTeachingOrder, renderLessonDocs } from "../../scripts/docs-lessons.js";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { TEACHING_ORDER } from "../../scripts/teaching-order.js";

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
