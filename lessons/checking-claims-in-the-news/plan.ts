import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion: "How can a reader tell whether a claim in the news is accurate, inaccurate or still disputed?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per pair (the claim-checking worksheet is for pairs).",
    "Write the three labels on the board with their definitions from the handout: accurate, inaccurate, disputed.",
  ],
  materials: [
    { id: "handout", name: "Student handout", kind: "student-handout", quantity: "one per student" },
    {
      id: "activity",
      name: "Activity materials: claim-checking worksheet, words to know, sentence starters, exit ticket",
      kind: "activity-materials",
      quantity: "one per pair",
    },
    { id: "quiz", name: "Quiz, forms A and B", kind: "quiz-forms", quantity: "one per student" },
  ],
  steps: [
    {
      phase: "warm-up",
      title: "Claim or opinion?",
      minutes: 5,
      objectiveIds: ["classify-claims"],
      instructions: `\
Read two statements aloud: "The Act is unfair" and "The Act applies only to men." \
Ask which one can be checked, and how. \
Introduce the three labels on the board and tell students they will work like professional fact-checkers.`,
    },
    {
      phase: "reading",
      title: "Learn the method",
      minutes: 12,
      objectiveIds: ["apply-checking-method", "identify-settling-source"],
      materialIds: ["handout"],
      instructions: `\
Students read the first two sections of the handout ("Accurate, inaccurate or disputed" and "A method for \
checking") and one worked claim, in pairs. \
Ask each pair to name the four habits (go upstream, read laterally, check what a number or date measures, \
check whether the matter is still open) and give an example of each from the worked claim.`,
    },
    {
      phase: "activity",
      title: "Claim-checking lab",
      minutes: 20,
      objectiveIds: ["classify-claims", "identify-settling-source", "apply-checking-method", "explain-disputes"],
      materialIds: ["activity", "handout"],
      instructions: `\
Pairs work through the worksheet using the rest of the handout as their source file. \
For each claim they choose a label, name the primary source that would settle it, and write why. \
Circulate: when a pair labels a claim disputed, ask them to state each side's position and the "as of" date. \
With five minutes left, pairs compare answers with the pair next to them and resolve one disagreement.`,
    },
    {
      phase: "discussion",
      title: "Labels and their limits",
      minutes: 7,
      objectiveIds: ["explain-disputes", "classify-claims"],
      instructions: `\
Go over the claims where pairs disagreed most. \
Then ask: "'The Act applies only to men' was true before 1918. Is an outdated claim inaccurate, or does it \
need a different label?" \
Close with: if courts never reach a final ruling, who, if anyone, gets to say a question is settled?`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 8,
      objectiveIds: ["classify-claims", "identify-settling-source", "apply-checking-method", "explain-disputes"],
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
      objectiveIds: ["identify-settling-source", "explain-disputes"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "claim-checking-lab",
    title: "Check the claims",
    question: "Is each claim accurate, inaccurate or disputed, and which source settles it?",
    grouping: "pairs",
    studentInstructions: `\
For each claim, write a label (accurate, inaccurate or disputed), name the primary source that would settle \
it (a statute, a proclamation, a court opinion, a filing or an official count), and explain your label in \
one or two sentences. \
For a disputed claim, state each side's position and the date of the newest information.`,
    worksheet: [
      {
        prompt: 'Claim: "Under the Alien Enemies Act, only men can be detained."',
        lines: 3,
        lookFor: `\
Inaccurate as a statement about today's law: the 1798 text said "males", but the April 16, 1918 amendment \
removed the limit. Settling source: the current text of 50 U.S.C. § 21.`,
      },
      {
        prompt: 'Claim: "All four of the 1798 Alien and Sedition Acts have expired."',
        lines: 3,
        lookFor: `\
Inaccurate: the Alien Friends Act expired in 1800, the Sedition Act in 1801, the Naturalization Act was \
repealed in 1802, but the Alien Enemies Act never expired. Settling source: the current U.S. Code.`,
      },
      {
        prompt: 'Claim: "The United States agreed to pay El Salvador $6 million to hold the deported men."',
        lines: 3,
        lookFor: `\
Inaccurate as a description of the agreement, which was a $4.76 million State Department grant; $6 million \
was AP's March 2025 report of a planned price for about 300 people. Settling source: the grant agreement.`,
      },
      {
        prompt: 'Claim: "137 Venezuelans were removed under the Alien Enemies Act on March 15–16, 2025."',
        lines: 3,
        lookFor: `\
Accurate, as the official count a White House official gave the Washington Post (261 flown in all: 137 under \
the Act, 101 under ordinary immigration law, 23 Salvadorans).`,
      },
      {
        prompt: 'Claim: "The Supreme Court approved the deportations."',
        lines: 3,
        lookFor: `\
Inaccurate: Trump v. J.G.G. set aside the orders because the challenges belonged in habeas where detainees \
are held, and required notice; neither it nor A.A.R.P. decided whether the invocation is lawful.`,
      },
      {
        prompt: 'Claim: "The administration defied the judge\'s order."',
        lines: 4,
        lookFor: `\
Disputed: the White House said it did not refuse to comply; Judge Boasberg found probable cause of willful \
disregard; a divided D.C. Circuit panel set that aside. As of December 4, 2026 no court had made a final \
finding.`,
      },
    ],
  },
  differentiation: {
    glossary: [
      { term: "claim", plain: "A statement that can be checked against evidence." },
      {
        term: "primary source",
        plain: "The original document itself, such as a law, a court opinion or an official count.",
      },
      {
        term: "secondary source",
        plain: "A source that describes primary sources, such as a news story. It can be wrong.",
      },
      {
        term: "lateral reading",
        plain: "Leaving a website and opening new tabs to see what other sources say about it.",
      },
      {
        term: "going upstream",
        plain: "Following a claim back to where it started and then to the original document.",
      },
      { term: "disputed", plain: "Courts or the people involved still disagree, and nothing final has settled it." },
      { term: '"as of" date', plain: "The date of the newest information a statement rests on." },
    ],
    sentenceFrames: [
      "This claim is ___ because ___.",
      "The source that would settle it is ___.",
      "The number ___ counts ___, not ___.",
      "One side says ___; the other side says ___. As of ___, ___.",
      "I would rewrite the claim as: ___.",
    ],
    supports: [
      "Give students who need it the worksheet with the label for the first two claims already chosen; they write the source and the reason.",
      "Allow English learners to mark each claim with A, I or D first and explain orally before writing.",
    ],
    extensions: [
      {
        title: "Rewrite a claim",
        task: `\
The claim "The judge's ruling came too late because the flights had already left" mixes an undisputed fact \
with a disputed conclusion. \
Rewrite it so that every part is accurate, and explain each change.`,
      },
      {
        title: "Reputation is not evidence",
        task: `\
Some errors in this lesson appeared in well-known outlets. Write a paragraph on what that suggests about \
relying on a source's reputation alone.`,
      },
    ],
  },
  writing: {
    prompt: `\
Choose one claim from the lesson that is disputed. \
Write a short news paragraph about it that a careful editor would approve: report each side's position, \
attributed, say what was last known and give the "as of" date.`,
    objectiveIds: ["explain-disputes", "classify-claims", "identify-settling-source"],
    rubric: [
      {
        criterion: "Accuracy",
        exceeds: "Every fact is correct and says what it measures (who counted, what date means what).",
        meets: "The facts are correct.",
        approaching: "One or two errors.",
        beginning: "Several errors.",
      },
      {
        criterion: "Attribution",
        exceeds: "Each position is attributed to a named source and stated in its strongest form.",
        meets: "Each position is attributed.",
        approaching: "Some positions are unattributed.",
        beginning: "Positions are stated as fact.",
      },
      {
        criterion: "Currency",
        exceeds: 'Gives the "as of" date and says what could change and how readers would learn of it.',
        meets: 'Gives the "as of" date and what was last known.',
        approaching: "Mentions time vaguely.",
        beginning: "Presents an open matter as settled.",
      },
      {
        criterion: "Clarity",
        exceeds: "Clear, neutral sentences a reader can follow at once.",
        meets: "Clear and neutral.",
        approaching: "Hard to follow in places, or takes a side.",
        beginning: "Unclear or one-sided.",
      },
    ],
  },
  exitTicket: [
    {
      prompt: 'A story says a law was "issued March 15." What would you check, and in which source?',
      objectiveIds: ["identify-settling-source"],
      lookFor: `\
Whether the date means signed, posted or published: Proclamation 10903 was signed March 14, posted March 15 \
and published in the Federal Register March 20, 2025.`,
    },
    {
      prompt: 'Why should a writer label a claim "disputed" instead of picking the side that seems right?',
      objectiveIds: ["explain-disputes"],
      lookFor: `\
Because courts or the parties still disagree and no final decision settles it; the writer reports each side \
and what was last known, with the date.`,
    },
  ],
} satisfies LessonPlan;
