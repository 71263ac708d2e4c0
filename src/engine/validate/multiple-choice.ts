import { MAX_ENTRIES } from "../../_lib/read.js";
import type { ResponseValidation } from "../types.js";
import { checkId, hasId, invalid, VALID } from "./_shared.js";

/** Response: an array of choice ids in any order, e.g. `["override", "impeach"]`; repeats are ignored. */
export function validateMultipleChoice(
  question: { choices: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  if (response === undefined || response === null) return invalid("empty_response");
  if (!Array.isArray(response)) return invalid("wrong_type");
  if (response.length === 0) return invalid("empty_response");
  if (response.length > MAX_ENTRIES) return invalid("too_long");
  for (const value of response) {
    const problem = checkId(value, (id) => hasId(question.choices, id));
    if (problem) return invalid(problem);
  }
  return VALID;
}
