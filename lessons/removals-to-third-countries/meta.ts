import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "removals-to-third-countries",
  version: "1.0.0",
  title: "Removals to Third Countries: The Law, the Agreements and the 2025–2026 Flights",
  summary: `\
Students learn how U.S. law chooses the country a person is removed to, what the rules against \
persecution and torture require when that country is not the person's own, how the D.V.D. case \
moved from emergency orders to a 2026 ruling and appeal, and how the United States arranged \
removals to countries such as South Sudan, Eswatini, Ghana and Rwanda.`,
  topic: "detainee-transfers",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Removals to Third Countries: The Law, the Agreements and the 2025–2026 Flights" by the \
civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "destination-rules",
      text: `\
Explain how U.S. law picks the country a person is removed to, and when a country other than the \
person's own may be used.`,
    },
    {
      id: "protection-limits",
      text: `\
Apply withholding of removal, the Convention Against Torture and FARRA § 2242 to removals to third \
countries, including onward removal to a person's home country.`,
    },
    {
      id: "litigation-steps",
      text: `\
Trace D.V.D. v. DHS from the 2025 injunction and Supreme Court stays to the 2026 final ruling and \
appeal, and say what each step decided.`,
    },
    {
      id: "partner-deals",
      text: `\
Evaluate the 2025–2026 arrangements with receiving countries using the arguments of the \
government, the courts, the receiving countries and critics.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.3.9-12",
    description: `\
Analyze how laws, treaties and international agreements, such as the Convention Against Torture \
and removal agreements, shape national and international order.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use and challenge laws, for example by suing over removals to countries they \
were never told about.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.13.9-12",
    description: `\
Evaluate public policies, such as paying other countries to accept people removed from the United \
States, by their intended and unintended outcomes.`,
  },
  {
    framework: "C3",
    code: "D3.1.9-12",
    description: `\
Gather information from sources representing a range of views, using each source's origin, \
authority and context to judge how to use it.`,
  },
] satisfies Lesson["standards"];
