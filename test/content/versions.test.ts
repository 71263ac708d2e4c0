import type { Lesson } from "civics-lessons";
import { describe, expect, it } from "vitest";
import {
  bumpKind,
  canonicalJson,
  type LessonRecord,
  lessonHash,
  readRecords,
  recordOf,
  requiredBump,
  versionStatus,
} from "../../scripts/content-hash.js";
import { makeLesson } from "../_helpers/builders.js";
import { lessons, lessonTable } from "./_lessons.js";

const records = readRecords();

describe.each(lessonTable)("version of lesson %s", (id, lesson) => {
  it("matches the recorded content hash (bump the version when the content changes)", () => {
    const status = versionStatus(id, records[id], lesson);

    expect(status.status === "ok" ? "" : status.message).toBe("");
  });
});

describe("scripts/lesson-hashes.json", () => {
  it("records only lessons that exist", () => {
    const ids = new Set(lessons.map((lesson) => lesson.id));

    expect(Object.keys(records).filter((id) => !ids.has(id))).toEqual([]);
  });
});

/** A lesson and a record of it as it was, before the edit under test. */
function recorded(): { lesson: Lesson; record: LessonRecord } {
  const lesson = makeLesson();
  return { lesson, record: recordOf(lesson) };
}

function addQuestion(lesson: Lesson): void {
  const copy = structuredClone(lesson.questions[0]);
  if (copy) lesson.questions.push({ ...copy, id: "a-new-question" });
}

describe("versionStatus", () => {
  it("is ok when neither content nor version changed", () => {
    const { lesson, record } = recorded();

    expect(versionStatus("x", record, lesson)).toEqual({ status: "ok" });
  });

  it("asks for a record when the lesson has none", () => {
    expect(versionStatus("x", undefined, makeLesson()).status).toBe("unrecorded");
  });

  it("blocks a content change without a version bump", () => {
    const { lesson, record } = recorded();
    lesson.timeline[0] = { date: "1787-09-17", event: "The Constitution is signed.", sourceIds: ["const-art-1"] };

    expect(versionStatus("x", record, lesson)).toMatchObject({
      status: "blocked",
      message: expect.stringContaining("content changed, but version is still 1.0.0"),
    });
  });

  it("accepts a patch bump for a corrected fact", () => {
    const { lesson, record } = recorded();
    lesson.timeline[0] = { date: "1787-09-17", event: "The Constitution is signed.", sourceIds: ["const-art-1"] };
    lesson.version = "1.0.1";

    expect(versionStatus("x", record, lesson).status).toBe("stale");
  });

  it("blocks a patch bump for a new question", () => {
    const { lesson, record } = recorded();
    addQuestion(lesson);
    lesson.version = "1.0.1";

    expect(versionStatus("x", record, lesson)).toMatchObject({
      status: "blocked",
      message: expect.stringContaining("questions added (a-new-question), which needs a minor bump"),
    });
  });

  it("accepts a minor bump for a new question", () => {
    const { lesson, record } = recorded();
    addQuestion(lesson);
    lesson.version = "1.1.0";

    expect(versionStatus("x", record, lesson).status).toBe("stale");
  });

  it("blocks a minor bump when a question id is renamed", () => {
    const { lesson, record } = recorded();
    const question = lesson.questions[0];
    if (question) question.id = "renamed-question";
    lesson.version = "1.1.0";

    expect(versionStatus("x", record, lesson)).toMatchObject({
      status: "blocked",
      message: expect.stringContaining(`question ids removed or renamed (${record.questionIds[0]})`),
    });
  });

  it("accepts a major bump when a question is removed", () => {
    const { lesson, record } = recorded();
    lesson.questions.pop();
    lesson.version = "2.0.0";

    expect(versionStatus("x", record, lesson).status).toBe("stale");
  });

  it("blocks a version that goes backwards", () => {
    const { lesson, record } = recorded();
    lesson.version = "0.9.0";

    expect(versionStatus("x", record, lesson).status).toBe("blocked");
  });

  it("asks to record a bump made without a content change", () => {
    const { lesson, record } = recorded();
    lesson.version = "1.0.1";

    expect(versionStatus("x", record, lesson).status).toBe("stale");
  });
});

describe("requiredBump", () => {
  it("needs nothing when only the version changed", () => {
    const { lesson, record } = recorded();
    lesson.version = "3.0.0";

    expect(requiredBump(record, lesson)).toBe("none");
  });

  it("needs a major bump when questions are reordered and one is dropped, even if one is added", () => {
    const { lesson, record } = recorded();
    lesson.questions.shift();
    addQuestion(lesson);

    expect(requiredBump(record, lesson)).toBe("major");
  });
});

describe("bumpKind", () => {
  it.each([
    ["1.0.0", "1.0.1", "patch"],
    ["1.0.9", "1.1.0", "minor"],
    ["1.4.2", "2.0.0", "major"],
    ["1.0.0", "1.0.0", "none"],
    ["1.1.0", "1.0.5", "none"],
    ["1.0.0-rc.1", "1.0.0", "patch"],
  ] as const)("from %s to %s is %s", (from, to, kind) => {
    expect(bumpKind(from, to)).toBe(kind);
  });
});

describe("lessonHash", () => {
  it("ignores the version, key order and surrounding whitespace", () => {
    const lesson = makeLesson();
    const reordered = Object.fromEntries(Object.entries(lesson).reverse()) as Lesson;
    reordered.version = "9.9.9";
    reordered.title = `  ${lesson.title} `;

    expect(lessonHash(reordered)).toBe(lessonHash(lesson));
  });

  it("changes when any text changes", () => {
    const lesson = makeLesson();
    const edited = makeLesson();
    edited.summary = `${edited.summary} Revised.`;

    expect(lessonHash(edited)).not.toBe(lessonHash(lesson));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: undefined })).toBe('{"b":[{"c":2,"d":1}]}');
  });
});
