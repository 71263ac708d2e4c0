import type { Question, QuestionOfType, QuestionType } from "../../../schema/types.js";
import type { Report } from "../../_shared/issues.js";
import type { XmlElement, XmlNode } from "../../_shared/xml.js";
import type { QtiOptions } from "../types.js";

/** What a per-type formatter contributes to an item. */
export interface ItemParts {
  /** `qti-response-declaration` elements. */
  responses: XmlElement[];
  /** Extra outcome declarations (counters for ordering scores). */
  outcomes?: XmlElement[];
  /** Item body content: the prompt and the interaction(s). */
  body: XmlNode[];
  /** Response rules that run when the learner answered (SCORE is 0 otherwise). */
  rules: XmlElement[];
  /** Response variables that must all be NULL for the item to count as unanswered. */
  answeredBy: string[];
  /** Feedback blocks the rules may show, by identifier, as Markdown. */
  feedback: { id: string; markdown: string }[];
}

/** Per-item state shared with the formatters. */
export interface Context {
  /** The question's points. */
  points: number;
  /** The seed of the written option order. */
  seed: string;
  /** Labels the items add. */
  labels: Required<NonNullable<QtiOptions["labels"]>>;
  /** Records an issue for the question. */
  report: Report;
}

/** Writes one question type as item parts. */
export type Formatter<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => ItemParts;

/** Any question, for the shared helpers. */
export type AnyQuestion = Readonly<Question>;
