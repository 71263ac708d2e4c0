import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "q01",
    type: "single-choice",
    prompt: `\
Read the excerpt from the Alien Enemies Act (50 U.S.C. § 21) and the phrase from Proclamation \
10903. \
Which of the Act's two triggers did the proclamation rely on?`,
    difficulty: 2,
    excerptSourceId: "aea-statute",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["aea-statute", "proclamation-10903", "crs-lsb11269"],
    explanation: `\
The proclamation's wording ("is perpetrating, attempting, and threatening an invasion or \
predatory incursion") tracks the statute's second trigger almost word for word. \
A declared war is the tempting answer because the Act's three earlier uses all came during \
declared wars, but Congress had declared no war in 2025. \
The Act works through a presidential proclamation, so no new vote of Congress was needed, and a \
terrorist designation is not one of the Act's triggers.`,
    hints: ["Compare the verbs in the proclamation with the verbs in the statute."],
    choices: [
      {
        id: "terrorist-designation",
        text: "The State Department's designation of the gang as a terrorist group",
        feedback: `\
The designation appears in the proclamation, but it is not one of the Act's two triggers.`,
      },
      {
        id: "declared-war",
        text: "A declared war between the United States and Venezuela, approved by Congress",
        feedback: `\
Earlier uses (1812, World War I, World War II) came during declared wars, but in 2025 there was \
no declared war.`,
      },
      {
        id: "invasion-incursion",
        text: "An invasion or predatory incursion by a foreign nation or government",
        correct: true,
      },
      {
        id: "congress-vote",
        text: "A special vote of Congress authorizing the removal of gang members",
        feedback: `\
The Act relies on a presidential proclamation; no new vote of Congress was involved.`,
      },
    ],
  },
  {
    id: "q02",
    type: "single-choice",
    prompt: `\
Read the excerpt from Proclamation 10903. \
The proclamation also asserted that Tren de Aragua acts at the direction of Venezuela's Maduro \
government. \
Based on the statute's text, why would that assertion matter to the proclamation's legal \
argument?`,
    difficulty: 3,
    excerptSourceId: "proclamation-10903",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["proclamation-10903", "aea-statute"],
    explanation: `\
The Act covers hostile acts "by any foreign nation or government." \
A gang on its own is not a nation or government, so tying TdA to the Venezuelan government links \
the claim to the statute's wording. \
The age rule is real but concerns who may be removed, not who must be acting; the Act reaches \
only non-citizens, never U.S. citizens; and it says nothing about terrorist lists. \
This question asks about the structure of the argument; whether the link holds up has been \
disputed in court.`,
    choices: [
      {
        id: "terror-list",
        text: `\
The Act applies only to groups the State Department lists as terrorist organizations.`,
        feedback: "The Act's text says nothing about terrorist designations.",
      },
      {
        id: "citizens",
        text: `\
The Act allows removal of U.S. citizens whenever a foreign government directs what they do.`,
        feedback: "The Act reaches only non-citizens from the hostile nation, never U.S. citizens.",
      },
      {
        id: "age-limit",
        text: `\
The Act covers only people aged 14 or older, so the proclamation had to show the members were \
adults.`,
        feedback: `\
The age rule is real, but it concerns who may be covered, not who must be carrying out the \
hostile acts.`,
      },
      {
        id: "foreign-government",
        text: `\
The Act requires action by a "foreign nation or government," so the gang had to be tied to one.`,
        correct: true,
      },
    ],
  },
  {
    id: "q03",
    type: "single-choice",
    prompt: `\
The lawsuit was filed before the proclamation was made public. \
Which sequence of dates for Proclamation 10903 is correct?`,
    difficulty: 2,
    objectiveIds: ["sequence-events"],
    sourceIds: ["proclamation-10903"],
    explanation: `\
The proclamation was signed March 14, made public March 15 and published in the Federal Register \
March 20, 2025. \
Many reports say Trump "invoked" the Act on March 15, the day it became public, which is why the \
signing date is often misstated; publication in the Federal Register came only after the \
flights.`,
    choices: [
      {
        id: "signed-14-public-15",
        text: "Signed March 14; made public March 15; published in the Federal Register March 20",
        correct: true,
      },
      {
        id: "signed-14-public-20",
        text: "Signed March 14; made public March 20; published in the Federal Register March 20",
        feedback: `\
The White House made it public on March 15, five days before Federal Register publication.`,
      },
      {
        id: "signed-15-public-15",
        text: "Signed March 15; made public March 15; published in the Federal Register March 15",
        feedback: `\
March 15 is when it became public. \
It was signed the day before and published in the Federal Register five days later.`,
      },
      {
        id: "signed-13-public-15",
        text: "Signed March 13; made public March 15; published in the Federal Register March 20",
        feedback: "The public and publication dates are right, but it was signed on March 14.",
      },
    ],
  },
  {
    id: "q04",
    type: "single-choice",
    prompt: `\
What did Judge Boasberg say at the March 15 evening hearing that his written minute order did \
**not** repeat?`,
    difficulty: 1,
    objectiveIds: ["compare-arguments"],
    sourceIds: ["jgg-tro", "cerna-declaration-2025"],
    explanation: `\
At the hearing, Boasberg told government lawyers that planes carrying class members that were \
about to take off or already in the air had to be returned. \
The written minute order barred the removals but did not repeat that instruction. \
Both the spoken and the written orders barred removals, so that part was not the difference; \
sworn declarations about the flights came days later, in response to a later order.`,
    choices: [
      {
        id: "release",
        text: "That the men had to be released from immigration custody while the case went on",
      },
      {
        id: "bar-removals",
        text: "That removals of class members under the proclamation were barred for 14 days",
        feedback: `\
The written order did bar removals. \
What it left out was the instruction about the planes.`,
      },
      {
        id: "turn-back",
        text: `\
That planes already in the air with class members had to turn back to the United States`,
        correct: true,
      },
      {
        id: "declarations",
        text: `\
That the government had to file sworn declarations about every removal flight that weekend`,
        feedback: "Sworn declarations about the flights came days later, after a further order.",
      },
    ],
  },
  {
    id: "q05",
    type: "ordering",
    prompt: "Put these events in the order they happened, earliest first.",
    difficulty: 2,
    scoring: "kendall-tau",
    objectiveIds: ["sequence-events"],
    sourceIds: [
      "proclamation-10903",
      "jgg-tro",
      "dc-cir-stay-denial",
      "trump-v-jgg",
      "jgg-contempt-opinion",
      "aarp-v-trump",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "jgg-feb-2026-order",
    ],
    explanation: `\
Signed March 14; sued early March 15; spoken instruction that evening; Federal Register March \
20; stay denied March 26; Trump v. J.G.G. April 7; probable cause April 16; A.A.R.P. May 16; \
panel vacates August 8; rehearing denied November 14, 2025; order on returns from third \
countries February 12, 2026. \
Note that publication in the Federal Register came after the flights.`,
    items: [
      {
        id: "stay-denied",
        text: "The D.C. Circuit refuses, 2–1, to pause Boasberg's orders",
      },
      {
        id: "panel-vacates",
        text: "A D.C. Circuit panel vacates the probable-cause finding",
      },
      {
        id: "signed",
        text: "President Trump signs Proclamation 10903",
      },
      {
        id: "oral-order",
        text: "Judge Boasberg tells government lawyers the planes must return",
      },
      {
        id: "federal-register",
        text: "The proclamation is published in the Federal Register",
      },
      {
        id: "aarp",
        text: "The Supreme Court holds that about 24 hours' notice is not enough",
      },
      {
        id: "en-banc-denied",
        text: "The full D.C. Circuit denies rehearing en banc",
      },
      {
        id: "scotus-jgg",
        text: "The Supreme Court decides Trump v. J.G.G.",
      },
      {
        id: "third-countries",
        text: "Boasberg orders help for men in third countries who want to return",
      },
      {
        id: "lawsuit",
        text: "Lawyers sue on behalf of five Venezuelan men",
      },
      {
        id: "probable-cause",
        text: "Boasberg finds probable cause of criminal contempt",
      },
    ],
    correctOrder: [
      "signed",
      "lawsuit",
      "oral-order",
      "federal-register",
      "stay-denied",
      "scotus-jgg",
      "probable-cause",
      "aarp",
      "panel-vacates",
      "en-banc-denied",
      "third-countries",
    ],
  },
  {
    id: "q06",
    type: "numeric",
    prompt: `\
According to the White House official quoted by the *Washington Post*, how many of the people \
flown to El Salvador on March 15–16, 2025 were removed **under the Alien Enemies Act** (not \
under other immigration laws)?`,
    difficulty: 2,
    objectiveIds: ["interpret-counts"],
    sourceIds: ["wapo-figures"],
    explanation: `\
The official said 137 were removed under the Alien Enemies Act. \
The total flown was 261; the other 124 were 101 Venezuelans removed under ordinary immigration \
law and 23 Salvadorans. \
Bukele's 238 counts all the Venezuelans (137 + 101), and 252 is the later number of Venezuelans \
sent from CECOT to Venezuela in July, including men who arrived on later flights.`,
    answer: {
      value: 137,
    },
    unit: "people",
    nearMisses: [
      {
        answer: {
          value: 261,
        },
        fraction: 0,
        feedback: "261 is everyone flown that weekend, under any law.",
      },
      {
        answer: {
          value: 238,
        },
        fraction: 0,
        feedback: `\
238 is Bukele's count of Venezuelans who arrived, under both the Act and ordinary immigration \
law.`,
      },
      {
        answer: {
          value: 101,
        },
        fraction: 0,
        feedback: "101 is the Venezuelans removed under ordinary immigration law, not the Act.",
      },
      {
        answer: {
          value: 252,
        },
        fraction: 0,
        feedback: `\
252 is the number of Venezuelans sent from CECOT to Venezuela in July 2025, including men who \
arrived on later flights.`,
      },
    ],
  },
  {
    id: "q07",
    type: "matching",
    prompt: "Match each number to what it measures. One description is not used.",
    difficulty: 2,
    objectiveIds: ["interpret-counts"],
    sourceIds: ["wapo-figures", "reuters-arrival-2025", "npr-exchange"],
    explanation: `\
261 is everyone flown; 137 were removed under the Act; 101 were other Venezuelans under ordinary \
immigration law; 23 were Salvadorans the government described as MS-13 members; 238 is Bukele's \
count of arrivals (all the Venezuelans); 252 is the Venezuelans sent home in July 2025, \
including men who reached CECOT on later flights. \
No Salvadorans were removed under the Act, which covered only Venezuelan citizens.`,
    premises: [
      {
        id: "n261",
        text: "261",
      },
      {
        id: "n137",
        text: "137",
      },
      {
        id: "n101",
        text: "101",
      },
      {
        id: "n23",
        text: "23",
      },
      {
        id: "n238",
        text: "238",
      },
      {
        id: "n252",
        text: "252",
      },
    ],
    responses: [
      {
        id: "under-aea",
        text: "Venezuelans removed under the Alien Enemies Act, per a White House official",
      },
      {
        id: "july-exchange",
        text: "Venezuelans flown from CECOT to Venezuela on July 18, 2025",
      },
      {
        id: "all-flown",
        text: "Everyone flown to El Salvador on March 15–16, per a White House official",
      },
      {
        id: "salvadorans",
        text: "Salvadorans the government described as MS-13 members",
      },
      {
        id: "salvadorans-aea",
        text: "Salvadorans removed under the Alien Enemies Act",
      },
      {
        id: "bukele-arrivals",
        text: "Alleged Tren de Aragua members Bukele said had arrived",
      },
      {
        id: "title-8",
        text: "Other Venezuelans removed under ordinary immigration law",
      },
    ],
    pairs: {
      n261: "all-flown",
      n137: "under-aea",
      n101: "title-8",
      n23: "salvadorans",
      n238: "bukele-arrivals",
      n252: "july-exchange",
    },
  },
  {
    id: "q08",
    type: "multiple-choice",
    prompt: `\
Which arguments did White House press secretary Karoline Leavitt make in her statement of March \
16–17, 2025? \
Select all that apply.`,
    difficulty: 2,
    scoring: "right-minus-wrong",
    objectiveIds: ["compare-arguments"],
    sourceIds: ["leavitt-statement"],
    explanation: `\
Leavitt's statement, released late on March 16 and posted on X on March 17, said the order had \
"no lawful basis," came after the men had left U.S. territory and did not conflict with the \
administration's actions, and that courts generally lack jurisdiction over these foreign-affairs \
powers. \
She said the administration did not "refuse to comply"; she did not announce that it would defy \
the court, and she relied on the written order rather than denying it existed. \
Identifying her arguments is not the same as agreeing or disagreeing with them.`,
    choices: [
      {
        id: "will-defy",
        text: "The administration would refuse to comply with the order.",
        feedback: 'She said the opposite: that the administration did not "refuse to comply."',
      },
      {
        id: "already-removed",
        text: "The men had already left U.S. territory when the order came.",
        correct: true,
      },
      {
        id: "no-lawful-basis",
        text: "The order had no lawful basis in the first place.",
        correct: true,
      },
      {
        id: "no-conflict",
        text: "The written order and the administration's actions did not conflict.",
        correct: true,
      },
      {
        id: "no-jurisdiction",
        text: "Courts generally lack jurisdiction over the President's foreign-affairs powers.",
        correct: true,
      },
      {
        id: "no-order-issued",
        text: "Judge Boasberg never issued any written order that weekend.",
        feedback: `\
She relied on the written order, arguing that the planes left before it and that it did not \
conflict with the government's actions.`,
      },
    ],
  },
  {
    id: "q09",
    type: "categorize",
    prompt: `\
Whether the government violated the March 15 order is disputed. \
Sort each statement under the person or group who made it. \
(You are identifying arguments, not judging them.)`,
    difficulty: 3,
    objectiveIds: ["compare-arguments"],
    sourceIds: [
      "jgg-contempt-opinion",
      "anadolu-leavitt-briefing-2025",
      "doj-filing-mar-25-2025",
      "bloomberg-declarations",
      "aclu-plaintiffs",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
    ],
    explanation: `\
Boasberg found probable cause that the written order was willfully disregarded when the men were \
handed to Salvadoran custody. \
For the administration, Leavitt said there were questions about the weight of a spoken order, \
the Justice Department argued that a spoken directive is not an enforceable injunction, and \
Noem's declaration said she decided on advice from DHS's top lawyer. \
The ACLU argued due process was denied and the government stonewalled. \
Judges Katsas and Rao found the order ambiguous or no longer enforceable after vacatur. \
Judge Pillard found the spoken instructions clear, and Judge Pan wrote that six of 11 judges \
thought the panel erred.`,
    hints: [
      `\
The appeals judges split: check whether a statement supports or rejects the contempt finding.`,
    ],
    categories: [
      {
        id: "boasberg",
        text: "Judge Boasberg (April 2025)",
      },
      {
        id: "administration",
        text: "The administration (Leavitt, Justice Department, Noem)",
      },
      {
        id: "plaintiffs",
        text: "The plaintiffs' lawyers (ACLU)",
      },
      {
        id: "panel-majority",
        text: "D.C. Circuit panel majority (Katsas, Rao)",
      },
      {
        id: "dissenters",
        text: "Dissenting appeals judges (Pillard, Pan)",
      },
    ],
    items: [
      {
        id: "oral-clear",
        text: "The spoken instructions made clear what compliance required.",
        categoryId: "dissenters",
      },
      {
        id: "stonewalling",
        text: "The government has been stonewalling the inquiry.",
        categoryId: "plaintiffs",
      },
      {
        id: "removing-ambiguous",
        text: 'The order\'s word "removing" was too ambiguous to support criminal contempt.',
        categoryId: "panel-majority",
      },
      {
        id: "no-due-process",
        text: "The men were sent away without due process.",
        categoryId: "plaintiffs",
      },
      {
        id: "oral-injunction",
        text: "A spoken directive from the bench is not an enforceable injunction.",
        categoryId: "administration",
      },
      {
        id: "legal-advice",
        text: `\
The decision to complete the transfer followed advice from the department's top lawyer.`,
        categoryId: "administration",
      },
      {
        id: "panel-erred",
        text: "A majority of the full appeals court believed the panel got it wrong.",
        categoryId: "dissenters",
      },
      {
        id: "willful-disregard",
        text: `\
There is probable cause that the written order was willfully disregarded when the men were \
handed to another country.`,
        categoryId: "boasberg",
      },
      {
        id: "oral-weight",
        text: `\
There are open questions about whether a spoken order weighs as much as a written one.`,
        categoryId: "administration",
      },
      {
        id: "vacated-order",
        text: `\
Once the Supreme Court vacated the order, the district court could not coerce compliance with \
it.`,
        categoryId: "panel-majority",
      },
    ],
  },
  {
    id: "q10",
    type: "multiple-choice",
    prompt: `\
What did the Supreme Court hold in *Trump v. J.G.G.* \
(April 7, 2025)? \
Select all that apply.`,
    difficulty: 2,
    scoring: "right-minus-wrong",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["trump-v-jgg"],
    explanation: `\
The Court vacated the orders because the men's claims belonged in habeas, filed in the district \
of confinement (Texas), and it required notice in time to seek habeas relief. \
It did not rule that the proclamation was lawful, and it did not say the D.C. court was the \
right place: it said the opposite.`,
    choices: [
      {
        id: "notice-required",
        text: "Detainees must get notice in time to seek habeas relief before removal.",
        correct: true,
      },
      {
        id: "dc-proper",
        text: "The federal court in Washington, D.C. was the proper place for the case.",
        feedback: `\
The Court held the claims belonged in the district of confinement, which was in Texas.`,
      },
      {
        id: "proclamation-lawful",
        text: "The proclamation was a lawful use of the Alien Enemies Act.",
        feedback: "The Court did not decide that question. Lower courts later split on it.",
      },
      {
        id: "habeas-confinement",
        text: `\
The detainees' challenges had to be brought as habeas petitions in the district where they were \
held.`,
        correct: true,
      },
    ],
  },
  {
    id: "q11",
    type: "short-text",
    prompt: `\
Read the excerpt from *Trump v. J.G.G.* \
Notice must come in time to allow detainees to actually seek what kind of relief before removal? \
(One or two words.)`,
    difficulty: 1,
    excerptSourceId: "trump-v-jgg",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["trump-v-jgg"],
    explanation: `\
The Court required notice "within a reasonable time and in such a manner as will allow them to \
actually seek habeas relief in the proper venue before such removal occurs." \
Habeas corpus is the process for challenging one's own detention.`,
    answers: [
      {
        text: "habeas",
      },
      {
        text: "habeas relief",
      },
      {
        text: "habeas corpus",
      },
      {
        text: "habeas corpus relief",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "q12",
    type: "true-false",
    prompt: `\
True or false: In *Trump v. J.G.G.*, even the justices who dissented from vacating Boasberg's \
orders were described as agreeing that detainees must receive notice before removal under the \
Act.`,
    difficulty: 2,
    answer: true,
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["trump-v-jgg"],
    explanation: `\
The 5–4 split was over vacating Boasberg's orders and sending the claims to habeas in the \
district of confinement. \
On notice, all nine justices were described as agreeing that detainees must be able to seek \
habeas relief before removal. \
That is why the decision is often described as a partial win for each side.`,
    feedbackFalse: `\
The 5–4 vote concerned vacating the orders. \
On notice, all nine justices, dissenters included, were described as agreeing.`,
  },
  {
    id: "q13",
    type: "single-choice",
    prompt: `\
In *A.A.R.P. v. Trump* (May 16, 2025), what did the Supreme Court say about notice given about \
24 hours before removal, with no information on how to contest it?`,
    difficulty: 2,
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["aarp-v-trump"],
    explanation: `\
The Court said such notice "surely does not pass muster" and left the exact process required to \
the Fifth Circuit. \
It did not set a precise number of days itself, it did not strike down the proclamation, and it \
kept in place the bar on removals under the Act for the class.`,
    choices: [
      {
        id: "adequate",
        text: `\
It was adequate, because the Act allows removal without a hearing once a proclamation issues.`,
        feedback: 'The Court held the opposite: such notice "surely does not pass muster."',
      },
      {
        id: "fixed-days",
        text: `\
It was not enough, and the Court required exactly 21 days' notice before any removal.`,
        feedback: `\
The Supreme Court did not fix a number of days; it left the exact process to the Fifth Circuit.`,
      },
      {
        id: "struck-down",
        text: `\
It was not enough, so the Court struck down the proclamation and every removal under it.`,
        feedback: "The Court ruled on notice, not on whether the proclamation itself was valid.",
      },
      {
        id: "lower-court",
        text: `\
It was not enough, and the Fifth Circuit should decide exactly what process is required.`,
        correct: true,
      },
    ],
  },
  {
    id: "q14",
    type: "true-false",
    prompt: `\
True or false: In March 2025, the D.C. Circuit granted the government's request to pause Judge \
Boasberg's orders.`,
    difficulty: 1,
    answer: false,
    objectiveIds: ["sequence-events"],
    sourceIds: ["dc-cir-stay-denial"],
    explanation: `\
On March 26, 2025, the D.C. Circuit refused, 2–1, to pause the orders (Judges Henderson and \
Millett concurring, Judge Walker dissenting). \
The government then went to the Supreme Court, which vacated the orders on April 7.`,
    feedbackTrue: `\
The D.C. Circuit denied the stay, 2–1. \
It was the Supreme Court that later vacated the orders.`,
  },
  {
    id: "q15",
    type: "cloze",
    prompt: "Complete the summary of the contempt inquiry.",
    difficulty: 2,
    objectiveIds: ["sequence-events", "compare-arguments"],
    sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus", "dc-cir-en-banc"],
    explanation: `\
On April 16, 2025, Boasberg found probable cause, a first step and not a conviction. \
A D.C. Circuit panel vacated that finding on August 8 by granting a writ of mandamus. \
In November the full court denied rehearing en banc, so the finding stayed vacated, but the \
inquiry could continue.`,
    text: `\
On April 16, 2025, Judge Boasberg found {{finding}} of criminal contempt. \
In August a divided D.C. Circuit panel {{panel}} that finding by granting a writ of {{writ}}. \
In November the full court {{en-banc}}.`,
    blanks: [
      {
        id: "finding",
        kind: "choice",
        choices: [
          {
            id: "conviction",
            text: "a final conviction",
          },
          {
            id: "probable-cause",
            text: "probable cause",
            correct: true,
          },
          {
            id: "no-evidence",
            text: "no evidence",
          },
        ],
      },
      {
        id: "panel",
        kind: "choice",
        choices: [
          {
            id: "expanded",
            text: "expanded",
          },
          {
            id: "vacated",
            text: "vacated",
            correct: true,
          },
          {
            id: "affirmed",
            text: "affirmed",
          },
        ],
      },
      {
        id: "writ",
        kind: "text",
        answers: [
          {
            text: "mandamus",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
      {
        id: "en-banc",
        kind: "choice",
        choices: [
          {
            id: "reinstated",
            text: "reinstated the probable-cause finding",
          },
          {
            id: "ended-case",
            text: "ended the case permanently",
          },
          {
            id: "denied-rehearing",
            text: "denied rehearing, though the inquiry could continue",
            correct: true,
          },
        ],
      },
    ],
  },
  {
    id: "q16",
    type: "multiple-choice",
    prompt: `\
In his April 16, 2025 opinion, how did Judge Boasberg say the government could purge (cure) the \
contempt? \
Select all that apply.`,
    difficulty: 3,
    scoring: "right-minus-wrong",
    objectiveIds: ["evaluate-dependence"],
    sourceIds: ["jgg-contempt-opinion"],
    explanation: `\
He offered two routes: assert custody of the men so they could bring habeas challenges, or \
identify the officials who decided not to halt the transfers. \
He said bringing the men back was not strictly required. \
Both routes depended on the executive choosing to act.`,
    choices: [
      {
        id: "identify-officials",
        text: "Identify the officials who decided not to halt the transfers",
        correct: true,
      },
      {
        id: "assert-custody",
        text: "Assert custody of the men so they could bring habeas challenges",
        correct: true,
      },
      {
        id: "pay-fine",
        text: "Pay a daily fine to the plaintiffs until the men were back",
      },
      {
        id: "must-return",
        text: "Physically return every man to the United States, with no other option",
        feedback: `\
He said bringing the men back was not strictly required; asserting custody so they could seek \
habeas was enough.`,
      },
    ],
  },
  {
    id: "q17",
    type: "single-choice",
    prompt: `\
Which statement best describes the contempt inquiry as last reported in the sources for this \
lesson (searched through December 4, 2026)?`,
    difficulty: 2,
    objectiveIds: ["sequence-events"],
    sourceIds: ["dc-cir-dec-2025", "jgg-dec-8-order", "dc-cir-en-banc"],
    explanation: `\
In December 2025 Boasberg ordered live testimony, and a D.C. Circuit panel paused the hearings \
and ordered briefing, due by January 5, 2026, on the legal basis for the inquiry. \
No ruling on that petition was found in reports through mid-February 2026 or in later searches, \
so the inquiry was paused, not ended; this may have changed. \
No one had been convicted, the November 2025 order had let the inquiry continue, and the Supreme \
Court had issued no order about it.`,
    choices: [
      {
        id: "scotus-closed",
        text: `\
The Supreme Court had ordered the inquiry closed after hearing the government's appeal in 2026.`,
        feedback: "No Supreme Court order on the contempt inquiry was found in the sources.",
      },
      {
        id: "convicted",
        text: `\
Officials had been convicted of criminal contempt and then pardoned by the President.`,
        feedback: `\
No conviction occurred in the period covered. \
A pardon of criminal contempt is possible under Ex parte Grossman, but none is reported here.`,
      },
      {
        id: "on-hold",
        text: `\
Hearings were on hold while the D.C. Circuit weighed the government's December 2025 petition.`,
        correct: true,
      },
      {
        id: "en-banc-ended",
        text: "The full D.C. Circuit had permanently ended the inquiry in its November 2025 order.",
        feedback: `\
The November 2025 order left the probable-cause finding vacated but allowed the inquiry to \
continue.`,
      },
    ],
  },
  {
    id: "q18",
    type: "multiple-choice",
    prompt: `\
Hamilton wrote in *Federalist* No. 78 that courts "must ultimately depend upon the aid of the \
executive arm." \
Which features of *J.G.G.* show the court depending on the executive branch to carry out what it \
ordered? \
Select all that apply.`,
    difficulty: 3,
    scoring: "every-decision-counts",
    excerptSourceId: "federalist-78",
    objectiveIds: ["evaluate-dependence"],
    sourceIds: ["federalist-78", "rule-42", "jgg-tro", "jgg-feb-2026-order", "dc-cir-mandamus", "trump-v-jgg"],
    explanation: `\
Turning the planes around, prosecuting criminal contempt (Rule 42 asks a government attorney \
first) and the airfare, boarding letters and parole in the February 2026 order all need the \
executive to act, as Hamilton's "aid of the executive arm" predicts. \
Appellate review of the probable-cause finding and the Supreme Court's ruling on where habeas \
claims belong are the judiciary checking itself, not a court depending on the executive.`,
    choices: [
      {
        id: "airfare",
        text: `\
The February 2026 order needs the government to pay airfare and issue boarding letters.`,
        correct: true,
      },
      {
        id: "appeals",
        text: "The D.C. Circuit reviewed and vacated the probable-cause finding.",
        feedback: `\
That is the judiciary checking itself through appeals, not the court depending on the executive.`,
      },
      {
        id: "planes",
        text: "Only the executive could turn the planes around.",
        correct: true,
      },
      {
        id: "venue",
        text: "The Supreme Court decided which district court had to hear the habeas claims.",
        feedback: `\
That is one court correcting another about venue; no executive action was needed.`,
      },
      {
        id: "prosecutor",
        text: "Rule 42 asks a government attorney to prosecute criminal contempt first.",
        correct: true,
      },
    ],
  },
  {
    id: "q19",
    type: "single-choice",
    prompt: `\
What did Judge Boasberg order on February 12, 2026, after the government declined to propose a \
way to give the men hearings?`,
    difficulty: 2,
    objectiveIds: ["sequence-events", "evaluate-dependence"],
    sourceIds: ["jgg-feb-2026-order", "wh-reaction-feb-2026"],
    explanation: `\
He ordered the government to facilitate the return of class members now in third countries who \
want to come back: pay their airfare, issue boarding letters and parole them into immigration \
custody at a port of entry. \
Men still in Venezuela were not covered by the return order for now, because of foreign-affairs \
concerns; reports said they could pursue their challenges from there. \
The order did not free anyone: returning men would be held in immigration custody while their \
cases went on.`,
    choices: [
      {
        id: "third-country",
        text: `\
Help men now in third countries return, with paid airfare and parole at a port of entry`,
        correct: true,
      },
      {
        id: "everyone-back",
        text: "Bring back every class member, including the men in Venezuela, within 30 days",
        feedback: `\
The return order did not reach men still in Venezuela, and it set no 30-day deadline.`,
      },
      {
        id: "release",
        text: "Release the returning men from all immigration custody as soon as they arrive",
        feedback: "Returning men would be held in immigration custody while their cases went on.",
      },
      {
        id: "video-only",
        text: `\
Hold every hearing by video from Venezuela, with no return to the United States allowed`,
        feedback: "The order's core was return from third countries; it did not bar returns.",
      },
    ],
  },
  {
    id: "q20",
    type: "single-choice",
    prompt: `\
In January 2026, what reason did the government give the court for opposing the men's return or \
hearings from Venezuela?`,
    difficulty: 2,
    objectiveIds: ["compare-arguments"],
    sourceIds: ["rubio-declaration-jan-2026", "doj-letter-jan-2026"],
    explanation: `\
A declaration by Secretary of State Marco Rubio said returns or remote hearings "would risk \
material damage to U.S. foreign policy interests" during delicate dealings with Venezuela's new \
leaders after Maduro's capture, and that the government did not know where the men were. \
The Supreme Court had required notice, not forbidden remedies; the men had not been convicted in \
Venezuela; and the Alien Enemies Act had not been repealed.`,
    choices: [
      {
        id: "scotus-barred",
        text: `\
The Supreme Court had already forbidden any remedy for the men removed under the Act`,
        feedback: "The Supreme Court required notice before removal; it did not forbid remedies.",
      },
      {
        id: "foreign-policy",
        text: "It would risk harm to delicate U.S. dealings in Venezuela after Maduro's capture",
        correct: true,
      },
      {
        id: "repeal",
        text: "Congress had repealed the Alien Enemies Act in the weeks after the ruling",
        feedback: "The Act remained law; the government defended its use in other courts.",
      },
      {
        id: "convictions",
        text: "The men had all been tried and convicted of gang crimes by courts in Venezuela",
        feedback: `\
No such convictions were reported; the men were released in Venezuela after the July 2025 \
exchange.`,
      },
    ],
  },
  {
    id: "q21",
    type: "true-false",
    prompt: `\
True or false: Under *Ex parte Grossman* (1925), the President's pardon power reaches criminal \
contempt of court.`,
    difficulty: 2,
    answer: true,
    objectiveIds: ["evaluate-dependence"],
    sourceIds: ["ex-parte-grossman", "rule-42"],
    explanation: `\
Grossman held that the President may pardon criminal contempt, punishment for a past defiance of \
a court. \
The Court distinguished civil contempt, which coerces compliance for the benefit of a party. \
That is one more way a criminal contempt case can run through the executive, alongside Rule 42's \
request that a government attorney prosecute.`,
    feedbackFalse: `\
Grossman held that criminal contempt can be pardoned; the Court set civil contempt apart.`,
  },
  {
    id: "q22",
    type: "true-false",
    prompt: `\
True or false: The ICE official's declaration of March 18, 2025 said that everyone on the third \
plane had been removed solely under the proclamation.`,
    difficulty: 2,
    answer: false,
    objectiveIds: ["interpret-counts"],
    sourceIds: ["cerna-declaration-2025"],
    explanation: `\
The declaration said the first two planes left U.S. airspace before 7:25 p.m. and that a third \
plane left later, but that everyone on the third plane had final removal orders under ordinary \
immigration law, so they were not removed solely under the proclamation. \
The government used that point to argue that no one was removed under the proclamation after the \
written order.`,
    feedbackTrue: `\
The declaration said the opposite: everyone on the third plane had final removal orders under \
ordinary immigration law.`,
  },
] satisfies Lesson["questions"];
