/** Longest typed text the engine reads; longer responses are `invalid` with `too_long`. */
export const MAX_TEXT_LENGTH = 1000;

// Normalisation is part of the scoring semantics; it is re-exported here for modules that import it from this file.
export { normalizeText } from "./semantics.js";

/**
 * Damerau-Levenshtein distance (optimal string alignment) over code points, giving up early
 * once it must exceed `limit` (then returns `limit + 1`).
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  // Three rolling rows; `twoBack` is first read at i = 2 and `current` is written before it is read.
  let twoBack: number[] = [];
  let previous = [...t.keys(), t.length];
  let current: number[] = [];
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, (twoBack[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[t.length] as number, limit + 1);
}
