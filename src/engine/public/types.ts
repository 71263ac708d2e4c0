import type { QuestionOfType, QuestionType } from "../../schema/types.js";
import type { Assert, Excerpt } from "../types.js";

/** A labelled option the learner can pick or arrange. */
export interface PublicOption {
  /** The option id, used in responses. */
  id: string;
  /** The label (Markdown). */
  text: string;
}

/** Fields every public question has: never any key material. */
export interface PublicQuestionBase<K extends QuestionType> {
  /** The question id. */
  id: string;
  /** The question type. */
  type: K;
  /** The prompt (Markdown). */
  prompt: string;
  /** Points available. */
  points: number;
  /** 1 (recall) to 3 (analysis). */
  difficulty: 1 | 2 | 3;
  /** Objectives the question assesses. */
  objectiveIds: string[];
  /** Tags. */
  tags: string[];
  /** How many hints exist; fetch them one at a time with `revealHint`. */
  hintCount: number;
  /** The primary-source excerpt the question is built on, when the quiz knows it. */
  excerpt?: Excerpt;
}

/** Public view of a single-choice question. */
export interface PublicSingleChoiceQuestion extends PublicQuestionBase<"single-choice"> {
  /** Choices in display order. */
  choices: PublicOption[];
}
/** Public view of a multiple-choice question. */
export interface PublicMultipleChoiceQuestion extends PublicQuestionBase<"multiple-choice"> {
  /** Choices in display order. */
  choices: PublicOption[];
}
/** Public view of a true-false question. */
export type PublicTrueFalseQuestion = PublicQuestionBase<"true-false">;
/** Public view of a short-text question. */
export interface PublicShortTextQuestion extends PublicQuestionBase<"short-text"> {
  /** Longest response the engine reads. */
  maxLength: number;
}
/** Public view of a numeric question. */
export interface PublicNumericQuestion extends PublicQuestionBase<"numeric"> {
  /** A unit label shown beside the input. */
  unit?: string;
}
/** Public view of an ordering question. */
export interface PublicOrderingQuestion extends PublicQuestionBase<"ordering"> {
  /** Items in their starting (shuffled) order. */
  items: PublicOption[];
}
/** Public view of a matching question. */
export interface PublicMatchingQuestion extends PublicQuestionBase<"matching"> {
  /** Left-hand entries, in display order. */
  premises: PublicOption[];
  /** Right-hand entries (including distractors), in display order. */
  responses: PublicOption[];
}
/** A blank the learner types into. */
export interface PublicTextBlank {
  /** The blank id, used as the response key. */
  id: string;
  /** Typed text. */
  kind: "text";
  /** Longest text the engine reads. */
  maxLength: number;
}
/** A blank filled from a list. */
export interface PublicChoiceBlank {
  /** The blank id, used as the response key. */
  id: string;
  /** A choice list. */
  kind: "choice";
  /** Options in display order. */
  choices: PublicOption[];
}
/** One blank of a public cloze question. */
export type PublicBlank = PublicTextBlank | PublicChoiceBlank;
/** Public view of a cloze question. */
export interface PublicClozeQuestion extends PublicQuestionBase<"cloze"> {
  /** Text with `{{blank-id}}` markers. */
  text: string;
  /** Blanks in the order their markers appear. */
  blanks: PublicBlank[];
}
/** Public view of a categorize question. */
export interface PublicCategorizeQuestion extends PublicQuestionBase<"categorize"> {
  /** Categories in display order. */
  categories: PublicOption[];
  /** Items to sort, in display order. */
  items: PublicOption[];
}

/** The public view of each question type. */
export interface PublicQuestionMap {
  /** The public view of a `single-choice` question. */
  "single-choice": PublicSingleChoiceQuestion;
  /** The public view of a `multiple-choice` question. */
  "multiple-choice": PublicMultipleChoiceQuestion;
  /** The public view of a `true-false` question. */
  "true-false": PublicTrueFalseQuestion;
  /** The public view of a `short-text` question. */
  "short-text": PublicShortTextQuestion;
  /** The public view of a `numeric` question. */
  numeric: PublicNumericQuestion;
  /** The public view of a `ordering` question. */
  ordering: PublicOrderingQuestion;
  /** The public view of a `matching` question. */
  matching: PublicMatchingQuestion;
  /** The public view of a `cloze` question. */
  cloze: PublicClozeQuestion;
  /** The public view of a `categorize` question. */
  categorize: PublicCategorizeQuestion;
}

/**
 * Fails to compile, right here, while a question type of the schema has no public view above:
 * the error names the map to extend rather than its uses.
 */
export type EveryTypeHasAPublicView = Assert<
  [Exclude<QuestionType, keyof PublicQuestionMap>] extends [never] ? true : false
>;

/** What a learner's browser may see of a question: no keys, feedback, explanations or hints. */
export type PublicQuestion = PublicQuestionMap[QuestionType];

/** The order options are shown in, per list of the question (`choices`, `items`, `blank:<id>`...). */
export type OptionOrder = Record<string, string[]>;

/** Builds the public view of one type of question, in the given option order. */
export type PublicMapper<K extends QuestionType> = (
  question: Readonly<QuestionOfType<K>>,
  order: OptionOrder,
) => PublicQuestionMap[K];

/** Computes the option order of one type of question from a seed. */
export type OrderMaker<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, seed: string) => OptionOrder;
