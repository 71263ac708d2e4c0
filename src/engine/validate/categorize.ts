import type { ResponseValidation } from "../types.js";
import { checkId, validateRecord } from "./_shared.js";

/** Response: a record item id → category id, e.g. `{ "tax": "congress", "veto": "president" }`. */
export function validateCategorize(
  question: { items: readonly { id: string }[]; categories: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  return validateRecord(response, question.items, (_key, value) => checkId(value, question.categories));
}
