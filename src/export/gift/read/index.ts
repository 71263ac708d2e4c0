import type { Question } from "../../../schema/types.js";
import { ExportError, type ExportIssue, issue } from "../../_shared/issues.js";
import { splitBlocks } from "./blocks.js";
import { choiceQuestion } from "./choice.js";
import { withFormat } from "./convert.js";
import { Draft, type Placeholders } from "./draft.js";
import { unprotect } from "./escapes.js";
import { IdMaker } from "./ids.js";
import { matchingQuestion } from "./matching.js";
import { isTrueFalse, numericQuestion, shortQuestion, trueFalseQuestion } from "./typed.js";

/** Options for {@link fromGift}. */
export interface FromGiftOptions extends Placeholders {
  /**
   * Makes an id for each question whose GIFT title is not already a usable id. It must return
   * kebab-case ids (`a-z`, `0-9`, `-`). Default: `q-` and a hash of the question's title and text,
   * so importing the same bank again gives the same ids.
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

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DESCRIPTION = "Description (text without an answer block) is not a question type of this library.";
const ESSAY = "Essay questions are not a question type of this library.";

/** A question's title (if any), its text and the answer block, with offsets for line numbers. */
function anatomy(text: string) {
  let body = text;
  let offset = 0;
  let title: string | undefined;
  if (body.startsWith("::")) {
    const end = body.indexOf("::", 2);
    if (end === -1) {
      body = body.slice(2);
      offset = 2;
    } else {
      title = unprotect(body.slice(2, end)).trim();
      const rest = body.slice(end + 2);
      offset = end + 2 + (rest.length - rest.trimStart().length);
      body = rest.trim();
    }
  }
  return { body, offset, title };
}

/**
 * Imports a Moodle GIFT question bank (what Moodle's "Export questions → GIFT" writes, or a file a
 * teacher typed) as questions of this library. Multiple choice becomes single- or multiple-choice
 * (weights become fractions), true-false, short answer, numeric (tolerances, ranges, partial-credit
 * answers become near misses), matching, and missing-word questions with one blank become cloze.
 * Essays and descriptions have no counterpart and are reported, not imported. HTML is converted
 * to the library's Markdown (character references such as `&eacute;` decoded); what it cannot
 * carry is reported. The time taken grows in proportion to the size of the text.
 *
 * GIFT carries no objectives or sources: every question gets the placeholder ids
 * `todo-objective` and `todo-source` (or the ones in `options`) for the author to replace before
 * the questions can join a lesson. Question ids come from `::titles::` that are already
 * kebab-case ids, else from `generateId` (by default a hash of the title and text). Choice,
 * premise and response ids are hashes of their question's id and their own text, so they never
 * reveal which option is keyed, which came first, or what matches what.
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
  const questions: Question[] = [];
  const issues: ExportIssue[] = [];
  const origins: GiftOrigin[] = [];
  const questionIds = new IdMaker();
  let category: string | undefined;

  const newId = (title: string | undefined, stem: string): string => {
    if (title !== undefined && KEBAB.test(title) && title.length <= 80 && !questionIds.has(title)) return title;
    if (options.generateId === undefined) return questionIds.hashed("q-", title ?? "", stem);
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = options.generateId();
      if (!KEBAB.test(id) || id.length > 80)
        throw new ExportError("invalid_option", `generateId returned "${id}", which is not a kebab-case id`);
      if (!questionIds.has(id)) return id;
    }
    throw new ExportError("invalid_option", "generateId keeps returning ids already used");
  };

  for (const { block, tags, idNumber } of splitBlocks(text)) {
    if (block.text.startsWith("$CATEGORY:")) {
      category = unprotect(block.text.slice("$CATEGORY:".length)).trim();
      continue;
    }
    const { body, offset, title } = anatomy(block.text);
    const line = block.lineAt(offset);
    const start = body.indexOf("{");
    const end = body.indexOf("}");
    if (start === -1 && end === -1) {
      issues.push(issue("", "skipped", "unsupported_type", DESCRIPTION, line));
      continue;
    }
    if (start === -1 || end === -1)
      block.fail(
        offset + Math.max(start, end),
        `"${start === -1 ? "}" : "{"}" has no matching "${start === -1 ? "{" : "}"}" (write literal braces as \\{ and \\})`,
      );
    if (end < start) block.fail(offset + end, '"}" comes before "{" (write literal braces as \\{ and \\})');

    let inner = body.slice(start + 1, end);
    const gf = inner.lastIndexOf("####");
    const general = gf === -1 ? null : inner.slice(gf + 4);
    if (gf !== -1) inner = inner.slice(0, gf);
    const answerText = inner.trim();
    const answerOffset = offset + start + 1 + (inner.length - inner.trimStart().length);
    const before = body.slice(0, start);
    const after = body.slice(end + 1);
    const missingWord = !body.endsWith("}");
    const stem = withFormat(missingWord ? `${before}_____${after}` : before + after, "moodle");
    if (answerText === "") {
      issues.push(issue("", "skipped", "unsupported_type", ESSAY, line));
      continue;
    }

    const id = newId(title, stem.text);
    const draft = new Draft({ block, line, id, stem, general, tags, placeholders: options });

    const cloze = missingWord ? { before, after } : null;
    let question: Question | null;
    if (answerText.startsWith("#")) question = numericQuestion(draft, answerText.slice(1), answerOffset + 1);
    else if (answerText.includes("~")) question = choiceQuestion(draft, answerText, answerOffset, cloze);
    else if (answerText.includes("=") && answerText.includes("->"))
      question = matchingQuestion(draft, answerText, answerOffset);
    else if (isTrueFalse(answerText)) question = trueFalseQuestion(draft, answerText);
    else question = shortQuestion(draft, answerText, answerOffset, cloze);

    if (question === null) {
      for (const found of draft.issues) if (found.kind === "skipped") issues.push({ ...found, questionId: "" });
      continue;
    }
    questionIds.take(id);
    for (const found of draft.issues) issues.push(found);
    questions.push(question);
    const origin: GiftOrigin = { questionId: id, line };
    if (title !== undefined) origin.title = title;
    if (category !== undefined) origin.category = category;
    if (idNumber !== undefined) origin.idNumber = idNumber;
    origins.push(origin);
  }
  return { questions, issues, origins };
}
