/**
 * `civics-lessons/export/gift`: Moodle's GIFT text format, both ways. {@link toGift} writes a
 * lesson as a question bank; {@link fromGift} reads a teacher's existing bank into questions.
 *
 * @module
 */
import type { AcceptedAnswer, Lesson, Question, QuestionOfType, QuestionType, TextMatching } from "../schema/types.js";
import {
  decimal,
  type ExportInput,
  type ExportIssue,
  type ExportResult,
  issue,
  lessonOf,
  pointsOf,
  questionsOf,
} from "./_shared.js";

export { type FromGiftOptions, type FromGiftResult, fromGift, type GiftOrigin } from "./_gift-read.js";
export type { ExportInput, ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "./_shared.js";
export { ExportError } from "./_shared.js";

/** Options for {@link toGift}. */
export interface GiftOptions {
  /**
   * The `$CATEGORY:` the questions go into. Default for a lesson: `$course$/top/<lesson title>`;
   * for a list of questions, none. `null` writes no category line.
   */
  category?: string | null;
}

/** Per-question state shared with the formatters. */
interface Context {
  lesson: Readonly<Lesson> | undefined;
  report: (kind: ExportIssue["kind"], code: ExportIssue["code"], message: string) => void;
}

/** Writes one question, or returns null (after reporting why) when GIFT cannot hold it. */
type Formatter<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => string | null;

/** Moodle accepts only these grades (`question_bank::fraction_options_full`), as percentages. */
const MOODLE_GRADES = [
  "100",
  "90",
  "83.33333",
  "80",
  "75",
  "70",
  "66.66667",
  "60",
  "50",
  "40",
  "33.33333",
  "30",
  "25",
  "20",
  "16.66667",
  "14.28571",
  "12.5",
  "11.11111",
  "10",
  "5",
  "0",
];

// ── text ──────────────────────────────────────────────────────────────────────────────────────

/** Escapes GIFT's control characters the way Moodle's own export does (`qformat_gift::repchar`). */
function giftEscape(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, "\\n");
}

/**
 * Escapes an answer or feedback text. Moodle reads a leading `[html]`-style tag as a text format
 * and a leading `%50%` as a weight, so such texts are shielded.
 */
function answerText(text: string): string {
  const escaped = giftEscape(text);
  return /^\[(?:moodle|html|plain|markdown)\]/i.test(text) ? `[markdown]${escaped}` : escaped;
}

function feedback(text: string | undefined): string {
  return text === undefined ? "" : `#${answerText(text)}`;
}

/** The answer-weight prefix (`%25%`) for a credit fraction, snapped to a grade Moodle accepts. */
function weight(fraction: number, ctx: Context): string {
  const percent = fraction * 100;
  let best = "0";
  let distance = Number.POSITIVE_INFINITY;
  for (const grade of MOODLE_GRADES) {
    for (const signed of grade === "0" ? [grade] : [grade, `-${grade}`]) {
      const d = Math.abs(Number(signed) - percent);
      if (d < distance) {
        best = signed;
        distance = d;
      }
    }
  }
  // Moodle matches grades within 0.00001 of a fraction (`match_grade_options`).
  if (distance / 100 >= 1e-5)
    ctx.report(
      "approximated",
      "grade_rounded",
      `Moodle accepts only set grades: a credit of ${decimal(Number(percent.toFixed(5)))}% was written as ${best}%.`,
    );
  return `%${best}%`;
}

/** The question text: `[markdown]`, the excerpt (when the lesson has it) and the prompt. */
function stem(question: Readonly<Question>, ctx: Context, promptText = question.prompt): string {
  let markdown = promptText;
  if (question.excerptSourceId !== undefined) {
    const source = ctx.lesson?.sources.find((s) => s.id === question.excerptSourceId);
    if (source?.excerpt === undefined) {
      ctx.report(
        "dropped",
        "excerpt_dropped",
        `The excerpt of source "${question.excerptSourceId}" is not in the question: export the whole lesson to include it.`,
      );
    } else {
      const quoted = source.excerpt
        .trim()
        .split("\n")
        .map((line) => `> ${line}`.trimEnd())
        .join("\n");
      markdown = `${quoted}\n>\n> (${source.title}, ${source.citation})\n\n${promptText}`;
    }
  }
  return `::${giftEscape(question.id)}::[markdown]${giftEscape(markdown)}`;
}

