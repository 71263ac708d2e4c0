import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion:
    "Can a law written for wars between nations in 1798 reach a transnational gang in 2025, and who gets to decide?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of five and cut the role cards apart.",
    `\
Before class, read the section on the Fifth Circuit: the full court had not ruled as of the lesson's date, \
so present the question as open and ask students to weigh arguments, not predict a winner.`,
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
      title: "What counts as an invasion?",
      minutes: 5,
      objectiveIds: ["analyze-legal-questions"],
      instructions: `\
Ask students to write one example of an "invasion" and decide whether the same word fits: an army crossing a \
border, a cyberattack, a smuggling network. \
Collect answers on the board. \
Tell them courts in 2025 had to decide what "invasion or predatory incursion" means in a 1798 law.`,
    },
    {
      phase: "reading",
      title: "Read: from designation to proclamation to court",
      minutes: 15,
      objectiveIds: ["explain-statute", "describe-invocation", "compare-rulings"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs. \
On the back they list the steps from the terrorist designations to Proclamation 10903 with their dates \
(signed, posted, published), and make a table of the court rulings: court, judge, result. \
Check the dates before moving on: signed March 14, 2025, posted March 15, published March 20.`,
    },
    {
      phase: "activity",
      title: "Mock hearing: the full Fifth Circuit",
      minutes: 20,
      objectiveIds: ["analyze-legal-questions", "attribute-perspectives"],
      materialIds: ["activity"],
      instructions: `\
Groups of five: counsel for the government, counsel for the detainees and three judges of the full court.

1. Everyone reads their card and the section "Four legal questions"; counsel plan a two-minute argument; \
judges write one question on each of the four legal questions (5 minutes).
2. Each counsel argues for two minutes; judges question them (8 minutes).
3. Judges confer aloud and write, for each of the four questions, the strongest argument they heard and who \
made it (5 minutes).
4. Two groups report (2 minutes).

Every argument is attributed: "The administration argued..." or "Judge Sweeney held...".`,
    },
    {
      phase: "discussion",
      title: "Words from 1798, threats from 2025",
      minutes: 8,
      objectiveIds: ["compare-rulings", "attribute-perspectives"],
      instructions: `\
Ask: "Should 'invasion' and 'predatory incursion' be read as people understood them in 1798, or applied to \
newer threats?" \
Point out that judges who ruled against the government on the invocation still disagreed about notice, and \
that Judge Haines deferred on the invocation but still required 21 days' notice. \
Close by asking what was still unresolved at the lesson's "as of" date.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 9,
      objectiveIds: [
        "explain-statute",
        "describe-invocation",
        "analyze-legal-questions",
        "compare-rulings",
        "attribute-perspectives",
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
      objectiveIds: ["explain-statute", "compare-rulings"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "mock-hearing",
    title: "Invasion or not? Arguing before the full court",
    question: `\
Does Tren de Aragua's activity, as the proclamation describes it, count as an "invasion or predatory \
incursion" by a foreign nation or government?`,
    grouping: "groups of five: two counsel and three judges",
    studentInstructions: `\
Counsel: argue your side in two minutes using the reading, and be ready for questions. \
Judges: ask at least one question on each of the four legal questions. \
Do not predict the real outcome: write down the strongest argument you heard on each question and who made \
it.`,
    roleCards: [
      {
        id: "government-counsel",
        role: "Counsel for the government",
        brief: `\
The proclamation presents Tren de Aragua as an organized hostile force, thousands strong, that works with and \
takes direction from the Maduro government. \
Its conduct is a "predatory incursion" by a foreign government within the Act's plain terms, and the \
President's findings about a foreign threat should control. \
The Justice Department told the full court that courts cannot block an invocation of the Act.`,
        sourceIds: ["proclamation-10903", "leavitt-statement", "en-banc-argument-report"],
      },
      {
        id: "detainees-counsel",
        role: "Counsel for the detainees",
        brief: `\
The Act is a wartime law; invoking it in peacetime to bypass ordinary deportation procedures goes beyond the \
President's authority. \
The men risked being sent where they could face imprisonment or torture, and anyone designated must get real \
notice and time to go to court. \
The government's own intelligence assessment of April 7, 2025 concluded that the Maduro government was \
probably not directing the gang's operations in the United States.`,
        sourceIds: ["jurist-report", "trump-v-jgg", "aarp-v-trump", "nic-assessment-2025"],
      },
      {
        id: "judge",
        role: "Judge of the full court (three students)",
        brief: `\
Judges below disagreed. \
Judges Rodriguez, Sweeney and Hellerstein and the Fifth Circuit panel majority concluded that a gang's \
activity, as described, is not an "invasion" or "predatory incursion"; Judge Sweeney read the words to \
require military, wartime action. \
Judge Haines held that the activity fits a "predatory incursion" and deferred to the President's finding, \
and Judge Oldham, dissenting from the panel, argued for deference.`,
        sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "asr-v-trump", "wmm-panel"],
      },
    ],
  },
  differentiation: {
    glossary: [
      { term: "invoke", plain: "Put a law to use." },
      {
        term: "predatory incursion",
        plain: "A raid into a country. The 1798 law does not define it, and judges disagreed about what it covers.",
      },
      { term: "proclamation", plain: "A formal public announcement by the President. The Act works only after one." },
      {
        term: "Foreign Terrorist Organization",
        plain:
          "A foreign group the Secretary of State labels as terrorist under a different law from the Alien Enemies Act.",
      },
      { term: "preliminary injunction", plain: "A court order that blocks an action while the lawsuit goes on." },
      { term: "notice", plain: "Being told, in time to go to court, that the government plans to act against you." },
      { term: "defer", plain: "To accept another person's judgment instead of deciding for yourself." },
    ],
    sentenceFrames: [
      "Before the Act can be used, ___ must happen.",
      "The administration argued that ___.",
      "The detainees' lawyers argued that ___.",
      "Judge ___ held that ___ because ___.",
      "As of ___, the question of ___ was still unresolved.",
    ],
    supports: [
      "Give students who need it the ruling table with the court names already filled in.",
      "Counsel may read their role card aloud as their opening, then add one point of their own.",
    ],
    extensions: [
      {
        title: "How much deference?",
        task: `\
Write a paragraph on the risks of too much and too little deference when a President makes findings of fact \
about a foreign threat, using two rulings from the reading.`,
      },
      {
        title: "Two different laws",
        task: `\
Explain in a paragraph why a terrorist designation and the Alien Enemies Act come from different laws, and \
whether Congress should say how they connect.`,
      },
    ],
  },
  writing: {
    prompt: `\
Should the words "invasion" and "predatory incursion" in a 1798 law be read as people understood them then, \
or applied to newer threats such as transnational gangs? \
Take a position, using the statute's text and at least two rulings from the reading, each attributed to its \
court.`,
    objectiveIds: ["explain-statute", "analyze-legal-questions", "compare-rulings", "attribute-perspectives"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names what would follow from it.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Use of the text",
        exceeds: "Quotes the statute accurately and explains the words at issue.",
        meets: "Describes the statute accurately.",
        approaching: "Describes the statute with errors.",
        beginning: "No use of the statute.",
      },
      {
        criterion: "Rulings, attributed",
        exceeds: "Two or more rulings described accurately, attributed, and compared.",
        meets: "Two rulings described accurately and attributed.",
        approaching: "One ruling, or rulings unattributed or with errors.",
        beginning: "No rulings.",
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
      prompt:
        "Name the two events that can trigger the Alien Enemies Act and the step the President must take before using it.",
      objectiveIds: ["explain-statute"],
      lookFor:
        "A declared war, or an invasion or predatory incursion by a foreign nation or government; then a public proclamation.",
    },
    {
      prompt: "Name one court that ruled against the invocation and one that upheld it.",
      objectiveIds: ["compare-rulings"],
      lookFor: `\
Against: the district courts in Texas, Colorado or New York, or the Fifth Circuit panel (later vacated). \
For: the Pennsylvania district court (Judge Haines).`,
    },
  ],
} satisfies LessonPlan;
