import { hasUnsafeKey, isPlainRecord, MAX_ENTRIES } from "../../_lib/read.js";
import type { InvalidReason, ResponseValidation } from "../types.js";

/** The verdict for a well-formed, complete response. */
export const VALID: ResponseValidation = { valid: true };

/** Builds an invalid verdict. */
export function invalid(reason: InvalidReason): ResponseValidation {
  return { valid: false, reason };
}

/** Turns a problem (or none) into a verdict. */
export function verdict(problem: InvalidReason | null): ResponseValidation {
  return problem ? invalid(problem) : VALID;
}

/** Longest id the engine reads. */
const MAX_ID_LENGTH = 200;

/** Finds an entry with this id, if any. */
export function hasId(entries: readonly { id: string }[], id: unknown): boolean {
  for (const entry of entries) if (entry.id === id) return true;
  return false;
}

/** Checks one id given by the learner against the ids of `entries`. */
export function checkId(value: unknown, entries: readonly { id: string }[]): InvalidReason | null {
  if (typeof value !== "string") return "wrong_type";
  if (value.length > MAX_ID_LENGTH) return "too_long";
  return hasId(entries, value) ? null : "unknown_id";
}

/**
 * Validates an array of ids (`multiple-choice`, `ordering`): each must be one of `entries`. With
 * `everyOnce`, repeats are `duplicate_id` and leaving entries out is `incomplete`.
 */
export function validateIds(
  response: unknown,
  entries: readonly { id: string }[],
  options: { everyOnce: boolean },
): ResponseValidation {
  if (!Array.isArray(response))
    return invalid(response === undefined || response === null ? "empty_response" : "wrong_type");
  if (response.length === 0) return invalid("empty_response");
  if (response.length > MAX_ENTRIES) return invalid("too_long");
  for (let i = 0; i < response.length; i++) {
    const problem = checkId(response[i], entries);
    if (problem) return invalid(problem);
    // Every id is known, so more ids than entries always means a repeat.
    if (options.everyOnce && response.indexOf(response[i]) !== i) return invalid("duplicate_id");
  }
  return options.everyOnce && response.length < entries.length ? invalid("incomplete") : VALID;
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
