import { orderByHash } from "../_lib/prng.js";
import { QuizError } from "../errors.js";
import type { Lesson, Question, QuestionType, Topic } from "../schema/types.js";

/** A filter and a count: which questions a quiz draws. All filters must match; each list means "any of". */
export interface DrawRule {
  /** Draw this many questions matching the filters. */
  count?: number;
  /** Or draw this many for each objective (the listed `objectiveIds`, else every objective in the pool). */
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
  /** Upper bound on the questions drawn. */
  maxQuestions?: number;
  /** Percent needed to pass, 0-100 (default 70). */
  passingPercent?: number;
  /** Time limit in seconds; answers after it are recorded as late and not counted. */
  timeLimitSeconds?: number;
  /** Share of a question's points lost per hint revealed, 0-1 (default 0). */
  hintPenalty?: number;
  /** Share of an objective's points that counts as mastery, 0-1 (default 0.8). */
  masteryThreshold?: number;
  /** Shuffle question order per attempt (default true). */
  shuffleQuestions?: boolean;
  /** Shuffle options per attempt (default true); otherwise a seed-independent public order is used. */
  shuffleOptions?: boolean;
}

/** A primary-source excerpt shown with a question. */
export interface Excerpt {
  /** The source id in its lesson. */
  sourceId: string;
  /** The source's title. */
  title: string;
  /** The source's citation. */
  citation: string;
  /** The quoted text. */
  text: string;
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
  origins: Record<string, { lessonId: string; topic: Topic }>;
  /** Excerpts by question id, for questions built on a primary source. */
  excerpts: Record<string, Excerpt>;
  /** Draw rules. */
  draw: DrawRule[];
  /** Upper bound on questions drawn, or null. */
  maxQuestions: number | null;
  /** Settings. */
  settings: QuizSettings;
}

function fraction(value: number | undefined, fallback: number, name: string): number {
  const out = value ?? fallback;
  if (!(out >= 0 && out <= 1))
    throw new QuizError("invalid_quiz_spec", `${name} must be between 0 and 1 (got ${String(value)})`);
  return out;
}

function matches(rule: DrawRule, question: Question, origin: { lessonId: string; topic: Topic } | undefined): boolean {
  if (rule.objectiveIds && !question.objectiveIds.some((id) => rule.objectiveIds?.includes(id))) return false;
  if (rule.tags && !(question.tags ?? []).some((tag) => rule.tags?.includes(tag))) return false;
  if (rule.difficulty && !rule.difficulty.includes(question.difficulty)) return false;
  if (rule.types && !rule.types.includes(question.type)) return false;
  if (rule.topics && (origin === undefined || !rule.topics.includes(origin.topic))) return false;
  if (rule.lessonIds && (origin === undefined || !rule.lessonIds.includes(origin.lessonId))) return false;
  return true;
}

function describe(rule: DrawRule, index: number): string {
  const filters = Object.entries(rule)
    .filter(([key]) => key !== "count" && key !== "perObjective")
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return `draw[${index}]${filters.length ? ` (${filters.join(", ")})` : ""}`;
}

/**
 * Draws question ids for one seed. Rules are filled in order from questions not yet drawn; the
 * order among candidates comes from the seed and question ids only.
 */
