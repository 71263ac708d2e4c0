/**
 * Printed forms of a lesson's quiz. Each form is the quiz as the engine shows it for one seed:
 * every list comes from `toPublicQuestion(question, { seed })`, so a paper form and an online
 * attempt with the same seed print the same letters, and authored order (in which authors often
 * write the key first) never reaches paper. The quick key gives each form's answers by those letters.
 */
import type { Lesson, PublicOption, PublicQuestion, Question, QuestionOfType } from "../src/index.js";
import { toPublicQuestion } from "../src/index.js";

/** One printed form: a name students see and the seed its order comes from. */
export interface PrintedForm {
  /** The form's name on the page ("A", "B"). */
  name: string;
  /** The seed passed to the engine's shuffle. */
  seed: string;
}

/** The two forms every student quiz prints, so neighbours can get different orders. */
export const PRINTED_FORMS: readonly PrintedForm[] = [
  { name: "A", seed: "form-a" },
  { name: "B", seed: "form-b" },
];

/** The letter of the `i`-th option (0 → A); lists have at most 26 options. */
export const letterOf = (i: number): string => String.fromCharCode(65 + i);

const BLANK_MARKER = /\{\{([^{}]*)\}\}/g;

/** Texts in a Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The question as shown for the form's seed. */
export function shownAs(question: Question, form: PrintedForm): PublicQuestion {
  return toPublicQuestion(question, { seed: form.seed });
}

const lettered = (options: readonly PublicOption[]): string[] => options.map((o, i) => `${letterOf(i)}. ${o.text}`);
const indexOf = (options: readonly PublicOption[], id: string): number => options.findIndex((o) => o.id === id);

/** A cloze passage with its blanks numbered `(1) ________` in order of appearance. */
function numberedPassage(text: string): string {
  let n = 0;
  return text.replace(BLANK_MARKER, () => `(${++n}) ________`);
}

/** The blank ids of a cloze passage in order of appearance, so numbers match the passage. */
function blankNumbers(text: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const match of text.matchAll(BLANK_MARKER)) {
    const id = (match[1] ?? "").trim();
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** What a student sees below a question's prompt on the form, with room to answer. */
export function studentLines(view: PublicQuestion): string[] {
  switch (view.type) {
    case "single-choice":
      return [...lettered(view.choices), "", "Answer: ______"];
    case "multiple-choice":
      return ["*Select all that apply.*", "", ...lettered(view.choices), "", "Answer (letters): ______________"];
    case "true-false":
      return ["Circle one: **True** / **False**"];
    case "short-text":
      return ["Answer: ______________________________"];
    case "numeric":
      return [`Answer: ____________${view.unit ? ` ${view.unit}` : ""}`];
    case "ordering":
      return [
        ...lettered(view.items),
        "",
        `Order (write the letters, first to last): ${view.items.map(() => "____").join(" ")}`,
      ];
    case "matching":
      return [
        "*Write the letter of the matching response next to each number. Some responses are not used.*",
        "",
        ...view.premises.map((p, i) => `${i + 1}. ______ ${p.text}`),
        "",
        ...lettered(view.responses),
      ];
    case "categorize":
      return [
        "*Write the letter of its category next to each item.*",
        "",
        ...lettered(view.categories),
        "",
        ...view.items.map((item, i) => `${i + 1}. ______ ${item.text}`),
      ];
    case "cloze": {
      const numbers = blankNumbers(view.text);
      const choices = view.blanks.flatMap((blank) =>
        blank.kind === "choice" ? [`(${numbers.get(blank.id) ?? "?"}) ${lettered(blank.choices).join(" / ")}`, ""] : [],
      );
      return [
        numberedPassage(view.text),
        ...(choices.length > 0 ? ["", "*Choices for the numbered blanks:*", "", ...choices] : []),
      ];
    }
    default:
      return [];
  }
}

function targetOf(answer: QuestionOfType<"numeric">["answer"]): string {
  if ("min" in answer) return `${answer.min} to ${answer.max}`;
  return `${answer.value}${answer.tolerance ? ` (± ${answer.tolerance}${answer.toleranceType === "relative" ? " relative" : ""})` : ""}`;
}

/** Full-credit accepted answers, the way a teacher reads them. */
const fullCredit = (answers: readonly { text: string; fraction?: number | undefined }[]): string =>
  answers
    .filter((a) => (a.fraction ?? 1) === 1)
    .map((a) => a.text)
    .join(" / ");

/**
 * A question's answer in the letters and numbers of the form: `C`; `A, D`; `True`; `1–C, 2–A`;
 * `(1) B; (2) invasion`. The question carries the key; the view gives the form's order.
 */
export function quickAnswer(question: Question, view: PublicQuestion): string {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const shown = "choices" in view ? view.choices : [];
      return shown
        .flatMap((o, i) => (question.choices.find((c) => c.id === o.id)?.correct === true ? [letterOf(i)] : []))
        .join(", ");
    }
    case "true-false":
      return question.answer ? "True" : "False";
    case "short-text":
      return fullCredit(question.answers);
    case "numeric":
      return `${targetOf(question.answer)}${question.unit ? ` ${question.unit}` : ""}`;
    case "ordering": {
      const shown = view.type === "ordering" ? view.items : [];
      return question.correctOrder.map((id) => letterOf(indexOf(shown, id))).join(", ");
    }
    case "matching": {
      if (view.type !== "matching") return "";
      return view.premises
        .map((p, i) => `${i + 1}–${letterOf(indexOf(view.responses, question.pairs[p.id] ?? ""))}`)
        .join(", ");
    }
    case "categorize": {
      if (view.type !== "categorize") return "";
      return view.items
        .map((item, i) => {
          const category = question.items.find((x) => x.id === item.id)?.categoryId ?? "";
          return `${i + 1}–${letterOf(indexOf(view.categories, category))}`;
        })
        .join(", ");
    }
    case "cloze": {
      if (view.type !== "cloze") return "";
      const numbers = blankNumbers(question.text);
      return question.blanks
        .map((blank) => {
          const shown = view.blanks.find((b) => b.id === blank.id);
          const answer =
            blank.kind === "choice" && shown?.kind === "choice"
              ? letterOf(indexOf(shown.choices, blank.choices.find((c) => c.correct)?.id ?? ""))
              : blank.kind === "text"
                ? fullCredit(blank.answers)
                : "";
          return { n: numbers.get(blank.id) ?? 0, text: `(${numbers.get(blank.id) ?? "?"}) ${answer}` };
        })
        .sort((a, b) => a.n - b.n)
        .map((b) => b.text)
        .join("; ");
    }
    default:
      return "";
  }
}

