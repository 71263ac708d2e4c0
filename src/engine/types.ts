import type { QuestionType } from "../schema/types.js";

/** A point in time as the caller has it: a Date, epoch milliseconds, or an ISO 8601 string. */
export type Instant = Date | number | string;

/** A primary-source excerpt shown with a question. */
export interface Excerpt {
  /** The source id in its lesson. */
  sourceId: string;
  /** The source's title. */
  title: string;
  /** The source's citation, followed by the lesson's pinpoint when it has one. */
  citation: string;
  /** The quoted text. */
  text: string;
}

/**
 * The response each question type takes, as a browser sends it. Numeric questions also take the
 * text the learner typed (see the README for how it is read).
 */
export interface ResponseMap {
  /** A choice id. */
  "single-choice": string;
  /** Choice ids, in any order. */
  "multiple-choice": string[];
  /** `true` or `false`. */
  "true-false": boolean;
  /** Typed text. */
  "short-text": string;
  /** A number, or the text typed for it. */
  numeric: number | string;
  /** Every item id, in the learner's order. */
  ordering: string[];
  /** Premise id → response id. */
  matching: Record<string, string>;
  /** Blank id → typed text, or a choice id for choice blanks. */
  cloze: Record<string, string>;
  /** Item id → category id. */
  categorize: Record<string, string>;
}

/**
 * Why a response could not be scored. Stable snake_case codes; the host application turns them
 * into words.
 */
export type InvalidReason =
  /** Nothing was given (`undefined`, `null`, an empty string, array or record). */
  | "empty_response"
  /** The response has the wrong JSON type for the question (e.g. a number for a choice id). */
  | "wrong_type"
  /** The response names an id the question does not have. */
  | "unknown_id"
  /** The same id appears twice where each may appear once. */
  | "duplicate_id"
  /** Not every required part was answered (e.g. an ordering that leaves out items). */
  | "incomplete"
  /** Text longer than the engine reads (1,000 characters) or more than 200 entries. */
  | "too_long"
  /** A number that is NaN or infinite, or a string that is not a plain decimal number. */
  | "not_a_number"
  /** A record with a `__proto__`, `constructor` or `prototype` key. */
  | "unsafe_key"
  /** The question id is not part of the quiz or attempt, or (for untyped callers) its type is unknown. */
  | "unknown_question";

/** A compile-time check: `T` must be `true`. */
export type Assert<T extends true> = T;

/** Fails to compile, right here, while a question type has no response shape in {@link ResponseMap}. */
export type EveryTypeHasAResponse = Assert<[Exclude<QuestionType, keyof ResponseMap>] extends [never] ? true : false>;

/** The outcome of one question. */
export type QuestionStatus = "correct" | "partial" | "incorrect" | "unanswered" | "invalid";

/** Per-part details for questions with several parts (blanks, pairs, items, positions). */
export interface PartFeedback {
  /** The blank, premise or item id. */
  id: string;
  /** Whether this part earned credit. */
  correct: boolean;
  /** What the learner gave for this part (an id or text), if anything. */
  given?: string;
  /** The keyed answer for this part (an id or accepted text). */
  expected: string;
  /** For typed parts, the accepted answer that matched. */
  matchedAnswer?: string;
  /** For typed parts, true when the match needed typo tolerance. */
  typoTolerated?: boolean;
}

/**
 * Feedback data for one scored question. Everything here is either a flag, an id, or text that
 * the lesson's author wrote; the engine never writes prose.
 */
export interface ResultFeedback {
  /** Why the right answer is right (Markdown from the lesson). */
  explanation: string;
  /** Author-written feedback messages that apply to this response, in order. */
  messages: string[];
  /** Choice ids the learner selected (single-choice, multiple-choice; `"true"`/`"false"` for true-false). */
  selectedIds?: string[];
  /** Choice ids keyed correct, so a UI can mark every option after scoring. */
  correctIds?: readonly string[];
  /** Part-by-part details (matching, categorize, cloze, ordering). */
  parts?: PartFeedback[];
  /** For short-text, the accepted answer that matched. */
  matchedAnswer?: string;
  /** For short-text, true when the match needed typo tolerance. */
  typoTolerated?: boolean;
  /** For numeric questions, the number the response was read as. */
  numericValue?: number;
}

/** The score of one question. */
export interface QuestionResult {
  /** The question's id. */
  questionId: string;
  /** Overall outcome. */
  status: QuestionStatus;
  /** Points earned (negative only with negative marking). */
  earned: number;
  /** Points available. */
  possible: number;
  /** Set when `status` is `invalid`. */
  reason?: InvalidReason;
  /** Set when the answer arrived after the time limit and was not counted. */
  late?: true;
  /** Hints revealed for this question in the attempt. */
  hintsUsed?: number;
  /** Feedback data; absent for invalid responses so that correctness does not leak. */
  feedback?: ResultFeedback;
}

/** The verdict of {@link validateResponse}. */
export type ResponseValidation =
  | {
      /** The response is complete and well-formed. */
      valid: true;
    }
  | {
      /** The response cannot be submitted as it is. */
      valid: false;
      /** Why. */
      reason: InvalidReason;
    };
