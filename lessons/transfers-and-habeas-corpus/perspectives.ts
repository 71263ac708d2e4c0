import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "executive-foreign-affairs",
    label: "The administration: foreign affairs belong to the Executive",
    argument: `\
White House press secretary Karoline Leavitt said in March 2025 that federal courts generally lack \
jurisdiction over the President's foreign-affairs powers and that one judge cannot direct planes \
already removed from U.S. territory. The Justice Department argued that once men are held by a \
sovereign country such as El Salvador, the United States has neither actual nor constructive \
custody and cannot control what that country does. In January 2026 Secretary of State Rubio told \
the court that returning the men or holding hearings from Venezuela would damage U.S. \
foreign-policy interests. Earlier rulings point the same way on related questions: *Munaf* left \
the risk of mistreatment abroad to the political branches, and *Kiyemba II* held that judges may \
not second-guess the government's assurance that it will not transfer people to likely torture.`,
    sourceIds: [
      "leavitt-statement",
      "munaf-v-geren",
      "kiyemba-ii",
      "ap-un-el-salvador-2025",
      "rubio-declaration-jan-2026",
    ],
  },
  {
    id: "detainees-due-process",
    label: "The detainees' lawyers: custody and due process follow the government",
    argument: `\
The ACLU, representing the Venezuelan men, argued that the United States still controlled their \
fate because it was paying El Salvador to detain them, and it asked the court to order their \
return. In this view, carrying out a removal before a court can act should not end the court's \
power to review it. Judge Boasberg agreed in December 2025 that the United States kept \
constructive custody, and held that the 137 men got virtually no chance to contest their removal; \
in February 2026 he ordered the government to help those in other countries return for hearings. \
Earlier rulings also bear on this side: *Munaf* recognized habeas jurisdiction over people held \
abroad by U.S. forces, and *Boumediene* insisted that the Constitution stays in force in \
extraordinary times.`,
    sourceIds: [
      "ap-custody-hearing-2025",
      "jgg-summary-judgment",
      "munaf-v-geren",
      "boumediene-v-bush",
      "jgg-feb-2026-order",
    ],
  },
  {
    id: "judicial-balancing",
    label: "Rulings that balanced both concerns",
    argument: `\
Some judges tried to honor both concerns at once. In *Noem v. Abrego Garcia*, the Supreme Court \
kept the requirement that the government "facilitate" a wrongly removed man's release while \
directing the lower court to show "due regard for the deference owed to the Executive Branch in \
the conduct of foreign affairs." In *Munaf*, the Court declined to block the transfer in that case \
but left open a more extreme case in which the government knows a prisoner is likely to be tortured.`,
    sourceIds: ["noem-v-abrego-garcia", "munaf-v-geren"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Rasul rested on a statute and Boumediene on the Constitution. Why does that difference matter for \
what Congress can do afterward?`,
  `\
Munaf and Kiyemba II left the risk of torture abroad largely to the political branches. What are \
the strongest reasons for and against courts deferring on that question?`,
  `\
If the United States pays another country to hold a prisoner, should U.S. courts treat the \
prisoner as still in U.S. custody? What facts would you want to know before deciding?`,
  `\
Congress, the courts and the President have all shaped Guantánamo transfers. Which branch do you \
think is best placed to decide where a detainee may be sent, and why?`,
] satisfies Lesson["discussionQuestions"];
