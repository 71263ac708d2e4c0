import * as z from "zod";
import { IdSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";

/** Sort items into categories; each item earns its share of the points. */
export const CategorizeQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal("categorize"),
    categories: z
      .array(z.strictObject({ id: IdSchema, text: TextSchema }))
      .min(2, "needs at least two categories")
      .max(12),
    items: z
      .array(z.strictObject({ id: IdSchema, text: TextSchema, categoryId: IdSchema }))
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
