import { shuffledIds } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import { inOrder, publicBase } from "./_shared.js";
import type { OptionOrder, PublicMatchingQuestion } from "./types.js";

/** Premises keep the authored order (it says nothing about the key); responses are shuffled. */
export function orderMatching(question: Readonly<QuestionOfType<"matching">>, seed: string): OptionOrder {
  return { responses: shuffledIds(question.responses, seed, question.id) };
}

/** Drops `pairs` and `scoring`. */
export function toPublicMatching(
  question: Readonly<QuestionOfType<"matching">>,
  order: OptionOrder,
): PublicMatchingQuestion {
  return {
    ...publicBase(question),
    premises: inOrder(question.premises, undefined),
    responses: inOrder(question.responses, order.responses),
  };
}
