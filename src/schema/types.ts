import type * as z from "zod";
import type { GradeBandSchema, LessonSchema, SourceKindSchema, SourceSchema, TopicSchema } from "./lesson.js";
import type { ActivityFormatSchema, LessonPlanSchema, PlanPhaseSchema } from "./plan.js";
import type { QuestionSchema } from "./question.js";
import type { BlankSchema } from "./questions/cloze.js";
import type { MultipleChoiceScoringSchema } from "./questions/multiple-choice.js";
import type { NumericTargetSchema } from "./questions/numeric.js";
import type { OrderingScoringSchema } from "./questions/ordering.js";
import type { AcceptedAnswerSchema, TextMatchingSchema } from "./questions/short-text.js";

/**
 * A lesson as authors write it: defaulted fields (`points`, `locale`, `tags`, ...) may be left out.
 * Lesson modules declare `export const lesson = { ... } satisfies Lesson`.
 *
 * @useDeclaredType
 */
export type Lesson = z.input<typeof LessonSchema>;
/**
 * A lesson after {@link parseLesson}: every default filled in. Assignable to {@link Lesson}.
 *
 * @useDeclaredType
 */
export type ParsedLesson = z.output<typeof LessonSchema>;
/**
 * Any question, as authored.
 *
 * @useDeclaredType
 */
export type Question = z.input<typeof QuestionSchema>;
/**
 * Any question after parsing, defaults filled in.
 *
 * @useDeclaredType
 */
export type ParsedQuestion = z.output<typeof QuestionSchema>;
/** The `type` discriminant of every question. */
export type QuestionType = Question["type"];
/** The question variant whose `type` is `K`. */
export type QuestionOfType<K extends QuestionType> = Extract<
  Question,
  {
    /** The discriminant to select. */
    type: K;
  }
>;
/**
 * One of the library's three topics.
 *
 * @useDeclaredType
 */
export type Topic = z.infer<typeof TopicSchema>;
/**
 * A C3 grade band such as `9-12`.
 *
 * @useDeclaredType
 */
export type GradeBand = z.infer<typeof GradeBandSchema>;
/**
 * A cited source.
 *
 * @useDeclaredType
 */
export type Source = z.input<typeof SourceSchema>;
/**
 * The kind of a cited source.
 *
 * @useDeclaredType
 */
export type SourceKind = z.infer<typeof SourceKindSchema>;
/**
 * Scoring modes of multiple-choice questions.
 *
 * @useDeclaredType
 */
export type MultipleChoiceScoring = z.infer<typeof MultipleChoiceScoringSchema>;
/**
 * Scoring modes of ordering questions.
 *
 * @useDeclaredType
 */
export type OrderingScoring = z.infer<typeof OrderingScoringSchema>;
/**
 * An accepted answer for typed text.
 *
 * @useDeclaredType
 */
export type AcceptedAnswer = z.input<typeof AcceptedAnswerSchema>;
/**
 * Options for comparing typed text.
 *
 * @useDeclaredType
 */
export type TextMatching = z.input<typeof TextMatchingSchema>;
/**
 * A numeric value-with-tolerance or range.
 *
 * @useDeclaredType
 */
export type NumericTarget = z.input<typeof NumericTargetSchema>;
/**
 * A blank of a cloze question.
 *
 * @useDeclaredType
 */
export type Blank = z.input<typeof BlankSchema>;

/**
 * A teacher's plan for a lesson's class period, as authored (`lessons/<id>/plan.ts`).
 *
 * @useDeclaredType
 */
export type LessonPlan = z.input<typeof LessonPlanSchema>;
/**
 * A phase of the class period: `warm-up`, `reading`, `activity`, `discussion`, `assessment` or `exit-ticket`.
 *
 * @useDeclaredType
 */
export type PlanPhase = z.infer<typeof PlanPhaseSchema>;
/**
 * A classroom activity format, such as `mock-hearing` or `claim-checking-lab`.
 *
 * @useDeclaredType
 */
export type ActivityFormat = z.infer<typeof ActivityFormatSchema>;

/** What the `civics-lessons/lessons` catalog says about each lesson, without loading its body. */
export type CatalogEntry = Pick<
  Lesson,
  "id" | "version" | "title" | "summary" | "topic" | "gradeBands" | "estimatedMinutes" | "asOf"
> & {
  /** The licence of the lesson's text (SPDX). */
  license: string;
  /** The attribution line to show with the lesson. */
  credit: string;
  /** Flesch-Kincaid grade level of the reading, to one decimal, computed when the catalog is generated. */
  readingGrade: number;
  /** Number of questions. */
  questionCount: number;
  /** Question types used. */
  questionTypes: QuestionType[];
};
