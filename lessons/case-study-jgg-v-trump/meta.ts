import type { Lesson } from "civics-lessons";
import type { LessonMeta } from "../_types.js";

/** Who the lesson is for, when its facts were checked, and what students should learn. */
export const meta = {
  id: "case-study-jgg-v-trump",
  version: "2.0.0",
  title: "Case Study: J.G.G. v. Trump and the March 2025 Removal Flights",
  summary: `\
On March 15, 2025, a federal judge ordered a halt to removals under the Alien Enemies Act while \
planes carrying Venezuelan men were already in the air. \
This case study follows the orders, the flights, the appeals, the disputed contempt inquiry and \
the 2026 order on returns, and asks what the case shows about courts' dependence on the executive.`,
  topic: "separation-of-powers",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-12-04",
  license: "CC-BY-4.0",
  credit: `\
"Case Study: J.G.G. v. \
Trump and the March 2025 Removal Flights" by the civics-lessons contributors, licensed under CC BY \
4.0 (https://creativecommons.org/licenses/by/4.0/)`,
  objectives: [
    {
      id: "sequence-events",
      text: `\
Sequence the main events of J.G.G. v. \
Trump from the March 14, 2025 proclamation to the last developments reported, in February 2026.`,
    },
    {
      id: "interpret-counts",
      text: `\
Explain what each commonly cited count of the March 2025 removals measures and who reported it.`,
    },
    {
      id: "compare-arguments",
      text: `\
Compare the arguments of the administration, the plaintiffs and the judges about whether the March \
15 order was violated, attributing each to its source.`,
    },
    {
      id: "explain-supreme-court",
      text: `\
Explain what Trump v. \
J.G.G. and A.A.R.P. v. \
Trump decided about habeas corpus, venue and notice.`,
    },
    {
      id: "evaluate-dependence",
      text: `\
Evaluate what the case shows about courts' dependence on the executive branch to carry out their \
orders.`,
    },
  ],
} satisfies LessonMeta;

/** Curriculum standards the lesson addresses. */
export const standards = [
  {
    framework: "C3",
    code: "D2.Civ.4.9-12",
    description: `\
Explain how the Constitution divides and limits power among the branches, and how those limits are \
still contested, here between courts and the executive.`,
  },
  {
    framework: "C3",
    code: "D2.Civ.12.9-12",
    description: `\
Analyze how people use courts and laws, and challenge them, to address a public issue such as \
removals under a wartime statute.`,
  },
  {
    framework: "C3",
    code: "D2.His.16.9-12",
    description: `\
Combine evidence from several sources and interpretations into a reasoned account of a recent, \
disputed series of events.`,
  },
  {
    framework: "C3",
    code: "D4.1.9-12",
    description: `\
Build arguments from claims and evidence drawn from several sources while acknowledging \
counterclaims and gaps in the evidence.`,
  },
] satisfies Lesson["standards"];
