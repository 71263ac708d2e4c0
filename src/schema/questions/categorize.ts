import * as z from "zod";
import { IdSchema, OptionIdSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";

/** Sort items into categories; each item earns its share of the points. */
export const CategorizeQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("categorize"),
    /** The bins items are sorted into (2-12). */
    categories: z
      .array(
        z.strictObject({
          /** The id a response assigns items to. */
          id: IdSchema,
          /** The category's label. */
          text: TextSchema,
        }),
      )
      .min(2, "needs at least two categories")
      .max(12),
    /** The items to sort (2-40), each with its keyed category. */
    items: z
      .array(
        z.strictObject({
          /** The item's id, a key of the response record. */
          id: OptionIdSchema,
          /** The item's label. */
          text: TextSchema,
          /** The id of the category the item belongs in. */
          categoryId: IdSchema,
        }),
      )
      .min(2, "needs at least two items")
      .max(40),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.categories, (c) => c.id, ["categories"], "category id");
    reportDuplicates(ctx, q.items, (i) => i.id, ["items"], "item id");
    const categories = new Set(q.categories.map((c) => c.id));
    q.items.forEach((item, i) => {
      if (!categories.has(item.categoryId)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown category "${item.categoryId}"`,
          path: ["items", i, "categoryId"],
        });
      }
    });
  });
