import type { QuestionOfType } from "../../schema/types.js";
import { MAX_TEXT_LENGTH, publicBase } from "./_shared.js";
import type { OptionOrder, PublicNumericQuestion, PublicShortTextQuestion, PublicTrueFalseQuestion } from "./types.js";

/** Questions without options have nothing to order. */
export function noOrder(): OptionOrder {
  return {};
}

/** Drops the answer and its feedback. */
export function toPublicTrueFalse(question: Readonly<QuestionOfType<"true-false">>): PublicTrueFalseQuestion {
  return publicBase(question);
}

/** Drops accepted answers and matching options. */
export function toPublicShortText(question: Readonly<QuestionOfType<"short-text">>): PublicShortTextQuestion {
  return { ...publicBase(question), maxLength: MAX_TEXT_LENGTH };
}

/** Drops the answer, tolerance and near misses; keeps the unit label. */
export function toPublicNumeric(question: Readonly<QuestionOfType<"numeric">>): PublicNumericQuestion {
  const out: PublicNumericQuestion = publicBase(question);
  if (question.unit !== undefined) out.unit = question.unit;
  return out;
}
