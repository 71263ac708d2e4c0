/**
 * A test-wise learner: knows nothing of civics, sees only what a learner's browser receives
 * (`toPublicAttempt`), and answers from surface cues alone. Where the ids of a list number its
 * entries (`option-a`, `option-b`; `p1`, `p2`; a run of letters or numbers at the end of every id),
 * it reads them as the authored order, in which authors tend to write the key first:
 *
 * - single choice and choice blanks: the option whose id comes first (ends in `a` or `1`);
 *   otherwise the longest option (the first shown on a tie);
 * - select all that apply: the first half of the options by id; otherwise every option at least
 *   as long as the options' mean length;
 * - true-false: always false;
 * - ordering: the items in id order; otherwise the order shown, except that items naming a year
 *   are put in year order;
 * - matching: premises and responses paired by their ids' numbers (`p1` with `r1`); premises keep
 *   their authored order on screen, so numbered responses alone are paired with the premises as
 *   shown; otherwise the first premise shown to the first response shown, and so on;
 * - categorize: the items (in id order if numbered, else as shown) split into equal runs, the
 *   first run to the first category (by id if numbered, else as shown), and so on;
 * - short text and typed blanks: the words of the question's id (or of its objective ids, or the
 *   blank's id) that the prompt does not contain; numeric: a number in the question id the prompt
 *   does not contain. Otherwise it leaves them blank.
 *
 * `testWiseScore` runs it on a lesson over many seeded attempts and compares the mean with random
 * guessing. A lesson whose questions measure knowledge holds it within a few points of chance.
 *
 * Usage: npx tsx scripts/test-wise-learner.ts [lesson-id ...]   (exits 1 when a lesson's gap is over 5 points)
 */
import type { Lesson, PublicAttempt, PublicOption, PublicQuestion } from "../src/index.js";
import { createQuiz, scoreQuestion, startAttempt, toPublicAttempt } from "../src/index.js";
import { STOP_WORDS, wordsOf } from "./item-quality/words.js";
import { textTable } from "./item-quality.js";
import { guessingPercent } from "./random-guessing.js";

/** Words that say what kind of answer is wanted, not what it is. */
const GENERIC_ID_WORDS = new Set(
  (
    "name names term author count number days years percent amount excerpt cloze claim check question " +
    "status meaning definition blank who what which when where why how"
  ).split(" "),
);

const longest = (options: readonly PublicOption[]): PublicOption | undefined =>
  options.reduce<PublicOption | undefined>(
    (best, o) => (best === undefined || o.text.length > best.text.length ? o : best),
    undefined,
  );

/**
 * The position an id names by its final letter or number, if it ends in one.
 *
 * @example
 * trailingRank("option-c") //=> 2
 * trailingRank("p3")       //=> 3
 * trailingRank("veto")     //=> undefined
 */
export function trailingRank(id: string): number | undefined {
  const number = /(\d+)$/.exec(id);
  if (number) return Number(number[1]);
  const letter = /(?:^|-)([a-z])$/.exec(id);
  return letter?.[1] === undefined ? undefined : letter[1].charCodeAt(0) - 97;
}

/**
 * The entries in the order their ids number them, when every id ends in a different letter or
 * number and the numbers form a run (a, b, c; 1, 2, 4), not years or counts; otherwise undefined.
 * A number the entry's own text shows (`y1800` for "1800") is content, not a position.
 *
 * @example
 * inIdOrder([{ id: "option-b", text: "Congress" }, { id: "option-a", text: "The courts" }])
 * //=> [{ id: "option-a", text: "The courts" }, { id: "option-b", text: "Congress" }]
 */
export function inIdOrder<T extends { id: string; text: string }>(entries: readonly T[]): T[] | undefined {
  const ranked = entries.map((entry) => {
    const rank = trailingRank(entry.id);
    const shown = rank !== undefined && /\d$/.test(entry.id) && wordsOf(entry.text).includes(String(rank));
    return { entry, rank: shown ? undefined : rank };
  });
  const ranks = ranked.map((r) => r.rank ?? Number.NaN);
  if (entries.length < 2 || ranks.some(Number.isNaN) || new Set(ranks).size !== ranks.length) return undefined;
  if (Math.max(...ranks) - Math.min(...ranks) >= 2 * entries.length) return undefined;
  return ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((r) => r.entry);
}

