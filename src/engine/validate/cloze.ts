import type { ResponseValidation } from "../types.js";
import { checkId, validateRecord } from "./_shared.js";
import { checkText } from "./short-text.js";

type BlankShape = { id: string; kind: "text" } | { id: string; kind: "choice"; choices: readonly { id: string }[] };

/** Response: a record blank id → typed text or choice id, e.g. `{ "house": "House", "officer": "president" }`. */
export function validateCloze(question: { blanks: readonly BlankShape[] }, response: unknown): ResponseValidation {
  return validateRecord(response, question.blanks, (key, value) => {
    const blank = question.blanks.find((b) => b.id === key);
    return blank?.kind === "choice" ? checkId(value, blank.choices) : checkText(value);
  });
}
