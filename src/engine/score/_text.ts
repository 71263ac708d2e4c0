import { editDistance, normalizeText } from "../../_lib/text.js";
import type { AcceptedAnswer, TextMatching } from "../../schema/types.js";

/** The best accepted answer a piece of typed text matches, if any. */
export interface TextMatch {
  answer: AcceptedAnswer;
  fraction: number;
  typoTolerated: boolean;
}

/** Compares typed text with accepted answers: exact (after normalising) first, then within typo tolerance. */
export function matchText(
  given: string,
  answers: readonly AcceptedAnswer[],
  matching: TextMatching | undefined,
): TextMatch | null {
  const options = matching ?? {};
  const normalized = normalizeText(given, options);
  let best: TextMatch | null = null;
  for (const answer of answers) {
    const fraction = answer.fraction ?? 1;
    if (best !== null && best.fraction >= fraction) continue;
    if (normalizeText(answer.text, options) === normalized) best = { answer, fraction, typoTolerated: false };
  }
  const tolerance = options.typoTolerance ?? 0;
  if (tolerance > 0) {
    for (const answer of answers) {
      const fraction = answer.fraction ?? 1;
      if (best !== null && best.fraction >= fraction) continue;
      const target = normalizeText(answer.text, options);
      const length = Array.from(target).length;
      if (length <= 3) continue;
      const allowed = Math.floor(tolerance * length);
      if (allowed > 0 && editDistance(normalized, target, allowed) <= allowed)
        best = { answer, fraction, typoTolerated: true };
    }
  }
  return best;
}