export function drawQuestions(quiz: Quiz, seed: string): string[] {
  if (quiz.draw.length === 0) return quiz.questions.map((q) => q.id);
  const drawn = new Set<string>();
  quiz.draw.forEach((rule, index) => {
    const pool = quiz.questions.filter((q) => !drawn.has(q.id) && matches(rule, q, quiz.origins[q.id]));
    const ranked = orderByHash(
      pool.map((q) => q.id),
      seed,
      `${quiz.id}/draw/${index}`,
    );
    const byId = new Map(pool.map((q) => [q.id, q]));
    if (rule.perObjective !== undefined) {
      const objectives = rule.objectiveIds ?? [...new Set(pool.flatMap((q) => q.objectiveIds))].sort();
      for (const objective of objectives) {
        const picks = ranked
          .filter((id) => !drawn.has(id) && byId.get(id)?.objectiveIds.includes(objective))
          .slice(0, rule.perObjective);
        if (picks.length < rule.perObjective) {
          throw new QuizError(
            "unsatisfiable_quiz",
            `${describe(rule, index)}: needs ${rule.perObjective} question(s) for objective "${objective}" but only ${picks.length} remain`,
          );
        }
        for (const id of picks) drawn.add(id);
      }
    }
    if (rule.count !== undefined) {
      const picks = ranked.filter((id) => !drawn.has(id)).slice(0, rule.count);
      if (picks.length < rule.count) {
        throw new QuizError(
          "unsatisfiable_quiz",
          `${describe(rule, index)}: needs ${rule.count} question(s) but only ${picks.length} match`,
        );
      }
      for (const id of picks) drawn.add(id);
    }
  });
  let ids = [...drawn];
  if (quiz.maxQuestions !== null && ids.length > quiz.maxQuestions) {
    const keep = new Set(orderByHash(ids, seed, `${quiz.id}/cap`).slice(0, quiz.maxQuestions));
    ids = ids.filter((id) => keep.has(id));
  }
  return ids;
}

/**
 * Builds a quiz from lessons and/or questions, with draw rules and settings. The quiz holds the
 * answer keys: keep it on the server and send learners `toPublicAttempt` views.
 *
 * @param spec - Pool, draw rules and settings.
 * @returns A plain-JSON quiz.
 * @throws {@link QuizError} `invalid_quiz_spec` for bad settings or duplicate question ids, and
 *   `unsatisfiable_quiz` when the pool cannot satisfy the draw rules.
 * @example
 * const quiz = createQuiz({ id: "unit-1", lessons: [lesson], draw: [{ perObjective: 2 }], maxQuestions: 10, passingPercent: 70 });
 * quiz.questions.length
 * //=> 16
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
      const source =
        question.excerptSourceId === undefined
          ? undefined
          : lesson.sources.find((s) => s.id === question.excerptSourceId);
      if (source?.excerpt !== undefined) {
        excerpts[question.id] = {
          sourceId: source.id,
          title: source.title,
          citation: source.citation,
          text: source.excerpt,
        };
      }
    }
  }
  for (const question of spec.questions ?? []) add(question, "questions");
  if (questions.length === 0)
    throw new QuizError("unsatisfiable_quiz", "the quiz has no questions: give lessons or questions");

  spec.draw?.forEach((rule, index) => {
    for (const key of ["count", "perObjective"] as const) {
      const value = rule[key];
      if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
        throw new QuizError("invalid_quiz_spec", `draw[${index}].${key} must be a whole number of at least 1`);
      }
    }
    if (rule.count === undefined && rule.perObjective === undefined) {
      throw new QuizError("invalid_quiz_spec", `draw[${index}] needs a count or perObjective`);
    }
  });
  const passingPercent = spec.passingPercent ?? 70;
  if (!(passingPercent >= 0 && passingPercent <= 100))
    throw new QuizError("invalid_quiz_spec", "passingPercent must be between 0 and 100");
  const timeLimit = spec.timeLimitSeconds ?? null;
  if (timeLimit !== null && !(timeLimit > 0 && Number.isFinite(timeLimit)))
    throw new QuizError("invalid_quiz_spec", "timeLimitSeconds must be positive");
  const max = spec.maxQuestions ?? null;
  if (max !== null && !(Number.isInteger(max) && max >= 1))
    throw new QuizError("invalid_quiz_spec", "maxQuestions must be a whole number of at least 1");

  const quiz: Quiz = {
    kind: "quiz",
    schemaVersion: 1,
    id: spec.id,
    questions,
    origins,
    excerpts,
    draw: spec.draw ?? [],
    maxQuestions: max,
    settings: {
      passingPercent,
      timeLimitSeconds: timeLimit,
      hintPenalty: fraction(spec.hintPenalty, 0, "hintPenalty"),
      masteryThreshold: fraction(spec.masteryThreshold, 0.8, "masteryThreshold"),
      shuffleQuestions: spec.shuffleQuestions ?? true,
      shuffleOptions: spec.shuffleOptions ?? true,
    },
  };
  if (spec.title !== undefined) quiz.title = spec.title;
  drawQuestions(quiz, ""); // throws now, at authoring time, when the rules cannot be met
  return quiz;
}
