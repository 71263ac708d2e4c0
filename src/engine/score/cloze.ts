import { own } from "../../_lib/read.js";
import { keyedIds } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import type { PartFeedback, QuestionResult, ResultFeedback } from "../types.js";
import { scored } from "./_shared.js";
import { matchText } from "./_text.js";

/**
 * Each blank is worth an equal share: a typed blank earns its matched answer's fraction (as in
 * short-text), a choice blank all or nothing. Blanks left empty earn nothing.
 */
export function scoreCloze(
  question: Readonly<QuestionOfType<"cloze">>,
  response: Record<string, unknown>,
): QuestionResult {
  const feedback: ResultFeedback = { explanation: question.explanation, messages: [], parts: [] };
  let total = 0;
  for (const blank of question.blanks) {
    const value = own(response, blank.id);
    const given = typeof value === "string" && value !== "" ? value : undefined;
    const expected = blank.kind === "choice" ? (keyedIds(blank.choices)[0] ?? "") : (blank.answers[0]?.text ?? "");
    // Built in this order so the keys read as documented: id, correct, given, expected, ...
    const part: PartFeedback = { id: blank.id, correct: false, ...(given !== undefined && { given }), expected };
    if (blank.kind === "choice") {
      part.correct = given === expected;
      if (part.correct) total += 1;
    } else if (given !== undefined) {
      const match = matchText(given, blank.answers, blank.matching);
      if (match) {
        total += match.fraction;
        part.correct = match.fraction === 1;
        part.matchedAnswer = match.answer.text;
        part.typoTolerated = match.typoTolerated;
        if (match.answer.feedback !== undefined) feedback.messages.push(match.answer.feedback);
      }
    }
    feedback.parts?.push(part);
  }
  return scored(question, total / question.blanks.length, feedback);
}
