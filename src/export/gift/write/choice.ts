import { choiceFractionOf, multipleChoiceScoringOf, singleChoiceCreditOf } from "../../../_lib/semantics.js";
import { shownOrder } from "../../_shared/order.js";
import { answers, choiceLine, type Formatter, feedback, reportFixed, stem, weight } from "./shared.js";

export const singleChoice: Formatter<"single-choice"> = (question, ctx) => {
  reportFixed(question, ctx);
  const lines = shownOrder(question, "choices", question.choices, ctx.seed).map((c) => {
    if (c.correct === true) return choiceLine("=", "", c.text, c.feedback);
    const fraction = singleChoiceCreditOf(question, c);
    return choiceLine("~", fraction === 0 ? "" : weight(fraction, ctx), c.text, c.feedback);
  });
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

export const multipleChoice: Formatter<"multiple-choice"> = (question, ctx) => {
  reportFixed(question, ctx);
  const k = question.choices.filter((c) => c.correct === true).length;
  // Moodle sums the weights of the selected choices and keeps the total within [0, 1].
  let fractionOf: (c: (typeof question.choices)[number]) => number;
  switch (multipleChoiceScoringOf(question)) {
    case "fractions":
      fractionOf = choiceFractionOf;
      break;
    case "right-minus-wrong":
      fractionOf = (c) => (c.correct === true ? 1 / k : -1 / k);
      break;
    case "all-or-nothing":
      fractionOf = (c) => (c.correct === true ? 1 / k : -1);
      ctx.report(
        "approximated",
        "scoring_approximated",
        "Moodle has no all-or-nothing multiple answer in GIFT: each keyed choice earns 1/k and any wrong choice cancels the score, so a partly right answer earns partial credit.",
      );
      break;
    case "every-decision-counts":
      fractionOf = (c) => (c.correct === true ? 1 / k : -1 / k);
      ctx.report(
        "approximated",
        "scoring_approximated",
        "Moodle cannot credit leaving wrong choices unticked: written as right-minus-wrong (±1/k per choice), so answers earn less than with every-decision-counts.",
      );
      break;
  }
  const lines = shownOrder(question, "choices", question.choices, ctx.seed).map((c) => {
    const fraction = fractionOf(c);
    return choiceLine("~", fraction === 0 ? "" : weight(fraction, ctx), c.text, c.feedback);
  });
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

export const trueFalse: Formatter<"true-false"> = (question, ctx) => {
  // Moodle reads {TRUE#a#b} as: a is shown for the wrong answer, b for the right one.
  const right = question.answer ? question.feedbackTrue : question.feedbackFalse;
  const wrong = question.answer ? question.feedbackFalse : question.feedbackTrue;
  let line = question.answer ? "TRUE" : "FALSE";
  if (wrong !== undefined || right !== undefined) line += wrong === undefined ? "#" : feedback(wrong);
  if (right !== undefined) line += feedback(right);
  return `${stem(question, ctx)}${answers([line], question.explanation)}`;
};
