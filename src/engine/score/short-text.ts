import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult } from "../types.js";
import { validateShortText } from "../validate/short-text.js";
import { feedbackFor, scored, unscorable } from "./_shared.js";
import { matchText } from "./_text.js";

/** Earns the fraction of the best accepted answer the text matches (exactly, or within typo tolerance). */
export function scoreShortText(question: Readonly<QuestionOfType<"short-text">>, response: unknown): QuestionResult {
  const rejected = unscorable(question, validateShortText(question, response));
  if (rejected) return rejected;
  const feedback = feedbackFor(question);
  const match = matchText(response as string, question.answers, question.matching);
  if (match === null) return scored(question, 0, feedback);
  feedback.matchedAnswer = match.answer.text;
  feedback.typoTolerated = match.typoTolerated;
  if (match.answer.feedback !== undefined) feedback.messages.push(match.answer.feedback);
  return scored(question, match.fraction, feedback);
}
