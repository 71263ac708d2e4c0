import { answerFractionOf } from "../../../_lib/semantics.js";
import type { AcceptedAnswer, NumericTarget, Question, QuestionOfType } from "../../../schema/types.js";
import { type ClozeParts, clozeText } from "./choice.js";
import { withFormat } from "./convert.js";
import { comment, type Draft, split, weighed } from "./draft.js";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const percent = (fraction: number) => Number((fraction * 100).toFixed(5));

/**
 * Moodle's true-false check: the answer block is T, TRUE, F or FALSE before any feedback.
 *
 * @example
 * isTrueFalse("TRUE#No.#Yes.")
 * //=> true
 */
export function isTrueFalse(answerText: string): boolean {
  const hash = answerText.indexOf("#");
  const head = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
  return ["T", "TRUE", "F", "FALSE"].includes(head);
}

/** Reads `{T}` or `{FALSE#feedback if wrong#feedback if right}`. */
export function trueFalseQuestion(draft: Draft, answerText: string): Question {
  // Moodle's split_truefalse_comment: answer, then feedback for the wrong answer, then for the right one.
  const [head = "", wrongRaw, rightRaw] = splitLimit(answerText, "#", 3);
  const answer = head.trim() === "T" || head.trim() === "TRUE";
  const text = (raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const value = draft.markdown(withFormat(raw, draft.format), "feedback");
    return value === "" ? undefined : value;
  };
  const wrong = text(wrongRaw);
  const right = text(rightRaw);
  const question: QuestionOfType<"true-false"> = { ...draft.base(), type: "true-false", answer };
  const feedbackTrue = answer ? right : wrong;
  const feedbackFalse = answer ? wrong : right;
  if (feedbackTrue !== undefined) question.feedbackTrue = feedbackTrue;
  if (feedbackFalse !== undefined) question.feedbackFalse = feedbackFalse;
  return question;
}

function splitLimit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

/** Reads `{=a =%50%b#feedback}`, as a short-text question or, for a missing word, a cloze. */
export function shortQuestion(
  draft: Draft,
  answerText: string,
  offset: number,
  cloze: ClozeParts | null,
): Question | null {
  // In file order; a better-credited repeat replaces the earlier one and moves to its place.
  const byText = new Map<string, AcceptedAnswer>();
  for (const part of split(answerText, "=", offset)) {
    const raw = part.text.trim().replace(/^=/, "");
    const w = weighed(raw.trimStart());
    const fraction = w.fraction ?? 1; // semantics: not a copy (in GIFT, "=" without a weight is worth 100%)
    const { answer, feedback } = comment(w.rest, draft.format);
    let value = draft.plain(answer, "answers");
    if (value === "*" || fraction <= 0) {
      draft.report(
        "dropped",
        "feature_dropped",
        `The answer "${value}" worth ${percent(fraction)}% is not kept: accepted answers must earn credit, and there is no catch-all.`,
      );
      continue;
    }
    if (/(?<!\\)\*/.test(value))
      draft.report("approximated", "feature_dropped", `The * wildcard in "${value}" is read as a literal star.`);
    value = value.replace(/\\\*/g, "*");
    if (value === "") draft.block.fail(part.offset, "an accepted answer is empty");
    const accepted: AcceptedAnswer = { text: value };
    if (fraction < 1) accepted.fraction = fraction;
    if (fraction > 1) draft.report("approximated", "scoring_approximated", "A weight above 100% was capped at 100%.");
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") accepted.feedback = shown;
    const same = byText.get(value);
    if (same !== undefined) {
      draft.report(
        "approximated",
        "feature_dropped",
        `The answer "${value}" is listed twice; the better-credited one is kept.`,
      );
      if (answerFractionOf(same) >= answerFractionOf(accepted)) continue;
      byText.delete(value);
    }
    byText.set(value, accepted);
  }
  const answers = [...byText.values()];
  if (answers.length === 0) {
    draft.report("skipped", "not_representable", "The short answer has no answer that earns credit.");
    return null;
  }
  if (cloze) {
    const { prompt, text } = clozeText(draft, cloze);
    return { ...draft.base(), type: "cloze", prompt, text, blanks: [{ id: "blank", kind: "text", answers }] };
  }
  return { ...draft.base(), type: "short-text", answers };
}

