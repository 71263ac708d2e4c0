import { byType } from "../../_lib/by-type.js";
import type { Question, QuestionType } from "../../schema/types.js";
import { orderCategorize, toPublicCategorize } from "./categorize.js";
import { orderChoices, toPublicMultipleChoice, toPublicSingleChoice } from "./choice.js";
import { orderCloze, toPublicCloze } from "./cloze.js";
import { orderMatching, toPublicMatching } from "./matching.js";
import { orderOrdering, toPublicOrdering } from "./ordering.js";
import { noOrder, toPublicNumeric, toPublicShortText, toPublicTrueFalse } from "./simple.js";
import type { OptionOrder, OrderMaker, PublicMapper, PublicQuestion } from "./types.js";

const mappers = {
  "single-choice": toPublicSingleChoice,
  "multiple-choice": toPublicMultipleChoice,
  "true-false": toPublicTrueFalse,
  "short-text": toPublicShortText,
  numeric: toPublicNumeric,
  ordering: toPublicOrdering,
  matching: toPublicMatching,
  cloze: toPublicCloze,
  categorize: toPublicCategorize,
} satisfies { [K in QuestionType]: PublicMapper<K> };

const orderMakers = {
  "single-choice": orderChoices,
  "multiple-choice": orderChoices,
  "true-false": noOrder,
  "short-text": noOrder,
  numeric: noOrder,
  ordering: orderOrdering,
  matching: orderMatching,
  cloze: orderCloze,
  categorize: orderCategorize,
} satisfies { [K in QuestionType]: OrderMaker<K> };

/** The seed used when none is given, so the public order is stable across calls. */
export const DEFAULT_SEED = "civics-lessons";

/**
 * The order a question's options are shown in for a seed. It depends only on the seed, the
 * question id and the option ids, never on authored order or correctness. Options marked
 * `fixed` keep their place.
 *
 * @param question - Any question.
 * @param seed - Any string; the same seed gives the same order.
 * @returns Lists of option ids keyed by list name (`choices`, `items`, `responses`, `blank:<id>`).
 * @example
 * shuffleOptions(question, "attempt-42")
 * //=> { choices: ["speaker", "president", "chief-justice", "none"] }
 */
export function shuffleOptions(question: Readonly<Question>, seed: string): OptionOrder {
  return byType(orderMakers, question, seed);
}

/**
 * The view of a question a learner's browser may receive: prompt and options only. The return
 * type has no field for keys, fractions, feedback, explanations or hint text, and options come in
 * an order that carries no information about which are correct.
 *
 * @param question - A question with its key.
 * @param options - `seed` for the option order, or an `order` stored in an attempt.
 * @returns The public question.
 * @example
 * toPublicQuestion(question).choices
 * //=> [{ id: "speaker", text: "The Speaker of the House" }, ...]
 */
export function toPublicQuestion(
  question: Readonly<Question>,
  options: { seed?: string; order?: OptionOrder } = {},
): PublicQuestion {
  const order = options.order ?? shuffleOptions(question, options.seed ?? DEFAULT_SEED);
  return byType(mappers, question, order);
}
