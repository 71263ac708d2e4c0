import { keyedIds, singleChoiceCreditOf } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateSingleChoice } from "../validate/single-choice.js";
import { memoized } from "./_compiled.js";
import { NO_MESSAGES, scored, unscorable, unscored } from "./_shared.js";

type SingleChoice = Readonly<QuestionOfType<"single-choice">>;

/** The result of selecting choice `outcome - 1`. */
function selecting(question: SingleChoice, outcome: number): QuestionResult {
  const choice = question.choices[outcome - 1] as SingleChoice["choices"][number];
  return scored(question, singleChoiceCreditOf(question, choice), {
    explanation: question.explanation,
    messages: choice.feedback === undefined ? NO_MESSAGES : [choice.feedback],
    selectedIds: [choice.id],
    correctIds: keyedIds(question.choices),
  });
}

/**
 * The keyed choice earns full credit; another choice earns its `fraction` if it has one, else
 * minus the question's `penalty` (0 unless negative marking is on).
 */
export function scoreSingleChoice(question: SingleChoice, response: unknown): QuestionResult {
  // Finding the chosen option is the validation too; only a miss needs the validator's reason.
  const choices = question.choices;
  for (let i = 0; i < choices.length; i++)
    if ((choices[i] as { id: string }).id === response) return memoized(question, i + 1, selecting);
  return unscorable(question, validateSingleChoice(question, response)) ?? unscored(question, "unknown_id");
}
