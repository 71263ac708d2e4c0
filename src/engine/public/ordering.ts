import { shuffledIds } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import { inOrder, publicBase } from "./_shared.js";
import type { OptionOrder, PublicOrderingQuestion } from "./types.js";

/** Items start in an order made from the seed and ids alone, never the authored or keyed order. */
export function orderOrdering(question: Readonly<QuestionOfType<"ordering">>, seed: string): OptionOrder {
  return { items: shuffledIds(question.items, seed, question.id) };
}

/** Drops `correctOrder` and `scoring`. */
export function toPublicOrdering(
  question: Readonly<QuestionOfType<"ordering">>,
  order: OptionOrder,
): PublicOrderingQuestion {
  return { ...publicBase(question), items: inOrder(question.items, order.items) };
}
