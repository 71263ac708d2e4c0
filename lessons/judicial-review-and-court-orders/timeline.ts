import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1788-05-28",
    event: `\
Federalist No. \
78 first appears, in volume 2 of the McLean bound edition; New York's Independent Journal prints \
it on June 14.`,
    sourceIds: ["federalist-78"],
  },
  {
    date: "1803-02-24",
    event: `\
Marbury v. \
Madison: the Court holds part of an act of Congress unconstitutional for the first time.`,
    sourceIds: ["marbury-v-madison"],
  },
  {
    date: "1805-03-01",
    event: "The Senate acquits Justice Samuel Chase, the only Supreme Court justice ever impeached.",
    sourceIds: ["loc-samuel-chase"],
  },
  {
    date: "1832-03-03",
    event: `\
Worcester v. \
Georgia strikes down Georgia's license law for Cherokee territory; Georgia does not comply.`,
    sourceIds: ["worcester"],
  },
  {
    date: "1832-04-07",
    event: 'Jackson writes to John Coffee that the decision "has fell still born."',
    sourceIds: ["jackson-coffee-letter", "chronicles-oklahoma"],
  },
  {
    date: "1864",
    event: `\
Horace Greeley's The American Conflict prints the second-hand "let him enforce it" line, the \
earliest known source.`,
    sourceIds: ["chronicles-oklahoma"],
  },
  {
    date: "1925-03-02",
    event: "Ex parte Grossman: the pardon power covers criminal contempt.",
    sourceIds: ["ex-parte-grossman"],
  },
  {
    date: "1957-09-24",
    event: `\
Executive Order 10730 federalizes the Arkansas Guard and sends the 101st Airborne to enforce the \
Little Rock desegregation order (after Proclamation 3204 of September 23).`,
    sourceIds: ["eo-10730"],
  },
  {
    date: "1958-09-29",
    event: `\
Cooper v. \
Aaron: the full opinion, signed by all nine justices, follows a September 12 order.`,
    sourceIds: ["cooper-v-aaron"],
  },
  {
    date: "1974-07-24",
    event: `\
United States v. \
Nixon: executive privilege must yield to a specific need for evidence in a criminal trial.`,
    sourceIds: ["us-v-nixon"],
  },
  {
    date: "1987-05-26",
    event: `\
Young v. \
United States ex rel. \
Vuitton: courts may appoint disinterested private prosecutors for criminal contempt.`,
    sourceIds: ["young-v-vuitton"],
  },
  {
    date: "2002-12-01",
    event: "The current wording of Criminal Rule 42 takes effect.",
    sourceIds: ["rule-42"],
  },
  {
    date: "2025-03-15",
    event: `\
Chief Judge Boasberg issues temporary restraining orders pausing removals under the Alien Enemies \
Act proclamation.`,
    sourceIds: ["jgg-tro"],
  },
  {
    date: "2025-03-18",
    event: `\
President Trump calls for Boasberg's impeachment; H.Res. \
229 is introduced; Chief Justice Roberts issues his statement.`,
    sourceIds: ["hres-229", "roberts-statement"],
  },
  {
    date: "2025-04-16",
    event: "Boasberg finds probable cause of criminal contempt.",
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    date: "2025-06-27",
    event: "Trump v. CASA limits universal injunctions.",
    sourceIds: ["trump-v-casa"],
  },
  {
    date: "2025-08-08",
    event: "A divided D.C. Circuit panel vacates the probable-cause finding by mandamus.",
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    date: "2025-11-14",
    event: "The full D.C. Circuit denies rehearing en banc.",
    sourceIds: ["dc-cir-en-banc"],
  },
  {
    date: "2025-12-05",
    event:
      "The Supreme Court agrees to review Trump v. Barbara, on whether the birthright-citizenship order is lawful.",
    sourceIds: ["volokh-barbara-cert-2025"],
  },
  {
    date: "2025-12-12",
    event: "A D.C. Circuit panel pauses Boasberg's planned contempt hearings and later orders briefing.",
    sourceIds: ["dc-cir-dec-2025"],
  },
  {
    date: "2026-01-07",
    event: "A Senate Judiciary subcommittee holds a hearing on impeaching federal judges.",
    sourceIds: ["fox-cruz-impeachment-hearing-2026", "democracy-docket-judges-hearing-2026"],
  },
  {
    date: "2026-01-21",
    event: `\
House Speaker Mike Johnson says he supports impeaching Judge Boasberg; no House vote had been \
reported as of the last reports found.`,
    sourceIds: ["fox-johnson-judicial-impeachment-2026"],
  },
  {
    date: "2026-06-30",
    event: "Trump v. Barbara: the Supreme Court rules against the birthright-citizenship order.",
    sourceIds: ["scotusblog-barbara-ruling-2026"],
  },
] satisfies Lesson["timeline"];
