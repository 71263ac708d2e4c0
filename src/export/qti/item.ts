import { byType } from "../../_lib/by-type.js";
import type { Lesson, Question } from "../../schema/types.js";
import { excerptBlock } from "../_shared/excerpt.js";
import { markdownToNodes, markdownToText } from "../_shared/markdown/render.js";
import { decimal } from "../_shared/numbers.js";
import { block, el, inline, render, text, type XmlElement, type XmlNode } from "../_shared/xml.js";
import { formatters } from "./formatters/index.js";
import type { Context } from "./formatters/types.js";
import { condition, float, ncname, op, outcome, setScore, showFeedback, variable } from "./vocabulary.js";

const QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** The XML declaration every document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function hintBlocks(question: Readonly<Question>, ctx: Context): XmlNode[] {
  const hints = question.hints ?? [];
  if (hints.length > 0)
    ctx.report(
      "approximated",
      "hints_dropped",
      `QTI has no hints outside adaptive items: ${hints.length} hint(s) exported as collapsible <details> sections, which players neither count nor penalise.`,
    );
  return hints.map((hint, i) =>
    inline("div", {}, [
      el("details", {}, [el("summary", {}, [text(`${ctx.labels.hint} ${i + 1}`)]), ...markdownToNodes(hint)]),
    ]),
  );
}

function feedbackBlock(id: string, markdown: string): XmlElement {
  return el("qti-feedback-block", { "outcome-identifier": "FEEDBACK", identifier: id, "show-hide": "show" }, [
    block("qti-content-body", {}, markdownToNodes(markdown)),
  ]);
}

/**
 * One question as a complete `qti-assessment-item` document.
 *
 * @example
 * itemXml(question, lesson, ctx).startsWith("<?xml")
 * //=> true
 */
export function itemXml(question: Readonly<Question>, lesson: Readonly<Lesson> | undefined, ctx: Context): string {
  const parts = byType(formatters, question, ctx);
  const body = block("qti-item-body", {}, [
    ...[excerptBlock(question, lesson, ctx.report)].filter((node) => node !== undefined),
    ...parts.body,
    ...hintBlocks(question, ctx),
    ...parts.feedback.map((f) => feedbackBlock(f.id, f.markdown)),
    feedbackBlock("EXPLANATION", question.explanation),
  ]);
  const unanswered = parts.answeredBy.map((id) => op("is-null", variable(id)));
  const processing = el("qti-response-processing", {}, [
    condition(
      [[unanswered.length === 1 ? (unanswered[0] as XmlElement) : op("and", ...unanswered), [setScore(float(0))]]],
      [...parts.rules, showFeedback("EXPLANATION")],
    ),
  ]);
  const scoreOutcome = el(
    "qti-outcome-declaration",
    { identifier: "SCORE", cardinality: "single", "base-type": "float", "normal-maximum": decimal(ctx.points) },
    [el("qti-default-value", {}, [el("qti-value", {}, [text("0")])])],
  );
  const feedbackOutcome = el("qti-outcome-declaration", {
    identifier: "FEEDBACK",
    cardinality: "multiple",
    "base-type": "identifier",
  });
  const item = el(
    "qti-assessment-item",
    {
      xmlns: QTI_NS,
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`,
      identifier: ncname(question.id),
      title: markdownToText(question.prompt, 120),
      adaptive: "false",
      "time-dependent": "false",
      "xml:lang": lesson?.locale,
    },
    [
      ...parts.responses,
      scoreOutcome,
      outcome("MAXSCORE", "single", "float", ctx.points),
      feedbackOutcome,
      ...(parts.outcomes ?? []),
      body,
      processing,
    ],
  );
  return `${XML_DECLARATION}\n${render(item)}\n`;
}
