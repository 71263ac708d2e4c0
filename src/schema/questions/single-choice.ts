import * as z from "zod";
import { questionBase, reportDuplicates } from "../_shared.js";
import { ChoiceSchema } from "./_choice.js";

/**
 * Exactly one keyed choice. A selected choice earns its `fraction` (the keyed one 1, others 0
 * unless given); `penalty` turns on negative marking for wrong choices without a fraction.
 */
export const SingleChoiceQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("single-choice"),
    /** The choices (2-26); exactly one is `correct`. */
    choices: z.array(ChoiceSchema).min(2, "needs at least two choices").max(26),
    /** Fraction of the points deducted for a wrong choice (negative marking), in [0, 1]. */
    penalty: z.number().min(0, "penalty must be at least 0").max(1, "penalty must be at most 1").optional(),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.choices, (c) => c.id, ["choices"], "choice id");
    const keyed = q.choices.filter((c) => c.correct === true).length;
    if (keyed !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `exactly one choice must be correct (found ${keyed})`,
        path: ["choices"],
      });
    }
    q.choices.forEach((c, i) => {
      if (c.correct === true && c.fraction !== undefined && c.fraction !== 1) {
        ctx.addIssue({
          code: "custom",
          message: "the correct choice earns full credit; remove its fraction or set it to 1",
          path: ["choices", i, "fraction"],
        });
      }
    });
  });
