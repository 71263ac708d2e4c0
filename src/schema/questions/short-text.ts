import * as z from "zod";
import { DEFAULTS } from "../../_lib/semantics.js";
import { MarkdownSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";

/** One accepted answer to a typed response. */
export const AcceptedAnswerSchema = z.strictObject({
  /** The accepted text, compared after normalising both sides. */
  text: TextSchema.max(500),
  /** Credit in (0, 1]; 1 when absent. */
  fraction: z
    .number()
    .gt(0, "an accepted answer must earn more than 0")
    .max(1, "fraction must be at most 1")
    .optional(),
  /** Shown after scoring when this answer matched. */
  feedback: MarkdownSchema.optional(),
});

/**
 * How typed text is compared. Text is always NFKC-normalised, trimmed, whitespace-collapsed and
 * has typographic quotes and dashes folded.
 */
export const TextMatchingSchema = z.strictObject({
  /** Compare letter case too (default false). */
  caseSensitive: z.boolean().default(DEFAULTS.caseSensitive),
  /** Treat `á` as `a` (default false). */
  ignoreDiacritics: z.boolean().default(DEFAULTS.ignoreDiacritics),
  /** Drop punctuation before comparing, so `v.` matches `v` (default false). */
  ignorePunctuation: z.boolean().default(DEFAULTS.ignorePunctuation),
  /**
   * Damerau-Levenshtein edits allowed per character of the accepted answer (0 = off; 0.2 allows
   * one edit per five characters, rounded down). Never applied to answers of 3 characters or fewer.
   */
  typoTolerance: z
    .number()
    .min(0, "typoTolerance must be at least 0")
    .max(0.5, "typoTolerance must be at most 0.5")
    .default(DEFAULTS.typoTolerance),
});

/** A typed word or phrase compared with accepted answers. */
export const ShortTextQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("short-text"),
    /** Accepted answers; the best match counts. */
    answers: z.array(AcceptedAnswerSchema).min(1, "needs at least one accepted answer"),
    /** How typed text is compared with the answers. */
    matching: TextMatchingSchema.optional(),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.answers, (a) => a.text, ["answers"], "accepted answer");
  });
