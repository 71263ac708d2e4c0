/**
 * Answers given but not yet confirmed by the server, kept in `localStorage` under one key per
 * attempt so that a reload or a lost connection cannot lose them. Without storage (private
 * modes, sandboxed frames) they are kept in memory only.
 */
export interface PendingAnswers {
  /** The attempt they belong to. */
  readonly attemptId: string;
  /** Question id → response (`null` when the learner cleared it). */
  readonly entries: Map<string, unknown>;
  /** Records an answer as pending (and persists the set). */
  set(questionId: string, response: unknown): void;
  /** Forgets an answer once the server has it, if it was not replaced meanwhile. */
  settle(questionId: string, response: unknown): void;
  /** Forgets every answer (after a submit). */
  clear(): void;
}

/** The storage key of an attempt's pending answers. */
export const pendingKey = (attemptId: string): string => `civics-quiz:pending:${attemptId}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself throws where storage is blocked
  }
}

/** Opens the pending answers of an attempt, with whatever an earlier page left behind. */
export function openPending(attemptId: string): PendingAnswers {
  const store = storage();
  const key = pendingKey(attemptId);
  const entries = new Map<string, unknown>();
  try {
    const saved: unknown = JSON.parse(store?.getItem(key) ?? "{}");
    if (saved && typeof saved === "object" && !Array.isArray(saved))
      for (const [id, response] of Object.entries(saved)) entries.set(id, response);
  } catch {
    // an unreadable entry is dropped; the server still has every answer it confirmed
  }
  const persist = () => {
    try {
      if (entries.size === 0) store?.removeItem(key);
      else store?.setItem(key, JSON.stringify(Object.fromEntries(entries)));
    } catch {
      // storage full or blocked: the answers stay in memory and are still sent
    }
  };
  return {
    attemptId,
    entries,
    set(questionId, response) {
      entries.set(questionId, response === undefined ? null : response);
      persist();
    },
    settle(questionId, response) {
      if (entries.get(questionId) !== response) return;
      entries.delete(questionId);
      persist();
    },
    clear() {
      entries.clear();
      persist();
    },
  };
}