/** The option a learner who reads ids as positions picks: the first by id, else the longest. */
const firstByIdOrLongest = (options: readonly PublicOption[]): PublicOption | undefined =>
  inIdOrder(options)?.[0] ?? longest(options);

/** Id words that are neither function words, generic words, nor words of the visible text. */
function idGuess(ids: readonly string[], visible: string): string | undefined {
  const shown = new Set(wordsOf(visible));
  for (const id of ids) {
    const words = wordsOf(id).filter(
      (w) => !STOP_WORDS.has(w) && !GENERIC_ID_WORDS.has(w) && !shown.has(w) && !/\d/.test(w),
    );
    if (words.length > 0) return words.join(" ");
  }
  return undefined;
}

/** The first year (four digits from 1000 to 2099) a text names, or Infinity. */
function yearIn(text: string): number {
  const match = /\b(1\d{3}|20\d{2})\b/.exec(text);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * The test-wise learner's response to one public question, or `undefined` when it leaves the
 * question blank.
 *
 * @param question - A public question, as a learner's browser receives it.
 * @returns A response in the shape the engine scores.
 * @example
 * testWiseResponse({ type: "true-false", ... })
 * //=> false
 */
export function testWiseResponse(question: PublicQuestion): unknown {
  switch (question.type) {
    case "single-choice":
      return firstByIdOrLongest(question.choices)?.id;
    case "multiple-choice": {
      const byId = inIdOrder(question.choices);
      if (byId) return byId.slice(0, Math.ceil(byId.length / 2)).map((c) => c.id);
      const mean = question.choices.reduce((sum, c) => sum + c.text.length, 0) / question.choices.length;
      return question.choices.filter((c) => c.text.length >= mean).map((c) => c.id);
    }
    case "true-false":
      return false;
    case "short-text":
      return idGuess([question.id, ...question.objectiveIds, ...question.tags], question.prompt);
    case "numeric": {
      const shown = new Set(question.prompt.match(/\d+/g) ?? []);
      const number = wordsOf(question.id).find((w) => /^\d+$/.test(w) && !shown.has(w));
      return number === undefined ? undefined : Number(number);
    }
    case "ordering":
      return (
        inIdOrder(question.items) ??
        question.items
          .map((item, shown) => ({ item, shown, year: yearIn(item.text) }))
          .sort((a, b) => (a.year === b.year ? a.shown - b.shown : a.year - b.year))
          .map(({ item }) => item)
      ).map((item) => item.id);
    case "matching": {
      const premises = inIdOrder(question.premises) ?? question.premises;
      const responses = inIdOrder(question.responses) ?? question.responses;
      return Object.fromEntries(premises.map((p, i) => [p.id, responses[i % responses.length]?.id]));
    }
    case "categorize": {
      const items = inIdOrder(question.items) ?? question.items;
      const categories = inIdOrder(question.categories) ?? question.categories;
      const run = Math.ceil(items.length / categories.length);
      return Object.fromEntries(items.map((item, i) => [item.id, categories[Math.floor(i / run)]?.id]));
    }
    case "cloze":
      return Object.fromEntries(
        question.blanks.flatMap((blank) => {
          const answer =
            blank.kind === "choice"
              ? firstByIdOrLongest(blank.choices)?.id
              : idGuess([blank.id], `${question.prompt} ${question.text.replace(/\{\{[^{}]*\}\}/g, " ")}`);
          return answer === undefined ? [] : [[blank.id, answer]];
        }),
      );
    default:
      return undefined;
  }
}

/**
 * The test-wise learner's responses to a whole attempt, keyed by question id (blank questions left out).
 *
 * @example
 * testWiseResponses(toPublicAttempt(attempt))
 * //=> { "q1": "c2", "q5": false, ... }
 */
export function testWiseResponses(attempt: PublicAttempt): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const question of attempt.questions) {
    const response = testWiseResponse(question);
    if (response !== undefined) out[question.id] = response;
  }
  return out;
}

/** How the test-wise learner did on one lesson, against random guessing. */
export interface TestWiseScore {
  /** The lesson id. */
  id: string;
  /** Mean percent of the lesson's points the test-wise learner earned over the seeded attempts. */
  testWise: number;
  /** Lowest and highest percent of a single attempt. */
  range: [number, number];
  /** Percent random guessing earns on average. */
  chance: number;
  /** `testWise - chance`, in percentage points. */
  gap: number;
}

