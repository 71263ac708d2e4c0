/**
 * `npm run bench`: scores 10,000 attempts of a 20-question quiz (15 single-choice with 4 options,
 * 3 multiple-choice all-or-nothing, 2 numeric; 5% unanswered; answers from a seeded generator)
 * with the engine, and the same attempts with a minimal hand-written loop that compares answers
 * to keys. Prints attempts per second for both and the ratio.
 */
import { createQuiz, type Question, scoreQuestion, scoreSubmission, startAttempt } from "../../src/index.js";

const ATTEMPTS = 10_000;
const ROUNDS = 21;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = { prompt: "Question", difficulty: 1 as const, objectiveIds: ["o"], sourceIds: ["s"], explanation: "Why." };
const questions: Question[] = [
  ...Array.from(
    { length: 15 },
    (_, i): Question => ({
      ...base,
      id: `single-${i}`,
      type: "single-choice",
      choices: ["a", "b", "c", "d"].map((id) => ({ id, text: id, ...(id === "abcd"[i % 4] ? { correct: true } : {}) })),
    }),
  ),
  ...Array.from(
    { length: 3 },
    (_, i): Question => ({
      ...base,
      id: `multi-${i}`,
      type: "multiple-choice",
      scoring: "all-or-nothing",
      choices: ["a", "b", "c", "d"].map((id) => ({
        id,
        text: id,
        ...(id === "a" || id === "bcd"[i] ? { correct: true } : {}),
      })),
    }),
  ),
  ...Array.from(
    { length: 2 },
    (_, i): Question => ({ ...base, id: `num-${i}`, type: "numeric", answer: { value: 10 * (i + 1), tolerance: 0.5 } }),
  ),
];

// The hand-written loop's keys, derived once from the questions.
const keys = questions.map((q) =>
  q.type === "single-choice"
    ? { kind: 0, id: q.choices.find((c) => c.correct)?.id }
    : q.type === "multiple-choice"
      ? { kind: 1, ids: q.choices.filter((c) => c.correct).map((c) => c.id) }
      : q.type === "numeric" && "value" in q.answer
        ? { kind: 2, value: q.answer.value, tolerance: q.answer.tolerance ?? 0 }
        : { kind: -1 },
);

const random = prng(20260105);
const attempts: unknown[][] = Array.from({ length: ATTEMPTS }, () =>
  questions.map((q) => {
    if (random() < 0.05) return undefined;
    if (q.type === "single-choice") return "abcd"[Math.floor(random() * 4)];
    if (q.type === "multiple-choice") return ["a", "b", "c", "d"].filter(() => random() < 0.5);
    return 10 + Math.floor(random() * 3) * 10 + (random() - 0.5);
  }),
);

function engine(): number {
  let total = 0;
  for (const responses of attempts) {
    for (let i = 0; i < questions.length; i++) total += scoreQuestion(questions[i] as Question, responses[i]).earned;
  }
  return total;
}

function handLoop(): number {
  let total = 0;
  for (const responses of attempts) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as (typeof keys)[number];
      const r = responses[i];
      if (r === undefined) continue;
      if (key.kind === 0) total += r === key.id ? 1 : 0;
      else if (key.kind === 1) {
        const given = r as string[];
        const ids = key.ids as string[];
        total += given.length === ids.length && ids.every((id) => given.includes(id)) ? 1 : 0;
      } else if (key.kind === 2)
        total += Math.abs((r as number) - (key.value as number)) <= (key.tolerance as number) ? 1 : 0;
    }
  }
  return total;
}

const quiz = createQuiz({ id: "bench", questions, shuffleQuestions: false });
const attempt = startAttempt(quiz, { seed: "bench", now: 0, id: "bench" });
const submissions = attempts
  .slice(0, 2000)
  .map((responses) => Object.fromEntries(questions.map((q, i) => [q.id, responses[i]])));
function wholeAttempts(): number {
  let total = 0;
  for (const posted of submissions) total += scoreSubmission(attempt, posted, { now: 0 }).result?.earned ?? 0;
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs `fn` until it has run for `ms` milliseconds, so the JIT has compiled it before timing starts. */
function warmUp(fn: () => number, ms: number): void {
  const end = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < end) fn();
}

/** Seconds for one call of `fn`, and what it returned. */
function once(fn: () => number): [seconds: number, total: number] {
  const start = process.hrtime.bigint();
  const total = fn();
  return [Number(process.hrtime.bigint() - start) / 1e9, total];
}

/** Median attempts per second of each function, and the median and range of loop/engine per round. */
interface Race {
  engine: number;
  loop: number;
  ratio: number;
  ratios: [low: number, high: number];
  total: [engine: number, loop: number];
}

/**
 * Times the engine and the loop in alternating rounds, so a slow spell on a shared machine hits
 * both alike, and takes the ratio within each round.
 */
function race(count: number): Race {
  warmUp(engine, 1000);
  warmUp(handLoop, 1000);
  const engineSeconds: number[] = [];
  const loopSeconds: number[] = [];
  const ratios: number[] = [];
  const total: [number, number] = [0, 0];
  for (let round = 0; round < ROUNDS; round++) {
    const [es, et] = once(engine);
    const [ls, lt] = once(handLoop);
    engineSeconds.push(es);
    loopSeconds.push(ls);
    ratios.push(es / ls);
    total[0] = et;
    total[1] = lt;
  }
  ratios.sort((a, b) => a - b);
  return {
    engine: count / median(engineSeconds),
    loop: count / median(loopSeconds),
    ratio: median(ratios),
    ratios: [ratios[0] as number, ratios[ratios.length - 1] as number],
    total,
  };
}

/** Median attempts per second of `fn`. */
function rate(fn: () => number, count: number): number {
  warmUp(fn, 1000);
  return count / median(Array.from({ length: ROUNDS }, () => once(fn)[0]));
}

const r = race(ATTEMPTS);
if (Math.abs(r.total[0] - r.total[1]) > 1e-6)
  throw new Error(`engine and loop disagree: ${r.total[0]} vs ${r.total[1]}`);
const whole = rate(wholeAttempts, submissions.length);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(`quiz: 20 questions (15 single-choice, 3 multiple-choice all-or-nothing, 2 numeric), 5% unanswered`);
console.log(`${ROUNDS} alternating rounds of ${fmt(ATTEMPTS)} attempts each, after 1 s of warm-up per side`);
console.log(`engine scoreQuestion:      ${fmt(r.engine)} attempts/s`);
console.log(`hand-written key loop:     ${fmt(r.loop)} attempts/s`);
console.log(
  `ratio (loop / engine):     ${r.ratio.toFixed(2)}x median of rounds (range ${r.ratios[0].toFixed(2)}-${r.ratios[1].toFixed(2)}; target: within 3x)`,
);
console.log(`scoreSubmission (quiz → AttemptResult with objectives): ${fmt(whole)} attempts/s`);
console.log(`both scored ${r.total[0]} points in total`);
