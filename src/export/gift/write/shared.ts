import type { Lesson, Question, QuestionOfType, QuestionType } from "../../../schema/types.js";
import { excerptBlock } from "../../_shared/excerpt.js";
import type { Report } from "../../_shared/issues.js";
import { markdownToNodes, type Slot } from "../../_shared/markdown/render.js";
import { decimal } from "../../_shared/numbers.js";
import { giftEscape, htmlMarkdown, htmlNodes, htmlText, moodleGrade } from "./text.js";

/** Per-question state shared with the formatters. */
export interface Context {
  /** The lesson, for source excerpts (undefined for a bare list of questions). */
  lesson: Readonly<Lesson> | undefined;
  /** The seed of the written option order. */
  seed: string;
  /** Records an issue for the question. */
  report: Report;
}

/** Writes one question, or returns null (after reporting why) when GIFT cannot hold it. */
export type Formatter<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => string | null;

/**
 * The answer-weight prefix (`%25%`) for a credit fraction, snapped to a grade Moodle accepts,
 * reporting `grade_rounded` when it had to move.
 *
 * @example
 * weight(0.25, ctx)
 * //=> "%25%"
 */
export function weight(fraction: number, ctx: Context): string {
  const { percent, exact } = moodleGrade(fraction);
  if (!exact)
    ctx.report(
      "approximated",
      "grade_rounded",
      `Moodle accepts only set grades: a credit of ${decimal(Number((fraction * 100).toFixed(5)))}% was written as ${percent}%.`,
    );
  return `%${percent}%`;
}

/**
 * The question's title and text: `::id::[html]`, the excerpt (when the lesson has it), then the
 * prompt. `slot` places a cloze blank, which the caller then splits on.
 */
export function stem(question: Readonly<Question>, ctx: Context, extra?: { markdown: string; slot: Slot }): string {
  const excerpt = excerptBlock(question, ctx.lesson, ctx.report);
  const nodes = [
    ...(excerpt === undefined ? [] : [excerpt]),
    ...markdownToNodes(question.prompt),
    ...(extra === undefined ? [] : markdownToNodes(extra.markdown, extra.slot)),
  ];
  return `::${giftEscape(question.id)}::[html]${htmlNodes(nodes)}`;
}

/** An answer block: one answer per line, then the general feedback (the explanation). */
export function answers(lines: readonly string[], explanation: string, opening = "{"): string {
  return `${opening}\n${lines.map((line) => `\t${line}\n`).join("")}\t####${htmlMarkdown(explanation)}\n}`;
}

/** Per-answer feedback (`#…`), or nothing. */
export function feedback(markdown: string | undefined): string {
  return markdown === undefined ? "" : `#${htmlMarkdown(markdown)}`;
}

/** A choice line: `=` or `~`, an optional weight, the text as HTML and its feedback. */
export function choiceLine(prefix: "=" | "~", weightPrefix: string, text: string, fb: string | undefined): string {
  return `${prefix}${weightPrefix}${htmlText(text)}${feedback(fb)}`;
}

/** Reports, for choices marked `fixed`, that GIFT cannot pin them. */
export function reportFixed(question: { choices: readonly { fixed?: boolean | undefined }[] }, ctx: Context): void {
  if (question.choices.some((c) => c.fixed === true))
    ctx.report(
      "dropped",
      "fixed_order_dropped",
      "GIFT cannot pin a choice in place; Moodle may shuffle the choices marked fixed.",
    );
}