/** The line under a form's heading that names it and its seed. */
export function formNote(lesson: Lesson, form: PrintedForm): string {
  return `*Form ${form.name} · seed \`${form.seed}\` · lesson version ${lesson.version}. The options are printed in the order the quiz engine shows for this seed; the answer key has the letters of each form.*`;
}

/**
 * One printed form of the student quiz: a heading, the form's seed, then every question with its
 * lists in the form's order and room to answer.
 *
 * @param lesson - The lesson.
 * @param form - Which form.
 * @param excerpt - The excerpt lines a question shows before its options, if any.
 * @returns Markdown lines.
 * @example
 * renderStudentForm(lesson, PRINTED_FORMS[0], () => [])[0]
 * //=> "## Form A"
 */
export function renderStudentForm(
  lesson: Lesson,
  form: PrintedForm,
  excerpt: (question: Question) => string[],
): string[] {
  return [
    `## Form ${form.name}`,
    "",
    formNote(lesson, form),
    "",
    "Name: ______________________ Class: __________ Date: __________",
    "",
    ...lesson.questions.flatMap((question, i) => [
      `### ${i + 1}. ${question.prompt}`,
      "",
      ...excerpt(question),
      ...studentLines(shownAs(question, form)),
      "",
    ]),
  ];
}

/**
 * The one-page quick key: question number → answer, one column per form.
 *
 * @example
 * renderQuickKey(lesson, PRINTED_FORMS)[4]
 * //=> "| 1 | 1–A, 2–C, ... | 1–B, 2–A, ... |"
 */
export function renderQuickKey(lesson: Lesson, forms: readonly PrintedForm[]): string[] {
  return [
    "## Quick key",
    "",
    `Answers by question number in the letters of each form of the [student quiz](./${lesson.id}.quiz.md) (seeds ${forms.map((f) => `\`${f.seed}\``).join(", ")}).`,
    "",
    `| # | ${forms.map((f) => `Form ${f.name}`).join(" | ")} |`,
    `| --- | ${forms.map(() => "---").join(" | ")} |`,
    ...lesson.questions.map(
      (question, i) =>
        `| ${i + 1} | ${forms.map((f) => cell(quickAnswer(question, shownAs(question, f)))).join(" | ")} |`,
    ),
    "",
  ];
}

/**
 * The lesson with every question's lists put in the form's order (keys untouched), so the detailed
 * answer key, which letters options in list order, uses the form's letters.
 */
export function lessonInFormOrder(lesson: Lesson, form: PrintedForm): Lesson {
  const arrange = <T extends { id: string }>(entries: readonly T[], shown: readonly PublicOption[]): T[] =>
    shown.map((o) => entries.find((e) => e.id === o.id)).filter((e): e is T => e !== undefined);
  return {
    ...lesson,
    questions: lesson.questions.map((question): Question => {
      const view = shownAs(question, form);
      if ((question.type === "single-choice" || question.type === "multiple-choice") && "choices" in view)
        return { ...question, choices: arrange(question.choices, view.choices) } as Question;
      if (question.type === "ordering" && view.type === "ordering")
        return { ...question, items: arrange(question.items, view.items) };
      if (question.type === "matching" && view.type === "matching")
        return {
          ...question,
          premises: arrange(question.premises, view.premises),
          responses: arrange(question.responses, view.responses),
        };
      if (question.type === "categorize" && view.type === "categorize")
        return {
          ...question,
          categories: arrange(question.categories, view.categories),
          items: arrange(question.items, view.items),
        };
      if (question.type === "cloze" && view.type === "cloze")
        return {
          ...question,
          blanks: question.blanks.map((blank) => {
            const shown = view.blanks.find((b) => b.id === blank.id);
            return blank.kind === "choice" && shown?.kind === "choice"
              ? { ...blank, choices: arrange(blank.choices, shown.choices) }
              : blank;
          }),
        };
      return question;
    }),
  };
}
