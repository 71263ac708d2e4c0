import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1787-09-17",
    event: "The Constitution is signed, including the Suspension Clause protecting habeas corpus.",
    sourceIds: ["us-constitution"],
  },
  {
    date: "2004-06-28",
    event: "Rasul v. Bush (6–3): the federal habeas statute reaches foreign nationals held at Guantánamo.",
    sourceIds: ["rasul-v-bush"],
  },
  {
    date: "2006",
    event: `\
Section 7 of the Military Commissions Act of 2006 removes court jurisdiction over the detainees' \
habeas petitions.`,
    sourceIds: ["boumediene-v-bush"],
  },
  {
    date: "2008-06-12",
    event: `\
Boumediene v. Bush (5–4) holds that Guantánamo detainees have the constitutional privilege of \
habeas; the same day, Munaf v. Geren (unanimous) holds that habeas cannot block the transfer of \
U.S. citizens to Iraqi custody for prosecution.`,
    sourceIds: ["boumediene-v-bush", "munaf-v-geren"],
  },
  {
    date: "2009-02-18",
    event: `\
Kiyemba I: the D.C. Circuit holds that courts cannot order Guantánamo detainees released into the \
United States.`,
    sourceIds: ["kiyemba-i"],
  },
  {
    date: "2009-04-07",
    event: `\
Kiyemba II: the D.C. Circuit reverses orders requiring 30 days' notice before transfers of Uighur \
detainees.`,
    sourceIds: ["kiyemba-ii"],
  },
  {
    date: "2011-01-07",
    event: `\
The FY2011 NDAA bars using its funds to move Guantánamo detainees into the U.S. and requires \
certification 30 days before transfers abroad.`,
    sourceIds: ["ndaa-fy2011"],
  },
  {
    date: "2020-06-25",
    event: `\
DHS v. Thuraissigiam (7–2): limits on court review of expedited removal do not violate the \
Suspension Clause.`,
    sourceIds: ["dhs-v-thuraissigiam"],
  },
  {
    date: "2025-03-15",
    event: `\
Flights carry Venezuelan men removed under the Alien Enemies Act, and Kilmar Abrego Garcia, to El \
Salvador.`,
    sourceIds: ["jgg-summary-judgment", "scotusblog-abrego-garcia"],
  },
  {
    date: "2025-04-07",
    event: `\
Trump v. J.G.G. (per curiam, 5–4): Alien Enemies Act challenges go in habeas in the district of \
confinement, after notice that allows time to file.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    date: "2025-04-10",
    event: `\
Noem v. Abrego Garcia: the Supreme Court leaves in place the requirement to facilitate his release \
from Salvadoran custody.`,
    sourceIds: ["noem-v-abrego-garcia"],
  },
  {
    date: "2025-06-04",
    event: `\
Judge Boasberg certifies a class of men sent to CECOT and orders the government to facilitate \
their habeas petitions.`,
    sourceIds: ["jgg-cecot-class-june-2025"],
  },
  {
    date: "2025-07-18",
    event: "El Salvador sends 252 Venezuelans from CECOT to Caracas in an exchange.",
    sourceIds: ["npr-exchange"],
  },
  {
    date: "2025-12-22",
    event: `\
Boasberg rules that the 137 men were denied due process and that the U.S. kept constructive \
custody; he orders a plan for return or hearings.`,
    sourceIds: ["jgg-summary-judgment"],
  },
  {
    date: "2026-01-12",
    event: `\
The government files a declaration by Secretary of State Rubio saying returns or hearings from \
Venezuela would harm U.S. foreign policy.`,
    sourceIds: ["rubio-declaration-jan-2026"],
  },
  {
    date: "2026-02-12",
    event: `\
Boasberg orders the government to help class members in other countries return for hearings; those \
in Venezuela are not covered.`,
    sourceIds: ["jgg-feb-2026-order"],
  },
] satisfies Lesson["timeline"];
