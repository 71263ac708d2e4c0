import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "district-court-finding",
    label: "Judge Boasberg: probable cause of willful disregard",
    argument: `\
In his April 16, 2025 opinion, Boasberg found probable cause that the government's conduct on \
March 15 showed willful disregard of his written order, which he read as barring the handover of \
class members to a foreign government; the men were handed to Salvadoran custody hours after it \
issued. \
He set out a path toward prosecution that could end with a court-appointed prosecutor, the \
mechanism Rule 42 provides for protecting a court's authority. \
In February 2026, citing "the flagrancy of the Government's violations of the deportees' \
due-process rights," he refused to leave the men without a remedy.`,
    sourceIds: ["jgg-contempt-opinion", "rule-42", "jgg-feb-2026-order"],
  },
  {
    id: "plaintiffs",
    label: "The plaintiffs: removal without due process, then stonewalling",
    argument: `\
Lawyers for the men, led by the ACLU, argued that the men were flown out of the country with no \
chance to contest the government's claim that they were gang members, and that the government \
later stonewalled the court's contempt inquiry. \
Boasberg's December 2025 ruling that the 137 men received "virtually no notice and no \
opportunity" to contest their removal tracks their due-process argument. \
In February 2026 their lawyer Lee Gelernt said the men had suffered abuse because the government \
treated due process as optional.`,
    sourceIds: ["aclu-plaintiffs", "jgg-summary-judgment", "jgg-feb-2026-order"],
  },
  {
    id: "administration",
    label: "The administration: no conflict with the written order",
    argument: `\
White House press secretary Karoline Leavitt said the administration did not "refuse to comply." \
She argued that the order had "no lawful basis," that the men had already left U.S. territory \
when it was issued, that the written order and the administration's actions "do not conflict," \
and that courts generally lack jurisdiction over the President's foreign-affairs and Alien \
Enemies Act powers. \
In court, the Justice Department argued that no one was removed under the proclamation after the \
written order and that a spoken directive is not an enforceable injunction. \
DHS Secretary Kristi Noem said she decided to complete the transfer on advice from her \
department's top lawyer, who relayed Justice Department guidance. \
In January 2026, Secretary of State Marco Rubio declared that returning the men or holding \
hearings from Venezuela would risk material damage to U.S. foreign policy, and in February the \
White House called the return order "an absurd, unlawful ruling."`,
    sourceIds: [
      "leavitt-statement",
      "doj-filing-mar-25-2025",
      "bloomberg-declarations",
      "rubio-declaration-jan-2026",
      "wh-reaction-feb-2026",
    ],
  },
  {
    id: "panel-majority",
    label: "D.C. Circuit panel majority: no basis for criminal contempt here",
    argument: `\
Judge Katsas wrote that the order's word "removing" could mean expelling someone from U.S. \
territory or handing over custody, and an order that ambiguous cannot support a criminal contempt \
conviction. \
Judge Rao wrote that once the Supreme Court vacated the order, the district court could no longer \
coerce compliance with it, and that doing so intruded on the President's foreign-affairs powers.`,
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    id: "dissenting-judges",
    label: "Dissenting appeals judges: the order was clear",
    argument: `\
Judge Pillard, dissenting in August 2025, argued that the spoken instructions made clear what \
compliance required and that mandamus was improper. \
When the full court denied rehearing in November 2025, Judge Pan wrote that six of the court's 11 \
judges believed the panel had erred, even though rehearing was denied.`,
    sourceIds: ["dc-cir-mandamus", "dc-cir-en-banc"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Should a judge's spoken instruction at a hearing carry the same force as a written order? \
What problems arise if it does, and what problems arise if it does not?`,
  `\
The contempt inquiry depended on Justice Department lawyers, declarations from executive officials \
and, possibly, a prosecutor the executive could decline to supply. \
How could the system be designed differently, and what new risks would each design create?`,
  `\
The Supreme Court vacated Boasberg's orders but required notice before removal, a point on which \
all nine justices were described as agreeing. \
Was that a win for the government, for the detainees, or for both? \
Explain using the Court's reasoning.`,
  `\
Hamilton said courts depend on "the aid of the executive arm." \
After studying this case, do you think that dependence is a flaw, a safeguard, or both?`,
] satisfies Lesson["discussionQuestions"];
