/**
 * The long check of the draw, too slow for `npm test`: generates random pools and draw rules until
 * 10,000 quizzes are accepted by `createQuiz`, starts each with 20 random seeds, and counts
 * failures. It also compares every acceptance or refusal with an independent brute-force answer.
 *
 *   npx tsx test/bench/draw-feasibility.ts [accepted=10000] [seeds=20]
 */
import fc from "fast-check";
import { createQuiz, type Question, QuizError, startAttempt } from "../../src/index.js";
import { canFill, type DrawSpec, drawSpecArb, feasible, placesOf } from "../_helpers/draw-arbitraries.js";

const WANTED = Number(process.argv[2] ?? 10_000);
const SEEDS = Number(process.argv[3] ?? 20);

let generated = 0;
let accepted = 0;
let refused = 0;
let startFailures = 0;
let wrongDraws = 0;
let refusedButFeasible = 0;
let acceptedButInfeasible = 0;
let starts = 0;
const examples: string[] = [];
const note = (what: string, spec: DrawSpec, detail = "") => {
  if (examples.length < 5)
    examples.push(`${what}: ${JSON.stringify({ draw: spec.draw, max: spec.maxQuestions })} ${detail}`);
};

const started = Date.now();
let batch = 0;
while (accepted < WANTED) {
  for (const [spec, seeds] of fc.sample(
    fc.tuple(drawSpecArb, fc.array(fc.string(), { minLength: SEEDS, maxLength: SEEDS })),
    { numRuns: 1000, seed: 20261204 + batch++ },
  )) {
    if (accepted >= WANTED) break;
    generated++;
    const possible = feasible(spec);
    let quiz: ReturnType<typeof createQuiz>;
    try {
      quiz = createQuiz(spec);
    } catch (error) {
      if (!(error instanceof QuizError)) throw error;
      refused++;
      if (possible) {
        refusedButFeasible++;
        note("refused but feasible", spec, error.message);
      }
      continue;
    }
    accepted++;
    if (!possible) {
      acceptedButInfeasible++;
      note("accepted but infeasible", spec);
    }
    const places = placesOf(spec.questions, spec.draw) as Question[][];
    for (const seed of seeds) {
      starts++;
      let drawn: Question[];
      try {
        drawn = startAttempt(quiz, { seed, now: 0, id: "x" }).questions;
      } catch (error) {
        startFailures++;
        note("start failed", spec, `seed ${JSON.stringify(seed)}: ${(error as Error).message}`);
        continue;
      }
      const ids = new Set(drawn.map((q) => q.id));
      const expectedSize = Math.min(places.length, spec.maxQuestions ?? Number.POSITIVE_INFINITY);
      const fills = spec.maxQuestions !== null || canFill(places.map((fill) => fill.filter((q) => ids.has(q.id))));
      if (ids.size !== drawn.length || drawn.length !== expectedSize || !fills) {
        wrongDraws++;
        note("wrong draw", spec, `seed ${JSON.stringify(seed)}`);
      }
    }
  }
}

console.log(
  `generated ${generated} random quizzes (pools of 2-10 questions, 1-3 rules): ${accepted} accepted, ${refused} refused`,
);
console.log(`started the accepted ones with ${SEEDS} seeds each: ${starts} starts`);
console.log(
  `startAttempt failures: ${startFailures}; draws that break a rule, repeat a question or miss the size: ${wrongDraws}`,
);
console.log(
  `against brute force: refused but feasible ${refusedButFeasible}, accepted but infeasible ${acceptedButInfeasible}`,
);
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const example of examples) console.log(`  ${example}`);
if (startFailures + wrongDraws + refusedButFeasible + acceptedButInfeasible > 0) process.exitCode = 1;
