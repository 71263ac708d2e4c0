import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateSingleChoice } from "../validate/single-choice.js";
import { deepFreeze, derived } from "./_compiled.js";
import { correctIdsOf, NO_MESSAGES, scored, unscorable, unscored } from "./_shared.js";

/** The result of selecting each choice, built once per question and shared (frozen). */
function outcomes(question: Readonly<QuestionOfType<"single-choice">>): Map<string, QuestionResult> {
  return derived(question, () => {
    const correctIds = correctIdsOf(question.choices);
    return new Map(
      question.choices.map((choice) => [
        choice.id,
        deepFreeze(
          scored(question, choice.correct === true ? 1 : (choice.fraction ?? -(question.penalty ?? 0)), {
            explanation: question.explanation,
            messages: choice.feedback === undefined ? NO_MESSAGES : [choice.feedback],
            selectedIds: [choice.id],
            correctIds,
          }),
        ),
      ]),
    );
  });
}

/**
 * The keyed choice earns full credit; another choice earns its `fraction` if it has one, else
 * minus the question's `penalty` (0 unless negative marking is on).
 */
export function scoreSingleChoice(
  question: Readonly<QuestionOfType<"single-choice">>,
  response: unknown,
): QuestionResult {
  // Finding the chosen option is the validation too; only a miss needs the validator's reason.
  const outcome = typeof response === "string" ? outcomes(question).get(response) : undefined;
  if (outcome) return outcome;
  return unscorable(question, validateSingleChoice(question, response)) ?? unscored(question, "unknown_id");
}
