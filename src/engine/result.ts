import { percentOf, round } from "../_lib/semantics.js";
import type { Question } from "../schema/types.js";
import type { QuestionResult, QuestionStatus } from "./types.js";

/** Earned and possible points for one objective. */
export interface ObjectiveResult {
  /** The objective id. */
  objectiveId: string;
  /** Points earned on questions assessing it. */
  earned: number;
  /** Points possible on those questions. */
  possible: number;
  /** earned / possible (0 when nothing was possible). */
  ratio: number;
  /** Whether `ratio` reached the quiz's mastery threshold. */
  mastered: boolean;
  /** The questions that assess it. */
  questionIds: string[];
}

/** Earned and possible points for one tag. */
export interface TagResult {
  /** The tag. */
  tag: string;
  /** Points earned on questions with the tag. */
  earned: number;
  /** Points possible on them. */
  possible: number;
  /** earned / possible. */
  ratio: number;
}

/** The scored outcome of a whole attempt. */
export interface AttemptResult {
  /** The attempt id. */
  attemptId: string;
  /** The quiz id. */
  quizId: string;
  /** Points earned (never below 0 overall, even with negative marking). */
  earned: number;
  /** Points possible. */
  possible: number;
  /** earned / possible × 100, rounded to two decimals. */
  percent: number;
  /** Whether `percent` reached the passing percentage. */
  passed: boolean;
  /** When the attempt started (ISO 8601). */
  startedAt: string;
  /** When it was submitted or scored (ISO 8601). */
  submittedAt: string;
  /** Seconds between start and submission. */
  durationSeconds: number;
  /** One result per question, in the order the learner saw them. */
  questions: QuestionResult[];
  /** Per-objective mastery. */
  objectives: ObjectiveResult[];
  /** Per-tag breakdown. */
  tags: TagResult[];
  /** How many questions ended in each status, and how many answers came late. */
  counts: Record<QuestionStatus | "late", number>;
}

type Bucket = { earned: number; possible: number; questionIds: string[] };

function add(map: Map<string, Bucket>, key: string, result: QuestionResult): void {
  const bucket = map.get(key) ?? { earned: 0, possible: 0, questionIds: [] };
  bucket.earned += result.earned;
  bucket.possible += result.possible;
  bucket.questionIds.push(result.questionId);
  map.set(key, bucket);
}

function totals(b: Bucket): { earned: number; possible: number; ratio: number } {
  return {
    earned: round(b.earned),
    possible: round(b.possible),
    ratio: b.possible > 0 ? round(Math.max(0, b.earned) / b.possible) : 0,
  };
}

/** Folds question results into totals, per-objective mastery and per-tag breakdowns. */
export function summarize(
  attempt: {
    id: string;
    quizId: string;
    startedAt: string;
    questions: readonly Question[];
    settings: { passingPercent: number; masteryThreshold: number };
  },
  results: QuestionResult[],
  submittedAt: string,
): AttemptResult {
  const objectives = new Map<string, Bucket>();
  const tags = new Map<string, Bucket>();
  const counts: AttemptResult["counts"] = { correct: 0, partial: 0, incorrect: 0, unanswered: 0, invalid: 0, late: 0 };
  let earned = 0;
  let possible = 0;
  results.forEach((result, i) => {
    const question = attempt.questions[i] as Question;
    earned += result.earned;
    possible += result.possible;
    counts[result.status]++;
    if (result.late) counts.late++;
    for (const id of question.objectiveIds) add(objectives, id, result);
    for (const tag of question.tags ?? []) add(tags, tag, result);
  });
  earned = round(Math.max(0, earned));
  const percent = percentOf(earned, possible);
  const start = new Date(attempt.startedAt);
  const end = new Date(submittedAt);
  return {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    earned,
    possible: round(possible),
    percent,
    passed: percent >= attempt.settings.passingPercent,
    startedAt: start.toISOString(),
    submittedAt: end.toISOString(),
    durationSeconds: Math.max(0, Math.round((end.getTime() - start.getTime()) / 1000)),
    questions: results,
    objectives: [...objectives].map(([objectiveId, b]) => {
      const t = totals(b);
      return { objectiveId, ...t, mastered: t.ratio >= attempt.settings.masteryThreshold, questionIds: b.questionIds };
    }),
    tags: [...tags].map(([tag, b]) => ({ tag, ...totals(b) })),
    counts,
  };
}
