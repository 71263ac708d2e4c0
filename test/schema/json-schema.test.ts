import Ajv2020 from "ajv/dist/2020.js";
import { lessonJsonSchema, safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../_helpers/builders.js";

// biome-ignore lint/suspicious/noExplicitAny: these tests break content on purpose
type Mutable = Record<string, any>;

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(lessonJsonSchema());

/**
 * Structural breakage both validators must reject. Cross-field rules (unique ids, references that
 * resolve, one keyed choice) have no JSON Schema form; zod alone enforces them, tested elsewhere.
 */
const structural: [string, (l: Mutable) => void][] = [
  [
    "missing title",
    (l) => {
      delete l.title;
    },
  ],
  [
    "unknown key",
    (l) => {
      l.summery = "typo";
    },
  ],
  [
    "unknown question key",
    (l) => {
      l.questions[0].promt = "x";
    },
  ],
  [
    "unknown question type",
    (l) => {
      l.questions[0].type = "essay";
    },
  ],
  [
    "id not kebab-case",
    (l) => {
      l.id = "Not Kebab";
    },
  ],
  [
    "bad topic",
    (l) => {
      l.topic = "economics";
    },
  ],
  [
    "minutes not integer",
    (l) => {
      l.estimatedMinutes = 1.5;
    },
  ],
  [
    "difficulty 4",
    (l) => {
      l.questions[0].difficulty = 4;
    },
  ],
  [
    "fraction above 1",
    (l) => {
      l.questions[0].choices[2].fraction = 2;
    },
  ],
  [
    "no objectives on a question",
    (l) => {
      l.questions[0].objectiveIds = [];
    },
  ],
  [
    "numeric answer with both shapes",
    (l) => {
      l.questions[4].answer = { value: 1, min: 0, max: 2 };
    },
  ],
  [
    "cloze blank of unknown kind",
    (l) => {
      l.questions[7].blanks[0].kind = "essay";
    },
  ],
  [
    "asOf malformed",
    (l) => {
      l.asOf = "March 2025";
    },
  ],
  [
    "source url not https",
    (l) => {
      l.sources[0].url = "http://example.org";
    },
  ],
];

describe("lessonJsonSchema", () => {
  it("is draft 2020-12 and accepts the valid fixture, as zod does", () => {
    const lesson = makeLesson();

    expect(lessonJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(validate(lesson), JSON.stringify(validate.errors)).toBe(true);
    expect(safeParseLesson(lesson).success).toBe(true);
  });

  it.each(structural)("agrees with zod in rejecting: %s", (_name, mutate) => {
    const lesson = makeLesson() as Mutable;
    mutate(lesson);

    expect(safeParseLesson(lesson).success).toBe(false);
    expect(validate(lesson)).toBe(false);
  });
});
