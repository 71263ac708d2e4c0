import { hasUnsafeKey, isPlainRecord } from "../_lib/read.js";
import { MAX_TEXT_LENGTH } from "../_lib/text.js";
import type { InvalidReason } from "./types.js";

/** One recorded answer. */
export interface RecordedAnswer {
  /** The response as given (a JSON copy), or null when it could not be stored (see `rejected`). */
  response: unknown;
  /** Why the response could not be stored as JSON; it scores `invalid` with this reason. */
  rejected?: InvalidReason;
  /** When it was given (ISO 8601). */
  answeredAt: string;
}

/** Most values (nodes) and nesting levels a stored response may have; no response type needs more. */
const MAX_NODES = 2000;
const MAX_DEPTH = 16;

/** Why a value cannot be stored as a JSON response, or null when it can. */
function problemIn(value: unknown): InvalidReason | null {
  let nodes = 0;
  const check = (node: unknown, depth: number): InvalidReason | null => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return "too_long";
    if (node === null || typeof node === "boolean") return null;
    // No response reads a longer string, so none is kept (it would only grow the stored attempt).
    if (typeof node === "string") return node.length > MAX_TEXT_LENGTH ? "too_long" : null;
    if (typeof node === "number") return Number.isFinite(node) ? null : "not_a_number";
    const isArray = Array.isArray(node);
    if (!isArray && !isPlainRecord(node)) return "wrong_type";
    if (!isArray && hasUnsafeKey(node as Record<string, unknown>)) return "unsafe_key";
    // Arrays are read with for-of so that holes count as `undefined` (which JSON cannot keep).
    for (const child of isArray ? node : Object.values(node as object)) {
      const problem = check(child, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return check(value, 0);
}

/**
 * Records a response as a JSON copy, or says why it cannot be kept, so that a JSON round trip of
 * the attempt changes nothing. Values only code can build (getters that throw, proxies) are
 * `wrong_type`.
 */
export function recordOf(response: unknown, answeredAt: string): RecordedAnswer {
  if (response === undefined) return { response: null, answeredAt };
  try {
    const rejected = problemIn(response);
    if (rejected) return { response: null, rejected, answeredAt };
    return { response: JSON.parse(JSON.stringify(response)), answeredAt };
  } catch {
    return { response: null, rejected: "wrong_type", answeredAt };
  }
}
