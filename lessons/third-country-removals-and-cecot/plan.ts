import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion:
    "When one country pays another to hold people it removes, who is responsible for them, and how do we know what happened?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per pair (the claim-checking worksheet is for pairs).",
    "Write four numbers on the board without labels: 261, 238, 137, 252.",
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
      title: "Four numbers",
      minutes: 5,
      objectiveIds: ["describe-arrangement"],
      instructions: `\
Point to the four numbers on the board and tell students that each appeared in news about the same flights. \
Ask: "How can four different numbers all be right?" \
Take guesses; students will label each number from the reading.`,
    },
    {
      phase: "reading",
      title: "Read and label",
      minutes: 15,
      objectiveIds: ["describe-arrangement", "attribute-claims", "explain-dvd"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs. \
As they read, they label each number on the board (and the two payment figures) with what it counts and who \
reported it, and mark every claim in the reading with the name of the person or group that made it. \
Check the labels together before the lab.`,
    },
    {
      phase: "activity",
      title: "Claim-checking lab",
      minutes: 17,
      objectiveIds: ["describe-arrangement", "attribute-claims", "explain-dvd", "compare-agreements"],
      materialIds: ["activity", "handout"],
      instructions: `\
Pairs work through the worksheet, using the handout as their source file. \
For each claim they choose a label (accurate, inaccurate, or attributed: true only as someone's statement), \
name who made or reported it, and rewrite it so that it is accurate. \
Circulate and ask pairs which words they changed and why.`,
    },
    {
      phase: "discussion",
      title: "Who is responsible?",
      minutes: 7,
      objectiveIds: ["attribute-claims", "compare-agreements"],
      instructions: `\
Ask: "The U.S. government said the men were in Salvadoran custody; a federal judge found the United States \
kept constructive custody. What facts about an arrangement should decide who is responsible?" \
Then compare the 2025 arrangement with the Safe Third Country Agreement and the Asylum Cooperative \
Agreements: the earlier agreements decided where a person could ask for protection; the 2025 grant paid for \
detention.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 8,
      objectiveIds: ["describe-arrangement", "attribute-claims", "explain-dvd", "compare-agreements"],
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
      objectiveIds: ["describe-arrangement", "explain-dvd"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "claim-checking-lab",
    title: "Numbers, money and who said what",
    question:
      "Which claims about the 2025 arrangement are accurate, which are inaccurate, and which are true only as someone's statement?",
    grouping: "pairs",
    studentInstructions: `\
For each claim, write a label (accurate, inaccurate, or attributed: true only as a statement someone made), \
name the person, group or document behind it, and rewrite the claim so that it is accurate and says who \
made it.`,
    worksheet: [
      {
        prompt: 'Claim: "The United States sent 261 people to El Salvador under the Alien Enemies Act."',
        lines: 3,
        lookFor: `\
Inaccurate: 261 were flown in all (per a White House official to the Washington Post); 137 were Venezuelans \
removed under the Act, 101 under ordinary immigration law (Title 8), and 23 were Salvadorans.`,
      },
      {
        prompt: 'Claim: "The agreement paid El Salvador $6 million."',
        lines: 3,
        lookFor: `\
Inaccurate as a description of the agreement: the written agreement was a $4.76 million INL grant (made \
public in September 2025); about $6 million was the AP's March 2025 report of a planned amount for about 300 \
people.`,
      },
      {
        prompt: 'Claim: "CECOT can hold 40,000 inmates."',
        lines: 3,
        lookFor:
          'Attributed: the Salvadoran government says so; a careful writer attributes it ("El Salvador says CECOT can hold 40,000").',
      },
      {
        prompt: 'Claim: "The men sent to CECOT were Tren de Aragua members."',
        lines: 3,
        lookFor: `\
Attributed: gang membership was the government's allegation, not a court finding; lawyers and relatives said \
many had no ties to the gang and no criminal records.`,
      },
      {
        prompt: 'Claim: "In DHS v. D.V.D., the Supreme Court ruled that third-country removals are lawful."',
        lines: 3,
        lookFor: `\
Inaccurate: on June 23, 2025 the Court stayed Judge Murphy's injunction while the appeal went on, and on \
July 3 said the stay also covered the remedial order; a stay does not decide who is right.`,
      },
      {
        prompt: 'Claim: "252 Venezuelans were flown from CECOT to Caracas on July 18, 2025."',
        lines: 3,
        lookFor: `\
Accurate: 252 includes men who arrived at CECOT later, in late March and April; early reports of "about 238" \
counted only the first group.`,
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "third-country removal",
        plain: "Sending a non-citizen to a country that is neither the United States nor the person's own country.",
      },
      { term: "CECOT", plain: "A very large prison in El Salvador, opened in 2023." },
      {
        term: "state of exception",
        plain: "An emergency legal rule in El Salvador that suspends some constitutional rights.",
      },
      { term: "grant", plain: "Money one government gives for a stated purpose." },
      { term: "allegation", plain: "A claim that someone did something, not yet proved in court." },
      {
        term: "constructive custody",
        plain: "When a government still controls a person's fate even though another country holds the person.",
      },
      {
        term: "stay",
        plain: "A court order that pauses another order while an appeal goes on. It does not decide who is right.",
      },
    ],
    sentenceFrames: [
      "The number ___ counts ___, according to ___.",
      "___ claimed that ___, but ___ said ___.",
      "This claim is ___ because ___.",
      "A more accurate version is: ___.",
      "The 2025 arrangement differed from earlier agreements because ___.",
    ],
    supports: [
      `\
Give students who need it a number chart with the four counts and the two dollar figures listed; they add \
what each counts and who reported it.`,
      "Let pairs do the first worksheet claim together with the teacher before working alone.",
    ],
    extensions: [
      {
        title: "Weighing reports",
        task: `\
Human-rights organizations based their findings on interviews with former detainees and families. Write a \
paragraph on how to weigh such reports alongside government statements, and what other evidence would help.`,
      },
      {
        title: "Two kinds of agreement",
        task: `\
Compare the 2019 Asylum Cooperative Agreements with the 2025 grant to El Salvador: what each paid for, and \
whether the law should treat them differently.`,
      },
    ],
  },
  writing: {
    prompt: `\
Write a short, accurate news summary (150-200 words) of the March 2025 flights and the arrangement with El \
Salvador for readers who know nothing about them. \
Every number must say what it counts, and every contested claim must say who made it.`,
    objectiveIds: ["describe-arrangement", "attribute-claims"],
    rubric: [
      {
        criterion: "Accuracy",
        exceeds: "Every fact is correct and every number says what it counts and who reported it.",
        meets: "The facts and numbers are correct.",
        approaching: "One or two errors, or a number without its meaning.",
        beginning: "Several errors.",
      },
      {
        criterion: "Attribution",
        exceeds: "Every contested claim is attributed, and each side appears in its strongest form.",
        meets: "Contested claims are attributed.",
        approaching: "Some claims are stated as fact without a source.",
        beginning: "Allegations are stated as facts.",
      },
      {
        criterion: "Completeness",
        exceeds: "Covers who was sent, under which law, the payment, and what happened later, in order.",
        meets: "Covers the main facts.",
        approaching: "Leaves out a main fact.",
        beginning: "Leaves out most of the story.",
      },
      {
        criterion: "Neutral voice",
        exceeds: "No words of praise or blame in the writer's own voice, and clear to a new reader.",
        meets: "Neutral and clear.",
        approaching: "Some loaded words, or hard to follow.",
        beginning: "Takes a side in its own voice.",
      },
    ],
  },
  exitTicket: [
    {
      prompt: 'What does the figure $4.76 million measure, and how is it different from "about $6 million"?',
      objectiveIds: ["describe-arrangement"],
      lookFor: `\
$4.76 million: the INL grant in the written agreement (238 people at about $20,000 each); $6 million: the \
AP's earlier report of a planned amount for about 300 people.`,
    },
    {
      prompt:
        "Did the Supreme Court's 2025 orders in DHS v. D.V.D. decide whether third-country removals are lawful? Explain.",
      objectiveIds: ["explain-dvd"],
      lookFor: `\
No: the Court stayed the injunction while the appeal continued (June 23, 2025) and said the stay covered the \
remedial order (July 3); a stay does not decide the merits.`,
    },
  ],
} satisfies LessonPlan;
