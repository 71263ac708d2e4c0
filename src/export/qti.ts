/**
 * `civics-lessons/export/qti`: questions as 1EdTech QTI 3.0 items plus an IMS content-package
 * manifest. Pure: returns strings; `writeQtiPackage` in `civics-lessons/export/qti-write`
 * puts them on disk.
 *
 * @module
 */
import { normalizeText } from "../_lib/text.js";
import type {
  AcceptedAnswer,
  Lesson,
  NumericTarget,
  Question,
  QuestionOfType,
  QuestionType,
  TextMatching,
} from "../schema/types.js";
import { markdownToXhtml } from "./_markdown.js";
import {
  decimal,
  ExportError,
  type ExportInput,
  type ExportIssue,
  type ExportResult,
  escapeXml,
  issue,
  lessonOf,
  plainText,
  pointsOf,
  questionsOf,
  scrambled,
} from "./_shared.js";
import { block, el, raw, render, text, type XmlElement, type XmlNode } from "./_xml.js";

export type { ExportInput, ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "./_shared.js";
export { ExportError } from "./_shared.js";

/** Options for {@link toQti}. */
export interface QtiOptions {
  /** Identifier of the package manifest (default `MANIFEST-<lesson id>`, or `MANIFEST-questions`). */
  manifestId?: string;
  /** Folder of the item files inside the package (default `items`). */
  itemFolder?: string;
  /** Words the items show that are not in the lesson, for lessons in other languages. */
  labels?: {
    /** Label of the `true` choice (default `True`). */
    true?: string;
    /** Label of the `false` choice (default `False`). */
    false?: string;
    /** Summary of each hint's collapsible section (default `Hint`). */
    hint?: string;
  };
}

/** One `qti-assessment-item` document. */
export interface QtiItem {
  /** The question it was made from. */
  questionId: string;
  /** The item's `identifier` (the question id, made a valid XML name if needed). */
  identifier: string;
  /** Path of the file inside the package, as the manifest lists it. */
  href: string;
  /** The complete XML document. */
  xml: string;
}

/** A QTI 3.0 content package: the manifest and one item per exported question. */
export interface QtiPackage {
  /** `imsmanifest.xml`, listing every item as an `imsqti_item_xmlv3p0` resource. */
  manifest: string;
  /** The items, in question order. */
  items: QtiItem[];
}

const QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** What a per-type formatter contributes to an item. */
interface ItemParts {
  /** `qti-response-declaration` elements. */
  responses: XmlElement[];
  /** Extra outcome declarations (counters for ordering scores). */
  outcomes?: XmlElement[];
  /** Item body content: the prompt and the interaction(s). */
  body: XmlNode[];
  /** Response rules that run when the learner answered (SCORE is 0 otherwise). */
  rules: XmlElement[];
  /** Response variables that must all be NULL for the item to count as unanswered. */
  answeredBy: string[];
  /** Feedback blocks the rules may show, by identifier, as Markdown. */
  feedback: { id: string; markdown: string }[];
}

/** Per-item state shared with the formatters. */
interface Context {
  question: Readonly<Question>;
  points: number;
  labels: Required<NonNullable<QtiOptions["labels"]>>;
  report: (kind: ExportIssue["kind"], code: ExportIssue["code"], message: string) => void;
}

type Formatter<K extends QuestionType> = (question: Readonly<QuestionOfType<K>>, ctx: Context) => ItemParts;

// ── identifiers ────────────────────────────────────────────────────────────────────────────────

/**
 * A valid QTI identifier (XML NCName) for a kebab-case id. Ids that start with a digit get a
 * leading underscore; kebab-case ids never start with one, so no two ids can collide.
 */
function ncname(id: string): string {
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

// ── response-processing vocabulary ─────────────────────────────────────────────────────────────

const variable = (id: string) => el("qti-variable", { identifier: id });
const correct = (id: string) => el("qti-correct", { identifier: id });
const base = (type: string, value: string | number) =>
  el("qti-base-value", { "base-type": type }, [text(typeof value === "number" ? decimal(value) : value)]);
const float = (value: number) => base("float", value);
const integer = (value: number) => base("integer", value);
const identifier = (value: string) => base("identifier", value);
const op = (name: string, ...args: XmlElement[]) => el(`qti-${name}`, {}, args);
const setOutcome = (id: string, value: XmlElement) => el("qti-set-outcome-value", { identifier: id }, [value]);
const setScore = (value: XmlElement) => setOutcome("SCORE", value);
const addTo = (id: string, value: XmlElement) => setOutcome(id, op("sum", variable(id), value));
const showFeedback = (id: string) => setOutcome("FEEDBACK", op("multiple", variable("FEEDBACK"), identifier(id)));

/** `if … else if … else` as one `qti-response-condition`. */
function condition(branches: [test: XmlElement, actions: XmlElement[]][], otherwise?: XmlElement[]): XmlElement {
  const parts = branches.map(([test, actions], i) =>
    el(i === 0 ? "qti-response-if" : "qti-response-else-if", {}, [test, ...actions]),
  );
  if (otherwise && otherwise.length > 0) parts.push(el("qti-response-else", {}, otherwise));
  return el("qti-response-condition", {}, parts);
}

function declaration(
  id: string,
  cardinality: "single" | "multiple" | "ordered",
  baseType: string,
  correctValues: string[],
  mapping?: XmlElement,
): XmlElement {
  const children: XmlElement[] = [];
  if (correctValues.length > 0)
    children.push(
      el(
        "qti-correct-response",
        {},
        correctValues.map((v) => el("qti-value", {}, [text(v)])),
      ),
    );
  if (mapping) children.push(mapping);
  return el("qti-response-declaration", { identifier: id, cardinality, "base-type": baseType }, children);
}

function mapping(
  entries: { key: string; value: number; caseSensitive?: boolean }[],
  bounds: { default?: number; lower?: number; upper?: number } = {},
): XmlElement {
  return el(
    "qti-mapping",
    {
      "lower-bound": bounds.lower === undefined ? undefined : decimal(bounds.lower),
      "upper-bound": bounds.upper === undefined ? undefined : decimal(bounds.upper),
      "default-value": decimal(bounds.default ?? 0),
    },
    entries.map((e) =>
      el("qti-map-entry", {
        "map-key": e.key,
        "mapped-value": decimal(e.value),
        "case-sensitive": e.caseSensitive === undefined ? undefined : String(e.caseSensitive),
      }),
    ),
  );
}

/** SCORE = points when the response equals the correct response, else 0 (QTI's match_correct). */
function matchCorrect(points: number, response = "RESPONSE"): XmlElement {
  return condition(
    [[op("match", variable(response), correct(response)), [setScore(float(points))]]],
    [setScore(float(0))],
  );
}

// ── shared body pieces ────────────────────────────────────────────────────────────────────────

const xhtml = (markdown: string) => raw(markdownToXhtml(markdown));
const prompt = (question: Readonly<Question>) => el("qti-prompt", {}, [xhtml(question.prompt)]);

/** Typed text the way the engine compares it, plus the variants its options accept. */
function acceptedKeys(answer: AcceptedAnswer, matching: TextMatching | undefined): string[] {
  const keep = { caseSensitive: true };
  const keys = [answer.text.replace(/\s+/g, " ").trim(), normalizeText(answer.text, keep)];
  const punct = matching?.ignorePunctuation === true;
  const marks = matching?.ignoreDiacritics === true;
  if (punct) keys.push(normalizeText(answer.text, { ...keep, ignorePunctuation: true }));
  if (marks) keys.push(normalizeText(answer.text, { ...keep, ignoreDiacritics: true }));
  if (punct && marks)
    keys.push(normalizeText(answer.text, { ...keep, ignorePunctuation: true, ignoreDiacritics: true }));
  return keys.filter((k) => k !== "");
}

/**
 * Map entries for typed answers: each accepted answer and its variants, best credit first, with
 * no key listed twice (case-insensitively unless matching is case-sensitive).
 */
function textEntries(
  answers: readonly AcceptedAnswer[],
  matching: TextMatching | undefined,
  scale: number,
): { key: string; value: number; caseSensitive: boolean; answerIndex: number }[] {
  const caseSensitive = matching?.caseSensitive === true;
  const seen = new Set<string>();
  const ranked = answers
    .map((answer, answerIndex) => ({ answer, answerIndex }))
    .sort((a, b) => (b.answer.fraction ?? 1) - (a.answer.fraction ?? 1));
  const entries: { key: string; value: number; caseSensitive: boolean; answerIndex: number }[] = [];
  for (const { answer, answerIndex } of ranked) {
    for (const key of acceptedKeys(answer, matching)) {
      const seenKey = caseSensitive ? key : key.toLowerCase();
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      entries.push({ key, value: (answer.fraction ?? 1) * scale, caseSensitive, answerIndex });
    }
  }
  return entries;
}

/** Reports the text-matching options QTI's exact string mapping cannot reproduce. */
function reportTextMatching(ctx: Context, matching: TextMatching | undefined, where = ""): void {
  const lost: string[] = [];
  if ((matching?.typoTolerance ?? 0) > 0) lost.push(`typo tolerance ${matching?.typoTolerance} (not kept)`);
  if (matching?.ignorePunctuation === true)
    lost.push("ignored punctuation (a punctuation-free variant of each answer was added)");
  if (matching?.ignoreDiacritics === true)
    lost.push("ignored diacritics (an unaccented variant of each answer was added)");
  if (lost.length > 0)
    ctx.report(
      "approximated",
      "text_matching_approximated",
      `QTI compares typed text exactly (apart from case)${where}: ${lost.join("; ")}.`,
    );
}

function correctText(answers: readonly AcceptedAnswer[]): string[] {
  const best = answers.find((a) => (a.fraction ?? 1) === 1) ?? answers[0];
  return best ? [best.text.replace(/\s+/g, " ").trim()] : [];
}

/** Feedback for typed answers: shown when the response equals one of that answer's keys. */
function textFeedbackRules(
  response: string,
  answers: readonly AcceptedAnswer[],
  entries: ReturnType<typeof textEntries>,
  idPrefix: string,
): { rules: XmlElement[]; feedback: ItemParts["feedback"] } {
  const rules: XmlElement[] = [];
  const feedback: ItemParts["feedback"] = [];
  answers.forEach((answer, index) => {
    if (answer.feedback === undefined) return;
    const keys = entries.filter((e) => e.answerIndex === index);
    if (keys.length === 0) return;
    const id = `${idPrefix}${index + 1}`;
    const tests = keys.map((k) =>
      el("qti-string-match", { "case-sensitive": String(k.caseSensitive) }, [
        variable(response),
        base("string", k.key),
      ]),
    );
    rules.push(condition([[tests.length === 1 ? (tests[0] as XmlElement) : op("or", ...tests), [showFeedback(id)]]]));
    feedback.push({ id, markdown: answer.feedback });
  });
  return { rules, feedback };
}

/** The test "RESPONSE hits this numeric target" (tolerances made absolute, as the engine does). */
function hits(target: NumericTarget, response = "RESPONSE"): XmlElement {
  if ("min" in target) {
    return op(
      "and",
      op("gte", variable(response), float(target.min)),
      op("lte", variable(response), float(target.max)),
    );
  }
  const tolerance = target.tolerance ?? 0;
  const absolute = target.toleranceType === "relative" ? tolerance * Math.abs(target.value) : tolerance;
  if (absolute === 0) return el("qti-equal", { "tolerance-mode": "exact" }, [float(target.value), variable(response)]);
  return el("qti-equal", { "tolerance-mode": "absolute", tolerance: `${decimal(absolute)} ${decimal(absolute)}` }, [
    float(target.value),
    variable(response),
  ]);
}

// ── formatters, one per question type ─────────────────────────────────────────────────────────

function choiceInteraction(
  question: Readonly<QuestionOfType<"single-choice" | "multiple-choice">>,
  maxChoices: number,
): XmlElement {
  return el(
    "qti-choice-interaction",
    { "response-identifier": "RESPONSE", shuffle: "true", "max-choices": maxChoices },
    [
      prompt(question),
      ...question.choices.map((c) =>
        el("qti-simple-choice", { identifier: ncname(c.id), fixed: c.fixed === true ? "true" : undefined }, [
          text(c.text),
        ]),
      ),
    ],
  );
}

function choiceFeedback(
  question: Readonly<QuestionOfType<"single-choice" | "multiple-choice">>,
  selected: (choiceId: string) => XmlElement,
): { rules: XmlElement[]; feedback: ItemParts["feedback"] } {
  const rules: XmlElement[] = [];
  const feedback: ItemParts["feedback"] = [];
  for (const c of question.choices) {
    if (c.feedback === undefined) continue;
    const id = `FB-${ncname(c.id)}`;
    rules.push(condition([[selected(ncname(c.id)), [showFeedback(id)]]]));
    feedback.push({ id, markdown: c.feedback });
  }
  return { rules, feedback };
}

const singleChoice: Formatter<"single-choice"> = (question, ctx) => {
  const keyed = question.choices.filter((c) => c.correct === true).map((c) => ncname(c.id));
  const penalty = question.penalty ?? 0;
  const partial = penalty > 0 || question.choices.some((c) => c.correct !== true && c.fraction !== undefined);
  const map = partial
    ? mapping(
        question.choices.map((c) => ({
          key: ncname(c.id),
          value: (c.correct === true ? 1 : (c.fraction ?? -penalty)) * ctx.points,
        })),
        { default: -penalty * ctx.points },
      )
    : undefined;
  const { rules, feedback } = choiceFeedback(question, (id) => op("match", variable("RESPONSE"), identifier(id)));
  return {
    responses: [declaration("RESPONSE", "single", "identifier", keyed, map)],
    body: [choiceInteraction(question, 1)],
    rules: [
      partial ? setScore(el("qti-map-response", { identifier: "RESPONSE" })) : matchCorrect(ctx.points),
      ...rules,
    ],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

const multipleChoice: Formatter<"multiple-choice"> = (question, ctx) => {
  const n = question.choices.length;
  const k = question.choices.filter((c) => c.correct === true).length;
  const keyed = question.choices.filter((c) => c.correct === true).map((c) => ncname(c.id));
  const points = ctx.points;
  const scoring = question.scoring ?? "all-or-nothing";
  let map: XmlElement | undefined;
  let score: XmlElement;
  const mapResponse = el("qti-map-response", { identifier: "RESPONSE" });
  const entries = (right: number, wrong: number) =>
    question.choices.map((c) => ({ key: ncname(c.id), value: c.correct === true ? right : wrong }));
  switch (scoring) {
    case "all-or-nothing":
      score = matchCorrect(points);
      break;
    case "right-minus-wrong":
      // max(0, (R − W) / k): +1/k per keyed choice, −1/k per other, floored at 0.
      map = mapping(entries(points / k, -points / k), { lower: 0, upper: points });
      score = setScore(mapResponse);
      break;
    case "every-decision-counts":
      // (R + unselected wrong) / n = (R − W) / n + (n − k) / n: a map plus a constant.
      map = mapping(entries(points / n, -points / n));
      score = setScore(op("sum", mapResponse, float(((n - k) / n) * points)));
      break;
    case "fractions":
      map = mapping(
        question.choices.map((c) => ({ key: ncname(c.id), value: (c.fraction ?? 0) * points })),
        { lower: 0, upper: points },
      );
      score = setScore(mapResponse);
      break;
  }
  const { rules, feedback } = choiceFeedback(question, (id) => op("member", identifier(id), variable("RESPONSE")));
  return {
    responses: [declaration("RESPONSE", "multiple", "identifier", keyed, map)],
    body: [choiceInteraction(question, 0)],
    rules: [score, ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

const trueFalse: Formatter<"true-false"> = (question, ctx) => {
  const rules: XmlElement[] = [];
  const feedback: ItemParts["feedback"] = [];
  for (const [value, message] of [
    ["true", question.feedbackTrue],
    ["false", question.feedbackFalse],
  ] as const) {
    if (message === undefined) continue;
    rules.push(condition([[op("match", variable("RESPONSE"), identifier(value)), [showFeedback(`FB-${value}`)]]]));
    feedback.push({ id: `FB-${value}`, markdown: message });
  }
  return {
    responses: [declaration("RESPONSE", "single", "identifier", [String(question.answer)])],
    body: [
      el("qti-choice-interaction", { "response-identifier": "RESPONSE", shuffle: "false", "max-choices": 1 }, [
        prompt(question),
        el("qti-simple-choice", { identifier: "true" }, [text(ctx.labels.true)]),
        el("qti-simple-choice", { identifier: "false" }, [text(ctx.labels.false)]),
      ]),
    ],
    rules: [matchCorrect(ctx.points), ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

const shortText: Formatter<"short-text"> = (question, ctx) => {
  reportTextMatching(ctx, question.matching);
  const entries = textEntries(question.answers, question.matching, ctx.points);
  const { rules, feedback } = textFeedbackRules("RESPONSE", question.answers, entries, "FB-ANSWER-");
  return {
    responses: [declaration("RESPONSE", "single", "string", correctText(question.answers), mapping(entries))],
    body: [xhtml(question.prompt), raw(`<p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>`)],
    rules: [setScore(el("qti-map-response", { identifier: "RESPONSE" })), ...rules],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

const numeric: Formatter<"numeric"> = (question, ctx) => {
  const answer = question.answer;
  const keyed = "min" in answer ? (answer.min + answer.max) / 2 : answer.value;
  // The engine takes the best-credit near miss that hits; a stable sort keeps ties in authored order.
  const misses = (question.nearMisses ?? [])
    .map((miss, index) => ({ miss, index }))
    .sort((a, b) => b.miss.fraction - a.miss.fraction);
  const feedback: ItemParts["feedback"] = [];
  const branches: [XmlElement, XmlElement[]][] = [[hits(answer), [setScore(float(ctx.points))]]];
  for (const { miss, index } of misses) {
    const actions = [setScore(float(miss.fraction * ctx.points))];
    if (miss.feedback !== undefined) {
      actions.push(showFeedback(`FB-NEAR-${index + 1}`));
      feedback.push({ id: `FB-NEAR-${index + 1}`, markdown: miss.feedback });
    }
    branches.push([hits(miss.answer), actions]);
  }
  const unit = question.unit === undefined ? "" : ` <span>${escapeXml(question.unit)}</span>`;
  return {
    responses: [declaration("RESPONSE", "single", "float", [decimal(keyed)])],
    body: [xhtml(question.prompt), raw(`<p><qti-text-entry-interaction response-identifier="RESPONSE"/>${unit}</p>`)],
    rules: [condition(branches, [setScore(float(0))])],
    answeredBy: ["RESPONSE"],
    feedback,
  };
};

const ordering: Formatter<"ordering"> = (question, ctx) => {
  const key = question.correctOrder.map(ncname);
  const n = key.length;
  const scoring = question.scoring ?? "position";
  const outcomes: XmlElement[] = [];
  const rules: XmlElement[] = [];
  const intOutcome = (id: string) =>
    el("qti-outcome-declaration", { identifier: id, cardinality: "single", "base-type": "integer" }, [
      el("qti-default-value", {}, [el("qti-value", {}, [text("0")])]),
    ]);
  const at = (position: number) => el("qti-index", { n: position }, [variable("RESPONSE")]);
  const countIf = (test: XmlElement) => condition([[test, [addTo("COUNT", integer(1))]]]);
  const scoreFrom = (count: XmlElement, denominator: number) =>
    setScore(op("divide", op("product", count, float(ctx.points)), float(denominator)));
  // POSj = the 1-based place the learner gave the j-th item of the key.
  const positions = () => {
    key.forEach((id, j) => {
      outcomes.push(intOutcome(`POS${j + 1}`));
      rules.push(
        condition(
          key.map((_, i) => [op("match", at(i + 1), identifier(id)), [setOutcome(`POS${j + 1}`, integer(i + 1))]]),
        ),
      );
    });
  };
  if (scoring === "all-or-nothing") {
    rules.push(matchCorrect(ctx.points));
  } else {
    outcomes.push(intOutcome("COUNT"));
    switch (scoring) {
      case "position":
        key.forEach((id, j) => {
          rules.push(countIf(op("match", at(j + 1), identifier(id))));
        });
        rules.push(scoreFrom(variable("COUNT"), n));
        break;
      case "adjacent-pairs":
        // For ordered containers, qti-contains means "appears as a contiguous run".
        for (let j = 0; j + 1 < n; j++)
          rules.push(
            countIf(
              op(
                "contains",
                variable("RESPONSE"),
                op("ordered", identifier(key[j] as string), identifier(key[j + 1] as string)),
              ),
            ),
          );
        rules.push(scoreFrom(variable("COUNT"), n - 1));
        break;
      case "kendall-tau":
        positions();
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++)
            rules.push(countIf(op("lt", variable(`POS${i + 1}`), variable(`POS${j + 1}`))));
        rules.push(scoreFrom(variable("COUNT"), (n * (n - 1)) / 2));
        break;
      case "longest-ordered-subsequence": {
        // Longest chain in key order whose places also increase: Lj = 1 + max Li over i < j with POSi < POSj.
        positions();
        for (let j = 0; j < n; j++) {
          outcomes.push(intOutcome(`RUN${j + 1}`));
          rules.push(setOutcome(`RUN${j + 1}`, integer(1)));
          for (let i = 0; i < j; i++)
            rules.push(
              condition([
                [
                  op(
                    "and",
                    op("lt", variable(`POS${i + 1}`), variable(`POS${j + 1}`)),
                    op("gte", variable(`RUN${i + 1}`), variable(`RUN${j + 1}`)),
                  ),
                  [setOutcome(`RUN${j + 1}`, op("sum", variable(`RUN${i + 1}`), integer(1)))],
                ],
              ]),
            );
        }
        rules.push(setOutcome("COUNT", op("max", ...key.map((_, j) => variable(`RUN${j + 1}`)))));
        // A single item in order earns nothing, as in the engine.
        rules.push(condition([[op("lt", variable("COUNT"), integer(2)), [setOutcome("COUNT", integer(0))]]]));
        rules.push(scoreFrom(variable("COUNT"), n));
        break;
      }
    }
  }
  const shown = scrambled(
    question.items.map((item) => item.id),
    question.id,
    question.correctOrder,
  );
  const byId = new Map(question.items.map((item) => [item.id, item]));
  return {
    responses: [declaration("RESPONSE", "ordered", "identifier", key)],
    outcomes,
    body: [
      el("qti-order-interaction", { "response-identifier": "RESPONSE", shuffle: "true" }, [
        prompt(question),
        ...shown.map((id) => el("qti-simple-choice", { identifier: ncname(id) }, [text(byId.get(id)?.text ?? id)])),
      ]),
    ],
    // The engine scores only complete orderings; anything shorter earns 0.
    rules: [
      condition([[op("match", op("container-size", variable("RESPONSE")), integer(n)), rules]], [setScore(float(0))]),
    ],
    answeredBy: ["RESPONSE"],
    feedback: [],
  };
};

/** A match interaction from sources to targets, scored per pair or all-or-nothing. */
function matchItem(
  question: Readonly<Question>,
  sources: readonly { id: string; text: string }[],
  targets: readonly { id: string; text: string }[],
  pairs: readonly [source: string, target: string][],
  prefixes: [source: string, target: string],
  perPair: boolean,
  points: number,
): ItemParts {
  const s = (id: string) => `${prefixes[0]}-${id}`;
  const t = (id: string) => `${prefixes[1]}-${id}`;
  const keyed = pairs.map(([a, b]) => `${s(a)} ${t(b)}`);
  const map = perPair
    ? mapping(
        keyed.map((key) => ({ key, value: points / pairs.length })),
        { lower: 0, upper: points },
      )
    : undefined;
  return {
    responses: [declaration("RESPONSE", "multiple", "directedPair", keyed, map)],
    body: [
      el(
        "qti-match-interaction",
        { "response-identifier": "RESPONSE", shuffle: "true", "max-associations": sources.length },
        [
          prompt(question),
          el(
            "qti-simple-match-set",
            {},
            sources.map((x) =>
              el("qti-simple-associable-choice", { identifier: s(x.id), "match-max": 1 }, [text(x.text)]),
            ),
          ),
          el(
            "qti-simple-match-set",
            {},
            targets.map((x) =>
              el("qti-simple-associable-choice", { identifier: t(x.id), "match-max": sources.length }, [text(x.text)]),
            ),
          ),
        ],
      ),
    ],
    rules: [perPair ? setScore(el("qti-map-response", { identifier: "RESPONSE" })) : matchCorrect(points)],
    answeredBy: ["RESPONSE"],
    feedback: [],
  };
}

const matching: Formatter<"matching"> = (question, ctx) =>
  matchItem(
    question,
    question.premises,
    question.responses,
    question.premises.map((p) => [p.id, question.pairs[p.id] as string]),
    ["premise", "response"],
    (question.scoring ?? "per-pair") === "per-pair",
    ctx.points,
  );

const categorize: Formatter<"categorize"> = (question, ctx) =>
  matchItem(
    question,
    question.items,
    question.categories,
    question.items.map((item) => [item.id, item.categoryId]),
    ["item", "category"],
    true,
    ctx.points,
  );

const cloze: Formatter<"cloze"> = (question, ctx) => {
  const share = ctx.points / question.blanks.length;
  const responses: XmlElement[] = [];
  const rules: XmlElement[] = [setScore(float(0))];
  const feedback: ItemParts["feedback"] = [];
  const interactions = new Map<string, string>();
  question.blanks.forEach((blank, b) => {
    const response = `RESPONSE-${blank.id}`;
    if (blank.kind === "choice") {
      const choiceId = (id: string) => `B${b + 1}-${id}`;
      const keyed = blank.choices.filter((c) => c.correct === true).map((c) => choiceId(c.id));
      responses.push(declaration(response, "single", "identifier", keyed));
      const options = blank.choices
        .map((c) => `<qti-inline-choice identifier="${choiceId(c.id)}">${escapeXml(c.text)}</qti-inline-choice>`)
        .join("");
      interactions.set(
        blank.id,
        `<qti-inline-choice-interaction response-identifier="${response}" shuffle="true">${options}</qti-inline-choice-interaction>`,
      );
      rules.push(condition([[op("match", variable(response), correct(response)), [addTo("SCORE", float(share))]]]));
      return;
    }
    reportTextMatching(ctx, blank.matching, ` in blank "${blank.id}"`);
    const entries = textEntries(blank.answers, blank.matching, share);
    responses.push(declaration(response, "single", "string", correctText(blank.answers), mapping(entries)));
    interactions.set(blank.id, `<qti-text-entry-interaction response-identifier="${response}"/>`);
    rules.push(
      condition([
        [
          op("not", op("is-null", variable(response))),
          [addTo("SCORE", el("qti-map-response", { identifier: response }))],
        ],
      ]),
    );
    const shown = textFeedbackRules(response, blank.answers, entries, `FB-${blank.id}-`);
    rules.push(...shown.rules);
    feedback.push(...shown.feedback);
  });
  const body = markdownToXhtml(question.text, { slot: (id) => interactions.get(id) });
  return {
    responses,
    body: [xhtml(question.prompt), raw(body)],
    rules,
    answeredBy: question.blanks.map((blank) => `RESPONSE-${blank.id}`),
    feedback,
  };
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

// ── assembly ──────────────────────────────────────────────────────────────────────────────────

function excerptBlock(question: Readonly<Question>, lesson: Readonly<Lesson> | undefined, ctx: Context): XmlNode[] {
  if (question.excerptSourceId === undefined) return [];
  const source = lesson?.sources.find((s) => s.id === question.excerptSourceId);
  if (source?.excerpt === undefined) {
    ctx.report(
      "dropped",
      "excerpt_dropped",
      `The excerpt of source "${question.excerptSourceId}" is not in the item: export the whole lesson to include it.`,
    );
    return [];
  }
  const paragraphs = source.excerpt
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join("");
  return [
    raw(
      `<blockquote>${paragraphs}<p><cite>${escapeXml(`${source.title}, ${source.citation}`)}</cite></p></blockquote>`,
    ),
  ];
}

function feedbackBlock(id: string, markdown: string): XmlElement {
  return el("qti-feedback-block", { "outcome-identifier": "FEEDBACK", identifier: id, "show-hide": "show" }, [
    block("qti-content-body", {}, [xhtml(markdown)]),
  ]);
}

function itemXml(question: Readonly<Question>, lesson: Readonly<Lesson> | undefined, ctx: Context): string {
  const format = formatters[question.type] as Formatter<QuestionType>;
  const parts = format(question as never, ctx);
  const hints = question.hints ?? [];
  if (hints.length > 0)
    ctx.report(
      "approximated",
      "hints_dropped",
      `QTI has no hints outside adaptive items: ${hints.length} hint(s) exported as collapsible <details> sections, which players neither count nor penalise.`,
    );
  const scoreOutcome = el(
    "qti-outcome-declaration",
    { identifier: "SCORE", cardinality: "single", "base-type": "float", "normal-maximum": decimal(ctx.points) },
    [el("qti-default-value", {}, [el("qti-value", {}, [text("0")])])],
  );
  const maxOutcome = el(
    "qti-outcome-declaration",
    { identifier: "MAXSCORE", cardinality: "single", "base-type": "float" },
    [el("qti-default-value", {}, [el("qti-value", {}, [text(decimal(ctx.points))])])],
  );
  const feedbackOutcome = el("qti-outcome-declaration", {
    identifier: "FEEDBACK",
    cardinality: "multiple",
    "base-type": "identifier",
  });
  const body = block("qti-item-body", {}, [
    ...excerptBlock(question, lesson, ctx),
    ...parts.body,
    ...hints.map((hint, i) =>
      raw(
        `<div><details><summary>${escapeXml(`${ctx.labels.hint} ${i + 1}`)}</summary>${markdownToXhtml(hint)}</details></div>`,
      ),
    ),
    ...parts.feedback.map((f) => feedbackBlock(f.id, f.markdown)),
    feedbackBlock("EXPLANATION", question.explanation),
  ]);
  const unanswered = parts.answeredBy.map((id) => op("is-null", variable(id)));
  const processing = el("qti-response-processing", {}, [
    condition(
      [[unanswered.length === 1 ? (unanswered[0] as XmlElement) : op("and", ...unanswered), [setScore(float(0))]]],
      [...parts.rules, showFeedback("EXPLANATION")],
    ),
  ]);
  const item = el(
    "qti-assessment-item",
    {
      xmlns: QTI_NS,
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`,
      identifier: ncname(question.id),
      title: plainText(question.prompt, 120),
      adaptive: "false",
      "time-dependent": "false",
      "xml:lang": lesson?.locale,
    },
    [...parts.responses, scoreOutcome, maxOutcome, feedbackOutcome, ...(parts.outcomes ?? []), body, processing],
  );
  return `${XML_DECLARATION}\n${render(item)}\n`;
}

function manifestXml(id: string, items: readonly QtiItem[]): string {
  const manifest = el(
    "manifest",
    { xmlns: CP_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": `${CP_NS} ${CP_XSD}`, identifier: id },
    [
      el("metadata", {}, [el("schema", {}, [text("QTI Package")]), el("schemaversion", {}, [text("3.0.0")])]),
      el("organizations"),
      el(
        "resources",
        {},
        items.map((item) =>
          el("resource", { identifier: item.identifier, type: "imsqti_item_xmlv3p0", href: item.href }, [
            el("file", { href: item.href }),
          ]),
        ),
      ),
    ],
  );
  return `${XML_DECLARATION}\n${render(manifest)}\n`;
}

/**
 * Exports questions as QTI 3.0 items: one `qti-assessment-item` document per question (choice,
 * text-entry, order, match and inline-choice interactions with response processing that
 * reproduces the engine's scoring), plus an `imsmanifest.xml` for a content package. Prompts,
 * explanations and feedback are rendered from Markdown to escaped, well-formed XHTML;
 * explanations and feedback become `qti-feedback-block`s. Whatever QTI cannot express exactly is
 * listed in `issues`; nothing is dropped silently.
 *
 * @param input - A lesson (its locale and source excerpts are used) or a list of questions.
 * @param options - Manifest id, item folder and the few labels the items add.
 * @returns `{ output: { manifest, items }, issues }`.
 * @throws {@link ExportError} `duplicate_question_id` when two questions share an id.
 * @example
 * const { output, issues } = toQti(lesson);
 * output.items[0].href
 * //=> "items/who-vetoes.xml"
 */
export function toQti(input: ExportInput, options: QtiOptions = {}): ExportResult<QtiPackage> {
  const lesson = lessonOf(input);
  const folder = (options.itemFolder ?? "items").replace(/^\/+|\/+$/g, "");
  const labels = { true: "True", false: "False", hint: "Hint", ...options.labels };
  const issues: ExportIssue[] = [];
  const items: QtiItem[] = [];
  const seen = new Set<string>();
  for (const question of questionsOf(input)) {
    if (seen.has(question.id))
      throw new ExportError("duplicate_question_id", `question id "${question.id}" is used twice`);
    seen.add(question.id);
    const ctx: Context = {
      question,
      points: pointsOf(question),
      labels,
      report: (kind, code, message) => issues.push(issue(question.id, kind, code, message)),
    };
    const xml = itemXml(question, lesson, ctx);
    const identifier = ncname(question.id);
    items.push({
      questionId: question.id,
      identifier,
      href: `${folder === "" ? "" : `${folder}/`}${question.id}.xml`,
      xml,
    });
  }
  const manifestId = options.manifestId ?? `MANIFEST-${lesson?.id ?? "questions"}`;
  return { output: { manifest: manifestXml(manifestId, items), items }, issues };
}
