import * as z from "zod";
import { MarkdownSchema, questionBase } from "../_shared.js";

const finite = z.number().refine(Number.isFinite, "must be a finite number");

/** A value with an optional tolerance (absolute by default). */
export const NumericValueSchema = z.strictObject({
  value: finite,
  tolerance: z.number().min(0, "tolerance must not be negative").optional(),
  toleranceType: z.enum(["absolute", "relative"]).optional(),
});

/** An inclusive range. */
export const NumericRangeSchema = z
  .strictObject({ min: finite, max: finite })
  .refine((r) => r.min <= r.max, { message: "min must not be greater than max", path: ["min"] });

/** What a numeric response is compared with: a value with tolerance, or a range. */
export const NumericTargetSchema = z.union([NumericValueSchema, NumericRangeSchema]);

/** A wrong-but-close answer that earns partial credit and gets its own feedback. */
export const NearMissSchema = z.strictObject({
  answer: NumericTargetSchema,
  fraction: z.number().min(0, "fraction must be at least 0").max(1, "fraction must be at most 1"),
  feedback: MarkdownSchema.optional(),
});

/** A number, optionally with a unit label shown beside the input. */
export const NumericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("numeric"),
  answer: NumericTargetSchema,
  nearMisses: z.array(NearMissSchema).optional(),
  unit: z.string().trim().min(1).max(40).optional(),
});
