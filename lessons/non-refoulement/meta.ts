import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "non-refoulement",
  version: "2.0.0",
  title: "Non-Refoulement: The Rule Against Sending People Into Danger",
  summary: `\
Students trace the rule against returning people to persecution or torture from the 1951 Refugee \
Convention, the 1967 Protocol and the Convention Against Torture into U.S. statutes, compare \
asylum, withholding of removal and CAT protection, and weigh arguments about diplomatic assurances.`,
  topic: "detainee-transfers",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Non-Refoulement: The Rule Against Sending People Into Danger" by the civics-lessons contributors, \
licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "identify-sources",
      text: `\
Identify the treaties and U.S. statutes that carry the non-refoulement principle into U.S. law and \
what each one requires.`,
    },
    {
      id: "compare-protections",
      text: `\
Compare asylum, withholding of removal and Convention Against Torture protection by what must be \
shown, how likely harm must be, and what the person receives.`,
    },
    {
      id: "apply-to-cases",
      text: "Apply the rules to scenarios and to real cases such as Sale, Khouzam and Abrego Garcia.",
    },
    {
      id: "assess-reliance-debate",
      text: `\
Evaluate the arguments for and against relying on diplomatic assurances, and about how much courts \
should review them.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.3.9-12",
    description: `\
Analyze how constitutions, laws, treaties and international agreements shape national and \
international order, here the treaties behind non-refoulement.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution divides and limits power, including the roles of courts and the \
political branches in detainee transfers.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use and challenge laws, for example by seeking protection in immigration court \
or suing over removals.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.13.9-12",
    description: `\
Evaluate public policies, such as reliance on diplomatic assurances, by their intended and \
unintended outcomes.`,
  },
] satisfies Lesson["standards"];
