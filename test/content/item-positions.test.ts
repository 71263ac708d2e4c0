import type { Lesson, Question, QuestionOfType } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { authoredOrder, positionalToken } from "../../scripts/item-quality/positions.js";
import {
  ITEM_QUALITY_LIMITS,
  type ItemQualityFigures,
  lessonItemQuality,
  libraryProblems,
} from "../../scripts/item-quality.js";
import { cleanLesson, cleanMultipleChoice, cleanSingleChoice, libraryFigures, withQuestion } from "./_item-fixtures.js";

type Sc = QuestionOfType<"single-choice">;

const base = {
  difficulty: 1 as const,
  objectiveIds: ["objective-a"],
  sourceIds: ["const-art-1"],
  explanation: "See the reading.",
};

/** The clean single-choice question with its option ids replaced, in authored order. */
function withChoiceIds(ids: [string, string, string, string], id = "q1"): Sc {
  const q = cleanSingleChoice(id);
  return { ...q, choices: q.choices.map((c, i) => ({ ...c, id: ids[i] ?? c.id })) };
}

/** The clean single-choice question with the key moved to authored index `at`. */
function keyAt(id: string, at: number): Sc {
  const q = cleanSingleChoice(id);
  const key = q.choices.find((c) => c.correct === true);
  const others = q.choices.filter((c) => c.correct !== true);
  if (!key) throw new Error("no key");
  return { ...q, choices: [...others.slice(0, at), key, ...others.slice(at)] };
}

const matching = (premiseIds: string[], responseIds: string[], solved = false): Question => ({
  ...base,
  id: "q1",
  type: "matching",
  prompt: "Match each article to the branch it sets up.",
  premises: [
    { id: premiseIds[0] ?? "", text: "Article I" },
    { id: premiseIds[1] ?? "", text: "Article III" },
  ],
  responses: (solved ? [0, 1, 2] : [2, 0, 1]).map((i) => ({
    id: responseIds[i] ?? "",
    text: ["Congress", "The courts", "The President"][i] ?? "",
  })),
  pairs: { [premiseIds[0] ?? ""]: responseIds[0] ?? "", [premiseIds[1] ?? ""]: responseIds[1] ?? "" },
});

const ordering = (ids: string[], solved: boolean): Question => {
  const items = [
    { id: ids[0] ?? "", text: "Constitution signed" },
    { id: ids[1] ?? "", text: "Bill of Rights ratified" },
    { id: ids[2] ?? "", text: "Marbury v. Madison decided" },
  ];
  return {
    ...base,
    id: "q1",
    type: "ordering",
    prompt: "Put these events in order, earliest first.",
    scoring: "position",
    items: solved ? items : [items[2], items[0], items[1]].filter((i) => i !== undefined),
    correctOrder: items.map((i) => i.id),
  };
};

const categorize = (categoryIds: string[], itemIds: string[], inRuns: boolean): Question => {
  const items = [
    { id: itemIds[0] ?? "", text: "Declare war", categoryId: categoryIds[0] ?? "" },
    { id: itemIds[1] ?? "", text: "Raise armies", categoryId: categoryIds[0] ?? "" },
    { id: itemIds[2] ?? "", text: "Grant pardons", categoryId: categoryIds[1] ?? "" },
    { id: itemIds[3] ?? "", text: "Nominate judges", categoryId: categoryIds[1] ?? "" },
  ];
  return {
    ...base,
    id: "q1",
    type: "categorize",
    prompt: "Sort each power into the branch that holds it.",
    categories: [
      { id: categoryIds[0] ?? "", text: "Congress" },
      { id: categoryIds[1] ?? "", text: "The President" },
    ],
    items: inRuns ? items : [items[2], items[0], items[3], items[1]].filter((i) => i !== undefined),
  };
};

const cloze = (choiceIds: string[], blankId = "blank-1"): Question => ({
  ...base,
  id: "q1",
  type: "cloze",
  prompt: "Complete the clause.",
  text: `Every Bill shall be presented to the {{${blankId}}}.`,
  blanks: [
    {
      id: blankId,
      kind: "choice",
      choices: [
        { id: choiceIds[0] ?? "", text: "Senate" },
        { id: choiceIds[1] ?? "", text: "President", correct: true },
        { id: choiceIds[2] ?? "", text: "Speaker" },
      ],
    },
  ],
});

describe("positionalToken", () => {
  it.each([
    ["a", [], "a"],
    ["7", [], "7"],
    ["option-b", [], "b"],
    ["choice-3", [], "3"],
    ["choice3", [], "3"],
    ["p1", [], "1"],
    ["r2", [], "2"],
    ["item-4", [], "4"],
    ["c1", [], "1"],
    ["statement-e", [], "e"],
    ["q12-c", ["q12"], "c"],
    ["who-vetoes-2", ["who-vetoes"], "2"],
  ] as const)("reads %s as a position", (id, scopes, token) => {
    expect(positionalToken(id, scopes)).toBe(token);
  });

  it.each(["president", "chief-justice", "us", "un", "art-1", "plan-b", "optional", "q12-veto"])(
    "reads %s as words",
    (id) => {
      expect(positionalToken(id, ["q12"])).toBeNull();
    },
  );
});

