import { byType } from "../../../_lib/by-type.js";
import { pointsOf } from "../../../_lib/semantics.js";
import type { QuestionType } from "../../../schema/types.js";
import { type ExportInput, lessonOf, questionsOf } from "../../_shared/input.js";
import { type ExportIssue, type ExportResult, issue } from "../../_shared/issues.js";
import { DEFAULT_EXPORT_SEED } from "../../_shared/order.js";
import { multipleChoice, singleChoice, trueFalse } from "./choice.js";
import { cloze } from "./cloze.js";
import { categorize, matching } from "./matching.js";
import type { Context, Formatter } from "./shared.js";
import { numeric, shortText } from "./typed.js";

/** Options for {@link toGift}. */
export interface GiftOptions {
  /**
   * The `$CATEGORY:` the questions go into. Default for a lesson: `$course$/top/<lesson title>`;
   * for a list of questions, none. `null` writes no category line.
   */
  category?: string | null;
  /**
   * Seed of the order in which choices and matching lines are written (default
   * `"civics-lessons"`). GIFT cannot ask Moodle to shuffle, so this order is what learners see
   * where shuffling is off; it never follows the authored order, which often puts the key first.
   */
  seed?: string;
}

const ordering: Formatter<"ordering"> = (_question, ctx) => {
  ctx.report("skipped", "unsupported_type", "GIFT has no ordering questions.");
  return null;
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

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Exports questions as Moodle GIFT: multiple choice with `%` weights (single and multiple
 * answer), true-false, short answer, numeric with tolerance or range and partial-credit near
 * misses, matching, per-answer feedback (`#`) and the explanation as general feedback (`####`),
 * under a `$CATEGORY:` per lesson. Text Moodle renders is written as `[html]` from the library's
 * own safe Markdown renderer, so lesson text can never become live markup in Moodle, and a link
 * survives only with an `https://` URL; short answers and matching responses, which Moodle keeps
 * as plain strings, are written as they are. GIFT's control characters `~ = # { } :` and
 * backslashes are escaped and newlines written as `\n`, as Moodle's own export does. Choices and
 * matching lines are written in a seeded order, never the authored one. Types GIFT cannot hold
 * (ordering, cloze with several blanks) are left out with a comment in the file and an entry in
 * `issues`, as is every approximation.
 *
 * @param input - A lesson or a list of questions.
 * @param options - `category` to override or suppress the `$CATEGORY:` line; `seed` for the option order.
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
      seed: options.seed ?? DEFAULT_EXPORT_SEED,
      report: (kind, code, message) => issues.push(issue(question.id, kind, code, message)),
    };
    const written = byType(formatters, question, ctx);
    if (written === null) {
      blocks.push(
        `// civics-lessons: question "${question.id}" (${question.type}) is not in this file; see the export issues.`,
      );
      continue;
    }
    const hints = question.hints ?? [];
    if (hints.length > 0)
      ctx.report("dropped", "hints_dropped", `GIFT has no hints: ${hints.length} hint(s) not exported.`);
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
