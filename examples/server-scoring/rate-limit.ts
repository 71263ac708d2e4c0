/** Options of {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** How many actions a client may take at once (the bucket size). */
  burst: number;
  /** Seconds for one more action to become available. */
  refillSeconds: number;
  /** Most clients tracked at once (default 50,000); past it, the least recently seen are forgotten. */
  maxClients?: number;
}

/** A rate limiter's answer: allowed, or how long to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A token-bucket rate limiter keyed by client. */
export interface RateLimiter {
  /** Takes one action for `client` at time `now` (milliseconds), if it has one left. */
  take(client: string, now: number): RateDecision;
  /** How many clients are tracked (for tests: memory stays bounded). */
  readonly size: number;
}

/**
 * A token bucket per client, in memory. Memory is bounded: a client whose bucket has refilled
 * is the same as an unknown one, so it can be forgotten at any time, and when more than
 * `maxClients` are tracked the least recently seen are forgotten (which can only give them
 * back actions, never take any away from anyone).
 *
 * @param options - Bucket size, refill time, and how many clients to track.
 * @returns A limiter.
 * @example
 * const starts = createRateLimiter({ burst: 30, refillSeconds: 10 });
 * starts.take("203.0.113.7", Date.now())
 * //=> { allowed: true }
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { burst, refillSeconds } = options;
  const maxClients = options.maxClients ?? 50_000;
  const refillMs = refillSeconds * 1000;
  // Map order is "least recently seen first": each take re-inserts its client.
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(client, now) {
      const bucket = buckets.get(client);
      const tokens = bucket ? Math.min(burst, bucket.tokens + (now - bucket.at) / refillMs) : burst;
      buckets.delete(client);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now });
        return { allowed: false, retryAfterSeconds: Math.ceil(((1 - tokens) * refillMs) / 1000) };
      }
      buckets.set(client, { tokens: tokens - 1, at: now });
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return { allowed: true };
    },
    get size() {
      return buckets.size;
    },
  };
}
