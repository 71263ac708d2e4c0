/**
 * Words as the item-quality rules compare them: lower-cased, accents dropped, split on anything that
 * is not a letter or digit, reduced by a light suffix stemmer, with function words left out.
 */

/**
 * English function words and the verbs objectives start with. They carry no content, so an id and a
 * key that share only these words share nothing a learner could use.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all already also am an and any are aren as at be because been before being below " +
    "between both but by can cannot could did didn do does doesn doing don down during each either else even ever every " +
    "few for from further had hadn has hasn have haven having he her here hers herself him himself his how i if in " +
    "into is isn it its itself just least less let ll may me might more most much must mustn my myself neither no " +
    "nor not now of off on once one only or other ought our ours ourselves out over own per same shall still shan she " +
    "should shouldn so some such than that the their theirs them themselves then there these they this those " +
    "through to too under until up upon us very via was wasn we were weren what when where whether which while who " +
    "whom whose why will with within without won would wouldn yet you your yours yourself yourselves " +
    // Verbs of learning objectives ("explain-...", "compare-...") describe the task, not the answer.
    "analyse analyze apply compare contrast define describe distinguish evaluate explain identify interpret " +
    "list recognise recognize summarise summarize trace"
  ).split(" "),
);

/**
 * A light stemmer: enough to match `pardons` with `pardon`, `withholding` with `withhold` and
 * `assurances` with `assurance`, without pulling unrelated words together.
 *
 * @example
 * stemWord("assurances")
 * //=> "assurance"
 */
export function stemWord(word: string): string {
  if (/^\d+$/.test(word)) return word;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed") && !word.endsWith("eed")) return word.slice(0, -2);
  if (word.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is|as)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Every word of a text or id in order, lower-cased and without accents (stop words kept). */
export function wordsOf(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/**
 * The content words of a text or id, stemmed, each with the first form it takes in the text: no
 * stop words, no single letters.
 *
 * @example
 * contentWordForms("Pardons and pardon power")
 * //=> Map { "pardon" => "pardons", "power" => "power" }
 */
export function contentWordForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of wordsOf(text)) {
    if (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    const stem = stemWord(word);
    if (!out.has(stem)) out.set(stem, word);
  }
  return out;
}

/**
 * The stemmed content words of a text or id.
 *
 * @example
 * [...contentWords("Baron de Montesquieu")]
 * //=> ["baron", "de", "montesquieu"]
 */
export function contentWords(text: string): Set<string> {
  return new Set(contentWordForms(text).keys());
}
