import * as z from "zod";
import { MarkdownSchema, questionBase } from "../_shared.js";

/** A statement the learner judges true or false. */
export const TrueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  /** The question type. */
  type: z.literal("true-false"),
  /** Whether the statement is true. */
  answer: z.boolean(),
  /** Shown when the learner answered `true`. */
  feedbackTrue: MarkdownSchema.optional(),
  /** Shown when the learner answered `false`. */
  feedbackFalse: MarkdownSchema.optional(),
});
