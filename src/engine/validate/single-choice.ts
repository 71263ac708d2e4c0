import type { ResponseValidation } from "../types.js";
import { checkId, invalid, verdict } from "./_shared.js";

/** Response: one choice id, e.g. `"president"`. */
export function validateSingleChoice(
  question: { choices: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  if (response === undefined || response === null || response === "") return invalid("empty_response");
  return verdict(checkId(response, question.choices));
}
