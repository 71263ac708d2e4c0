import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion: `\
A court has "neither force nor will, but merely judgment": what makes its orders stick, and what may others \
do when they think a judge is wrong?`,
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four and cut the two role cards apart.",
    'Write on the board, without a name: "John Marshall has made his decision; now let him enforce it."',
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
      title: "Who said it, and how would we know?",
      minutes: 5,
      objectiveIds: ["weigh-historical-evidence"],
      instructions: `\
Point to the quotation on the board and ask: "Who said this? What evidence would convince you?" \
Take guesses, then tell students the reading will show where the line first appears and why historians \
doubt it. \
Ask them to keep one question in mind: what would count as proof that someone said something?`,
    },
    {
      phase: "reading",
      title: "Read: from Marbury to CASA",
      minutes: 15,
      objectiveIds: ["explain-marbury-cooper", "analyze-enforcement", "compare-sanctions"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout's reading in pairs. \
They fill in a three-column chart on the back of the handout as they go: the case or event, what the court \
ordered, and who had to carry it out. \
Stop after the contempt section and check that every pair can say which kind of contempt ends when the \
person obeys (civil) and which punishes past disobedience (criminal).`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: impeach or appeal?",
      minutes: 17,
      objectiveIds: ["evaluate-checks-on-judges", "analyze-enforcement"],
      materialIds: ["activity"],
      instructions: `\
In each group of four, one pair takes the impeachment card and the other the appeals card.

1. Read the card and the section "Appeal or impeachment?"; plan two points (3 minutes).
2. Each pair presents for 2 minutes while the other takes notes without interrupting (4 minutes).
3. Pairs switch sides and restate the other side's strongest point, adding one more (4 minutes).
4. Drop the roles. The group lists the responses open to an official who thinks a judge is wrong (appeal, \
mandamus, impeachment, asking Congress to limit remedies) and agrees on which fits which situation (6 minutes).

Remind students that the lesson reports what each side argued; their task is to weigh the arguments, not to \
decide the case.`,
    },
    {
      phase: "discussion",
      title: "Does dependence make courts weak or safe?",
      minutes: 7,
      objectiveIds: ["analyze-enforcement", "weigh-historical-evidence"],
      instructions: `\
Ask: "Worcester, Little Rock and Nixon: in which did the court's order work, and who made it work?" \
Then return to the warm-up quotation: what does the reading say is documented (Jackson's letter to John \
Coffee) and what is not (the line first printed in 1864)? \
Close by asking whether Hamilton's point that courts depend on the executive is a flaw, a safeguard, or both.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 8,
      objectiveIds: [
        "explain-marbury-cooper",
        "analyze-enforcement",
        "compare-sanctions",
        "evaluate-checks-on-judges",
        "weigh-historical-evidence",
      ],
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
      objectiveIds: ["compare-sanctions", "explain-marbury-cooper"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Impeach or appeal?",
    question: `\
When officials believe a federal judge has gone beyond the judge's authority, is impeachment a proper \
response, or does disagreement belong in the appeals process?`,
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and agree as a group on which response fits which situation.`,
    roleCards: [
      {
        id: "impeachment-check",
        role: "Impeachment is a check on judges",
        brief: `\
The Constitution gives the House the power to impeach judges, and using it is legitimate when a judge is \
believed to have exceeded judicial authority. \
The sponsors of H.Res. 229 charged Judge Boasberg with "high crimes and misdemeanors." \
At a Senate hearing in January 2026, Senator Ted Cruz argued that judges hold office only during "good \
behavior" and may be impeached for serious abuses even when no criminal law is broken.`,
        sourceIds: ["hres-229", "fox-cruz-impeachment-hearing-2026", "democracy-docket-judges-hearing-2026"],
      },
      {
        id: "appeal-instead",
        role: "Disagreement belongs in the appeals process",
        brief: `\
Chief Justice Roberts stated that for more than two centuries it has been settled that impeachment is not \
the right response to disagreement with a judicial decision; appellate review exists for that purpose. \
Senator Sheldon Whitehouse made the same point at the January 2026 hearing. \
History supports caution: the only justice ever impeached, Samuel Chase, was acquitted in 1805.`,
        sourceIds: ["roberts-statement", "democracy-docket-judges-hearing-2026", "loc-samuel-chase"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "judicial review",
        plain:
          "A court decides whether a law or an official's action breaks the Constitution, and if it does, refuses to apply it.",
      },
      {
        term: "contempt of court",
        plain: "Disobeying a court's order. The court can punish it or pressure the person to obey.",
      },
      {
        term: "civil contempt",
        plain: "A penalty that pushes someone to obey an order. It ends when the person obeys.",
      },
      {
        term: "criminal contempt",
        plain: "Punishment for disobeying an order in the past. Obeying later does not erase it.",
      },
      {
        term: "pardon",
        plain: "The President forgives a crime against the United States, so the person is not punished for it.",
      },
      { term: "appeal", plain: "Asking a higher court to look again at a lower court's decision." },
      { term: "injunction", plain: "A court order telling someone to do or stop doing something." },
      {
        term: "apocryphal",
        plain: "Often repeated but probably not true, like a quotation nobody recorded at the time.",
      },
    ],
    sentenceFrames: [
      "In Marbury v. Madison, the Court decided that ___.",
      "A court's order works only if ___ because ___.",
      "Civil contempt ___, but criminal contempt ___.",
      "One side argues ___; the other side answers ___.",
      "I know the quotation is doubtful because ___.",
    ],
    supports: [
      "Give the three-column chart to students who need it with the first row filled in (Marbury v. Madison).",
      "Let pairs split the reading: one reads the first three sections aloud, the other the rest.",
    ],
    extensions: [
      {
        title: "Source detective",
        task: `\
Compare the two ways the reading reports Jackson's view of Worcester v. Georgia: his letter to John Coffee \
and the line first printed in 1864. \
Write a paragraph explaining which is better evidence and why the difference matters to a historian.`,
      },
      {
        title: "Limits on remedies",
        task: "Explain in a paragraph what Trump v. CASA changed about universal injunctions and what it left open, using only the reading.",
      },
    ],
  },
  writing: {
    prompt: `\
Hamilton wrote that the judiciary "must ultimately depend upon the aid of the executive arm even for the \
efficacy of its judgments." \
Using two examples from the reading, argue whether that dependence is a flaw, a safeguard, or both.`,
    objectiveIds: ["analyze-enforcement", "evaluate-checks-on-judges"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that weighs both sides of the dependence.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "Two well-chosen examples (such as Worcester, Little Rock, Nixon) described accurately with dates.",
        meets: "Two examples described accurately.",
        approaching: "One example, or examples with errors.",
        beginning: "No examples from the reading.",
      },
      {
        criterion: "Reasoning",
        exceeds: "Explains exactly how each example shows courts depending on others to act.",
        meets: "Explains how the examples support the claim.",
        approaching: "Lists examples with little explanation.",
        beginning: "No link between examples and claim.",
      },
      {
        criterion: "Accuracy with sources",
        exceeds: "Separates documented facts from attributed or doubtful claims and says which is which.",
        meets: "Uses facts from the reading accurately.",
        approaching: "Some facts are wrong or unsupported.",
        beginning: "Relies on doubtful or invented claims.",
      },
    ],
  },
  exitTicket: [
    {
      prompt:
        "A person held in contempt obeys the order the next day. Which kind of contempt ends, and which does not?",
      objectiveIds: ["compare-sanctions"],
      lookFor: `\
Civil contempt ends when the person obeys ("carries the keys of his prison"); criminal contempt punishes the \
past disobedience and is not erased by obeying later.`,
    },
    {
      prompt: "What did Cooper v. Aaron add to Marbury v. Madison?",
      objectiveIds: ["explain-marbury-cooper"],
      lookFor: `\
Marbury: courts may refuse to apply laws that conflict with the Constitution. Cooper: state officials are \
bound by the Court's reading of the Constitution.`,
    },
  ],
} satisfies LessonPlan;
