import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "us-government",
    label: "The U.S. government",
    argument: `\
The administration's proclamation said Tren de Aragua "is perpetrating, attempting, and \
threatening an invasion or predatory incursion" against the United States, and it presented the \
men it sent to El Salvador as members of that gang. The White House declined to explain how \
individuals were identified, calling the removals a counterterrorism operation whose details it \
would not reveal, while expressing "the highest degree of confidence" in the agents who identified \
them. After the November 2025 report, DHS again described the men as Tren de Aragua and MS-13 \
members. In court, the Justice Department argued that once the men were in El Salvador they were \
in neither the actual nor the constructive custody of the United States, because El Salvador is a \
sovereign country that makes its own detention decisions. On third-country removals generally, the \
government argued that Congress allows them and that many people removed had serious convictions \
and home countries that refused them; it asked the Supreme Court to pause Judge Murphy's notice \
requirements, and the Court did so in June 2025.`,
    sourceIds: [
      "proclamation-10903",
      "abc-declarations-2025",
      "leavitt-confidence-2025",
      "cnn-hrw-responses-2025",
      "ap-un-el-salvador-2025",
      "dhs-v-dvd",
      "south-sudan-arrival-2025",
    ],
  },
  {
    id: "salvadoran-government",
    label: "The Salvadoran government",
    argument: `\
El Salvador's government adopted its state of exception in March 2022 after a day of about 62 \
killings attributed to gangs, and it says CECOT, opened in January 2023, can hold 40,000 inmates. \
President Bukele announced the March 2025 arrivals as Tren de Aragua and MS-13 members, said the \
Venezuelans would be held for "one year (renewable)," and described the U.S. payment as "a very \
low fee for them, but a high one for us." In July 2025 his government sent the Venezuelans to \
Caracas in an exchange that freed 10 U.S. citizens and lawful permanent residents held in \
Venezuela. After the November 2025 report, it said its prisons respect detainees' rights.`,
    sourceIds: [
      "ljr-state-of-exception-2022",
      "reuters-cecot-opening-2023",
      "reuters-arrival-2025",
      "bukele-statement-2025",
      "npr-exchange",
      "cnn-hrw-responses-2025",
    ],
  },
  {
    id: "lawyers-and-families",
    label: "The detainees' lawyers and families",
    argument: `\
In sworn declarations filed in March 2025, lawyers and relatives said many of the men had no ties \
to Tren de Aragua and no criminal records, and some believed the men were singled out for their \
tattoos. The ACLU, representing the men removed under the Alien Enemies Act, asked the court to \
order their return, arguing that the United States still controlled their fate because it was \
paying El Salvador to hold them. Judge Boasberg later agreed that the U.S. kept constructive \
custody and found that the 137 men had virtually no chance to contest their removal; in February \
2026 he ordered help for those abroad, outside Venezuela, to return for hearings.`,
    sourceIds: ["abc-declarations-2025", "ap-custody-hearing-2025", "jgg-summary-judgment", "jgg-feb-2026-order"],
  },
  {
    id: "rights-organizations",
    label: "Human-rights organizations",
    argument: `\
Cristosal reported systematic violations under the state of exception as early as 2022. The UN \
Human Rights Office warned in May 2025 that the unknown whereabouts of the men raised concerns of \
enforced disappearance. Human Rights Watch and Cristosal reported in November 2025, based on \
interviews, that the Venezuelans were beaten, held incommunicado for months and tortured, and that \
only about 3 percent had U.S. convictions for violent or potentially violent crimes. Earlier, \
UNHCR and advocacy groups had objected to the 2019 Asylum Cooperative Agreements on the ground \
that the partner countries could not protect refugees.`,
    sourceIds: ["cristosal-2022", "reuters-un-2025", "hrw-cristosal-2025", "refugees-intl-2019"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
The U.S. government said the men in El Salvador were in Salvadoran custody; a federal judge found \
the U.S. kept constructive custody. What facts about an arrangement should decide who is \
responsible for a prisoner held abroad?`,
  `\
Asylum Cooperative Agreements sent people to seek protection elsewhere; the 2025 grant paid for \
detention. Should the law treat these kinds of third-country transfers differently? Why or why not?`,
  `\
Human-rights organizations based their findings on interviews with former detainees and their \
families. How should a reader weigh such reports alongside government statements, and what other \
evidence would help?`,
  `\
Several numbers (261, 238, 137, 252; $6 million and $4.76 million) describe the same events. Why \
might governments, reporters and advocates each prefer a different number?`,
] satisfies Lesson["discussionQuestions"];
