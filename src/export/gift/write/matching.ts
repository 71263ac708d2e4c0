import { matchingScoringOf } from "../../../_lib/semantics.js";
import { seededOrder } from "../../_shared/order.js";
import { answers, type Context, type Formatter, stem } from "./shared.js";
import { giftEscape, htmlText } from "./text.js";

/**
 * Matching lines `=premise -> response` in seeded order, plus `= -> response` for responses no
 * premise uses. A premise is HTML, where `>` is written `&gt;`, so the first `->` of a line is
 * always the separator and a response may itself contain `->`.
 */
function matchLines(
  premises: readonly { id: string; text: string; responseText: string }[],
  unused: readonly { id: string; text: string }[],
  scope: string,
  ctx: Context,
): string[] {
  const distinct = new Set([...premises.map((p) => p.responseText), ...unused.map((u) => u.text)]);
  if (distinct.size < 3)
    ctx.report(
      "warning",
      "too_few_options",
      `Moodle refuses matching questions with fewer than 3 answers to choose from; this one has ${distinct.size}.`,
    );
  return [
    ...seededOrder(premises, ctx.seed, `${scope}/premises`).map(
      (p) => `=${htmlText(p.text)} -> ${giftEscape(p.responseText)}`,
    ),
    ...seededOrder(unused, ctx.seed, `${scope}/unused`).map((u) => `= -> ${giftEscape(u.text)}`),
  ];
}

export const matching: Formatter<"matching"> = (question, ctx) => {
  if (matchingScoringOf(question) === "all-or-nothing")
    ctx.report(
      "approximated",
      "scoring_approximated",
      "Moodle grades matching questions per pair; the all-or-nothing scoring is not kept.",
    );
  const text = new Map(question.responses.map((r) => [r.id, r.text]));
  const used = new Set(Object.values(question.pairs));
  const lines = matchLines(
    question.premises.map((p) => ({ ...p, responseText: text.get(question.pairs[p.id] as string) as string })),
    question.responses.filter((r) => !used.has(r.id)),
    question.id,
    ctx,
  );
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

export const categorize: Formatter<"categorize"> = (question, ctx) => {
  ctx.report(
    "approximated",
    "type_changed",
    "GIFT has no categorize questions: exported as matching (each item to its category), scored the same per item; it imports back as a matching question.",
  );
  const name = new Map(question.categories.map((c) => [c.id, c.text]));
  const used = new Set(question.items.map((i) => i.categoryId));
  const lines = matchLines(
    question.items.map((i) => ({ ...i, responseText: name.get(i.categoryId) as string })),
    question.categories.filter((c) => !used.has(c.id)),
    question.id,
    ctx,
  );
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};
