import * as z from "zod";
import { choiceFractionOf, DEFAULTS, positiveFractionsAddUpToOne } from "../../_lib/semantics.js";
import { questionBase, reportDuplicates } from "../_shared.js";
import { ChoiceSchema } from "./_choice.js";

/** How a select-all-that-apply question turns selections into credit. */
export const MultipleChoiceScoringSchema = z.enum([
  "all-or-nothing",
  "right-minus-wrong",
  "every-decision-counts",
  "fractions",
]);

/** Select all that apply: one or more keyed choices, four scoring modes. */
export const MultipleChoiceQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("multiple-choice"),
    /** The choices (2-26); at least one is `correct`. */
    choices: z.array(ChoiceSchema).min(2, "needs at least two choices").max(26),
    /** How selections earn credit (default `all-or-nothing`). */
    scoring: MultipleChoiceScoringSchema.default(DEFAULTS.multipleChoiceScoring),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.choices, (c) => c.id, ["choices"], "choice id");
    if (!q.choices.some((c) => c.correct === true)) {
      ctx.addIssue({ code: "custom", message: "at least one choice must be correct", path: ["choices"] });
    }
    if (q.scoring === "fractions") {
      q.choices.forEach((c, i) => {
        if (c.fraction === undefined) {
          ctx.addIssue({
            code: "custom",
            message: 'every choice needs a fraction when scoring is "fractions"',
            path: ["choices", i, "fraction"],
          });
        }
      });
      if (!positiveFractionsAddUpToOne(q.choices)) {
        const positive = q.choices.reduce((sum, c) => sum + Math.max(0, choiceFractionOf(c)), 0);
        ctx.addIssue({
          code: "custom",
          message: `positive fractions must add up to 1 (they add up to ${Number(positive.toFixed(4))})`,
          path: ["choices"],
        });
      }
    } else {
      q.choices.forEach((c, i) => {
        if (c.fraction !== undefined) {
          ctx.addIssue({
            code: "custom",
            message: 'fractions are only used when scoring is "fractions"',
            path: ["choices", i, "fraction"],
          });
        }
      });
    }
  });
