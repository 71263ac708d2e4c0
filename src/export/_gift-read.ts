import { customAlphabet } from "nanoid";
import type { AcceptedAnswer, NumericTarget, Question, QuestionOfType } from "../schema/types.js";
import { ExportError, type ExportIssue, issue } from "./_shared.js";

/** Options for {@link fromGift}. */
export interface FromGiftOptions {
  /**
   * Makes an id for each question whose GIFT title is not already a usable id. It must return
   * kebab-case ids (`a-z`, `0-9`, `-`). Default: 12 random lowercase letters and digits (nanoid).
   * Inject a counter for reproducible tests.
   */
  generateId?: () => string;
  /** Objective ids to give every question (default `["todo-objective"]`: GIFT has none). */
  objectiveIds?: string[];
  /** Source ids to give every question (default `["todo-source"]`: GIFT has none). */
  sourceIds?: string[];
  /** Difficulty to give every question (default 2). */
  difficulty?: 1 | 2 | 3;
  /** Explanation for questions without general feedback (default `"TODO: explain the answer."`). */
  explanation?: string;
}

/** Where an imported question came from in the GIFT text. */
export interface GiftOrigin {
  /** The id the question was given. */
  questionId: string;
  /** The 1-based line its text starts on. */
  line: number;
  /** Its GIFT title (`::title::`), if any. */
  title?: string;
  /** The `$CATEGORY:` it was under, if any. */
  category?: string;
  /** Moodle's `// [id:…]` id number, if any. */
  idNumber?: string;
}

/** What {@link fromGift} returns. */
export interface FromGiftResult {
  /** The questions, in file order, ready for the author to complete (objectives, sources). */
  questions: Question[];
  /** Questions left out and features not carried over, each with its line. */
  issues: ExportIssue[];
  /** One entry per imported question: line, title and category. */
  origins: GiftOrigin[];
}

type Format = "moodle" | "html" | "plain" | "markdown";
type Formatted = { text: string; format: Format };

// GIFT escapes become noncharacters (Unicode's "internal use" code points) while parsing, as
// Moodle does with its &&058; placeholders, so escaped control characters are never mistaken
// for syntax. Input noncharacters are replaced first so they cannot collide.
const ESCAPES: Record<string, string> = {
  ":": "\uFDD0",
  "#": "\uFDD1",
  "=": "\uFDD2",
  "{": "\uFDD3",
  "}": "\uFDD4",
  "~": "\uFDD5",
  n: "\uFDD6",
};
const UNESCAPES: Record<string, string> = {
  "\uFDD0": ":",
  "\uFDD1": "#",
  "\uFDD2": "=",
  "\uFDD3": "{",
  "\uFDD4": "}",
  "\uFDD5": "~",
  "\uFDD6": "\n",
};
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const WEIGHT = /^%(-?(?:\d+\.?\d*|\.\d+))%/;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function protect(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "\\" && next === "\\") {
      out += "\\";
      i++;
    } else if (c === "\\" && next !== undefined && ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
      i++;
    } else out += c;
  }
  return out;
}

function unprotect(text: string): string {
  return text.replace(/[\uFDD0-\uFDD6]/g, (c) => UNESCAPES[c] ?? c);
}

/** A question's text in the file, with a way back from offsets to line numbers. */
class Block {
  readonly text: string;
  private readonly startLine: number;

  constructor(text: string, startLine: number) {
    this.text = text;
    this.startLine = startLine;
  }

  lineAt(offset: number): number {
    let line = this.startLine;
    for (let i = 0; i < offset && i < this.text.length; i++) if (this.text[i] === "\n") line++;
    return line;
  }

  fail(offset: number, message: string): never {
    throw new ExportError("invalid_gift", message, this.lineAt(offset));
  }

  /** Fails at a known line (for problems with a question as a whole). */
  failAt(line: number, message: string): never {
    throw new ExportError("invalid_gift", message, line);
  }
}

