import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion: "In an emergency, how far can a President act alone, and who decides where the limits are?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of five; cut the role cards apart.",
    "Arrange desks for a hearing in each group: two counsel facing three justices.",
  ],
  materials: [
    { id: "handout", name: "Student handout", kind: "student-handout", quantity: "one per student" },
    {
      id: "activity",
      name: "Activity materials: role cards, words to know, sentence starters, exit ticket",
      kind: "activity-materials",
      quantity: "one set per group of five",
    },
    { id: "quiz", name: "Quiz, forms A and B", kind: "quiz-forms", quantity: "one per student" },
  ],
  steps: [
    {
      phase: "warm-up",
      title: "Fast or lawful?",
      minutes: 5,
      objectiveIds: ["apply-jackson"],
      instructions: `\
Ask: "A crisis hits and Congress is slow to act. Should the President be able to act alone? Always, sometimes, \
or never?" \
Students stand on a line across the room from "always" to "never" and two from each end explain why. \
Tell them the reading follows one question through 160 years: what happens when a President acts without, or \
against, Congress.`,
    },
    {
      phase: "reading",
      title: "Read the cases",
      minutes: 15,
      objectiveIds: ["explain-youngstown", "compare-1860s-cases", "evaluate-limits"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs, one section each in turn. \
For each case they note on the back of the handout: what the President did, whether Congress had authorized \
it, and what the court decided. \
Check that every pair has Youngstown right before the hearing: no statute authorized the seizure, and the \
Taft-Hartley Act had left seizure out.`,
    },
    {
      phase: "activity",
      title: "Mock hearing: the steel seizure",
      minutes: 20,
      objectiveIds: ["explain-youngstown", "apply-jackson"],
      materialIds: ["activity"],
      instructions: `\
Groups of five: counsel for the steel companies, counsel for the government and three justices.

1. Everyone reads their card and the Youngstown sections; counsel plan a two-minute argument and justices \
write two questions for each side (5 minutes).
2. Counsel for the companies argues, then counsel for the government; justices interrupt with questions \
(8 minutes).
3. Justices confer aloud: which of Jackson's three categories fits the seizure, and why? Each justice writes \
a one-sentence opinion (5 minutes).
4. Each group reports its categories and vote to the class (2 minutes).

Afterwards, tell students the Court ruled 6-3 against the seizure and ask how their reasoning compared with \
Black's and Jackson's.`,
    },
    {
      phase: "discussion",
      title: "Jackson's categories across history",
      minutes: 8,
      objectiveIds: ["apply-jackson", "compare-1860s-cases", "evaluate-limits"],
      instructions: `\
Put three cases on the board: Lincoln's 1861 suspension of habeas corpus, Curtiss-Wright and Hamdi. \
For each, ask the class which of Jackson's categories it falls in, and whether Congress acted before or after \
the President. \
Then ask: in Milligan and Hamdi the Court said rights continue in wartime. Does Congress's approval change \
that? Use the perspectives in the handout so each view is heard in its strongest form.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 9,
      objectiveIds: ["explain-youngstown", "apply-jackson", "compare-1860s-cases", "evaluate-limits"],
      materialIds: ["quiz"],
      instructions: `\
Hand out forms A and B in alternating rows. \
Students answer as many questions as they can in nine minutes and finish the rest as homework. \
Grade with the quick key on the last page of this plan.`,
    },
    {
      phase: "exit-ticket",
      title: "Exit ticket",
      minutes: 3,
      objectiveIds: ["apply-jackson"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "mock-hearing",
    title: "The steel seizure before the Court",
    question: "Could President Truman seize the steel mills in 1952 without an act of Congress?",
    grouping: "groups of five: two counsel and three justices",
    studentInstructions: `\
Counsel: argue your side in two minutes using the reading, and be ready for questions. \
Justices: ask each counsel at least one question, then decide which of Justice Jackson's three categories fits \
the seizure and write a one-sentence opinion explaining your vote.`,
    roleCards: [
      {
        id: "steel-companies",
        role: "Counsel for the steel companies",
        brief: `\
No statute authorized the seizure. \
When Congress wrote the Taft-Hartley Act in 1947, it declined to give the President power to seize plants and \
provided other procedures for strikes, such as a cooling-off period, which the President did not use. \
As Justice Black put it, the President's power "must stem either from an act of Congress or from the \
Constitution itself." \
Argue that the President acted against Congress's will.`,
        sourceIds: ["youngstown", "teaching-american-history-youngstown"],
      },
      {
        id: "government",
        role: "Counsel for the government",
        brief: `\
The nation was at war in Korea and a nationwide strike threatened steel production. \
As Chief Justice Vinson later argued in dissent, Congress had funded the war, and the President's duty to \
"take Care that the Laws be faithfully executed" let him keep steel flowing to the programs Congress created \
while he asked Congress to act. \
Argue that the seizure was a temporary step to carry out Congress's own programs.`,
        sourceIds: ["youngstown"],
      },
      {
        id: "justice",
        role: "Justice (three students)",
        brief: `\
Listen to both sides and ask questions. \
Use Justice Jackson's three categories: the President's power is at its maximum when Congress authorizes the \
act, in a "zone of twilight" when Congress has neither granted nor denied the power, and at its "lowest ebb" \
when the act is incompatible with Congress's will. \
Decide which category fits and explain your vote.`,
        sourceIds: ["youngstown", "teaching-american-history-youngstown"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "habeas corpus",
        plain:
          "A court order that makes jailers bring a prisoner before a judge and give a lawful reason for holding the person.",
      },
      {
        term: "suspend the writ",
        plain: "Stop courts, for a time, from ordering the government to explain why it holds a prisoner.",
      },
      { term: "military commission", plain: "A court run by the military instead of the regular courts." },
      {
        term: "concurring opinion",
        plain: "A judge agrees with the result of a case but writes separately to give other reasons.",
      },
      {
        term: "zone of twilight",
        plain: "Jackson's middle category: Congress has neither allowed nor forbidden what the President does.",
      },
      { term: "seize", plain: "Take control of property, as the government did with the steel mills in 1952." },
      { term: "authorization", plain: "Permission given by law, for example a statute passed by Congress." },
    ],
    sentenceFrames: [
      "The President acted ___ Congress's will, so this falls in Jackson's ___ category.",
      "Counsel, how do you answer the point that ___?",
      "In ___, the Court decided ___ because ___.",
      "Lincoln and Taney disagreed about ___.",
      "One limit on emergency power is ___.",
    ],
    supports: [
      "Give justices a card with Jackson's three categories written as a ladder, from maximum to lowest ebb.",
      "Students who need it may read the two Youngstown sections only, with a partner, before the hearing.",
    ],
    extensions: [
      {
        title: "Sort the hypotheticals",
        task: "Write three new scenarios of your own, one for each of Jackson's categories, and trade them with a classmate to sort.",
      },
      {
        title: "Immunity and limits",
        task: `\
Using only the reading, compare the majority's view in Trump v. United States (2024) with Justice Sotomayor's \
dissent in a paragraph that states each side in its strongest form.`,
      },
    ],
  },
  writing: {
    prompt: `\
Justice Jackson's framework makes Congress's choices central. \
Using Youngstown and one other case from the reading, argue whether the framework gives Congress too much \
responsibility, too little, or about the right amount in a crisis.`,
    objectiveIds: ["explain-youngstown", "apply-jackson", "evaluate-limits"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names what would change it.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Use of cases",
        exceeds: "Two cases described accurately, each placed in the right category with reasons.",
        meets: "Two cases described accurately.",
        approaching: "One case, or cases described with errors.",
        beginning: "No cases from the reading.",
      },
      {
        criterion: "Reasoning",
        exceeds: "Explains how each case supports the claim and what Congress did or did not do.",
        meets: "Explains how the cases support the claim.",
        approaching: "Describes cases with little explanation.",
        beginning: "No link between cases and claim.",
      },
      {
        criterion: "Other side",
        exceeds: "States the strongest opposing view fairly and answers it.",
        meets: "States an opposing view and answers it.",
        approaching: "Mentions another view without answering it.",
        beginning: "No other view.",
      },
    ],
  },
  exitTicket: [
    {
      prompt:
        "Congress passes a law forbidding a program and the President orders it to continue. Which of Jackson's categories is this, and why?",
      objectiveIds: ["apply-jackson"],
      lookFor: "Lowest ebb (category 3): the act is incompatible with the expressed will of Congress.",
    },
    {
      prompt: "Why did Truman's steel seizure fail in court?",
      objectiveIds: ["explain-youngstown"],
      lookFor:
        "No statute or constitutional power authorized it, and Congress had chosen other tools (Taft-Hartley) and declined to give seizure power.",
    },
  ],
} satisfies LessonPlan;
