import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateSingleChoice } from "../validate/single-choice.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";

/**
 * The keyed choice earns full credit; another choice earns its `fraction` if it has one, else
 * minus the question's `penalty` (0 unless negative marking is on).
 */
export function scoreSingleChoice(
  question: Readonly<QuestionOfType<"single-choice">>,
  response: unknown,
): QuestionResult {
  const reason = blocking(validateSingleChoice(question, response), false);
  if (reason) return unscored(question, reason);
  const feedback = feedbackFor(question);
  feedback.choices = [];
  let fraction = 0;
  for (const choice of question.choices) {
    const selected = choice.id === response;
    const correct = choice.correct === true;
    feedback.choices.push(
      choice.feedback === undefined
        ? { id: choice.id, selected, correct }
        : { id: choice.id, selected, correct, feedback: choice.feedback },
    );
    if (!selected) continue;
    fraction = correct ? 1 : (choice.fraction ?? -(question.penalty ?? 0));
    if (choice.feedback !== undefined) feedback.messages.push(choice.feedback);
  }
  return scored(question, fraction, feedback);
}
