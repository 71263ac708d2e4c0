import { singleChoiceCreditOf } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { scored } from "./_shared.js";

type SingleChoice = Readonly<QuestionOfType<"single-choice">>;
type Choice = SingleChoice["choices"][number];

/**
 * The keyed choice earns full credit; another choice earns its `fraction` if it has one, else
 * minus the question's `penalty` (0 unless negative marking is on).
 */
export function scoreSingleChoice(question: SingleChoice, response: string): QuestionResult {
  // One pass finds both the chosen and the keyed choice (a valid question has exactly one).
  let chosen: Choice | undefined;
  let keyed: Choice | undefined;
  for (const choice of question.choices) {
    if (choice.id === response) chosen = choice;
    if (choice.correct === true) keyed = choice;
  }
  const choice = chosen as Choice;
  return scored(question, singleChoiceCreditOf(question, choice), {
    explanation: question.explanation,
    messages: choice.feedback === undefined ? [] : [choice.feedback],
    selectedIds: [choice.id],
    correctIds: keyed === undefined ? [] : [keyed.id],
  });
}
