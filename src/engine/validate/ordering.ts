import { MAX_ENTRIES } from "../../_lib/read.js";
import type { ResponseValidation } from "../types.js";
import { checkId, hasId, invalid, VALID } from "./_shared.js";

/** Response: every item id once, in the learner's order, e.g. `["signed", "congress", "marbury"]`. */
export function validateOrdering(
  question: { items: readonly { id: string }[] },
  response: unknown,
): ResponseValidation {
  if (response === undefined || response === null) return invalid("empty_response");
  if (!Array.isArray(response)) return invalid("wrong_type");
  if (response.length === 0) return invalid("empty_response");
  if (response.length > MAX_ENTRIES) return invalid("too_long");
  const seen = new Set<string>();
  for (const value of response) {
    const problem = checkId(value, (id) => hasId(question.items, id));
    if (problem) return invalid(problem);
    if (seen.has(value as string)) return invalid("duplicate_id");
    seen.add(value as string);
  }
  return seen.size === question.items.length ? VALID : invalid("incomplete");
}
