import { QuizError } from "../errors.js";
import type { Lesson, Question, QuestionType, Topic } from "../schema/types.js";
import { drawQuestions } from "./draw.js";
import { type ReviewPolicy, reviewPolicyOf } from "./review.js";
import type { Excerpt } from "./types.js";

/** A filter and a count: which questions a quiz draws. All filters must match; each list means "any of". */
export interface DrawRule {
  /** Draw this many questions matching the filters. */
  count?: number;
  /** Or draw this many for each objective (the listed `objectiveIds`, else every objective of the questions the rule matches). */
  perObjective?: number;
  /** Only questions assessing one of these objectives. */
  objectiveIds?: string[];
  /** Only questions with one of these tags. */
  tags?: string[];
  /** Only questions of these difficulties. */
  difficulty?: (1 | 2 | 3)[];
  /** Only questions from lessons on these topics. */
  topics?: Topic[];
  /** Only questions from these lessons. */
  lessonIds?: string[];
  /** Only questions of these types. */
  types?: QuestionType[];
}

/** What {@link createQuiz} takes. */
export interface QuizSpec {
  /** A stable id for the quiz (results are stored under it). */
  id: string;
  /** A title to show. */
  title?: string;
  /** Lessons whose questions form the pool. */
  lessons?: readonly Lesson[];
  /** More questions for the pool (no lesson, so no topic). */
  questions?: readonly Question[];
  /** How to draw from the pool; without rules, every question is asked. */
  draw?: DrawRule[];
  /** Upper bound on the questions drawn (default null: no bound). */
  maxQuestions?: number | null;
  /** Percent needed to pass, 0-100 (default 70). */
  passingPercent?: number;
  /** Time limit in seconds; answers after it are recorded as late and not counted. */
  timeLimitSeconds?: number | null;
  /** Share of a question's points lost per hint revealed, 0-1 (default 0). */
  hintPenalty?: number;
  /** Share of an objective's points that counts as mastery, 0-1 (default 0.8). */
  masteryThreshold?: number;
  /** Shuffle question order per attempt (default true). */
  shuffleQuestions?: boolean;
  /** Shuffle options per attempt (default true); otherwise a seed-independent public order is used. */
  shuffleOptions?: boolean;
  /** Attempts each learner may submit (default null: unlimited). The host enforces it; reviews read it. */
  maxAttempts?: number | null;
  /** What results may show the learner, and when; unset parts keep {@link DEFAULT_REVIEW_POLICY}. */
  review?: Partial<ReviewPolicy>;
}

/** Where a pooled question came from. */
export interface QuestionOrigin {
  /** The lesson's id. */
  lessonId: string;
  /** The lesson's topic. */
  topic: Topic;
}

/** Settings an attempt copies from its quiz. */
export interface QuizSettings {
  /** Percent needed to pass. */
  passingPercent: number;
  /** Time limit in seconds, or null. */
  timeLimitSeconds: number | null;
  /** Share of points lost per hint. */
  hintPenalty: number;
  /** Mastery threshold per objective. */
  masteryThreshold: number;
  /** Whether question order is shuffled. */
  shuffleQuestions: boolean;
  /** Whether option order is shuffled. */
  shuffleOptions: boolean;
}

/** A quiz: the question pool (with keys; keep it on the server), the draw, and settings. Plain JSON. */
export interface Quiz {
  /** Distinguishes a quiz from an attempt in JSON. */
  kind: "quiz";
  /** Version of this JSON shape. */
  schemaVersion: 1;
  /** The quiz id. */
  id: string;
  /** The title, if any. */
  title?: string;
  /** Every question that may be drawn. */
  questions: Question[];
  /** Lesson id and topic of each question that came from a lesson. */
  origins: Record<string, QuestionOrigin>;
  /** Excerpts by question id, for questions built on a primary source. */
  excerpts: Record<string, Excerpt>;
  /** Draw rules. */
  draw: DrawRule[];
  /** Upper bound on questions drawn, or null. */
  maxQuestions: number | null;
  /** Attempts each learner may submit, or null for unlimited. */
  maxAttempts: number | null;
  /** What results may show the learner, and when. */
  review: ReviewPolicy;
  /** Settings. */
  settings: QuizSettings;
}

/** The longest time limit a quiz may set: 366 days, in seconds. */
const MAX_TIME_LIMIT_SECONDS = 366 * 24 * 60 * 60;

function isWholeCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

function isShare(value: number): boolean {
  return value >= 0 && value <= 1;
}

/** A numeric setting: the fallback when absent, else a finite number that passes `valid`. */
function numberSetting(value: unknown, fallback: number, name: string, valid: (n: number) => boolean, must: string) {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || !valid(value))
    throw new QuizError("invalid_quiz_spec", `${name} must be ${must}`);
  return value;
}

