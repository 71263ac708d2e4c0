/**
 * `npm run bench`: the engine against hand-written loops that do the least the same job needs,
 * timed in alternating rounds in one process (a slow spell on a shared machine hits both alike)
 * and compared round by round. The quiz has 20 questions: 15 single-choice with 4 options, 3
 * multiple-choice all-or-nothing, 2 numeric; 5% of answers are missing; answers come from a seeded
 * generator.
 *
 * - warm: `scoreQuestion` on the same 20 question objects for 10,000 attempts, against a loop that
 *   compares answers with keys it derived once. Target: within 2x.
 * - server: each attempt is scored on question objects never seen before, as after `JSON.parse` of
 *   a stored attempt; the loop does the same parse, then derives keys and compares. Target: within 3x.
 * - submission: `scoreSubmission` of a posted record to a parsed stored attempt, to a full
 *   `AttemptResult` (objectives, counts, the recorded answers), reported as submissions per second.
 */
import { createQuiz, type Question, scoreQuestion, scoreSubmission, startAttempt } from "../../src/index.js";

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

type Key = { kind: 0; id: string } | { kind: 1; ids: string[] } | { kind: 2; value: number; tolerance: number };

/** The least a hand-written scorer needs from each question. */
function keysOf(list: readonly Question[]): Key[] {
  return list.map((q): Key => {
    if (q.type === "single-choice") return { kind: 0, id: q.choices.find((c) => c.correct)?.id ?? "" };
    if (q.type === "multiple-choice") return { kind: 1, ids: q.choices.filter((c) => c.correct).map((c) => c.id) };
    if (q.type === "numeric" && "value" in q.answer)
      return { kind: 2, value: q.answer.value, tolerance: q.answer.tolerance ?? 0 };
    throw new Error(`no hand-written key for ${q.type}`);
  });
}

function handScore(keys: readonly Key[], responses: readonly unknown[]): number {
  let total = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as Key;
    const r = responses[i];
    if (r === undefined) continue;
    if (key.kind === 0) total += r === key.id ? 1 : 0;
    else if (key.kind === 1) {
      const given = r as string[];
      total += given.length === key.ids.length && key.ids.every((id) => given.includes(id)) ? 1 : 0;
    } else total += Math.abs((r as number) - key.value) <= key.tolerance ? 1 : 0;
  }
  return total;
}

const random = prng(20260105);
const attempts: unknown[][] = Array.from({ length: 10_000 }, () =>
  questions.map((q) => {
    if (random() < 0.05) return undefined;
    if (q.type === "single-choice") return "abcd"[Math.floor(random() * 4)];
    if (q.type === "multiple-choice") return ["a", "b", "c", "d"].filter(() => random() < 0.5);
    return 10 + Math.floor(random() * 3) * 10 + (random() - 0.5);
  }),
);

// warm
const warmKeys = keysOf(questions);
function warmEngine(): number {
  let total = 0;
  for (const responses of attempts)
    for (let i = 0; i < questions.length; i++) total += scoreQuestion(questions[i] as Question, responses[i]).earned;
  return total;
}
function warmLoop(): number {
  let total = 0;
  for (const responses of attempts) total += handScore(warmKeys, responses);
  return total;
}

/**
 * The same job done by hand for these three types only: check the response (an unknown id is not
 * a wrong one), score it, and build a result of the engine's documented shape. It shows how much
 * of the gap to the bare loop is the job itself rather than the engine.
 */
function handResult(q: Question, r: unknown) {
  const possible = q.points ?? 1;
  if (r === undefined) return { questionId: q.id, status: "unanswered", earned: 0, possible };
  if (q.type === "single-choice") {
    let chosen: (typeof q.choices)[number] | undefined;
    let keyed: (typeof q.choices)[number] | undefined;
    for (const c of q.choices) {
      if (c.id === r) chosen = c;
      if (c.correct) keyed = c;
    }
    if (!chosen) return { questionId: q.id, status: "invalid", earned: 0, possible, reason: "unknown_id" };
    const earned = chosen === keyed ? possible : 0;
    return {
      questionId: q.id,
      status: earned ? "correct" : "incorrect",
      earned,
      possible,
      feedback: {
        explanation: q.explanation,
        messages: [],
        selectedIds: [chosen.id],
        correctIds: keyed ? [keyed.id] : [],
      },
    };
  }
  if (q.type === "multiple-choice") {
    const given = r as string[];
    if (given.length === 0) return { questionId: q.id, status: "unanswered", earned: 0, possible };
    for (const id of given)
      if (!q.choices.some((c) => c.id === id))
        return { questionId: q.id, status: "invalid", earned: 0, possible, reason: "unknown_id" };
    const selectedIds: string[] = [];
    const correctIds: string[] = [];
    let right = true;
    for (const c of q.choices) {
      const picked = given.includes(c.id);
      if (picked) selectedIds.push(c.id);
      if (c.correct) correctIds.push(c.id);
      if (picked !== (c.correct === true)) right = false;
    }
    const earned = right ? possible : 0;
    const feedback = { explanation: q.explanation, messages: [], selectedIds, correctIds };
    return { questionId: q.id, status: earned ? "correct" : "incorrect", earned, possible, feedback };
  }
  const target = (q as Extract<Question, { type: "numeric" }>).answer as { value: number; tolerance: number };
  const earned = Math.abs((r as number) - target.value) <= target.tolerance ? possible : 0;
  const feedback = { explanation: q.explanation, messages: [] };
  return { questionId: q.id, status: earned ? "correct" : "incorrect", earned, possible, feedback };
}
function handResultLoop(): number {
  let total = 0;
  for (const responses of attempts)
    for (let i = 0; i < questions.length; i++) total += handResult(questions[i] as Question, responses[i]).earned;
  return total;
}

