import type { InvalidReason, ResponseValidation } from "../types.js";
import { invalid, VALID } from "./_shared.js";

const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a numeric response: a finite number, or a string holding a plain decimal number with
 * either `.` or `,` as the decimal separator (`"3.5"`, `"3,5"`, `"-0,25"`). No thousands separators.
 */
export function readNumber(response: unknown): number | InvalidReason {
  if (response === undefined || response === null) return "empty_response";
  if (typeof response === "number") return Number.isFinite(response) ? response : "not_a_number";
  if (typeof response !== "string") return "wrong_type";
  const text = response.trim();
  if (text === "") return "empty_response";
  if (text.length > 64) return "too_long";
  if (!DECIMAL.test(text)) return "not_a_number";
  return Number(text.replace(",", "."));
}

/** Response: a number, or a decimal string with `.` or `,`, e.g. `0.67` or `"0,67"`. */
export function validateNumeric(_question: unknown, response: unknown): ResponseValidation {
  const value = readNumber(response);
  return typeof value === "number" ? VALID : invalid(value);
}
