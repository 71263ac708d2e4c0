import type { ResponseValidation } from "../types.js";
import { invalid, VALID } from "./_shared.js";

/** Response: `true` or `false`. */
export function validateTrueFalse(_question: unknown, response: unknown): ResponseValidation {
  if (response === undefined || response === null) return invalid("empty_response");
  return typeof response === "boolean" ? VALID : invalid("wrong_type");
}
