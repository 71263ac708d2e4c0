import { markdownToNodes } from "../../_shared/markdown/render.js";
import { shownOrder } from "../../_shared/order.js";
import { el, text, type XmlElement, type XmlNode } from "../../_shared/xml.js";
import { correctText, reportTextMatching, textEntries, textFeedbackRules } from "../text-keys.js";
import {
  addTo,
  condition,
  correct,
  declaration,
  float,
  mapping,
  mapResponse,
  op,
  setScore,
  variable,
} from "../vocabulary.js";
import type { Formatter, ItemParts } from "./types.js";

export const cloze: Formatter<"cloze"> = (question, ctx) => {
  const share = ctx.points / question.blanks.length;
  const responses: XmlElement[] = [];
  const rules: XmlElement[] = [setScore(float(0))];
  const feedback: ItemParts["feedback"] = [];
  const interactions = new Map<string, XmlNode>();
  question.blanks.forEach((blank, b) => {
    const response = `RESPONSE-${blank.id}`;
    if (blank.kind === "choice") {
      const choiceId = (id: string) => `B${b + 1}-${id}`;
      const keyed = blank.choices.filter((c) => c.correct === true).map((c) => choiceId(c.id));
      responses.push(declaration(response, "single", "identifier", keyed));
      const options = shownOrder(question, `blank:${blank.id}`, blank.choices, ctx.seed).map((c) =>
        el("qti-inline-choice", { identifier: choiceId(c.id) }, [text(c.text)]),
      );
      interactions.set(
        blank.id,
        el("qti-inline-choice-interaction", { "response-identifier": response, shuffle: "true" }, options),
      );
      rules.push(condition([[op("match", variable(response), correct(response)), [addTo("SCORE", float(share))]]]));
      return;
    }
    reportTextMatching(ctx.report, blank.matching, ` in blank "${blank.id}"`);
    const entries = textEntries(blank.answers, blank.matching, share);
    responses.push(declaration(response, "single", "string", correctText(blank.answers), mapping(entries)));
    interactions.set(blank.id, el("qti-text-entry-interaction", { "response-identifier": response }));
    rules.push(condition([[op("not", op("is-null", variable(response))), [addTo("SCORE", mapResponse(response))]]]));
    const shown = textFeedbackRules(response, blank.answers, entries, `FB-${blank.id}-`);
    rules.push(...shown.rules);
    feedback.push(...shown.feedback);
  });
  return {
    responses,
    body: [...markdownToNodes(question.prompt), ...markdownToNodes(question.text, (id) => interactions.get(id))],
    rules,
    answeredBy: question.blanks.map((blank) => `RESPONSE-${blank.id}`),
    feedback,
  };
};
