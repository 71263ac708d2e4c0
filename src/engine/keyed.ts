import { byType } from "../_lib/by-type.js";
import { answerFractionOf, choiceFractionOf, keyedIds, multipleChoiceScoringOf } from "../_lib/semantics.js";
import type { AcceptedAnswer, Question, QuestionOfType, QuestionType } from "../schema/types.js";
import type { ResponseMap } from "./types.js";

/** The accepted answer worth the most (the first of equals). */
function bestAnswer(answers: readonly AcceptedAnswer[]): string {
  let best = answers[0] as AcceptedAnswer;
  for (const answer of answers) if (answerFractionOf(answer) > answerFractionOf(best)) best = answer;
  return best.text;
}

function keyedChoice(choices: readonly { id: string; correct?: boolean | undefined }[]): string {
  return keyedIds(choices)[0] ?? "";
}

const keyedResponses = {
  "single-choice": (q) => keyedChoice(q.choices),
  "multiple-choice": (q) =>
    // With fraction scoring, the positive fractions (which add up to 1) earn full credit.
    multipleChoiceScoringOf(q) === "fractions"
      ? q.choices.filter((c) => choiceFractionOf(c) > 0).map((c) => c.id)
      : keyedIds(q.choices),
  "true-false": (q) => q.answer,
  "short-text": (q) => bestAnswer(q.answers),
  // A range's midpoint, as Moodle reads a GIFT range `{#6000..6600}` as 6300 ± 300.
  numeric: (q) => ("min" in q.answer ? q.answer.min / 2 + q.answer.max / 2 : q.answer.value),
  ordering: (q) => [...q.correctOrder],
  matching: (q) => ({ ...q.pairs }),
  cloze: (q) =>
    Object.fromEntries(q.blanks.map((b) => [b.id, b.kind === "text" ? bestAnswer(b.answers) : keyedChoice(b.choices)])),
  categorize: (q) => Object.fromEntries(q.items.map((item) => [item.id, item.categoryId])),
} satisfies { [K in QuestionType]: (question: Readonly<QuestionOfType<K>>) => ResponseMap[K] };

/**
 * A response that earns full credit, in the shape the question type takes: what a review shows as
 * "the correct response". A numeric range gives its midpoint; a short-text question its best
 * accepted answer.
 *
 * @param question - A question with its key.
 * @returns The keyed response.
 * @example
 * keyedResponse({ ...question, type: "ordering", correctOrder: ["signed", "congress", "marbury"] })
 * //=> ["signed", "congress", "marbury"]
 */
export function keyedResponse<K extends QuestionType>(question: Readonly<QuestionOfType<K>>): ResponseMap[K];
export function keyedResponse(question: Readonly<Question>): ResponseMap[QuestionType];
export function keyedResponse(question: Readonly<Question>): ResponseMap[QuestionType] {
  return byType(keyedResponses, question);
}
