import type { LessonPlan } from "civics-lessons";

/** The teacher's plan for one 55-minute period. */
export const plan = {
  essentialQuestion:
    "Why did the Framers divide power among three branches, and how does each branch keep the others in check?",
  preparation: [
    "Print one student handout and one quiz (forms A and B, alternating by row) per student.",
    "Print one set of activity materials per group of four; cut the two role cards apart.",
    "Write the warm-up question on the board and form groups of four (two pairs) before class.",
  ],
  materials: [
    { id: "handout", name: "Student handout", kind: "student-handout", quantity: "one per student" },
    {
      id: "role-cards",
      name: "Activity materials: role cards, words to know, sentence starters, exit ticket",
      kind: "activity-materials",
      quantity: "one set per group of four",
    },
    { id: "quiz", name: "Quiz, forms A and B", kind: "quiz-forms", quantity: "one per student" },
  ],
  steps: [
    {
      phase: "warm-up",
      title: "Who can stop whom?",
      minutes: 5,
      objectiveIds: ["identify-branch-powers", "analyze-checks"],
      instructions: `\
Ask pairs to answer on scrap paper: "Name one thing Congress does that the President can block, and one way \
Congress can answer back." \
Take three answers and list them on the board under Congress, President and Courts. \
Leave the list up: students will check it against the reading.`,
    },
    {
      phase: "reading",
      title: "Read the design and the checks",
      minutes: 15,
      objectiveIds: ["identify-branch-powers", "explain-federalist-theory", "analyze-checks"],
      materialIds: ["handout"],
      instructions: `\
Students read the handout's reading in pairs, taking turns by section. \
As they read, they write C, P or J in the margin beside each power of Congress, the President or the judiciary, \
and draw a star beside each check (a power one branch uses to limit another). \
Stop after "Federalist No. 51" and ask one pair to explain, in their own words, why Madison wanted each branch \
to have "the means and the motive" to resist the others.`,
    },
    {
      phase: "activity",
      title: "Structured academic controversy: separate or blended?",
      minutes: 18,
      objectiveIds: ["compare-separation-views", "explain-federalist-theory"],
      materialIds: ["role-cards"],
      instructions: `\
In each group of four, one pair takes the Anti-Federalist card and the other the Madison card.

1. Read the card and the matching part of the reading; plan two points (3 minutes).
2. The Anti-Federalist pair presents while the other pair takes notes without interrupting (3 minutes); \
then the Madison pair presents (3 minutes).
3. Pairs switch sides: each restates the other side's strongest point, adding one the presenters missed (4 minutes).
4. Drop the roles. The four write one sentence they all accept about how much the branches should share \
power, and one question they still disagree on (5 minutes).

Circulate and listen for students who use the text (Federalist Nos. 47 and 51, Mason's objections) rather \
than opinion alone.`,
    },
    {
      phase: "discussion",
      title: "Which check works best?",
      minutes: 7,
      objectiveIds: ["analyze-checks"],
      instructions: `\
Ask two or three groups to read their shared sentence aloud. \
Then ask the class: "Which check in the reading is most effective at limiting a branch, and which is hardest \
to use?" \
Push for an example from the reading (the veto and override of the War Powers Resolution, the impeachment of \
Judge Pickering) and point students who need it to the sentence starters.`,
    },
    {
      phase: "assessment",
      title: "Quiz",
      minutes: 7,
      objectiveIds: [
        "identify-branch-powers",
        "analyze-checks",
        "explain-federalist-theory",
        "compare-separation-views",
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
      objectiveIds: ["analyze-checks", "explain-federalist-theory"],
      materialIds: ["role-cards"],
      instructions:
        "Students answer the exit ticket slip and hand it in at the door. Sort the slips into got it / partly / not yet to plan the next class.",
    },
  ],
  activity: {
    format: "structured-academic-controversy",
    title: "Separate or blended powers?",
    question:
      "Should the three branches be kept strictly separate, or is some sharing of power the better protection for liberty?",
    grouping: "groups of four: two pairs",
    studentInstructions: `\
Your pair argues the position on your card, using the reading. \
Listen to the other pair without interrupting and take notes. \
Then switch: argue the other side as well as you can. \
Last, drop the roles and write one sentence your whole group accepts, plus one question you still disagree on.`,
    roleCards: [
      {
        id: "anti-federalist",
        role: "Anti-Federalist critics (George Mason)",
        brief: `\
Argue that the branches must be kept apart. \
Montesquieu's maxim says the legislative, executive and judicial departments should be "separate and \
distinct." \
Mason objected that the Senate's share in appointments and treaties ties part of Congress to the President, \
and that making the Vice President the Senate's presiding officer mixes two branches. \
Every overlap blurs who is responsible for a decision and lets ambitious officials combine their powers.`,
        sourceIds: ["mason-objections", "federalist-47", "montesquieu-spirit-of-laws", "us-constitution"],
      },
      {
        id: "madison",
        role: "James Madison (Federalist Nos. 47 and 51)",
        brief: `\
Argue that some sharing of power protects liberty. \
You agree that holding all three powers in the same hands is "the very definition of tyranny," but \
Montesquieu's principle does not forbid every overlap. \
Giving each branch the means and the motive to resist the others ("Ambition must be made to counteract \
ambition") lets the branches guard their own boundaries instead of relying on written rules alone.`,
        sourceIds: ["federalist-47", "federalist-51"],
      },
    ],
  },
  differentiation: {
    glossary: [
      {
        term: "separation of powers",
        plain:
          "Splitting the government's jobs so that making laws, carrying them out and judging cases are done by different people.",
      },
      {
        term: "checks and balances",
        plain: "Tools each branch can use to limit the other branches, so no branch acts entirely alone.",
      },
      { term: "veto", plain: "The President says no to a bill and sends it back to Congress with reasons." },
      {
        term: "override",
        plain: "Congress passes a vetoed bill again with two-thirds of each house, and it becomes law anyway.",
      },
      {
        term: "appropriation",
        plain: "A law that sets aside money for a certain purpose. Without one, no money leaves the Treasury.",
      },
      {
        term: "advice and consent",
        plain: "The Senate's job of approving the President's top appointments, judges and treaties.",
      },
      {
        term: "impeachment",
        plain: "The House charges an official with wrongdoing; the Senate holds a trial and can remove the official.",
      },
      {
        term: "judicial review",
        plain: "Courts decide whether a law or action breaks the Constitution; if it does, it cannot be enforced.",
      },
    ],
    sentenceFrames: [
      "Article ___ gives ___ the power to ___.",
      "One way ___ can check ___ is ___.",
      "Madison argued that ___ because ___.",
      "Critics such as Mason worried that ___.",
      "The strongest point on the other side is ___.",
    ],
    supports: [
      "Hand out the words to know before the reading and let students keep it on their desks.",
      "Pair a strong reader with a student who needs support; the stronger reader reads aloud first.",
      "For the controversy, students who need it may present from the role card itself.",
    ],
    extensions: [
      {
        title: "Follow one check",
        task: `\
Use the timeline to trace the War Powers Resolution from the President's veto to Congress's override. \
Write a paragraph on which two checks the episode shows and what each branch gained or gave up.`,
      },
      {
        title: "Hamilton's judiciary",
        task: `\
Reread the section on Federalist No. 78 and explain, in one paragraph, how Hamilton thought the judiciary \
could protect the Constitution with so little power of its own.`,
      },
    ],
  },
  writing: {
    prompt: `\
Madison wrote, "If men were angels, no government would be necessary." \
Should a government be designed on the assumption that officials will seek more power? \
Take a position and support it with two checks from the reading and one argument from Federalist No. 51 or \
from the Anti-Federalist critics.`,
    objectiveIds: ["explain-federalist-theory", "analyze-checks", "compare-separation-views"],
    rubric: [
      {
        criterion: "Claim",
        exceeds: "A precise position that also names what the design costs.",
        meets: "A clear position that answers the question.",
        approaching: "A position that is vague or only partly answers.",
        beginning: "No clear position.",
      },
      {
        criterion: "Evidence",
        exceeds: "Two checks explained accurately, with the article of the Constitution each comes from.",
        meets: "Two checks described accurately.",
        approaching: "One check, or checks described with errors.",
        beginning: "No checks from the reading.",
      },
      {
        criterion: "Reasoning",
        exceeds: "Explains how each check supports the claim and ties it to Madison or the critics in their own terms.",
        meets: "Explains how the evidence supports the claim.",
        approaching: "Lists evidence with little explanation.",
        beginning: "No link between evidence and claim.",
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
      prompt: "Name one check that Congress holds on the President and one check that the courts hold on Congress.",
      objectiveIds: ["analyze-checks"],
      lookFor: `\
Congress: override a veto by two-thirds of each house, refuse an appropriation, reject a nominee (Senate), \
impeach and remove. Courts: judicial review, as in Marbury v. Madison.`,
    },
    {
      prompt: "In one sentence: why did Madison think letting the branches share some powers would protect liberty?",
      objectiveIds: ["explain-federalist-theory"],
      lookFor: `\
Sharing gives each branch the means and the motive to resist the others (ambition counteracts ambition), so \
the branches defend their own boundaries.`,
    },
  ],
} satisfies LessonPlan;