/** An answer block: one answer per line, then the general feedback (the explanation). */
function answers(lines: readonly string[], explanation: string): string {
  return `{\n${lines.map((line) => `\t${line}\n`).join("")}\t####${answerText(explanation)}\n}`;
}

/** Moodle's short answers treat `*` as a wildcard; `\*` is a literal star. */
function shortAnswer(text: string): string {
  return answerText(text).replace(/\*/g, "\\*");
}

function reportTextMatching(ctx: Context, matching: TextMatching | undefined): void {
  const lost: string[] = [];
  if (matching?.caseSensitive === true) lost.push("case-sensitive matching (Moodle's GIFT import always ignores case)");
  if ((matching?.typoTolerance ?? 0) > 0) lost.push(`typo tolerance ${matching?.typoTolerance}`);
  if (matching?.ignorePunctuation === true) lost.push("ignored punctuation");
  if (matching?.ignoreDiacritics === true) lost.push("ignored diacritics");
  if (lost.length > 0)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      `Moodle short answers match text exactly apart from case and * wildcards; not kept: ${lost.join(", ")}.`,
    );
}

/** Typed answers as `=%w%text#feedback` lines, or null when one would be misread by Moodle. */
function typedAnswers(list: readonly AcceptedAnswer[], ctx: Context): string[] | null {
  if (list.some((a) => a.text.includes("->"))) {
    ctx.report(
      "skipped",
      "unsafe_text",
      'An accepted answer contains "->", which Moodle would read as a matching question; GIFT has no escape for it.',
    );
    return null;
  }
  return list.map((a) => {
    const w = (a.fraction ?? 1) === 1 ? "" : weight(a.fraction ?? 1, ctx);
    return `=${w}${shortAnswer(a.text)}${feedback(a.feedback)}`;
  });
}

function reportFixed(question: { choices: readonly { fixed?: boolean | undefined }[] }, ctx: Context): void {
  if (question.choices.some((c) => c.fixed === true))
    ctx.report(
      "dropped",
      "fixed_order_dropped",
      "GIFT cannot pin a choice in place; Moodle may shuffle the choices marked fixed.",
    );
}

/** A wrong choice's line; a text that looks like a weight gets an explicit `%0%`. */
function choiceLine(prefix: "=" | "~", w: string, text: string, fb: string | undefined): string {
  const shield = w === "" && /^%-*\d/.test(text) ? "%0%" : "";
  return `${prefix}${w}${shield}${answerText(text)}${feedback(fb)}`;
}

// ── formatters, one per question type ─────────────────────────────────────────────────────────

