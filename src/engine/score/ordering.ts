import { orderingScoringOf } from "../../_lib/semantics.js";
import type { OrderingScoring, QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult } from "../types.js";
import { scored } from "./_shared.js";

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

/**
 * Each mode maps `ranks` (the key position of each item, in the learner's order) to a fraction.
 * n items; a pair is concordant when the learner has it in the key's relative order.
 */
const modes: { [M in OrderingScoring]: (ranks: readonly number[]) => number } = {
  "all-or-nothing": (ranks) => (ranks.every((rank, i) => rank === i) ? 1 : 0),
  position: (ranks) => ranks.filter((rank, i) => rank === i).length / ranks.length,
  "adjacent-pairs": (ranks) => {
    let kept = 0;
    for (let i = 1; i < ranks.length; i++) if (ranks[i] === (ranks[i - 1] as number) + 1) kept++;
    return kept / (ranks.length - 1);
  },
  "longest-ordered-subsequence": (ranks) => {
    const longest = longestIncreasing(ranks);
    return longest < 2 ? 0 : longest / ranks.length;
  },
  "kendall-tau": (ranks) => {
    let concordant = 0;
    for (let i = 0; i < ranks.length; i++) {
      for (let j = i + 1; j < ranks.length; j++) if ((ranks[i] as number) < (ranks[j] as number)) concordant++;
    }
    return concordant / ((ranks.length * (ranks.length - 1)) / 2);
  },
};

/**
 * Scores an ordering in one of five modes: `all-or-nothing`; `position` (share of items in their
 * key position); `adjacent-pairs` (share of the key's n − 1 neighbouring pairs kept next to each
 * other in order); `longest-ordered-subsequence` (longest run in key order, not necessarily
 * contiguous, over n; 0 below 2); `kendall-tau` (share of all pairs in key order, i.e. (τ + 1) / 2).
 */
export function scoreOrdering(
  question: Readonly<QuestionOfType<"ordering">>,
  response: readonly string[],
): QuestionResult {
  const ranks = response.map((id) => question.correctOrder.indexOf(id));
  const parts = question.correctOrder.map(
    (expected, i): PartFeedback => ({
      id: String(i),
      correct: response[i] === expected,
      given: response[i] as string,
      expected,
    }),
  );
  return scored(question, modes[orderingScoringOf(question)](ranks), {
    explanation: question.explanation,
    messages: [],
    parts,
  });
}
