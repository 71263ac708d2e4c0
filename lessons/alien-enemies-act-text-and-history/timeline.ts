import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1798-07-06",
    event: "The Alien Enemies Act becomes law, covering males 14 and older.",
    sourceIds: ["aea-statute"],
  },
  {
    date: "1812",
    event: "The Act is invoked for the first time, during the War of 1812.",
    sourceIds: ["crs-lsb11269"],
  },
  {
    date: "1917-04-06",
    event: `\
As the U.S. declares war on Germany, Wilson proclaims German males 14 and older alien enemies and \
issues 12 regulations.`,
    sourceIds: ["nara-wwi"],
  },
  {
    date: "1917-11",
    event: "Eight more regulations add a registration requirement for alien enemies.",
    sourceIds: ["nara-wwi", "historyhub-wwi"],
  },
  {
    date: "1918-04-16",
    event: "Congress amends the Act to remove the limit to males.",
    sourceIds: ["aea-statute", "frus-1918"],
  },
  {
    date: "1941-12-07",
    event: `\
Roosevelt issues Proclamation 2525 on Japanese nationals, citing an invasion, one day before \
Congress declares war.`,
    sourceIds: ["proclamation-2525"],
  },
  {
    date: "1941-12-08",
    event: "Proclamations 2526 and 2527 cover German and Italian nationals.",
    sourceIds: ["proclamations-2526-2527"],
  },
  {
    date: "1942-02-19",
    event: "Roosevelt signs Executive Order 9066, a separate authority from the Alien Enemies Act.",
    sourceIds: ["eo-9066"],
  },
  {
    date: "1944-07-01",
    event: "A new law lets U.S. citizens renounce their citizenship while the war lasts.",
    sourceIds: ["discover-nikkei-renunciation"],
  },
  {
    date: "1944-12-18",
    event: "The Supreme Court decides Korematsu v. United States and Ex parte Endo.",
    sourceIds: ["korematsu", "endo"],
  },
  {
    date: "1945-07-14",
    event: "Truman's Proclamation 2655 directs removal of alien enemies deemed dangerous.",
    sourceIds: ["ludecke"],
  },
  {
    date: "1948-06-21",
    event: "Ludecke v. Watkins limits court review of removal orders under the Act, 5–4.",
    sourceIds: ["ludecke"],
  },
  {
    date: "1971-09-25",
    event: "Nixon signs the Non-Detention Act, now 18 U.S.C. § 4001(a).",
    sourceIds: ["non-detention-act"],
  },
  {
    date: "1988-08-10",
    event: "Reagan signs the Civil Liberties Act of 1988.",
    sourceIds: ["civil-liberties-act"],
  },
  {
    date: "1999-02-05",
    event: "The Justice Department's redress office closes after paying 82,219 people.",
    sourceIds: ["doj-redress-1999"],
  },
  {
    date: "2018-06-26",
    event: 'In Trump v. Hawaii, the Court calls Korematsu "gravely wrong."',
    sourceIds: ["trump-v-hawaii"],
  },
  {
    date: "2025-03-14",
    event: "Trump signs Proclamation 10903 invoking the Act against Tren de Aragua.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2026-01-06",
    event: "The Justice Department tells the full Fifth Circuit that Maduro's indictment supports the proclamation.",
    sourceIds: ["doj-letter-jan-2026"],
  },
  {
    date: "2026-01-22",
    event: `\
The full Fifth Circuit hears argument in W.M.M. v. \
Trump; no ruling had been reported as of December 4, 2026.`,
    sourceIds: ["wmm-en-banc-order", "en-banc-argument-report"],
  },
] satisfies Lesson["timeline"];
