import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "alien-enemies-act-text-and-history",
  version: "2.0.0",
  title: "The Alien Enemies Act: Text and History",
  summary: `\
A close reading of the 1798 Alien Enemies Act and how presidents used it in the War of 1812 and \
both world wars, what the Supreme Court said about it in Ludecke v. \
Watkins, and why it was not the law behind the mass incarceration of Japanese Americans.`,
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"The Alien Enemies Act: Text and History" by the civics-lessons contributors, licensed under CC BY \
4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "read-statute",
      text: `\
Identify the elements of 50 U.S.C. § 21 (the triggering events, the proclamation requirement and \
who is covered) from the statute's own words.`,
    },
    {
      id: "trace-uses",
      text: `\
Trace how the Act was used in the War of 1812, World War I and World War II, and explain what the \
1918 amendment changed.`,
    },
    {
      id: "explain-ludecke",
      text: `\
Explain what Ludecke v. \
Watkins (1948) held about court review of the Act, and compare the majority and dissenting views.`,
    },
    {
      id: "distinguish-eo9066",
      text: `\
Distinguish Alien Enemies Act internment of enemy nationals from the mass incarceration of \
Japanese Americans under Executive Order 9066, and evaluate how courts and Congress later responded.`,
    },
    {
      id: "explain-non-detention",
      text: "Explain what the Non-Detention Act of 1971 provides and whom its text protects.",
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
    code: "D2.Civ.8.9-12",
    description: `\
Evaluate how political and legal systems in different times and places have upheld or fallen short \
of democratic principles.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use and challenge laws, including through the courts, to address public issues.`,
  },
  {
    framework: "C3",
    code: "D2.His.16.9-12",
    description: `\
Build a reasoned argument about the past by combining evidence from several relevant sources and \
interpretations.`,
  },
] satisfies Lesson["standards"];
