// Imports every entry of the built package by its own name, as an ESM consumer would.
import assert from "node:assert/strict";
import { createQuiz, scoreQuestion, startAttempt } from "civics-lessons";
import { fromGift, toGift } from "civics-lessons/export/gift";
import { toQti } from "civics-lessons/export/qti";
import { toXapiStatements } from "civics-lessons/export/xapi";
import { catalog } from "civics-lessons/lessons";
import { parseLesson } from "civics-lessons/schema";

const question = {
  id: "q",
  type: "true-false",
  prompt: "p",
  answer: true,
  difficulty: 1,
  objectiveIds: ["o"],
  sourceIds: ["s"],
  explanation: "e",
};
assert.equal(scoreQuestion(question, true).status, "correct");
assert.equal(startAttempt(createQuiz({ id: "smoke", questions: [question] }), { seed: "s", now: 0 }).id.length, 21);
assert.equal(typeof toXapiStatements, "function");
for (const entry of catalog) {
  const { lesson } = await import(`civics-lessons/lessons/${entry.id}`);
  assert.equal(parseLesson(lesson).id, entry.id);
  assert.equal(toQti(lesson).output.items.length, lesson.questions.length);
  assert.ok(fromGift(toGift(lesson).output).questions.length > 0);
}
console.log(`ESM smoke: ok (${catalog.length} lessons)`);
