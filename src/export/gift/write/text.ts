/**
 * Lesson text as GIFT fields. Moodle renders a question's text, its choices, feedback, general
 * feedback and matching premises in the question's format, so they are written as `[html]`: the
 * lesson's Markdown rendered by the library's own safe renderer, or plain text with `&`, `<`, `>`
 * and `"` escaped. Short answers and matching responses are plain strings in Moodle (compared
 * with what the learner types, shown escaped), so they are written as they are.
 */
import { escapeHtml } from "../../_shared/escape.js";
import { markdownToMarkup } from "../../_shared/markdown/render.js";
import type { XmlNode } from "../../_shared/xml.js";
import { render } from "../../_shared/xml.js";

/**
 * Escapes GIFT's control characters the way Moodle's own export does (`qformat_gift::repchar`):
 * a backslash before `~ = # { } :` and before itself, and newlines as `\n`.
 *
 * @example
 * giftEscape("a=b {c}")
 * //=> "a\\=b \\{c\\}"
 */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, "\\n");
}

/**
 * Plain lesson text as an HTML field. A leading `[` or `%` is written as a character reference,
 * so Moodle can never read it as a `[format]` tag or a `%weight%`.
 *
 * @example
 * htmlText("%50% <b>")
 * //=> "&#37;50% &lt;b&gt;"
 */
export function htmlText(text: string): string {
  return giftEscape(escapeHtml(text).replace(/^\[/, "&#91;").replace(/^%/, "&#37;"));
}

/**
 * Lesson Markdown as an HTML field (paragraphs, emphasis, code, lists, `https://` links only).
 *
 * @example
 * htmlMarkdown("A *veto*")
 * //=> "<p>A <em>veto</em></p>"
 */
export function htmlMarkdown(markdown: string): string {
  return giftEscape(markdownToMarkup(markdown, { escape: escapeHtml }));
}

/**
 * Nodes built with the XML builder as an HTML field.
 *
 * @example
 * htmlNodes([el("p", {}, [text("a")])])
 * //=> "<p>a</p>"
 */
export function htmlNodes(nodes: readonly XmlNode[]): string {
  return giftEscape(nodes.map((node) => render(node, { escape: escapeHtml })).join("\n"));
}

/** Moodle accepts only these grades (`question_bank::fraction_options_full`), as percentages. */
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];

/**
 * The Moodle grade nearest to a credit fraction, as a percentage, and whether it is exact
 * (Moodle matches grades within 0.00001 of a fraction, `match_grade_options`).
 *
 * @example
 * moodleGrade(0.35)
 * //=> { percent: 33.33333, exact: false }
 */
export function moodleGrade(fraction: number): { percent: number; exact: boolean } {
  const percent = fraction * 100;
  let best = 0;
  for (const grade of MOODLE_GRADES)
    for (const signed of [grade, -grade]) if (Math.abs(signed - percent) < Math.abs(best - percent)) best = signed;
  const off = Math.abs(best - percent) / 100;
  return { percent: best + 0, exact: off < 1e-5 }; // semantics: not a copy (Moodle's grade tolerance)
}
