import {
  LessonValidationError,
  parseLesson,
  parseQuestion,
  safeParseLesson,
  safeParseQuestion,
} from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../_helpers/builders.js";

// biome-ignore lint/suspicious/noExplicitAny: these tests break content on purpose
type Mutable = Record<string, any>;

/** Each case breaks the valid fixture in one way and names the path and words the error must have. */
const malformed: [name: string, mutate: (l: Mutable) => void, path: string, words: string][] = [
  [
    "id not kebab-case",
    (l) => {
      l.id = "Three Branches";
    },
    "id",
    "kebab-case",
  ],
  [
    "version not semver",
    (l) => {
      l.version = "v1";
    },
    "version",
    "semantic version",
  ],
  [
    "title missing",
    (l) => {
      delete l.title;
    },
    "title",
    "required",
  ],
  [
    "title blank",
    (l) => {
      l.title = "   ";
    },
    "title",
    "must not be empty",
  ],
  [
    "unknown topic",
    (l) => {
      l.topic = "economics";
    },
    "topic",
    "invalid option",
  ],
  [
    "no grade bands",
    (l) => {
      l.gradeBands = [];
    },
    "gradeBands",
    "at least one grade band",
  ],
  [
    "bad grade band",
    (l) => {
      l.gradeBands = ["9-11"];
    },
    "gradeBands[0]",
    "invalid option",
  ],
  [
    "minutes not whole",
    (l) => {
      l.estimatedMinutes = 12.5;
    },
    "estimatedMinutes",
    "whole number",
  ],
  [
    "bad locale",
    (l) => {
      l.locale = "english";
    },
    "locale",
    "BCP 47",
  ],
  [
    "asOf not a date",
    (l) => {
      l.asOf = "2026-02-30";
    },
    "asOf",
    "real calendar date",
  ],
  [
    "unknown top-level key",
    (l) => {
      l.summery = "typo";
    },
    "",
    'unknown key "summery"',
  ],
  [
    "unknown question key",
    (l) => {
      l.questions[1].promt = "typo";
    },
    "questions[1]",
    'unknown key "promt"',
  ],
  [
    "unknown question type",
    (l) => {
      l.questions[2].type = "essay";
    },
    "questions[2].type",
    "must be one of",
  ],
  [
    "two correct single choices",
    (l) => {
      l.questions[0].choices[1].correct = true;
    },
    "questions[0].choices",
    "exactly one choice must be correct",
  ],
  [
    "no correct single choice",
    (l) => {
      l.questions[0].choices[0].correct = false;
    },
    "questions[0].choices",
    "exactly one choice must be correct",
  ],
  [
    "no correct multiple choice",
    (l) => {
      for (const c of l.questions[1].choices) c.correct = false;
    },
    "questions[1].choices",
    "at least one choice must be correct",
  ],
  [
    "duplicate choice id",
    (l) => {
      l.questions[0].choices[2].id = "president";
    },
    "questions[0].choices[2]",
    'duplicate choice id "president"',
  ],
  [
    "fraction above 1",
    (l) => {
      l.questions[0].choices[2].fraction = 1.5;
    },
    "questions[0].choices[2].fraction",
    "at most 1",
  ],
  [
    "fractions mode without fractions",
    (l) => {
      l.questions[1].scoring = "fractions";
    },
    "questions[1].choices[0].fraction",
    "every choice needs a fraction",
  ],
  [
    "negative tolerance",
    (l) => {
      l.questions[4].answer.tolerance = -0.1;
    },
    "questions[4].answer.tolerance",
    "must not be negative",
  ],
  [
    "range min above max",
    (l) => {
      l.questions[4].nearMisses[0].answer = { min: 2, max: 1 };
    },
    "questions[4].nearMisses[0].answer.min",
    "min must not be greater than max",
  ],
  [
    "ordering key not a permutation",
    (l) => {
      l.questions[5].correctOrder = ["signed", "signed", "marbury"];
    },
    "questions[5].correctOrder",
    "every item id exactly once",
  ],
  [
    "ordering key names unknown item",
    (l) => {
      l.questions[5].correctOrder = ["signed", "congress", "nixon"];
    },
    "questions[5].correctOrder",
    "every item id exactly once",
  ],
  [
    "matching pair to unknown response",
    (l) => {
      l.questions[6].pairs["art-1"] = "monarchy";
    },
    'questions[6].pairs["art-1"]',
    'unknown response "monarchy"',
  ],
  [
    "matching premise without pair",
    (l) => {
      delete l.questions[6].pairs["art-3"];
    },
    "questions[6].premises[1]",
    "no matching response",
  ],
  [
    "cloze marker without blank",
    (l) => {
      l.questions[7].text += " {{extra}}";
    },
    "questions[7].text",
    "marker {{extra}} has no blank",
  ],
  [
    "cloze blank without marker",
    (l) => {
      l.questions[7].text = "Presented to the {{officer}}.";
    },
    "questions[7].blanks[0]",
    'blank "house" has no {{house}} marker',
  ],
  [
    "categorize unknown category",
    (l) => {
      l.questions[8].items[0].categoryId = "states";
    },
    "questions[8].items[0].categoryId",
    'unknown category "states"',
  ],
  [
    "duplicate question id",
    (l) => {
      l.questions[1].id = "who-vetoes";
    },
    "questions[1]",
    'duplicate question id "who-vetoes"',
  ],
  [
    "question cites unknown source",
    (l) => {
      l.questions[0].sourceIds = ["federalist-99"];
    },
    "questions[0].sourceIds[0]",
    'unknown source "federalist-99"',
  ],
  [
    "question names unknown objective",
    (l) => {
      l.questions[0].objectiveIds = ["memorize"];
    },
    "questions[0].objectiveIds[0]",
    'unknown objective "memorize"',
  ],
  [
    "question without objectives",
    (l) => {
      l.questions[0].objectiveIds = [];
    },
    "questions[0].objectiveIds",
    "at least one objective",
  ],
  [
    "question without sources",
    (l) => {
      l.questions[0].sourceIds = [];
    },
    "questions[0].sourceIds",
    "at least one source",
  ],
  [
    "section without sources",
    (l) => {
      l.sections[0].sourceIds = [];
    },
    "sections[0].sourceIds",
    "at least one source",
  ],
  [
    "timeline out of order",
    (l) => {
      l.timeline.reverse();
    },
    "timeline[1].date",
    "date order",
  ],
  [
    "timeline date malformed",
    (l) => {
      l.timeline[0].date = "17 Sept 1787";
    },
    "timeline[0].date",
    "YYYY",
  ],
  [
    "source http url",
    (l) => {
      l.sources[0].url = "http://constitution.congress.gov/";
    },
    "sources[0].url",
    "https://",
  ],
  [
    "source unknown kind",
    (l) => {
      l.sources[2].kind = "blog";
    },
    "sources[2].kind",
    "invalid option",
  ],
  [
    "excerpt not marked public domain",
    (l) => {
      l.sources[0].publicDomain = false;
    },
    "sources[0].excerpt",
    "public-domain",
  ],
  [
    "choice id that gives the key away",
    (l) => {
      l.questions[0].choices[0].id = "president-correct";
    },
    "questions[0].choices[0].id",
    "option ids are shown to learners",
  ],
  [
    "ordering item id that gives the key away",
    (l) => {
      l.questions[5].items[0].id = "answer-1";
      l.questions[5].correctOrder[0] = "answer-1";
    },
    "questions[5].items[0].id",
    "option ids are shown to learners",
  ],
  [
    "ordering item ids that sort into the key",
    (l) => {
      l.questions[5].items = [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ];
      l.questions[5].correctOrder = ["a", "b", "c"];
    },
    "questions[5].items",
    "sort into the correct order",
  ],
  [
    "cloze blank id that spells its answer",
    (l) => {
      l.questions[7].text = l.questions[7].text.replace("{{house}}", "{{house-of-representatives}}");
      l.questions[7].blanks[0].id = "house-of-representatives";
    },
    "questions[7].blanks[0].id",
    "gives away the answer",
  ],
  [
    "excerptSourceId without excerpt",
    (l) => {
      l.questions[7].excerptSourceId = "marbury";
    },
    "questions[7].excerptSourceId",
    "must name a source that has an excerpt",
  ],
  [
    "duplicate source id",
    (l) => {
      l.sources[1].id = "const-art-1";
    },
    "sources[1]",
    'duplicate source id "const-art-1"',
  ],
  [
    "difficulty out of range",
    (l) => {
      l.questions[0].difficulty = 4;
    },
    "questions[0].difficulty",
    "",
  ],
  [
    "no explanation",
    (l) => {
      delete l.questions[3].explanation;
    },
    "questions[3].explanation",
    "required",
  ],
  [
    "typo tolerance too high",
    (l) => {
      l.questions[3].matching.typoTolerance = 0.9;
    },
    "questions[3].matching.typoTolerance",
    "at most 0.5",
  ],
  [
    "points negative",
    (l) => {
      l.questions[0].points = -1;
    },
    "questions[0].points",
    "positive",
  ],
];