const singleChoice: Formatter<"single-choice"> = (question, ctx) => {
  reportFixed(question, ctx);
  const penalty = question.penalty ?? 0;
  const lines = question.choices.map((c) => {
    if (c.correct === true) return choiceLine("=", "", c.text, c.feedback);
    const fraction = c.fraction ?? -penalty;
    return choiceLine("~", fraction === 0 ? "" : weight(fraction, ctx), c.text, c.feedback);
  });
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

const multipleChoice: Formatter<"multiple-choice"> = (question, ctx) => {
  reportFixed(question, ctx);
  const k = question.choices.filter((c) => c.correct === true).length;
  const scoring = question.scoring ?? "all-or-nothing";
  // Moodle sums the weights of the selected choices and keeps the total within [0, 1].
  let fractionOf: (c: (typeof question.choices)[number]) => number;
  switch (scoring) {
    case "fractions":
      fractionOf = (c) => c.fraction ?? 0;
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
  const lines = question.choices.map((c) => {
    const fraction = fractionOf(c);
    return choiceLine("~", fraction === 0 ? "" : weight(fraction, ctx), c.text, c.feedback);
  });
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

const trueFalse: Formatter<"true-false"> = (question, ctx) => {
  // Moodle reads {TRUE#a#b} as: a is shown for the wrong answer, b for the right one.
  const right = question.answer ? question.feedbackTrue : question.feedbackFalse;
  const wrong = question.answer ? question.feedbackFalse : question.feedbackTrue;
  let line = question.answer ? "TRUE" : "FALSE";
  if (wrong !== undefined || right !== undefined) line += `#${wrong === undefined ? "" : answerText(wrong)}`;
  if (right !== undefined) line += `#${answerText(right)}`;
  return `${stem(question, ctx)}${answers([line], question.explanation)}`;
};

const shortText: Formatter<"short-text"> = (question, ctx) => {
  const lines = typedAnswers(question.answers, ctx);
  if (lines === null) return null;
  reportTextMatching(ctx, question.matching);
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

function numericAnswer(target: QuestionOfType<"numeric">["answer"]): string {
  if ("min" in target) return `${decimal(target.min)}..${decimal(target.max)}`;
  const tolerance = target.tolerance ?? 0;
  const absolute = target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
  return absolute === 0 ? decimal(target.value) : `${decimal(target.value)}:${decimal(absolute)}`;
}

const numeric: Formatter<"numeric"> = (question, ctx) => {
  if (question.unit !== undefined)
    ctx.report(
      "dropped",
      "unit_dropped",
      `GIFT has no units: the label "${question.unit}" beside the input is not exported.`,
    );
  const lines = [`=${numericAnswer(question.answer)}`];
  for (const miss of question.nearMisses ?? [])
    lines.push(`=${weight(miss.fraction, ctx)}${numericAnswer(miss.answer)}${feedback(miss.feedback)}`);
  return `${stem(question, ctx)}{#\n${lines.map((l) => `\t${l}\n`).join("")}\t####${answerText(question.explanation)}\n}`;
};

const ordering: Formatter<"ordering"> = (_question, ctx) => {
  ctx.report("skipped", "unsupported_type", "GIFT has no ordering questions.");
  return null;
};

/** Matching lines `=premise -> response`, plus `= -> response` for responses no premise uses. */
function matchLines(
  premises: readonly { text: string; responseText: string }[],
  unused: readonly string[],
  ctx: Context,
): string[] {
  const distinct = new Set([...premises.map((p) => p.responseText), ...unused]);
  if (distinct.size < 3)
    ctx.report(
      "warning",
      "too_few_options",
      `Moodle refuses matching questions with fewer than 3 answers to choose from; this one has ${distinct.size}.`,
    );
  return [
    ...premises.map((p) => `=${answerText(p.text)} -> ${giftEscape(p.responseText)}`),
    ...unused.map((text) => `= -> ${giftEscape(text)}`),
  ];
}

const matching: Formatter<"matching"> = (question, ctx) => {
  if ((question.scoring ?? "per-pair") === "all-or-nothing")
    ctx.report(
      "approximated",
      "scoring_approximated",
      "Moodle grades matching questions per pair; the all-or-nothing scoring is not kept.",
    );
  const text = new Map(question.responses.map((r) => [r.id, r.text]));
  const used = new Set(Object.values(question.pairs));
  const lines = matchLines(
    question.premises.map((p) => ({ text: p.text, responseText: text.get(question.pairs[p.id] as string) ?? "" })),
    question.responses.filter((r) => !used.has(r.id)).map((r) => r.text),
    ctx,
  );
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

const categorize: Formatter<"categorize"> = (question, ctx) => {
  ctx.report(
    "approximated",
    "type_changed",
    "GIFT has no categorize questions: exported as matching (each item to its category), scored the same per item; it imports back as a matching question.",
  );
  const name = new Map(question.categories.map((c) => [c.id, c.text]));
  const used = new Set(question.items.map((i) => i.categoryId));
  const lines = matchLines(
    question.items.map((i) => ({ text: i.text, responseText: name.get(i.categoryId) ?? "" })),
    question.categories.filter((c) => !used.has(c.id)).map((c) => c.text),
    ctx,
  );
  return `${stem(question, ctx)}${answers(lines, question.explanation)}`;
};

const cloze: Formatter<"cloze"> = (question, ctx) => {
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
    lines = blank.choices.map((c) => choiceLine(c.correct === true ? "=" : "~", "", c.text, undefined));
  } else {
    const typed = typedAnswers(blank.answers, ctx);
    if (typed === null) return null;
    reportTextMatching(ctx, blank.matching);
    lines = typed;
  }
  // Moodle's missing-word format: the answer block sits where the blank is. The prompt goes
  // first, a paragraph apart, so that fromGift can split it off again.
  const marker = `{{${blank.id}}}`;
  const at = question.text.indexOf(marker);
  const before = `${question.prompt}\n\n${question.text.slice(0, at)}`;
  const after = question.text.slice(at + marker.length);
  const head = stem(question, ctx, before);
  return `${head}${answers(lines, question.explanation)}${giftEscape(after)}`;
};

const formatters = {
  "single-choice": singleChoice,
  "multiple-choice": multipleChoice,
  "true-false": trueFalse,
  "short-text": shortText,
  numeric,
  ordering,
  matching,
  cloze,
  categorize,
} satisfies { [K in QuestionType]: Formatter<K> };

/**
 * Exports questions as Moodle GIFT: multiple choice with `%` weights (single and multiple
 * answer), true-false, short answer, numeric with tolerance or range and partial-credit near
 * misses, matching, per-answer feedback (`#`) and the explanation as general feedback (`####`),
 * all in `[markdown]` format under a `$CATEGORY:` per lesson. GIFT's control characters
 * `~ = # { } :` and backslashes are escaped and newlines written as `\n`, as Moodle's own export
 * does. Types GIFT cannot hold (ordering, cloze with several blanks) are left out with a comment
 * in the file and an entry in `issues`, as is every approximation.
 *
 * @param input - A lesson or a list of questions.
 * @param options - `category` to override or suppress the `$CATEGORY:` line.
 * @returns `{ output, issues }` where `output` is the GIFT text.
 * @example
 * const { output, issues } = toGift(lesson);
 * output.split("\n\n")[1]
 * //=> "$CATEGORY: $course$/top/Three Branches and Their Checks"
 */
export function toGift(input: ExportInput, options: GiftOptions = {}): ExportResult<string> {
  const lesson = lessonOf(input);
  const issues: ExportIssue[] = [];
  const blocks: string[] = [];
  if (lesson) blocks.push(`// ${oneLine(lesson.title)} (civics-lessons: ${lesson.id} ${lesson.version})`);
  const category =
    options.category === undefined
      ? lesson && `$course$/top/${oneLine(lesson.title).replace(/\//g, "//")}`
      : options.category;
  if (category) blocks.push(`$CATEGORY: ${oneLine(category)}`);
  for (const question of questionsOf(input)) {
    const ctx: Context = {
      lesson,
      report: (kind, code, message) => issues.push(issue(question.id, kind, code, message)),
    };
    const format = formatters[question.type] as Formatter<QuestionType>;
    const written = format(question as never, ctx);
    if (written === null) {
      blocks.push(
        `// civics-lessons: question "${question.id}" (${question.type}) is not in this file; see the export issues.`,
      );
      continue;
    }
    if ((question.hints ?? []).length > 0)
      ctx.report(
        "dropped",
        "hints_dropped",
        `GIFT has no hints: ${(question.hints ?? []).length} hint(s) not exported.`,
      );
    if (pointsOf(question) !== 1)
      ctx.report(
        "dropped",
        "points_dropped",
        `GIFT has no point values: Moodle gives the question its default mark instead of ${pointsOf(question)}.`,
      );
    blocks.push(written);
  }
  return { output: `${blocks.join("\n\n")}\n`, issues };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
