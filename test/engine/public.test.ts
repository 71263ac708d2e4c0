import {
  type Lesson,
  type PublicChoiceBlank,
  type PublicOption,
  type PublicQuestionBase,
  type PublicQuestionMap,
  type PublicTextBlank,
  type Question,
  type QuestionOfType,
  type QuestionType,
  toPublicQuestion,
  validateResponse,
} from "civics-lessons";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { makeLesson } from "../_helpers/builders.js";
import { schemaFieldsOf, schemaTypes, stringsUnder } from "../_helpers/schema-fields.js";

const lessons: Lesson[] = [makeLesson(), ...(await loadLessons())];
const everyQuestion = lessons.flatMap((lesson) => lesson.questions.map((q) => [`${lesson.id}/${q.id}`, q] as const));

/** Fields every public question has. */
const BASE_FIELDS = [
  "id",
  "type",
  "prompt",
  "points",
  "difficulty",
  "objectiveIds",
  "tags",
  "hintCount",
  "excerpt",
] satisfies (keyof PublicQuestionBase<QuestionType>)[];

/** The fields each type adds to its public view. Typed by every type: a new type needs its entry. */
const PUBLIC_FIELDS = {
  "single-choice": ["choices"],
  "multiple-choice": ["choices"],
  "true-false": [],
  "short-text": ["maxLength"],
  numeric: ["unit"],
  ordering: ["items"],
  matching: ["premises", "responses"],
  cloze: ["text", "blanks"],
  categorize: ["categories", "items"],
} satisfies { [K in QuestionType]: Exclude<keyof PublicQuestionMap[K], keyof PublicQuestionBase<K>>[] };

/** Fields of the options and blanks inside a public view. */
const NESTED_FIELDS = ["id", "text", "kind", "maxLength", "choices"] satisfies (
  | keyof PublicOption
  | keyof PublicTextBlank
  | keyof PublicChoiceBlank
)[];

/** The fields of a type's schema that its public view must not have: everything it does not declare public. */
function hiddenFieldsOf(type: QuestionType): Set<string> {
  const shown = new Set<string>([...BASE_FIELDS, ...PUBLIC_FIELDS[type], ...NESTED_FIELDS]);
  return new Set([...schemaFieldsOf(type)].filter((field) => !shown.has(field)));
}

/** Ids are public by design (and the schema keeps them from giving answers away). */
function idsOf(question: Question): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === "object")
      for (const [key, child] of Object.entries(value)) {
        if (key === "id" && typeof child === "string") ids.add(child);
        walk(child);
      }
  };
  walk(question);
  return ids;
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) keysOf(v, into.add(k));
  return into;
}

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

const rotate = <T>(list: readonly T[]): T[] => [...list.slice(1), ...list.slice(0, 1)];

/**
 * Moves every key marker to other options, so a view that depends on the key would change. Types
 * whose options carry no key (or that have no options) stay as they are, by an explicit entry.
 */
const keyMovers = {
  "single-choice": (q) => ({
    ...q,
    choices: q.choices.map((c, i) => ({ ...c, correct: rotate(q.choices)[i]?.correct })),
  }),
  "multiple-choice": (q) => ({
    ...q,
    choices: q.choices.map((c, i) => ({ ...c, correct: rotate(q.choices)[i]?.correct })),
  }),
  "true-false": (q) => ({ ...q, answer: !q.answer }),
  "short-text": (q) => ({ ...q, answers: [...q.answers].reverse() }),
  numeric: (q) => ({ ...q, answer: { value: 12345 } }),
  ordering: (q) => ({ ...q, correctOrder: [...q.correctOrder].reverse() }),
  matching: (q) => {
    const responses = rotate(Object.values(q.pairs));
    return { ...q, pairs: Object.fromEntries(Object.keys(q.pairs).map((k, i) => [k, responses[i] as string])) };
  },
  cloze: (q) => ({
    ...q,
    blanks: q.blanks.map((b) =>
      b.kind === "choice"
        ? { ...b, choices: b.choices.map((c, i) => ({ ...c, correct: rotate(b.choices)[i]?.correct })) }
        : b,
    ),
  }),
  categorize: (q) => {
    const categories = rotate(q.items.map((i) => i.categoryId));
    return { ...q, items: q.items.map((item, i) => ({ ...item, categoryId: categories[i] as string })) };
  },
} satisfies { [K in QuestionType]: (question: QuestionOfType<K>) => QuestionOfType<K> };

function withKeyMoved(question: Question): Question {
  return (keyMovers[question.type] as (q: Question) => Question)(question);
}

describe("the leak checks cover every type", () => {
  it("has a fixture question of every type the schema defines", () => {
    expect([...new Set(makeLesson().questions.map((q) => q.type))].sort()).toEqual([...schemaTypes()].sort());
  });

  it.each(schemaTypes())("finds the answer-bearing fields of %s in its schema", (type) => {
    expect(hiddenFieldsOf(type).size).toBeGreaterThan(0);
    expect([...hiddenFieldsOf(type)]).toEqual(expect.arrayContaining(["explanation", "hints"]));
  });
});

describe.each(everyQuestion)("public view of %s", (_name, question) => {
  const view = toPublicQuestion(question);
  const json = JSON.stringify(view);
  const hidden = hiddenFieldsOf(question.type);

  it("has only the fields its type declares public", () => {
    const allowed = new Set<string>([...BASE_FIELDS, ...PUBLIC_FIELDS[question.type], ...NESTED_FIELDS]);

    expect([...keysOf(JSON.parse(json))].filter((k) => !allowed.has(k) || hidden.has(k))).toEqual([]);
  });

  it("holds no text from a field it keeps hidden (explanations, feedback, hints, accepted answers)", () => {
    const visible = new Set(stringsOf(JSON.parse(json)));
    const ids = idsOf(question);

    expect(stringsUnder(question, hidden).filter((s) => !ids.has(s) && visible.has(s))).toEqual([]);
  });

  it("orders options the same whatever the key says", () => {
    expect(toPublicQuestion(withKeyMoved(question))).toEqual(view);
  });

  it("lets validateResponse judge an empty response from the public data alone", () => {
    expect(validateResponse(view, undefined)).toEqual({ valid: false, reason: "empty_response" });
  });
});

describe("validateResponse", () => {
  const lesson = makeLesson();
  const view = (id: string) => toPublicQuestion(lesson.questions.find((q) => q.id === id) as Question);

  it.each([
    ["who-vetoes", "president", { valid: true }],
    ["who-vetoes", "mayor", { valid: false, reason: "unknown_id" }],
    ["match-articles", { "art-1": "legislative" }, { valid: false, reason: "incomplete" }],
    ["match-articles", { "art-1": "legislative", "art-3": "executive" }, { valid: true }],
    ["order-events", ["marbury", "signed"], { valid: false, reason: "incomplete" }],
    ["override-fraction", "2/3", { valid: false, reason: "not_a_number" }],
    ["cloze-bill", { house: "House", officer: "president" }, { valid: true }],
    ["sort-powers", { tax: "congress" }, { valid: false, reason: "incomplete" }],
  ])("judges %s with %j", (id, response, verdict) => {
    expect(validateResponse(view(id), response)).toEqual(verdict);
  });

  it("answers unknown question types instead of throwing", () => {
    expect(validateResponse({ ...view("who-vetoes"), type: "essay" } as never, "x")).toEqual({
      valid: false,
      reason: "unknown_question",
    });
  });
});
