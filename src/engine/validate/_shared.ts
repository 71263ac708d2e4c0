import { hasUnsafeKey, isPlainRecord, MAX_ENTRIES } from "../../_lib/read.js";
import type { InvalidReason, ResponseValidation } from "../types.js";

/** The verdict for a well-formed, complete response. */
export const VALID: ResponseValidation = { valid: true };

/** Builds an invalid verdict. */
export function invalid(reason: InvalidReason): ResponseValidation {
  return { valid: false, reason };
}

/** Longest id the engine reads. */
const MAX_ID_LENGTH = 200;

/** Checks one id given by the learner against the known ids. */
export function checkId(value: unknown, known: (id: string) => boolean): InvalidReason | null {
  if (typeof value !== "string") return "wrong_type";
  if (value.length > MAX_ID_LENGTH) return "too_long";
  return known(value) ? null : "unknown_id";
}

/** Finds an entry with this id, if any. */
export function hasId(entries: readonly { id: string }[], id: string): boolean {
  for (const entry of entries) if (entry.id === id) return true;
  return false;
}

/**
 * Validates a record response (`key → id or text`): rejects non-records, unsafe keys, unknown
 * keys and malformed values; reports `incomplete` when a required key is missing or empty.
 */
export function validateRecord(
  response: unknown,
  keys: readonly { id: string }[],
  checkValue: (key: string, value: unknown) => InvalidReason | null,
): ResponseValidation {
  if (response === undefined || response === null) return invalid("empty_response");
  if (!isPlainRecord(response)) return invalid("wrong_type");
  if (hasUnsafeKey(response)) return invalid("unsafe_key");
  const entries = Object.keys(response);
  if (entries.length > MAX_ENTRIES) return invalid("too_long");
  let answered = 0;
  for (const key of entries) {
    if (!hasId(keys, key)) return invalid("unknown_id");
    const value = response[key];
    if (value === null || value === undefined || value === "") continue;
    const problem = checkValue(key, value);
    if (problem) return invalid(problem);
    answered++;
  }
  if (answered === 0) return invalid("empty_response");
  return answered < keys.length ? invalid("incomplete") : VALID;
}
