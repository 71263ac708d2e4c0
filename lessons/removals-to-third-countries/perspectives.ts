import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "administration-view",
    label: "The administration: the law allows it, and partners' promises protect people",
    argument: `\
Officials argued that Congress authorized removal to countries other than a person's own, that \
many people removed had final orders and serious convictions and home countries that refused them, \
and that assurances from receiving governments guard against torture. The Justice Department told \
the First Circuit that the February 2026 ruling would disrupt removals and sensitive negotiations, \
and Secretary Rubio said the goal was to keep gang members out of the country.`,
    sourceIds: ["eswatini-arrival-2025", "dvd-stay-motion-2026", "sfrc-report-2026", "dhs-v-dvd"],
  },
  {
    id: "notice-first-view",
    label: "Judge Murphy and the challengers: no protection without notice",
    argument: `\
Judge Murphy ruled that people must learn their destination and have a real chance to object, \
because a torture claim about a country cannot be raised by someone who does not know he is going \
there. Lawyers for men sent to Ghana argued that removal through a third country was a way around \
U.S. protection orders, since the men were then sent on to the countries they had been protected \
from.`,
    sourceIds: ["dvd-merits-2026", "ghana-lawsuit-2025", "ghana-onward-removal-2025", "farra-2242"],
  },
  {
    id: "receiving-and-monitors-view",
    label: "Receiving countries and outside monitors",
    argument: `\
South Sudan said it accepted the eight men as a gesture of goodwill; Rwanda kept the right to \
approve each person; Uganda said it would not take people with criminal records or unaccompanied \
minors. Eleven UN human-rights experts warned that risks must be judged individually and that \
assurances cannot be taken on faith, and Senate Foreign Relations Committee Democrats called the \
payments costly and poorly monitored.`,
    sourceIds: [
      "south-sudan-statement-2025",
      "rwanda-agreement-2025",
      "uganda-agreement-2025",
      "un-experts-july-2025",
      "sfrc-report-2026",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Should a country be allowed to pay another country to accept people it removes? What conditions, \
if any, should come with the money?`,
  `\
Who should judge whether a receiving government's promise not to torture is reliable: diplomats, \
immigration officers or judges? Why?`,
  `\
If a person is protected from return to one country, what should happen when a third country plans \
to send him there? Who is responsible?`,
  "How much notice is enough before a person is removed to a country he has never lived in?",
] satisfies Lesson["discussionQuestions"];
