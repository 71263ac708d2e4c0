import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "administration",
    label: "The administration",
    argument: `\
The proclamation presents Tren de Aragua as an organized hostile force, thousands strong, that \
works with and takes direction from the Maduro government. \
On that view, its conduct is a "predatory incursion" by a foreign government within the Act's \
plain terms, and the President's findings about a foreign threat should control. \
The press secretary said federal courts generally lack jurisdiction over the President's \
foreign-affairs and Alien Enemies Act powers, and the Justice Department told the full Fifth \
Circuit that courts cannot block an invocation of the Act. \
In January 2026 it added that Maduro's indictment on narco-terrorism charges "reinforces" the \
proclamation's finding that his government and TdA work together.`,
    sourceIds: ["proclamation-10903", "leavitt-statement", "en-banc-argument-report", "doj-letter-jan-2026"],
  },
  {
    id: "challengers",
    label: "The challengers (the detainees and their lawyers)",
    argument: `\
The lawyers for the Venezuelan men argued that the Act is a wartime law and that invoking it in \
peacetime to bypass ordinary deportation procedures goes beyond the President's authority. \
They said the men risked being sent to countries where they could face imprisonment or torture. \
They also argued that anyone designated must get real notice and time to go to court before \
removal, a point the Supreme Court largely accepted in J.G.G. and A.A.R.P. \
Critics of the proclamation's central claim point to the government's own intelligence assessment \
of April 7, 2025, which concluded that the Maduro government was probably not directing TdA's \
operations in the United States.`,
    sourceIds: ["jurist-report", "trump-v-jgg", "aarp-v-trump", "nic-assessment-2025"],
  },
  {
    id: "courts-rejecting",
    label: "Judges who found the invocation unlawful",
    argument: `\
Judges Rodriguez, Sweeney and Hellerstein, and the Fifth Circuit panel majority, concluded that a \
criminal gang's activity, as described, is not an "invasion" or "predatory incursion." \
Judge Sweeney read those words to require military, wartime action. \
The panel majority did not question the President's facts; it held that courts still decide what \
the statute's words mean and whether the proclaimed facts meet them.`,
    sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "wmm-panel"],
  },
  {
    id: "courts-deferring",
    label: "Judges who deferred to the President",
    argument: `\
Judge Haines held that TdA's activity fits a "predatory incursion" and deferred to the President's \
finding that the Maduro government directs it. \
Judge Oldham, dissenting from the Fifth Circuit panel, argued at length for deference to the \
President. \
Even so, Judge Haines required 21 days' notice, showing that deference on the invocation did not \
mean approving the government's notice.`,
    sourceIds: ["asr-v-trump", "wmm-panel"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Should the words "invasion" and "predatory incursion" in a 1798 law be read as people understood \
them then, or applied to newer threats such as transnational gangs? \
What would change under each approach?`,
  `\
When a President makes findings of fact about a foreign threat, how much should courts defer? \
What are the risks of too much deference, and of too little?`,
  `\
Judges who ruled against the government on the invocation still disagreed about notice (7 days or \
21 days). \
What makes notice meaningful for someone facing removal?`,
  `\
Terrorist designations and the Alien Enemies Act come from different laws. \
Should Congress say whether, or how, they connect? \
Who should make that choice?`,
] satisfies Lesson["discussionQuestions"];
