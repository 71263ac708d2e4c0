import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "alien-and-sedition-acts",
  version: "2.0.0",
  title: "The Alien and Sedition Acts of 1798",
  summary: `\
During the undeclared Quasi-War with France, a Federalist Congress passed four laws on immigrants, \
aliens and speech. \
Three ended by 1802, but the Alien Enemies Act is still law today as 50 U.S.C. §§ 21–24.`,
  topic: "wartime-statutes",
  gradeBands: ["9-12"],
  estimatedMinutes: 50,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"The Alien and Sedition Acts of 1798" by the civics-lessons contributors, licensed under CC BY 4.0 \
(https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "describe-four-acts",
      text: `\
Describe what each of the four 1798 laws did and state how each one ended or whether it is still \
in force.`,
    },
    {
      id: "explain-context",
      text: `\
Explain how the Quasi-War with France and the rivalry between Federalists and \
Democratic-Republicans shaped the laws.`,
    },
    {
      id: "compare-arguments",
      text: `\
Compare the arguments of the laws' Federalist supporters with those of their critics, including \
the Virginia and Kentucky Resolutions and their authors.`,
    },
    {
      id: "explain-aea-survival",
      text: `\
Explain why the Alien Enemies Act alone survives and correct common misstatements about it.`,
    },
    {
      id: "read-primary-text",
      text: `\
Interpret short passages from the Sedition Act, the Alien Enemies Act, the Virginia Resolutions \
and the Constitution.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution grants and limits government powers, and how those limits have been \
tested and argued over through time.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.10.9-12",
    description: `\
Analyze how personal and political interests shape the way people apply constitutional rights and \
democratic principles.`,
  },
  {
    framework: "C3",
    code: "D2.His.1.9-12",
    description: `\
Evaluate how historical events and developments were shaped by unique circumstances of time and \
place as well as broader historical contexts.`,
  },
  {
    framework: "C3",
    code: "D2.His.4.9-12",
    description: `\
Analyze the complex and interacting factors that shaped the perspectives of people in the past.`,
  },
] satisfies Lesson["standards"];
