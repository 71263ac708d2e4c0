import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lessonsDocsDir, renderLessonDocs } from "../../scripts/docs-lessons.js";
import { loadLessons } from "../../scripts/generate-catalog.js";

const pages = renderLessonDocs(await loadLessons());
const fix = "run `npm run docs:lessons` and commit docs/lessons/";

describe("docs/lessons", () => {
  it("holds exactly the index and a guide, quiz and answer key per lesson", () => {
    const onDisk = readdirSync(lessonsDocsDir).filter((name) => name.endsWith(".md"));

    expect(onDisk.sort(), fix).toEqual([...pages.keys()].sort());
  });

  it.each([...pages])("has an up-to-date %s", (name, text) => {
    const committed = readFileSync(lessonsDocsDir + name, "utf8");

    expect(committed, `docs/lessons/${name} is stale: ${fix}`).toBe(text);
  });
});
