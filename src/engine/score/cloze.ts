import { own } from "../../_lib/read.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult } from "../types.js";
import { validateCloze } from "../validate/cloze.js";
import { blocking, feedbackFor, scored, unscored } from "./_shared.js";
import { matchText } from "./_text.js";

/**
 * Each blank is worth an equal share: a typed blank earns its matched answer's fraction (as in
 * short-text), a choice blank all or nothing.
 */
export function scoreCloze(question: Readonly<QuestionOfType<"cloze">>, response: unknown): QuestionResult {
  const reason = blocking(validateCloze(question, response), true);
  if (reason) return unscored(question, reason);
  const record = response as Record<string, unknown>;
  const feedback = feedbackFor(question);
  let total = 0;
  feedback.parts = question.blanks.map((blank): PartFeedback => {
    const given = own(record, blank.id);
    const text = typeof given === "string" && given !== "" ? given : undefined;
    if (blank.kind === "choice") {
      const expected = blank.choices.find((c) => c.correct === true)?.id ?? "";
      const correct = text === expected;
      if (correct) total += 1;
      return text === undefined
        ? { id: blank.id, correct, expected }
        : { id: blank.id, correct, given: text, expected };
    }
    const expected = blank.answers[0]?.text ?? "";
    const match = text === undefined ? null : matchText(text, blank.answers, blank.matching);
    if (match === null)
      return text === undefined
        ? { id: blank.id, correct: false, expected }
        : { id: blank.id, correct: false, given: text, expected };
    total += match.fraction;
    if (match.answer.feedback !== undefined) feedback.messages.push(match.answer.feedback);
    return {
      id: blank.id,
      correct: match.fraction === 1,
      given: text as string,
      expected,
      matchedAnswer: match.answer.text,
      typoTolerated: match.typoTolerated,
    };
  });
  return scored(question, total / question.blanks.length, feedback);
}
