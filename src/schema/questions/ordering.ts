import * as z from "zod";
import { DEFAULTS } from "../../_lib/semantics.js";
import { IdSchema, OptionIdSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";

/** How an ordering response earns credit. */
export const OrderingScoringSchema = z.enum([
  "all-or-nothing",
  "position",
  "adjacent-pairs",
  "longest-ordered-subsequence",
  "kendall-tau",
]);

/** A labelled item to be put in order. */
export const OrderItemSchema = z.strictObject({
  /** The item's id; must not sort into the key (`step-1`, `step-2`...). */
  id: OptionIdSchema,
  /** The item's label. */
  text: TextSchema,
});

/** Put items in the right order (a timeline, steps of a process). */
export const OrderingQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("ordering"),
    /** The items to order (2-30). */
    items: z.array(OrderItemSchema).min(2, "needs at least two items").max(30),
    /** Every item id once, in the right order. */
    correctOrder: z.array(IdSchema),
    /** How an ordering earns credit (default `position`). */
    scoring: OrderingScoringSchema.default(DEFAULTS.orderingScoring),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.items, (i) => i.id, ["items"], "item id");
    const ids = new Set(q.items.map((i) => i.id));
    const ordered = new Set(q.correctOrder);
    const isPermutation =
      q.correctOrder.length === q.items.length &&
      ordered.size === ids.size &&
      q.correctOrder.every((id) => ids.has(id));
    if (!isPermutation) {
      ctx.addIssue({ code: "custom", message: "must list every item id exactly once", path: ["correctOrder"] });
    }
    // Item ids reach the learner's browser; ids that sort into the key (step-1, step-2...) give it away.
    const sorted = [...q.correctOrder].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    if (isPermutation && q.items.length >= 3 && sorted.every((id, i) => id === q.correctOrder[i])) {
      ctx.addIssue({
        code: "custom",
        message: "item ids sort into the correct order, which tells learners the answer; use descriptive ids",
        path: ["items"],
      });
    }
  });
