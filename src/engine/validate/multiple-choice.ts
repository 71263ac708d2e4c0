import type { ResponseValidation } from "../types.js";
import { validateIds } from "./_shared.js";

/** Response: an array of choice ids in any order, e.g. `["override", "impeach"]`; repeats are ignored. */
export function validateMultipleChoice(
  question: { choices: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  return validateIds(response, question.choices, { everyOnce: false });
}
