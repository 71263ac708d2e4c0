import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "q01",
    type: "categorize",
    prompt: `\
Which branch holds this power? \
Sort each power into the branch the Constitution gives it to.`,
    difficulty: 1,
    objectiveIds: ["identify-branch-powers"],
    sourceIds: ["us-constitution", "marbury-v-madison"],
    explanation: `\
Article I gives Congress the war, army, naturalization and spending powers, and gives the House \
the power to impeach and the Senate the power to try impeachments. \
Article II makes the President commander in chief, grants the pardon power and the duty to see the \
laws faithfully executed, and lets the President nominate officers and judges. \
Article III gives the courts the judicial power to decide cases, and since Marbury v. \
Madison (1803) that includes deciding whether a law conflicts with the Constitution. \
Two pairs are easy to mix up. \
Congress declares war, but the President commands the forces. \
The President nominates, but the Senate, which is part of the legislative branch, confirms.`,
    hints: [
      `\
The Senate and the House are both part of the legislative branch, even when they act on \
nominations or impeachments.`,
    ],
    categories: [
      {
        id: "legislative",
        text: "Congress (legislative branch)",
      },
      {
        id: "executive",
        text: "President (executive branch)",
      },
      {
        id: "judicial",
        text: "Federal courts (judicial branch)",
      },
    ],
    items: [
      {
        id: "command-forces",
        text: "Command the Army and Navy",
        categoryId: "executive",
      },
      {
        id: "nominate-justices",
        text: "Nominate Supreme Court justices",
        categoryId: "executive",
      },
      {
        id: "grant-pardons",
        text: "Grant pardons for federal offenses",
        categoryId: "executive",
      },
      {
        id: "impeach",
        text: "Bring impeachment charges against a federal official",
        categoryId: "legislative",
      },
      {
        id: "raise-armies",
        text: "Raise and support armies",
        categoryId: "legislative",
      },
      {
        id: "appropriate-money",
        text: "Pass laws that allow money to be spent from the Treasury",
        categoryId: "legislative",
      },
      {
        id: "declare-war",
        text: "Declare war",
        categoryId: "legislative",
      },
      {
        id: "decide-cases",
        text: "Decide federal cases, including whether a law conflicts with the Constitution",
        categoryId: "judicial",
      },
      {
        id: "confirm-nominees",
        text: "Consent to (confirm) the President's nominees",
        categoryId: "legislative",
      },
      {
        id: "take-care",
        text: "See that the laws are faithfully carried out",
        categoryId: "executive",
      },
      {
        id: "naturalization",
        text: "Set a uniform rule for how immigrants become citizens",
        categoryId: "legislative",
      },
    ],
  },
  {
    id: "q02",
    type: "matching",
    prompt: `\
Match each quoted clause of the Constitution to the power or check it creates. \
Two of the responses do not match any clause.`,
    difficulty: 2,
    objectiveIds: ["identify-branch-powers", "analyze-checks"],
    sourceIds: ["us-constitution", "marbury-v-madison"],
    explanation: `\
Each clause names its power directly: the war power (Art. \
I, § 8), the purse (Art. \
I, § 9), Senate confirmation (Art. \
II, § 2), the pardon power (Art. \
II, § 2), the duty to execute the laws (Art. \
II, § 3), judges' good-behaviour tenure (Art. \
III, § 1) and the House's impeachment power (Art. \
I, § 2). \
The veto is real, but it comes from Article I, Section 7, which is not quoted here. \
Judicial review is the tempting wrong match: no clause of the Constitution states it in so many \
words. \
The Supreme Court first applied it to an act of Congress in Marbury v. \
Madison (1803).`,
    premises: [
      {
        id: "p-declare-war",
        text: `\
"To declare War, grant Letters of Marque and Reprisal, and make Rules concerning Captures on Land \
and Water"`,
      },
      {
        id: "p-treasury",
        text: `\
"No Money shall be drawn from the Treasury, but in Consequence of Appropriations made by Law"`,
      },
      {
        id: "p-advice-consent",
        text: `\
"by and with the Advice and Consent of the Senate, shall appoint Ambassadors, other public \
Ministers and Consuls, Judges of the supreme Court"`,
      },
      {
        id: "p-pardons",
        text: `\
"he shall have Power to grant Reprieves and Pardons for Offences against the United States, except \
in Cases of Impeachment"`,
      },
      {
        id: "p-take-care",
        text: '"he shall take Care that the Laws be faithfully executed"',
      },
      {
        id: "p-good-behaviour",
        text: '"shall hold their Offices during good Behaviour"',
      },
      {
        id: "p-sole-impeachment",
        text: '"shall have the sole Power of Impeachment"',
      },
    ],
    responses: [
      {
        id: "r-purse",
        text: "The power of the purse",
      },
      {
        id: "r-judicial-review",
        text: "Judicial review of acts of Congress",
      },
      {
        id: "r-confirmation",
        text: "Senate confirmation of appointments",
      },
      {
        id: "r-veto",
        text: "The presidential veto",
      },
      {
        id: "r-pardon",
        text: "The pardon power",
      },
      {
        id: "r-tenure",
        text: "Judges' independence through tenure that can last for life",
      },
      {
        id: "r-enforce",
        text: "The President's duty to enforce the laws",
      },
      {
        id: "r-impeach",
        text: "The House's power to bring impeachment charges",
      },
      {
        id: "r-war-power",
        text: "Congress's power to decide on war",
      },
    ],
    pairs: {
      "p-declare-war": "r-war-power",
      "p-treasury": "r-purse",
      "p-advice-consent": "r-confirmation",
      "p-pardons": "r-pardon",
      "p-take-care": "r-enforce",
      "p-good-behaviour": "r-tenure",
      "p-sole-impeachment": "r-impeach",
    },
  },
  {
    id: "q03",
    type: "ordering",
    prompt: "Put the steps of a veto and a successful override in the order the Constitution sets out.",
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution"],
    explanation: `\
Article I, Section 7 sets the sequence. \
A bill must pass both houses before it is presented to the President. \
A vetoed bill goes back to the house where it started, and that house votes first. \
Only if two-thirds there agree does it go to the other house, which also needs two-thirds. \
A common mistake is to think the President vetoes before both houses have acted, or that a joint \
session votes once. \
In fact each house votes separately.`,
    hints: ["The vetoed bill goes back to the house where it started, not to both houses at once."],
    scoring: "position",
    items: [
      {
        id: "returned",
        text: "The President returns it unsigned, with objections, to the house where it started.",
      },
      {
        id: "second-house",
        text: "The other house reconsiders the bill, and two-thirds vote to pass it again.",
      },
      {
        id: "becomes-law",
        text: "The bill becomes law without the President's signature.",
      },
      {
        id: "first-house",
        text: "That house reconsiders the bill, and two-thirds vote to pass it again.",
      },
      {
        id: "both-pass",
        text: "The House and the Senate both pass the same bill.",
      },
      {
        id: "presented",
        text: "The bill is presented to the President.",
      },
    ],
    correctOrder: ["both-pass", "presented", "returned", "first-house", "second-house", "becomes-law"],
  },
  {
    id: "q04",
    type: "single-choice",
    prompt: `\
Read the excerpt from Federalist No. \
47: "The accumulation of all powers, legislative, executive, and judiciary, in the same hands, \
whether of one, a few, or many, and whether hereditary, self-appointed, or elective, may justly be \
pronounced the very definition of tyranny." \
Which arrangement fits Madison's definition of tyranny?`,
    difficulty: 2,
    objectiveIds: ["explain-federalist-theory"],
    sourceIds: ["federalist-47"],
    excerptSourceId: "federalist-47",
    explanation: `\
Madison's test is whether all three kinds of power, legislative, executive and judicial, are \
accumulated "in the same hands." \
An elected assembly that writes laws, enforces them and judges offenders holds all three, and the \
word "elective" shows that being elected does not save it. \
The veto and Senate confirmation are examples of partial blending that Madison defended, not \
accumulation of all powers.`,
    choices: [
      {
        id: "elected-assembly-does-all",
        text: "An elected assembly that makes the laws, enforces them and tries lawbreakers",
        correct: true,
      },
      {
        id: "senate-confirms",
        text: "A Senate whose approval the President needs before appointing judges",
        feedback: `\
Shared appointment power is a check, not an accumulation of all powers in one set of hands.`,
      },
      {
        id: "veto-and-override",
        text: "A President who can veto bills that Congress may then override by two-thirds",
        feedback: `\
This is partial blending: each branch has a role, and neither holds all power. \
Madison defended this kind of overlap.`,
      },
      {
        id: "king-with-parliament",
        text: "A hereditary monarch who shares lawmaking with a parliament and independent courts",
        feedback: `\
Madison's test is not whether a ruler is hereditary. \
Here power is shared among separate bodies, so it is not accumulated in the same hands.`,
      },
    ],
  },
  {
    id: "q05",
    type: "single-choice",
    prompt: `\
In Federalist No. \
51, Madison wrote: "Ambition must be made to counteract ambition. ... \
If men were angels, no government would be necessary." \
What design idea is he defending?`,
    difficulty: 2,
    objectiveIds: ["explain-federalist-theory"],
    sourceIds: ["federalist-51"],
    excerptSourceId: "federalist-51",
    explanation: `\
Madison assumed officials would be ambitious, not angelic. \
His solution was to give each branch's officials the means and the personal motive to resist \
encroachments by the others, so that one ambition checks another. \
He did not expect to find officials without ambition, and he did not claim that virtue could \
replace government.`,
    choices: [
      {
        id: "means-and-motive",
        text: "Give each branch's officials the means and the motive to resist the others",
        correct: true,
      },
      {
        id: "strongest-leads",
        text: "Let the most ambitious branch lead so that the government can act quickly",
        feedback: `\
The point is the reverse: ambition in one branch should be met by ambition in another, so none \
dominates.`,
      },
      {
        id: "virtue-replaces-government",
        text: "Make citizens so virtuous that government will no longer be needed at all",
        feedback: `\
The "angels" line explains why government and internal checks are needed. \
It does not propose doing without them.`,
      },
      {
        id: "elect-unambitious",
        text: "Choose only officials with no personal ambition, so that no one abuses power",
        feedback: `\
Madison assumed people are not angels. \
He designed the system to work even though officials are ambitious.`,
      },
    ],
  },
  {
    id: "q06",
    type: "multiple-choice",
    prompt: `\
Which of these are checks that Congress, or one of its houses, can use on the President? \
Select all that apply.`,
    difficulty: 1,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution", "marbury-v-madison"],
    explanation: `\
Congress can override a veto by a two-thirds vote in each house, refuse to appropriate money, \
reject nominees through the Senate, and impeach and remove a President. \
Declaring a presidential order unconstitutional is something courts do when they decide a case \
(judicial review). \
The pardon power belongs to the President, not to Congress.`,
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "declare-unconstitutional",
        text: "Declaring a presidential order unconstitutional",
        feedback: `\
That is judicial review, which courts exercise when deciding cases. \
It is a check the judiciary holds.`,
      },
      {
        id: "congress-pardons",
        text: "Pardoning people the President's Justice Department has prosecuted",
        feedback: "Article II gives the pardon power to the President. Congress has no pardon power.",
      },
      {
        id: "impeach-remove",
        text: "The House impeaching, and the Senate convicting, the President",
        correct: true,
      },
      {
        id: "override",
        text: "Passing a bill over a veto by a two-thirds vote in each house",
        correct: true,
      },
      {
        id: "reject-nominee",
        text: "The Senate voting down one of the President's nominees",
        correct: true,
      },
      {
        id: "refuse-funds",
        text: "Refusing to appropriate money for a program the President wants",
        correct: true,
      },
    ],
  },
  {
    id: "q07",
    type: "true-false",
    prompt: `\
True or false: The text of the Constitution expressly says that the Supreme Court may strike down \
acts of Congress that conflict with the Constitution.`,
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution", "marbury-v-madison"],
    answer: false,
    explanation: `\
Article III gives the courts "The judicial Power of the United States" but does not spell out a \
power to strike down laws. \
The Supreme Court first exercised that power against an act of Congress in Marbury v. \
Madison (1803), reasoning that it is "the province and duty of the judicial department to say what \
the law is." \
Judicial review is well established, but it rests on that reasoning, not on an explicit clause.`,
    feedbackTrue: `\
Many people assume this, but no clause says it outright. \
The power was established by the Court's reasoning in Marbury v. \
Madison (1803).`,
    feedbackFalse: `\
Right. \
Judicial review comes from Marbury v. \
Madison's reading of the Constitution, not from an explicit clause.`,
  },
  {
    id: "q08",
    type: "numeric",
    prompt: `\
On November 7, 1973, the House voted 284-135 to override President Nixon's veto of the War Powers \
Resolution, so 419 members voted. \
Assume the two-thirds requirement is counted among those 419 votes. \
What is the smallest number of "yes" votes that would have been enough?`,
    difficulty: 3,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution", "frus-wpr-note", "war-powers-resolution"],
    explanation: `\
Two-thirds of 419 is about 279.3. \
Since a member cannot cast part of a vote, at least 280 "yes" votes were needed. \
The State Department historian's note on the vote says the House total of 284 was four more than \
required. \
The Senate vote of 75-18 also cleared two-thirds: 62 of 93 would have been enough. \
A simple majority (210) passes an ordinary bill but cannot override a veto.`,
    hints: ["Multiply 419 by 2/3, then think about whether you can round down."],
    answer: {
      value: 280,
      tolerance: 0,
    },
    unit: "votes",
    nearMisses: [
      {
        answer: {
          value: 279,
          tolerance: 0,
        },
        fraction: 0.5,
        feedback: `\
Close. \
Two-thirds of 419 is about 279.3, so 279 falls just short. \
The next whole number, 280, is needed.`,
      },
      {
        answer: {
          value: 210,
          tolerance: 0,
        },
        fraction: 0,
        feedback: "That is a simple majority, which is enough to pass a bill but not to override a veto.",
      },
    ],
  },
  {
    id: "q09",
    type: "short-text",
    prompt: `\
Federalist Nos. \
47 and 51 appeared under the pen name "Publius." \
Which of the three authors of The Federalist wrote them? \
(A last name is enough.)`,
    difficulty: 1,
    objectiveIds: ["explain-federalist-theory"],
    sourceIds: [
      "federalist-47",
      "federalist-51",
      "federalist-78",
      "dawson-federalist-authorship",
      "bourne-federalist-authorship",
    ],
    explanation: `\
James Madison wrote Federalist Nos. 47 and 51. \
Alexander Hamilton wrote No. 78, on the judiciary, and John Jay wrote only a few of the essays. \
Because the essays were signed "Publius," readers at the time did not see the authors' names. \
Later lists of authors disagreed: Hamilton's list also claimed No. 51, but Madison's own list \
and later study credit it to him.`,
    answers: [
      {
        text: "Madison",
      },
      {
        text: "James Madison",
      },
    ],
    matching: {
      caseSensitive: false,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "q10",
    type: "cloze",
    prompt: "Complete the description of impeachment under Article I.",
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution"],
    explanation: `\
Article I, Section 2 gives the House "the sole Power of Impeachment," meaning the power to bring \
charges. \
Article I, Section 3 gives the Senate the sole power to try impeachments, requires two-thirds of \
the members present to convict, and has the Chief Justice preside when the President is tried. \
A common confusion is to think the House both charges and convicts, or that a simple majority \
removes an official.`,
    text: `\
The {{charging-body}} has the sole power to impeach, which means to bring formal charges against \
an official. \
The {{trial-body}} then holds the trial. \
Conviction requires {{threshold}} of the members present. \
When a President is tried, the {{presiding-officer}} presides.`,
    blanks: [
      {
        id: "charging-body",
        kind: "choice",
        choices: [
          {
            id: "house",
            text: "House of Representatives",
            correct: true,
          },
          {
            id: "senate",
            text: "Senate",
          },
          {
            id: "supreme-court",
            text: "Supreme Court",
          },
        ],
      },
      {
        id: "trial-body",
        kind: "choice",
        choices: [
          {
            id: "house",
            text: "House of Representatives",
          },
          {
            id: "senate",
            text: "Senate",
            correct: true,
          },
          {
            id: "supreme-court",
            text: "Supreme Court",
          },
        ],
      },
      {
        id: "threshold",
        kind: "choice",
        choices: [
          {
            id: "three-fourths",
            text: "three-fourths",
          },
          {
            id: "two-thirds",
            text: "two-thirds",
            correct: true,
          },
          {
            id: "majority",
            text: "a simple majority",
          },
        ],
      },
      {
        id: "presiding-officer",
        kind: "choice",
        choices: [
          {
            id: "speaker",
            text: "Speaker of the House",
          },
          {
            id: "vice-president",
            text: "Vice President",
          },
          {
            id: "chief-justice",
            text: "Chief Justice",
            correct: true,
          },
        ],
      },
    ],
  },
  {
    id: "q11",
    type: "single-choice",
    prompt: `\
In Marbury v. \
Madison (1803), Chief Justice Marshall wrote: "It is emphatically the province and duty of the \
judicial department to say what the law is." \
What did the Court do with that principle in the case itself?`,
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["marbury-v-madison"],
    excerptSourceId: "marbury-v-madison",
    explanation: `\
Because judges must say what the law is, Marshall reasoned, they must refuse to apply a statute \
that conflicts with the Constitution, the higher law. \
The Court held that a section of the Judiciary Act of 1789 (section 13, as applied to issuing a \
kind of order called mandamus in cases starting in the Supreme Court) was unconstitutional. \
It was the first time the Court struck down part of an act of Congress. \
The Court did not order the executive to act, and it did not ask Congress to approve anything.`,
    choices: [
      {
        id: "enforced-act",
        text: "It ordered the executive branch to carry out the disputed part of that act",
        feedback: `\
The reverse: the Court refused to apply that section because it conflicted with the Constitution.`,
      },
      {
        id: "struck-down-act",
        text: "It refused to apply part of the Judiciary Act of 1789 as unconstitutional",
        correct: true,
      },
      {
        id: "congress-approves-rulings",
        text: "It ruled that Congress must approve its constitutional rulings first",
        feedback: `\
Nothing in Marbury gives Congress a veto over court rulings. \
The case asserted the courts' own duty to interpret the law.`,
      },
      {
        id: "requested-amendment",
        text: "It asked Congress to propose an amendment creating judicial review",
        feedback: `\
No amendment was involved. \
The Court reasoned that the power follows from the judicial role and a written Constitution.`,
      },
    ],
  },
  {
    id: "q12",
    type: "single-choice",
    prompt: `\
Scenario: A President wants to build and staff a large new military base. \
Majorities in both houses of Congress oppose the plan, but not by two-thirds. \
Which constitutional tool lets Congress most directly block the plan without needing the \
President's signature on anything?`,
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-constitution", "crs-lsb10242"],
    explanation: `\
"No Money shall be drawn from the Treasury, but in Consequence of Appropriations made by Law." \
If Congress does not appropriate money for the base, there is no bill for the President to veto, \
so this is the most direct tool. \
(Article I even limits money to support armies to two years at a time.) It is not always the \
last word: a President may look for funds Congress already provided for other purposes, as in \
2019, when a national emergency was declared to redirect unspent military construction money \
toward a border wall. \
Passing a bill that bans the base is tempting, but a bill must be presented to the President, \
who can veto it, and without two-thirds Congress cannot override.`,
    choices: [
      {
        id: "advisory-ruling",
        text: "Asking the Supreme Court for a ruling against the plan",
        feedback: `\
Courts decide cases brought to them; they do not issue rulings on request to settle policy \
disputes between the branches.`,
      },
      {
        id: "impeach-secretary",
        text: "Impeaching the Secretary of Defense for proposing the base",
        feedback: `\
The Constitution ties impeachment to "Treason, Bribery, or other high Crimes and Misdemeanors." \
It is not the tool the Constitution provides for blocking a spending plan.`,
      },
      {
        id: "withhold-appropriation",
        text: "Declining to appropriate any money to build or staff the base",
        correct: true,
      },
      {
        id: "ban-bill",
        text: "Passing a bill that bans the base",
        feedback: `\
A bill goes to the President, who can veto it. \
With less than two-thirds in each house, Congress could not override.`,
      },
    ],
  },
  {
    id: "q13",
    type: "true-false",
    prompt: `\
True or false: Justice Samuel Chase was impeached by the House, but the Senate acquitted him, so \
he stayed on the Supreme Court.`,
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["loc-samuel-chase", "pickering-impeachment"],
    answer: true,
    explanation: `\
The House impeached Chase in 1804, and the Senate acquitted him on March 1, 1805, so he stayed \
on the Court. \
He remains the only Supreme Court justice ever impeached. \
The first federal judge actually removed by impeachment was District Judge John Pickering, \
convicted by the Senate in 1804. \
The case shows that impeachment by the House is only a charge; removal needs two-thirds of the \
senators present.`,
    feedbackTrue: "Correct. The Senate acquitted Chase in 1805, so impeachment did not remove him.",
    feedbackFalse: `\
Chase was impeached, but the Senate acquitted him in 1805. \
Impeachment is a charge, not a removal.`,
  },
  {
    id: "q14",
    type: "single-choice",
    prompt: "How did the judicial branch check the President in United States v. Nixon (1974)?",
    difficulty: 2,
    objectiveIds: ["analyze-checks"],
    sourceIds: ["us-v-nixon"],
    explanation: `\
The Court ruled 8-0 that executive privilege exists but is not absolute. \
A general claim of confidentiality had to give way to a specific need for evidence in a criminal \
trial, so Nixon had to turn over the subpoenaed recordings. \
Courts cannot remove a President; removal belongs to Congress through impeachment. \
The Court also did not say executive privilege never exists.`,
    choices: [
      {
        id: "override-veto",
        text: "It overrode one of Nixon's vetoes by a vote of the full Supreme Court",
        feedback: "Only Congress can override a veto, by a two-thirds vote in each house.",
      },
      {
        id: "no-confidentiality",
        text: "It held that Presidents have no right to keep any of their talks confidential",
        feedback: `\
The Court recognized that the privilege exists but held that it must yield in these circumstances.`,
      },
      {
        id: "privilege-not-absolute",
        text: "It held that his privilege was not absolute, so he had to turn over the subpoenaed tapes",
        correct: true,
      },
      {
        id: "removed-nixon",
        text: "It found Nixon guilty of obstructing justice and removed him from the presidency",
        feedback: `\
Courts have no power to remove a President. \
Only the Senate can remove one, after the House impeaches.`,
      },
    ],
  },
  {
    id: "q15",
    type: "multiple-choice",
    prompt: `\
Hamilton wrote in Federalist No. \
78 that the judiciary "may truly be said to have neither FORCE nor WILL, but merely judgment; and \
must ultimately depend upon the aid of the executive arm even for the efficacy of its judgments." \
Which conclusions follow from this passage? \
Select all that apply.`,
    difficulty: 3,
    objectiveIds: ["explain-federalist-theory", "analyze-checks"],
    sourceIds: ["federalist-78"],
    excerptSourceId: "federalist-78",
    explanation: `\
"Depend upon the aid of the executive arm" means courts need the executive to enforce their \
rulings. \
Having neither force nor will means courts command neither the military nor the lawmaking and \
spending powers, which is why Hamilton called the judiciary the "least dangerous" branch. \
The passage says nothing about following majority wishes, and it argues the opposite of the claim \
that courts are the most dangerous branch.`,
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "weaker-branch",
        text: "Hamilton saw courts as weaker than the branches with the army and the money.",
        correct: true,
      },
      {
        id: "needs-executive",
        text: "Courts need the executive branch's help to carry out their rulings.",
        correct: true,
      },
      {
        id: "follow-majority",
        text: "Judges should decide cases the way most voters in the country would want them to.",
        feedback: `\
The passage is about what power courts have, not whose wishes they follow. \
"Judgment" here means legal reasoning.`,
      },
      {
        id: "most-dangerous",
        text: "The judiciary is the most dangerous branch because it always has the final word.",
        feedback: `\
Hamilton argued the opposite in this essay, calling the judiciary the "least dangerous" branch.`,
      },
    ],
  },
  {
    id: "q16",
    type: "short-text",
    prompt: `\
Name the writer whose book The Spirit of the Laws (1748) is the source of the separation-of-powers \
maxim that Madison discussed in Federalist No. \
47.`,
    difficulty: 1,
    objectiveIds: ["explain-federalist-theory"],
    sourceIds: ["montesquieu-spirit-of-laws", "federalist-47"],
    explanation: `\
Montesquieu's The Spirit of the Laws (1748) argued that liberty is endangered when the same hands \
make, enforce and judge the law. \
Anti-Federalists invoked his maxim against the Constitution, and Madison answered them in \
Federalist No. \
47 by arguing that partial blending is compatible with it.`,
    answers: [
      {
        text: "Montesquieu",
      },
      {
        text: "Baron de Montesquieu",
      },
    ],
    matching: {
      caseSensitive: false,
      ignoreDiacritics: true,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "q17",
    type: "single-choice",
    prompt: `\
A classmate says: "The Constitution keeps the three branches completely separate, so no branch \
ever takes part in another branch's work." \
Which response best fits the Constitution's text and Madison's argument in Federalist No. \
47?`,
    difficulty: 3,
    objectiveIds: ["compare-separation-views", "identify-branch-powers"],
    sourceIds: ["federalist-47", "us-constitution"],
    explanation: `\
The text itself blends some functions. \
The President's veto is part of lawmaking, and the Senate's advice and consent is part of \
appointments and treaties. \
Madison did not deny this. \
He argued that such partial blending is compatible with Montesquieu's principle, which forbids \
accumulating all powers in the same hands. \
The tempting wrong answer misreads Madison: he called accumulation of all powers tyranny, not \
every overlap.`,
    choices: [
      {
        id: "any-overlap-tyranny",
        text: `\
Right: Madison wrote that any overlap between branches is the very definition of tyranny`,
        feedback: `\
Madison called the accumulation of all powers in the same hands tyranny. \
He defended partial overlaps.`,
      },
      {
        id: "overlaps-from-amendments",
        text: "Right for 1787: the overlaps between the branches were added later by amendments",
        feedback: "The veto and Senate confirmation are in the original text of Articles I and II.",
      },
      {
        id: "partly-blended",
        text: "Not quite: the veto and Senate consent blend roles, which Madison defended",
        correct: true,
      },
      {
        id: "congress-controls-all",
        text: "Not quite: the branches are not separate at all, since Congress controls the others",
        feedback: `\
Each branch has its own article and its own powers, and the President and courts can check \
Congress as well.`,
      },
    ],
  },
  {
    id: "q18",
    type: "single-choice",
    prompt: `\
Who charged that the proposed Constitution broke the maxim that the branches must be "separate and \
distinct," prompting Madison's reply in Federalist No. \
47?`,
    difficulty: 2,
    objectiveIds: ["compare-separation-views"],
    sourceIds: ["federalist-47", "montesquieu-spirit-of-laws", "mason-objections"],
    explanation: `\
Anti-Federalist critics of the Constitution, such as George Mason, invoked Montesquieu's maxim \
to argue that the plan mixed the branches too much. \
Federalist No. 47 is Madison's answer to them. \
Montesquieu wrote in 1748, long before the Constitution existed. \
Hamilton was Madison's co-author on the same side, and Marbury v. \
Madison came in 1803, well after ratification.`,
    choices: [
      {
        id: "montesquieu",
        text: "Montesquieu himself, writing about the American plan",
        feedback: `\
Montesquieu published in 1748, decades before the Constitution. \
Critics of the plan invoked his maxim.`,
      },
      {
        id: "anti-federalists",
        text: "Anti-Federalist critics of the Constitution",
        correct: true,
      },
      {
        id: "marbury-court",
        text: "The Supreme Court in Marbury v. Madison",
        feedback: "Marbury was decided in 1803, long after the ratification debate of 1787-88.",
      },
      {
        id: "hamilton",
        text: "Alexander Hamilton, in Federalist No. 78",
        feedback: `\
Hamilton co-wrote The Federalist in defense of the Constitution, on the same side as Madison.`,
      },
    ],
  },
] satisfies Lesson["questions"];
