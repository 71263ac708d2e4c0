import type { Lesson } from "civics-lessons";

/**
 * EXAMPLE ONLY: a tiny lesson written to show the content format. It is not part of the
 * library's catalog (`civics-lessons/lessons`) and has not been through content review.
 */
export const lesson = {
  id: "example-how-a-bill-becomes-law",
  version: "0.1.0",
  title: "Example lesson: How a Bill Becomes a Law",
  summary:
    "An example lesson that shows the content format: one short reading about Article I, Section 7 and three questions. Not part of the library's catalog.",
  topic: "separation-of-powers",
  gradeBands: ["6-8", "9-12"],
  estimatedMinutes: 10,
  asOf: "2026-11-28",
  objectives: [
    {
      id: "describe-presentment",
      text: "Describe the steps a bill takes from Congress to the President under Article I, Section 7.",
    },
  ],
  keyTerms: [
    {
      term: "Presentment",
      definition: "Sending a bill that both houses have passed to the President to sign or veto.",
      sourceIds: ["const-art-1-sec-7"],
    },
  ],
  sections: [
    {
      id: "from-bill-to-law",
      heading: "From bill to law",
      body: "A bill must pass **both** the House of Representatives and the Senate in the same form. It is then presented to the President, who may sign it or return it with objections (a veto). Congress can still make a vetoed bill law if two-thirds of each house vote for it again.",
      sourceIds: ["const-art-1-sec-7"],
    },
  ],
  timeline: [],
  sources: [
    {
      id: "const-art-1-sec-7",
      kind: "constitution",
      title: "U.S. Constitution, Article I, Section 7",
      citation: "U.S. Const. art. I, § 7, cl. 2",
      date: "1787-09-17",
      excerpt:
        "Every Bill which shall have passed the House of Representatives and the Senate, shall, before it become a Law, be presented to the President of the United States",
      publicDomain: true,
    },
  ],
  perspectives: [],
  discussionQuestions: ["Why might the Framers have required both houses, and not just one, to pass every bill?"],
  standards: [],
  questions: [
    {
      id: "who-receives-bill",
      type: "single-choice",
      prompt: "After both houses pass a bill, who must it be presented to before it can become a law?",
      difficulty: 1,
      objectiveIds: ["describe-presentment"],
      sourceIds: ["const-art-1-sec-7"],
      excerptSourceId: "const-art-1-sec-7",
      explanation: "Article I, Section 7 says every bill that passes both houses is presented to the President.",
      choices: [
        { id: "president", text: "The President", correct: true },
        { id: "chief-justice", text: "The Chief Justice", feedback: "Courts decide cases; they do not sign bills." },
        { id: "governors", text: "The state governors" },
      ],
    },
    {
      id: "one-house-enough",
      type: "true-false",
      prompt: "True or false: a bill passed by the House alone can be sent to the President.",
      difficulty: 1,
      objectiveIds: ["describe-presentment"],
      sourceIds: ["const-art-1-sec-7"],
      answer: false,
      explanation: "Both the House and the Senate must pass the same bill before it is presented.",
    },
    {
      id: "order-the-steps",
      type: "ordering",
      prompt: "Put the steps in order for a bill that the President signs.",
      difficulty: 2,
      objectiveIds: ["describe-presentment"],
      sourceIds: ["const-art-1-sec-7"],
      explanation: "Both houses pass the bill, it is presented to the President, and the signature makes it law.",
      items: [
        { id: "vote-in-congress", text: "The House and the Senate pass the same bill." },
        { id: "presented", text: "The bill is presented to the President." },
        { id: "signed", text: "The President signs it, and it becomes law." },
      ],
      correctOrder: ["vote-in-congress", "presented", "signed"],
    },
  ],
} satisfies Lesson;
