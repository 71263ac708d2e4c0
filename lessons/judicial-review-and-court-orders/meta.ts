import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "judicial-review-and-court-orders",
  version: "2.0.0",
  title: "Judicial Review and the Force of Court Orders",
  summary: `\
Courts can declare laws and official acts unconstitutional, but they command neither money nor \
troops. \
This lesson traces judicial review from Marbury v. \
Madison to 2025 and examines how courts enforce their orders, from contempt to the limits set in \
Trump v. \
CASA.`,
  topic: "separation-of-powers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Judicial Review and the Force of Court Orders" by the civics-lessons contributors, licensed under \
CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "explain-marbury-cooper",
      text: `\
Explain how Marbury v. \
Madison established judicial review and what Cooper v. \
Aaron added about who is bound by the Court's reading of the Constitution.`,
    },
    {
      id: "analyze-enforcement",
      text: `\
Analyze why Federalist No. \
78 calls the judiciary dependent on the executive, using Worcester v. \
Georgia, the 1957 Little Rock crisis and United States v. \
Nixon as evidence.`,
    },
    {
      id: "compare-sanctions",
      text: `\
Compare civil and criminal contempt, including who prosecutes criminal contempt under Rule 42 and \
how the pardon power applies to each.`,
    },
    {
      id: "evaluate-checks-on-judges",
      text: `\
Evaluate the responses available when officials disagree with a judge, including appeal, \
impeachment and limits on remedies such as Trump v. \
CASA.`,
    },
    {
      id: "weigh-historical-evidence",
      text: `\
Distinguish documented history from attributed quotations, such as the line credited to Andrew \
Jackson after Worcester v. \
Georgia.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution sets up a government with powers, duties and limits that have shifted \
over time and are still argued about, here the reach of judicial power.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.5.9-12",
    description: `\
Judge how well institutions such as courts, Congress and the presidency respond when an order is \
resisted.`,
  },
  {
    framework: "C3",
    code: "D2.His.11.9-12",
    description: `\
Weigh how useful a historical source is by who made it, when, where and why, as with the quotation \
attributed to Jackson.`,
  },
  {
    framework: "C3",
    code: "D4.1.9-12",
    description: `\
Build arguments from claims and evidence drawn from several sources while acknowledging \
counterclaims.`,
  },
] satisfies Lesson["standards"];
