import type { QuestionOfType } from "../../schema/types.js";
import type { QuestionResult, ResultFeedback } from "../types.js";
import { scored } from "./_shared.js";
import { matchText } from "./_text.js";

/** Earns the fraction of the best accepted answer the text matches (exactly, or within typo tolerance). */
export function scoreShortText(question: Readonly<QuestionOfType<"short-text">>, response: string): QuestionResult {
  const feedback: ResultFeedback = { explanation: question.explanation, messages: [] };
  const match = matchText(response, question.answers, question.matching);
  if (match === null) return scored(question, 0, feedback);
  feedback.matchedAnswer = match.answer.text;
  feedback.typoTolerated = match.typoTolerated;
  if (match.answer.feedback !== undefined) feedback.messages.push(match.answer.feedback);
  return scored(question, match.fraction, feedback);
}
