import * as z from "zod";
import { DEFAULTS } from "../_lib/semantics.js";

/** Upper bound for any single Markdown field; keeps one typo from shipping a megabyte. */
const MAX_MARKDOWN = 20_000;

/**
 * Names that JavaScript objects inherit (every member of `Object.prototype`, and `prototype`). Ids
 * become keys of records such as a matching question's `pairs` and a learner's responses, where
 * such a name would read an inherited member instead of a value.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

/** A stable identifier: lowercase letters, digits and single hyphens (`kebab-case`), not a reserved name. */
export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)")
  .refine((id) => !RESERVED_IDS.has(id), {
    error: (issue) =>
      `"${String(issue.input)}" is reserved: JavaScript objects inherit a member of that name, so it cannot be an id`,
  });

/**
 * The id of anything a learner picks or arranges (choices, items, matching entries). These ids
 * reach the learner's browser, so they must not say which option is right.
 */
export const OptionIdSchema = IdSchema.refine(
  (id) => !/(^|-)(correct|incorrect|right|wrong|answer|key|distractor)(-|$)/.test(id),
  "option ids are shown to learners; do not use words such as correct, wrong, answer or distractor",
);

/** Non-empty plain text. */
export const TextSchema = z.string().trim().min(1, "must not be empty").max(MAX_MARKDOWN);

/** Non-empty Markdown. */
export const MarkdownSchema = z.string().trim().min(1, "must not be empty").max(MAX_MARKDOWN);

/** At least one source id; each must name a source of the lesson. */
export const SourceIdsSchema = z.array(IdSchema).min(1, "must cite at least one source");

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A full ISO calendar date, `YYYY-MM-DD`, that exists on the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date (YYYY-MM-DD)")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, "is not a real calendar date");

/** An ISO date at year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [y, m = 1, d = 1] = value.split("-").map(Number) as [number, number?, number?];
    return isRealDate(y, m, d);
  }, "is not a real calendar date");

/** A credit fraction in [-1, 1]; negative values are penalties. */
export const FractionSchema = z.number().min(-1, "fraction must be at least -1").max(1, "fraction must be at most 1");

/** Fields every question type shares. */
export const questionBase = {
  /** Unique within the lesson (and within a quiz); responses and results are keyed by it. */
  id: IdSchema,
  /** The question as the learner reads it (Markdown). */
  prompt: MarkdownSchema,
  /** Points for a fully correct response (default 1). */
  points: z.number().positive("points must be positive").max(1000).default(DEFAULTS.points),
  /** 1 (recall), 2 (application) or 3 (analysis). */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Objectives of the lesson this question assesses. */
  objectiveIds: z.array(IdSchema).min(1, "must name at least one objective"),
  /** Free-form kebab-case tags, for drawing and per-tag results. */
  tags: z.array(IdSchema).default([]),
  /** Why the right answer is right (Markdown); shown after scoring and in the answer key. */
  explanation: MarkdownSchema,
  /** Sources that support the answer. */
  sourceIds: SourceIdsSchema,
  /** Hints revealed one at a time (Markdown); a quiz may deduct points per hint. */
  hints: z.array(MarkdownSchema).default([]),
  /** Id of a lesson source whose excerpt the question asks students to read. */
  excerptSourceId: IdSchema.optional(),
};

/** A minimal view of zod's refinement context, so helpers stay independent of zod internals. */
export interface IssueSink {
  addIssue(issue: { code: "custom"; message: string; path: PropertyKey[]; input?: unknown }): void;
}

/** Reports every repeated value of `key` among `items`, at the path of the repeat. */
export function reportDuplicates<T>(
  ctx: IssueSink,
  items: readonly T[],
  key: (item: T) => string,
  path: PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      ctx.addIssue({ code: "custom", message: `duplicate ${what} "${value}"`, path: [...path, index] });
    }
    seen.add(value);
  });
}

/** Reports every id in `ids` that is not in `known`. */
export function reportUnknown(
  ctx: IssueSink,
  ids: readonly string[],
  known: ReadonlySet<string>,
  path: PropertyKey[],
  what: string,
): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      ctx.addIssue({ code: "custom", message: `unknown ${what} "${id}"`, path: [...path, index] });
    }
  });
}