/** Splits the file into question blocks on blank lines, as Moodle does, keeping line numbers. */
function blocks(source: string): { block: Block; tags: string[]; idNumber?: string }[] {
  const lines = source
    .replace(/^\uFEFF/, "")
    .replace(/[\uFDD0-\uFDEF]/g, "\uFFFD")
    .split(/\r\n|\r|\n/);
  const out: { block: Block; tags: string[]; idNumber?: string }[] = [];
  let current: string[] = [];
  let start = 0;
  let tags: string[] = [];
  let idNumber: string | undefined;
  const flush = () => {
    const first = current.findIndex((line) => line !== "");
    if (first !== -1) {
      const text = current.slice(first).join("\n").trim();
      const entry: { block: Block; tags: string[]; idNumber?: string } = {
        block: new Block(protect(text), start + first + 1),
        tags,
      };
      if (idNumber !== undefined) entry.idNumber = idNumber;
      out.push(entry);
    }
    current = [];
    tags = [];
    idNumber = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      flush();
      return;
    }
    if (current.length === 0) start = index;
    if (line.startsWith("//")) {
      // Moodle 4 keeps `// [id:…]` and `// [tag:…]` comments as question metadata.
      for (const m of line.matchAll(/\[tag:([^\]]+)\]/g)) tags.push(m[1] as string);
      const id = /\[id:([^\]]+)\]/.exec(line);
      if (id) idNumber = id[1] as string;
      current.push("");
      return;
    }
    current.push(line);
  });
  flush();
  return out;
}

