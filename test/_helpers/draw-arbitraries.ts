/**
 * Random small quiz pools and draw rules, and an independent brute-force answer to "can every
 * rule be met at once?", for property tests of the draw.
 */
import type { DrawRule, Question } from "civics-lessons";
import fc from "fast-check";

const OBJECTIVES = ["a", "b", "c"];
const TAGS = ["t1", "t2"];

/** A question of the pool: only what the draw reads varies. */
function question(
  id: string,
  objectiveIds: string[],
  tags: string[],
  difficulty: 1 | 2 | 3,
  numeric: boolean,
): Question {
  const base = { id, prompt: "Q", difficulty, objectiveIds, tags, sourceIds: ["s"], explanation: "Why." };
  return numeric ? { ...base, type: "numeric", answer: { value: 1 } } : { ...base, type: "true-false", answer: true };
}

const questionArb = (id: string) =>
  fc
    .record({
      objectiveIds: fc.subarray(OBJECTIVES, { minLength: 1, maxLength: 2 }),
      tags: fc.subarray(TAGS),
      difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
      numeric: fc.boolean(),
    })
    .map((q) => question(id, q.objectiveIds, q.tags, q.difficulty, q.numeric));

const filterArbs = {
  objectiveIds: fc.subarray(OBJECTIVES, { minLength: 1, maxLength: 2 }),
  tags: fc.subarray(TAGS, { minLength: 1, maxLength: 1 }),
  difficulty: fc.subarray([1, 2, 3] as (1 | 2 | 3)[], { minLength: 1, maxLength: 2 }),
  types: fc.constantFrom<("true-false" | "numeric")[]>(["true-false"], ["numeric"]),
};

/** A count, a perObjective or both, with at most two filters, so that rules often compete for questions. */
const ruleArb: fc.Arbitrary<DrawRule> = fc
  .tuple(
    fc.oneof(
      fc.record({ count: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ perObjective: fc.constantFrom(1, 1, 2) }),
      fc.record({ count: fc.integer({ min: 1, max: 2 }), perObjective: fc.constant(1) }),
    ),
    fc.subarray(Object.keys(filterArbs) as (keyof typeof filterArbs)[], { maxLength: 2 }),
  )
  .chain(([amount, filters]) =>
    fc
      .record(Object.fromEntries(filters.map((f) => [f, filterArbs[f]])))
      .map((chosen) => ({ ...amount, ...chosen }) as DrawRule),
  );

/** A pool of 2-10 questions, 1-3 rules and sometimes a cap: about half of them can be met. */
export const drawSpecArb = fc.record({
  id: fc.constantFrom("z", "z1", "unit", "quiz-7"),
  questions: fc
    .integer({ min: 2, max: 10 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`q${i}`)))),
  draw: fc.array(ruleArb, { minLength: 1, maxLength: 3 }),
  maxQuestions: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});

export type DrawSpec = typeof drawSpecArb extends fc.Arbitrary<infer T> ? T : never;

function fits(rule: DrawRule, q: Question): boolean {
  if (rule.objectiveIds && !q.objectiveIds.some((o) => rule.objectiveIds?.includes(o))) return false;
  if (rule.tags && !(q.tags ?? []).some((t) => rule.tags?.includes(t))) return false;
  if (rule.difficulty && !rule.difficulty.includes(q.difficulty)) return false;
  if (rule.types && !rule.types.includes(q.type)) return false;
  return true;
}

/** The places the rules ask for, each as the list of questions that may fill it; null when a rule covers nothing. */
export function placesOf(questions: readonly Question[], draw: readonly DrawRule[]): Question[][] | null {
  const places: Question[][] = [];
  for (const rule of draw) {
    const candidates = questions.filter((q) => fits(rule, q));
    if (rule.perObjective !== undefined) {
      const objectives = [...new Set(rule.objectiveIds ?? candidates.flatMap((q) => q.objectiveIds))];
      if (objectives.length === 0) return null;
      for (const objective of objectives)
        for (let k = 0; k < rule.perObjective; k++)
          places.push(candidates.filter((q) => q.objectiveIds.includes(objective)));
    }
    for (let k = 0; k < (rule.count ?? 0); k++) places.push(candidates);
  }
  return places;
}

/** Whether distinct questions can fill every place: plain backtracking, no cleverness. */
export function canFill(places: readonly Question[][], used = new Set<Question>(), from = 0): boolean {
  if (from === places.length) return true;
  for (const q of places[from] as Question[]) {
    if (used.has(q)) continue;
    used.add(q);
    if (canFill(places, used, from + 1)) return true;
    used.delete(q);
  }
  return false;
}

/** Whether some draw meets every rule of the spec. */
export function feasible(spec: Pick<DrawSpec, "questions" | "draw">): boolean {
  const places = placesOf(spec.questions, spec.draw);
  return places !== null && canFill(places);
}
