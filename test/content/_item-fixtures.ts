import type { Lesson, Question, QuestionOfType } from "civics-lessons";
import type { ItemQualityFigures } from "../../scripts/item-quality.js";
import { makeLesson } from "../_helpers/builders.js";

type Sc = QuestionOfType<"single-choice">;
type Mc = QuestionOfType<"multiple-choice">;
type Tf = QuestionOfType<"true-false">;

const base = {
  difficulty: 1 as const,
  objectiveIds: ["objective-a"],
  sourceIds: ["const-art-1"],
  explanation: "Explained in the reading.",
};

/** A single-choice question with neutral ids whose key is neither the longest nor the shortest option. */
export function cleanSingleChoice(id: string): Sc {
  return {
    ...base,
    id,
    type: "single-choice",
    prompt: "Who can veto a bill passed by Congress?",
    choices: [
      { id: "chief-justice", text: "The Chief Justice of the United States" },
      { id: "president", text: "The President of the United States", correct: true },
      { id: "speaker", text: "The Speaker of the House of Representatives" },
      { id: "senate-leader", text: "The Senate majority leader" },
    ],
  };
}

/** A select-all question with `keyed` keyed options that are neither the longest nor written first. */
export function cleanMultipleChoice(id: string, keyed: 1 | 2): Mc {
  return {
    ...base,
    id,
    type: "multiple-choice",
    prompt: "Which of these are checks Congress holds on the President? Select all that apply.",
    scoring: "right-minus-wrong",
    choices: [
      { id: "reprieves", text: "Granting reprieves for federal crimes" },
      { id: "override", text: "Overriding a veto by two-thirds", correct: true },
      { id: "refuse-money", text: "Refusing to appropriate money", correct: keyed === 2 },
      { id: "decide-cases", text: "Deciding cases under federal law" },
    ],
  };
}

/** A true-false statement with the given answer. */
export function cleanTrueFalse(id: string, answer: boolean): Tf {
  return {
    ...base,
    id,
    type: "true-false",
    prompt: answer
      ? "True or false: Article I lists the powers of Congress."
      : "True or false: Article III lists the powers of Congress.",
    answer,
  };
}

/**
 * A lesson whose questions break no item-quality rule: two single-choice questions whose key is in
 * the middle of the length range, two select-all questions with different keyed counts and no key
 * written first, one true and one false statement, and neutral ids everywhere.
 */
export function cleanLesson(): Lesson {
  const lesson = makeLesson();
  lesson.objectives = [{ id: "objective-a", text: "Identify checks each branch holds on the others." }];
  lesson.questions = [
    cleanSingleChoice("q1"),
    cleanSingleChoice("q2"),
    cleanMultipleChoice("q3", 1),
    cleanMultipleChoice("q4", 2),
    cleanTrueFalse("q5", true),
    cleanTrueFalse("q6", false),
  ];
  return lesson;
}

/** The clean lesson with question `index` replaced. */
export function withQuestion(index: number, question: Question): Lesson {
  const lesson = cleanLesson();
  lesson.questions[index] = question;
  return lesson;
}

/** Library-wide figures that sit inside every limit; override one part to test that limit. */
export function libraryFigures(overrides: Partial<ItemQualityFigures>): ItemQualityFigures {
  return {
    singleChoice: { questions: 100, keyLongest: 25, keyShortest: 25, keyLongestByChance: 25 },
    trueFalse: { questions: 10, true: 5 },
    multipleChoice: { questions: 30, keyedCounts: { "1": 10, "2": 10, "3": 10 }, keyedLongest: 0, keyedFirst: 5 },
    keyPositions: { lists: 100, byPosition: [25, 25, 25, 25] },
    solvedOrder: { questions: 20, solved: 0 },
    positionalIds: 0,
    lengthBand: { lists: 0, outside: 0 },
    idLeaks: 0,
    writingFlaws: 0,
    ...overrides,
  };
}
