import { type Lesson, type Question, toPublicQuestion, validateResponse } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { makeLesson } from "../_helpers/builders.js";

const lessons: Lesson[] = [makeLesson(), ...(await loadLessons())];
const everyQuestion = lessons.flatMap((lesson) => lesson.questions.map((q) => [`${lesson.id}/${q.id}`, q] as const));

const KEY_FIELDS = [
  "correct",
  "fraction",
  "feedback",
  "feedbackTrue",
  "feedbackFalse",
  "explanation",
  "hints",
  "answer",
  "answers",
  "nearMisses",
  "pairs",
  "correctOrder",
  "categoryId",
  "penalty",
  "scoring",
  "matching",
];

/** Every string a learner must not see before scoring: explanations, feedback, hints, accepted text. */
function secrets(q: Question): string[] {
  const out = [q.explanation, ...(q.hints ?? [])];
  const walk = (value: unknown, key = ""): void => {
    if (typeof value === "string" && (key === "feedback" || key === "feedbackTrue" || key === "feedbackFalse"))
      out.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(q);
  if (q.type === "short-text") out.push(...q.answers.map((a) => a.text));
  if (q.type === "cloze") for (const b of q.blanks) if (b.kind === "text") out.push(...b.answers.map((a) => a.text));
  return out;
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

/** Moves every key marker to other options, so a view that depends on the key would change. */
function withKeyMoved(q: Question): Question {
  const rotate = <T>(list: T[]) => [...list.slice(1), ...list.slice(0, 1)];
  switch (q.type) {
    case "single-choice":
    case "multiple-choice": {
      const flags = rotate(q.choices.map((c) => c.correct));
      return { ...q, choices: q.choices.map((c, i) => ({ ...c, correct: flags[i] })) } as Question;
    }
    case "ordering":
      return { ...q, correctOrder: [...q.correctOrder].reverse() };
    case "matching": {
      const responses = rotate(Object.values(q.pairs));
      return { ...q, pairs: Object.fromEntries(Object.keys(q.pairs).map((k, i) => [k, responses[i] as string])) };
    }
    case "categorize": {
      const cats = rotate(q.items.map((i) => i.categoryId));
      return { ...q, items: q.items.map((item, i) => ({ ...item, categoryId: cats[i] as string })) };
    }
    case "cloze":
      return {
        ...q,
        blanks: q.blanks.map((b) =>
          b.kind === "choice"
            ? { ...b, choices: b.choices.map((c, i, all) => ({ ...c, correct: all[(i + 1) % all.length]?.correct })) }
            : b,
        ),
      } as Question;
    default:
      return q;
  }
}

describe.each(everyQuestion)("public view of %s", (_name, question) => {
  const view = toPublicQuestion(question);
  const json = JSON.stringify(view);

  it("holds no key field", () => {
    const leaked = [...keysOf(JSON.parse(json))].filter((k) => KEY_FIELDS.includes(k));

    expect(leaked).toEqual([]);
  });

  it("holds no explanation, feedback, hint or accepted-answer text", () => {
    const visible = new Set(stringsOf(JSON.parse(json)));

    expect(secrets(question).filter((s) => visible.has(s))).toEqual([]);
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
