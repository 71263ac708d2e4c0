import { markdownToNodes } from "../../_shared/markdown/render.js";
import { el, type XmlElement } from "../../_shared/xml.js";
import type { AnyQuestion } from "./types.js";

/**
 * The question's prompt as a `qti-prompt`.
 *
 * @example
 * render(prompt({ prompt: "Who *vetoes*?" }))
 * //=> "<qti-prompt>\n  <p>Who <em>vetoes</em>?</p>\n</qti-prompt>"
 */
export function prompt(question: Pick<AnyQuestion, "prompt">): XmlElement {
  return el("qti-prompt", {}, markdownToNodes(question.prompt));
}
