// Requires every entry of the built package by its own name (self-reference through "exports").
// Run with and without --no-experimental-require-module: CJS must not need require(esm).
const assert = require("node:assert/strict");
const { readdirSync } = require("node:fs");

const engine = require("civics-lessons");
const schema = require("civics-lessons/schema");
const { catalog, lessons } = require("civics-lessons/lessons");

assert.equal(typeof engine.scoreQuestion, "function");
assert.equal(typeof engine.startAttempt, "function");
assert.equal(typeof schema.parseLesson, "function");
assert.equal(typeof require("civics-lessons/export/qti").toQti, "function");
assert.equal(typeof require("civics-lessons/export/qti-write").writeQtiPackage, "function");
assert.equal(typeof require("civics-lessons/export/gift").fromGift, "function");
assert.equal(typeof require("civics-lessons/export/xapi").toXapiStatements, "function");
assert.equal(
  require("civics-lessons/schema/lesson.schema.json").$schema,
  "https://json-schema.org/draft/2020-12/schema",
);
for (const entry of catalog) {
  const { lesson } = require(`civics-lessons/lessons/${entry.id}`);
  assert.equal(lesson.id, entry.id);
  assert.equal(schema.safeParseLesson(lesson).success, true, `${entry.id} validates`);
  assert.equal(lessons[entry.id], lesson, "the catalog map holds the same lesson");
}
const folders = readdirSync("lessons", { withFileTypes: true }).filter(
  (d) => d.isDirectory() && !d.name.startsWith("_"),
).length;
assert.equal(catalog.length, folders, "every lesson folder is in the catalog");
const attempt = engine.startAttempt(
  engine.createQuiz({
    id: "smoke",
    questions: [
      {
        id: "q",
        type: "true-false",
        prompt: "p",
        answer: true,
        difficulty: 1,
        objectiveIds: ["o"],
        sourceIds: ["s"],
        explanation: "e",
      },
    ],
  }),
  { seed: "s", now: 0 },
);
assert.equal(attempt.id.length, 21, "nanoid works in the CJS build");
console.log(`CJS smoke: ok (${catalog.length} lessons)`);
