import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "alien-enemies-act-in-2025",
  version: "2.0.0",
  title: "The Alien Enemies Act in 2025: A 1798 Law in Court",
  summary: `\
In March 2025 the President invoked the 1798 Alien Enemies Act against members of the Venezuelan \
gang Tren de Aragua. \
Students read the statute and the proclamation, work through the legal questions the invocation \
raised, and compare how courts ruled, as of early 2026.`,
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"The Alien Enemies Act in 2025: A 1798 Law in Court" by the civics-lessons contributors, licensed \
under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "explain-statute",
      text: `\
Explain, using the text of 50 U.S.C. § 21, what must happen before the Alien Enemies Act can be \
used and whom it covers.`,
    },
    {
      id: "describe-invocation",
      text: `\
Describe the steps from the 2025 terrorist designations to Proclamation 10903, including when the \
proclamation was signed, posted and published, and what it claims.`,
    },
    {
      id: "analyze-legal-questions",
      text: `\
Analyze the four legal questions the invocation raised: invasion or predatory incursion, foreign \
nation or government, who decides, and what notice is due.`,
    },
    {
      id: "compare-rulings",
      text: `\
Compare how courts in Texas, Colorado, New York, Pennsylvania and the Fifth Circuit ruled, and \
state what was still unresolved as of early 2026.`,
    },
    {
      id: "attribute-perspectives",
      text: `\
Identify the arguments made by the administration, the challengers and the courts, and attribute \
each to its source.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution and laws give the government powers and set limits on them, and how \
those limits are still argued over.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.3.9-12",
    description: "Analyze how laws and legal decisions affect national security and public order.",
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: "Analyze how people use and challenge laws, including in court, to address public issues.",
  },
] satisfies Lesson["standards"];
