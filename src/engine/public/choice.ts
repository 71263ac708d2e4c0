import { shuffleKeepingFixed } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import { inOrder, publicBase } from "./_shared.js";
import type { OptionOrder, PublicMultipleChoiceQuestion, PublicSingleChoiceQuestion } from "./types.js";

/** Choices are shuffled from the seed and question id; `fixed` choices keep their place. */
export function orderChoices(
  question: Readonly<QuestionOfType<"single-choice" | "multiple-choice">>,
  seed: string,
): OptionOrder {
  return { choices: shuffleKeepingFixed(question.choices, seed, question.id) };
}

/** Drops `correct`, `fraction`, `feedback`, `penalty`, the explanation and hints. */
export function toPublicSingleChoice(
  question: Readonly<QuestionOfType<"single-choice">>,
  order: OptionOrder,
): PublicSingleChoiceQuestion {
  return { ...publicBase(question), choices: inOrder(question.choices, order.choices) };
}

/** Drops `correct`, `fraction`, `feedback`, `scoring`, the explanation and hints. */
export function toPublicMultipleChoice(
  question: Readonly<QuestionOfType<"multiple-choice">>,
  order: OptionOrder,
): PublicMultipleChoiceQuestion {
  return { ...publicBase(question), choices: inOrder(question.choices, order.choices) };
}
