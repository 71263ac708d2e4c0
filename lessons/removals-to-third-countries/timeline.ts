import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "2002-12-05",
    event: "The United States and Canada sign the Safe Third Country Agreement (in force December 29, 2004).",
    sourceIds: ["stca-2002"],
  },
  {
    date: "2005-01-12",
    event: `\
Jama v. ICE: the earlier steps of the destination statute do not require the country's advance \
consent.`,
    sourceIds: ["jama-v-ice"],
  },
  {
    date: "2019-07-26",
    event: "The United States and Guatemala sign an Asylum Cooperative Agreement.",
    sourceIds: ["immpolicy-guatemala-aca-2019"],
  },
  {
    date: "2019-11-19",
    event: "The rule carrying out the Asylum Cooperative Agreements is published.",
    sourceIds: ["aca-rule-2019"],
  },
  {
    date: "2021-02-06",
    event: "The Asylum Cooperative Agreements are suspended.",
    sourceIds: ["state-dept-aca-2021"],
  },
  {
    date: "2025-02-18",
    event: `\
ICE directs officers to review released people, including some with protection orders, for removal \
to third countries.`,
    sourceIds: ["ice-directive-feb-2025"],
  },
  {
    date: "2025-03-30",
    event: `\
DHS issues guidance allowing third-country removals without further steps where assurances were \
received.`,
    sourceIds: ["dvd-merits-2026"],
  },
  {
    date: "2025-04-18",
    event: "Judge Murphy requires notice and a chance to raise a torture claim before third-country removals.",
    sourceIds: ["dvd-injunction-2025"],
  },
  {
    date: "2025-05-21",
    event: "Judge Murphy finds that a flight bound for South Sudan violated his order.",
    sourceIds: ["bloomberg-dvd"],
  },
  {
    date: "2025-06-23",
    event: "The Supreme Court stays the order, 6–3.",
    sourceIds: ["dhs-v-dvd"],
  },
  {
    date: "2025-07-03",
    event: "The Supreme Court says the stay also covers the remedy for the South Sudan flight.",
    sourceIds: ["dhs-v-dvd-clarification-2025"],
  },
  {
    date: "2025-07-05",
    event: "Eight men arrive in South Sudan.",
    sourceIds: ["south-sudan-arrival-2025"],
  },
  {
    date: "2025-07-08",
    event: `\
Eleven UN human-rights experts warn against third-country removals without individual risk \
assessments.`,
    sourceIds: ["un-experts-july-2025"],
  },
  {
    date: "2025-07-15",
    event: "Five men are flown to Eswatini.",
    sourceIds: ["eswatini-arrival-2025"],
  },
  {
    date: "2025-08-05",
    event: "Rwanda says it will accept up to 250 people removed from the United States.",
    sourceIds: ["rwanda-agreement-2025"],
  },
  {
    date: "2025-08-21",
    event: "Uganda announces an agreement to take some people removed from the United States.",
    sourceIds: ["uganda-agreement-2025"],
  },
  {
    date: "2025-09-02",
    event: "DHS Secretary Noem ratifies the 2019 Asylum Cooperative Agreement rule.",
    sourceIds: ["aca-ratification-2025"],
  },
  {
    date: "2025-09-05",
    event: "Fourteen West Africans are flown from the United States to Ghana.",
    sourceIds: ["ghana-lawsuit-2025", "ghana-onward-removal-2025"],
  },
  {
    date: "2025-09-23",
    event: "A lawyer tells a court in Accra that 11 West Africans held in Ghana were sent home that weekend.",
    sourceIds: ["ghana-eleven-sent-home-2025"],
  },
  {
    date: "2026-02-13",
    event: "Senate Foreign Relations Committee Democrats report the cost of third-country removals.",
    sourceIds: ["sfrc-report-2026"],
  },
  {
    date: "2026-02-25",
    event: "Judge Murphy rules the DHS policy unlawful and requires meaningful notice.",
    sourceIds: ["dvd-merits-2026"],
  },
  {
    date: "2026-03-12",
    event: "Eswatini announces that a third group of people removed from the United States has arrived.",
    sourceIds: ["eswatini-third-group-2026"],
  },
  {
    date: "2026-03-16",
    event: "The First Circuit puts the February ruling on hold pending an expedited appeal.",
    sourceIds: ["dvd-first-circuit-stay-2026"],
  },
] satisfies Lesson["timeline"];
