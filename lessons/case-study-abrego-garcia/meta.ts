import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "case-study-abrego-garcia",
  version: "2.0.0",
  title: "Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”",
  summary: `\
A Salvadoran man protected from removal to El Salvador since 2019 was sent there in March 2025 in \
what the government called an administrative error. This case study follows the court orders that \
followed, the dispute over what the Supreme Court meant by “facilitate,” and his criminal and \
immigration cases as of early 2026.`,
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 50,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”" by the civics-lessons \
contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "protection-2019",
      text: `\
Explain what withholding of removal is, how it differs from asylum, and what the 2019 order \
protected Abrego Garcia from.`,
    },
    {
      id: "sequence-events",
      text: `\
Sequence the main events of the case from the 2019 protection order to the rulings and hearings of \
February 2026.`,
    },
    {
      id: "one-word-readings",
      text: `\
Compare how the government, Abrego Garcia's lawyers and the courts read the Supreme Court's \
instruction to “facilitate” his release.`,
    },
    {
      id: "distinguish-claims",
      text: "Distinguish allegations, court findings and reported but unconfirmed developments in the case.",
    },
    {
      id: "reach-of-judgments",
      text: `\
Evaluate how the case tested the reach of court orders when a person is held by a foreign \
government.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution sets up a government whose branches hold powers and face limits, and \
how those limits are still argued over.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use courts and laws, and challenge government actions, to address public issues.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.14.9-12",
    description: "Analyze the ways people and institutions protect individual rights and pursue the common good.",
  },
  {
    framework: "C3",
    code: "D4.1.9-12",
    description: `\
Build arguments from precise claims and evidence drawn from several sources, noting opposing \
claims and the limits of the evidence.`,
  },
] satisfies Lesson["standards"];