describe("parseLesson", () => {
  it("accepts the complete fixture and fills defaults", () => {
    const lesson = parseLesson(makeLesson());

    expect(lesson.questions[0]?.points).toBe(1);
    expect(lesson.questions[0]?.tags).toEqual([]);
  });

  it.each(malformed)("rejects a lesson with %s", (_name, mutate, path, words) => {
    const lesson = makeLesson() as Mutable;
    mutate(lesson);

    const result = safeParseLesson(lesson);

    expect(result.success).toBe(false);
    if (result.success) return;
    const hit = result.issues.find((issue) => issue.path === path && issue.message.includes(words));
    expect(hit, `wanted "${path}: …${words}…" in\n${result.error.message}`).toBeDefined();
    expect(result.error.message).toContain(`${path || "(root)"}: `);
  });

  it("has at least 30 distinct malformed cases", () => {
    expect(new Set(malformed.map(([name]) => name)).size).toBeGreaterThanOrEqual(30);
  });

  it("throws LessonValidationError listing every problem on its own line", () => {
    const lesson = makeLesson() as Mutable;
    lesson.version = "one";
    lesson.questions[0].choices[1].correct = true;
    lesson.sources[0].url = "ftp://x";

    const error = (() => {
      try {
        parseLesson(lesson);
      } catch (e) {
        return e;
      }
    })() as LessonValidationError;

    expect(error).toBeInstanceOf(LessonValidationError);
    expect(error.code).toBe("invalid_content");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["questions[0].choices", "sources[0].url", "version"]);
    expect(error.message.split("\n").slice(1)).toHaveLength(3);
  });

  it("rejects values that are not objects with a root-level message", () => {
    const result = safeParseLesson("a lesson");

    expect(result.success).toBe(false);
    expect(result.success ? "" : result.error.message).toContain("(root): ");
  });
});

describe("parseQuestion", () => {
  it("parses one question without a lesson", () => {
    const question = parseQuestion(makeLesson().questions[2]);

    expect(question.type).toBe("true-false");
  });

  it("reports question-level rules", () => {
    const question = makeLesson().questions[0] as Mutable;
    question.choices[0].correct = false;

    const result = safeParseQuestion(question);

    expect(result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "choices: exactly one choice must be correct (found 0)",
    ]);
  });
});
