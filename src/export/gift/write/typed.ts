import { absoluteTolerance, answerFractionOf, textMatchingOf } from "../../../_lib/semantics.js";
import type { AcceptedAnswer, QuestionOfType, TextMatching } from "../../../schema/types.js";
import { decimal } from "../../_shared/numbers.js";
import { answers, type Context, type Formatter, feedback, stem, weight } from "./shared.js";
import { giftEscape } from "./text.js";

export function reportTextMatching(ctx: Context, matching: TextMatching | undefined): void {
  const rules = textMatchingOf(matching);
  const lost: string[] = [];
  if (rules.caseSensitive) lost.push("case-sensitive matching (Moodle's GIFT import always ignores case)");
  if (rules.typoTolerance > 0) lost.push(`typo tolerance ${rules.typoTolerance}`);
  if (rules.ignorePunctuation) lost.push("ignored punctuation");
  if (rules.ignoreDiacritics) lost.push("ignored diacritics");
  if (lost.length > 0)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      `Moodle short answers match text exactly apart from case and * wildcards; not kept: ${lost.join(", ")}.`,
    );
}

/**
 * A short answer as Moodle stores it: a plain string, `*` written as `\*` (a literal star, not a
 * wildcard). A leading `[format]` tag is kept as text by an explicit `[plain]`; a leading weight
 * by an explicit `%100%`.
 */
function shortAnswer(text: string, weightPrefix: string): string {
  const format = /^\[(?:moodle|html|plain|markdown)\]/i.test(text) ? "[plain]" : "";
  const shield = weightPrefix === "" && format === "" && /^%-*\d/.test(text) ? "%100%" : "";
  return `${weightPrefix}${shield}${format}${giftEscape(text).replace(/\*/g, "\\*")}`;
}

/** Typed answers as `=%w%text#feedback` lines, or null when Moodle would misread one. */
export function typedAnswers(list: readonly AcceptedAnswer[], ctx: Context): string[] | null {
  if (list.some((a) => a.text.includes("->"))) {
    ctx.report(
      "skipped",
      "unsafe_text",
      'An accepted answer contains "->", which Moodle would read as a matching question; GIFT has no escape for it.',
    );
    return null;
  }
  return list.map((a) => {
    const w = answerFractionOf(a) === 1 ? "" : weight(answerFractionOf(a), ctx);
    return `=${shortAnswer(a.text, w)}${feedback(a.feedback)}`;
  });
}

export const shortText: Formatter<"short-text"> = (question, ctx) => {
  const lines = typedAnswers(question.answers, ctx);
  if (lines === null) return null;
  reportTextMatching(ctx, question.matching);
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

function numericAnswer(target: QuestionOfType<"numeric">["answer"]): string {
  if ("min" in target) return `${decimal(target.min)}..${decimal(target.max)}`;
  const absolute = absoluteTolerance(target);
  return absolute === 0 ? decimal(target.value) : `${decimal(target.value)}:${decimal(absolute)}`;
}

export const numeric: Formatter<"numeric"> = (question, ctx) => {
  if (question.unit !== undefined)
    ctx.report(
      "dropped",
      "unit_dropped",
      `GIFT has no units: the label "${question.unit}" beside the input is not exported.`,
    );
  const lines = [`=${numericAnswer(question.answer)}`];
  for (const miss of question.nearMisses ?? [])
    lines.push(`=${weight(miss.fraction, ctx)}${numericAnswer(miss.answer)}${feedback(miss.feedback)}`);
  return `${stem(question, ctx)}${answers(lines, question.explanation, "{#")}`;
};
