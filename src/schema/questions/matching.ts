import * as z from "zod";
import { DEFAULTS } from "../../_lib/semantics.js";
import { IdSchema, OptionIdSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";

/** A labelled entry on either side of a matching question. */
export const MatchEntrySchema = z.strictObject({
  /** The entry's id. */
  id: OptionIdSchema,
  /** The entry's label. */
  text: TextSchema,
});

/** Match each premise to one response; responses may include unused distractors. */
export const MatchingQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("matching"),
    /** Left-hand entries (2-20); each needs a response. */
    premises: z.array(MatchEntrySchema).min(2, "needs at least two premises").max(20),
    /** Right-hand entries (2-26), possibly more than the premises. */
    responses: z.array(MatchEntrySchema).min(2, "needs at least two responses").max(26),
    /** premise id → response id. */
    pairs: z.record(IdSchema, IdSchema),
    /** `per-pair` (default: each correct pair earns 1/n) or `all-or-nothing`. */
    scoring: z.enum(["per-pair", "all-or-nothing"]).default(DEFAULTS.matchingScoring),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.premises, (p) => p.id, ["premises"], "premise id");
    reportDuplicates(ctx, q.responses, (r) => r.id, ["responses"], "response id");
    const premises = new Set(q.premises.map((p) => p.id));
    const responses = new Set(q.responses.map((r) => r.id));
    for (const [premise, response] of Object.entries(q.pairs)) {
      if (!premises.has(premise)) {
        ctx.addIssue({ code: "custom", message: `unknown premise "${premise}"`, path: ["pairs", premise] });
      }
      if (!responses.has(response)) {
        ctx.addIssue({ code: "custom", message: `unknown response "${response}"`, path: ["pairs", premise] });
      }
    }
    q.premises.forEach((p, i) => {
      if (!Object.hasOwn(q.pairs, p.id)) {
        ctx.addIssue({
          code: "custom",
          message: `premise "${p.id}" has no matching response in pairs`,
          path: ["premises", i],
        });
      }
    });
  });
