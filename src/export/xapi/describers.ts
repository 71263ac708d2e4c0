import { answerFractionOf, round, singleChoiceCreditOf, targetRange, textMatchingOf } from "../../_lib/semantics.js";
import type { QuestionResult } from "../../engine/types.js";
import type { QuestionOfType, QuestionType, TextMatching } from "../../schema/types.js";
import type { Report } from "../_shared/issues.js";
import { decimal } from "../_shared/numbers.js";
import { fillIn } from "./response.js";
import type { XapiActivity, XapiComponent } from "./types.js";

/** The most correct-response patterns listed for one question (cloze answers multiply). */
export const MAX_PATTERNS = 64;

/** Per-question state shared with the describers. */
export interface Context {
  language: string;
  report: Report;
}

/** What a type contributes: its interaction definition, and its response in xAPI form. */
export interface Interaction {
  definition: Pick<
    XapiActivity["definition"],
    "interactionType" | "correctResponsesPattern" | "choices" | "source" | "target"
  >;
  /** The lowest score the question can give, as a share of its points (below 0 only with negative marking). */
  minimum: number;
  /** The learner's response as xAPI text, or undefined when it cannot be read. */
  response: (value: unknown, result: QuestionResult) => string | undefined;
}

type Describer<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => Interaction;

const components = (list: readonly { id: string; text: string }[], language: string): XapiComponent[] =>
  list.map((x) => ({ id: x.id, description: { [language]: x.text } }));
const list = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const pairs = (keys: readonly string[], value: unknown): string | undefined => {
  const r = record(value);
  if (!r) return undefined;
  return keys
    .filter((k) => Object.hasOwn(r, k) && typeof r[k] === "string" && r[k] !== "")
    .map((k) => `${k}[.]${r[k] as string}`)
    .join("[,]");
};
const caseParameter = (sensitive: boolean): Record<string, string> => (sensitive ? { case_matters: "true" } : {});

function reportTextMatching(ctx: Context, matching: TextMatching | undefined): void {
  const rules = textMatchingOf(matching);
  const lost: string[] = [];
  if (rules.typoTolerance > 0) lost.push("typo tolerance");
  if (rules.ignorePunctuation) lost.push("ignored punctuation");
  if (rules.ignoreDiacritics) lost.push("ignored diacritics");
  if (lost.length > 0)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      `correctResponsesPattern lists the accepted answers exactly; ${lost.join(", ")} cannot be expressed, so a response accepted that way does not match a pattern (result.success still gives the engine's verdict).`,
    );
}

const fullCredit = (answers: readonly { text: string; fraction?: number | undefined }[]) =>
  answers.filter((a) => answerFractionOf(a) === 1).map((a) => a.text);

const singleChoice: Describer<"single-choice"> = (question, ctx) => ({
  definition: {
    interactionType: "choice",
    correctResponsesPattern: question.choices.filter((c) => c.correct === true).map((c) => c.id),
    choices: components(question.choices, ctx.language),
  },
  minimum: Math.min(0, ...question.choices.map((c) => singleChoiceCreditOf(question, c))),
  response: (value) => (typeof value === "string" ? value : undefined),
});

const multipleChoice: Describer<"multiple-choice"> = (question, ctx) => ({
  definition: {
    interactionType: "choice",
    correctResponsesPattern: [
      question.choices
        .filter((c) => c.correct === true)
        .map((c) => c.id)
        .join("[,]"),
    ],
    choices: components(question.choices, ctx.language),
  },
  minimum: 0,
  response: (value) => list(value)?.join("[,]"),
});

const trueFalse: Describer<"true-false"> = (question) => ({
  definition: { interactionType: "true-false", correctResponsesPattern: [String(question.answer)] },
  minimum: 0,
  response: (value) => (typeof value === "boolean" ? String(value) : undefined),
});

const shortText: Describer<"short-text"> = (question, ctx) => {
  reportTextMatching(ctx, question.matching);
  const parameters = caseParameter(textMatchingOf(question.matching).caseSensitive);
  return {
    definition: {
      interactionType: "fill-in",
      correctResponsesPattern: fullCredit(question.answers).map((t) => fillIn([t], parameters)),
    },
    minimum: 0,
    response: (value) => (typeof value === "string" ? fillIn([value]) : undefined),
  };
};

