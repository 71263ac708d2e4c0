import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion:
    "When the United States sends people to countries that are not their own, what protects them, and what should the arrangements require?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four and cut the two role cards apart.",
    `\
Write the three steps of 8 U.S.C. § 1231(b)(2) on the board as a ladder: a country the person chooses, the \
country of citizenship, a country with a looser tie, then another country that will accept him.`,
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
      title: "Where would you be sent?",
      minutes: 5,
      objectiveIds: ["destination-rules"],
      instructions: `\
Point to the ladder on the board and ask: "Why might the law try these countries in this order? What could go \
wrong at the last step?" \
Take two answers and tell students the lesson follows what happened when the last step was used often in \
2025 and 2026.`,
    },
    {
      phase: "reading",
      title: "Read the rules, the case and the flights",
      minutes: 15,
      objectiveIds: ["destination-rules", "protection-limits", "litigation-steps"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs and list on the back each step of D.V.D. v. DHS with its date and what it \
decided (injunction, stay, final ruling, appeal). \
Stop after "The limits" and check that pairs can explain why protection is tied to a country, and why notice \
decides whether a person can raise a claim at all.`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: paying partners",
      minutes: 17,
      objectiveIds: ["partner-deals", "protection-limits"],
      materialIds: ["activity"],
      instructions: `\
In each group of four, one pair takes the administration card and the other the challengers card.

1. Read the card and the sections on partners and competing views; plan two points (3 minutes).
2. Each pair presents for two minutes while the other takes notes (4 minutes).
3. Pairs switch sides and restate the other side's strongest point (4 minutes).
4. Drop the roles. Using what the receiving countries and the outside monitors said, the group writes two \
conditions it would attach to any such arrangement (6 minutes).`,
    },
    {
      phase: "discussion",
      title: "How much notice is enough?",
      minutes: 7,
      objectiveIds: ["litigation-steps", "protection-limits"],
      instructions: `\
Ask: "How much notice is enough before a person is removed to a country he has never lived in?" \
Then ask what the Supreme Court's 2025 stays decided and what they did not, and what was still pending at the \
lesson's "as of" date. \
Keep each position attributed to the government, Judge Murphy, the receiving countries or the monitors.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 8,
      objectiveIds: ["destination-rules", "protection-limits", "litigation-steps", "partner-deals"],
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
      objectiveIds: ["protection-limits", "litigation-steps"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Paying partners",
    question:
      "Should the United States pay other countries to accept people it removes, and if so, on what conditions?",
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and write two conditions your group would attach to any such arrangement.`,
    roleCards: [
      {
        id: "administration",
        role: "The administration",
        brief: `\
Congress authorized removal to countries other than a person's own. \
Many people removed had final orders and serious convictions, and their home countries refused to take them \
back; assurances from receiving governments guard against torture. \
The Justice Department told the First Circuit that the February 2026 ruling would disrupt removals and \
sensitive negotiations, and Secretary Rubio said the goal was to keep gang members out of the country.`,
        sourceIds: ["eswatini-arrival-2025", "dvd-stay-motion-2026", "sfrc-report-2026"],
      },
      {
        id: "challengers",
        role: "Judge Murphy and the challengers",
        brief: `\
People must learn their destination and have a real chance to object, because a torture claim about a \
country cannot be raised by someone who does not know he is going there. \
Lawyers for men sent to Ghana argued that removal through a third country was a way around U.S. protection \
orders, since the men were then sent on to the countries they had been protected from.`,
        sourceIds: ["dvd-merits-2026", "ghana-lawsuit-2025", "ghana-onward-removal-2025"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "third-country removal",
        plain:
          "Sending a non-citizen to a country that is neither the United States nor the country named in the person's removal order.",
      },
      {
        term: "removal order",
        plain: "A decision that a non-citizen must leave the United States. It usually names a country.",
      },
      {
        term: "withholding of removal",
        plain: "A rule that bars sending a person to one particular country where he would probably be persecuted.",
      },
      {
        term: "onward removal",
        plain: "When the receiving country sends the person on to another country, such as his home country.",
      },
      {
        term: "diplomatic assurances",
        plain: "Promises from a receiving government that a person sent there will not be persecuted or tortured.",
      },
      {
        term: "meaningful notice",
        plain: "Being told the destination early and clearly enough to object before removal.",
      },
      {
        term: "stay pending appeal",
        plain: "An order pausing another court's order while an appeal goes on. It does not decide who is right.",
      },
    ],
    sentenceFrames: [
      "The law first tries ___, then ___.",
      "Withholding of removal protects a person from ___, but not from ___.",
      "The administration argued that ___.",
      "Judge Murphy ruled that ___ because ___.",
      "One condition we would attach is ___ because ___.",
    ],
    supports: [
      "Give students who need it the D.V.D. timeline with the dates filled in; they add what each step decided.",
      "Read the two role cards aloud with the class before pairs prepare.",
    ],
    extensions: [
      {
        title: "Older agreements",
        task: `\
Compare the 2002 Safe Third Country Agreement and the 2019 Asylum Cooperative Agreements with the 2025–2026 \
arrangements: what each aimed to do, and whether the law should treat them differently.`,
      },
      {
        title: "Who judges a promise?",
        task: `\
Write a paragraph on who should judge whether a receiving government's promise not to torture is reliable: \
diplomats, immigration officers or judges, using the reading's examples.`,
      },
    ],
  },
  writing: {
    prompt: `\
If a person is protected from return to one country, what should happen when a third country plans to send \
him there? \
Argue who is responsible and what the law should require, using the rules on withholding and torture, the \
D.V.D. case and one arrangement from the reading.`,
    objectiveIds: ["protection-limits", "partner-deals", "litigation-steps"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names who is responsible and what they must do.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Rules",
        exceeds:
          "Explains withholding and the torture rule accurately, including that protection is tied to a country.",
        meets: "Describes the rules accurately.",
        approaching: "Describes the rules with errors.",
        beginning: "No rules from the reading.",
      },
      {
        criterion: "Evidence",
        exceeds: "Uses D.V.D. and an arrangement accurately, with dates, and says what each step decided.",
        meets: "Uses the case and an arrangement accurately.",
        approaching: "Uses one, or with errors.",
        beginning: "No evidence from the reading.",
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
      prompt: "Why can the government sometimes lawfully send a person with withholding of removal to a third country?",
      objectiveIds: ["protection-limits"],
      lookFor: `\
Withholding bars removal only to the particular country where the person would be threatened, not \
everywhere; the third country must not itself be dangerous or send him on to that country.`,
    },
    {
      prompt: "What did the Supreme Court's June 23, 2025 order in the D.V.D. case do, and what did it not decide?",
      objectiveIds: ["litigation-steps"],
      lookFor: `\
It stayed Judge Murphy's notice order while the appeal went on (6–3); a stay does not decide who is right. \
The merits came later (the February 25, 2026 ruling, then the appeal).`,
    },
  ],
} satisfies LessonPlan;
