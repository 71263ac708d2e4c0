import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 50-minute period. */
export const plan = {
  essentialQuestion:
    "What can a court require of the government when the person it wrongly removed is held by another country?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of five and cut the role cards apart.",
    `\
Before class, note the lesson's "as of" date and which developments it reports as unconfirmed; keep \
allegations, findings and reports distinct throughout.`,
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
      title: 'What does "help" require?',
      minutes: 5,
      objectiveIds: ["one-word-readings"],
      instructions: `\
Ask: "A friend promises to help you get your phone back from another school. What would count as helping: \
not getting in the way, or making calls and asking for it?" \
Take two answers. \
Tell students the Supreme Court used a word like this, "facilitate", and the two sides read it very \
differently.`,
    },
    {
      phase: "reading",
      title: "Read the case and sort the statements",
      minutes: 12,
      objectiveIds: ["protection-2019", "sequence-events", "distinguish-claims"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs and make two lists on the back: a timeline of five events from 2019 to \
February 2026, and a sorting of statements into allegations, court findings and unconfirmed reports. \
Check before the activity that every pair knows what the 2019 order protected him from: removal to El \
Salvador.`,
    },
    {
      phase: "activity",
      title: 'Mock hearing: what does "facilitate" require?',
      minutes: 16,
      objectiveIds: ["one-word-readings", "reach-of-judgments"],
      materialIds: ["activity"],
      instructions: `\
Groups of five: counsel for the government, counsel for Abrego Garcia and three students for the court.

1. Everyone reads their card and the section "One word, two readings"; counsel plan a two-minute argument, \
the court writes one question for each side (4 minutes).
2. Each counsel argues for two minutes; the court questions them (6 minutes).
3. The court writes a short order listing what steps, if any, the government must take, and how it shows \
"due regard" for the executive's role in foreign affairs (6 minutes).`,
    },
    {
      phase: "discussion",
      title: "The reach of a court's order",
      minutes: 7,
      objectiveIds: ["reach-of-judgments", "distinguish-claims"],
      instructions: `\
Ask two groups to read their orders. \
Then ask: "The government called the removal an administrative error, and officials later said there was no \
mistake. When a person is held by another country, what should the government be required to do, and who \
should decide?" \
Remind students to mark what is alleged, what a court found, and what is only reported.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 7,
      objectiveIds: [
        "protection-2019",
        "sequence-events",
        "one-word-readings",
        "distinguish-claims",
        "reach-of-judgments",
      ],
      materialIds: ["quiz"],
      instructions: `\
Hand out forms A and B in alternating rows. \
Students answer as many questions as they can in seven minutes and finish the rest as homework. \
Grade with the quick key on the last page of this plan.`,
    },
    {
      phase: "exit-ticket",
      title: "Exit ticket",
      minutes: 3,
      objectiveIds: ["protection-2019", "distinguish-claims"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "mock-hearing",
    title: "One word, two readings",
    question: 'What must the government do to "facilitate" Abrego Garcia\'s release from custody in El Salvador?',
    grouping: "groups of five: two counsel and three students for the court",
    studentInstructions: `\
Counsel: argue your reading of "facilitate" in two minutes using the reading, and be ready for questions. \
Court: ask each counsel at least one question, then write a short order saying what the government must do \
and how the order respects the executive branch's role in foreign affairs.`,
    roleCards: [
      {
        id: "government",
        role: "Counsel for the government",
        brief: `\
In immigration practice, facilitating a person's return means taking steps that allow him to enter the \
United States, such as removing domestic obstacles to his return. \
Courts may not order the executive branch to carry out diplomacy or direct how it deals with a foreign \
government; those decisions belong to the President under Article II.`,
        sourceIds: ["govt-application-april-2025", "msnow-facilitate", "volokh-facilitate"],
      },
      {
        id: "abrego-garcia",
        role: "Counsel for Abrego Garcia",
        brief: `\
He was taken without any legal process, against a 2019 order that protected him from removal to El \
Salvador, in violation of the withholding law and the Fifth Amendment. \
The government, which sent him there, must take real steps to bring him back, and the court should allow \
fast discovery into what the government is actually doing.`,
        sourceIds: ["clearinghouse-abrego-garcia", "noem-v-abrego-garcia", "msnow-facilitate"],
      },
      {
        id: "court",
        role: "The court (three students)",
        brief: `\
The Supreme Court's April 10, 2025 order set out two ideas at once: the government must facilitate his \
release and the fair handling of his case, and courts must give "due regard" to the executive branch's role \
in foreign affairs. \
Write an order that gives effect to both.`,
        sourceIds: ["noem-v-abrego-garcia"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "withholding of removal",
        plain:
          "A protection that bars the government from sending a person to a country where his life or freedom would be threatened.",
      },
      { term: "asylum", plain: "Protection the government may choose to give a refugee. Officials may refuse it." },
      { term: "removal", plain: "The legal word for deportation: sending a non-citizen out of the country." },
      {
        term: "facilitate",
        plain: "To help make something happen. The two sides disagreed about how much help the word required.",
      },
      {
        term: "administrative stay",
        plain: "A short pause of a court order so a higher court has time to look at it.",
      },
      { term: "discovery", plain: "The process in a lawsuit for getting facts and documents from the other side." },
      { term: "allegation", plain: "A claim that someone did something, not yet proved in court." },
    ],
    sentenceFrames: [
      "The 2019 order protected him from ___.",
      'The government read "facilitate" to mean ___.',
      "His lawyers read it to mean ___.",
      "___ is an allegation, but ___ is a court finding.",
      "A court can order ___, but it depends on ___ to carry it out.",
    ],
    supports: [
      "Give students who need it the timeline with the years filled in; they add the events.",
      "Counsel may read their role card aloud as their opening, then add one point of their own.",
    ],
    extensions: [
      {
        title: "Vindictive prosecution",
        task: `\
His lawyers argued the criminal charges were retaliation for his lawsuit. Using only the reading, explain \
what the judge found at the preliminary stage and what evidence a judge should look for before deciding.`,
      },
      {
        title: "Balancing",
        task: `\
Write a paragraph on how courts should balance one person's rights against the President's role in dealing \
with other countries, using the Supreme Court's April 10 order.`,
      },
    ],
  },
  writing: {
    prompt: `\
The Supreme Court required the government to "facilitate" Abrego Garcia's release but told the lower court \
to respect the executive branch's role in foreign affairs. \
How should courts balance one person's rights against that role? \
Use the events of the case, keeping allegations, court findings and unconfirmed reports distinct.`,
    objectiveIds: ["one-word-readings", "reach-of-judgments", "distinguish-claims"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that says what courts may and may not require.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "Accurate events of the case, in the right order, tied to the claim.",
        meets: "Accurate events of the case.",
        approaching: "Few events, or events with errors.",
        beginning: "No events from the case.",
      },
      {
        criterion: "Allegations and findings",
        exceeds: "Every statement is marked as an allegation, a finding or a report, correctly.",
        meets: "Allegations and findings are kept apart.",
        approaching: "Some allegations are stated as facts.",
        beginning: "Allegations and findings are confused throughout.",
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
        "What did the 2019 order protect Abrego Garcia from, and how is withholding of removal different from asylum?",
      objectiveIds: ["protection-2019"],
      lookFor: `\
Removal to El Salvador (withholding of removal). Withholding is mandatory once the danger is proved and \
covers one country; asylum is discretionary.`,
    },
    {
      prompt: "Give one statement about the case that is an allegation and one that is a court finding.",
      objectiveIds: ["distinguish-claims"],
      lookFor: `\
Allegation: MS-13 membership (the government's claim, no conviction). Finding: e.g., Judge Xinis ordered his \
return, or Judge Crenshaw found a realistic likelihood of vindictiveness (a preliminary step).`,
    },
  ],
} satisfies LessonPlan;
