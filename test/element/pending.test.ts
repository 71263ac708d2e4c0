import { afterEach, describe, expect, it, vi } from "vitest";
import { openPending, pendingKey } from "../../src/element/pending.js";

/** A Storage over a Map, optionally failing on writes (a full or blocked store). */
function memoryStorage(failWrites = false): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw new DOMException("full", "QuotaExceededError");
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("openPending", () => {
  it("keeps answers in localStorage under the attempt's key until the server has them", () => {
    const storage = memoryStorage();
    vi.stubGlobal("localStorage", storage);
    const pending = openPending("a1");

    pending.set("q1", ["x", "y"]);
    pending.set("q2", undefined);

    expect(JSON.parse(storage.getItem(pendingKey("a1")) ?? "")).toEqual({ q1: ["x", "y"], q2: null });
    expect(openPending("a1").entries.get("q1")).toEqual(["x", "y"]);
  });

  it("forgets an answer the server confirmed, but not one replaced meanwhile", () => {
    vi.stubGlobal("localStorage", memoryStorage());
    const pending = openPending("a1");
    pending.set("q1", "first");
    const sent = pending.entries.get("q1");
    pending.set("q1", "second");

    pending.settle("q1", sent);
    expect(pending.entries.get("q1")).toBe("second");

    pending.settle("q1", pending.entries.get("q1"));
    expect(pending.entries.size).toBe(0);
    expect(localStorage.getItem(pendingKey("a1"))).toBeNull();
  });

  it("clears everything after a submit", () => {
    vi.stubGlobal("localStorage", memoryStorage());
    const pending = openPending("a1");
    pending.set("q1", 1);

    pending.clear();

    expect(openPending("a1").entries.size).toBe(0);
  });

  it("drops an unreadable entry and keeps working without storage", () => {
    const storage = memoryStorage();
    storage.setItem(pendingKey("a1"), "{not json");
    vi.stubGlobal("localStorage", storage);
    expect(openPending("a1").entries.size).toBe(0);

    vi.stubGlobal("localStorage", memoryStorage(true));
    const pending = openPending("a2");
    expect(() => pending.set("q1", "kept in memory")).not.toThrow();
    expect(pending.entries.get("q1")).toBe("kept in memory");
  });
});