/** A numeric setting that may also be null (absent means null). */
function optionalNumberSetting(value: unknown, name: string, valid: (n: number) => boolean, must: string) {
  return value === undefined || value === null ? null : numberSetting(value, 0, name, valid, must);
}

function flagSetting(value: unknown, fallback: boolean, name: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new QuizError("invalid_quiz_spec", `${name} must be true or false`);
  return value;
}

/**
 * Builds a quiz from lessons and/or questions, with draw rules, settings, an attempt limit and a
 * review policy. The quiz holds the answer keys: keep it on the server and send learners
 * `toPublicAttempt` and `toPublicResult` views.
 *
 * @param spec - Pool, draw rules and settings.
 * @returns A plain-JSON quiz.
 * @throws {@link QuizError} `invalid_quiz_spec` for bad settings or duplicate question ids, and
 *   `unsatisfiable_quiz` when the pool cannot satisfy the draw rules.
 * @example
 * const quiz = createQuiz({ id: "unit-1", lessons: [lesson], draw: [{ perObjective: 2 }], maxQuestions: 10, maxAttempts: 2 });
 * [quiz.questions.length, quiz.review.correctness]
 * //=> [16, "after-last-attempt"]
 */
export function createQuiz(spec: QuizSpec): Quiz {
  const questions: Question[] = [];
  const origins: Quiz["origins"] = {};
  const excerpts: Quiz["excerpts"] = {};
  const seen = new Set<string>();
  const add = (question: Question, where: string) => {
    if (seen.has(question.id))
      throw new QuizError("invalid_quiz_spec", `question id "${question.id}" appears twice (${where})`);
    seen.add(question.id);
    questions.push(question);
  };
  for (const lesson of spec.lessons ?? []) {
    for (const question of lesson.questions) {
      add(question, `lesson "${lesson.id}"`);
      origins[question.id] = { lessonId: lesson.id, topic: lesson.topic };
      const source = lesson.sources.find((s) => s.id === question.excerptSourceId);
      if (source?.excerpt !== undefined)
        excerpts[question.id] = {
          sourceId: source.id,
          title: source.title,
          citation: source.pinpoint === undefined ? source.citation : `${source.citation}, ${source.pinpoint}`,
          text: source.excerpt,
        };
    }
  }
  for (const question of spec.questions ?? []) add(question, "questions");
  if (questions.length === 0) throw new QuizError("unsatisfiable_quiz", "no questions: give lessons or questions");

  spec.draw?.forEach((rule, index) => {
    for (const key of ["count", "perObjective"] as const)
      numberSetting(rule[key], 1, `draw[${index}].${key}`, isWholeCount, "a whole number of at least 1");
    if (rule.count === undefined && rule.perObjective === undefined)
      throw new QuizError("invalid_quiz_spec", `draw[${index}] needs a count or perObjective`);
  });
  const wholeCount = "a whole number of at least 1";
  const settings: QuizSettings = {
    passingPercent: numberSetting(
      spec.passingPercent,
      70,
      "passingPercent",
      (n) => n >= 0 && n <= 100,
      "between 0 and 100",
    ),
    timeLimitSeconds: optionalNumberSetting(
      spec.timeLimitSeconds,
      "timeLimitSeconds",
      (n) => n > 0 && n <= MAX_TIME_LIMIT_SECONDS,
      `positive and at most ${MAX_TIME_LIMIT_SECONDS} (366 days)`,
    ),
    hintPenalty: numberSetting(spec.hintPenalty, 0, "hintPenalty", isShare, "between 0 and 1"),
    masteryThreshold: numberSetting(spec.masteryThreshold, 0.8, "masteryThreshold", isShare, "between 0 and 1"),
    shuffleQuestions: flagSetting(spec.shuffleQuestions, true, "shuffleQuestions"),
    shuffleOptions: flagSetting(spec.shuffleOptions, true, "shuffleOptions"),
  };

  const quiz: Quiz = {
    kind: "quiz",
    schemaVersion: 1,
    id: spec.id,
    questions,
    origins,
    excerpts,
    draw: spec.draw ?? [],
    maxQuestions: optionalNumberSetting(spec.maxQuestions, "maxQuestions", isWholeCount, wholeCount),
    maxAttempts: optionalNumberSetting(spec.maxAttempts, "maxAttempts", isWholeCount, wholeCount),
    review: reviewPolicyOf(spec.review),
    settings,
  };
  if (spec.title !== undefined) quiz.title = spec.title;
  // The draw finds a question for every place the rules ask for with every seed exactly when it
  // does with one, so this one draw decides, now, whether every attempt can start.
  drawQuestions(quiz, "");
  return quiz;
}
