import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 60-minute period. */
export const plan = {
  essentialQuestion:
    "What does a country owe a person it wants to send to a place where the person may be harmed, and who decides whether the danger is real?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four and cut the two role cards apart.",
    `\
Draw a blank comparison chart on the board: asylum, withholding of removal, CAT protection; rows for what \
must be shown, how likely harm must be, and what the person receives.`,
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
      title: "Where does the duty end?",
      minutes: 5,
      objectiveIds: ["identify-sources"],
      instructions: `\
Ask: "If a person would be in danger at home, should a country be allowed to send them back? Does it matter \
whether the person is inside the country, at its border, or on a boat at sea?" \
Take three answers and tell students that treaties, U.S. statutes and courts have answered these questions \
in different ways.`,
    },
    {
      phase: "reading",
      title: "Read and fill the comparison chart",
      minutes: 15,
      objectiveIds: ["identify-sources", "compare-protections"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout in pairs and copy the board chart onto the back, filling it in from the section \
that compares the three protections. \
Check the chart together before the activity: asylum is discretionary and requires a protected ground; \
withholding and CAT protection are mandatory and require that harm be more likely than not, and CAT needs no \
protected ground.`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: can a promise protect?",
      minutes: 18,
      objectiveIds: ["assess-reliance-debate", "apply-to-cases"],
      materialIds: ["activity"],
      instructions: `\
In each group of four, one pair takes the State Department card and the other the human rights advocates \
card.

1. Read the card and the section on diplomatic assurances; plan two points (3 minutes).
2. Each pair presents for two minutes while the other takes notes (4 minutes).
3. Pairs switch sides and restate the other side's strongest point, adding one more (5 minutes).
4. Drop the roles and agree on who should judge whether a promise is trustworthy (diplomats, immigration \
officials or judges) and why, using Khouzam or Munaf as evidence (6 minutes).`,
    },
    {
      phase: "discussion",
      title: "Apply the rules",
      minutes: 9,
      objectiveIds: ["apply-to-cases", "compare-protections"],
      instructions: `\
Walk through two cases from the reading: Sale (people returned from the high seas) and Abrego Garcia (a 2019 \
order protected him from removal to El Salvador). \
For each, ask which protection applies, what the person had to show, and what the courts held. \
Then ask the discussion question: should the duty depend on where a country meets the person?`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 10,
      objectiveIds: ["identify-sources", "compare-protections", "apply-to-cases", "assess-reliance-debate"],
      materialIds: ["quiz"],
      instructions: `\
Hand out forms A and B in alternating rows. \
Students answer as many questions as they can in ten minutes and finish the rest as homework. \
Grade with the quick key on the last page of this plan.`,
    },
    {
      phase: "exit-ticket",
      title: "Exit ticket",
      minutes: 3,
      objectiveIds: ["compare-protections"],
      materialIds: ["activity"],
      instructions: "Students answer the exit ticket slip and hand it in at the door.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Can a promise protect?",
    question: "Should the United States rely on a foreign government's promise not to torture a person it sends there?",
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and decide together who should judge whether a promise can be trusted.`,
    roleCards: [
      {
        id: "state-department",
        role: "The State Department (2008)",
        brief: `\
John Bellinger III, the State Department's Legal Adviser, told Congress that the United States uses \
assurances in extraditions, immigration removals and Guantánamo transfers. \
In appropriate cases, he argued, they are an important tool for protecting people against torture and a way \
of meeting the duty in Article 3 of the Convention Against Torture.`,
        sourceIds: ["bellinger-statement-2008"],
      },
      {
        id: "advocates",
        role: "Human rights advocates",
        brief: `\
As a 2010 Columbia Law School report summarized, leading advocates argue that assurances are unreliable by \
nature, because they are sought from governments that have already shown they will torture in violation of \
their own and international law. \
The report added that if assurances are used at all, some ways of using them protect people far better than \
others.`,
        sourceIds: ["columbia-promises-to-keep"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "non-refoulement",
        plain: "The rule that a country may not send a person to a place where they would face persecution or torture.",
      },
      {
        term: "refugee",
        plain:
          "A person outside their country who fears persecution there because of race, religion, nationality, social group or political opinion.",
      },
      {
        term: "asylum",
        plain: "Protection the government may choose to give a refugee. It can lead to permanent residence.",
      },
      {
        term: "withholding of removal",
        plain:
          "A rule that the government must not send a person to a country where their life or freedom would probably be threatened.",
      },
      {
        term: "Convention Against Torture",
        plain:
          "A treaty that forbids sending a person to a country where there are good reasons to believe they would be tortured.",
      },
      {
        term: "diplomatic assurance",
        plain: "A promise from another government that a person sent there will not be mistreated.",
      },
      { term: "discretionary", plain: "Officials may choose whether to grant it." },
      { term: "mandatory", plain: "Officials must grant it once the rule is met." },
    ],
    sentenceFrames: [
      "Asylum differs from withholding of removal because ___.",
      "To get CAT protection, a person must show ___.",
      "The State Department argued ___, but advocates answered ___.",
      "In ___, the court held that ___.",
      "The person who should judge the promise is ___ because ___.",
    ],
    supports: [
      "Give students who need it the comparison chart with the row labels and one column filled in.",
      "Read the two role cards aloud with the class before pairs prepare.",
    ],
    extensions: [
      {
        title: "Design the system",
        task: `\
Asylum is discretionary but gives more benefits; withholding and CAT protection are mandatory but give \
fewer. Write a paragraph on why Congress might have designed the system this way.`,
      },
      {
        title: "Sale and FARRA",
        task: `\
Compare the Supreme Court's reading of Article 33 in Sale with FARRA's wording "regardless of whether the \
person is physically present" and explain what each means for a person stopped at sea.`,
      },
    ],
  },
  writing: {
    prompt: `\
When the government relies on a foreign government's promise not to torture, who should decide whether the \
promise is trustworthy: diplomats, immigration officials or judges? \
Take a position using the arguments for and against assurances and at least one case from the reading.`,
    objectiveIds: ["assess-reliance-debate", "apply-to-cases"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that names the safeguards it would require.",
        meets: "A clear position that answers the question.",
        approaching: "A vague or partial position.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "A case described accurately and used to test the claim.",
        meets: "A case described accurately.",
        approaching: "A case described with errors.",
        beginning: "No case from the reading.",
      },
      {
        criterion: "Both sides",
        exceeds: "States the case for and against assurances fairly and in their strongest form.",
        meets: "States both sides accurately.",
        approaching: "States one side fully and the other briefly.",
        beginning: "Only one side.",
      },
      {
        criterion: "Reasoning",
        exceeds: "Explains why the chosen decision-maker is best placed, and what that choice risks.",
        meets: "Explains how the evidence supports the claim.",
        approaching: "Lists evidence with little explanation.",
        beginning: "No link between evidence and claim.",
      },
    ],
  },
  exitTicket: [
    {
      prompt: "Name one difference between asylum and CAT protection.",
      objectiveIds: ["compare-protections"],
      lookFor: `\
Asylum is discretionary, needs a protected ground and can lead to permanent residence; CAT protection is \
mandatory, needs no protected ground, and requires that torture be more likely than not.`,
    },
    {
      prompt:
        "Which treaty and which U.S. statute carry the rule against returning refugees to persecution into U.S. law?",
      objectiveIds: ["identify-sources"],
      lookFor:
        "The 1951 Refugee Convention through the 1967 Protocol (Article 33), carried out by the withholding statute, 8 U.S.C. § 1231(b)(3).",
    },
  ],
} satisfies LessonPlan;