function numericPattern(target: QuestionOfType<"numeric">["answer"]): string {
  if ("min" in target) return `${decimal(target.min)}[:]${decimal(target.max)}`;
  const { min, max } = targetRange(target);
  return min === max ? decimal(target.value) : `${decimal(round(min))}[:]${decimal(round(max))}`;
}

const numeric: Describer<"numeric"> = (question) => ({
  definition: { interactionType: "numeric", correctResponsesPattern: [numericPattern(question.answer)] },
  minimum: 0,
  response: (_value, result) => {
    const read = result.feedback?.numericValue;
    return read === undefined ? undefined : decimal(read);
  },
});

const ordering: Describer<"ordering"> = (question, ctx) => ({
  definition: {
    interactionType: "sequencing",
    correctResponsesPattern: [question.correctOrder.join("[,]")],
    choices: components(question.items, ctx.language),
  },
  minimum: 0,
  response: (value) => list(value)?.join("[,]"),
});

const matching: Describer<"matching"> = (question, ctx) => ({
  definition: {
    interactionType: "matching",
    correctResponsesPattern: [question.premises.map((p) => `${p.id}[.]${question.pairs[p.id] as string}`).join("[,]")],
    source: components(question.premises, ctx.language),
    target: components(question.responses, ctx.language),
  },
  minimum: 0,
  response: (value) =>
    pairs(
      question.premises.map((p) => p.id),
      value,
    ),
});

const categorize: Describer<"categorize"> = (question, ctx) => ({
  definition: {
    interactionType: "matching",
    correctResponsesPattern: [question.items.map((i) => `${i.id}[.]${i.categoryId}`).join("[,]")],
    source: components(question.items, ctx.language),
    target: components(question.categories, ctx.language),
  },
  minimum: 0,
  response: (value) =>
    pairs(
      question.items.map((i) => i.id),
      value,
    ),
});

/** Every combination of one alternative per blank, in blank order, up to the cap. */
function combinations(alternatives: readonly string[][], ctx: Context): string[][] {
  let patterns: string[][] = [[]];
  for (const options of alternatives) {
    patterns = patterns.flatMap((p) => options.map((o) => [...p, o]));
    if (patterns.length > MAX_PATTERNS) break;
  }
  if (patterns.length <= MAX_PATTERNS) return patterns;
  ctx.report(
    "dropped",
    "feature_dropped",
    `The blanks' accepted answers combine into more than ${MAX_PATTERNS} correct responses; only the first ${MAX_PATTERNS} are listed.`,
  );
  return patterns.slice(0, MAX_PATTERNS);
}

const cloze: Describer<"cloze"> = (question, ctx) => {
  // One fill-in item per blank, in order; choice blanks as the chosen text.
  const alternatives = question.blanks.map((blank) =>
    blank.kind === "choice"
      ? blank.choices.filter((c) => c.correct === true).map((c) => c.text)
      : fullCredit(blank.answers),
  );
  const textBlanks = question.blanks.filter((b) => b.kind === "text");
  const sensitive = textBlanks.filter((b) => textMatchingOf(b.matching).caseSensitive).length;
  if (sensitive > 0 && sensitive < textBlanks.length)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      "Some blanks are case-sensitive and some are not; xAPI has one case_matters flag per pattern, so it is set for all.",
    );
  for (const blank of textBlanks) reportTextMatching(ctx, blank.matching);
  const parameters = caseParameter(sensitive > 0);
  return {
    definition: {
      interactionType: "fill-in",
      correctResponsesPattern: combinations(alternatives, ctx).map((items) => fillIn(items, parameters)),
    },
    minimum: 0,
    response: (value) => {
      const r = record(value);
      if (!r) return undefined;
      const items = question.blanks.map((blank) => {
        const given = Object.hasOwn(r, blank.id) ? r[blank.id] : undefined;
        if (typeof given !== "string") return "";
        return blank.kind === "choice" ? (blank.choices.find((c) => c.id === given)?.text ?? given) : given;
      });
      return fillIn(items);
    },
  };
};

/** One describer per question type; adding a type fails to compile until it has one here. */
export const describers = {
  "single-choice": singleChoice,
  "multiple-choice": multipleChoice,
  "true-false": trueFalse,
  "short-text": shortText,
  numeric,
  ordering,
  matching,
  cloze,
  categorize,
} satisfies { [K in QuestionType]: Describer<K> };
