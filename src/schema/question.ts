import * as z from "zod";
import { CategorizeQuestionSchema } from "./questions/categorize.js";
import { ClozeQuestionSchema } from "./questions/cloze.js";
import { MatchingQuestionSchema } from "./questions/matching.js";
import { MultipleChoiceQuestionSchema } from "./questions/multiple-choice.js";
import { NumericQuestionSchema } from "./questions/numeric.js";
import { OrderingQuestionSchema } from "./questions/ordering.js";
import { ShortTextQuestionSchema } from "./questions/short-text.js";
import { SingleChoiceQuestionSchema } from "./questions/single-choice.js";
import { TrueFalseQuestionSchema } from "./questions/true-false.js";

/** Any question, discriminated on `type`. */
export const QuestionSchema = z.discriminatedUnion("type", [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  ShortTextQuestionSchema,
  NumericQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
  ClozeQuestionSchema,
  CategorizeQuestionSchema,
]);

/** Every question type, in the order the docs present them. */
export const QUESTION_TYPES = [
  "single-choice",
  "multiple-choice",
  "true-false",
  "short-text",
  "numeric",
  "ordering",
  "matching",
  "cloze",
  "categorize",
] as const satisfies readonly z.input<typeof QuestionSchema>["type"][];
