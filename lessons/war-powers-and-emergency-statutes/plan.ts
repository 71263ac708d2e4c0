import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion:
    "Who decides when the United States uses force or declares an emergency, and what keeps that power in bounds?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four and cut the two role cards apart.",
    `\
Draw a blank table on the board with four rows (War Powers Resolution, 2001 AUMF, IEEPA, 18 U.S.C. § \
4001(a)) and three columns: who triggers it, what limits it, what courts have reviewed.`,
  ],
  materials: [
    { id: "handout", name: "Student handout", kind: "student-handout", quantity: "one per student" },
    {
      id: "activity",
      name: "Activity materials: role cards, words to know, sentence starters, exit ticket",
      kind: "activity-materials",
      quantity: "one set per group of four",
    },
    { id: "quiz", name: "Quiz, forms A and B", kind: "quiz-forms", quantity: "one per student" },
  ],
  steps: [
    {
      phase: "warm-up",
      title: "Two clauses",
      minutes: 5,
      objectiveIds: ["explain-branch-roles"],
      instructions: `\
Write two phrases on the board: "To declare War" (Article I, section 8) and "Commander in Chief" (Article II, \
section 2). \
Ask pairs: "Which branch holds each, and what could go wrong if they disagree?" \
Take two answers and say the lesson is about how laws passed since 1973 try to settle that disagreement.`,
    },
    {
      phase: "reading",
      title: "Read the statutes and fill the table",
      minutes: 15,
      objectiveIds: ["compare-statute-triggers", "apply-statute-text"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs and copy the board table onto the back, filling in each row from the \
reading. \
Stop after the War Powers Resolution section to check the numbers together: a report within 48 hours, \
withdrawal after 60 days (plus up to 30) unless Congress approves.`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: who should hold the war power?",
      minutes: 18,
      objectiveIds: ["evaluate-checks", "explain-branch-roles"],
      materialIds: ["activity"],
      instructions: `\
In each group of four, one pair takes the Congress card and the other the President card.

1. Read the card and the War Powers Resolution sections; plan two points (3 minutes).
2. Each pair presents for two minutes while the other takes notes (4 minutes).
3. Pairs switch sides and restate the other side's strongest point, adding one the presenters missed \
(5 minutes).
4. Drop the roles and agree on one change to the War Powers Resolution the whole group could accept, or \
explain why the group could not agree (6 minutes).`,
    },
    {
      phase: "discussion",
      title: "The 2025–2026 test",
      minutes: 8,
      objectiveIds: ["evaluate-checks", "apply-statute-text"],
      instructions: `\
Using the section on 2025–2026, ask: the War Powers Resolution does not define "hostilities". \
How did the administration read the word, and how did its critics in Congress read it? \
Keep the discussion to what each side said, attributed; remind students that these matters were contested \
when the lesson was written. \
Then ask which check in the table seems strongest, and which has never been tested in court.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 11,
      objectiveIds: ["explain-branch-roles", "compare-statute-triggers", "apply-statute-text", "evaluate-checks"],
      materialIds: ["quiz"],
      instructions: `\
Hand out forms A and B in alternating rows. \
Students answer as many questions as they can in eleven minutes and finish the rest as homework. \
Grade with the quick key on the last page of this plan.`,
    },
    {
      phase: "exit-ticket",
      title: "Exit ticket",
      minutes: 3,
      objectiveIds: ["apply-statute-text", "explain-branch-roles"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Congress or the Commander in Chief?",
    question: "Should a President need Congress's approval to keep U.S. forces in hostilities beyond a short period?",
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and look for a change to the law your whole group could accept.`,
    roleCards: [
      {
        id: "congress",
        role: "Supporters of Congress's war power",
        brief: `\
Article I gives Congress alone the power to declare war and to fund the Army. \
According to the Congressional Research Service, Congress passed the War Powers Resolution partly out of \
concern that its war power had withered during the Korean and Vietnam conflicts, and it enacted the law over \
a presidential veto. \
Reporting deadlines and a withdrawal clock are how Congress keeps a say once troops are sent.`,
        sourceIds: ["us-constitution", "crs-wpr-litigation", "frus-wpr-note"],
      },
      {
        id: "president",
        role: "Supporters of the President's power to act",
        brief: `\
President Nixon vetoed the War Powers Resolution, and later Presidents have maintained that they may begin \
military action on their own authority; several have called parts of the law an unconstitutional limit on \
the Commander in Chief. \
A fixed 60-day clock can tie a President's hands in a fast-moving crisis.`,
        sourceIds: ["crs-wpr-litigation", "campbell-v-clinton", "frus-wpr-note"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "declare war",
        plain: "Formally announce that the country is at war. The Constitution gives this power to Congress.",
      },
      { term: "Commander in Chief", plain: "The President's role as head of the armed forces." },
      { term: "hostilities", plain: "Fighting. The War Powers Resolution uses the word but does not define it." },
      {
        term: "authorization",
        plain: "A law that gives permission, such as Congress approving military action without declaring war.",
      },
      {
        term: "national emergency",
        plain: "A formal declaration by the President that switches on special powers in other laws.",
      },
      {
        term: "joint resolution",
        plain: "A measure passed by both houses of Congress that goes to the President, who may sign or veto it.",
      },
      { term: "detention", plain: "Holding a person in custody." },
    ],
    sentenceFrames: [
      "Under the Constitution, ___ holds the power to ___.",
      "The War Powers Resolution requires the President to ___ within ___.",
      "This law is triggered by ___ and limited by ___.",
      "Supporters of Congress argue ___, while Presidents have argued ___.",
      "One check that has not been tested in court is ___.",
    ],
    supports: [
      "Give students who need it the table with the first row filled in (the War Powers Resolution).",
      "Let English learners present from the role card and add one point in their own words.",
    ],
    extensions: [
      {
        title: "The tariff case",
        task: `\
Using the reading on Learning Resources, explain in a paragraph why the majority held that IEEPA's power to \
regulate importation does not include tariffs, and how the dissent answered.`,
      },
      {
        title: "Repealing an unused law",
        task: `\
The Emergency Detention Act was never used, yet it was repealed in 1971. Write a short argument about why \
people might want to repeal a law that has never been used.`,
      },
    ],
  },
  writing: {
    prompt: `\
The War Powers Resolution lets a President use force for up to 60 days (plus 30) before Congress must act. \
Is that the right balance between speed and democratic control? \
Argue your position using the Constitution's text, the Resolution and one episode from the reading.`,
    objectiveIds: ["explain-branch-roles", "evaluate-checks", "apply-statute-text"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that proposes a specific change or defends the law as it is.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Use of the texts",
        exceeds: "Uses the Constitution's clauses and the Resolution's deadlines accurately and explains them.",
        meets: "Uses the texts accurately.",
        approaching: "Uses the texts with errors.",
        beginning: "No use of the texts.",
      },
      {
        criterion: "Evidence",
        exceeds: "An episode from the reading described accurately and tied to the claim.",
        meets: "An episode described accurately.",
        approaching: "An episode described with errors.",
        beginning: "No episode.",
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
      prompt: `\
U.S. forces are sent into hostilities without Congress's approval. Under the War Powers Resolution, what \
must the President do, and by when?`,
      objectiveIds: ["apply-statute-text"],
      lookFor:
        "Report to Congress within 48 hours, and withdraw the forces after 60 days (plus up to 30) unless Congress approves.",
    },
    {
      prompt:
        "Which article of the Constitution gives Congress the power to declare war, and which makes the President Commander in Chief?",
      objectiveIds: ["explain-branch-roles"],
      lookFor: "Article I, section 8 (declare war); Article II, section 2 (Commander in Chief).",
    },
  ],
} satisfies LessonPlan;