describe("positional ids", () => {
  // Each case gives the clean lesson one question whose ids name positions; the lint must name the path.
  const cases: [what: string, question: Question, problem: string][] = [
    [
      "option ids that are single letters",
      withChoiceIds(["a", "b", "c", "d"]),
      'questions[0].choices[0].id: option id "a" names a position ("a")',
    ],
    [
      "option ids with a generic prefix",
      withChoiceIds(["option-a", "option-b", "option-c", "option-d"]),
      'questions[0].choices[1].id: option id "option-b" names a position ("b")',
    ],
    [
      "numbered choice ids",
      withChoiceIds(["choice-1", "choice-2", "choice-3", "choice-4"]),
      'questions[0].choices[2].id: option id "choice-3" names a position ("3")',
    ],
    [
      "option ids that repeat the question id",
      withChoiceIds(["q1-a", "q1-b", "q1-c", "q1-d"]),
      'questions[0].choices[3].id: option id "q1-d" names a position ("d")',
    ],
    [
      "option ids that share one prefix and differ by a letter",
      withChoiceIds(["person-a", "person-b", "person-c", "person-d"]),
      'questions[0].choices[0].id: option id "person-a" names a position ("a")',
    ],
    [
      "premise ids numbered like their responses",
      matching(["p1", "p2"], ["courts", "congress", "president"]),
      'questions[0].premises[0].id: premise id "p1" names a position ("1")',
    ],
    [
      "response ids numbered like their premises",
      matching(["article-one", "article-three"], ["r1", "r2", "r3"]),
      'questions[0].responses[1].id: response id "r1" names a position ("1")',
    ],
    [
      "ordering item ids",
      ordering(["item-2", "item-4", "item-1"], false),
      'questions[0].items[0].id: item id "item-1" names a position ("1")',
    ],
    [
      "category ids",
      categorize(["c1", "c2"], ["war", "armies", "pardons", "judges"], false),
      'questions[0].categories[0].id: category id "c1" names a position ("1")',
    ],
    [
      "choice ids of a cloze blank",
      cloze(["choice-a", "choice-b", "choice-c"]),
      'questions[0].blanks[0].choices[0].id: option id "choice-a" names a position ("a")',
    ],
  ];

  it.each(cases)("reports %s", (_what, question, problem) => {
    const { problems, figures } = lessonItemQuality(withQuestion(0, question));

    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join("\n"),
    ).toBe(true);
    expect(figures.positionalIds).toBeGreaterThan(0);
  });

  it.each([
    ["words of the option's own text", withChoiceIds(["justice", "president", "speaker", "leader"])],
    ["blank ids, which are positions in the passage anyway", cloze(["senate", "president", "speaker"], "blank-1")],
    [
      "a number the option's own text shows",
      {
        ...cleanSingleChoice("q1"),
        prompt: "In which year did Congress pass the Sedition Act?",
        choices: ["1789", "1798", "1801", "1812"].map((year) => ({
          id: year,
          text: year,
          ...(year === "1798" ? { correct: true } : {}),
        })),
      } satisfies Sc,
    ],
  ] as const)("accepts %s", (_what, question) => {
    expect(lessonItemQuality(withQuestion(0, question)).problems).toEqual([]);
  });
});

describe("authoredOrder", () => {
  const mcKeyedFirst: Question = {
    ...cleanMultipleChoice("q3", 2),
    choices: [
      { id: "override", text: "Overriding a veto by two-thirds", correct: true },
      { id: "refuse-money", text: "Refusing to appropriate money", correct: true },
      { id: "reprieves", text: "Granting reprieves for federal crimes" },
      { id: "decide-cases", text: "Deciding cases under federal law" },
    ],
  };
  const cases: [what: string, question: Question, order: ReturnType<typeof authoredOrder>][] = [
    ["a single choice's key at index 1", cleanSingleChoice("q1"), { keyIndexes: [1], keyedFirst: null, solved: null }],
    ["a single choice's key first", keyAt("q1", 0), { keyIndexes: [0], keyedFirst: null, solved: null }],
    [
      "a choice blank's key",
      cloze(["senate", "president", "speaker"]),
      { keyIndexes: [1], keyedFirst: null, solved: null },
    ],
    ["select-all keys written first", mcKeyedFirst, { keyIndexes: [], keyedFirst: true, solved: null }],
    ["select-all keys elsewhere", cleanMultipleChoice("q3", 2), { keyIndexes: [], keyedFirst: false, solved: null }],
    [
      "ordering items in their correct order",
      ordering(["signed", "ratified", "marbury"], true),
      { keyIndexes: [], keyedFirst: null, solved: true },
    ],
    [
      "ordering items shuffled",
      ordering(["signed", "ratified", "marbury"], false),
      { keyIndexes: [], keyedFirst: null, solved: false },
    ],
    [
      "responses in their premises' order",
      matching(["art-one", "art-three"], ["congress", "courts", "president"], true),
      { keyIndexes: [], keyedFirst: null, solved: true },
    ],
    [
      "responses shuffled",
      matching(["art-one", "art-three"], ["congress", "courts", "president"]),
      { keyIndexes: [], keyedFirst: null, solved: false },
    ],
    [
      "categorize items in runs by category",
      categorize(["congress", "president"], ["war", "armies", "pardons", "judges"], true),
      { keyIndexes: [], keyedFirst: null, solved: true },
    ],
    [
      "categorize items mixed",
      categorize(["congress", "president"], ["war", "armies", "pardons", "judges"], false),
      { keyIndexes: [], keyedFirst: null, solved: false },
    ],
  ];

  it.each(cases)("reads %s", (_what, question, order) => {
    expect(authoredOrder(question)).toEqual(order);
  });
});

