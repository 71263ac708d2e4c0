import { answerFractionOf, normalizeText, textMatchingOf } from "../../_lib/semantics.js";
import { editDistance } from "../../_lib/text.js";
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
  const options = textMatchingOf(matching);
  const normalized = normalizeText(given, options);
  const tolerance = options.typoTolerance;
  let best: TextMatch | null = null;
  // The typo pass only looks for answers worth more than the best exact match.
  for (const typoTolerated of tolerance > 0 ? [false, true] : [false]) {
    for (const answer of answers) {
      const fraction = answerFractionOf(answer);
      if (best !== null && best.fraction >= fraction) continue;
      const target = normalizeText(answer.text, options);
      const length = Array.from(target).length;
      const allowed = Math.floor(tolerance * length);
      // Answers of three characters or fewer must match exactly.
      if (
        typoTolerated
          ? length > 3 && allowed > 0 && editDistance(normalized, target, allowed) <= allowed
          : target === normalized
      )
        best = { answer, fraction, typoTolerated };
    }
  }
  return best;
}
