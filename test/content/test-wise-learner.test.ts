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

/** Kebab-case words of a text, as an id. */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A single-choice question whose option ids are the words of their texts. */
function singleChoice(id: string, texts: string[], keyed: number, prompt = "Who can veto a bill?"): Sc {
  return {
    ...cleanSingleChoice(id),
    prompt,
    choices: texts.map((text, i) => ({ id: slug(text), text, ...(i === keyed ? { correct: true } : {}) })),
  };
}

describe("testWiseResponse", () => {
  const cases: [what: string, question: Question, response: unknown][] = [
    [
      "picks the longest choice",
      singleChoice("q1", ["Senate", "The President", "House", "Courts"], 0),
      "the-president",
    ],
    ["picks the first shown of equally long choices", singleChoice("q1", ["Senate", "Courts", "House"], 0), "senate"],
    [
      "selects the choices at least as long as the mean",
      {
        ...makeQuestion("multiple-choice"),
        choices: [
          { id: "impeachment", text: "Impeachment", correct: true },
          { id: "override", text: "Overriding a veto by two-thirds" },
          { id: "pardons", text: "Pardons" },
          { id: "purse", text: "Refusing to appropriate money" },
        ],
      },
      ["override", "purse"],
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
          { id: "marbury", text: "Marbury decided (1803)" },
          { id: "undated", text: "A step with no date" },
          { id: "signed", text: "Constitution signed in 1787" },
        ],
        correctOrder: ["signed", "marbury", "undated"],
      },
      ["signed", "marbury", "undated"],
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
    [
      "picks the option whose id ends in a when the ids name positions",
      {
        ...singleChoice("q1", ["The Senate", "The President", "The Speaker of the House", "Courts"], 1),
        choices: [
          { id: "option-c", text: "The Senate" },
          { id: "option-a", text: "The President", correct: true },
          { id: "option-d", text: "The Speaker of the House" },
          { id: "option-b", text: "Courts" },
        ],
      },
      "option-a",
    ],
    [
      "picks the option numbered 1 over the longest",
      {
        ...singleChoice("q1", [], 0),
        choices: [
          { id: "choice-2", text: "The Speaker of the House" },
          { id: "choice-3", text: "The Senate" },
          { id: "choice-1", text: "The President", correct: true },
        ],
      },
      "choice-1",
    ],
    [
      "selects the first half of the options by id",
      {
        ...makeQuestion("multiple-choice"),
        choices: [
          { id: "tool-d", text: "Impeachment" },
          { id: "tool-a", text: "Pardons", correct: true },
          { id: "tool-c", text: "Refusing to appropriate money" },
          { id: "tool-b", text: "Overriding a veto by two-thirds", correct: true },
        ],
      },
      ["tool-a", "tool-b"],
    ],
    [
      "orders items by the numbers of their ids",
      {
        ...makeQuestion("ordering"),
        items: [
          { id: "step-3", text: "Marbury decided" },
          { id: "step-1", text: "Constitution signed" },
          { id: "step-2", text: "Bill of Rights ratified" },
        ],
        correctOrder: ["step-1", "step-2", "step-3"],
      },
      ["step-1", "step-2", "step-3"],
    ],
    [
      "pairs premises and responses by their ids' numbers",
      {
        ...makeQuestion("matching"),
        premises: [
          { id: "p2", text: "Article III" },
          { id: "p1", text: "Article I" },
        ],
        responses: [
          { id: "r3", text: "The President" },
          { id: "r1", text: "Congress" },
          { id: "r2", text: "The courts" },
        ],
        pairs: { p1: "r1", p2: "r2" },
      },
      { p1: "r1", p2: "r2" },
    ],
    [
      "pairs numbered responses with premises in the order shown, which is authored",
      {
        ...makeQuestion("matching"),
        premises: [
          { id: "art-one", text: "Article I" },
          { id: "art-three", text: "Article III" },
        ],
        responses: [
          { id: "r2", text: "The courts" },
          { id: "r3", text: "The President" },
          { id: "r1", text: "Congress" },
        ],
        pairs: { "art-one": "r1", "art-three": "r2" },
      },
      { "art-one": "r1", "art-three": "r2" },
    ],
    [
      "sorts items in id order into categories in id order",
      {
        ...makeQuestion("categorize"),
        categories: [
          { id: "c2", text: "The President" },
          { id: "c1", text: "Congress" },
        ],
        items: [
          { id: "i3", text: "Grant pardons", categoryId: "c2" },
          { id: "i1", text: "Declare war", categoryId: "c1" },
          { id: "i4", text: "Nominate judges", categoryId: "c2" },
          { id: "i2", text: "Raise armies", categoryId: "c1" },
        ],
      },
      { i1: "c1", i2: "c1", i3: "c2", i4: "c2" },
    ],
    [
      "fills a choice blank with the choice whose id comes first",
      {
        ...makeQuestion("cloze"),
        blanks: [
          {
            id: "blank-1",
            kind: "choice",
            choices: [
              { id: "choice-b", text: "an undeclared" },
              { id: "choice-a", text: "a declared", correct: true },
              { id: "choice-c", text: "a threatened" },
            ],
          },
        ],
        text: "The Act applies in {{blank-1}} war.",
      },
      { "blank-1": "choice-a" },
    ],
    [
      "does not read years its texts show as positions",
      singleChoice("q1", ["1801", "1799", "1798", "1800"], 2),
      "1801",
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

  /**
   * Questions with no length cue (the key is the longest option in one of four single-choice
   * questions) written the way authors write: key first, ids numbered in authored order
   * (`option-a`, `p1 -> r1`, `s1`..., `c1`/`i1`...).
   */
  function positionalLesson(): Lesson {
    const lesson = cleanLesson();
    const texts = ["The Chief Justice", "The President", "The Speaker of the House", "The Senate"];
    const keyFirst = (id: string, keyed: number): Sc => {
      const order = [keyed, ...texts.keys()].filter((i, at, all) => all.indexOf(i) === at);
      return {
        ...cleanSingleChoice(id),
        choices: order.map((i, at) => ({
          id: `option-${"abcd"[at]}`,
          text: texts[i] ?? "",
          ...(i === keyed ? { correct: true } : {}),
        })),
      };
    };
    lesson.questions = [
      keyFirst("q1", 2),
      keyFirst("q2", 0),
      keyFirst("q3", 1),
      keyFirst("q4", 3),
      cleanTrueFalse("q5", true),
      cleanTrueFalse("q6", false),
      {
        ...makeQuestion("matching"),
        id: "q7",
        premises: ["Article I", "Article II", "Article III"].map((text, i) => ({ id: `p${i + 1}`, text })),
        responses: ["Congress", "The President", "The courts", "The states"].map((text, i) => ({
          id: `r${i + 1}`,
          text,
        })),
        pairs: { p1: "r1", p2: "r2", p3: "r3" },
      },
      {
        ...makeQuestion("ordering"),
        id: "q8",
        scoring: "position",
        items: ["Constitution signed", "Bill of Rights ratified", "Marbury decided", "Civil War begins"].map(
          (text, i) => ({ id: `s${i + 1}`, text }),
        ),
        correctOrder: ["s1", "s2", "s3", "s4"],
      },
      {
        ...makeQuestion("categorize"),
        id: "q9",
        categories: [
          { id: "c1", text: "Congress" },
          { id: "c2", text: "The President" },
        ],
        items: [
          { id: "i1", text: "Declare war", categoryId: "c1" },
          { id: "i2", text: "Raise armies", categoryId: "c1" },
          { id: "i3", text: "Grant pardons", categoryId: "c2" },
          { id: "i4", text: "Nominate judges", categoryId: "c2" },
        ],
      },
    ];
    return lesson;
  }

  /** The same lesson with every option, item, premise, response and category id made of its own text. */
  function withTextIds(lesson: Lesson): Lesson {
    const copy = structuredClone(lesson);
    copy.questions = copy.questions.map((q) => {
      const rename = new Map<string, string>();
      const renamed = <T extends { id: string; text: string }>(entries: T[]): T[] =>
        entries.map((e) => {
          rename.set(e.id, slug(e.text));
          return { ...e, id: slug(e.text) };
        });
      const to = (id: string) => rename.get(id) ?? id;
      switch (q.type) {
        case "single-choice":
          return { ...q, choices: renamed(q.choices) };
        case "matching": {
          const premises = renamed(q.premises);
          const responses = renamed(q.responses);
          return {
            ...q,
            premises,
            responses,
            pairs: Object.fromEntries(Object.entries(q.pairs).map(([p, r]) => [to(p), to(r)])),
          };
        }
        case "ordering": {
          const items = renamed(q.items);
          return { ...q, items, correctOrder: q.correctOrder.map(to) };
        }
        case "categorize": {
          const categories = renamed(q.categories);
          const items = renamed(q.items).map((item) => ({ ...item, categoryId: to(item.categoryId) }));
          return { ...q, categories, items };
        }
        default:
          return q;
      }
    });
    return copy;
  }

  it("scores far above chance when ids name positions, and near chance once they name the options", () => {
    const positional = testWiseScore(positionalLesson(), 40);
    const neutral = testWiseScore(withTextIds(positionalLesson()), 40);

    // Full marks on every question but the true statement, which it answers "false".
    expect(positional.testWise).toBeCloseTo((8 / 9) * 100, 6);
    expect(positional.gap).toBeGreaterThan(40);
    expect(neutral.chance).toBeCloseTo(positional.chance, 6);
    expect(Math.abs(neutral.gap)).toBeLessThanOrEqual(MAX_GAP_POINTS);
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
