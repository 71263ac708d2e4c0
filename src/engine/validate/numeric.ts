import { readNumber } from "../../_lib/semantics.js";
import type { ResponseValidation } from "../types.js";
import { invalid, VALID } from "./_shared.js";

/**
 * Response: a number, or the text typed for it, read as `readNumber` in the scoring semantics
 * describes (for example `0.67`, `"0,67"`, `"6,300"` or `"1.6e-19"`).
 */
export function validateNumeric(_question: unknown, response: unknown): ResponseValidation {
  const value = readNumber(response);
  return typeof value === "number" ? VALID : invalid(value);
}
