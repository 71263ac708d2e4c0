import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "war-powers-and-emergency-statutes",
  version: "2.0.0",
  title: "War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts",
  summary: `\
Students compare the Constitution's war powers with six statutes (the War Powers Resolution, the \
2001 AUMF, the Insurrection Act, the National Emergencies Act, IEEPA and the repealed Emergency \
Detention Act) by asking who triggers each, what limits it and what courts have reviewed.`,
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts" by the civics-lessons \
contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "explain-branch-roles",
      text: `\
Explain how Article I, section 8 and Article II, section 2 divide war powers between Congress and \
the President.`,
    },
    {
      id: "compare-statute-triggers",
      text: `\
Compare who triggers each war-powers or emergency statute, what limits it, and what courts have \
reviewed.`,
    },
    {
      id: "apply-statute-text",
      text: `\
Apply the text of the War Powers Resolution, the AUMF, IEEPA and 18 U.S.C. § 4001(a) to short \
scenarios.`,
    },
    {
      id: "evaluate-checks",
      text: `\
Evaluate arguments made by Congress, Presidents and courts about how far emergency powers should \
reach.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution creates a government with divided powers and limits, and how those \
arrangements have changed over time.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.5.9-12",
    description: `\
Evaluate how well citizens and institutions, including Congress, the President and courts, address \
national problems.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use and challenge laws to address public issues, such as lawsuits over war \
powers and emergency declarations.`,
  },
  {
    framework: "C3",
    code: "D2.His.1.9-12",
    description: `\
Evaluate how historical events and developments were shaped by unique circumstances of time and \
place as well as broader historical contexts.`,
  },
] satisfies Lesson["standards"];
