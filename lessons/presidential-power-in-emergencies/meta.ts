import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "presidential-power-in-emergencies",
  version: "2.0.0",
  title: "Presidential Power in Emergencies",
  summary: `\
How far can a President go alone in a war or crisis? \
Students trace the answer from Lincoln and Ex parte Merryman through Youngstown and Justice \
Jackson's three categories to Hamdi v. \
Rumsfeld, and apply Jackson's framework to new scenarios.`,
  topic: "separation-of-powers",
  gradeBands: ["9-12"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Presidential Power in Emergencies" by the civics-lessons contributors, licensed under CC BY 4.0 \
(https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "explain-youngstown",
      text: `\
Explain what the Supreme Court decided in Youngstown Sheet & Tube Co. v. \
Sawyer (1952) and the reasoning behind it.`,
    },
    {
      id: "apply-jackson",
      text: `\
Apply Justice Jackson's three categories of presidential power to historical and hypothetical \
scenarios.`,
    },
    {
      id: "compare-1860s-cases",
      text: `\
Compare how President Lincoln, Chief Justice Taney and the Court in Ex parte Milligan viewed \
emergency power over habeas corpus and military trials.`,
    },
    {
      id: "evaluate-limits",
      text: `\
Evaluate what Curtiss-Wright, Hamdi v. \
Rumsfeld and Trump v. \
United States say about the reach and the limits of presidential power.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explains how the Constitution gives the President and Congress powers and limits that have been \
tested and debated over time, especially in war and emergency.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.3.9-12",
    description: `\
Analyzes how the Constitution, statutes such as the 1863 Habeas Corpus Act and the 2001 AUMF, and \
court rulings shape how the government keeps order in a crisis.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyzes how individuals such as Merryman, Milligan and Hamdi used the courts to challenge \
government actions taken in emergencies.`,
  },
  {
    framework: "C3",
    code: "D2.His.16.9-12",
    description: `\
Combines evidence from several primary sources (a presidential message, court opinions and \
constitutional text) into a reasoned argument about the past.`,
  },
] satisfies Lesson["standards"];
