import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "third-country-removals-and-cecot",
  version: "2.0.0",
  title: "Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT",
  summary: `\
How the United States paid El Salvador to hold Venezuelan men in its CECOT prison in 2025, what \
governments, lawyers, families and human-rights organizations said about it, and how the Supreme \
Court and earlier agreements frame removals to third countries.`,
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT" by the civics-lessons \
contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "describe-arrangement",
      text: `\
Describe the 2025 U.S.-El Salvador arrangement and CECOT, and explain what each commonly cited \
number (people and dollars) measures.`,
    },
    {
      id: "attribute-claims",
      text: `\
Distinguish the claims and findings of the U.S. and Salvadoran governments, the detainees' lawyers \
and families, and human-rights organizations, attributing each to its source.`,
    },
    {
      id: "explain-dvd",
      text: `\
Explain what the Supreme Court's 2025 orders in DHS v. D.V.D. decided, and did not decide, about \
third-country removals.`,
    },
    {
      id: "compare-agreements",
      text: `\
Compare Asylum Cooperative Agreements and the U.S.-Canada Safe Third Country Agreement with the \
2025 CECOT arrangement.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.3.9-12",
    description: `\
Analyze how laws, treaties and international agreements, such as asylum agreements and the \
Convention Against Torture, shape national and international order.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.10.9-12",
    description: `\
Analyze how people's interests and perspectives affect the way constitutional rights and human \
rights are applied.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.13.9-12",
    description: `\
Evaluate public policies, such as third-country removal arrangements, in terms of intended and \
unintended outcomes.`,
  },
  {
    framework: "C3",
    code: "D3.1.9-12",
    description: `\
Gather information from sources representing a range of views, using each source's origin, \
authority and context to judge how to use it.`,
  },
] satisfies Lesson["standards"];
