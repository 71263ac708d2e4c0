import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1798-07-06",
    event: "The Alien Enemies Act becomes law, applying to males 14 and older.",
    sourceIds: ["aea-1798-original"],
  },
  {
    date: "1800",
    event: "The Alien Friends Act expires.",
    sourceIds: ["britannica-alien-sedition"],
  },
  {
    date: "1801",
    event: "The Sedition Act expires.",
    sourceIds: ["britannica-alien-sedition"],
  },
  {
    date: "1802",
    event: "Congress repeals the 1798 Naturalization Act.",
    sourceIds: ["britannica-alien-sedition"],
  },
  {
    date: "1918-04-16",
    event: "Congress removes the Alien Enemies Act's limit to males.",
    sourceIds: ["frus-1918"],
  },
  {
    date: "1941-12",
    event: "Proclamations 2525, 2526 and 2527 apply the Act to Japanese, German and Italian nationals.",
    sourceIds: ["nara-enemy-aliens"],
  },
  {
    date: "1942-02-19",
    event: "President Roosevelt signs Executive Order 9066.",
    sourceIds: ["eo-9066"],
  },
  {
    date: "2025-03-14",
    event: "The President signs Proclamation 10903.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-15",
    event: `\
The proclamation is posted; AP reports a planned payment of about $6 million; Judge Boasberg's \
evening hearing takes place while planes are in the air.`,
    sourceIds: ["proclamation-10903", "ap-deportation-plan-2025", "jgg-tro"],
  },
  {
    date: "2025-03-20",
    event: "Proclamation 10903 is published in the Federal Register.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-04-07",
    event: "Trump v. J.G.G.: challenges belong in habeas where detainees are held; notice is required.",
    sourceIds: ["trump-v-jgg"],
  },
  {
    date: "2025-04-16",
    event: "Judge Boasberg finds probable cause of criminal contempt.",
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    date: "2025-05-05",
    event: `\
An April 7 intelligence assessment doubting that Maduro's government directs Tren de Aragua is \
released.`,
    sourceIds: ["nic-assessment-2025"],
  },
  {
    date: "2025-05-16",
    event: "A.A.R.P. v. Trump: about 24 hours' notice is not enough.",
    sourceIds: ["aarp-v-trump"],
  },
  {
    date: "2025-07-18",
    event: "El Salvador sends 252 Venezuelans to Venezuela in a three-country exchange.",
    sourceIds: ["npr-exchange"],
  },
  {
    date: "2025-08-08",
    event: "A divided D.C. Circuit panel vacates the probable-cause finding.",
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    date: "2025-09-09",
    event: "Documents released through litigation show the $4.76 million grant agreement with El Salvador.",
    sourceIds: ["democracy-forward-release-2025"],
  },
  {
    date: "2025-11-14",
    event: "The full D.C. Circuit declines to rehear the contempt appeal.",
    sourceIds: ["dc-cir-en-banc"],
  },
  {
    date: "2025-12-15",
    event: `\
An appeals panel, having paused the contempt hearings, orders briefs due December 29, 2025, and \
January 5, 2026.`,
    sourceIds: ["dc-cir-dec-2025"],
  },
  {
    date: "2026-01-05",
    event: `\
Captured by U.S. \
forces two days earlier, Nicolás Maduro pleads not guilty in New York; the Justice Department then \
cites his indictment to the full Fifth Circuit.`,
    sourceIds: ["reuters-maduro-arraignment-2026", "doj-letter-jan-2026"],
  },
  {
    date: "2026-01-22",
    event: `\
The full Fifth Circuit hears argument on the invocation; no decision had been reported as of \
December 4, 2026.`,
    sourceIds: ["en-banc-argument-report"],
  },
] satisfies Lesson["timeline"];
