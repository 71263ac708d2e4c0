import { QuizError } from "../errors.js";

/** The furthest a Date reaches from 1970 either way, in milliseconds (100,000,000 days). */
const DATE_RANGE_MS = 8.64e15;

/** Whether epoch milliseconds lie within the range a Date can represent. */
export function isRepresentable(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_RANGE_MS;
}

/**
 * Reads a caller's time (a Date, epoch milliseconds or an ISO 8601 string) as epoch
 * milliseconds. Anything else, or a time a Date cannot hold, is a `QuizError` `invalid_time`.
 */
export function millisecondsOf(time: unknown, name: string): number {
  let ms = Number.NaN;
  // Checked by tag, not instanceof, so Dates from another realm are read too.
  if (Object.prototype.toString.call(time) === "[object Date]") ms = Date.prototype.getTime.call(time);
  else if (typeof time === "number") ms = time;
  else if (typeof time === "string") ms = Date.parse(time);
  if (!isRepresentable(ms))
    throw new QuizError(
      "invalid_time",
      `${name} must be a Date, epoch milliseconds or an ISO 8601 date-time that a Date can represent`,
    );
  return ms;
}

/** The caller's time as an ISO 8601 string; see {@link millisecondsOf}. */
export function isoOf(time: unknown, name: string): string {
  return new Date(millisecondsOf(time, name)).toISOString();
}
