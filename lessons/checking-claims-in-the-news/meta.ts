import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "checking-claims-in-the-news",
  version: "2.0.0",
  title: "Checking Claims in the News: The 2025 Alien Enemies Act Deportations",
  summary: `\
Students take claims that circulated in 2025 news coverage of the Alien Enemies Act deportations \
and check them against statutes, proclamations, court rulings and filings. \
They label each claim accurate, inaccurate or disputed, name the source that settles it, and \
practice lateral reading and checking what a number measures.`,
  topic: "wartime-statutes",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Checking Claims in the News: The 2025 Alien Enemies Act Deportations" by the civics-lessons \
contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "classify-claims",
      text: `\
Classify claims about the 2025 Alien Enemies Act deportations as accurate, inaccurate or disputed, \
and justify each label with evidence.`,
    },
    {
      id: "identify-settling-source",
      text: `\
Identify the primary source that would settle a factual claim, such as a statute, a proclamation, \
a court opinion or a court filing.`,
    },
    {
      id: "apply-checking-method",
      text: `\
Apply lateral reading, going upstream to the original source, and checking what a number or date \
measures.`,
    },
    {
      id: "explain-disputes",
      text: `\
Explain why a claim that courts or parties still dispute should be reported as disputed, and \
describe each side's position.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D3.1.9-12",
    description: `\
Gather information from many sources and use each source's origin, authority and context to decide \
how to use it.`,
  },
  {
    framework: "C3",
    code: "D3.2.9-12",
    description: `\
Judge how credible a source is, including by checking how others who know the subject regard it.`,
  },
  {
    framework: "C3",
    code: "D2.His.10.9-12",
    description: `\
Spot the limits of different kinds of historical evidence and of differing secondary accounts.`,
  },
  {
    framework: "C3",
    code: "D4.1.9-12",
    description: `\
Build arguments from precise claims and evidence from several sources, while acknowledging \
counterclaims and weak points in the evidence.`,
  },
] satisfies Lesson["standards"];