/** Moodle's `parse_text_with_format`: an optional leading `[format]`, then the text. */
function withFormat(raw: string, fallback: Format): Formatted {
  const text = raw.trim();
  const tag = /^\[(moodle|html|plain|markdown)\]/.exec(text);
  if (tag) return { format: tag[1] as Format, text: unprotect(text.slice(tag[0].length)).trim() };
  return { format: fallback, text: unprotect(text).trim() };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Escapes Markdown syntax in plain text; runs of three or more underscores (blanks) stay as they are. */
function escapeMarkdown(text: string): string {
  return text.replace(/_{3,}|[\\`*_[\]]/g, (c) => (c.length >= 3 ? c : `\\${c}`));
}

const SIMPLE_TAGS = new Set([
  "p",
  "br",
  "div",
  "span",
  "b",
  "strong",
  "i",
  "em",
  "ul",
  "ol",
  "li",
  "u",
  "sub",
  "sup",
  "pre",
  "code",
]);

/**
 * Converts imported HTML to Markdown (or plain text): paragraphs, line breaks, bold, italics and
 * list items are kept; other markup is removed and reported through `lossy`.
 */
function fromHtml(html: string, target: "markdown" | "plain"): { text: string; lossy: boolean } {
  let lossy = false;
  const parts: string[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, "");
  const tagPattern = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (const match of source.matchAll(tagPattern)) {
    const textPart = decodeEntities(source.slice(last, match.index).replace(/\s+/g, " "));
    parts.push(target === "markdown" ? escapeMarkdown(textPart) : textPart);
    last = match.index + match[0].length;
    const name = (match[1] as string).toLowerCase();
    const closing = match[0].startsWith("</");
    if (!SIMPLE_TAGS.has(name)) lossy = true;
    if (name === "br") parts.push("\n");
    else if (name === "p" || name === "div" || name === "ul" || name === "ol" || name === "pre") parts.push("\n\n");
    else if (name === "li" && !closing) parts.push(target === "markdown" ? "\n- " : "\n");
    else if (target === "markdown" && (name === "b" || name === "strong")) parts.push("**");
    else if (target === "markdown" && (name === "i" || name === "em")) parts.push("*");
  }
  const tail = decodeEntities(source.slice(last).replace(/\s+/g, " "));
  parts.push(target === "markdown" ? escapeMarkdown(tail) : tail);
  let text = parts
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    // Bold markers left with nothing between them by empty <b></b> markup.
    .replace(/\*\*(\s*)\*\*/g, "$1")
    .trim();
  if (target === "plain") text = text.replace(/\s+/g, " ");
  return { text, lossy };
}

/** Converts a formatted GIFT text into a Markdown field or a plain-text field of the model. */
function convert(value: Formatted, target: "markdown" | "plain"): { text: string; lossy: boolean } {
  const looksHtml = /<\/?[a-zA-Z][^>]*>|&[a-z#0-9]+;/i.test(value.text);
  if (value.format === "html" || (value.format === "moodle" && looksHtml)) return fromHtml(value.text, target);
  if (value.format === "markdown" || target === "plain") return { text: value.text, lossy: false };
  return { text: escapeMarkdown(value.text), lossy: false };
}

/** Splits `text` before each `separator` at the top level, with offsets (for line numbers). */
function split(text: string, separators: string, offset: number): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || separators.includes(text[i] as string)) {
      if (i > start || parts.length > 0) parts.push({ text: text.slice(start, i), offset: offset + start });
      start = i;
    }
  }
  return parts.filter((p, index) => index > 0 || p.text.trim() !== "");
}

/** A `%weight%` prefix, as a fraction, and the rest of the answer. */
function weighed(answer: string): { fraction: number | null; rest: string } {
  const w = WEIGHT.exec(answer);
  return w ? { fraction: Number(w[1]) / 100, rest: answer.slice(w[0].length) } : { fraction: null, rest: answer };
}

/** Moodle's `commentparser`: the answer, then its feedback after the first `#`. */
function comment(answer: string, format: Format): { answer: Formatted; feedback: Formatted | null } {
  const at = answer.indexOf("#");
  if (at === -1) return { answer: withFormat(answer, format), feedback: null };
  const feedback = withFormat(answer.slice(at + 1), format);
  return { answer: withFormat(answer.slice(0, at), format), feedback: feedback.text === "" ? null : feedback };
}

interface Draft {
  block: Block;
  line: number;
  id: string;
  format: Format;
  report: (kind: ExportIssue["kind"], code: ExportIssue["code"], message: string) => void;
  base: () => Pick<Question, "id" | "prompt" | "difficulty" | "objectiveIds" | "sourceIds" | "explanation"> & {
    tags?: string[];
  };
  markdown: (value: Formatted, what: string) => string;
  plain: (value: Formatted, what: string) => string;
}

/**
 * Imports a Moodle GIFT question bank (what Moodle's "Export questions → GIFT" writes, or a file a
 * teacher typed) as questions of this library. Multiple choice becomes single- or multiple-choice
 * (weights become fractions), true-false, short answer, numeric (tolerances, ranges, partial-credit
 * answers become near misses), matching, and missing-word questions with one blank become cloze.
 * Essays and descriptions have no counterpart and are reported, not imported.
 *
 * GIFT carries no objectives or sources: every question gets the placeholder ids
 * `todo-objective` and `todo-source` (or the ones in `options`) for the author to replace before
 * the questions can join a lesson. Question ids come from `::titles::` that are already
 * kebab-case ids, else from `generateId` (nanoid by default).
 *
 * Two kinds of problems are kept apart. Input that is not valid GIFT (a brace left open, a
 * multiple-choice question with one answer, a matching line without `->`, a numeric answer that
 * is not a number) throws an {@link ExportError} with code `invalid_gift` and the `line`, because
 * there is no safe way to guess what was meant. Valid GIFT that the model cannot hold exactly is
 * imported as closely as possible, or left out, and listed in `issues`, each with its line.
 *
 * @param text - GIFT text (UTF-8, any line endings).
 * @param options - Id generator and the placeholders for objectives, sources, difficulty and explanation.
 * @returns `{ questions, issues, origins }`.
 * @throws {@link ExportError} `invalid_gift` with `line` for input that is not valid GIFT.
 * @example
 * const { questions } = fromGift("::capital::What is the capital of France?{=Paris =paris}");
 * questions[0]
 * //=> { id: "capital", type: "short-text", prompt: "What is the capital of France?", answers: [{ text: "Paris" }, ...], objectiveIds: ["todo-objective"], ... }
 */
export function fromGift(text: string, options: FromGiftOptions = {}): FromGiftResult {
  const generate = options.generateId ?? customAlphabet("0123456789abcdefghijklmnopqrstuvwxyz", 12);
  const questions: Question[] = [];
  const issues: ExportIssue[] = [];
  const origins: GiftOrigin[] = [];
  const used = new Set<string>();
  let category: string | undefined;

  const newId = (title: string | undefined): string => {
    if (title !== undefined && KEBAB.test(title) && title.length <= 80 && !used.has(title)) return title;
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = generate();
      if (!used.has(id)) {
        if (!KEBAB.test(id))
          throw new ExportError("invalid_option", `generateId returned "${id}", which is not a kebab-case id`);
        return id;
      }
    }
    throw new ExportError("invalid_option", "generateId keeps returning ids already used");
  };

  for (const { block, tags, idNumber } of blocks(text)) {
    let body = block.text;
    let offset = 0;
    if (/^\$CATEGORY:/.test(body)) {
      category = unprotect(body.slice("$CATEGORY:".length)).trim();
      continue;
    }
    let title: string | undefined;
    if (body.startsWith("::")) {
      body = body.slice(2);
      offset += 2;
      const end = body.indexOf("::");
      if (end !== -1) {
        title = unprotect(body.slice(0, end)).trim();
        const rest = body.slice(end + 2);
        offset += end + 2 + (rest.length - rest.trimStart().length);
        body = rest.trim();
      }
    }
    const line = block.lineAt(offset);
    const start = body.indexOf("{");
    const end = body.indexOf("}");
    const skip = (code: ExportIssue["code"], message: string) => issues.push(issue("", "skipped", code, message, line));
    if (start === -1 && end === -1) {
      skip("unsupported_type", "Description (text without an answer block) is not a question type of this library.");
      continue;
    }
    if (start === -1 || end === -1)
      block.fail(
        offset + Math.max(start, end),
        `"${start === -1 ? "}" : "{"}" has no matching "${start === -1 ? "{" : "}"}" (write literal braces as \\{ and \\})`,
      );
    if (end < start) block.fail(offset + end, '"}" comes before "{" (write literal braces as \\{ and \\})');

    let inner = body.slice(start + 1, end);
    const innerOffset = offset + start + 1;
    const gf = inner.lastIndexOf("####");
    let general: string | null = null;
    if (gf !== -1) {
      general = inner.slice(gf + 4);
      inner = inner.slice(0, gf);
    }
    const answerText = inner.trim();
    const answerOffset = innerOffset + (inner.length - inner.trimStart().length);
    const before = body.slice(0, start);
    const after = body.slice(end + 1);
    const missingWord = !body.endsWith("}");
    const stem = withFormat(missingWord ? `${before}_____${after}` : before + after, "moodle");
    const format = stem.format;

    if (answerText === "") {
      skip("unsupported_type", "Essay questions are not a question type of this library.");
      continue;
    }

    const id = newId(title);
    const local: ExportIssue[] = [];
    const draft: Draft = {
      block,
      line,
      id,
      format,
      report: (kind, code, message) => {
        if (!local.some((i) => i.code === code && i.message === message))
          local.push(issue(id, kind, code, message, line));
      },
      markdown: (value, what) => {
        const { text: converted, lossy } = convert(value, "markdown");
        if (lossy) draft.report("approximated", "html_converted", `HTML markup in the ${what} was removed.`);
        return converted;
      },
      plain: (value, what) => {
        const { text: converted, lossy } = convert(value, "plain");
        if (lossy) draft.report("approximated", "html_converted", `HTML markup in the ${what} was removed.`);
        return converted;
      },
      base: () => {
        const explanation = general === null ? "" : draft.markdown(withFormat(general, format), "general feedback");
        const prompt = draft.markdown(stem, "question text");
        const out: ReturnType<Draft["base"]> = {
          id,
          prompt: prompt === "" ? "TODO: write the question." : prompt,
          difficulty: options.difficulty ?? 2,
          objectiveIds: [...(options.objectiveIds ?? ["todo-objective"])],
          sourceIds: [...(options.sourceIds ?? ["todo-source"])],
          explanation: explanation === "" ? (options.explanation ?? "TODO: explain the answer.") : explanation,
        };
        const kebabTags = tags
          .map((t) =>
            t
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, "-")
              .replace(/^-|-$/g, ""),
          )
          .filter((t) => KEBAB.test(t));
        if (kebabTags.length > 0) out.tags = [...new Set(kebabTags)];
        return out;
      },
    };

    let question: Question | null;
    const clozeParts = { before, after };
    if (answerText.startsWith("#")) question = numericQuestion(draft, answerText.slice(1), answerOffset + 1);
    else if (answerText.includes("~"))
      question = choiceQuestion(draft, answerText, answerOffset, missingWord ? clozeParts : null);
    else if (answerText.includes("=") && answerText.includes("->"))
      question = matchingQuestion(draft, answerText, answerOffset);
    else if (isTrueFalse(answerText)) question = trueFalseQuestion(draft, answerText);
    else question = shortQuestion(draft, answerText, answerOffset, missingWord ? clozeParts : null);

    if (question === null) {
      issues.push(...local.filter((i) => i.kind === "skipped").map((i) => ({ ...i, questionId: "" })));
      continue;
    }
    used.add(id);
    issues.push(...local);
    questions.push(question);
    const origin: GiftOrigin = { questionId: id, line };
    if (title !== undefined) origin.title = title;
    if (category !== undefined) origin.category = category;
    if (idNumber !== undefined) origin.idNumber = idNumber;
    origins.push(origin);
  }
  return { questions, issues, origins };
}

function isTrueFalse(answerText: string): boolean {
  const hash = answerText.indexOf("#");
  const head = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
  return ["T", "TRUE", "F", "FALSE"].includes(head);
}

/** The prompt and cloze text of a missing-word question: the prompt ends at the last paragraph break before the blank. */
function clozeText(draft: Draft, parts: { before: string; after: string }): { prompt: string; text: string } {
  const whole = draft.markdown(withFormat(`${parts.before}\uFDDF${parts.after}`, draft.format), "question text");
  const [head = "", tail = ""] = whole.split("\uFDDF");
  const breakAt = head.lastIndexOf("\n\n");
  const prompt = breakAt === -1 ? "" : head.slice(0, breakAt).trim();
  const text = `${breakAt === -1 ? head : head.slice(breakAt + 2)}{{blank}}${tail}`.trim();
  return { prompt: prompt === "" ? "Fill in the blank." : prompt, text };
}

function choiceQuestion(
  draft: Draft,
  answerText: string,
  offset: number,
  cloze: { before: string; after: string } | null,
): Question | null {
  const single = answerText.includes("=");
  const parts = split(answerText, "~=", offset)
    .map((part) => {
      const raw = part.text.trim();
      const isKey = raw.startsWith("=");
      const body = isKey || raw.startsWith("~") ? raw.slice(1) : raw;
      const w = isKey ? { fraction: 1 as number | null, rest: body } : weighed(body.trimStart());
      const { answer, feedback } = comment(w.rest, draft.format);
      return { fraction: w.fraction ?? 0, weighted: w.fraction !== null, answer, feedback, offset: part.offset };
    })
    // Moodle ignores empty answers (a stray "~" or "=").
    .filter((p) => p.answer.text !== "" || p.feedback !== null);
  if (parts.length < 2) draft.block.failAt(draft.line, "a multiple-choice question needs at least two answers");
  if (parts.length > 26) {
    draft.report(
      "skipped",
      "not_representable",
      `Choice questions hold at most 26 choices; this one has ${parts.length}.`,
    );
    return null;
  }
  const texts = parts.map((p) => draft.plain(p.answer, "answers"));
  if (texts.some((t) => t === "")) {
    draft.report(
      "skipped",
      "not_representable",
      "An answer has no text left once its HTML is removed (an image, say).",
    );
    return null;
  }
  const feedbacks = parts.map((p) =>
    p.feedback === null ? undefined : draft.markdown(p.feedback, "feedback") || undefined,
  );
  const ids = parts.map((_, i) => LETTERS[i] as string);

  const keys = parts.filter((p) => p.fraction === 1).length;
  if (
    single &&
    cloze &&
    keys === 1 &&
    parts.every((p) => p.fraction === 1 || (p.fraction === 0 && !p.weighted)) &&
    feedbacks.every((f) => f === undefined)
  ) {
    const { prompt, text } = clozeText(draft, cloze);
    const question: QuestionOfType<"cloze"> = {
      ...draft.base(),
      type: "cloze",
      prompt,
      text,
      blanks: [
        {
          id: "blank",
          kind: "choice",
          choices: parts.map((p, i) => ({
            id: ids[i] as string,
            text: texts[i] as string,
            ...(p.fraction === 1 ? { correct: true } : {}),
          })),
        },
      ],
    };
    return question;
  }

  const clamp = (f: number) => Math.min(1, Math.max(-1, f));
  if (single) {
    const keyIndex = parts.findIndex((p) => p.fraction === 1);
    if (keyIndex === -1) draft.block.failAt(draft.line, "a single-answer question needs an answer worth 100%");
    if (keys > 1)
      draft.report(
        "approximated",
        "feature_dropped",
        `${keys} answers are worth 100%: the first is the keyed choice, the others keep full credit as fraction 1.`,
      );
    const choices = parts.map((p, i) => {
      const choice: QuestionOfType<"single-choice">["choices"][number] = {
        id: ids[i] as string,
        text: texts[i] as string,
      };
      if (i === keyIndex) choice.correct = true;
      else if (p.fraction !== 0) choice.fraction = clamp(p.fraction);
      const fb = feedbacks[i];
      if (fb !== undefined) choice.feedback = fb;
      return choice;
    });
    return { ...draft.base(), type: "single-choice", choices };
  }

  const positive = parts.reduce((sum, p) => sum + Math.max(0, p.fraction), 0);
  if (positive <= 0)
    draft.block.fail(offset, "a multiple-answer question needs at least one answer with a positive weight");
  if (Math.abs(positive - 1) > 1e-4)
    draft.report(
      "approximated",
      "scoring_approximated",
      `The positive weights add up to ${Number((positive * 100).toFixed(5))}% (Moodle requires 100%); they were scaled to 100%.`,
    );
  const choices = parts.map((p, i) => {
    const fraction = p.fraction > 0 ? p.fraction / positive : clamp(p.fraction);
    const choice: QuestionOfType<"multiple-choice">["choices"][number] = {
      id: ids[i] as string,
      text: texts[i] as string,
      fraction,
    };
    if (p.fraction > 0) choice.correct = true;
    const fb = feedbacks[i];
    if (fb !== undefined) choice.feedback = fb;
    return choice;
  });
  return { ...draft.base(), type: "multiple-choice", scoring: "fractions", choices };
}

function trueFalseQuestion(draft: Draft, answerText: string): Question {
  // Moodle's split_truefalse_comment: answer, then feedback for the wrong answer, then for the right one.
  const [head = "", wrongRaw, rightRaw] = splitLimit(answerText, "#", 3);
  const answer = head.trim() === "T" || head.trim() === "TRUE";
  const text = (raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const value = draft.markdown(withFormat(raw, draft.format), "feedback");
    return value === "" ? undefined : value;
  };
  const wrong = text(wrongRaw);
  const right = text(rightRaw);
  const question: QuestionOfType<"true-false"> = { ...draft.base(), type: "true-false", answer };
  const feedbackTrue = answer ? right : wrong;
  const feedbackFalse = answer ? wrong : right;
  if (feedbackTrue !== undefined) question.feedbackTrue = feedbackTrue;
  if (feedbackFalse !== undefined) question.feedbackFalse = feedbackFalse;
  return question;
}

function splitLimit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

function shortQuestion(
  draft: Draft,
  answerText: string,
  offset: number,
  cloze: { before: string; after: string } | null,
): Question | null {
  const answers: AcceptedAnswer[] = [];
  for (const part of split(answerText, "=", offset)) {
    const raw = part.text.trim().replace(/^=/, "");
    const w = weighed(raw.trimStart());
    const fraction = w.fraction ?? 1;
    const { answer, feedback } = comment(w.rest, draft.format);
    let value = draft.plain(answer, "answers");
    if (value === "*" || fraction <= 0) {
      draft.report(
        "dropped",
        "feature_dropped",
        `The answer "${value}" worth ${Number((fraction * 100).toFixed(5))}% is not kept: accepted answers must earn credit, and there is no catch-all.`,
      );
      continue;
    }
    if (/(?<!\\)\*/.test(value))
      draft.report("approximated", "feature_dropped", `The * wildcard in "${value}" is read as a literal star.`);
    value = value.replace(/\\\*/g, "*");
    if (value === "") draft.block.fail(part.offset, "an accepted answer is empty");
    const accepted: AcceptedAnswer = { text: value };
    if (fraction < 1) accepted.fraction = fraction;
    if (fraction > 1) draft.report("approximated", "scoring_approximated", `A weight above 100% was capped at 100%.`);
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") accepted.feedback = shown;
    const same = answers.findIndex((a) => a.text === value);
    if (same !== -1) {
      draft.report(
        "approximated",
        "feature_dropped",
        `The answer "${value}" is listed twice; the better-credited one is kept.`,
      );
      if ((answers[same]?.fraction ?? 1) >= (accepted.fraction ?? 1)) continue;
      answers.splice(same, 1);
    }
    answers.push(accepted);
  }
  if (answers.length === 0) {
    draft.report("skipped", "not_representable", "The short answer has no answer that earns credit.");
    return null;
  }
  if (cloze) {
    const { prompt, text } = clozeText(draft, cloze);
    return { ...draft.base(), type: "cloze", prompt, text, blanks: [{ id: "blank", kind: "text", answers }] };
  }
  return { ...draft.base(), type: "short-text", answers };
}

function numericQuestion(draft: Draft, answerText: string, offset: number): Question | null {
  let body = answerText;
  let wrongFeedback: string | null = null;
  const tilde = body.indexOf("~");
  if (tilde !== -1) {
    wrongFeedback = body.slice(tilde + 1);
    body = body.slice(0, tilde);
  }
  const targets: { target: NumericTarget; fraction: number; feedback?: string }[] = [];
  for (const part of split(body, "=", offset)) {
    const raw = part.text.trim().replace(/^=/, "");
    const w = weighed(raw.trimStart());
    const { answer, feedback } = comment(w.rest, draft.format);
    const value = answer.text.replace(/\s+/g, "");
    let target: NumericTarget;
    const range = /^(.+?)\.\.(.+)$/.exec(value);
    const tolerance = /^(.+?):(.+)$/.exec(value);
    if (range && NUMBER.test(range[1] as string) && NUMBER.test(range[2] as string)) {
      const [low, high] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number];
      target = { min: low, max: high };
    } else if (tolerance && NUMBER.test(tolerance[1] as string) && NUMBER.test(tolerance[2] as string)) {
      target = { value: Number(tolerance[1]), tolerance: Math.abs(Number(tolerance[2])) };
    } else if (NUMBER.test(value)) {
      target = { value: Number(value) };
    } else {
      draft.block.fail(part.offset, `"${value}" is not a number, a number:tolerance or a min..max range`);
    }
    const entry: { target: NumericTarget; fraction: number; feedback?: string } = { target, fraction: w.fraction ?? 1 };
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") entry.feedback = shown;
    targets.push(entry);
  }
  if (targets.length === 0) draft.block.failAt(draft.line, "a numeric question needs at least one answer");
  const keyIndex = targets.findIndex((t) => t.fraction >= 1);
  if (keyIndex === -1) draft.block.failAt(draft.line, "a numeric question needs an answer worth 100%");
  const key = targets[keyIndex] as (typeof targets)[number];
  if (key.feedback !== undefined)
    draft.report(
      "dropped",
      "feature_dropped",
      "Feedback on the full-credit answer is not kept (the explanation is shown instead).",
    );
  const nearMisses: NonNullable<QuestionOfType<"numeric">["nearMisses"]> = [];
  targets.forEach((t, i) => {
    if (i === keyIndex) return;
    const miss: (typeof nearMisses)[number] = { answer: t.target, fraction: Math.min(1, Math.max(0, t.fraction)) };
    if (t.fraction < 0)
      draft.report("approximated", "scoring_approximated", "A negative numeric weight was raised to 0%.");
    if (t.feedback !== undefined) miss.feedback = t.feedback;
    nearMisses.push(miss);
  });
  if (wrongFeedback !== null) {
    const { feedback } = comment(wrongFeedback.trim(), draft.format);
    const shown = feedback === null ? "" : draft.markdown(feedback, "feedback");
    if (shown !== "") {
      // Moodle's "any other answer" (*) feedback: a zero-credit near miss over every number, listed
      // last so that any specific near miss wins.
      nearMisses.push({ answer: { min: -1e308, max: 1e308 }, fraction: 0, feedback: shown });
      draft.report(
        "approximated",
        "feature_dropped",
        "The feedback for any other answer became a zero-credit near miss covering every number (-1e308..1e308).",
      );
    }
  }
  const question: QuestionOfType<"numeric"> = { ...draft.base(), type: "numeric", answer: key.target };
  if (nearMisses.length > 0) question.nearMisses = nearMisses;
  return question;
}

function matchingQuestion(draft: Draft, answerText: string, offset: number): Question | null {
  const premises: { id: string; text: string }[] = [];
  const responses: { id: string; text: string }[] = [];
  const pairs: Record<string, string> = {};
  const responseId = (text: string): string => {
    const found = responses.find((r) => r.text === text);
    if (found) return found.id;
    const id = `r${responses.length + 1}`;
    responses.push({ id, text });
    return id;
  };
  for (const part of split(answerText, "=", offset)) {
    const raw = part.text.trim().replace(/^=/, "");
    const arrow = raw.indexOf("->");
    if (arrow === -1) draft.block.fail(part.offset, `the matching line "${unprotect(raw).trim()}" has no "->"`);
    const premise = draft.plain(withFormat(raw.slice(0, arrow), draft.format), "premises");
    const response = unprotect(raw.slice(arrow + 2)).trim();
    if (response === "") draft.block.fail(part.offset, 'a matching line has nothing after "->"');
    const rid = responseId(response);
    if (premise === "") continue;
    const pid = `p${premises.length + 1}`;
    premises.push({ id: pid, text: premise });
    pairs[pid] = rid;
  }
  if (premises.length < 2 || responses.length < 2) {
    draft.report(
      "skipped",
      "not_representable",
      "Matching questions need at least two premises and two different responses.",
    );
    return null;
  }
  return { ...draft.base(), type: "matching", premises, responses, pairs };
}
