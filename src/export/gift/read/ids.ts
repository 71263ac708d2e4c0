/**
 * Ids for imported questions and their options. An option's id is a hash of its question's id,
 * its role and its own text: never of its position or of the key, so the ids a learner sees say
 * nothing about the answer, and importing the same bank again gives the same ids.
 */
import { hashString } from "../../../_lib/semantics.js";

const hex = (n: number) => n.toString(16).padStart(8, "0");

/** Hands out unique ids within one scope (a file's questions, or one question's options). */
export class IdMaker {
  private readonly used = new Set<string>();

  /** Marks an id as taken. */
  take(id: string): void {
    this.used.add(id);
  }

  /** Whether an id is taken. */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /**
   * A hex id from a hash of `parts`, rehashed with a salt until it is unused.
   *
   * @example
   * new IdMaker().hashed("q", "choice", "Grant")
   * //=> eight hex digits, the same on every run
   */
  hashed(prefix: string, ...parts: string[]): string {
    const text = parts.join("\u0000");
    for (let salt = 0; ; salt++) {
      const id = `${prefix}${hex(hashString(text, salt))}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
