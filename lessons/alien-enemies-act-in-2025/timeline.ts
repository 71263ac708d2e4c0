import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1798-07-06",
    event: "The Alien Enemies Act becomes law.",
    sourceIds: ["aea-statute"],
  },
  {
    date: "1918-04-16",
    event: "Congress amends the Act to remove its limit to males.",
    sourceIds: ["frus-1918"],
  },
  {
    date: "1948-06-21",
    event: `\
The Supreme Court decides Ludecke v. \
Watkins, limiting court review of removal orders under the Act.`,
    sourceIds: ["ludecke"],
  },
  {
    date: "2025-01-20",
    event: `\
The President signs Executive Order 14157 on cartels and terrorist designations, which also tells \
officials to prepare to invoke the Act.`,
    sourceIds: ["eo-14157"],
  },
  {
    date: "2025-02-20",
    event: `\
State Department designations of Tren de Aragua, MS-13 and six Mexican cartels as Foreign \
Terrorist Organizations are published in the Federal Register.`,
    sourceIds: ["fto-designations"],
  },
  {
    date: "2025-03-14",
    event: "The President signs Proclamation 10903.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-03-15",
    event: `\
The proclamation is posted by the White House; the ACLU and Democracy Forward sue; Judge Boasberg \
issues two temporary restraining orders; 261 people are flown to El Salvador over the weekend, 137 \
of them under the Act.`,
    sourceIds: ["proclamation-10903", "jgg-tro", "wapo-figures"],
  },
  {
    date: "2025-03-20",
    event: "Proclamation 10903 is published in the Federal Register.",
    sourceIds: ["proclamation-10903"],
  },
  {
    date: "2025-04-07",
    event: `\
Trump v. \
J.G.G.: the Supreme Court (5–4) sends challenges to habeas courts where detainees are held and \
requires notice before removal.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    date: "2025-04-19",
    event: `\
The Supreme Court orders the government not to remove members of the A.A.R.P. group under the Act \
until further order.`,
    sourceIds: ["aarp-v-trump"],
  },
  {
    date: "2025-04-22",
    event: `\
Judge Sweeney (D. \
Colo.) requires 21 days' notice and writes that the Act's words describe military, wartime action.`,
    sourceIds: ["dbu-v-trump"],
  },
  {
    date: "2025-05-01",
    event: `\
Judge Rodriguez (S.D. \
Tex.) issues the first final judgment holding the invocation unlawful, in J.A.V. v. \
Trump.`,
    sourceIds: ["jav-v-trump"],
  },
  {
    date: "2025-05-06",
    event: `\
Judge Sweeney (D. \
Colo.) and Judge Hellerstein (S.D.N.Y.) both rule that no invasion or predatory incursion has been \
shown.`,
    sourceIds: ["dbu-v-trump", "gff-v-trump"],
  },
  {
    date: "2025-05-13",
    event: "Judge Haines (W.D. Pa.) upholds the invocation but requires 21 days' notice.",
    sourceIds: ["asr-v-trump"],
  },
  {
    date: "2025-05-16",
    event: "A.A.R.P. v. Trump: the Supreme Court (7–2) says about 24 hours' notice is not enough.",
    sourceIds: ["aarp-v-trump"],
  },
  {
    date: "2025-09-02",
    event: `\
A Fifth Circuit panel rules that the facts proclaimed show no invasion or predatory incursion.`,
    sourceIds: ["wmm-panel"],
  },
  {
    date: "2025-09-30",
    event: "The full Fifth Circuit grants rehearing en banc, vacating the panel opinion.",
    sourceIds: ["wmm-en-banc-order"],
  },
  {
    date: "2026-01-03",
    event: "U.S. forces capture Nicolás Maduro in Caracas; he pleads not guilty in New York on January 5.",
    sourceIds: ["reuters-maduro-arraignment-2026"],
  },
  {
    date: "2026-01-06",
    event: `\
The Justice Department tells the full Fifth Circuit that Maduro's indictment supports the \
proclamation's findings.`,
    sourceIds: ["doj-letter-jan-2026"],
  },
  {
    date: "2026-01-22",
    event: `\
All 17 active Fifth Circuit judges hear argument; no decision had been reported as of December 4, \
2026.`,
    sourceIds: ["en-banc-argument-report"],
  },
] satisfies Lesson["timeline"];
