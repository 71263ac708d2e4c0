import type { Question, QuestionOfType } from "../../../schema/types.js";
import { type Formatted, withFormat } from "./convert.js";
import { comment, type Draft, split, weighed } from "./draft.js";
import { BLANK_MARK } from "./escapes.js";

/** The schema's limit on choices in a question. */
const MAX_CHOICES = 26;

/** The text around a missing-word blank. */
export interface ClozeParts {
  before: string;
  after: string;
}

/**
 * The prompt and cloze text of a missing-word question: the prompt ends at the last paragraph
 * break before the blank.
 */
export function clozeText(draft: Draft, parts: ClozeParts): { prompt: string; text: string } {
  const whole = draft.markdown(withFormat(`${parts.before}${BLANK_MARK}${parts.after}`, draft.format), "question text");
  const [head = "", tail = ""] = whole.split(BLANK_MARK);
  const breakAt = head.lastIndexOf("\n\n");
  const prompt = breakAt === -1 ? "" : head.slice(0, breakAt).trim();
  const text = `${breakAt === -1 ? head : head.slice(breakAt + 2)}{{blank}}${tail}`.trim();
  return { prompt: prompt === "" ? "Fill in the blank." : prompt, text };
}

/** Reads `{=a ~b ~%50%c}` (single answer) or `{~%50%a ~%50%b ~c}` (several answers). */
export function choiceQuestion(
  draft: Draft,
  answerText: string,
  offset: number,
  cloze: ClozeParts | null,
): Question | null {
  const single = answerText.includes("=");
  const parts: { fraction: number; weighted: boolean; answer: Formatted; feedback: Formatted | null }[] = [];
  for (const part of split(answerText, "~=", offset)) {
    const raw = part.text.trim();
    const isKey = raw.startsWith("=");
    const body = isKey || raw.startsWith("~") ? raw.slice(1) : raw;
    const w = isKey ? { fraction: 1 as number | null, rest: body } : weighed(body.trimStart());
    const { answer, feedback } = comment(w.rest, draft.format);
    // Moodle ignores empty answers (a stray "~" or "=").
    if (answer.text === "" && feedback === null) continue;
    const fraction = w.fraction ?? 0; // semantics: not a copy (in GIFT, "~" without a weight is worth 0%)
    parts.push({ fraction, weighted: w.fraction !== null, answer, feedback });
    if (parts.length > MAX_CHOICES) {
      draft.report(
        "skipped",
        "not_representable",
        `Choice questions hold at most ${MAX_CHOICES} choices; this one has more.`,
      );
      return null;
    }
  }
  if (parts.length < 2) draft.block.failAt(draft.line, "a multiple-choice question needs at least two answers");
  const texts = parts.map((p) => draft.plain(p.answer, "answers"));
  if (texts.some((t) => t === "")) {
    draft.report(
      "skipped",
      "not_representable",
      "An answer has no text left once its HTML is removed (an image, say).",
    );
    return null;
  }
  const feedbacks = parts.map((p) =>
    p.feedback === null ? undefined : draft.markdown(p.feedback, "feedback") || undefined,
  );
  const ids = texts.map((text) => draft.ids.hashed("", draft.id, "choice", text));
  const keys = parts.filter((p) => p.fraction === 1).length;

  const plainCloze =
    single &&
    cloze !== null &&
    keys === 1 &&
    parts.every((p) => p.fraction === 1 || (p.fraction === 0 && !p.weighted)) &&
    feedbacks.every((f) => f === undefined);
  if (plainCloze) {
    const { prompt, text } = clozeText(draft, cloze);
    const choices = parts.map((p, i) => ({
      id: ids[i] as string,
      text: texts[i] as string,
      ...(p.fraction === 1 ? { correct: true } : {}),
    }));
    return { ...draft.base(), type: "cloze", prompt, text, blanks: [{ id: "blank", kind: "choice", choices }] };
  }

  const clamp = (f: number) => {
    if (f >= -1 && f <= 1) return f;
    draft.report(
      "approximated",
      "scoring_approximated",
      `A weight of ${Number((f * 100).toFixed(5))}% was limited to ±100%.`,
    );
    return Math.min(1, Math.max(-1, f));
  };
  if (single) {
    const keyIndex = parts.findIndex((p) => p.fraction === 1);
    if (keyIndex === -1) draft.block.failAt(draft.line, "a single-answer question needs an answer worth 100%");
    if (keys > 1)
      draft.report(
        "approximated",
        "feature_dropped",
        `${keys} answers are worth 100%: the first is the keyed choice, the others keep full credit as fraction 1.`,
      );
    const choices = parts.map((p, i) => {
      const choice: QuestionOfType<"single-choice">["choices"][number] = {
        id: ids[i] as string,
        text: texts[i] as string,
      };
      if (i === keyIndex) choice.correct = true;
      else if (p.fraction !== 0) choice.fraction = clamp(p.fraction);
      const fb = feedbacks[i];
      if (fb !== undefined) choice.feedback = fb;
      return choice;
    });
    return { ...draft.base(), type: "single-choice", choices };
  }

  const positive = parts.reduce((sum, p) => sum + Math.max(0, p.fraction), 0);
  if (positive <= 0)
    draft.block.fail(offset, "a multiple-answer question needs at least one answer with a positive weight");
  const scaled = Math.abs(positive - 1) > 1e-4; // semantics: not a copy (GIFT weights have 5 decimals: 3 x 33.33333%)
  if (scaled)
    draft.report(
      "approximated",
      "scoring_approximated",
      `The positive weights add up to ${Number((positive * 100).toFixed(5))}% (Moodle requires 100%); they were scaled to 100%.`,
    );
  const choices = parts.map((p, i) => {
    const fraction = p.fraction > 0 ? p.fraction / positive : clamp(p.fraction);
    const choice: QuestionOfType<"multiple-choice">["choices"][number] = {
      id: ids[i] as string,
      text: texts[i] as string,
      fraction,
    };
    if (p.fraction > 0) choice.correct = true;
    const fb = feedbacks[i];
    if (fb !== undefined) choice.feedback = fb;
    return choice;
  });
  return { ...draft.base(), type: "multiple-choice", scoring: "fractions", choices };
}
