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
import type { QuestionType } from "./types.js";

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

/**
 * Every question type, in the order the docs present them: read from the union above, so it can
 * never list a type the schema lacks or miss one it has.
 */
export const QUESTION_TYPES: readonly QuestionType[] = QuestionSchema.options.map((option) => option.shape.type.value);
