import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion:
    "When a judge says stop and the planes keep flying, what can a court do, and what does it depend on?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of five; cut the role cards apart.",
    `\
Before class, read the section on the competing accounts: the question of whether the order was violated is \
disputed and no court has made a final finding, so keep the hearing about arguments, not verdicts.`,
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
      title: "Spoken or written?",
      minutes: 5,
      objectiveIds: ["compare-arguments"],
      instructions: `\
Ask: "A teacher tells the class out loud that phones must be put away, but the written rules on the wall \
only say phones may not be used during tests. A student uses a phone during group work. Did the student \
break the rule?" \
Take a few answers and tell students the case they will study turned partly on a question like this.`,
    },
    {
      phase: "reading",
      title: "Read the case and sort the numbers",
      minutes: 15,
      objectiveIds: ["sequence-events", "interpret-counts", "explain-supreme-court"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs. \
On the back they make a timeline of five events from March 14, 2025 to February 2026, and a table of the \
counts in "The flights and the numbers": each number, what it counts and who reported it. \
Check the table before moving on: 261, 137 and 238 measure different groups.`,
    },
    {
      phase: "activity",
      title: "Mock hearing: was the order violated?",
      minutes: 20,
      objectiveIds: ["compare-arguments", "evaluate-dependence"],
      materialIds: ["activity"],
      instructions: `\
Groups of five: counsel for the plaintiffs, counsel for the government and three appeals judges.

1. Everyone reads their card and the section "Was the order violated?"; counsel plan a two-minute argument, \
judges write two questions for each side (5 minutes).
2. Each counsel argues for two minutes; judges question them (8 minutes).
3. Judges do not decide guilt. They list, aloud, the strongest point of each side and the one fact that \
would most change their view, then write it on the group's sheet (5 minutes).
4. Two groups report (2 minutes).

Remind students that every argument must be attributed: "The administration argued..." or "Judge Pillard \
wrote...".`,
    },
    {
      phase: "discussion",
      title: "What the court could not do itself",
      minutes: 8,
      objectiveIds: ["evaluate-dependence", "explain-supreme-court"],
      instructions: `\
Ask the class to list every step in the case that a judge could order but only the executive could carry out \
(turning planes around, airfare and parole, prosecuting contempt). \
Then ask what the Supreme Court decided in Trump v. J.G.G.: who won on where the cases must be filed, and who \
won on notice? \
Close with Hamilton's line that courts depend on "the aid of the executive arm."`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 9,
      objectiveIds: [
        "sequence-events",
        "interpret-counts",
        "compare-arguments",
        "explain-supreme-court",
        "evaluate-dependence",
      ],
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
      objectiveIds: ["interpret-counts", "explain-supreme-court"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "mock-hearing",
    title: "The March 15 order on appeal",
    question: "Did the government's actions on March 15, 2025 disregard Judge Boasberg's order?",
    grouping: "groups of five: two counsel and three appeals judges",
    studentInstructions: `\
Counsel: argue your side in two minutes using the reading, and be ready for questions. \
Judges: ask each counsel at least one question. \
Do not decide guilt: write down the strongest point of each side and the one fact that would most change \
your view.`,
    roleCards: [
      {
        id: "plaintiffs",
        role: "Counsel for the plaintiffs",
        brief: `\
The men were flown out with no chance to contest the government's claim that they were gang members. \
Judge Boasberg found probable cause of "willful disregard" of his written order, which he read as barring \
the handover of class members to a foreign government; the men were handed to Salvadoran custody hours \
after it issued. \
In December 2025 he ruled that the 137 men had "virtually no notice and no opportunity" to contest removal.`,
        sourceIds: ["aclu-plaintiffs", "jgg-contempt-opinion", "jgg-summary-judgment"],
      },
      {
        id: "government",
        role: "Counsel for the government",
        brief: `\
The administration said it did not "refuse to comply." \
The men had already left U.S. territory when the order issued, and the written order and the \
administration's actions "do not conflict." \
The Justice Department argued that no one was removed under the proclamation after the written order, and \
that a spoken directive at a hearing is not an enforceable injunction.`,
        sourceIds: ["leavitt-statement", "doj-filing-mar-25-2025"],
      },
      {
        id: "appeals-judge",
        role: "Appeals judge (three students)",
        brief: `\
Question both counsel. \
Real judges split on this. \
Judge Katsas found the order's word "removing" ambiguous, and an ambiguous order cannot support a criminal \
contempt conviction. \
Judge Pillard, dissenting, found that the spoken instructions made clear what compliance required.`,
        sourceIds: ["dc-cir-mandamus"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "proclamation",
        plain:
          "A formal public announcement by the President, such as the one that used the Alien Enemies Act in 2025.",
      },
      {
        term: "temporary restraining order",
        plain: "A short emergency court order that freezes things until the court can hold a fuller hearing.",
      },
      {
        term: "class",
        plain: "A group of people in the same situation whose claims are decided together in one lawsuit.",
      },
      {
        term: "habeas corpus",
        plain: "The way a person held by the government asks a judge to decide whether the holding is lawful.",
      },
      { term: "venue", plain: "Which court a case must be filed in." },
      {
        term: "probable cause",
        plain: "Enough evidence to believe something probably happened. It is a first step, not a final decision.",
      },
      { term: "contempt", plain: "Disobeying a court order. A court can punish it." },
      { term: "mandamus", plain: "An order from a higher court telling a lower court or official what to do." },
    ],
    sentenceFrames: [
      "The number ___ counts ___, according to ___.",
      "The administration argued that ___.",
      "The plaintiffs argued that ___.",
      "Judge ___ wrote that ___ because ___.",
      "The court needed the executive to ___.",
    ],
    supports: [
      "Give students who need it a partly filled timeline with three of the five dates entered.",
      "Counsel may read their role card aloud as their opening, then add one point of their own.",
    ],
    extensions: [
      {
        title: "Design a better system",
        task: `\
The contempt inquiry depended on executive officials and lawyers. \
Propose one change to how courts enforce orders against the government and name one new risk it would create.`,
      },
      {
        title: "Follow the numbers",
        task: `\
Write a short guide for a reporter explaining which count of the March 2025 removals to use for which \
purpose, citing who reported each.`,
      },
    ],
  },
  writing: {
    prompt: `\
Should a judge's spoken instruction at a hearing carry the same force as a written order? \
Take a position using the events of March 15, 2025 and the arguments of at least two people or courts named \
in the reading, attributed to them.`,
    objectiveIds: ["compare-arguments", "evaluate-dependence"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names the problems it accepts.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "Accurate details of March 15 (the spoken and the written order, the timing of the planes).",
        meets: "Accurate details from the case.",
        approaching: "Few details, or details with errors.",
        beginning: "No details from the case.",
      },
      {
        criterion: "Attribution",
        exceeds: "Every argument is attributed to its source and stated in its strongest form.",
        meets: "Arguments are attributed to their sources.",
        approaching: "Some arguments are unattributed or one-sided.",
        beginning: "Arguments are presented as the writer's own facts.",
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
      prompt: "What is the difference between the counts 261 and 137?",
      objectiveIds: ["interpret-counts"],
      lookFor: `\
261: everyone flown to El Salvador that weekend; 137: Venezuelans removed under the Alien Enemies Act (both \
per a White House official to the Washington Post).`,
    },
    {
      prompt:
        "In Trump v. J.G.G., what did the Supreme Court decide about where the men's cases belonged and about notice?",
      objectiveIds: ["explain-supreme-court"],
      lookFor:
        "The claims belong in habeas, filed where the men are held (Texas); detainees must get notice in time to seek habeas relief before removal.",
    },
  ],
} satisfies LessonPlan;
