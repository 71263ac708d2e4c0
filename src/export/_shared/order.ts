/**
 * The order exports write options in: the order the engine shows learners for the same seed
 * (`shuffleOptions`), so an export and the online quiz agree, and lists the engine does not
 * shuffle in a seeded order of their own. Like the engine's, these orders depend only on the
 * seed, the question and the option ids, never on authored order or on which option is keyed.
 */
import { orderByHash } from "../../_lib/semantics.js";
import { DEFAULT_SEED, shuffleOptions } from "../../engine/public/index.js";
import type { Question } from "../../schema/types.js";

/** The seed exports use when the caller gives none (the engine's default). */
export const DEFAULT_EXPORT_SEED = DEFAULT_SEED;

/**
 * A question's list in the order a learner sees it for `seed`: `choices`, `items`, `responses`
 * or `blank:<id>`, as the engine names them.
 *
 * @example
 * shownOrder(question, "choices", question.choices, "civics-lessons").map((c) => c.id)
 * //=> the engine's public order for that seed
 */
export function shownOrder<T extends { id: string }>(
  question: Readonly<Question>,
  list: string,
  entries: readonly T[],
  seed: string,
): T[] {
  const ids = shuffleOptions(question, seed)[list] ?? [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.map((id) => byId.get(id)).filter((entry): entry is T => entry !== undefined);
}

/**
 * A list the engine does not shuffle (matching premises, categories) in a seeded order of its own.
 *
 * @example
 * seededOrder(question.premises, "civics-lessons", `${question.id}/premises`).map((p) => p.id)
 * //=> a permutation of the premise ids, the same on every run
 */
export function seededOrder<T extends { id: string }>(entries: readonly T[], seed: string, scope: string): T[] {
  return orderByHash(entries, seed, scope);
}
