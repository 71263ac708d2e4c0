import * as z from "zod";
import { FractionSchema, IdSchema, MarkdownSchema, TextSchema } from "../_shared.js";

/** One option of a single- or multiple-choice question. */
export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** Marks the keyed answer(s). */
  correct: z.boolean().optional(),
  /** Shown after scoring when this choice was selected. */
  feedback: MarkdownSchema.optional(),
  /** Keeps the choice at its authored position when options are shuffled. */
  fixed: z.boolean().optional(),
  /** Credit for selecting this choice, in [-1, 1] (partial credit or a penalty). */
  fraction: FractionSchema.optional(),
});
