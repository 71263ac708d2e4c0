import {
  createQuiz,
  type Lesson,
  type PublicQuestion,
  type Question,
  type QuestionOfType,
  startAttempt,
  toPublicAttempt,
  toPublicQuestion,
} from "civics-lessons";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENUMERATION_LIMIT, guessingPercent, guessingShare } from "../../scripts/random-guessing.js";
import {
  MAX_GAP_POINTS,
  testWiseResponse,
  testWiseResponses,
  testWiseScore,
  testWiseTable,
} from "../../scripts/test-wise-learner.js";
import { makeLesson, makeQuestion } from "../_helpers/builders.js";
import { cleanLesson, cleanSingleChoice, cleanTrueFalse } from "./_item-fixtures.js";

type Sc = QuestionOfType<"single-choice">;

/** A public view with a fixed option order: the authored one. */
function shownAsAuthored(question: Question): PublicQuestion {
  const lists: Record<string, string[]> = {};
  if ("choices" in question) lists.choices = question.choices.map((c) => c.id);
  if ("items" in question) lists.items = question.items.map((i) => i.id);
  if ("premises" in question) lists.premises = question.premises.map((p) => p.id);
  if ("responses" in question) lists.responses = question.responses.map((r) => r.id);
  if ("categories" in question) lists.categories = question.categories.map((c) => c.id);
  if (question.type === "cloze")
    for (const b of question.blanks) if (b.kind === "choice") lists[`blank:${b.id}`] = b.choices.map((c) => c.id);
  return toPublicQuestion(question, { order: lists });
}

function singleChoice(id: string, texts: string[], keyed: number, prompt = "Who can veto a bill?"): Sc {
  return {
    ...cleanSingleChoice(id),
    prompt,
    choices: texts.map((text, i) => ({ id: `${id}-o${i + 1}`, text, ...(i === keyed ? { correct: true } : {}) })),
  };
}

describe("testWiseResponse", () => {
  const cases: [what: string, question: Question, response: unknown][] = [
    ["picks the longest choice", singleChoice("q1", ["Senate", "The President", "House", "Courts"], 0), "q1-o2"],
    ["picks the first shown of equally long choices", singleChoice("q1", ["Senate", "Courts", "House"], 0), "q1-o1"],
    [
      "selects the choices at least as long as the mean",
      {
        ...makeQuestion("multiple-choice"),
        choices: [
          { id: "a", text: "Impeachment", correct: true },
          { id: "b", text: "Overriding a veto by two-thirds" },
          { id: "c", text: "Pardons" },
          { id: "d", text: "Refusing to appropriate money" },
        ],
      },
      ["b", "d"],
    ],
    ["answers false", cleanTrueFalse("q5", true), false],
    [
      "types the id words the prompt does not show",
      {
        ...makeQuestion("short-text"),
        id: "montesquieu-name",
        prompt: "Name the writer of The Spirit of the Laws.",
        answers: [{ text: "Montesquieu" }],
      },
      "montesquieu",
    ],
    [
      "leaves a short text blank when no id says anything",
      { ...makeQuestion("short-text"), id: "q4", objectiveIds: ["o1"] },
      undefined,
    ],
    [
      "types a number the id shows and the prompt does not",
      { ...makeQuestion("numeric"), id: "notice-7", prompt: "How many days of notice did the panel require?" },
      7,
    ],
    ["leaves a numeric blank otherwise", makeQuestion("numeric"), undefined],
    [
      "keeps the order shown, putting items that name a year in year order",
      {
        ...makeQuestion("ordering"),
        items: [
          { id: "x", text: "Marbury decided (1803)" },
          { id: "y", text: "A step with no date" },
          { id: "z", text: "Constitution signed in 1787" },
        ],
        correctOrder: ["z", "x", "y"],
      },
      ["z", "x", "y"],
    ],
    [
      "matches premises to responses in the order shown",
      makeQuestion("matching"),
      { "art-1": "legislative", "art-3": "judicial" },
    ],
    [
      "sorts items into categories in runs of the order shown",
      makeQuestion("categorize"),
      { tax: "congress", veto: "president", cases: "courts" },
    ],
    [
      "fills choice blanks with the longest choice and typed blanks from the blank id",
      makeQuestion("cloze"),
      { house: "house", officer: "chief-justice" },
    ],
  ];

  it.each(cases)("%s", (_what, question, response) => {
    expect(testWiseResponse(shownAsAuthored(question))).toEqual(response);
  });
});

describe("testWiseResponses", () => {
  /** The fixture lesson with every key moved: other choices keyed, other answers, another order. */
  function rekeyed(lesson: Lesson, pick: number[]): Lesson {
    const copy = structuredClone(lesson);
    copy.questions = copy.questions.map((q, i) => {
      const n = pick[i] ?? 0;
      switch (q.type) {
        case "single-choice":
          return { ...q, choices: q.choices.map((c, j) => ({ ...c, correct: j === n % q.choices.length })) };
        case "multiple-choice":
          return {
            ...q,
            choices: q.choices.map((c, j) => ({
              ...c,
              correct: j === n % q.choices.length || j === (n + 1) % q.choices.length,
            })),
          };
        case "true-false":
          return { ...q, answer: n % 2 === 0 };
        case "ordering":
          return { ...q, correctOrder: [...q.correctOrder].reverse() };
        default:
          return q;
      }
    });
    return copy;
  }

  it("answers from the public view alone: moving the keys changes none of its answers", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { minLength: 9, maxLength: 9 }), fc.string(), (pick, seed) => {
        const start = (lesson: Lesson) =>
          toPublicAttempt(startAttempt(createQuiz({ id: "quiz", lessons: [lesson] }), { seed, now: 0, id: "a" }));

        expect(testWiseResponses(start(rekeyed(makeLesson(), pick)))).toEqual(testWiseResponses(start(makeLesson())));
      }),
      { numRuns: 50 },
    );
  });
});

