import { choiceFractionOf, multipleChoiceScoringOf } from "../../_lib/semantics.js";
import type { MultipleChoiceScoring, QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { scored } from "./_shared.js";

/** right: keyed choices selected; wrong: unkeyed selected; keyed: keyed in all; total: choices; fractions: selected fractions summed. */
type Mode = (right: number, wrong: number, keyed: number, total: number, fractions: number) => number;

const modes: { [M in MultipleChoiceScoring]: Mode } = {
  "all-or-nothing": (right, wrong, keyed) => (right === keyed && wrong === 0 ? 1 : 0),
  "right-minus-wrong": (right, wrong, keyed) => Math.max(0, (right - wrong) / keyed),
  "every-decision-counts": (right, wrong, keyed, total) => (right + (total - keyed - wrong)) / total,
  fractions: (_r, _w, _k, _t, fractions) => Math.min(1, Math.max(0, fractions)),
};

/**
 * Scores select-all-that-apply in one of four modes (k keyed choices, n choices, R right and W
 * wrong selections): `all-or-nothing`; `right-minus-wrong` = max(0, (R − W) / k);
 * `every-decision-counts` = (R + unselected wrong) / n; `fractions` = selected fractions summed
 * and clamped to [0, 1]. Repeated ids and order do not matter.
 */
export function scoreMultipleChoice(
  question: Readonly<QuestionOfType<"multiple-choice">>,
  response: readonly string[],
): QuestionResult {
  const selectedIds: string[] = [];
  const correctIds: string[] = [];
  const messages: string[] = [];
  let right = 0;
  let wrong = 0;
  let fractions = 0;
  // One pass over the choices, in authored order, so selections read in a stable order.
  for (const choice of question.choices) {
    const keyed = choice.correct === true;
    if (keyed) correctIds.push(choice.id);
    if (!response.includes(choice.id)) continue;
    selectedIds.push(choice.id);
    if (keyed) right++;
    else wrong++;
    fractions += choiceFractionOf(choice);
    if (choice.feedback !== undefined) messages.push(choice.feedback);
  }
  const mode = modes[multipleChoiceScoringOf(question)];
  return scored(question, mode(right, wrong, correctIds.length, question.choices.length, fractions), {
    explanation: question.explanation,
    messages,
    selectedIds,
    correctIds,
  });
}
