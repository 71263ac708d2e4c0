import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion:
    "What does the Alien Enemies Act actually say, and how have its words been used, stretched and confused since 1798?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per pair (the worksheet is for pairs).",
    "Copy the first sentence of 50 U.S.C. § 21 from the handout onto the board or a slide, large enough to mark up.",
  ],
  materials: [
    { id: "handout", name: "Student handout", kind: "student-handout", quantity: "one per student" },
    {
      id: "activity",
      name: "Activity materials: statute worksheet, words to know, sentence starters, exit ticket",
      kind: "activity-materials",
      quantity: "one per pair",
    },
    { id: "quiz", name: "Quiz, forms A and B", kind: "quiz-forms", quantity: "one per student" },
  ],
  steps: [
    {
      phase: "warm-up",
      title: "What do you already believe?",
      minutes: 5,
      objectiveIds: ["distinguish-eo9066"],
      instructions: `\
Ask students to write "true", "false" or "not sure" for: "The Alien Enemies Act was used to imprison Japanese \
American citizens in World War II." \
Collect a show of hands without giving the answer. \
Tell them they will settle it from the law's own words and the history by the end of class.`,
    },
    {
      phase: "reading",
      title: "Read the statute and its history",
      minutes: 15,
      objectiveIds: ["read-statute", "trace-uses", "explain-ludecke", "explain-non-detention"],
      materialIds: ["handout"],
      instructions: `\
Model the first part of "Reading the statute closely" on the board: underline the triggering events, circle \
"public proclamation", bracket who is covered. \
Students then read the rest of the handout in pairs, noting in the margin each time the Act was used and \
what changed in 1918.`,
    },
    {
      phase: "activity",
      title: "Document analysis: the statute's words",
      minutes: 20,
      objectiveIds: ["read-statute", "distinguish-eo9066", "explain-non-detention"],
      materialIds: ["activity"],
      instructions: `\
Pairs complete the worksheet, answering every prompt from the statute's words or the reading, with the \
phrase that settles it. \
Circulate and ask pairs to read their quoted phrase aloud. \
With five minutes left, go over prompts 3 and 4 together: the Act reaches only people "not actually \
naturalized", while Executive Order 9066 named no ethnic group and reached "any or all persons", U.S.-born \
Nisei citizens among them.`,
    },
    {
      phase: "discussion",
      title: "Who decides, and who is protected?",
      minutes: 8,
      objectiveIds: ["explain-ludecke", "distinguish-eo9066", "trace-uses"],
      instructions: `\
Return to the warm-up and take the vote again; ask students who changed their answer to explain why. \
Then ask: Ludecke said ending a state of war is for the political branches. \
What are the benefits and risks of letting courts decide whether a war or an invasion exists? \
Make sure both the majority's and the dissent's reasoning are heard.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 9,
      objectiveIds: ["read-statute", "trace-uses", "explain-ludecke", "distinguish-eo9066", "explain-non-detention"],
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
      objectiveIds: ["read-statute", "distinguish-eo9066"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "document-analysis",
    title: "Reading 50 U.S.C. § 21",
    question: "What has to happen before the Alien Enemies Act can be used, and whom can it reach?",
    grouping: "pairs",
    studentInstructions: `\
Work with a partner. \
Answer each prompt from the words of the statute or the reading, and copy the exact phrase that supports your \
answer. \
If the text does not settle a question, say so.`,
    worksheet: [
      {
        prompt: "Name the two events that can trigger the Act. Copy the words the statute uses for each.",
        lines: 4,
        lookFor: `\
"a declared war between the United States and any foreign nation or government" or an "invasion or predatory \
incursion" against U.S. territory carried out, attempted or threatened "by any foreign nation or \
government."`,
      },
      {
        prompt: "What must the President do before anyone becomes an alien enemy under the Act?",
        lines: 2,
        lookFor: 'Make "public proclamation of the event."',
      },
      {
        prompt:
          "Who is covered? List the four conditions a person must meet, and say whether a naturalized U.S. citizen is covered.",
        lines: 4,
        lookFor: `\
Natives, citizens, denizens or subjects of the hostile nation or government; 14 or older; within the United \
States; "not actually naturalized." A naturalized citizen is not covered; the Act reaches only aliens.`,
      },
      {
        prompt: "Executive Order 9066 and the Act are often confused. Give two differences between them.",
        lines: 4,
        lookFor: `\
The Act reaches only non-naturalized nationals of a hostile nation and needs a proclamation; EO 9066 \
(February 19, 1942) let commanders exclude "any or all persons" from military areas, named no ethnic group, \
and became the basis for incarcerating about 120,000 people of Japanese ancestry, including U.S.-born Nisei, \
who were citizens.`,
      },
      {
        prompt: "What did Congress change in 1918, and why does it matter when someone says the Act covers only men?",
        lines: 3,
        lookFor: `\
The April 16, 1918 amendment removed the "males" limit; since then the Act covers women too, so "only men" \
has been out of date since 1918.`,
      },
      {
        prompt:
          "Read 18 U.S.C. § 4001(a) in the reading. Whom does it protect, and how does that compare with whom the Alien Enemies Act reaches?",
        lines: 3,
        lookFor: `\
It protects citizens ("No citizen shall be imprisoned or otherwise detained ... except pursuant to an Act of \
Congress"); the Alien Enemies Act reaches only non-citizens.`,
      },
    ],
  },
  differentiation: {
    glossary: [
      { term: "statute", plain: "A law passed by Congress." },
      {
        term: "alien enemy",
        plain:
          "Under the Act, a non-citizen from a hostile country, 14 or older, in the United States, after the President's proclamation.",
      },
      { term: "proclamation", plain: "A formal public announcement by the President." },
      {
        term: "predatory incursion",
        plain:
          "A raid into a country's territory. The Act does not define it, and judges disagree about what it covers.",
      },
      { term: "naturalized", plain: "Having become a citizen through the legal process for immigrants." },
      { term: "internment", plain: "Holding civilians in government custody during wartime." },
      { term: "habeas corpus", plain: "A court order making the government justify holding a person." },
    ],
    sentenceFrames: [
      "The statute says ___, which means ___.",
      "A person is covered only if ___.",
      "The Act is different from Executive Order 9066 because ___.",
      "The majority in Ludecke held ___, but the dissent argued ___.",
      "The text does not settle ___.",
    ],
    supports: [
      "Give students who need it the statute's first sentence broken into its four parts on separate lines.",
      "Pair each English learner with a partner and let them answer prompts 1-3 orally before writing.",
    ],
    extensions: [
      {
        title: "Dicta or holding?",
        task: `\
Read the two perspectives on Trump v. Hawaii and Korematsu. \
Write a paragraph explaining the difference between a holding and dicta, and why it matters for what \
Korematsu means today.`,
      },
      {
        title: "What does a government owe?",
        task: `\
Using the section on the Civil Liberties Act of 1988, write a short argument about what a government owes \
people when it later decides a wartime policy was wrong.`,
      },
    ],
  },
  writing: {
    prompt: `\
The Alien Enemies Act applies to people because of their nationality, not because of anything they did. \
Is that approach ever justified in wartime, and what safeguards should go with it? \
Support your answer with the statute's text, Ludecke v. Watkins and one World War II example from the reading.`,
    objectiveIds: ["read-statute", "explain-ludecke", "distinguish-eo9066"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names specific safeguards.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Use of the text",
        exceeds: "Quotes the statute accurately and explains what the words require.",
        meets: "Describes the statute accurately.",
        approaching: "Describes the statute with errors.",
        beginning: "No use of the statute.",
      },
      {
        criterion: "History and cases",
        exceeds:
          "Uses Ludecke and a World War II example accurately and keeps the Act distinct from Executive Order 9066.",
        meets: "Uses Ludecke and an example accurately.",
        approaching: "Uses one, or confuses the Act with Executive Order 9066.",
        beginning: "No history or cases.",
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
      prompt: "Can the Alien Enemies Act be used against a U.S. citizen? Quote the words that decide it.",
      objectiveIds: ["read-statute"],
      lookFor:
        'No: it reaches only people "not actually naturalized" (alien enemies), so neither born nor naturalized citizens are covered.',
    },
    {
      prompt:
        "What was the main legal basis for incarcerating about 120,000 people of Japanese ancestry, most of them citizens?",
      objectiveIds: ["distinguish-eo9066"],
      lookFor: "Executive Order 9066 (February 19, 1942), not the Alien Enemies Act.",
    },
  ],
} satisfies LessonPlan;