/** One numeric answer: a target, its credit and feedback. */
interface NumericAnswer {
  target: NumericTarget;
  fraction: number;
  feedback?: string;
}

function numericTarget(draft: Draft, value: string, offset: number): NumericTarget {
  const range = /^(.+?)\.\.(.+)$/.exec(value);
  const tolerance = /^(.+?):(.+)$/.exec(value);
  if (range && NUMBER.test(range[1] as string) && NUMBER.test(range[2] as string)) {
    const [low, high] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number];
    return { min: low, max: high };
  }
  if (tolerance && NUMBER.test(tolerance[1] as string) && NUMBER.test(tolerance[2] as string))
    return { value: Number(tolerance[1]), tolerance: Math.abs(Number(tolerance[2])) };
  if (NUMBER.test(value)) return { value: Number(value) };
  return draft.block.fail(offset, `"${value}" is not a number, a number:tolerance or a min..max range`);
}

/** Reads `{#3:0.5}`, `{#1..5}` or `{#=9 =%50%8:1 ~#feedback for any other answer}`. */
export function numericQuestion(draft: Draft, answerText: string, offset: number): Question | null {
  const tilde = answerText.indexOf("~");
  const body = tilde === -1 ? answerText : answerText.slice(0, tilde);
  const targets: NumericAnswer[] = [];
  for (const part of split(body, "=", offset)) {
    const raw = part.text.trim().replace(/^=/, "");
    const w = weighed(raw.trimStart());
    const { answer, feedback } = comment(w.rest, draft.format);
    const entry: NumericAnswer = {
      target: numericTarget(draft, answer.text.replace(/\s+/g, ""), part.offset),
      fraction: w.fraction ?? 1, // semantics: not a copy (in GIFT, "=" without a weight is worth 100%)
    };
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") entry.feedback = shown;
    targets.push(entry);
  }
  if (targets.length === 0) draft.block.failAt(draft.line, "a numeric question needs at least one answer");
  const keyIndex = targets.findIndex((t) => t.fraction >= 1);
  if (keyIndex === -1) draft.block.failAt(draft.line, "a numeric question needs an answer worth 100%");
  const key = targets[keyIndex] as NumericAnswer;
  if (key.feedback !== undefined)
    draft.report(
      "dropped",
      "feature_dropped",
      "Feedback on the full-credit answer is not kept (the explanation is shown instead).",
    );
  const nearMisses: NonNullable<QuestionOfType<"numeric">["nearMisses"]> = [];
  targets.forEach((t, i) => {
    if (i === keyIndex) return;
    const miss: (typeof nearMisses)[number] = { answer: t.target, fraction: Math.min(1, Math.max(0, t.fraction)) };
    if (t.fraction < 0)
      draft.report("approximated", "scoring_approximated", "A negative numeric weight was raised to 0%.");
    if (t.feedback !== undefined) miss.feedback = t.feedback;
    nearMisses.push(miss);
  });
  if (tilde !== -1) {
    const { feedback } = comment(answerText.slice(tilde + 1).trim(), draft.format);
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") {
      // Moodle's "any other answer" (*) feedback: a zero-credit near miss over every number, listed
      // last so that any specific near miss wins.
      nearMisses.push({ answer: { min: -1e308, max: 1e308 }, fraction: 0, feedback: shown });
      draft.report(
        "approximated",
        "feature_dropped",
        "The feedback for any other answer became a zero-credit near miss covering every number (-1e308..1e308).",
      );
    }
  }
  const question: QuestionOfType<"numeric"> = { ...draft.base(), type: "numeric", answer: key.target };
  if (nearMisses.length > 0) question.nearMisses = nearMisses;
  return question;
}
