import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "district-court-finding",
    label: "Judge Boasberg: probable cause of willful disregard",
    argument: `\
In his April 16, 2025 opinion, Boasberg found probable cause that the government's conduct on \
March 15 showed willful disregard of both his written order and his explicit spoken command to \
return the planes. \
He set out a path toward prosecution that could end with a court-appointed prosecutor if the \
Justice Department declined, the mechanism Rule 42 provides for protecting a court's authority.`,
    sourceIds: ["jgg-contempt-opinion", "rule-42"],
  },
  {
    id: "plaintiffs",
    label: "The plaintiffs: removal without due process, then stonewalling",
    argument: `\
Lawyers for the men, led by the ACLU, argued that the men were flown out of the country with no \
chance to contest the government's claim that they were gang members, and that the government \
later stonewalled the court's contempt inquiry. \
Boasberg's December 2025 ruling that the 137 men received "virtually no notice and no opportunity" \
to contest their removal tracks their due-process argument.`,
    sourceIds: ["aclu-plaintiffs", "jgg-summary-judgment"],
  },
  {
    id: "administration",
    label: "The administration: no conflict with the written order",
    argument: `\
White House press secretary Karoline Leavitt said the administration did not "refuse to comply." \
She argued that the order had "no lawful basis," that the men had already left U.S. territory when \
it was issued, that the written order and the administration's actions "do not conflict," and that \
courts generally lack jurisdiction over the President's foreign-affairs and Alien Enemies Act \
powers. \
DHS Secretary Kristi Noem later stated that she made the decision to complete the transfer on \
legal advice from department leadership.`,
    sourceIds: ["leavitt-statement", "bloomberg-declarations"],
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
