import type { Lesson, QuestionOfType } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { articleFor, readsPlural } from "../../scripts/item-quality/rules.js";
import { contentWords, stemWord } from "../../scripts/item-quality/words.js";
import {
  ITEM_QUALITY_LIMITS,
  type ItemQualityFigures,
  itemQualityCli,
  lessonItemQuality,
  libraryItemQuality,
  libraryProblems,
} from "../../scripts/item-quality.js";
import {
  cleanLesson,
  cleanMultipleChoice,
  cleanSingleChoice,
  cleanTrueFalse,
  libraryFigures,
  withQuestion,
} from "./_item-fixtures.js";

type Sc = QuestionOfType<"single-choice">;

/** The clean single-choice question with other option texts (same ids, the second one keyed). */
function singleChoiceWithTexts(id: string, texts: [string, string, string, string], prompt?: string): Sc {
  const q = cleanSingleChoice(id);
  return {
    ...q,
    ...(prompt === undefined ? {} : { prompt }),
    choices: q.choices.map((c, i) => ({ ...c, text: texts[i] ?? c.text })),
  };
}

function lessonWith(mutate: (lesson: Lesson) => void): Lesson {
  const lesson = cleanLesson();
  mutate(lesson);
  return lesson;
}

/** The question that spelled its answer in 0.1.0, as it was authored. */
const montesquieuName: QuestionOfType<"short-text"> = {
  id: "montesquieu-name",
  type: "short-text",
  prompt:
    "Name the writer whose book The Spirit of the Laws (1748) is the source of the separation-of-powers maxim that Madison discussed in Federalist No. 47.",
  difficulty: 1,
  objectiveIds: ["objective-a"],
  sourceIds: ["const-art-1"],
  explanation: "Montesquieu wrote The Spirit of the Laws.",
  answers: [{ text: "Montesquieu" }, { text: "Baron de Montesquieu" }],
};

