import type { ResponseValidation } from "../types.js";
import { checkId, validateRecord } from "./_shared.js";

/** Response: a record premise id → response id, e.g. `{ "art-1": "legislative" }`. */
export function validateMatching(
  question: { premises: readonly { id: string }[]; responses: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  return validateRecord(response, question.premises, (_key, value) => checkId(value, question.responses));
}
