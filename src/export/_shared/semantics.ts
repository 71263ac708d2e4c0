/**
 * Scoring rules the exporters must apply exactly as the engine does. Kept in this one file so
 * that each rule has a single home in the exporters.
 */
import { orderByHash } from "../../_lib/prng.js";
import type { NumericTarget } from "../../schema/types.js";

/** The scoring modes the schema gives questions that name none. */
export const DEFAULT_SCORING = {
  ordering: "position",
  "multiple-choice": "all-or-nothing",
  matching: "per-pair",
} as const;

/** The seed of the option order exports write when the caller gives none. */
export const DEFAULT_EXPORT_SEED = "civics-lessons";

/**
 * The points a question is worth (1 when the author left it out, as the schema defaults).
 *
 * @example
 * pointsOf({})
 * //=> 1
 */
export function pointsOf(question: { points?: number | undefined }): number {
  return question.points ?? 1;
}

/**
 * Rounds away binary floating-point noise, as the engine does, so written numbers stay short.
 *
 * @example
 * round6(0.1 + 0.2)
 * //=> 0.3
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The closed range of numbers a numeric target accepts (a relative tolerance is a share of the
 * value's size).
 *
 * @example
 * targetRange({ value: -40, tolerance: 0.05, toleranceType: "relative" })
 * //=> { min: -42, max: -38 }
 */
export function targetRange(target: NumericTarget): { min: number; max: number } {
  if ("min" in target) return { min: target.min, max: target.max };
  const tolerance = target.tolerance ?? 0;
  const absolute = target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
  return { min: target.value - absolute, max: target.value + absolute };
}

/**
 * The absolute tolerance of a value target (0 for an exact value).
 *
 * @example
 * absoluteTolerance({ value: 200, tolerance: 0.1, toleranceType: "relative" })
 * //=> 20
 */
export function absoluteTolerance(target: Extract<NumericTarget, { value: number }>): number {
  const tolerance = target.tolerance ?? 0;
  return target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
}

/**
 * Entries in the seeded order learners would see, never depending on authored order. Entries
 * marked `fixed` keep their place.
 *
 * @example
 * seededOrder([{ id: "a" }, { id: "b" }, { id: "c" }], "civics-lessons", "q1").map((e) => e.id)
 * //=> a permutation of ["a", "b", "c"], the same on every run
 */
export function seededOrder<T extends { id: string; fixed?: boolean | undefined }>(
  entries: readonly T[],
  seed: string,
  scope: string,
): T[] {
  const movable = orderByHash(
    entries.filter((e) => e.fixed !== true),
    seed,
    scope,
  );
  let next = 0;
  return entries.map((e) => (e.fixed === true ? e : (movable[next++] as T)));
}

/**
 * Ids in seeded order that never equals `key` (the answer of an ordering question): if the
 * hash happens to give the key, the order is rotated by one, so a starting order cannot give the
 * answer away.
 *
 * @example
 * orderAvoidingKey(["a", "b", "c"], "civics-lessons", "q1", ["a", "b", "c"])
 * //=> an order other than ["a", "b", "c"], the same on every run
 */
export function orderAvoidingKey(
  ids: readonly string[],
  seed: string,
  scope: string,
  key: readonly string[],
): string[] {
  const order = orderByHash(
    ids.map((id) => ({ id })),
    seed,
    scope,
  ).map((e) => e.id);
  if (order.length > 1 && order.every((id, i) => id === key[i])) order.push(order.shift() as string);
  return order;
}
