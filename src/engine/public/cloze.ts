import { shuffledIds } from "../../_lib/semantics.js";
import type { QuestionOfType } from "../../schema/types.js";
import { inOrder, MAX_TEXT_LENGTH, publicBase } from "./_shared.js";
import type { OptionOrder, PublicBlank, PublicClozeQuestion } from "./types.js";

/** Each choice blank's list is shuffled on its own (`blank:<id>`). */
export function orderCloze(question: Readonly<QuestionOfType<"cloze">>, seed: string): OptionOrder {
  const order: OptionOrder = {};
  for (const blank of question.blanks) {
    if (blank.kind === "choice")
      order[`blank:${blank.id}`] = shuffledIds(blank.choices, seed, `${question.id}/${blank.id}`);
  }
  return order;
}

/** Drops accepted answers, matching options and which choice is keyed. */
export function toPublicCloze(question: Readonly<QuestionOfType<"cloze">>, order: OptionOrder): PublicClozeQuestion {
  const blanks = question.blanks.map(
    (blank): PublicBlank =>
      blank.kind === "choice"
        ? { id: blank.id, kind: "choice", choices: inOrder(blank.choices, order[`blank:${blank.id}`]) }
        : { id: blank.id, kind: "text", maxLength: MAX_TEXT_LENGTH },
  );
  return { ...publicBase(question), text: question.text, blanks };
}