describe("guessingShare", () => {
  const cases: [what: string, question: Question, share: number][] = [
    ["one of four choices", singleChoice("q1", ["a1", "b2", "c3", "d4"], 0), 0.25],
    ["a choice with negative marking", { ...singleChoice("q1", ["a1", "b2"], 0), penalty: 1 }, 0],
    ["true or false", cleanTrueFalse("q5", true), 0.5],
    [
      "a non-empty selection, all or nothing",
      {
        ...makeQuestion("multiple-choice"),
        scoring: "all-or-nothing",
        choices: ["a", "b", "c", "d"].map((id) => ({ id, text: id, ...(id === "a" ? { correct: true } : {}) })),
      },
      1 / 15,
    ],
    ["an order of three items, position scoring", { ...makeQuestion("ordering"), scoring: "position" }, 1 / 3],
    ["a response per premise from three", makeQuestion("matching"), 1 / 3],
    ["a category per item from three", makeQuestion("categorize"), 1 / 3],
    ["a cloze with one choice of two and one typed blank", makeQuestion("cloze"), 0.25],
    ["typed text", makeQuestion("short-text"), 0],
    ["a typed number", makeQuestion("numeric"), 0],
  ];

  it.each(cases)("is exact for %s", (_what, question, share) => {
    // The engine rounds earned points to six decimals.
    expect(guessingShare(question)).toBeCloseTo(share, 5);
  });

  it("estimates from a seeded sample when the orders are too many to list", () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, text: `Item ${i}` }));
    const question: Question = {
      ...makeQuestion("ordering"),
      scoring: "position",
      items,
      correctOrder: items.map((i) => i.id),
    };
    expect(362_880).toBeGreaterThan(ENUMERATION_LIMIT);

    const share = guessingShare(question);

    expect(share).toBeCloseTo(1 / 9, 2);
    expect(guessingShare(question)).toBe(share);
  });
});

describe("testWiseScore", () => {
  /** Four single-choice questions whose key is the longest option in one, one true and one false statement. */
  function balancedLesson(): Lesson {
    const lesson = cleanLesson();
    const texts = ["The Chief Justice", "The President", "The Speaker of the House", "The Senate"];
    lesson.questions = [
      singleChoice("q1", texts, 2),
      singleChoice("q2", texts, 0),
      singleChoice("q3", texts, 1),
      singleChoice("q4", texts, 3),
      cleanTrueFalse("q5", true),
      cleanTrueFalse("q6", false),
    ];
    return lesson;
  }

  /** The same questions written the way 0.1.0 wrote them: the longest key, false statements, a telling id. */
  function cuedLesson(): Lesson {
    const lesson = cleanLesson();
    const texts = ["The Chief Justice", "The President", "The Speaker of the House", "The Senate"];
    lesson.questions = [
      singleChoice("q1", texts, 2),
      singleChoice("q2", texts, 2),
      singleChoice("q3", texts, 2),
      singleChoice("q4", texts, 2),
      cleanTrueFalse("q5", false),
      {
        ...makeQuestion("short-text"),
        id: "montesquieu-name",
        prompt: "Who wrote The Spirit of the Laws?",
        answers: [{ text: "Montesquieu" }],
      },
    ];
    return lesson;
  }

  it("scores what random guessing scores when no cue points at the key", () => {
    const score = testWiseScore(balancedLesson(), 10);

    expect(score.chance).toBeCloseTo(((4 * 0.25 + 2 * 0.5) / 6) * 100, 6);
    expect(score.testWise).toBeCloseTo(score.chance, 6);
    expect(Math.abs(score.gap)).toBeLessThanOrEqual(5);
  });

  it("scores far above chance on questions cued by length, 'false' and ids", () => {
    const score = testWiseScore(cuedLesson(), 10);

    expect(score.testWise).toBe(100);
    expect(score.chance).toBeCloseTo(guessingPercent(cuedLesson()), 10);
    expect(score.gap).toBeGreaterThan(5);
  });

  it("averages seeded attempts, so position cues average out to chance", () => {
    const lesson = cleanLesson();
    lesson.questions = [makeQuestion("matching"), makeQuestion("categorize")];

    const score = testWiseScore(lesson, 40);

    expect(score.range[0]).toBeLessThan(score.range[1]);
    expect(Math.abs(score.gap)).toBeLessThanOrEqual(5);
  });
});

describe("testWiseTable", () => {
  it("marks lessons whose gap is over the limit either way, and adds the mean of lessons", () => {
    const scores = [
      { id: "cued", testWise: 60, range: [55, 65] as [number, number], chance: 25, gap: 35 },
      { id: "fair", testWise: 27, range: [20, 30] as [number, number], chance: 25, gap: 2 },
      { id: "reversed", testWise: 10, range: [8, 12] as [number, number], chance: 25, gap: -15 },
    ];

    const lines = testWiseTable(scores);

    expect(MAX_GAP_POINTS).toBe(5);
    expect(lines[2]).toMatch(/^cued +60\.0 +55\.0-65\.0 +25\.0 +\+35\.0 +over$/);
    expect(lines[3]).toMatch(/ \+2\.0 +ok$/);
    expect(lines[4]).toMatch(/ -15\.0 +over$/);
    expect(lines[5]).toMatch(/^mean of lessons +32\.3 +25\.0 +\+7\.3$/);
  });
});
