import { MAX_TEXT_LENGTH } from "../../_lib/text.js";
import type { InvalidReason, ResponseValidation } from "../types.js";
import { invalid, verdict } from "./_shared.js";

/** Checks one piece of typed text: a string, not blank, at most {@link MAX_TEXT_LENGTH} characters. */
export function checkText(value: unknown): InvalidReason | null {
  if (typeof value !== "string") return "wrong_type";
  if (value.length > MAX_TEXT_LENGTH) return "too_long";
  return value.trim() === "" ? "empty_response" : null;
}

/** Response: a string of at most 1,000 characters, e.g. `"Marbury v. Madison"`. */
export function validateShortText(_question: unknown, response: unknown): ResponseValidation {
  if (response === undefined || response === null) return invalid("empty_response");
  return verdict(checkText(response));
}
