/**
 * What a learner earns by guessing at random: the baseline a quiz must hold a test-wise learner to.
 *
 * Random guessing picks uniformly among the complete answers the question's form allows: one option
 * of a single choice; any non-empty selection of a select-all; true or false; any order of an
 * ordering; any response for each premise of a matching, any category for each item of a
 * categorize and any choice for each choice blank of a cloze. Typed answers (short text, numeric,
 * typed blanks) earn nothing by guessing. The expected credit is computed with the engine's own
 * scorer, exactly where the answers can be listed (up to {@link ENUMERATION_LIMIT}) and from a
 * seeded sample otherwise.
 */
import { hashString } from "../src/_lib/semantics.js";
import type { Lesson, Question } from "../src/index.js";
import { scoreQuestion } from "../src/index.js";

/** Above this many possible answers, the expectation is estimated from {@link SAMPLE_SIZE} seeded draws. */
export const ENUMERATION_LIMIT = 50_000;

/** Draws used when the answers are too many to list. */
export const SAMPLE_SIZE = 5_000;

/** A small seeded generator (mulberry32); the same question always gives the same sample. */
function generator(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every combination of one value per slot, or a sample of them when there are too many. */
function* combinations(slots: readonly (readonly string[])[], seed: string): Generator<string[]> {
  const total = slots.reduce((n, values) => n * values.length, 1);
  if (total <= ENUMERATION_LIMIT) {
    const picks = slots.map(() => 0);
    for (let i = 0; i < total; i++) {
      yield picks.map((p, s) => slots[s]?.[p] ?? "");
      for (let s = slots.length - 1; s >= 0; s--) {
        picks[s] = (picks[s] ?? 0) + 1;
        if ((picks[s] ?? 0) < (slots[s]?.length ?? 0)) break;
        picks[s] = 0;
      }
    }
    return;
  }
  const random = generator(seed);
  for (let i = 0; i < SAMPLE_SIZE; i++) yield slots.map((values) => values[Math.floor(random() * values.length)] ?? "");
}

/** Every order of the ids, or a sample of shuffles when there are too many. */
function* permutations(ids: readonly string[], seed: string): Generator<string[]> {
  let total = 1;
  for (let n = 2; n <= ids.length && total <= ENUMERATION_LIMIT; n++) total *= n;
  if (total <= ENUMERATION_LIMIT) {
    // Heap's algorithm, iterative.
    const a = [...ids];
    const c = a.map(() => 0);
    yield [...a];
    let i = 0;
    while (i < a.length) {
      if ((c[i] ?? 0) < i) {
        const j = i % 2 === 0 ? 0 : (c[i] ?? 0);
        [a[j], a[i]] = [a[i] as string, a[j] as string];
        yield [...a];
        c[i] = (c[i] ?? 0) + 1;
        i = 0;
      } else {
        c[i] = 0;
        i += 1;
      }
    }
    return;
  }
  const random = generator(seed);
  for (let k = 0; k < SAMPLE_SIZE; k++) {
    const a = [...ids];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [a[i], a[j]] = [a[j] as string, a[i] as string];
    }
    yield a;
  }
}

/** Every non-empty selection of the ids, or a sample of them when there are too many. */
function* selections(ids: readonly string[], seed: string): Generator<string[]> {
  const onOff = ids.map(() => ["", "x"]);
  for (const picks of combinations(onOff, seed)) {
    const chosen = ids.filter((_, i) => picks[i] === "x");
    if (chosen.length > 0) yield chosen;
  }
}

/** The guesses random guessing makes at a question, each equally likely. */
function guesses(question: Question): Iterable<unknown> {
  const seed = `random-guessing/${question.id}`;
  switch (question.type) {
    case "single-choice":
      return question.choices.map((c) => c.id);
    case "multiple-choice":
      return selections(
        question.choices.map((c) => c.id),
        seed,
      );
    case "true-false":
      return [true, false];
    case "short-text":
    case "numeric":
      return [];
    case "ordering":
      return permutations(
        question.items.map((i) => i.id),
        seed,
      );
    case "matching": {
      const responses = question.responses.map((r) => r.id);
      return mapped(
        combinations(
          question.premises.map(() => responses),
          seed,
        ),
        (picks) => Object.fromEntries(question.premises.map((p, i) => [p.id, picks[i]])),
      );
    }
    case "categorize": {
      const categories = question.categories.map((c) => c.id);
      return mapped(
        combinations(
          question.items.map(() => categories),
          seed,
        ),
        (picks) => Object.fromEntries(question.items.map((item, i) => [item.id, picks[i]])),
      );
    }
    case "cloze": {
      const choiceBlanks = question.blanks.flatMap((b) => (b.kind === "choice" ? [b] : []));
      if (choiceBlanks.length === 0) return [];
      return mapped(
        combinations(
          choiceBlanks.map((b) => b.choices.map((c) => c.id)),
          seed,
        ),
        (picks) => Object.fromEntries(choiceBlanks.map((b, i) => [b.id, picks[i]])),
      );
    }
    default:
      return [];
  }
}

function* mapped<T, U>(values: Iterable<T>, map: (value: T) => U): Generator<U> {
  for (const value of values) yield map(value);
}

/**
 * The share of a question's points random guessing earns on average (0 for typed answers).
 *
 * @param question - A question with its key.
 * @returns Expected earned points divided by possible points.
 * @example
 * guessingShare(fourOptionSingleChoice)
 * //=> 0.25
 */
export function guessingShare(question: Question): number {
  let total = 0;
  let count = 0;
  let possible = 0;
  for (const guess of guesses(question)) {
    const result = scoreQuestion(question, guess);
    total += result.earned;
    possible = result.possible;
    count += 1;
  }
  return count === 0 || possible === 0 ? 0 : total / count / possible;
}

/**
 * The percent of a lesson's points random guessing earns on average, weighting each question by
 * its points.
 *
 * @example
 * guessingPercent(lesson)
 * //=> 24.7
 */
export function guessingPercent(lesson: Lesson): number {
  let earned = 0;
  let possible = 0;
  for (const question of lesson.questions) {
    const points = question.points ?? 1;
    earned += points * guessingShare(question);
    possible += points;
  }
  return possible === 0 ? 0 : (100 * earned) / possible;
}
