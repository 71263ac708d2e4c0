import type { Question, QuestionOfType } from "civics-lessons";
import type { GIFTQuestion } from "gift-pegjs";

/** Text of an HTML fragment as a reader sees it: tags dropped, references decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(p|li|ul|ol|blockquote)>|<(br|li)\/?>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * gift-pegjs copies Moodle's escape handling but forgets the last step for matching answers: an
 * escaped `\:` after `->` comes back as Moodle's internal placeholder `&&058;`. Moodle itself
 * (`qformat_gift::readquestion`, `escapedchar_post` on subanswers) restores the colon.
 */
export function moodlePlaceholders(text: string): string {
  const chars: Record<string, string> = { "058": ":", "035": "#", "061": "=", "123": "{", "125": "}", "126": "~" };
  return text.replace(/&&(058|035|061|123|125|126);/g, (_, code: string) => chars[code] as string);
}

/** What gift-pegjs should read for an exported question (texts as a reader sees them), or null if not exported. */
export function expectedPeg(question: Question): Record<string, unknown> | null {
  const sorted = (texts: string[]) => [...texts].sort();
  switch (question.type) {
    case "single-choice":
      return {
        type: "MC",
        correct: question.choices.filter((c) => c.correct === true).map((c) => c.text),
        texts: sorted(question.choices.map((c) => c.text)),
      };
    case "multiple-choice":
      return { type: "MC", correct: [], texts: sorted(question.choices.map((c) => c.text)) };
    case "true-false":
      return { type: "TF", isTrue: question.answer };
    case "short-text":
      return { type: "Short", texts: question.answers.map((a) => a.text) };
    case "numeric":
      return { type: "Numerical" };
    case "matching":
      return {
        type: "Matching",
        pairs: sorted(
          question.premises.map(
            (p) => `${p.text} => ${question.responses.find((r) => r.id === question.pairs[p.id])?.text}`,
          ),
        ),
      };
    case "categorize":
      return {
        type: "Matching",
        pairs: sorted(
          question.items.map((i) => `${i.text} => ${question.categories.find((c) => c.id === i.categoryId)?.text}`),
        ),
      };
    case "cloze": {
      const blank = question.blanks[0];
      if (question.blanks.length !== 1 || !blank) return null;
      return blank.kind === "choice"
        ? {
            type: "MC",
            correct: blank.choices.filter((c) => c.correct === true).map((c) => c.text),
            texts: sorted(blank.choices.map((c) => c.text)),
          }
        : { type: "Short", texts: blank.answers.map((a) => a.text) };
    }
    case "ordering":
      return null;
  }
}

/** The same view of what gift-pegjs read. */
export function actualPeg(parsed: GIFTQuestion): Record<string, unknown> {
  const plain = (t: string) => t.replace(/\\\*/g, "*").replace(/^\[plain\]/, "");
  switch (parsed.type) {
    case "MC":
      return {
        type: "MC",
        correct: parsed.choices.filter((c) => c.isCorrect && c.weight === null).map((c) => htmlText(c.text.text)),
        texts: parsed.choices.map((c) => htmlText(c.text.text)).sort(),
      };
    case "TF":
      return { type: "TF", isTrue: parsed.isTrue };
    case "Short":
      return { type: "Short", texts: parsed.choices.map((c) => plain(c.text.text)) };
    case "Numerical":
      return { type: "Numerical" };
    case "Matching":
      return {
        type: "Matching",
        pairs: parsed.matchPairs
          .filter((p) => p.subquestion.text !== "")
          .map((p) => `${htmlText(p.subquestion.text)} => ${moodlePlaceholders(p.subanswer)}`)
          .sort(),
      };
    default:
      return { type: parsed.type };
  }
}

/** Maps a response to an original question onto the question fromGift made of its export (options matched by text). */
export function mapResponse(original: Question, imported: Question, response: unknown): unknown {
  const byText = (
    from: readonly { id: string; text: string }[],
    to: readonly { id: string; text: string }[],
    id: unknown,
  ) => to.find((x) => x.text === from.find((y) => y.id === id)?.text)?.id;
  switch (original.type) {
    case "single-choice":
      return byText(original.choices, (imported as QuestionOfType<"single-choice">).choices, response);
    case "multiple-choice":
      return (response as string[]).map((id) =>
        byText(original.choices, (imported as QuestionOfType<"multiple-choice">).choices, id),
      );
    case "matching":
    case "categorize": {
      const target = imported as QuestionOfType<"matching">;
      const sources = original.type === "matching" ? original.premises : original.items;
      const targets = original.type === "matching" ? original.responses : original.categories;
      return Object.fromEntries(
        Object.entries(response as Record<string, string>).map(([from, to]) => [
          byText(sources, target.premises, from),
          byText(targets, target.responses, to),
        ]),
      );
    }
    case "cloze": {
      const blank = original.blanks[0] as QuestionOfType<"cloze">["blanks"][number];
      const given = (response as Record<string, string>)[blank.id];
      const importedChoices =
        imported.type === "single-choice"
          ? imported.choices
          : imported.type === "cloze" && imported.blanks[0]?.kind === "choice"
            ? imported.blanks[0].choices
            : undefined;
      const value = blank.kind === "choice" && importedChoices ? byText(blank.choices, importedChoices, given) : given;
      if (imported.type === "cloze") return given === undefined ? {} : { blank: value };
      return value;
    }
    default:
      return response;
  }
}
