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
    date: "2025-03-16",
    event: `\
Press secretary Leavitt says the administration did not refuse to comply (statement released late \
March 16, posted on X March 17).`,
    sourceIds: ["leavitt-statement"],
  },
  {
    date: "2025-03-18",
    event: `\
An ICE official's declaration says two planes left U.S. airspace before 7:25 p.m. and everyone on \
a third plane had ordinary removal orders.`,
    sourceIds: ["cerna-declaration-2025"],
  },
  {
    date: "2025-03-20",
    event: "Proclamation 10903 is published in the Federal Register.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-25",
    event: `\
A Justice Department filing argues that the written order was obeyed and that a spoken directive \
is not an enforceable injunction.`,
    sourceIds: ["doj-filing-mar-25-2025"],
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
    event: `\
A divided D.C. \
Circuit panel pauses the hearings; on December 15 it orders briefing on the legal basis for the \
inquiry.`,
    sourceIds: ["dc-cir-dec-2025"],
  },
  {
    date: "2025-12-22",
    event: "Boasberg rules the 137 men were denied due process and orders a plan by January 5, 2026.",
    sourceIds: ["jgg-summary-judgment"],
  },
  {
    date: "2026-01-03",
    event: `\
U.S. forces capture Venezuela's Nicolás Maduro; days later the Justice Department cites his \
indictment in defense of the proclamation.`,
    sourceIds: ["doj-letter-jan-2026"],
  },
  {
    date: "2026-01-05",
    event: "Final briefs are due in the D.C. Circuit on the contempt inquiry.",
    sourceIds: ["dc-cir-dec-2025"],
  },
  {
    date: "2026-01-12",
    event: `\
The government files Secretary of State Rubio's declaration that returns or remote hearings would \
harm U.S. foreign policy in Venezuela.`,
    sourceIds: ["rubio-declaration-jan-2026"],
  },
  {
    date: "2026-02-12",
    event: `\
Boasberg orders the government to help class members in third countries return for hearings; \
men in Venezuela are not covered for now.`,
    sourceIds: ["jgg-feb-2026-order", "npr-feb-2026-order", "wh-reaction-feb-2026"],
  },
  {
    date: "2026-02-27",
    event: "The plaintiffs' list of men who want to return is due.",
    sourceIds: ["jgg-feb-2026-order"],
  },
  {
    date: "2026-03-13",
    event: `\
The government's filing on how and when it will bring back men who want to return is due. \
No later report of a return, and no D.C. \
Circuit ruling on the contempt inquiry, was found as of December 4, 2026.`,
    sourceIds: ["notus-feb-2026-order", "dc-cir-dec-2025"],
  },
] satisfies Lesson["timeline"];
