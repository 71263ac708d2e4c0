import type { AcceptedAnswer, Lesson, Question, QuestionOfType, QuestionType, ResponseMap } from "civics-lessons";
import fixture from "../fixtures/valid-lesson.json" with { type: "json" };

/** A fresh deep copy of the complete valid lesson fixture. */
export function makeLesson(): Lesson {
  return structuredClone(fixture) as Lesson;
}

/** The fixture's question of a given type, with overrides. */
export function makeQuestion<K extends Question["type"]>(
  type: K,
  overrides: Partial<QuestionOfType<K>> = {},
): QuestionOfType<K> {
  const found = makeLesson().questions.find((q) => q.type === type);
  if (!found) throw new Error(`fixture has no ${type} question`);
  return { ...(found as QuestionOfType<K>), ...overrides };
}

/** Every question of the fixture. */
export function allQuestions(): Question[] {
  return makeLesson().questions;
}

function best(answers: readonly AcceptedAnswer[]): AcceptedAnswer {
  return answers.reduce((a, b) => ((b.fraction ?? 1) > (a.fraction ?? 1) ? b : a));
}

function keyedChoice(choices: readonly { id: string; correct?: boolean | undefined }[]): string {
  const keyed = choices.find((c) => c.correct);
  if (!keyed) throw new Error("no keyed choice");
  return keyed.id;
}

/**
 * Each type's key written as the response that earns full credit, independently of the engine's
 * `keyedResponse`. Typed by every question type, so a new type does not compile until it has one.
 */
const keys = {
  "single-choice": (q) => keyedChoice(q.choices),
  "multiple-choice": (q) => q.choices.filter((c) => c.correct).map((c) => c.id),
  "true-false": (q) => q.answer,
  "short-text": (q) => best(q.answers).text,
  numeric: (q) => ("value" in q.answer ? q.answer.value : q.answer.min),
  ordering: (q) => q.correctOrder,
  matching: (q) => q.pairs,
  cloze: (q) =>
    Object.fromEntries(q.blanks.map((b) => [b.id, b.kind === "text" ? best(b.answers).text : keyedChoice(b.choices)])),
  categorize: (q) => Object.fromEntries(q.items.map((i) => [i.id, i.categoryId])),
} satisfies { [K in QuestionType]: (question: QuestionOfType<K>) => ResponseMap[K] };

/** The key of a question, written as the response that earns full credit. */
export function keyOf<K extends QuestionType>(question: QuestionOfType<K>): ResponseMap[K];
export function keyOf(question: Question): ResponseMap[QuestionType];
export function keyOf(question: Question): ResponseMap[QuestionType] {
  return (keys[question.type] as (q: Question) => ResponseMap[QuestionType])(question);
}
