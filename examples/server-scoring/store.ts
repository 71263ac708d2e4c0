import type { Attempt } from "civics-lessons";

/** An attempt as the server keeps it: whose it is, which of theirs it is, and a version for compare-and-set. */
export interface StoredAttempt {
  /** The engine's attempt (with keys: it never leaves the server). */
  attempt: Attempt;
  /** Who owns it (an opaque id from the server's `identify`). */
  learnerId: string;
  /** 1 for the learner's first attempt at this quiz, 2 for the second, and so on. */
  number: number;
  /** Starts at 1 and grows by one with every saved change. */
  version: number;
  /** When it last changed (ISO 8601); idle attempts in progress expire from this time. */
  activeAt: string;
}

/** What the server needs to know of a learner's latest attempt at a quiz, without loading it. */
export interface AttemptSummary {
  /** The attempt id. */
  id: string;
  /** Which of the learner's attempts at the quiz it is. */
  number: number;
  /** When it was submitted, or null while in progress. */
  submittedAt: string | null;
}

/**
 * Where attempts live. The server needs four atomic operations; any database with a unique index
 * and a conditional update provides them, so a platform can put attempts in its own tables.
 * Methods may return values or promises.
 */
export interface AttemptStore {
  /** The attempt with this id, if any. */
  get(id: string): StoredAttempt | undefined | Promise<StoredAttempt | undefined>;
  /** The learner's attempt at this quiz with the highest number, if any (one indexed lookup). */
  latest(learnerId: string, quizId: string): AttemptSummary | undefined | Promise<AttemptSummary | undefined>;
  /**
   * Adds an attempt (its `version` is 1). Returns false, and adds nothing, when the learner already
   * has an attempt with this number at this quiz: two concurrent starts cannot both succeed.
   */
  insert(record: StoredAttempt): boolean | Promise<boolean>;
  /**
   * Saves a changed attempt only if its stored version is still `expectedVersion` (then the version
   * becomes `expectedVersion + 1`), and returns whether it did. This compare-and-set is what makes
   * submitting atomic: of N concurrent submits, one saves and the rest see the submitted attempt.
   */
  update(attempt: Attempt, expectedVersion: number, activeAt: string): boolean | Promise<boolean>;
  /** Deletes attempts still in progress that have not changed since `before`; returns how many. */
  expireIdle(before: string): number | Promise<number>;
}

/**
 * Keeps attempts in a `Map`: for tests and for trying the server without a database. Nothing is
 * evicted (idle attempts expire through `expireIdle`), and everything is lost on restart.
 *
 * @returns A store.
 * @example
 * const server = createServer({ store: createMemoryStore() });
 */
export function createMemoryStore(): AttemptStore {
  const byId = new Map<string, StoredAttempt>();
  const key = (learnerId: string, quizId: string, number: number) => JSON.stringify([learnerId, quizId, number]);
  const numbers = new Map<string, string>(); // (learner, quiz, number) -> attempt id: the unique index
  const latestNumber = new Map<string, number>();
  return {
    get: (id) => byId.get(id),
    latest(learnerId, quizId) {
      const top = latestNumber.get(JSON.stringify([learnerId, quizId])) ?? 0;
      for (let n = top; n > 0; n--) {
        const id = numbers.get(key(learnerId, quizId, n));
        const stored = id === undefined ? undefined : byId.get(id);
        if (stored) return { id: stored.attempt.id, number: stored.number, submittedAt: stored.attempt.submittedAt };
      }
      return undefined;
    },
    insert(record) {
      const { learnerId, number, attempt } = record;
      const unique = key(learnerId, attempt.quizId, number);
      if (numbers.has(unique) || byId.has(attempt.id)) return false;
      numbers.set(unique, attempt.id);
      byId.set(attempt.id, { ...record, version: 1 });
      const pair = JSON.stringify([learnerId, attempt.quizId]);
      latestNumber.set(pair, Math.max(number, latestNumber.get(pair) ?? 0));
      return true;
    },
    update(attempt, expectedVersion, activeAt) {
      const stored = byId.get(attempt.id);
      if (!stored || stored.version !== expectedVersion) return false;
      byId.set(attempt.id, { ...stored, attempt, version: expectedVersion + 1, activeAt });
      return true;
    },
    expireIdle(before) {
      let removed = 0;
      for (const [id, stored] of byId) {
        if (stored.attempt.submittedAt !== null || stored.activeAt >= before) continue;
        byId.delete(id);
        numbers.delete(key(stored.learnerId, stored.attempt.quizId, stored.number));
        removed++;
      }
      return removed;
    },
  };
}
