import type {
  InvalidReason,
  PublicQuestion,
  PublicQuestionMap,
  QuestionResult,
  QuestionStatus,
  QuestionType,
} from "civics-lessons";

/** Words for the engine's invalid-response codes: the library returns codes, the host application picks the words. */
export const REASONS: Record<InvalidReason, string> = {
  empty_response: "Please give an answer.",
  wrong_type: "That is not the kind of answer this question takes.",
  unknown_id: "That is not one of the options.",
  duplicate_id: "Each option may be used only once.",
  incomplete: "Please answer every part.",
  too_long: "That answer is too long.",
  not_a_number: "Please type a plain number, such as 12 or 3.5.",
  unsafe_key: "That answer cannot be accepted.",
  unknown_question: "That question is not part of this quiz.",
};

/** Status labels shown next to each question in the report. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  correct: "correct",
  partial: "partly correct",
  incorrect: "incorrect",
  unanswered: "not answered",
  invalid: "not scored (invalid answer)",
};

/** Terminal styling; every function returns its input unchanged when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

/** Plain or ANSI styling. */
export function makeStyle(color: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { bold: wrap(1, 22), dim: wrap(2, 22), good: wrap(32, 39), bad: wrap(31, 39) };
}

/** Lesson text is Markdown; a terminal shows it best without emphasis markers. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(^|[\s("])\*(\S(?:.*?\S)?)\*(?=[\s).,;:!?"]|$)/g, "$1$2")
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 ($2)");
}

/** Wraps text to `width` columns, keeping blank lines and indenting every line by `indent`. */
export function wrap(text: string, width: number, indent = ""): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line ? indent + line : "");
  }
  return out.join("\n");
}

/** Wraps `text` after `label`, lining later lines up under the text. */
export function hanging(label: string, text: string, width: number, indent = ""): string {
  const lines = wrap(plain(text), width - indent.length - label.length).split("\n");
  return lines.map((line, j) => indent + (j === 0 ? label : " ".repeat(label.length)) + line).join("\n");
}

type Option = { id: string; text: string };

/** How each type's ids turn back into words, and how its key reads after scoring. */
interface TypeText<K extends QuestionType> {
  /** Every labelled option list of the question. */
  options(question: PublicQuestionMap[K]): Option[][];
  /** How `feedback.parts` reads: a sequence (ordering), numbered blanks (cloze), or the wrong parts only. */
  parts: "sequence" | "blanks" | "wrong-only";
}

const TRUE_FALSE: Option[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

const typeText = {
  "single-choice": { options: (q) => [q.choices], parts: "wrong-only" },
  "multiple-choice": { options: (q) => [q.choices], parts: "wrong-only" },
  "true-false": { options: () => [TRUE_FALSE], parts: "wrong-only" },
  "short-text": { options: () => [], parts: "wrong-only" },
  numeric: { options: () => [], parts: "wrong-only" },
  ordering: { options: (q) => [q.items], parts: "sequence" },
  matching: { options: (q) => [q.premises, q.responses], parts: "wrong-only" },
  cloze: { options: (q) => q.blanks.map((b) => (b.kind === "choice" ? b.choices : [])), parts: "blanks" },
  categorize: { options: (q) => [q.items, q.categories], parts: "wrong-only" },
} satisfies { [K in QuestionType]: TypeText<K> };

function textOf(question: PublicQuestion): TypeText<QuestionType> {
  return typeText[question.type] as TypeText<QuestionType>;
}

function optionLists(question: PublicQuestion): Option[][] {
  return textOf(question).options(question as never);
}

/** The words for an option id of a question, or the id itself (typed text, unknown ids). */
export function labelOf(question: PublicQuestion, id: string): string {
  for (const list of optionLists(question)) {
    const found = list.find((option) => option.id === id);
    if (found) return plain(found.text);
  }
  return id;
}

/** A readable rendering of a response in the engine's shape, for transcripts. */
export function describeResponse(question: PublicQuestion, response: unknown): string {
  if (response === undefined || response === null) return "(no answer)";
  if (typeof response === "boolean") return response ? "True" : "False";
  if (typeof response === "string") return labelOf(question, response);
  if (typeof response === "number") return String(response);
  if (Array.isArray(response)) return response.map((id) => labelOf(question, String(id))).join(" | ");
  if (typeof response === "object") {
    return Object.entries(response as Record<string, unknown>)
      .map(([key, value]) => `${labelOf(question, key)} -> ${labelOf(question, String(value))}`)
      .join("; ");
  }
  return String(response);
}

/** What the key says, built only from the result's feedback (the learner sees it after submitting). */
export function describeKey(question: PublicQuestion, result: QuestionResult): string | null {
  const feedback = result.feedback;
  if (!feedback) return null;
  if (feedback.correctIds && feedback.correctIds.length > 0) {
    return feedback.correctIds.map((id) => labelOf(question, id)).join(" | ");
  }
  if (!feedback.parts || feedback.parts.length === 0) return null;
  const style = textOf(question).parts;
  if (style === "sequence") return feedback.parts.map((part) => labelOf(question, part.expected)).join(" -> ");
  if (style === "blanks") {
    return feedback.parts
      .map((part, i) => `[${i + 1}] ${labelOf(question, part.expected)}${part.correct ? "" : " (yours was wrong)"}`)
      .join("; ");
  }
  return feedback.parts
    .filter((part) => !part.correct)
    .map((part) => `${labelOf(question, part.id)} -> ${labelOf(question, part.expected)}`)
    .join("; ");
}
