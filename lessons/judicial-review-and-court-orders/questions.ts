import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "q01",
    type: "single-choice",
    prompt: "What did the Supreme Court decide in *Marbury v. Madison* (1803)?",
    difficulty: 1,
    objectiveIds: ["explain-marbury-cooper"],
    sourceIds: ["marbury-v-madison"],
    explanation: `\
Marbury is the first case in which the Court held part of an act of Congress (Section 13 of the \
Judiciary Act of 1789, as applied to issuing mandamus in the Court's original jurisdiction) \
unconstitutional and refused to apply it. \
That is judicial review. \
The Court did not issue the writ, because the statute that would have let it do so was the part it \
struck down.`,
    choices: [
      {
        id: "issued-the-writ",
        text: "It issued a writ of mandamus ordering Secretary of State Madison to act.",
        feedback: `\
The case was about mandamus, but the Court concluded that the provision letting it issue the writ \
in that kind of case was unconstitutional, so it did not issue the writ.`,
      },
      {
        id: "struck-down-act-of-congress",
        text: "It refused to apply part of a 1789 act of Congress as unconstitutional.",
        correct: true,
      },
      {
        id: "struck-down-state-law",
        text: "It struck down a state law because it conflicted with the Constitution.",
        feedback: "Marbury concerned an act of Congress, not a state law.",
      },
      {
        id: "limited-pardons",
        text: "It held that a President cannot pardon a federal judge for any crime.",
      },
    ],
  },
  {
    id: "q02",
    type: "single-choice",
    prompt: `\
Read the excerpt from *Federalist* No. \
78. \
According to Hamilton, why must the judiciary "depend upon the aid of the executive arm"?`,
    difficulty: 2,
    excerptSourceId: "federalist-78",
    objectiveIds: ["analyze-enforcement"],
    sourceIds: ["federalist-78"],
    explanation: `\
Hamilton says courts have "neither FORCE nor WILL, but merely judgment." \
They decide cases, but they have no army or treasury of their own, so they rely on the executive \
to make their judgments effective. \
He did not say judges must follow the President's wishes: his point is about enforcement, not \
obedience.`,
    hints: ["Look at what Hamilton says courts lack: FORCE and WILL."],
    choices: [
      {
        id: "follow-president",
        text: "Judges must follow the President's own view of what the law means.",
        feedback: `\
The essay argues the opposite elsewhere: courts must treat the Constitution as fundamental law. \
"Aid" here means help in enforcement, not direction.`,
      },
      {
        id: "judgment-only",
        text: "Courts issue judgments but have no force of their own to carry them out.",
        correct: true,
      },
      {
        id: "most-dangerous",
        text: "The judiciary is the most dangerous branch, so it must be watched.",
        feedback: `\
Hamilton called the judiciary the "least dangerous" branch, precisely because it lacks force and \
will.`,
      },
      {
        id: "controls-purse",
        text: "Courts control federal spending, so they need the executive to collect taxes.",
      },
    ],
  },
  {
    id: "q03",
    type: "true-false",
    prompt: `\
True or false: Records from 1832 show Andrew Jackson saying, "John Marshall has made his decision; \
now let him enforce it."`,
    difficulty: 1,
    answer: false,
    objectiveIds: ["weigh-historical-evidence"],
    sourceIds: ["chronicles-oklahoma", "jackson-coffee-letter"],
    explanation: `\
No evidence from 1832 records the line. \
It first appears in Horace Greeley's 1864 history, second-hand, 32 years after the decision, so \
historians treat it as likely apocryphal. \
Jackson's real letter of April 7, 1832 to John Coffee shows a similar attitude ("has fell still \
born") but is not the famous line.`,
    feedbackTrue: `\
The line is widely repeated, but it first appears in an 1864 book, second-hand. \
Jackson's actual letter from 1832 uses different words.`,
  },
  {
    id: "q04",
    type: "multiple-choice",
    prompt: `\
Which facts support treating the "let him enforce it" line as likely apocryphal? \
Select all that apply.`,
    difficulty: 2,
    scoring: "right-minus-wrong",
    objectiveIds: ["weigh-historical-evidence"],
    sourceIds: ["chronicles-oklahoma", "worcester", "jackson-coffee-letter"],
    explanation: `\
The line's earliest known source is Greeley's 1864 book, which relied on someone else's \
recollection decades later. \
Worcester did not order Jackson to do anything at the time, which makes a defiant reply to such \
an order less likely. \
And Jackson's real letter to John Coffee in April 1832 says the decision "has fell still born", \
which shows his attitude but is not the famous line. \
The ruling went against Georgia, not for it.`,
    hints: ["Ask when and by whom the line was first written down."],
    choices: [
      {
        id: "no-order-to-jackson",
        text: "The Worcester ruling did not order Jackson to do anything at the time.",
        correct: true,
      },
      {
        id: "georgia-won",
        text: "The Court ruled for Georgia, so there was nothing for Jackson to resist.",
        feedback: `\
The Court ruled against Georgia: its license law was void and Worcester's conviction was reversed.`,
      },
      {
        id: "in-coffee-letter",
        text: "The line appears word for word in a letter Jackson wrote that same April.",
        feedback: `\
The letter says the decision "has fell still born." \
It shows Jackson's attitude but not the famous line.`,
      },
      {
        id: "greeley-1864",
        text: "It first appears in print in 1864, second-hand, 32 years after the decision.",
        correct: true,
      },
      {
        id: "letter-wording",
        text: "Jackson's own letter of April 1832 about the case uses different words.",
        correct: true,
      },
    ],
  },
  {
    id: "q05",
    type: "single-choice",
    prompt: `\
How was the federal court's desegregation order in Little Rock finally carried out in September \
1957?`,
    difficulty: 2,
    objectiveIds: ["analyze-enforcement"],
    sourceIds: ["eo-10730"],
    explanation: `\
Executive Order 10730 (September 24, 1957) placed the Arkansas National Guard under federal \
control and sent about 1,000 soldiers of the 101st Airborne; the nine students entered under \
escort on September 25. \
The court itself had no troops: it took the President's action. \
Governor Faubus had called out the Guard earlier, and the students were turned away.`,
    choices: [
      {
        id: "faubus-escort",
        text: "Governor Faubus ordered the Arkansas Guard to escort the students.",
        feedback: `\
Faubus called out the Guard on September 2, and the students were turned away. \
They entered under escort only after the President acted.`,
      },
      {
        id: "congress-statute",
        text: "Congress passed a law ordering the school to admit the students.",
        feedback: `\
Congress passed no such law. \
The order came from a federal court, and the President enforced it.`,
      },
      {
        id: "court-marshals",
        text: "The Supreme Court sent its own officers to arrest the mob.",
        feedback: `\
The Court has no enforcement force of its own, which is Hamilton's point in Federalist No. \
78.`,
      },
      {
        id: "eo-10730",
        text: "President Eisenhower sent in federal troops under Executive Order 10730.",
        correct: true,
      },
    ],
  },
  {
    id: "q06",
    type: "matching",
    prompt: "Match each case to its holding. One holding is not used.",
    difficulty: 2,
    objectiveIds: ["explain-marbury-cooper", "analyze-enforcement", "compare-sanctions", "evaluate-checks-on-judges"],
    sourceIds: [
      "marbury-v-madison",
      "cooper-v-aaron",
      "us-v-nixon",
      "worcester",
      "ex-parte-grossman",
      "young-v-vuitton",
      "trump-v-casa",
    ],
    explanation: `\
Marbury established judicial review; Cooper held state officials bound by the Court's reading of \
the Constitution; Nixon held executive privilege is not absolute; Worcester voided Georgia's law \
over Cherokee territory; Grossman let the President pardon criminal contempt; Young allowed \
disinterested private prosecutors for contempt; CASA limited universal injunctions. \
No case here held that the President may pardon civil contempt: Grossman indicated the opposite.`,
    premises: [
      {
        id: "marbury",
        text: "Marbury v. Madison (1803)",
      },
      {
        id: "cooper",
        text: "Cooper v. Aaron (1958)",
      },
      {
        id: "nixon",
        text: "United States v. Nixon (1974)",
      },
      {
        id: "worcester",
        text: "Worcester v. Georgia (1832)",
      },
      {
        id: "grossman",
        text: "Ex parte Grossman (1925)",
      },
      {
        id: "young",
        text: "Young v. United States ex rel. Vuitton (1987)",
      },
      {
        id: "casa",
        text: "Trump v. CASA, Inc. (2025)",
      },
    ],
    responses: [
      {
        id: "privilege-not-absolute",
        text: "Executive privilege must yield to a specific need for evidence in a criminal trial.",
      },
      {
        id: "universal-injunctions",
        text: "Universal injunctions likely exceed the authority Congress gave federal courts.",
      },
      {
        id: "pardon-criminal-contempt",
        text: "The President's pardon power covers criminal contempt of court.",
      },
      {
        id: "georgia-law-void",
        text: `\
Georgia's laws could not be applied inside the Cherokee Nation, so a missionary's conviction was \
reversed.`,
      },
      {
        id: "states-bound",
        text: `\
State officials are bound by the Court's interpretation of the Constitution and cannot suspend \
desegregation over violence.`,
      },
      {
        id: "judicial-review",
        text: "Courts may refuse to apply an act of Congress that conflicts with the Constitution.",
      },
      {
        id: "private-prosecutor",
        text: `\
Courts may appoint private prosecutors for criminal contempt, but not the lawyer for the party \
that benefits.`,
      },
      {
        id: "pardon-civil-contempt",
        text: "The President may pardon civil contempt to end a coercive fine.",
      },
    ],
    pairs: {
      marbury: "judicial-review",
      cooper: "states-bound",
      nixon: "privilege-not-absolute",
      worcester: "georgia-law-void",
      grossman: "pardon-criminal-contempt",
      young: "private-prosecutor",
      casa: "universal-injunctions",
    },
  },
  {
    id: "q07",
    type: "categorize",
    prompt: "Sort each feature into civil contempt or criminal contempt.",
    difficulty: 2,
    objectiveIds: ["compare-sanctions"],
    sourceIds: ["conan-contempt", "gompers", "rule-42", "ex-parte-grossman"],
    explanation: `\
Civil contempt looks forward: it coerces obedience or compensates the injured side, and obeying \
ends it (the person "carries the keys of his prison"). \
Criminal contempt looks back: it punishes completed disobedience with a fixed penalty, brings \
criminal-case protections, is prosecuted under Rule 42, and, under Ex parte Grossman, can be \
pardoned. \
The pardon point trips many people up: the Court indicated a pardon does not reach civil contempt.`,
    categories: [
      {
        id: "civil",
        text: "Civil contempt",
      },
      {
        id: "criminal",
        text: "Criminal contempt",
      },
    ],
    items: [
      {
        id: "punishes-past",
        text: "Punishes an act of disobedience that is already complete",
        categoryId: "criminal",
      },
      {
        id: "compensates",
        text: "Can repay the party harmed by the disobedience",
        categoryId: "civil",
      },
      {
        id: "not-pardonable",
        text: "The Supreme Court indicated the pardon power does not reach it",
        categoryId: "civil",
      },
      {
        id: "fixed-penalty",
        text: "Carries a fixed penalty that later obedience cannot erase",
        categoryId: "criminal",
      },
      {
        id: "criminal-protections",
        text: "Brings the procedural protections of a criminal case",
        categoryId: "criminal",
      },
      {
        id: "rule-42",
        text: "The court first asks a government attorney to prosecute it",
        categoryId: "criminal",
      },
      {
        id: "ends-on-compliance",
        text: "Ends as soon as the person obeys the order",
        categoryId: "civil",
      },
      {
        id: "keys-of-prison",
        text: 'The person "carries the keys of his prison"',
        categoryId: "civil",
      },
      {
        id: "pardonable",
        text: "Can be pardoned by the President (Ex parte Grossman)",
        categoryId: "criminal",
      },
    ],
  },
  {
    id: "q08",
    type: "single-choice",
    prompt: `\
Read the excerpt from Rule 42. \
A federal judge asks the U.S. \
Attorney's office to prosecute a criminal contempt, and the office declines. \
What does the rule say happens next?`,
    difficulty: 2,
    excerptSourceId: "rule-42",
    objectiveIds: ["compare-sanctions"],
    sourceIds: ["rule-42", "young-v-vuitton"],
    explanation: `\
The rule's second sentence is direct: "If the government declines the request, the court must \
appoint another attorney to prosecute the contempt." \
The case does not simply end, and the judge does not prosecute personally. \
Young v. \
Vuitton adds that the appointed attorney must be disinterested.`,
    choices: [
      {
        id: "case-ends",
        text: "The contempt charge is dropped, because only the executive may prosecute.",
        feedback: `\
That is a common assumption, but the rule requires the court to appoint another attorney when the \
government declines.`,
      },
      {
        id: "congress-decides",
        text: "The matter goes to Congress to decide.",
      },
      {
        id: "judge-prosecutes",
        text: "The judge prosecutes the case personally.",
        feedback: `\
The rule calls for an appointed attorney, not the judge, and Rule 42 also limits a judge who was \
the target of criticism from presiding.`,
      },
      {
        id: "appoint-another",
        text: "The court must appoint another attorney to prosecute.",
        correct: true,
      },
    ],
  },
  {
    id: "q09",
    type: "single-choice",
    prompt: `\
A company wins a court order forbidding a rival from selling copies of its product. \
The rival keeps selling, and the judge wants a private lawyer to prosecute criminal contempt. \
Under *Young v. \
United States ex rel. \
Vuitton*, which appointment would be improper?`,
    difficulty: 3,
    objectiveIds: ["compare-sanctions"],
    sourceIds: ["young-v-vuitton"],
    explanation: `\
Young confirmed that courts may appoint private prosecutors for criminal contempt, but the \
prosecutor must be disinterested. \
The lawyer for the company that benefits from the order has a stake in the outcome, so appointing \
that lawyer is improper. \
Appointing an unconnected private lawyer is allowed.`,
    choices: [
      {
        id: "winning-party-lawyer",
        text: "The lawyer who represents the company that won the order",
        correct: true,
      },
      {
        id: "unconnected-lawyer",
        text: "A private lawyer with no connection to either company",
        feedback: `\
Young allows appointing a private attorney; the problem is only a prosecutor with a stake in the \
outcome.`,
      },
      {
        id: "any-private",
        text: "Any private lawyer at all, because only government attorneys may prosecute contempt",
        feedback: "Young held that courts have inherent authority to appoint private prosecutors.",
      },
    ],
  },
  {
    id: "q10",
    type: "true-false",
    prompt: `\
True or false: Under *Ex parte Grossman* (1925), a President may pardon a person convicted of \
criminal contempt of court.`,
    difficulty: 2,
    answer: true,
    objectiveIds: ["compare-sanctions"],
    sourceIds: ["ex-parte-grossman", "conan-contempt", "conan-contempt-power", "us-constitution"],
    explanation: `\
Grossman held that the pardon power covers criminal contempt, which punishes an offense against \
the United States. \
The Court indicated, without having to decide it, that a pardon does not reach civil contempt, \
which is remedial and exists for the benefit of the other party in the case.`,
    feedbackFalse: `\
Grossman upheld the pardon of a man jailed for criminal contempt. \
The open question concerns civil contempt, not criminal.`,
  },
  {
    id: "q11",
    type: "cloze",
    prompt: "Complete the summary of *United States v. Nixon*.",
    difficulty: 2,
    objectiveIds: ["analyze-enforcement"],
    sourceIds: ["us-v-nixon"],
    explanation: `\
The vote was 8–0, not 9–0, because Justice Rehnquist took no part. \
The Court held that executive privilege exists but must yield to a specific need for evidence in a \
criminal trial. \
Nixon turned over the tapes and resigned effective August 9, 1974: the ruling worked because he \
complied.`,
    text: `\
In 1974 the Supreme Court, by a vote of {{vote}}, held that executive privilege {{scope}}. \
President Nixon {{response}}, and his resignation took effect about two weeks later.`,
    blanks: [
      {
        id: "vote",
        kind: "choice",
        choices: [
          {
            id: "five-four",
            text: "5–4",
          },
          {
            id: "eight-zero",
            text: "8–0",
            correct: true,
          },
          {
            id: "nine-zero",
            text: "9–0",
          },
        ],
      },
      {
        id: "scope",
        kind: "choice",
        choices: [
          {
            id: "yields",
            text: "must yield to a specific need for evidence at a trial",
            correct: true,
          },
          {
            id: "absolute",
            text: "is absolute while a President is in office",
          },
          {
            id: "does-not-exist",
            text: "does not exist for a President at all",
          },
        ],
      },
      {
        id: "response",
        kind: "choice",
        choices: [
          {
            id: "refused",
            text: "refused, and federal marshals seized the tapes",
          },
          {
            id: "complied",
            text: "complied and turned over the tapes",
            correct: true,
          },
          {
            id: "ignored",
            text: "ignored the ruling until Congress intervened",
          },
        ],
      },
    ],
  },
  {
    id: "q12",
    type: "numeric",
    prompt: `\
At the January 2026 Senate hearing on impeaching judges, Sen. Ted Cruz acknowledged that \
impeaching federal judges is rare. \
According to the count Fox News gave in its report on the hearing, how many federal judges have \
been impeached in U.S. history?`,
    difficulty: 2,
    objectiveIds: ["evaluate-checks-on-judges"],
    sourceIds: ["fox-cruz-impeachment-hearing-2026", "loc-samuel-chase", "us-constitution"],
    explanation: `\
Reporting Sen. Cruz's acknowledgment that judicial impeachments are rare, Fox News gave the \
count: 15 federal judges impeached in U.S. history, typically for crimes such as bribery. \
Impeachment by the House is only a charge; removal needs two-thirds of the senators present, and \
some impeached judges were acquitted, as Justice Samuel Chase was in 1805. \
Because impeachment is so rare, Chief Justice Roberts pointed to appeals as the normal response \
to disagreement with a ruling.`,
    answer: {
      value: 15,
    },
    unit: "judges",
    nearMisses: [
      {
        answer: {
          value: 1,
        },
        fraction: 0,
        feedback: `\
One is the number of Supreme Court justices ever impeached (Samuel Chase). \
The question asks about all federal judges.`,
      },
    ],
  },
  {
    id: "q13",
    type: "short-text",
    prompt: `\
Read Chief Justice Roberts' statement of March 18, 2025. \
According to it, what process exists to respond to disagreement with a judicial decision? \
(A few words.)`,
    difficulty: 1,
    excerptSourceId: "roberts-statement",
    objectiveIds: ["evaluate-checks-on-judges"],
    sourceIds: ["roberts-statement"],
    explanation: `\
The statement says impeachment is not an appropriate response to disagreement with a ruling and \
that "The normal appellate review process exists for that purpose": a losing party appeals to a \
higher court.`,
    answers: [
      {
        text: "appellate review",
      },
      {
        text: "the normal appellate review process",
      },
      {
        text: "appellate review process",
      },
      {
        text: "appeal",
      },
      {
        text: "appeals",
      },
      {
        text: "an appeal",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "q14",
    type: "single-choice",
    prompt: `\
A classmate says: "In *Trump v. \
CASA*, the Supreme Court banned nationwide injunctions and upheld the birthright-citizenship \
order." \
Which correction is accurate?`,
    difficulty: 3,
    objectiveIds: ["evaluate-checks-on-judges"],
    sourceIds: ["trump-v-casa", "volokh-barbara-cert-2025", "scotusblog-barbara-ruling-2026"],
    explanation: `\
CASA addressed universal injunctions, meaning relief for people who are not parties. \
Courts can still give plaintiffs complete relief, and the majority pointed to class actions for \
broader relief. \
CASA did not decide whether Executive Order 14160 is lawful. \
That question came to the Court in a separate case, Trump v. \
Barbara, which it decided against the order on June 30, 2026. \
Both halves of the classmate's claim overstate what CASA itself did.`,
    hints: [
      `\
Separate what the Court said about remedies from what it said about the executive order itself.`,
    ],
    choices: [
      {
        id: "struck-order",
        text: "It struck down the birthright-citizenship order as unconstitutional.",
        feedback: `\
Not in CASA. \
The order's lawfulness was decided in a separate case, Trump v. \
Barbara (2026).`,
      },
      {
        id: "merits-only",
        text: "It upheld the order but said nothing about injunctions.",
        feedback: `\
The ruling was about the scope of injunctions. \
It expressly left the lawfulness of the order undecided.`,
      },
      {
        id: "universal-not-merits",
        text: "It limited relief for non-parties and left the order's lawfulness open.",
        correct: true,
      },
      {
        id: "banned-all-broad",
        text: "Right: courts may no longer give any relief beyond the named plaintiffs.",
        feedback: `\
The majority pointed to class actions as a route to broad relief, and complete relief for the \
parties remains available.`,
      },
    ],
  },
  {
    id: "q15",
    type: "multiple-choice",
    prompt: `\
In August 2025 a D.C. \
Circuit panel vacated Judge Boasberg's probable-cause finding, 2–1. \
Which arguments were made by the judges **in the majority**? \
Select all that apply.`,
    difficulty: 3,
    scoring: "right-minus-wrong",
    objectiveIds: ["compare-sanctions", "evaluate-checks-on-judges"],
    sourceIds: ["dc-cir-mandamus", "jgg-contempt-opinion"],
    explanation: `\
Judge Katsas wrote that the word "removing" was ambiguous and could not support a criminal \
contempt conviction; Judge Rao wrote that the court could not coerce compliance with an order the \
Supreme Court had vacated, and that doing so intruded on the President's foreign-affairs powers. \
The claim that the spoken instructions were clear comes from Judge Pillard's dissent, and "willful \
disregard" was Judge Boasberg's own finding. \
This question asks who argued what, not who was right.`,
    choices: [
      {
        id: "removing-ambiguous",
        text: `\
The order's word "removing" was too unclear to support a criminal conviction.`,
        correct: true,
      },
      {
        id: "willful-disregard",
        text: `\
The government's conduct that weekend showed willful disregard of the written order.`,
        feedback: "That was Judge Boasberg's April 16, 2025 finding, which the majority vacated.",
      },
      {
        id: "vacated-order",
        text: "After the order was vacated, the trial court could no longer coerce compliance.",
        correct: true,
      },
      {
        id: "oral-clear",
        text: "The judge's spoken instructions at the hearing made clear what compliance required.",
        feedback: "That was Judge Pillard's argument in dissent.",
      },
    ],
  },
  {
    id: "q16",
    type: "multiple-choice",
    prompt: `\
Which episodes show a court ruling taking effect **because the executive acted or complied**? \
Select all that apply.`,
    difficulty: 2,
    scoring: "every-decision-counts",
    objectiveIds: ["analyze-enforcement"],
    sourceIds: ["eo-10730", "us-v-nixon", "worcester"],
    explanation: `\
In Little Rock the President sent troops to carry out the court's order, and in Nixon the \
President turned over the tapes. \
After Worcester, by contrast, Georgia did not comply and the missionaries stayed in prison until \
the governor pardoned them: a ruling without enforcement.`,
    choices: [
      {
        id: "worcester",
        text: "Worcester v. Georgia, 1832",
        feedback: `\
Georgia did not comply, and no executive action enforced the ruling. \
It is the counter-example.`,
      },
      {
        id: "little-rock",
        text: "Little Rock, 1957",
        correct: true,
      },
      {
        id: "nixon",
        text: "United States v. Nixon, 1974",
        correct: true,
      },
    ],
  },
  {
    id: "q17",
    type: "ordering",
    prompt: `\
Put these developments in the history of judicial power in chronological order, earliest first.`,
    difficulty: 2,
    scoring: "kendall-tau",
    objectiveIds: ["explain-marbury-cooper", "analyze-enforcement"],
    sourceIds: [
      "federalist-78",
      "marbury-v-madison",
      "worcester",
      "ex-parte-grossman",
      "eo-10730",
      "us-v-nixon",
      "trump-v-casa",
    ],
    explanation: `\
Federalist 78 (1788) predicted the problem before Marbury (1803) claimed judicial review. \
Worcester (1832) showed a ruling going unenforced; Grossman (1925) set the pardon rule for \
contempt; Little Rock (1957) and Nixon (1974) show the executive carrying out or obeying rulings; \
CASA (2025) limited one kind of remedy.`,
    items: [
      {
        id: "marbury",
        text: "Marbury v. Madison establishes judicial review",
      },
      {
        id: "casa",
        text: "Trump v. CASA limits universal injunctions",
      },
      {
        id: "fed-78",
        text: "Hamilton's Federalist No. 78 is published",
      },
      {
        id: "grossman",
        text: "Ex parte Grossman upholds a pardon of criminal contempt",
      },
      {
        id: "nixon",
        text: "Nixon turns over the subpoenaed tapes",
      },
      {
        id: "worcester",
        text: "Georgia does not comply with Worcester v. Georgia",
      },
      {
        id: "little-rock",
        text: "Troops enforce the Little Rock desegregation order",
      },
    ],
    correctOrder: ["fed-78", "marbury", "worcester", "grossman", "little-rock", "nixon", "casa"],
  },
  {
    id: "q18",
    type: "single-choice",
    prompt: `\
Article III says federal judges "shall hold their Offices during good Behaviour." \
What does that mean in practice?`,
    difficulty: 1,
    objectiveIds: ["evaluate-checks-on-judges"],
    sourceIds: ["us-constitution", "federalist-78"],
    explanation: `\
Judges serve for life unless the House impeaches them and the Senate convicts and removes them. \
Hamilton defended this tenure in Federalist 78 as a shield for judicial independence. \
A President cannot remove a judge for poor behaviour, and the Constitution sets no fixed terms to \
renew.`,
    choices: [
      {
        id: "president-can-remove",
        text: "They serve until a President decides their behaviour is poor.",
        feedback: `\
The President cannot remove federal judges. \
Removal requires impeachment by the House and conviction by the Senate.`,
      },
      {
        id: "ten-year-terms",
        text: "They serve ten-year terms that are renewed if they behave well.",
        feedback: `\
Article III sets no term of years. \
"During good Behaviour" means the office lasts as long as the judge is not removed.`,
      },
      {
        id: "life-unless-removed",
        text: "They serve for life unless impeached by the House and removed by the Senate.",
        correct: true,
      },
    ],
  },
] satisfies Lesson["questions"];
