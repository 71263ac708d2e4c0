import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "three-branches-and-checks",
  version: "2.0.0",
  title: "Three Branches and Their Checks",
  summary: `\
How Articles I, II and III divide the national government's power among Congress, the President \
and the courts, why Montesquieu and Madison thought power must be divided, and how each branch can \
check the others.`,
  topic: "separation-of-powers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Three Branches and Their Checks" by the civics-lessons contributors, licensed under CC BY 4.0 \
(https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "identify-branch-powers",
      text: `\
Identify the main powers that Articles I, II and III give to Congress, the President and the \
federal courts.`,
    },
    {
      id: "explain-federalist-theory",
      text: `\
Explain the arguments Montesquieu and Madison (Federalist Nos. \
47 and 51) made for dividing power and letting each branch resist the others.`,
    },
    {
      id: "analyze-checks",
      text: `\
Analyze how the veto and override, the power of the purse, appointments and confirmation, \
impeachment and judicial review let one branch limit another.`,
    },
    {
      id: "compare-separation-views",
      text: `\
Compare the Anti-Federalist demand for strictly separate branches with Madison's defense of partly \
blended powers.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explains how the U.S. \
Constitution sets up a government with powers, duties and limits, and how those powers have been \
debated and changed over time.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.8.9-12",
    description: `\
Evaluates political systems from different times and places, here Montesquieu's theory and the \
Federalist's design, for how well they protect liberty and democratic principles.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.11.9-12",
    description: `\
Evaluates the procedures government uses to make decisions, such as the veto, override, \
confirmation and impeachment, by the purposes they serve.`,
  },
] satisfies Lesson["standards"];
