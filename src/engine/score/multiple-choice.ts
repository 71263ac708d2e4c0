import { MAX_ENTRIES } from "../../_lib/read.js";
import { choiceFractionOf, keyedIds, multipleChoiceScoringOf } from "../../_lib/semantics.js";
import type { MultipleChoiceScoring, QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateMultipleChoice } from "../validate/multiple-choice.js";
import { memoized } from "./_compiled.js";
import { NO_MESSAGES, scored, unscorable, unscored } from "./_shared.js";

/** right: keyed choices selected; wrong: unkeyed selected; keyed: keyed in all; total: choices; fractions: selected fractions summed. */
type Mode = (right: number, wrong: number, keyed: number, total: number, fractions: number) => number;

const modes: { [M in MultipleChoiceScoring]: Mode } = {
  "all-or-nothing": (right, wrong, keyed) => (right === keyed && wrong === 0 ? 1 : 0),
  "right-minus-wrong": (right, wrong, keyed) => Math.max(0, (right - wrong) / keyed),
  "every-decision-counts": (right, wrong, keyed, total) => (right + (total - keyed - wrong)) / total,
  fractions: (_r, _w, _k, _t, fractions) => Math.min(1, Math.max(0, fractions)),
};

/** Marks which choices a response selects (a bitmask; at most 26 choices), or -1 when it is not a clean selection. */
function selectionMask(choices: readonly { id: string }[], response: unknown): number {
  if (!Array.isArray(response) || response.length === 0 || response.length > MAX_ENTRIES) return -1;
  let mask = 0;
  for (let r = 0; r < response.length; r++) {
    const id: unknown = response[r];
    let found = -1;
    for (let i = 0; i < choices.length; i++) {
      if ((choices[i] as { id: string }).id === id) {
        found = i;
        break;
      }
    }
    if (found < 0) return -1;
    mask |= 1 << found;
  }
  return mask;
}

/**
 * Scores select-all-that-apply in one of four modes (k keyed choices, n choices, R right and W
 * wrong selections): `all-or-nothing`; `right-minus-wrong` = max(0, (R − W) / k);
 * `every-decision-counts` = (R + unselected wrong) / n; `fractions` = selected fractions summed
 * and clamped to [0, 1]. Repeated ids and order do not matter.
 */
export function scoreMultipleChoice(
  question: Readonly<QuestionOfType<"multiple-choice">>,
  response: unknown,
): QuestionResult {
  const choices = question.choices;
  const mask = selectionMask(choices, response);
  if (mask < 0)
    return unscorable(question, validateMultipleChoice(question, response)) ?? unscored(question, "unknown_id");
  // At most 1,024 selections with up to 10 choices: worth sharing; beyond that, built each time.
  // A mask is never 0 (a selection names at least one choice), so it cannot collide with "unanswered".
  return question.choices.length <= 10 ? memoized(question, mask, selecting) : selecting(question, mask);
}

/** The result of the selection whose choices are the set bits of `mask`. */
function selecting(question: Readonly<QuestionOfType<"multiple-choice">>, mask: number): QuestionResult {
  const choices = question.choices;
  const selectedIds: string[] = [];
  let messages = NO_MESSAGES;
  let right = 0;
  let wrong = 0;
  let keyed = 0;
  let fractions = 0;
  for (let i = 0; i < choices.length; i++) {
    const choice = choices[i] as (typeof choices)[number];
    const correct = choice.correct === true;
    if (correct) keyed++;
    if ((mask & (1 << i)) === 0) continue;
    selectedIds.push(choice.id);
    if (correct) right++;
    else wrong++;
    fractions += choiceFractionOf(choice);
    if (choice.feedback !== undefined) messages = [...messages, choice.feedback];
  }
  const fraction = modes[multipleChoiceScoringOf(question)](right, wrong, keyed, choices.length, fractions);
  return scored(question, fraction, {
    explanation: question.explanation,
    messages,
    selectedIds,
    correctIds: keyedIds(choices),
  });
}
