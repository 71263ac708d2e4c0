import { absoluteTolerance } from "../../../_lib/semantics.js";
import type { NumericTarget } from "../../../schema/types.js";
import { markdownToNodes } from "../../_shared/markdown/render.js";
import { decimal } from "../../_shared/numbers.js";
import { el, inline, text, type XmlElement, type XmlNode } from "../../_shared/xml.js";
import { correctText, reportTextMatching, textEntries, textFeedbackRules } from "../text-keys.js";
import {
  condition,
  declaration,
  float,
  mapping,
  mapResponse,
  op,
  setScore,
  showFeedback,
  variable,
} from "../vocabulary.js";
import type { Formatter, ItemParts } from "./types.js";

/** A paragraph holding the text entry, and the unit label after it when there is one. */
function entryParagraph(unit: string | undefined): XmlElement {
  const entry: XmlNode[] = [el("qti-text-entry-interaction", { "response-identifier": "RESPONSE" })];
  if (unit !== undefined) entry.push(text(" "), el("span", {}, [text(unit)]));
  return inline("p", {}, entry);
}

export const shortText: Formatter<"short-text"> = (question, ctx) => {
  reportTextMatching(ctx.report, question.matching);
  const entries = textEntries(question.answers, question.matching, ctx.points);
  const { rules, feedback } = textFeedbackRules("RESPONSE", question.answers, entries, "FB-ANSWER-");
  return {
    responses: [declaration("RESPONSE", "single", "string", correctText(question.answers), mapping(entries))],
    body: [...markdownToNodes(question.prompt), entryParagraph(undefined)],
    rules: [setScore(mapResponse()), ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

/** The test "RESPONSE hits this numeric target" (tolerances made absolute, as the engine does). */
function hits(target: NumericTarget): XmlElement {
  const response = variable("RESPONSE");
  if ("min" in target) return op("and", op("gte", response, float(target.min)), op("lte", response, float(target.max)));
  const absolute = absoluteTolerance(target);
  if (absolute === 0) return el("qti-equal", { "tolerance-mode": "exact" }, [float(target.value), response]);
  return el("qti-equal", { "tolerance-mode": "absolute", tolerance: `${decimal(absolute)} ${decimal(absolute)}` }, [
    float(target.value),
    response,
  ]);
}

export const numeric: Formatter<"numeric"> = (question, ctx) => {
  const answer = question.answer;
  const keyed = "min" in answer ? (answer.min + answer.max) / 2 : answer.value;
  // The engine takes the best-credit near miss that hits; a stable sort keeps ties in authored order.
  const misses = (question.nearMisses ?? [])
    .map((miss, index) => ({ miss, index }))
    .sort((a, b) => b.miss.fraction - a.miss.fraction);
  const feedback: ItemParts["feedback"] = [];
  const branches: [XmlElement, XmlElement[]][] = [[hits(answer), [setScore(float(ctx.points))]]];
  for (const { miss, index } of misses) {
    const actions = [setScore(float(miss.fraction * ctx.points))];
    if (miss.feedback !== undefined) {
      actions.push(showFeedback(`FB-NEAR-${index + 1}`));
      feedback.push({ id: `FB-NEAR-${index + 1}`, markdown: miss.feedback });
    }
    branches.push([hits(miss.answer), actions]);
  }
  return {
    responses: [declaration("RESPONSE", "single", "float", [decimal(keyed)])],
    body: [...markdownToNodes(question.prompt), entryParagraph(question.unit)],
    rules: [condition(branches, [setScore(float(0))])],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};
