/** A point in time as the caller has it: a Date, epoch milliseconds, or an ISO 8601 string. */
export type Instant = Date | number | string;
