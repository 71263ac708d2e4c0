import * as z from "zod";
import { MarkdownSchema, questionBase } from "../_shared.js";

const finite = z.number().refine(Number.isFinite, "must be a finite number");

/** A value with an optional tolerance (absolute by default). */
export const NumericValueSchema = z.strictObject({
  /** The keyed number. */
  value: finite,
  /** How far a response may be from `value` and still be correct (default 0). */
  tolerance: z.number().min(0, "tolerance must not be negative").optional(),
  /** `absolute` (default): tolerance in the answer's units; `relative`: a share of `value`. */
  toleranceType: z.enum(["absolute", "relative"]).optional(),
});

/** An inclusive range. */
export const NumericRangeSchema = z
  .strictObject({
    /** The smallest correct value. */
    min: finite,
    /** The largest correct value. */
    max: finite,
  })
  .refine((r) => r.min <= r.max, { message: "min must not be greater than max", path: ["min"] });

/** What a numeric response is compared with: a value with tolerance, or a range. */
export const NumericTargetSchema = z.union([NumericValueSchema, NumericRangeSchema]);

/** A wrong-but-close answer that earns partial credit and gets its own feedback. */
export const NearMissSchema = z.strictObject({
  /** The value or range that counts as a near miss. */
  answer: NumericTargetSchema,
  /** Credit for it, 0-1. */
  fraction: z.number().min(0, "fraction must be at least 0").max(1, "fraction must be at most 1"),
  /** Shown after scoring when the response hit this near miss. */
  feedback: MarkdownSchema.optional(),
});

/** A number, optionally with a unit label shown beside the input. */
export const NumericQuestionSchema = z.strictObject({
  ...questionBase,
  /** The question type. */
  type: z.literal("numeric"),
  /** The keyed value (with tolerance) or range. */
  answer: NumericTargetSchema,
  /** Wrong-but-close values that earn partial credit; the best one counts. */
  nearMisses: z.array(NearMissSchema).optional(),
  /** A unit label shown beside the input, e.g. `years`. */
  unit: z.string().trim().min(1).max(40).optional(),
});
