/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseLesson, safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { badReferenceCopy, brokenCopy, customLessonReport } from "../../examples/custom-lesson/index.js";
import { lesson } from "../../examples/custom-lesson/lesson.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("custom-lesson example", () => {
  it("authors a lesson that parseLesson accepts and that is marked as an example", () => {
    const parsed = parseLesson(lesson);

    expect(parsed.title).toMatch(/^Example lesson:/);
    expect(parsed.questions).toHaveLength(3);
  });

  it("lists every problem of the broken copy as path: message", () => {
    const result = safeParseLesson(brokenCopy());

    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
      "version",
      "estimatedMinutes",
      "questions[0].choices",
      "questions[1].explanation",
      "questions[1]",
      "questions[2].correctOrder",
    ]);
  });

  it("reports an unknown source once the shapes are right", () => {
    const result = safeParseLesson(badReferenceCopy());

    expect(result.success ? [] : result.issues).toMatchObject([
      { path: "questions[1].sourceIds[0]", message: 'unknown source "const-art-2"' },
    ]);
  });

  it("prints the report when run with tsx", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "examples/custom-lesson/index.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd()).toBe(customLessonReport().join("\n"));
    expect(run.stdout).toContain("The broken copy has 6 problems:");
    expect(run.stdout).toContain("  questions[0].choices: exactly one choice must be correct (found 2)");
    expect(run.stdout).toContain("Sample submission: 1.33 of 3 points (44.44%).");
  }, 60_000);
});
