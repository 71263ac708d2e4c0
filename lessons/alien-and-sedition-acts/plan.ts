import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 50-minute period. */
export const plan = {
  essentialQuestion:
    "When a country feels threatened, how far may its government go in limiting criticism and controlling who stays?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four and cut the two role cards apart.",
    "Draw a four-row chart on the board: the four laws of 1798, with columns for what each did and how it ended.",
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
      title: "Security or speech?",
      minutes: 5,
      objectiveIds: ["explain-context"],
      instructions: `\
Ask students to finish the sentence on scrap paper: "During a war scare, the government should be allowed to \
___." \
Share three answers. \
Tell them that in 1798, during an undeclared naval war with France, Congress passed four laws in a few weeks, \
and one of them is still in force.`,
    },
    {
      phase: "reading",
      title: "Read the four laws",
      minutes: 12,
      objectiveIds: ["describe-four-acts", "explain-context", "explain-aea-survival"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs and copy the board chart onto the back of the handout, filling in what \
each law did and whether it expired, was repealed or is still in force. \
Go over the chart together before the activity: only the Alien Enemies Act had no end date and survives.`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: security or liberty?",
      minutes: 16,
      objectiveIds: ["compare-arguments", "read-primary-text"],
      materialIds: ["activity"],
      instructions: `\
In each group of four, one pair takes the Federalist card and the other the Democratic-Republican card.

1. Read the card and the matching passages in "From the sources"; plan two points (3 minutes).
2. Each pair presents for two minutes while the other takes notes (4 minutes).
3. Pairs switch sides and restate the other side's strongest point (4 minutes).
4. Drop the roles and write one sentence the group accepts about when, if ever, security can justify limits \
on criticism of officials (5 minutes).

Listen for students who quote the Sedition Act or the Virginia Resolutions and say what the words mean.`,
    },
    {
      phase: "discussion",
      title: "Why did one law survive?",
      minutes: 7,
      objectiveIds: ["explain-aea-survival", "describe-four-acts"],
      instructions: `\
Ask: "Why is the Alien Enemies Act still law when the other three are gone?" \
Then read out two common mistakes from the section "Common mistakes to watch for" and ask students to correct \
each one using the reading. \
Close with the discussion question on sunset dates: should wartime laws come with an end date?`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 7,
      objectiveIds: [
        "describe-four-acts",
        "explain-context",
        "compare-arguments",
        "explain-aea-survival",
        "read-primary-text",
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
      objectiveIds: ["explain-aea-survival", "compare-arguments"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Security or liberty in 1798?",
    question:
      "Were the Alien and Sedition Acts a reasonable defense in a time of danger, or did they go beyond the government's powers?",
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading and the quoted sources. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and write one sentence your whole group accepts.`,
    roleCards: [
      {
        id: "federalists",
        role: "Federalist supporters of the laws",
        brief: `\
The country was in an undeclared naval war with France and expected worse. \
Any government has a right to protect itself; opposition newspapers spreading false attacks could weaken the \
nation in a crisis, and dangerous aliens should be removable. \
You read the First Amendment as a ban on prior restraint, not on punishing false and malicious writing after \
it appears, and the Sedition Act let a defendant offer the truth of what he wrote as a defense.`,
        sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "jinh-review"],
      },
      {
        id: "republicans",
        role: "Democratic-Republican critics",
        brief: `\
The Sedition Act punishes exactly the political criticism the First Amendment protects, and the Alien Friends \
Act gives the President power the Constitution never granted. \
Virginia's resolutions called the Sedition Act's power "expressly and positively forbidden" by an amendment. \
The laws were aimed at the Federalists' opponents: the Federal Judicial Center reports that every person \
prosecuted opposed the Adams administration, among them a sitting congressman.`,
        sourceIds: ["virginia-resolutions", "britannica-resolutions", "fjc-sedition-narrative"],
      },
    ],
  },
  differentiation: {
    glossary: [
      { term: "alien", plain: "A person living in a country who is not a citizen of it." },
      { term: "naturalization", plain: "The legal process by which an immigrant becomes a citizen." },
      { term: "sedition", plain: "Speech or action meant to stir up resistance to the government." },
      {
        term: "Quasi-War",
        plain: "The undeclared sea war between the United States and France at the time of the laws.",
      },
      { term: "sunset date", plain: "A date written into a law when the law stops working unless it is renewed." },
      { term: "repeal", plain: "When the legislature cancels an earlier law." },
      {
        term: "resolution",
        plain: "A formal statement of opinion adopted by a legislature, such as Virginia's and Kentucky's in 1798.",
      },
    ],
    sentenceFrames: [
      "The ___ Act allowed the government to ___.",
      "The ___ Act ended when ___.",
      "Federalists argued that ___ because ___.",
      "Critics answered that ___.",
      "The Alien Enemies Act is still law because ___.",
    ],
    supports: [
      "Give students who need it the chart with the law names and one column already filled in.",
      "Read the Sedition Act passage aloud and model restating it in plain words before the activity.",
    ],
    extensions: [
      {
        title: "An argument's later life",
        task: `\
The Virginia and Kentucky Resolutions defended free speech but also claimed a role for states in judging \
federal laws, an idea later used for nullification. \
Write a paragraph on how we should judge an argument that is later used for different ends.`,
      },
      {
        title: "Correct the record",
        task: `\
Find two claims about the Alien and Sedition Acts in the section on common mistakes and rewrite each so it \
is accurate, naming the source that settles it.`,
      },
    ],
  },
  writing: {
    prompt: `\
Federalists said a naval war with France justified punishing false and malicious criticism of the government. \
When, if ever, can national-security concerns justify limits on criticism of people in power? \
Use the 1798 debate as evidence, stating each side in its strongest form.`,
    objectiveIds: ["compare-arguments", "explain-context", "read-primary-text"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position with clear limits (when and who decides).",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "Quotes or closely paraphrases a 1798 source and explains it.",
        meets: "Uses accurate details of the 1798 laws and debate.",
        approaching: "Few details, or details with errors.",
        beginning: "No evidence from the reading.",
      },
      {
        criterion: "Both sides",
        exceeds: "States the Federalist and Democratic-Republican arguments fairly and in their strongest form.",
        meets: "States both sides accurately.",
        approaching: "States one side fully and the other briefly.",
        beginning: "Only one side.",
      },
      {
        criterion: "Reasoning",
        exceeds: "Explains how the history supports the claim and where it does not.",
        meets: "Explains how the evidence supports the claim.",
        approaching: "Lists evidence with little explanation.",
        beginning: "No link between evidence and claim.",
      },
    ],
  },
  exitTicket: [
    {
      prompt: "Which of the four 1798 laws is still in force, and why did the others end?",
      objectiveIds: ["explain-aea-survival", "describe-four-acts"],
      lookFor: `\
The Alien Enemies Act (no end date). The Alien Friends Act expired in 1800, the Sedition Act in 1801, and \
the Naturalization Act was repealed in 1802.`,
    },
    {
      prompt: "Give one argument the Federalists made for the laws and one their critics made against them.",
      objectiveIds: ["compare-arguments"],
      lookFor: `\
For: self-protection in a war crisis, false attacks weaken the nation, truth was a defense. Against: the \
First Amendment forbids it, the President got powers never granted, aimed at political opponents.`,
    },
  ],
} satisfies LessonPlan;
