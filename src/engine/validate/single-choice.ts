import type { ResponseValidation } from "../types.js";
import { checkId, hasId, invalid, VALID } from "./_shared.js";

/** Response: one choice id, e.g. `"president"`. */
export function validateSingleChoice(
  question: { choices: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  if (response === undefined || response === null || response === "") return invalid("empty_response");
  const problem = checkId(response, (id) => hasId(question.choices, id));
  return problem ? invalid(problem) : VALID;
}