// server: a stored attempt's questions, parsed afresh for every attempt
const stored = JSON.stringify(questions);
const serverAttempts = attempts.slice(0, 2000);
function serverEngine(): number {
  let total = 0;
  for (const responses of serverAttempts) {
    const fresh = JSON.parse(stored) as Question[];
    for (let i = 0; i < fresh.length; i++) total += scoreQuestion(fresh[i] as Question, responses[i]).earned;
  }
  return total;
}
function serverLoop(): number {
  let total = 0;
  for (const responses of serverAttempts) total += handScore(keysOf(JSON.parse(stored) as Question[]), responses);
  return total;
}

// submission: a stored attempt and a posted record, to a full AttemptResult
const quiz = createQuiz({ id: "bench", questions, shuffleQuestions: false });
const storedAttempt = JSON.stringify(startAttempt(quiz, { seed: "bench", now: 0, id: "bench" }));
const posted = attempts
  .slice(0, 2000)
  .map((responses) => Object.fromEntries(questions.map((q, i) => [q.id, responses[i]])));
function submissions(): number {
  let total = 0;
  for (const body of posted)
    total += scoreSubmission(JSON.parse(storedAttempt), body, { now: 1000 }).result?.earned ?? 0;
  return total;
}

function warmUp(fn: () => number, ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) fn();
}

/**
 * CPU seconds for one call of `fn`, and what it returned. CPU time, not wall time: on a shared
 * machine the wall clock also counts the time other processes held the core.
 */
function once(fn: () => number): [seconds: number, total: number] {
  const start = process.cpuUsage();
  const total = fn();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1e6, total];
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

interface Race {
  engine: number;
  loop: number;
  ratio: number;
  low: number;
  high: number;
}

/** Engine and loop in alternating rounds; rates are medians, the ratio is the median of per-round ratios. */
function race(engine: () => number, loop: () => number, count: number): Race {
  warmUp(engine, 1000);
  warmUp(loop, 1000);
  const engineSeconds: number[] = [];
  const loopSeconds: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const [es, et] = once(engine);
    const [ls, lt] = once(loop);
    if (Math.abs(et - lt) > 1e-6) throw new Error(`engine and loop disagree: ${et} vs ${lt}`);
    engineSeconds.push(es);
    loopSeconds.push(ls);
    ratios.push(es / ls);
  }
  return {
    engine: count / median(engineSeconds),
    loop: count / median(loopSeconds),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const report = (name: string, r: Race, target: number) =>
  console.log(
    `${name.padEnd(7)} engine ${fmt(r.engine).padStart(10)} attempts/s   loop ${fmt(r.loop).padStart(10)} attempts/s   ` +
      `ratio ${r.ratio.toFixed(2)}x (range ${r.low.toFixed(2)}-${r.high.toFixed(2)} over ${ROUNDS} rounds; target within ${target}x)`,
  );

console.log("quiz: 20 questions (15 single-choice, 3 multiple-choice all-or-nothing, 2 numeric), 5% unanswered");
const warm = race(warmEngine, warmLoop, attempts.length);
report("warm", warm, 2);
const sameJob = race(warmEngine, handResultLoop, attempts.length);
console.log(
  `        against a hand-written loop that also checks responses and builds the same result: ${sameJob.ratio.toFixed(2)}x (range ${sameJob.low.toFixed(2)}-${sameJob.high.toFixed(2)})`,
);
const server = race(serverEngine, serverLoop, serverAttempts.length);
report("server", server, 3);
warmUp(submissions, 1000);
const submitted = posted.length / median(Array.from({ length: ROUNDS }, () => once(submissions)[0]));
console.log(`submit  scoreSubmission on a parsed stored attempt, to an AttemptResult: ${fmt(submitted)} submissions/s`);
if (process.argv.includes("--check") && (warm.ratio > 2 || server.ratio > 3)) process.exitCode = 1;
