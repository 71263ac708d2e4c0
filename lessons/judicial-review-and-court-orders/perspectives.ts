import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "contempt-must-reach-officials",
    label: "Contempt must be able to reach executive officials",
    argument: `\
In April 2025 Judge Boasberg found probable cause that the government had shown "willful \
disregard" of his March 15 order, and he laid out a path toward prosecution that, under Rule 42, \
could end with a court-appointed prosecutor if the Justice Department declined. \
Dissenting from the August 2025 panel ruling, Judge Pillard argued that the spoken instructions \
made clear what compliance required and that mandamus was improper.`,
    sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus", "rule-42"],
  },
  {
    id: "limits-on-contempt-against-executive",
    label: "Criminal contempt against the executive needs clear orders and firm limits",
    argument: `\
The panel majority that vacated the probable-cause finding gave two reasons. \
Judge Katsas wrote that the order's word "removing" was ambiguous (it could mean expelling someone \
from U.S. territory or handing over custody), and an ambiguous order cannot support a criminal \
conviction. \
Judge Rao wrote that once the Supreme Court vacated the order, the district court could no longer \
coerce compliance with it, and that pressing ahead intruded on the President's foreign-affairs \
powers. \
On this view, criminal punishment requires a clear command, and appeals courts can correct a trial \
judge who presses the executive too far.`,
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    id: "impeachment-as-a-check",
    label: "Impeachment as a check on judges",
    argument: `\
The sponsors of H.Res. \
229 charged Judge Boasberg with "high crimes and misdemeanors." \
They introduced it three days after his orders paused removals under the President's Alien Enemies \
Act proclamation. \
On this view, the Constitution gives the House the impeachment power as a check on judges, and \
using it is a legitimate response when a judge is believed to have exceeded judicial authority. \
At a Senate hearing in January 2026, Senator Ted Cruz argued that judges hold office only during \
"good behavior" and may be impeached for serious abuses even when no criminal law is broken. \
House Speaker Mike Johnson said later that month that he supported impeaching Boasberg, calling it \
an extreme measure for extreme times.`,
    sourceIds: [
      "hres-229",
      "democracy-docket-judges-hearing-2026",
      "fox-cruz-impeachment-hearing-2026",
      "fox-johnson-judicial-impeachment-2026",
    ],
  },
  {
    id: "appeal-not-impeachment",
    label: "Disagreement belongs in the appeals process",
    argument: `\
Chief Justice Roberts stated that for more than two centuries it has been settled that impeachment \
is not the right response to disagreement with a judicial decision, and that appellate review \
exists for that purpose. \
Senator Sheldon Whitehouse made the same point at the January 2026 hearing: appeal, he said, is \
the remedy when people think a judge got a decision wrong. \
For context, impeachments of judges have been rare and have usually involved crimes such as \
bribery: 15 in the nation's history, by the count cited at that hearing. \
The only justice ever impeached, Samuel Chase, was acquitted in 1805.`,
    sourceIds: [
      "roberts-statement",
      "democracy-docket-judges-hearing-2026",
      "fox-cruz-impeachment-hearing-2026",
      "loc-samuel-chase",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Hamilton wrote that courts must depend on "the aid of the executive arm." \
Is that dependence a weakness to fix or a safeguard that keeps judges modest? \
Use Little Rock and Worcester in your answer.`,
  `\
Rule 42 asks the executive branch's own lawyers to prosecute contempt first, even when executive \
officials are accused. \
What are the strengths and risks of that design compared with having a court-appointed prosecutor \
from the start?`,
  `\
Where should the line fall between judicial misconduct that justifies impeachment and a ruling \
that people simply disagree with? \
Who should decide?`,
  `\
Does limiting universal injunctions, as Trump v. \
CASA did, make courts a stronger or weaker check on the executive? \
Consider the class-action route the majority pointed to.`,
] satisfies Lesson["discussionQuestions"];