describe("key positions in one lesson", () => {
  function lessonWithKeysAt(positions: number[]): Lesson {
    const lesson = cleanLesson();
    lesson.questions = [
      ...positions.map((at, i) => keyAt(`k${i + 1}`, at)),
      ...lesson.questions.filter((q) => q.type !== "single-choice"),
    ];
    return lesson;
  }

  it("reports a lesson whose keys all sit at one authored position", () => {
    const { problems, figures } = lessonItemQuality(lessonWithKeysAt([0, 0, 0]));

    expect(problems).toContain(
      "questions: the key is authored at position 1 in all 3 single-key lists (k1, k2, k3); vary where the key is written",
    );
    expect(figures.keyPositions).toEqual({ lists: 3, byPosition: [3] });
  });

  it("accepts keys at two positions, and two keys at one (a fair shuffle does that one time in four)", () => {
    expect(lessonItemQuality(lessonWithKeysAt([0, 0, 2])).problems).toEqual([]);
    expect(lessonItemQuality(lessonWithKeysAt([3, 3])).problems).toEqual([]);
    expect(ITEM_QUALITY_LIMITS.keyPositionLessonMin).toBe(3);
  });
});

describe("library limits on authored order", () => {
  it("accepts figures at the limits: 40% of keys at one position, a third keyed first, 20% solved", () => {
    expect(
      libraryProblems(
        libraryFigures({
          keyPositions: { lists: 100, byPosition: [40, 20, 20, 20] },
          multipleChoice: { ...libraryFigures({}).multipleChoice, keyedFirst: 10 },
          solvedOrder: { questions: 20, solved: 4 },
        }),
      ),
    ).toEqual([]);
  });

  const cases: [rule: string, overrides: Partial<ItemQualityFigures>, problem: string][] = [
    [
      "more than 40% of keys written first",
      { keyPositions: { lists: 102, byPosition: [96, 2, 2, 2] } },
      "library.keyPositions: the key is authored at position 1 in 96 of 102 single-key lists (94.1%); at most 40% may share one position",
    ],
    [
      "more than 40% of keys at any one position",
      { keyPositions: { lists: 100, byPosition: [20, 20, 19, 41] } },
      "library.keyPositions: the key is authored at position 4 in 41 of 100",
    ],
    [
      "more than a third of select-all questions with their keys first",
      { multipleChoice: { ...libraryFigures({}).multipleChoice, keyedFirst: 11 } },
      "library.multipleChoice: the keyed options are authored first in 11 of 30 select-all questions (36.7%); at most a third allowed",
    ],
    [
      "more than 20% of ordering, matching and categorize questions written solved",
      { solvedOrder: { questions: 20, solved: 5 } },
      "library.solvedOrder: 5 of 20 ordering, matching and categorize questions are authored in solved order (25.0%); at most 20% allowed",
    ],
  ];

  it.each(cases)("reports %s", (_rule, overrides, problem) => {
    const problems = libraryProblems(libraryFigures(overrides));

    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("holds key positions to the limit only from 20 lists, below which even a fair shuffle often crosses 40%", () => {
    expect(libraryProblems(libraryFigures({ keyPositions: { lists: 19, byPosition: [10, 3, 3, 3] } }))).toEqual([]);
    expect(libraryProblems(libraryFigures({ keyPositions: { lists: 20, byPosition: [9, 4, 4, 3] } }))).toEqual([
      "library.keyPositions: the key is authored at position 1 in 9 of 20 single-key lists (45.0%); at most 40% may share one position",
    ]);
  });

  it("uses the limits it documents", () => {
    expect(ITEM_QUALITY_LIMITS).toMatchObject({
      keyPositionShareMax: 0.4,
      keyPositionLibraryMin: 20,
      keyedFirstShareMax: 1 / 3,
      solvedOrderShareMax: 0.2,
    });
  });
});