/** The seeds of the attempts the learner takes by default. */
export const DEFAULT_ATTEMPTS = 40;

/**
 * Lets the test-wise learner take `attempts` seeded attempts at every question of a lesson (each
 * with its own option order) and compares its mean score with random guessing.
 *
 * @param lesson - A lesson.
 * @param attempts - How many seeded attempts to average (default {@link DEFAULT_ATTEMPTS}).
 * @returns Its mean, lowest and highest percent, random guessing's percent and the gap.
 * @example
 * testWiseScore(lesson)
 * //=> { id: "three-branches-and-checks", testWise: 55.1, range: [49.2, 61.3], chance: 23.2, gap: 31.9 }
 */
export function testWiseScore(lesson: Lesson, attempts = DEFAULT_ATTEMPTS): TestWiseScore {
  const quiz = createQuiz({ id: `test-wise/${lesson.id}`, lessons: [lesson] });
  const percents: number[] = [];
  for (let i = 0; i < attempts; i++) {
    const attempt = startAttempt(quiz, { seed: `test-wise-${i}`, now: "2026-01-01T00:00:00Z", id: `test-wise-${i}` });
    const responses = testWiseResponses(toPublicAttempt(attempt));
    let earned = 0;
    let possible = 0;
    for (const question of attempt.questions) {
      const result = scoreQuestion(question, responses[question.id]);
      earned += result.earned;
      possible += result.possible;
    }
    percents.push(possible === 0 ? 0 : (100 * earned) / possible);
  }
  const testWise = percents.reduce((a, b) => a + b, 0) / percents.length;
  const chance = guessingPercent(lesson);
  return {
    id: lesson.id,
    testWise,
    range: [Math.min(...percents), Math.max(...percents)],
    chance,
    gap: testWise - chance,
  };
}

/** The largest gap, in percentage points either way, a lesson may show between the learner and chance. */
export const MAX_GAP_POINTS = 5;

const fixed = (n: number): string => n.toFixed(1);

/**
 * The learner's scores as a plain-text table, one line per lesson and, for several lessons, their
 * mean. Lines whose gap is over {@link MAX_GAP_POINTS} are marked.
 *
 * @example
 * testWiseTable([testWiseScore(lesson)])[2]
 * //=> "three-branches-and-checks  63.2  60.5-66.3  23.2  +40.0  over"
 */
export function testWiseTable(scores: readonly TestWiseScore[]): string[] {
  const rows = scores.map((s) => [
    s.id,
    fixed(s.testWise),
    `${fixed(s.range[0])}-${fixed(s.range[1])}`,
    fixed(s.chance),
    `${s.gap >= 0 ? "+" : ""}${fixed(s.gap)}`,
    Math.abs(s.gap) > MAX_GAP_POINTS ? "over" : "ok",
  ]);
  if (scores.length > 1) {
    const mean = (pick: (s: TestWiseScore) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
    const gap = mean((s) => s.gap);
    rows.push([
      "mean of lessons",
      fixed(mean((s) => s.testWise)),
      "",
      fixed(mean((s) => s.chance)),
      `${gap >= 0 ? "+" : ""}${fixed(gap)}`,
      "",
    ]);
  }
  return textTable(["Lesson", "Test-wise %", "Range", "Chance %", "Gap", `Within ${MAX_GAP_POINTS}`], rows);
}

if (process.argv[1]?.endsWith("test-wise-learner.ts")) {
  const { loadLessons } = await import("./generate-catalog.js");
  const all = await loadLessons();
  const ids = process.argv.slice(2);
  const unknown = ids.filter((id) => !all.some((lesson) => lesson.id === id));
  if (unknown.length > 0) {
    console.error(`unknown lesson(s): ${unknown.join(", ")}`);
    process.exitCode = 2;
  } else {
    const scores = (ids.length === 0 ? all : all.filter((lesson) => ids.includes(lesson.id))).map((lesson) =>
      testWiseScore(lesson),
    );
    process.stdout.write(
      `Test-wise learner (${DEFAULT_ATTEMPTS} seeded attempts per lesson) against random guessing:\n${testWiseTable(scores).join("\n")}\n`,
    );
    process.exitCode = scores.some((s) => Math.abs(s.gap) > MAX_GAP_POINTS) ? 1 : 0;
  }
}