describe("lessonItemQuality", () => {
  it("finds nothing in a lesson written to the rules", () => {
    expect(lessonItemQuality(cleanLesson()).problems).toEqual([]);
  });

  // Each case breaks one rule of the clean lesson; the lint must name the path and the rule.
  const cases: [rule: string, lesson: Lesson, problem: string][] = [
    [
      "key strictly longest in more than half of a lesson's single-choice questions",
      lessonWith((l) => {
        l.questions[0] = singleChoiceWithTexts("q1", [
          "Chief Justice",
          "The President, who signs",
          "Speaker",
          "Senate leader",
        ]);
        l.questions[1] = singleChoiceWithTexts("q2", [
          "Chief Justice",
          "The President, who signs",
          "Speaker",
          "Senate leader",
        ]);
      }),
      "questions: the key is the strictly longest option in 2 of 2 single-choice questions (at most half allowed): q1, q2",
    ],
    [
      "key strictly shortest in more than half of a lesson's single-choice questions",
      lessonWith((l) => {
        l.questions[0] = singleChoiceWithTexts("q1", [
          "The Chief Justice",
          "President",
          "The Speaker",
          "The Senate leader",
        ]);
        l.questions[1] = singleChoiceWithTexts("q2", [
          "The Chief Justice",
          "President",
          "The Speaker",
          "The Senate leader",
        ]);
      }),
      "questions: the key is the strictly shortest option in 2 of 2 single-choice questions",
    ],
    [
      "options outside the length band",
      withQuestion(
        0,
        singleChoiceWithTexts("q1", [
          "The Chief Justice",
          "The President",
          "The Speaker of the House of Representatives, after a vote of the House",
          "The Senate",
        ]),
      ),
      "questions[0].choices: options run from 10 to 70 characters; keep the longest within 2 × the shortest + 12 (32 here)",
    ],
    [
      "every true-false answer the same",
      withQuestion(4, cleanTrueFalse("q5", false)),
      "questions: all 2 true-false answers are false; make some true",
    ],
    [
      "every select-all question with the same number of keys",
      withQuestion(2, cleanMultipleChoice("q3", 2)),
      "questions: all 2 select-all questions have 2 keyed options; vary the number",
    ],
    [
      "keyed options that are simply the longest",
      withQuestion(3, {
        ...cleanMultipleChoice("q4", 2),
        choices: [
          { id: "m1", text: "Overriding a veto by two-thirds of each house", correct: true },
          { id: "m2", text: "Refusing to appropriate money for a program", correct: true },
          { id: "m3", text: "Granting reprieves" },
          { id: "m4", text: "Deciding cases in court" },
        ],
      }),
      "questions[3].choices: the 2 keyed options are the 2 longest",
    ],
    [
      "every select-all option keyed",
      withQuestion(3, {
        ...cleanMultipleChoice("q4", 2),
        choices: cleanMultipleChoice("q4", 2).choices.map((c) => ({ ...c, correct: true })),
      }),
      "questions[3].choices: every option is keyed",
    ],
    [
      "a question id that spells the answer (montesquieu-name)",
      withQuestion(0, montesquieuName),
      'questions[0].id: question id "montesquieu-name" shares "montesquieu" with the key ("Baron de Montesquieu")',
    ],
    [
      "an objective id that spells the answer",
      lessonWith((l) => {
        l.objectives.push({ id: "explain-withholding", text: "Explain withholding of removal." });
        l.questions[0] = {
          ...montesquieuName,
          id: "q1",
          prompt: "What protection did the judge grant in 2019?",
          objectiveIds: ["explain-withholding"],
          answers: [{ text: "withholding of removal" }],
        };
      }),
      'questions[0].objectiveIds[0]: objective id "explain-withholding" shares "withholding" with the key',
    ],
    [
      "a tag that spells the answer",
      withQuestion(0, { ...cleanSingleChoice("q1"), tags: ["president"] }),
      'questions[0].tags[0]: tag "president" shares "president" with the key ("The President of the United States")',
    ],
    [
      "an option id that names the key beyond its own text",
      withQuestion(0, {
        ...cleanSingleChoice("q1"),
        choices: cleanSingleChoice("q1").choices.map((c) =>
          c.id === "senate-leader" ? { ...c, id: "not-president" } : c,
        ),
      }),
      'questions[0].choices[3].id: option id "not-president" shares "president"',
    ],
    [
      "a premise id that names its response",
      withQuestion(0, {
        ...base(),
        id: "q1",
        type: "matching",
        prompt: "Match each article to the branch it sets up.",
        premises: [
          { id: "p-congress", text: "Article I" },
          { id: "article-iii", text: "Article III" },
        ],
        responses: [
          { id: "the-president", text: "The President" },
          { id: "congress", text: "Congress" },
          { id: "courts", text: "The courts" },
        ],
        pairs: { "p-congress": "congress", "article-iii": "courts" },
      }),
      'questions[0].premises[0].id: option id "p-congress" shares "congress" with the key ("Congress")',
    ],
    [
      "a blank id that spells its answer",
      withQuestion(0, {
        ...base(),
        id: "q1",
        type: "cloze",
        prompt: "Complete the clause.",
        text: "Every Bill shall be presented to the {{president-blank}}.",
        blanks: [{ id: "president-blank", kind: "text", answers: [{ text: "President" }] }],
      }),
      'questions[0].blanks[0].id: blank id "president-blank" shares "president" with the key ("President")',
    ],
    [
      "an excerpt title that spells the answer",
      lessonWith((l) => {
        const source = l.sources.find((s) => s.id === "const-art-1");
        if (source) source.title = "Non-Detention Act (repeal of the Emergency Detention Act)";
        l.questions[0] = {
          ...montesquieuName,
          id: "q1",
          prompt: "What is the common name of the law quoted in the excerpt?",
          excerptSourceId: "const-art-1",
          answers: [{ text: "Non-Detention Act" }],
        };
      }),
      'sources[0].title: excerpt title "Non-Detention Act (repeal of the Emergency Detention Act)" shares "non", "detention", "act"',
    ],
    [
      'a true-false id that says "false"',
      withQuestion(5, cleanTrueFalse("myth-false", false)),
      'questions[5].id: question id "myth-false" shares "false" with the key ("false")',
    ],
    [
      '"all of the above"',
      withQuestion(
        0,
        singleChoiceWithTexts("q1", ["The Chief Justice", "The President", "The Speaker", "All of the above"]),
      ),
      'questions[0].choices[3].text: "All of the above" refers to the other options',
    ],
    [
      '"none of these"',
      withQuestion(
        0,
        singleChoiceWithTexts("q1", ["The Chief Justice", "The President", "The Speaker", "None of these"]),
      ),
      'questions[0].choices[3].text: "None of these" refers to the other options',
    ],
    [
      "a negative stem without emphasis",
      withQuestion(0, { ...cleanSingleChoice("q1"), prompt: "Which of these officials can not veto a bill?" }),
      'questions[0].prompt: the question turns on "not" without emphasis',
    ],
    [
      'an "except" stem without emphasis',
      withQuestion(0, { ...cleanSingleChoice("q1"), prompt: "Each of these officials is elected except" }),
      'questions[0].prompt: the question turns on "except" without emphasis',
    ],
    [
      "a negative true-false statement without emphasis",
      withQuestion(5, { ...cleanTrueFalse("q6", false), prompt: "True or false: Article III does not create courts." }),
      'questions[5].prompt: the question turns on "not" without emphasis',
    ],
    [
      "an article that fits only some options",
      withQuestion(
        0,
        singleChoiceWithTexts(
          "q1",
          ["judge", "elected official", "senator", "clerk"],
          "The person who presides over an impeachment trial of the President is an",
        ),
      ),
      'questions[0].choices: the text before the options ends with "an", which does not fit "judge", "senator", "clerk"',
    ],
    [
      "an article before a cloze blank that fits only some choices",
      withQuestion(0, {
        ...base(),
        id: "q1",
        type: "cloze",
        prompt: "Complete the sentence.",
        text: "The Act applies when there is a {{blank-1}} war.",
        blanks: [
          {
            id: "blank-1",
            kind: "choice",
            choices: [
              { id: "undeclared", text: "undeclared" },
              { id: "declared", text: "declared", correct: true },
              { id: "threatened", text: "threatened" },
            ],
          },
        ],
      }),
      'questions[0].blanks[0].choices: the text before the options ends with "a", which does not fit "undeclared"',
    ],
    [
      "a verb that asks for a plural only some options give",
      withQuestion(
        0,
        singleChoiceWithTexts(
          "q1",
          ["the Senate", "both houses of Congress by two-thirds votes", "the Chief Justice", "the Vice President"],
          "Under Article I, the ones who may override a veto are",
        ),
      ),
      '"are" before the options asks for a plural, which "the Senate", "the Chief Justice", "the Vice President" is not',
    ],
    [
      "a key that alone repeats a word of the stem",
      withQuestion(
        0,
        singleChoiceWithTexts(
          "q1",
          ["The Chief Justice", "The President, who may veto", "The Speaker", "The Senate"],
          "Who can veto a bill passed by Congress?",
        ),
      ),
      'questions[0].choices[1].text: only the key repeats "veto" from the prompt',
    ],
  ];

  it.each(cases)("reports %s", (_rule, lesson, problem) => {
    const { problems } = lessonItemQuality(lesson);

    expect(
      problems.some((p) => p.includes(problem)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("accepts negatives written in capitals or bold", () => {
    for (const prompt of [
      "Which of these officials can NOT veto a bill?",
      "Which of these officials can **not** veto a bill?",
    ]) {
      const lesson = withQuestion(0, { ...cleanSingleChoice("q1"), prompt });

      expect(lessonItemQuality(lesson).problems).toEqual([]);
    }
  });

  it("ignores negatives inside quotations and in why-questions", () => {
    const prompts = [
      'Madison wrote: "If men were angels, no government would be necessary." Which official can veto a bill?',
      "Why is the veto still used when other checks are not?",
    ];
    for (const prompt of prompts) {
      expect(lessonItemQuality(withQuestion(0, { ...cleanSingleChoice("q1"), prompt })).problems).toEqual([]);
    }
  });

  it("does not count an id word the learner sees anyway: in the prompt, or in the option's own text", () => {
    const lesson = withQuestion(0, {
      ...cleanSingleChoice("president-power"),
      prompt: "Which power lets the President block a bill?",
      choices: [
        { id: "veto", text: "The veto", correct: true },
        { id: "pardon", text: "The pardon" },
        { id: "appointment", text: "Appointment" },
        { id: "treaty", text: "A treaty" },
      ],
    });

    expect(lessonItemQuality(lesson).problems.filter((p) => p.includes("shares"))).toEqual([]);
  });

  it("counts the figures a report prints", () => {
    const lesson = lessonWith((l) => {
      l.questions[0] = singleChoiceWithTexts("q1", [
        "Chief Justice",
        "The President, who signs",
        "Speaker",
        "Senate leader",
      ]);
    });

    expect(lessonItemQuality(lesson).figures).toMatchObject({
      singleChoice: { questions: 2, keyLongest: 1, keyShortest: 0, keyLongestByChance: 0.5 },
      trueFalse: { questions: 2, true: 1 },
      multipleChoice: { questions: 2, keyedCounts: { "1": 1, "2": 1 }, keyedLongest: 0 },
      lengthBand: { lists: 4, outside: 0 },
      idLeaks: 0,
      writingFlaws: 0,
    });
  });
});

function base() {
  return {
    difficulty: 1 as const,
    objectiveIds: ["objective-a"],
    sourceIds: ["const-art-1"],
    explanation: "See the reading.",
  };
}

describe("libraryProblems", () => {
  it("accepts figures at the limits: 30% longest keys, 40% and 60% true", () => {
    expect(libraryProblems(libraryFigures({}))).toEqual([]);
    expect(
      libraryProblems(
        libraryFigures({ singleChoice: { questions: 100, keyLongest: 30, keyShortest: 30, keyLongestByChance: 25 } }),
      ),
    ).toEqual([]);
    expect(libraryProblems(libraryFigures({ trueFalse: { questions: 10, true: 4 } }))).toEqual([]);
    expect(libraryProblems(libraryFigures({ trueFalse: { questions: 10, true: 6 } }))).toEqual([]);
  });

  const cases: [rule: string, overrides: Partial<ItemQualityFigures>, problem: string][] = [
    [
      "more than 30% longest keys",
      { singleChoice: { questions: 100, keyLongest: 31, keyShortest: 20, keyLongestByChance: 25 } },
      "library.singleChoice: the key is the strictly longest option in 31 of 100 questions (31.0%); at most 30% allowed",
    ],
    [
      "more than 30% shortest keys",
      { singleChoice: { questions: 100, keyLongest: 20, keyShortest: 31, keyLongestByChance: 25 } },
      "library.singleChoice: the key is the strictly shortest option in 31 of 100 questions",
    ],
    [
      "too few true answers",
      { trueFalse: { questions: 29, true: 4 } },
      "library.trueFalse: 4 of 29 true-false answers are true (13.8%)",
    ],
    ["too many true answers", { trueFalse: { questions: 10, true: 7 } }, "library.trueFalse: 7 of 10"],
    [
      "too few different keyed counts",
      { multipleChoice: { questions: 10, keyedCounts: { "2": 5, "3": 5 }, keyedLongest: 0, keyedFirst: 0 } },
      "library.multipleChoice: select-all questions use only 2 different keyed counts (2, 3); use at least 3",
    ],
    [
      "one keyed count in more than half the questions",
      { multipleChoice: { questions: 10, keyedCounts: { "1": 2, "2": 6, "3": 2 }, keyedLongest: 0, keyedFirst: 0 } },
      "library.multipleChoice: 6 of 10 select-all questions have 2 keyed options (60.0%)",
    ],
  ];

  it.each(cases)("reports %s", (_rule, overrides, problem) => {
    const problems = libraryProblems(libraryFigures(overrides));

    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("uses the limits it documents", () => {
    expect(ITEM_QUALITY_LIMITS.keyLongestShareLibrary).toBe(0.3);
    expect(ITEM_QUALITY_LIMITS.trueShare).toEqual({ min: 0.4, max: 0.6 });
  });
});

describe("libraryItemQuality", () => {
  it("adds up the lessons' figures", () => {
    const library = libraryItemQuality([cleanLesson(), cleanLesson()]);

    expect(library.figures.singleChoice.questions).toBe(4);
    expect(library.figures.multipleChoice.keyedCounts).toEqual({ "1": 2, "2": 2 });
    expect(library.lessons).toHaveLength(2);
  });
});

describe("itemQualityCli", () => {
  const clean = cleanLesson();
  const broken = { ...withQuestion(0, montesquieuName), id: "broken-lesson" };

  it("exits 0 and prints the figures table when nothing is wrong", () => {
    const outcome = itemQualityCli([clean.id], [clean]);

    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(new RegExp(`^${clean.id} +2 `, "m"));
  });

  it("prints one lesson's problems under its id and exits 1", () => {
    const outcome = itemQualityCli(["broken-lesson"], [clean, broken]);

    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('broken-lesson (1 problems):\n  questions[0].id: question id "montesquieu-name"');
    expect(outcome.stdout).not.toContain(clean.id);
    expect(outcome.stdout).not.toContain("Library-wide");
  });

  it("adds the library-wide limits when no lesson is named", () => {
    const outcome = itemQualityCli([], [withQuestion(5, cleanTrueFalse("q6", true))]);

    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain("Library-wide:\n  library.trueFalse: 2 of 2 true-false answers are true");
  });

  it("exits 2 and names the known lessons for an unknown id", () => {
    const outcome = itemQualityCli(["no-such-lesson"], [clean]);

    expect(outcome).toMatchObject({ exitCode: 2, stdout: "" });
    expect(outcome.stderr).toContain(`unknown lesson(s): no-such-lesson\nknown: ${clean.id}`);
  });
});

describe("words", () => {
  it.each([
    ["pardons", "pardon"],
    ["withholding", "withhold"],
    ["assurances", "assurance"],
    ["branches", "branch"],
    ["habeas", "habeas"],
    ["Congress", "congress"],
    ["1798", "1798"],
  ])("stems %s as %s", (word, stem) => {
    expect(stemWord(word.toLowerCase())).toBe(stem);
  });

  it("drops stop words, objective verbs and single letters", () => {
    expect([...contentWords("Explain why the Court ruled in Marbury v. Madison")]).toEqual([
      "court",
      "rul",
      "marbury",
      "madison",
    ]);
  });

  it.each([
    ["judge", "a"],
    ["elected official", "an"],
    ["undeclared", "an"],
    ["union", "a"],
    ["hour", "an"],
    ["FBI agent", "an"],
    ["NDAA", "an"],
    ["CIA", "a"],
    ["8–0", "an"],
  ])("takes the article for %s as %s", (text, article) => {
    expect(articleFor(text)).toBe(article);
  });

  it.each([
    ["two houses", true],
    ["Venezuelan men", true],
    ["the Senate", false],
    ["Congress", false],
    ["habeas", false],
  ])("reads %s as plural: %s", (text, plural) => {
    expect(readsPlural(text)).toBe(plural);
  });
});
