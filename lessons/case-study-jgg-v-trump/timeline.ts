import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1798-07-06",
    event: "The Alien Enemies Act becomes law.",
    sourceIds: ["aea-statute"],
  },
  {
    date: "2025-03-14",
    event: "President Trump signs Proclamation 10903 invoking the Act against Tren de Aragua.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-15",
    event: `\
Lawyers sue before dawn; the proclamation is made public; Judge Boasberg issues a morning TRO for \
five men and, that evening, a class-wide TRO, telling lawyers orally that planes must return. \
Planes already in the air are not turned back.`,
    sourceIds: ["jgg-tro", "proclamation-10903", "wapo-figures"],
  },
  {
    date: "2025-03-16",
    event: "The men arrive in El Salvador; Bukele reports 238 alleged TdA members.",
    sourceIds: ["reuters-arrival-2025", "wapo-figures"],
  },
  {
    date: "2025-03-17",
    event: "Press secretary Leavitt says the administration did not refuse to comply.",
    sourceIds: ["leavitt-statement"],
  },
  {
    date: "2025-03-20",
    event: "Proclamation 10903 is published in the Federal Register.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-26",
    event: "The D.C. Circuit refuses, 2–1, to pause Boasberg's orders.",
    sourceIds: ["dc-cir-stay-denial"],
  },
  {
    date: "2025-04-07",
    event: `\
Trump v. \
J.G.G.: the Supreme Court vacates the orders, sends habeas claims to the district of confinement, \
and requires notice.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    date: "2025-04-16",
    event: "Boasberg finds probable cause of criminal contempt.",
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    date: "2025-04-18",
    event: "A D.C. Circuit panel administratively stays the probable-cause finding.",
    sourceIds: ["dc-cir-admin-stay"],
  },
  {
    date: "2025-04-19",
    event: `\
The Supreme Court bars removals of a proposed class in A.A.R.P. v. \
Trump until further order.`,
    sourceIds: ["aarp-v-trump"],
  },
  {
    date: "2025-05-16",
    event: "A.A.R.P. v. Trump: about 24 hours' notice is not enough.",
    sourceIds: ["aarp-v-trump"],
  },
  {
    date: "2025-07-18",
    event: "252 Venezuelans held at CECOT are flown to Venezuela in a prisoner exchange.",
    sourceIds: ["npr-exchange"],
  },
  {
    date: "2025-08-08",
    event: "A divided D.C. Circuit panel vacates the probable-cause finding by mandamus.",
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    date: "2025-11-14",
    event: "The full D.C. Circuit denies rehearing en banc; the inquiry may continue.",
    sourceIds: ["dc-cir-en-banc"],
  },
  {
    date: "2025-12-08",
    event: 'Boasberg calls the government\'s declarations "cursory" and orders live testimony.',
    sourceIds: ["jgg-dec-8-order"],
  },
  {
    date: "2025-12-12",
    event: "A D.C. Circuit panel pauses the hearings and later orders briefing.",
    sourceIds: ["dc-cir-dec-2025"],
  },
  {
    date: "2025-12-22",
    event: "Boasberg rules the 137 men were denied due process and orders a plan by January 5, 2026.",
    sourceIds: ["jgg-summary-judgment"],
  },
  {
    date: "2026-01-05",
    event: `\
Final briefs due in the D.C. \
Circuit and the government's plan due in district court; outcomes unknown as of early 2026.`,
    sourceIds: ["dc-cir-dec-2025", "jgg-summary-judgment"],
  },
] satisfies Lesson["timeline"];
