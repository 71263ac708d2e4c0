import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "transfers-and-habeas-corpus",
  version: "2.0.0",
  title: "Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad",
  summary: `\
How the Supreme Court extended habeas corpus to Guantánamo, why courts have declined to block \
transfers of detainees to other governments, how Congress limited Guantánamo transfers, and how \
the 2025 removals to El Salvador reopened the question of what a U.S. court can do for someone \
held abroad.`,
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad" by the \
civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "where-the-writ-runs",
      text: `\
Explain how Rasul v. Bush and Boumediene v. Bush extended habeas corpus to foreign nationals held \
at Guantánamo, and distinguish a statutory right from a constitutional one.`,
    },
    {
      id: "handover-cases",
      text: `\
Compare what Munaf v. Geren and the Kiyemba decisions allowed courts to do, and not do, when the \
government transfers a detainee to another government.`,
    },
    {
      id: "lawmaker-conditions",
      text: "Describe how Congress has used defense authorization laws to limit transfers out of Guantánamo.",
    },
    {
      id: "overseas-detention-debate",
      text: `\
Evaluate the competing arguments about whether a U.S. court can act for a person already held \
abroad, attributing each argument to those who made it.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution sets up government powers and limits, such as the Suspension Clause, \
and how their meaning has changed and is still argued over.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.8.9-12",
    description: `\
Evaluate how courts and other institutions put principles such as due process into practice in \
different settings and times.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use and challenge national laws and court procedures, such as habeas petitions, \
to address public issues.`,
  },
  {
    framework: "C3",
    code: "D4.1.9-12",
    description: `\
Construct arguments using precise claims and evidence from multiple sources, while acknowledging \
counterclaims.`,
  },
] satisfies Lesson["standards"];
