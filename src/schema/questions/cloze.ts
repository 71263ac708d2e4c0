import * as z from "zod";
import { IdSchema, MarkdownSchema, OptionIdSchema, questionBase, reportDuplicates, TextSchema } from "../_shared.js";
import { AcceptedAnswerSchema, TextMatchingSchema } from "./short-text.js";

/** A blank the learner types into, compared like a short-text question. */
export const TextBlankSchema = z.strictObject({
  /** The blank's id, as in its `{{id}}` marker; must not spell the answer. */
  id: IdSchema,
  /** A typed blank. */
  kind: z.literal("text"),
  /** Accepted answers, as in a short-text question. */
  answers: z.array(AcceptedAnswerSchema).min(1, "needs at least one accepted answer"),
  /** How typed text is compared with the answers. */
  matching: TextMatchingSchema.optional(),
});

/** A blank filled from a list, exactly one entry keyed. */
export const ChoiceBlankSchema = z.strictObject({
  /** The blank's id, as in its `{{id}}` marker; must not spell the answer. */
  id: IdSchema,
  /** A blank filled from a list. */
  kind: z.literal("choice"),
  /** The options (at least two); exactly one is `correct`. */
  choices: z
    .array(
      z.strictObject({
        /** The id a response gives for this blank. */
        id: OptionIdSchema,
        /** The option's label. */
        text: TextSchema,
        /** Marks the keyed option. */
        correct: z.boolean().optional(),
      }),
    )
    .min(2, "needs at least two choices"),
});

/** One blank of a cloze question. */
export const BlankSchema = z.discriminatedUnion("kind", [TextBlankSchema, ChoiceBlankSchema]);

/** Markers look like `{{blank-id}}`; parsed with a fixed pattern, never one built from content. */
const MARKER = /\{\{([^{}]*)\}\}/g;

/** Lists the blank ids marked in cloze text, in order of appearance. */
export function clozeMarkers(text: string): string[] {
  return Array.from(text.matchAll(MARKER), (m) => (m[1] ?? "").trim());
}

/** Text with `{{blank-id}}` markers; every marker has exactly one blank and vice versa. */
export const ClozeQuestionSchema = z
  .strictObject({
    ...questionBase,
    /** The question type. */
    type: z.literal("cloze"),
    /** The passage, with a `{{blank-id}}` marker for each blank (Markdown). */
    text: MarkdownSchema,
    /** The blanks; each is worth an equal share of the points. */
    blanks: z.array(BlankSchema).min(1, "needs at least one blank"),
  })
  .superRefine((q, ctx) => {
    reportDuplicates(ctx, q.blanks, (b) => b.id, ["blanks"], "blank id");
    const markers = clozeMarkers(q.text);
    reportDuplicates(ctx, markers, (m) => m, ["text"], "marker");
    const blankIds = new Set(q.blanks.map((b) => b.id));
    for (const marker of new Set(markers)) {
      if (!blankIds.has(marker)) {
        ctx.addIssue({ code: "custom", message: `marker {{${marker}}} has no blank`, path: ["text"] });
      }
    }
    q.blanks.forEach((blank, i) => {
      if (!markers.includes(blank.id)) {
        ctx.addIssue({
          code: "custom",
          message: `blank "${blank.id}" has no {{${blank.id}}} marker in text`,
          path: ["blanks", i],
        });
      }
      // Blank ids reach the learner's browser (responses are keyed by them), so they must not spell the answer.
      const idWords = ` ${blank.id.replace(/-/g, " ")} `;
      const answers =
        blank.kind === "text"
          ? blank.answers.map((a) => a.text)
          : blank.choices.filter((c) => c.correct).map((c) => c.text);
      if (
        answers.some((a) =>
          idWords.includes(
            ` ${a
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, " ")
              .trim()} `,
          ),
        )
      ) {
        ctx.addIssue({
          code: "custom",
          message: `blank id "${blank.id}" gives away the answer; use a neutral id such as "blank-${i + 1}"`,
          path: ["blanks", i, "id"],
        });
      }
      if (blank.kind === "choice") {
        reportDuplicates(ctx, blank.choices, (c) => c.id, ["blanks", i, "choices"], "choice id");
        const keyed = blank.choices.filter((c) => c.correct === true).length;
        if (keyed !== 1) {
          ctx.addIssue({
            code: "custom",
            message: `exactly one choice must be correct (found ${keyed})`,
            path: ["blanks", i, "choices"],
          });
        }
      }
    });
  });
