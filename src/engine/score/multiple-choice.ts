import type { MultipleChoiceScoring, QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateMultipleChoice } from "../validate/multiple-choice.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";

interface Tally {
  /** Keyed choices selected. */
  right: number;
  /** Unkeyed choices selected. */
  wrong: number;
  /** Keyed choices in the question. */
  keyed: number;
  /** Choices in the question. */
  total: number;
  /** Sum of the selected choices' fractions. */
  fractions: number;
}

const modes: { [M in MultipleChoiceScoring]: (t: Tally) => number } = {
  "all-or-nothing": (t) => (t.right === t.keyed && t.wrong === 0 ? 1 : 0),
  "right-minus-wrong": (t) => Math.max(0, (t.right - t.wrong) / t.keyed),
  "every-decision-counts": (t) => (t.right + (t.total - t.keyed - t.wrong)) / t.total,
  fractions: (t) => Math.min(1, Math.max(0, t.fractions)),
};

/**
 * Scores select-all-that-apply in one of four modes (k keyed choices, n choices, R right and W
 * wrong selections): `all-or-nothing`; `right-minus-wrong` = max(0, (R − W) / k);
 * `every-decision-counts` = (R + unselected wrong) / n; `fractions` = selected fractions summed
 * and clamped to [0, 1].
 */
export function scoreMultipleChoice(
  question: Readonly<QuestionOfType<"multiple-choice">>,
  response: unknown,
): QuestionResult {
  const reason = blocking(validateMultipleChoice(question, response), false);
  if (reason) return unscored(question, reason);
  const picked = response as string[];
  const feedback = feedbackFor(question);
  feedback.choices = [];
  const tally: Tally = { right: 0, wrong: 0, keyed: 0, total: question.choices.length, fractions: 0 };
  for (const choice of question.choices) {
    const selected = picked.includes(choice.id);
    const correct = choice.correct === true;
    if (correct) tally.keyed++;
    if (selected) {
      if (correct) tally.right++;
      else tally.wrong++;
      tally.fractions += choice.fraction ?? 0;
      if (choice.feedback !== undefined) feedback.messages.push(choice.feedback);
    }
    feedback.choices.push(
      choice.feedback === undefined
        ? { id: choice.id, selected, correct }
        : { id: choice.id, selected, correct, feedback: choice.feedback },
    );
  }
  return scored(question, modes[question.scoring ?? "all-or-nothing"](tally), feedback);
}
