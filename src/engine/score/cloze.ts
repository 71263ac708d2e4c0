import { own } from "../../_lib/read.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult } from "../types.js";
import { validateCloze } from "../validate/cloze.js";
import { feedbackFor, scored, unscorable } from "./_shared.js";
import { matchText } from "./_text.js";

/**
 * Each blank is worth an equal share: a typed blank earns its matched answer's fraction (as in
 * short-text), a choice blank all or nothing.
 */
export function scoreCloze(question: Readonly<QuestionOfType<"cloze">>, response: unknown): QuestionResult {
  const rejected = unscorable(question, validateCloze(question, response), true);
  if (rejected) return rejected;
  const feedback = feedbackFor(question);
  let total = 0;
  feedback.parts = question.blanks.map((blank) => {
    const given = own(response as Record<string, unknown>, blank.id);
    // Built in place so the keys keep their documented order: id, correct, given, expected, ...
    const part: PartFeedback = {
      id: blank.id,
      correct: false,
      ...(typeof given === "string" && given !== "" && { given }),
      expected: "",
    };
    if (blank.kind === "choice") {
      part.expected = blank.choices.find((c) => c.correct === true)?.id ?? "";
      part.correct = part.given === part.expected;
      if (part.correct) total += 1;
      return part;
    }
    part.expected = blank.answers[0]?.text ?? "";
    const match = part.given === undefined ? null : matchText(part.given, blank.answers, blank.matching);
    if (match) {
      total += match.fraction;
      part.correct = match.fraction === 1;
      part.matchedAnswer = match.answer.text;
      part.typoTolerated = match.typoTolerated;
      if (match.answer.feedback !== undefined) feedback.messages.push(match.answer.feedback);
    }
    return part;
  });
  return scored(question, total / question.blanks.length, feedback);
}
