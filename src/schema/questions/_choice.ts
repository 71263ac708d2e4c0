import * as z from "zod";
import { FractionSchema, MarkdownSchema, OptionIdSchema, TextSchema } from "../_shared.js";

/** One option of a single- or multiple-choice question. */
export const ChoiceSchema = z.strictObject({
  /** The id a response selects; shown to learners, so it must not reveal correctness. */
  id: OptionIdSchema,
  /** The choice's label (plain text). */
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
