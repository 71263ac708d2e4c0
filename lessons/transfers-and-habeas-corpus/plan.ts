import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion:
    "How far does a U.S. court's power reach when the person it is asked to help is held outside the United States?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of five and cut the role cards apart.",
    "Sketch a map on the board with three places: a U.S. prison, Guantánamo Bay, and a prison in another country.",
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
      title: "Where does the writ run?",
      minutes: 5,
      objectiveIds: ["where-the-writ-runs"],
      instructions: `\
Point to the three places on the board map. \
Ask: "A person is held in each place by or for the United States. In which can a U.S. judge order the jailer \
to justify the detention?" \
Record guesses next to each place and return to them at the end of the period.`,
    },
    {
      phase: "reading",
      title: "Read the cases in order",
      minutes: 15,
      objectiveIds: ["where-the-writ-runs", "handover-cases", "lawmaker-conditions"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs, listing on the back each case or law with its year and one line on what \
it allowed: Rasul, Boumediene, Munaf, Kiyemba, the defense authorization acts, and the 2025 cases. \
Stop after Boumediene and check that every pair can say why a right that rests on the Constitution differs \
from one that rests on a statute.`,
    },
    {
      phase: "activity",
      title: "Mock hearing: a court and a prisoner abroad",
      minutes: 17,
      objectiveIds: ["overseas-detention-debate", "handover-cases"],
      materialIds: ["activity"],
      instructions: `\
Groups of five: counsel for the government, counsel for the detainees and three judges.

1. Everyone reads their card and the section "When the person is already abroad"; counsel plan a two-minute \
argument, judges write one question for each side (4 minutes).
2. Each counsel argues for two minutes; judges question them (7 minutes).
3. Judges write what a court could order and what it could not, and which earlier case supports each point \
(4 minutes).
4. One group reads its list; others add what it missed (2 minutes).`,
    },
    {
      phase: "discussion",
      title: "Which branch should decide?",
      minutes: 7,
      objectiveIds: ["lawmaker-conditions", "overseas-detention-debate"],
      instructions: `\
Return to the warm-up map and revise the guesses together using the reading. \
Then ask: "Congress, the courts and the President have all shaped Guantánamo transfers. Which branch is best \
placed to decide where a detainee may be sent?" \
Ask students to attribute each argument they use to the person or court that made it.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 8,
      objectiveIds: ["where-the-writ-runs", "handover-cases", "lawmaker-conditions", "overseas-detention-debate"],
      materialIds: ["quiz"],
      instructions: `\
Hand out forms A and B in alternating rows. \
Students answer as many questions as they can in eight minutes and finish the rest as homework. \
Grade with the quick key on the last page of this plan.`,
    },
    {
      phase: "exit-ticket",
      title: "Exit ticket",
      minutes: 3,
      objectiveIds: ["where-the-writ-runs", "handover-cases"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "mock-hearing",
    title: "A court and a prisoner abroad",
    question:
      "Once the United States has sent a man to be held in another country's prison, can a U.S. court still act for him?",
    grouping: "groups of five: two counsel and three judges",
    studentInstructions: `\
Counsel: argue your side in two minutes using the reading, and be ready for questions. \
Judges: ask each counsel at least one question, then list what a court could order and what it could not, \
naming the case that supports each point.`,
    roleCards: [
      {
        id: "government",
        role: "Counsel for the government",
        brief: `\
White House press secretary Karoline Leavitt said in March 2025 that federal courts generally lack \
jurisdiction over the President's foreign-affairs powers. \
The Justice Department argued that once the men are held by a sovereign country such as El Salvador, the \
United States has neither actual nor constructive custody and cannot control what that country does. \
In January 2026 Secretary of State Rubio told the court that returning the men would damage U.S. \
foreign-policy interests.`,
        sourceIds: ["leavitt-statement", "ap-un-el-salvador-2025", "rubio-declaration-jan-2026"],
      },
      {
        id: "detainees",
        role: "Counsel for the detainees",
        brief: `\
The ACLU argued that the United States still controlled the men's fate because it was paying El Salvador to \
detain them, and asked the court to order their return. \
Carrying out a removal before a court can act should not end the court's power to review it. \
Judge Boasberg agreed in December 2025 that the United States kept constructive custody.`,
        sourceIds: ["ap-custody-hearing-2025", "jgg-summary-judgment"],
      },
      {
        id: "judge",
        role: "Judge (three students)",
        brief: `\
Earlier courts tried to honor both concerns. \
In Noem v. Abrego Garcia the Supreme Court kept the requirement that the government "facilitate" a wrongly \
removed man's release, with "due regard for the deference owed to the Executive Branch in the conduct of \
foreign affairs." \
In Munaf the Court declined to block a transfer but left open a more extreme case in which the government \
knows a prisoner is likely to be tortured.`,
        sourceIds: ["noem-v-abrego-garcia", "munaf-v-geren"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "habeas corpus",
        plain: "A court order that makes whoever holds a prisoner justify the detention before a judge.",
      },
      { term: "jurisdiction", plain: "A court's legal power to hear and decide a kind of case." },
      { term: "custody", plain: "Being held by someone, such as a government." },
      {
        term: "constructive custody",
        plain: "When a government still controls a person's fate even though someone else physically holds the person.",
      },
      { term: "transfer", plain: "Handing a detainee from U.S. custody to another government." },
      { term: "political branches", plain: "Congress and the President, the branches chosen by voters." },
      { term: "certification", plain: "A formal written statement an official must give Congress before acting." },
    ],
    sentenceFrames: [
      "In ___, the Court held that detainees at Guantánamo ___.",
      "A right based on a statute differs from one based on the Constitution because ___.",
      "The government argued that ___, while the detainees' lawyers argued that ___.",
      "A court could order ___, but it could not order ___.",
      "Congress limited transfers by ___.",
    ],
    supports: [
      "Give students who need it the case list with the names and years filled in; they add one line on each.",
      "Judges may use the sentence starters to frame their questions.",
    ],
    extensions: [
      {
        title: "Statute or Constitution?",
        task: `\
Rasul rested on a statute and Boumediene on the Constitution. Explain in a paragraph why that difference \
matters for what Congress can do afterward.`,
      },
      {
        title: "What would you need to know?",
        task: `\
If the United States pays another country to hold a prisoner, should U.S. courts treat the prisoner as still \
in U.S. custody? List the facts you would want before deciding, and why each matters.`,
      },
    ],
  },
  writing: {
    prompt: `\
Munaf and Kiyemba II left the risk of torture abroad largely to the political branches. \
Argue whether courts should defer on that question, using two cases from the reading and the strongest \
argument on the other side.`,
    objectiveIds: ["handover-cases", "overseas-detention-debate", "where-the-writ-runs"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names when courts should and should not defer.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Cases",
        exceeds: "Two cases described accurately and used to support the claim.",
        meets: "Two cases described accurately.",
        approaching: "One case, or cases described with errors.",
        beginning: "No cases from the reading.",
      },
      {
        criterion: "Attribution",
        exceeds: "Every argument is attributed and stated in its strongest form.",
        meets: "Arguments are attributed.",
        approaching: "Some arguments are unattributed.",
        beginning: "Arguments are stated as the writer's facts.",
      },
      {
        criterion: "Other side",
        exceeds: "States the strongest opposing argument fairly and answers it.",
        meets: "States an opposing argument and answers it.",
        approaching: "Mentions another view without answering it.",
        beginning: "No other view.",
      },
    ],
  },
  exitTicket: [
    {
      prompt: "What did Boumediene v. Bush decide that Rasul v. Bush had not?",
      objectiveIds: ["where-the-writ-runs"],
      lookFor: `\
Rasul rested on the habeas statute; Boumediene held that the Constitution's habeas right reaches detainees \
at Guantánamo and that the substitute review was not adequate.`,
    },
    {
      prompt: "In Munaf v. Geren, what did the Court decline to do, and what question did it leave open?",
      objectiveIds: ["handover-cases"],
      lookFor: `\
It declined to block the transfer over feared mistreatment, leaving the risk to the political branches, but \
left open a more extreme case where the government knows the prisoner is likely to be tortured.`,
    },
  ],
} satisfies LessonPlan;
