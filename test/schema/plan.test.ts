import type { Lesson, LessonPlan } from "civics-lessons";
import { LessonPlanSchema, safeParseLesson } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../_helpers/builders.js";
import plan from "../fixtures/valid-plan.json" with { type: "json" };

// biome-ignore lint/suspicious/noExplicitAny: these tests break content on purpose
type Mutable = Record<string, any>;

/** The valid lesson fixture with the valid plan fixture (a deep copy, safe to break). */
function lessonWithPlan(): Mutable {
  return { ...makeLesson(), plan: structuredClone(plan) as LessonPlan };
}

const messages = (input: unknown): string[] => {
  const result = safeParseLesson(input);
  return result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

/** Each case breaks the plan in one way; the error must name this path and contain these words. */
const malformed: [name: string, mutate: (p: Mutable, l: Mutable) => void, path: string, words: string][] = [
  [
    "minutes that do not add up",
    (p) => {
      p.steps[1].minutes = 6;
    },
    "plan.steps",
    "add up to 21, but the lesson's estimatedMinutes is 20",
  ],
  [
    "a step's minutes not whole",
    (p) => {
      p.steps[0].minutes = 1.5;
    },
    "plan.steps[0].minutes",
    "whole number",
  ],
  [
    "a step's minutes zero",
    (p) => {
      p.steps[0].minutes = 0;
    },
    "plan.steps[0].minutes",
    ">=1",
  ],
  [
    "an unknown phase",
    (p) => {
      p.steps[2].phase = "lecture";
    },
    "plan.steps[2].phase",
    "warm-up",
  ],
  [
    "a missing phase",
    (p) => {
      p.steps[3].phase = "activity";
    },
    "plan.steps",
    "needs a discussion step",
  ],
  [
    "no warm-up first",
    (p) => {
      p.steps.reverse();
    },
    "plan.steps[0].phase",
    "first step must be the warm-up",
  ],
  [
    "an unknown objective in a step",
    (p) => {
      p.steps[0].objectiveIds = ["explain-veto"];
    },
    "plan.steps[0].objectiveIds[0]",
    'unknown objective "explain-veto"',
  ],
  [
    "an objective taught by no step",
    (p) => {
      p.steps[1].objectiveIds = ["identify-checks"];
      p.steps[4].objectiveIds = ["identify-checks"];
    },
    "plan.steps",
    'objective "read-text" is taught by no step',
  ],
  [
    "a step without objectives",
    (p) => {
      p.steps[0].objectiveIds = [];
    },
    "plan.steps[0].objectiveIds",
    "at least one objective",
  ],
  [
    "an unknown objective in the writing task",
    (p) => {
      p.writing.objectiveIds = ["argue"];
    },
    "plan.writing.objectiveIds[0]",
    'unknown objective "argue"',
  ],
  [
    "an unknown objective on the exit ticket",
    (p) => {
      p.exitTicket[0].objectiveIds = ["recall"];
    },
    "plan.exitTicket[0].objectiveIds[0]",
    'unknown objective "recall"',
  ],
  [
    "an unknown material in a step",
    (p) => {
      p.steps[2].materialIds = ["slides"];
    },
    "plan.steps[2].materialIds[0]",
    'unknown material "slides"',
  ],
  [
    "a material no step uses",
    (p) => {
      p.materials.push({ id: "timer", name: "A timer", kind: "other", quantity: "one" });
    },
    "plan.materials[3]",
    'material "timer" is used by no step',
  ],
  [
    "a role card citing a source the lesson lacks",
    (p) => {
      p.activity.roleCards[1].sourceIds = ["federalist-78"];
    },
    "plan.activity.roleCards[1].sourceIds[0]",
    'unknown source "federalist-78"',
  ],
  [
    "a mock hearing with one role card",
    (p) => {
      p.activity.roleCards.pop();
    },
    "plan.activity.roleCards",
    "at least two role cards",
  ],
  [
    "a claim-checking lab without a worksheet",
    (p) => {
      p.activity.format = "claim-checking-lab";
    },
    "plan.activity.worksheet",
    "needs a worksheet",
  ],
  [
    "a rubric row with three levels",
    (p) => {
      delete p.writing.rubric[0].exceeds;
    },
    "plan.writing.rubric[0].exceeds",
    "required",
  ],
  [
    "a rubric with one criterion",
    (p) => {
      p.writing.rubric.pop();
    },
    "plan.writing.rubric",
    "at least two criteria",
  ],
  [
    "a sentence frame without a blank",
    (p) => {
      p.differentiation.sentenceFrames[0] = "Checks matter.";
    },
    "plan.differentiation.sentenceFrames[0]",
    "blank written as ___",
  ],
  [
    "a glossary entry that is not in plain words (too long)",
    (p) => {
      p.differentiation.glossary[0].plain = Array.from({ length: 31 }, () => "word").join(" ");
    },
    "plan.differentiation.glossary[0].plain",
    "at most 30 words",
  ],
  [
    "a glossary of four entries",
    (p) => {
      p.differentiation.glossary.pop();
    },
    "plan.differentiation.glossary",
    "at least five entries",
  ],
  [
    "no extension task",
    (p) => {
      p.differentiation.extensions = [];
    },
    "plan.differentiation.extensions",
    "at least one extension",
  ],
  [
    "four exit ticket prompts",
    (p) => {
      p.exitTicket = [0, 1, 2, 3].map(() => ({ ...p.exitTicket[0] }));
    },
    "plan.exitTicket",
    "at most three",
  ],
  [
    "an exit ticket prompt without what to look for",
    (p) => {
      delete p.exitTicket[0].lookFor;
    },
    "plan.exitTicket[0].lookFor",
    "required",
  ],
  [
    "a misspelt key",
    (p) => {
      p.matrials = p.materials;
    },
    "plan",
    'unknown key "matrials"',
  ],
  [
    "the lesson's minutes changed without the plan",
    (_p, l) => {
      l.estimatedMinutes = 45;
    },
    "plan.steps",
    "add up to 20, but the lesson's estimatedMinutes is 45",
  ],
];

describe("the lesson plan schema", () => {
  it("accepts the valid plan fixture on the valid lesson fixture", () => {
    expect(messages(lessonWithPlan())).toEqual([]);
  });

  it("accepts a lesson without a plan (the plan is optional)", () => {
    const lesson: Lesson = makeLesson();

    expect(safeParseLesson(lesson).success).toBe(true);
  });

  it.each(malformed)("reports %s as path: message", (_name, mutate, path, words) => {
    const lesson = lessonWithPlan();
    mutate(lesson.plan, lesson);

    const found = messages(lesson).filter((m) => m.startsWith(`${path}: `));

    expect(found.join("\n"), messages(lesson).join("\n")).toContain(words);
  });

  it("reports every problem of a plan broken in several ways at once", () => {
    const lesson = lessonWithPlan();
    lesson.plan.steps[0].minutes = 3;
    lesson.plan.steps[5].phase = "discussion";
    lesson.plan.differentiation.sentenceFrames = ["no blank"];

    const paths = messages(lesson).map((m) => m.split(": ")[0]);

    expect(paths).toEqual(
      expect.arrayContaining([
        "plan.steps",
        "plan.steps[5].phase",
        "plan.differentiation.sentenceFrames",
        "plan.differentiation.sentenceFrames[0]",
      ]),
    );
  });

  it("fills in defaults: steps without materials get an empty list", () => {
    const parsed = LessonPlanSchema.parse(plan);

    expect(parsed.steps[0]?.materialIds).toEqual([]);
    expect(parsed.activity.worksheet).toEqual([]);
  });
});
