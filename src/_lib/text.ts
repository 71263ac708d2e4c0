/** Longest typed text the engine reads; longer responses are `invalid` with `too_long`. */
export const MAX_TEXT_LENGTH = 1000;

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};
const TYPOGRAPHIC =
  /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212]/g;
const WHITESPACE = /\s+/gu;
const MARKS = /\p{M}+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/** How two texts are compared. */
export interface TextOptions {
  caseSensitive?: boolean | undefined;
  ignoreDiacritics?: boolean | undefined;
  ignorePunctuation?: boolean | undefined;
}

/**
 * Normalises text for comparison: NFKC, typographic quotes and dashes folded, whitespace
 * collapsed and trimmed, then optionally case-folded and stripped of diacritics or punctuation.
 */
export function normalizeText(text: string, options: TextOptions): string {
  let out = text.normalize("NFKC").replace(TYPOGRAPHIC, (c) => QUOTES[c] ?? c);
  if (options.ignoreDiacritics === true) out = out.normalize("NFD").replace(MARKS, "").normalize("NFC");
  if (options.ignorePunctuation === true) out = out.replace(PUNCTUATION, " ");
  if (options.caseSensitive !== true) out = out.toLowerCase();
  return out.replace(WHITESPACE, " ").trim();
}

/**
 * Damerau-Levenshtein distance (optimal string alignment) over code points, giving up early
 * once it must exceed `limit` (then returns `limit + 1`).
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  const width = t.length + 1;
  let twoBack = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (twoBack[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[t.length] as number, limit + 1);
}
