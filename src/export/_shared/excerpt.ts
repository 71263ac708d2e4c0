import type { Lesson, Question } from "../../schema/types.js";
import type { Report } from "./issues.js";
import { el, inline, text, type XmlElement } from "./xml.js";

/**
 * The source excerpt a question asks students to read, as a `blockquote` of its paragraphs and
 * the citation; undefined (after reporting `excerpt_dropped`) when the question names one that
 * is not at hand, and undefined without a report when it names none.
 *
 * @example
 * render(excerptBlock(question, lesson, report))
 * //=> "<blockquote><p>Every Bill ...</p><p><cite>U.S. Constitution, Article I, U.S. Const. art. I, § 7</cite></p></blockquote>"
 */
export function excerptBlock(
  question: Readonly<Question>,
  lesson: Readonly<Lesson> | undefined,
  report: Report,
): XmlElement | undefined {
  if (question.excerptSourceId === undefined) return undefined;
  const source = lesson?.sources.find((s) => s.id === question.excerptSourceId);
  if (source?.excerpt === undefined) {
    report(
      "dropped",
      "excerpt_dropped",
      `The excerpt of source "${question.excerptSourceId}" is not in the output: export the whole lesson to include it.`,
    );
    return undefined;
  }
  const paragraphs = source.excerpt.split(/\n\s*\n/).map((p) => el("p", {}, [text(p.trim())]));
  const where = source.pinpoint === undefined ? source.citation : `${source.citation}, ${source.pinpoint}`;
  const citation = el("p", {}, [el("cite", {}, [text(`${source.title}, ${where}`)])]);
  return inline("blockquote", {}, [...paragraphs, citation]);
}
