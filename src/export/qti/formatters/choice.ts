import { choiceFractionOf, multipleChoiceScoringOf, singleChoiceCreditOf } from "../../../_lib/semantics.js";
import type { QuestionOfType } from "../../../schema/types.js";
import { shownOrder } from "../../_shared/order.js";
import { el, text, type XmlElement } from "../../_shared/xml.js";
import {
  condition,
  declaration,
  float,
  identifier,
  mapping,
  mapResponse,
  matchCorrect,
  ncname,
  op,
  setScore,
  showFeedback,
  variable,
} from "../vocabulary.js";
import { prompt } from "./shared.js";
import type { Context, Formatter, ItemParts } from "./types.js";

type ChoiceQuestion = Readonly<QuestionOfType<"single-choice" | "multiple-choice">>;

function choiceInteraction(question: ChoiceQuestion, maxChoices: number, ctx: Context): XmlElement {
  return el(
    "qti-choice-interaction",
    { "response-identifier": "RESPONSE", shuffle: "true", "max-choices": maxChoices },
    [
      prompt(question),
      ...shownOrder(question, "choices", question.choices, ctx.seed).map((c) =>
        el("qti-simple-choice", { identifier: ncname(c.id), fixed: c.fixed === true ? "true" : undefined }, [
          text(c.text),
        ]),
      ),
    ],
  );
}

function choiceFeedback(
  question: ChoiceQuestion,
  selected: (choiceId: string) => XmlElement,
): Pick<ItemParts, "rules" | "feedback"> {
  const rules: XmlElement[] = [];
  const feedback: ItemParts["feedback"] = [];
  for (const c of question.choices) {
    if (c.feedback === undefined) continue;
    const id = `FB-${ncname(c.id)}`;
    rules.push(condition([[selected(ncname(c.id)), [showFeedback(id)]]]));
    feedback.push({ id, markdown: c.feedback });
  }
  return { rules, feedback };
}

export const singleChoice: Formatter<"single-choice"> = (question, ctx) => {
  const keyed = question.choices.filter((c) => c.correct === true).map((c) => ncname(c.id));
  // What picking nothing listed (or an unknown id) earns: minus the penalty, if there is one.
  const unlisted = singleChoiceCreditOf(question, {});
  const partial = unlisted < 0 || question.choices.some((c) => c.correct !== true && c.fraction !== undefined);
  const map = partial
    ? mapping(
        question.choices.map((c) => ({ key: ncname(c.id), value: singleChoiceCreditOf(question, c) * ctx.points })),
        { default: unlisted * ctx.points },
      )
    : undefined;
  const { rules, feedback } = choiceFeedback(question, (id) => op("match", variable("RESPONSE"), identifier(id)));
  return {
    responses: [declaration("RESPONSE", "single", "identifier", keyed, map)],
    body: [choiceInteraction(question, 1, ctx)],
    rules: [partial ? setScore(mapResponse()) : matchCorrect(ctx.points), ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

export const multipleChoice: Formatter<"multiple-choice"> = (question, ctx) => {
  const n = question.choices.length;
  const k = question.choices.filter((c) => c.correct === true).length;
  const keyed = question.choices.filter((c) => c.correct === true).map((c) => ncname(c.id));
  const points = ctx.points;
  const entries = (right: number, wrong: number) =>
    question.choices.map((c) => ({ key: ncname(c.id), value: c.correct === true ? right : wrong }));
  let map: XmlElement | undefined;
  let score: XmlElement;
  switch (multipleChoiceScoringOf(question)) {
    case "all-or-nothing":
      score = matchCorrect(points);
      break;
    case "right-minus-wrong":
      // max(0, (R − W) / k): +1/k per keyed choice, −1/k per other, floored at 0.
      map = mapping(entries(points / k, -points / k), { lower: 0, upper: points });
      score = setScore(mapResponse());
      break;
    case "every-decision-counts":
      // (R + unselected wrong) / n = (R − W) / n + (n − k) / n: a map plus a constant.
      map = mapping(entries(points / n, -points / n));
      score = setScore(op("sum", mapResponse(), float(((n - k) / n) * points)));
      break;
    case "fractions":
      map = mapping(
        question.choices.map((c) => ({ key: ncname(c.id), value: choiceFractionOf(c) * points })),
        { lower: 0, upper: points },
      );
      score = setScore(mapResponse());
      break;
  }
  const { rules, feedback } = choiceFeedback(question, (id) => op("member", identifier(id), variable("RESPONSE")));
  return {
    responses: [declaration("RESPONSE", "multiple", "identifier", keyed, map)],
    body: [choiceInteraction(question, 0, ctx)],
    rules: [score, ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

export const trueFalse: Formatter<"true-false"> = (question, ctx) => {
  const rules: XmlElement[] = [];
  const feedback: ItemParts["feedback"] = [];
  for (const [value, message] of [
    ["true", question.feedbackTrue],
    ["false", question.feedbackFalse],
  ] as const) {
    if (message === undefined) continue;
    rules.push(condition([[op("match", variable("RESPONSE"), identifier(value)), [showFeedback(`FB-${value}`)]]]));
    feedback.push({ id: `FB-${value}`, markdown: message });
  }
  return {
    responses: [declaration("RESPONSE", "single", "identifier", [String(question.answer)])],
    body: [
      // True and False stay in this conventional order: both are always there, so it tells nothing.
      el("qti-choice-interaction", { "response-identifier": "RESPONSE", shuffle: "false", "max-choices": 1 }, [
        prompt(question),
        el("qti-simple-choice", { identifier: "true" }, [text(ctx.labels.true)]),
        el("qti-simple-choice", { identifier: "false" }, [text(ctx.labels.false)]),
      ]),
    ],
    rules: [matchCorrect(ctx.points), ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};
