import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "2002-12-05",
    event: "The United States and Canada sign the Safe Third Country Agreement (in force December 29, 2004).",
    sourceIds: ["stca-2002"],
  },
  {
    date: "2019-07-26",
    event: `\
The United States and Guatemala sign an Asylum Cooperative Agreement; El Salvador and Honduras \
follow in September 2019.`,
    sourceIds: ["immpolicy-guatemala-aca-2019"],
  },
  {
    date: "2021-02-06",
    event: "The Biden administration suspends the Asylum Cooperative Agreements and begins ending them.",
    sourceIds: ["state-dept-aca-2021"],
  },
  {
    date: "2022-03-27",
    event: `\
El Salvador's Legislative Assembly approves a state of exception after about 62 gang killings in \
one day.`,
    sourceIds: ["ljr-state-of-exception-2022"],
  },
  {
    date: "2023-01-31",
    event: "President Bukele presents CECOT, in Tecoluca, in a national broadcast.",
    sourceIds: ["cecot-anniversary-2024", "reuters-cecot-opening-2023"],
  },
  {
    date: "2025-03-14",
    event: `\
President Trump signs Proclamation 10903 invoking the Alien Enemies Act (published in the Federal \
Register March 20).`,
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-15",
    event: "Flights leave for El Salvador; the AP reports memos describing a payment of about $6 million.",
    sourceIds: ["wapo-figures", "ap-deportation-plan-2025"],
  },
  {
    date: "2025-03-16",
    event: `\
Bukele announces that 238 alleged Tren de Aragua members have arrived and will be held at CECOT \
for one year, renewable.`,
    sourceIds: ["reuters-arrival-2025", "bukele-statement-2025"],
  },
  {
    date: "2025-03-30",
    event: "Seventeen more men are sent to El Salvador, according to Secretary of State Rubio.",
    sourceIds: ["fox-march-30-transfer-2025"],
  },
  {
    date: "2025-04-18",
    event: "Judge Murphy issues a class-wide injunction requiring notice before third-country removals.",
    sourceIds: ["dvd-injunction-2025"],
  },
  {
    date: "2025-05-13",
    event: `\
The UN Human Rights Office says the whereabouts of at least 245 Venezuelans sent to El Salvador \
are unclear.`,
    sourceIds: ["reuters-un-2025"],
  },
  {
    date: "2025-05-21",
    event: "Murphy finds that a flight bound for South Sudan violated his injunction.",
    sourceIds: ["bloomberg-dvd"],
  },
  {
    date: "2025-06-23",
    event: "The Supreme Court stays Murphy's injunction, 6–3.",
    sourceIds: ["dhs-v-dvd"],
  },
  {
    date: "2025-07-03",
    event: "The Supreme Court clarifies, 7–2, that the stay covers the May 21 remedial order.",
    sourceIds: ["dhs-v-dvd-clarification-2025"],
  },
  {
    date: "2025-07-05",
    event: "The eight men held in Djibouti arrive in South Sudan.",
    sourceIds: ["south-sudan-arrival-2025"],
  },
  {
    date: "2025-07-18",
    event: `\
El Salvador sends 252 Venezuelans from CECOT to Caracas; Venezuela frees 10 U.S. citizens and \
lawful permanent residents.`,
    sourceIds: ["npr-exchange"],
  },
  {
    date: "2025-11-12",
    event: 'Human Rights Watch and Cristosal publish "You Have Arrived in Hell."',
    sourceIds: ["hrw-cristosal-2025"],
  },
  {
    date: "2025-12-22",
    event: `\
Judge Boasberg rules that the 137 men were denied due process and that the U.S. kept constructive \
custody.`,
    sourceIds: ["jgg-summary-judgment"],
  },
  {
    date: "2026-02-12",
    event: "Boasberg orders the government to help class members in other countries return for hearings.",
    sourceIds: ["jgg-feb-2026-order"],
  },
  {
    date: "2026-02-25",
    event: `\
Judge Murphy rules the third-country removal policy unlawful; in March the First Circuit puts the \
ruling on hold pending appeal.`,
    sourceIds: ["dvd-merits-2026", "dvd-first-circuit-stay-2026"],
  },
] satisfies Lesson["timeline"];
