/**
 * Per-question data derived once and reused: scoring tables and the feedback objects that do not
 * depend on anything but the question and the choice. The engine treats questions as immutable,
 * so the cache is keyed by the question object and dies with it.
 */
const cache = new WeakMap<object, unknown>();

/** Returns the value derived from `question` by `build`, building it on first use. */
export function derived<T>(question: object, build: () => T): T {
  let value = cache.get(question) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(question, value);
  }
  return value;
}

/** Freezes an object and its arrays and plain-object fields, so shared results cannot be altered. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
