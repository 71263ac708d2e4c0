/** Typed-text answers as QTI string mappings: the keys each accepted answer is matched by. */
import { answerFractionOf, normalizeText, textMatchingOf } from "../../_lib/semantics.js";
import type { AcceptedAnswer, TextMatching } from "../../schema/types.js";
import type { Report } from "../_shared/issues.js";
import { el, type XmlElement } from "../_shared/xml.js";
import { base, condition, op, showFeedback, variable } from "./vocabulary.js";

/** One key of a string mapping. */
export interface TextEntry {
  key: string;
  value: number;
  caseSensitive: boolean;
  /** Index of the accepted answer the key stands for. */
  answerIndex: number;
}

/** Typed text the way the engine compares it, plus the variants its options accept. */
function acceptedKeys(answer: AcceptedAnswer, matching: TextMatching | undefined): string[] {
  const keep = { caseSensitive: true };
  const keys = [answer.text.replace(/\s+/g, " ").trim(), normalizeText(answer.text, keep)];
  const { ignorePunctuation: punct, ignoreDiacritics: marks } = textMatchingOf(matching);
  if (punct) keys.push(normalizeText(answer.text, { ...keep, ignorePunctuation: true }));
  if (marks) keys.push(normalizeText(answer.text, { ...keep, ignoreDiacritics: true }));
  if (punct && marks)
    keys.push(normalizeText(answer.text, { ...keep, ignorePunctuation: true, ignoreDiacritics: true }));
  return keys.filter((k) => k !== "");
}

/**
 * Map entries for typed answers: each accepted answer and its variants, best credit first, with
 * no key listed twice (case-insensitively unless matching is case-sensitive).
 *
 * @example
 * textEntries([{ text: "Paris" }], undefined, 2).map((e) => e.key)
 * //=> ["Paris"]
 */
export function textEntries(
  answers: readonly AcceptedAnswer[],
  matching: TextMatching | undefined,
  scale: number,
): TextEntry[] {
  const { caseSensitive } = textMatchingOf(matching);
  const seen = new Set<string>();
  const ranked = answers
    .map((answer, answerIndex) => ({ answer, answerIndex }))
    .sort((a, b) => answerFractionOf(b.answer) - answerFractionOf(a.answer));
  const entries: TextEntry[] = [];
  for (const { answer, answerIndex } of ranked) {
    for (const key of acceptedKeys(answer, matching)) {
      const seenKey = caseSensitive ? key : key.toLowerCase();
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      entries.push({ key, value: answerFractionOf(answer) * scale, caseSensitive, answerIndex });
    }
  }
  return entries;
}

/** Reports the text-matching options QTI's exact string mapping cannot reproduce. */
export function reportTextMatching(report: Report, matching: TextMatching | undefined, where = ""): void {
  const rules = textMatchingOf(matching);
  const lost: string[] = [];
  if (rules.typoTolerance > 0) lost.push(`typo tolerance ${rules.typoTolerance} (not kept)`);
  if (rules.ignorePunctuation) lost.push("ignored punctuation (a punctuation-free variant of each answer was added)");
  if (rules.ignoreDiacritics) lost.push("ignored diacritics (an unaccented variant of each answer was added)");
  if (lost.length > 0)
    report(
      "approximated",
      "text_matching_approximated",
      `QTI compares typed text exactly (apart from case)${where}: ${lost.join("; ")}.`,
    );
}

/** The correct response to declare: the first full-credit answer (else the first). */
export function correctText(answers: readonly AcceptedAnswer[]): string[] {
  const best = answers.find((a) => answerFractionOf(a) === 1) ?? answers[0];
  return best ? [best.text.replace(/\s+/g, " ").trim()] : [];
}

/** Feedback for typed answers: shown when the response equals one of that answer's keys. */
export function textFeedbackRules(
  response: string,
  answers: readonly AcceptedAnswer[],
  entries: readonly TextEntry[],
  idPrefix: string,
): { rules: XmlElement[]; feedback: { id: string; markdown: string }[] } {
  const rules: XmlElement[] = [];
  const feedback: { id: string; markdown: string }[] = [];
  answers.forEach((answer, index) => {
    if (answer.feedback === undefined) return;
    const keys = entries.filter((e) => e.answerIndex === index);
    if (keys.length === 0) return;
    const id = `${idPrefix}${index + 1}`;
    const tests = keys.map((k) =>
      el("qti-string-match", { "case-sensitive": String(k.caseSensitive) }, [
        variable(response),
        base("string", k.key),
      ]),
    );
    rules.push(condition([[tests.length === 1 ? (tests[0] as XmlElement) : op("or", ...tests), [showFeedback(id)]]]));
    feedback.push({ id, markdown: answer.feedback });
  });
  return { rules, feedback };
}
