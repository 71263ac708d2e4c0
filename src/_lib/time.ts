/** A point in time as the caller has it: a Date, epoch milliseconds, or an ISO 8601 string. */
export type Instant = Date | number | string;

/** Converts an instant to epoch milliseconds, or NaN when it cannot be read. */
export function toMillis(instant: Instant): number {
  if (instant instanceof Date) return instant.getTime();
  if (typeof instant === "number") return Number.isFinite(instant) ? instant : Number.NaN;
  return Date.parse(instant);
}
