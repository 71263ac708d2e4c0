import { shuffledIds } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import { inOrder, publicBase } from "./_shared.js";
import type { OptionOrder, PublicCategorizeQuestion } from "./types.js";

/** Categories keep the authored order; items are shuffled so their order says nothing about categories. */
export function orderCategorize(question: Readonly<QuestionOfType<"categorize">>, seed: string): OptionOrder {
  return { items: shuffledIds(question.items, seed, question.id) };
}

/** Drops each item's `categoryId`. */
export function toPublicCategorize(
  question: Readonly<QuestionOfType<"categorize">>,
  order: OptionOrder,
): PublicCategorizeQuestion {
  return {
    ...publicBase(question),
    categories: inOrder(question.categories, undefined),
    items: inOrder(question.items, order.items),
  };
}
