import { shownOrder } from "../../_shared/order.js";
import { el } from "../../_shared/xml.js";
import { answers, choiceLine, type Formatter, stem } from "./shared.js";
import { reportTextMatching, typedAnswers } from "./typed.js";

/** Where the answer block goes; no lesson text can produce this tag, since text is escaped. */
const BLANK = "<gift-blank/>";

export const cloze: Formatter<"cloze"> = (question, ctx) => {
  const blank = question.blanks[0];
  if (question.blanks.length !== 1 || blank === undefined) {
    ctx.report(
      "skipped",
      "unsupported_type",
      `GIFT holds one blank per question (the missing-word format); this cloze has ${question.blanks.length}.`,
    );
    return null;
  }
  let lines: string[];
  if (blank.kind === "choice") {
    lines = shownOrder(question, `blank:${blank.id}`, blank.choices, ctx.seed).map((c) =>
      choiceLine(c.correct === true ? "=" : "~", "", c.text, undefined),
    );
  } else {
    const typed = typedAnswers(blank.answers, ctx);
    if (typed === null) return null;
    reportTextMatching(ctx, blank.matching);
    lines = typed;
  }
  // Moodle's missing-word format: the answer block sits where the blank is. The prompt is its own
  // paragraph before the text, so that fromGift can split it off again.
  const head = stem(question, ctx, {
    markdown: question.text,
    // The text has exactly one marker, this blank's (the schema checks it).
    slot: () => el("gift-blank"),
  });
  const at = head.indexOf(BLANK);
  return `${head.slice(0, at)}${answers(lines, question.explanation)}${head.slice(at + BLANK.length)}`;
};
