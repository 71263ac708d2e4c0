/**
 * What the item-quality rules read from a question: the lists of options a learner sees (with the
 * keyed ones marked), the key written as text, and the public ids.
 */
import type { Lesson, Question } from "../../src/index.js";

/** One option of a list a learner picks from or arranges. */
export interface ListedOption {
  /** Path of the option inside the lesson, such as `questions[3].choices[1]`. */
  path: string;
  /** The option's id, shown to learners. */
  id: string;
  /** The option's text. */
  text: string;
  /** Whether a learner who knows the answer picks it. */
  keyed: boolean;
}

/** A list of options shown together: a question's choices, items, premises, responses or a blank's choices. */
export interface OptionList {
  /** Path of the list, such as `questions[3].choices` or `questions[5].blanks[1].choices`. */
  path: string;
  /** Which kind of list it is; choice lists are the ones whose lengths are compared. */
  kind: "choices" | "blank-choices" | "items" | "premises" | "responses" | "categories";
  /** The text just before the list: the prompt, or for a cloze blank the passage up to its marker. */
  lead: string;
  /** The options in authored order. */
  options: ListedOption[];
}

/** A public id or title, with the path it lives at. */
export interface PublicLabel {
  /** Where it lives, such as `questions[3].objectiveIds[0]`. */
  path: string;
  /** What it is, for messages ("question id", "objective id", "tag", "excerpt title"). */
  what: string;
  /** The id or title itself. */
  value: string;
}

/** Path of question `index`. */
export const questionPath = (index: number): string => `questions[${index}]`;

/** Every option list of a question a learner sees. */
export function optionLists(question: Question, index: number): OptionList[] {
  const at = questionPath(index);
  const list = (
    kind: OptionList["kind"],
    path: string,
    lead: string,
    entries: readonly { id: string; text: string }[],
    keyed: (entry: { id: string; text: string }) => boolean,
  ): OptionList => ({
    path,
    kind,
    lead,
    options: entries.map((entry, i) => ({
      path: `${path}[${i}]`,
      id: entry.id,
      text: entry.text,
      keyed: keyed(entry),
    })),
  });
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return [
        list(
          "choices",
          `${at}.choices`,
          question.prompt,
          question.choices,
          (c) => (c as { correct?: boolean }).correct === true,
        ),
      ];
    case "ordering":
      return [list("items", `${at}.items`, question.prompt, question.items, () => false)];
    case "matching": {
      const paired = new Set(Object.values(question.pairs));
      return [
        list("premises", `${at}.premises`, question.prompt, question.premises, () => false),
        list("responses", `${at}.responses`, question.prompt, question.responses, (r) => paired.has(r.id)),
      ];
    }
    case "categorize":
      return [
        list("categories", `${at}.categories`, question.prompt, question.categories, () => true),
        list("items", `${at}.items`, question.prompt, question.items, () => false),
      ];
    case "cloze":
      return question.blanks.flatMap((blank, b) =>
        blank.kind === "choice"
          ? [
              list(
                "blank-choices",
                `${at}.blanks[${b}].choices`,
                question.text.split(`{{${blank.id}}}`)[0] ?? "",
                blank.choices,
                (c) => (c as { correct?: boolean }).correct === true,
              ),
            ]
          : [],
      );
    default:
      return [];
  }
}

/** The texts a learner who knows the answer would pick or type: keyed options, accepted answers, numbers. */
export function keyTexts(question: Question): string[] {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return question.choices.filter((c) => c.correct === true).map((c) => c.text);
    case "true-false":
      return [String(question.answer)];
    case "short-text":
      return question.answers.map((a) => a.text);
    case "numeric":
      return "value" in question.answer
        ? [String(question.answer.value)]
        : [String(question.answer.min), String(question.answer.max)];
    case "ordering":
      return [];
    case "matching": {
      const paired = new Set(Object.values(question.pairs));
      return question.responses.filter((r) => paired.has(r.id)).map((r) => r.text);
    }
    case "cloze":
      return question.blanks.flatMap((blank) =>
        blank.kind === "text"
          ? blank.answers.map((a) => a.text)
          : blank.choices.filter((c) => c.correct).map((c) => c.text),
      );
    case "categorize":
      return question.categories.map((c) => c.text);
    default:
      return [];
  }
}

/** The text every learner sees with the question: its prompt, and a cloze question's passage. */
export function visibleText(question: Question): string {
  return question.type === "cloze"
    ? `${question.prompt}\n${question.text.replace(/\{\{[^{}]*\}\}/g, " ")}`
    : question.prompt;
}

/** The question's id, objective ids, tags, blank ids and excerpt title: labels a learner's browser receives. */
export function publicLabels(question: Question, index: number, lesson: Lesson): PublicLabel[] {
  const at = questionPath(index);
  const labels: PublicLabel[] = [{ path: `${at}.id`, what: "question id", value: question.id }];
  question.objectiveIds.forEach((id, i) => {
    labels.push({ path: `${at}.objectiveIds[${i}]`, what: "objective id", value: id });
  });
  (question.tags ?? []).forEach((tag, i) => {
    labels.push({ path: `${at}.tags[${i}]`, what: "tag", value: tag });
  });
  if (question.type === "cloze") {
    question.blanks.forEach((blank, b) => {
      labels.push({ path: `${at}.blanks[${b}].id`, what: "blank id", value: blank.id });
    });
  }
  if (question.excerptSourceId !== undefined) {
    const s = lesson.sources.findIndex((source) => source.id === question.excerptSourceId);
    const source = lesson.sources[s];
    if (source) labels.push({ path: `sources[${s}].title`, what: "excerpt title", value: source.title });
  }
  return labels;
}
