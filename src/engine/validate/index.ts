import type { QuestionType } from "../../schema/types.js";
import type { PublicQuestion, PublicQuestionMap } from "../public/types.js";
import type { ResponseValidation } from "../types.js";
import { invalid } from "./_shared.js";
import { validateCategorize } from "./categorize.js";
import { validateCloze } from "./cloze.js";
import { validateMatching } from "./matching.js";
import { validateMultipleChoice } from "./multiple-choice.js";
import { validateNumeric } from "./numeric.js";
import { validateOrdering } from "./ordering.js";
import { validateShortText } from "./short-text.js";
import { validateSingleChoice } from "./single-choice.js";
import { validateTrueFalse } from "./true-false.js";

/** Validates a response to one type of question from its public view. */
export type Validator<K extends QuestionType> = (
  question: PublicQuestionMap[K],
  response: unknown,
) => ResponseValidation;

const validators = {
  "single-choice": validateSingleChoice,
  "multiple-choice": validateMultipleChoice,
  "true-false": validateTrueFalse,
  "short-text": validateShortText,
  numeric: validateNumeric,
  ordering: validateOrdering,
  matching: validateMatching,
  cloze: validateCloze,
  categorize: validateCategorize,
} satisfies { [K in QuestionType]: Validator<K> };

/**
 * Tells whether a response is complete and well-formed, from the public question alone, so a
 * browser can enable its Submit button without the answer key. Never throws.
 *
 * @param question - A public question (from `toPublicQuestion` or `toPublicAttempt`).
 * @param response - Whatever the learner's controls produced.
 * @returns `{ valid: true }`, or `{ valid: false, reason }` with a code such as `incomplete`.
 * @example
 * validateResponse(publicQuestion, ["override"])
 * //=> { valid: true }
 * validateResponse(publicQuestion, 42)
 * //=> { valid: false, reason: "wrong_type" }
 */
export function validateResponse(question: PublicQuestion, response: unknown): ResponseValidation {
  const validate = validatorOf(question.type);
  if (validate === undefined) return invalid("unknown_question");
  try {
    return validate(question as never, response);
  } catch {
    // Only values built in code (proxies, getters that throw) get here, never parsed JSON.
    return invalid("wrong_type");
  }
}

/**
 * The validator of a question type, or undefined for a type the engine does not know (only
 * untyped callers can pass one). An own-property lookup, so `constructor` is not a type.
 */
export function validatorOf(type: string): Validator<QuestionType> | undefined {
  return Object.hasOwn(validators, type) ? (validators[type as QuestionType] as Validator<QuestionType>) : undefined;
}
