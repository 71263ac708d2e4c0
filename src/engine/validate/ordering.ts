import type { ResponseValidation } from "../types.js";
import { validateIds } from "./_shared.js";

/** Response: every item id once, in the learner's order, e.g. `["signed", "congress", "marbury"]`. */
export function validateOrdering(
  question: { items: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  return validateIds(response, question.items, { everyOnce: true });
}
