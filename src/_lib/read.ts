/** Keys that could reach an object's prototype; responses containing them are rejected. */
const UNSAFE_KEYS = ["__proto__", "constructor", "prototype"];

/** Most entries the engine reads from one response array or record. */
export const MAX_ENTRIES = 200;

/** A plain object (not an array, not a class instance) read only through its own properties. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** True when the record has a key that could reach a prototype. */
export function hasUnsafeKey(record: Record<string, unknown>): boolean {
  return Object.keys(record).some((key) => UNSAFE_KEYS.includes(key));
}

/** Reads an own property only. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
