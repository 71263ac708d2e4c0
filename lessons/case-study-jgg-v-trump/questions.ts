import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "aea-trigger-invoked",
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
The proclamation's wording ("is perpetrating, attempting, and threatening an invasion or predatory \
incursion") tracks the statute's second trigger almost word for word. \
Congress had not declared war, which is why the 2025 use differed from the three earlier uses, all \
during declared wars.`,
    hints: ["Compare the verbs in the proclamation with the verbs in the statute."],
    choices: [
      {
        id: "invasion-incursion",
        text: "An invasion or predatory incursion by a foreign nation or government",
        correct: true,
      },
      {
        id: "declared-war",
        text: "A declared war between the United States and Venezuela",
        feedback: `\
Earlier uses (1812, World War I, World War II) came during declared wars, but in 2025 there was no \
declared war.`,
      },
      {
        id: "congress-vote",
        text: "A special vote of Congress authorizing removals",
        feedback: "The Act relies on a presidential proclamation; no new vote of Congress was involved.",
      },
      {
        id: "terrorist-designation",
        text: "The State Department's terrorist designation alone",
      },
    ],
  },
  {
    id: "proclamation-maduro-link",
    type: "single-choice",
    prompt: `\
Read the excerpt from Proclamation 10903. \
The proclamation also asserted that Tren de Aragua acts at the direction of Venezuela's Maduro \
government. \
Based on the statute's text, why would that assertion matter to the proclamation's legal argument?`,
    difficulty: 3,
    excerptSourceId: "proclamation-10903",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["proclamation-10903", "aea-statute"],
    explanation: `\
The Act covers an invasion or incursion "by any foreign nation or government." \
A gang on its own is not a nation or government, so tying TdA to the Venezuelan government links \
the claim to the statute's wording. \
This question asks about the structure of the argument; whether the link holds up has been \
disputed in court.`,
    choices: [
      {
        id: "foreign-government",
        text: `\
The Act covers an invasion or incursion by a "foreign nation or government," so the proclamation \
ties the gang to a government.`,
        correct: true,
      },
      {
        id: "age-limit",
        text: `\
The Act covers only people aged 14 or older, so the proclamation needed to show the gang's members \
were adults.`,
        feedback: `\
The age rule is real, but it concerns who may be covered, not who must be carrying out the invasion.`,
      },
      {
        id: "citizens",
        text: "The Act allows removal of U.S. citizens if a foreign government directs them.",
      },
    ],
  },
  {
    id: "proclamation-dates",
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
signing date is often misstated.`,
    choices: [
      {
        id: "14-15-20",
        text: "Signed March 14; made public March 15; published in the Federal Register March 20",
        correct: true,
      },
      {
        id: "15-15-15",
        text: "Signed, made public and published all on March 15",
        feedback: `\
March 15 is when it became public. \
It was signed the day before and published in the Federal Register five days later.`,
      },
      {
        id: "13-15-20",
        text: "Signed March 13; made public March 15; published March 20",
      },
      {
        id: "14-20-20",
        text: "Signed March 14; made public and published March 20",
      },
    ],
  },
  {
    id: "spoken-vs-written-order",
    type: "single-choice",
    prompt: `\
What did Judge Boasberg say at the March 15 evening hearing that his written minute order did \
**not** repeat?`,
    difficulty: 1,
    objectiveIds: ["compare-arguments"],
    sourceIds: ["jgg-tro"],
    explanation: `\
At the hearing, Boasberg told government lawyers that planes carrying class members that were \
about to take off or already in the air had to be returned. \
The written minute order barred the removals but did not repeat that instruction. \
Both the spoken and the written orders barred removals, so that part was not the difference.`,
    choices: [
      {
        id: "return-planes",
        text: `\
That planes carrying class members, even if already in the air, had to be returned to the United \
States`,
        correct: true,
      },
      {
        id: "bar-removals",
        text: "That removals of class members under the proclamation were barred",
        feedback: "The written order did bar removals. What it left out was the instruction about the planes.",
      },
      {
        id: "release-men",
        text: "That the men had to be released from immigration custody",
      },
    ],
  },
  {
    id: "jgg-timeline",
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
    ],
    explanation: `\
Signed March 14; sued early March 15; spoken instruction that evening; Federal Register March 20; \
stay denied March 26; Trump v. \
J.G.G. \
April 7; probable cause April 16; A.A.R.P. \
May 16; panel vacates August 8; rehearing denied November 14, 2025. \
Note that publication in the Federal Register came after the flights.`,
    items: [
      {
        id: "signed",
        text: "President Trump signs Proclamation 10903",
      },
      {
        id: "lawsuit",
        text: "Lawyers sue on behalf of five Venezuelan men",
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
        id: "stay-denied",
        text: "The D.C. Circuit refuses, 2–1, to pause Boasberg's orders",
      },
      {
        id: "scotus-jgg",
        text: "The Supreme Court decides Trump v. J.G.G.",
      },
      {
        id: "probable-cause",
        text: "Boasberg finds probable cause of criminal contempt",
      },
      {
        id: "aarp",
        text: "The Supreme Court holds that about 24 hours' notice is not enough",
      },
      {
        id: "panel-vacates",
        text: "A D.C. Circuit panel vacates the probable-cause finding",
      },
      {
        id: "en-banc-denied",
        text: "The full D.C. Circuit denies rehearing en banc",
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
    ],
  },
  {
    id: "aea-removal-count",
    type: "numeric",
    prompt: `\
According to the White House official quoted by the *Washington Post*, how many of the people \
flown to El Salvador on March 15–16, 2025 were removed **under the Alien Enemies Act** (not under \
other immigration laws)?`,
    difficulty: 2,
    objectiveIds: ["interpret-counts"],
    sourceIds: ["wapo-figures"],
    explanation: `\
The official said 137 were removed under the Alien Enemies Act. \
The total flown was 261; the other 124 were 101 Venezuelans removed under ordinary immigration law \
and 23 Salvadorans. \
Bukele's 238 counts all the Venezuelans (137 + 101), and 252 is the later number of Venezuelans \
sent from CECOT to Venezuela in July.`,
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
238 is Bukele's count of Venezuelans who arrived, under both the Act and ordinary immigration law.`,
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
252 is the number of Venezuelans sent from CECOT to Venezuela in July 2025, including men sent in \
April.`,
      },
    ],
  },
  {
    id: "match-counts",
    type: "matching",
    prompt: "Match each number to what it measures. One description is not used.",
    difficulty: 2,
    objectiveIds: ["interpret-counts"],
    sourceIds: ["wapo-figures", "reuters-arrival-2025", "npr-exchange"],
    explanation: `\
261 is everyone flown; 137 were removed under the Act; 101 were other Venezuelans under ordinary \
immigration law; 23 were Salvadorans the government described as MS-13 members; 238 is Bukele's \
count of arrivals (all the Venezuelans); 252 is the Venezuelans sent home in July 2025. \
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
        id: "all-flown",
        text: "Everyone flown to El Salvador on March 15–16, per a White House official",
      },
      {
        id: "under-aea",
        text: "Venezuelans removed under the Alien Enemies Act, per a White House official",
      },
      {
        id: "title-8",
        text: "Other Venezuelans removed under ordinary immigration law",
      },
      {
        id: "salvadorans",
        text: "Salvadorans the government described as MS-13 members",
      },
      {
        id: "bukele-arrivals",
        text: "Alleged Tren de Aragua members Bukele said had arrived",
      },
      {
        id: "july-exchange",
        text: "Venezuelans flown from CECOT to Venezuela on July 18, 2025",
      },
      {
        id: "salvadorans-aea",
        text: "Salvadorans removed under the Alien Enemies Act",
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
    id: "leavitt-arguments",
    type: "multiple-choice",
    prompt: `\
Which arguments did White House press secretary Karoline Leavitt make in March 2025? \
Select all that apply.`,
    difficulty: 2,
    scoring: "right-minus-wrong",
    objectiveIds: ["compare-arguments"],
    sourceIds: ["leavitt-statement"],
    explanation: `\
Leavitt said the order had "no lawful basis," came after the men had left U.S. territory, did not \
conflict with the administration's actions, and that courts generally lack jurisdiction over these \
foreign-affairs powers. \
She said the administration did not "refuse to comply"; she did not announce that it would defy \
the court. \
Identifying her arguments is not the same as agreeing or disagreeing with them.`,
    choices: [
      {
        id: "no-lawful-basis",
        text: "The order had no lawful basis.",
        correct: true,
      },
      {
        id: "already-removed",
        text: "The men had already been removed from U.S. territory when the order came.",
        correct: true,
      },
      {
        id: "no-conflict",
        text: "The written order and the administration's actions did not conflict.",
        correct: true,
      },
      {
        id: "no-jurisdiction",
        text: `\
Federal courts generally lack jurisdiction over the President's foreign-affairs and Alien Enemies \
Act powers.`,
        correct: true,
      },
      {
        id: "will-defy",
        text: "The administration would refuse to comply with the order.",
        feedback: 'She said the opposite: that the administration did not "refuse to comply."',
      },
      {
        id: "no-order-issued",
        text: "Judge Boasberg never issued any written order.",
        feedback: `\
She relied on the written order, arguing that the planes left before it and that it did not \
conflict with the government's actions.`,
      },
    ],
  },
  {
    id: "who-argued-it",
    type: "categorize",
    prompt: `\
Whether the government violated the March 15 order is disputed. \
Sort each statement under the person or group who made it. \
(You are identifying arguments, not judging them.)`,
    difficulty: 3,
    objectiveIds: ["compare-arguments"],
    sourceIds: [
      "jgg-contempt-opinion",
      "leavitt-statement",
      "bloomberg-declarations",
      "aclu-plaintiffs",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
    ],
    explanation: `\
Boasberg found probable cause of willful disregard. \
Leavitt argued the order lacked a lawful basis, came too late and left the weight of a spoken \
order to the lawyers; Noem's declaration said she decided on legal advice. \
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
        text: "The administration (Leavitt, Noem)",
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
        id: "willful-disregard",
        text: `\
There is probable cause of willful disregard of both the written order and the spoken command.`,
        categoryId: "boasberg",
      },
      {
        id: "no-lawful-basis",
        text: "The order had no lawful basis and came after the men had left U.S. territory.",
        categoryId: "administration",
      },
      {
        id: "oral-weight",
        text: `\
Whether a spoken order carries the same weight as a written one is a question for the lawyers.`,
        categoryId: "administration",
      },
      {
        id: "legal-advice",
        text: "The decision to complete the transfer was made on legal advice from department leadership.",
        categoryId: "administration",
      },
      {
        id: "no-due-process",
        text: "The men were sent away without due process.",
        categoryId: "plaintiffs",
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
        id: "vacated-order",
        text: `\
Once the Supreme Court vacated the order, the district court could not coerce compliance with it.`,
        categoryId: "panel-majority",
      },
      {
        id: "oral-clear",
        text: "The spoken instructions made clear what compliance required.",
        categoryId: "dissenters",
      },
      {
        id: "panel-erred",
        text: "A majority of the full appeals court believed the panel got it wrong.",
        categoryId: "dissenters",
      },
    ],
  },
  {
    id: "trump-v-jgg-holdings",
    type: "multiple-choice",
    prompt: `\
What did the Supreme Court hold in *Trump v. \
J.G.G.* \
(April 7, 2025)? \
Select all that apply.`,
    difficulty: 2,
    scoring: "right-minus-wrong",
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["trump-v-jgg"],
    explanation: `\
The Court vacated the orders because the men's claims belonged in habeas, filed in the district of \
confinement (Texas), and it required notice in time to seek habeas relief. \
It did not rule that the proclamation was lawful, and it did not say the D.C. court was the right \
place: it said the opposite.`,
    choices: [
      {
        id: "habeas-confinement",
        text: `\
The detainees' challenges had to be brought as habeas petitions in the district where they were \
held.`,
        correct: true,
      },
      {
        id: "notice-required",
        text: "Detainees must get notice in time to seek habeas relief before removal.",
        correct: true,
      },
      {
        id: "proclamation-lawful",
        text: "The proclamation was a lawful use of the Alien Enemies Act.",
        feedback: "The Court did not decide that question. Lower courts later split on it.",
      },
      {
        id: "dc-proper",
        text: "The federal court in Washington, D.C. was the proper place for the case.",
        feedback: "The Court held the claims belonged in the district of confinement, which was in Texas.",
      },
    ],
  },
  {
    id: "notice-excerpt-habeas",
    type: "short-text",
    prompt: `\
Read the excerpt from *Trump v. \
J.G.G.* \
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
    id: "notice-vote",
    type: "true-false",
    prompt: `\
True or false: In *Trump v. \
J.G.G.*, the justices split 5–4 on whether detainees must receive notice before removal under the \
Act.`,
    difficulty: 2,
    answer: false,
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["trump-v-jgg"],
    explanation: `\
The 5–4 split was over vacating Boasberg's orders and sending the claims to habeas in the district \
of confinement. \
On notice, all nine justices were described as agreeing that detainees must be able to seek habeas \
relief before removal.`,
    feedbackTrue: `\
The 5–4 vote concerned vacating the orders. \
On notice, all nine justices were described as agreeing.`,
  },
  {
    id: "aarp-notice",
    type: "single-choice",
    prompt: `\
In *A.A.R.P. v. \
Trump* (May 16, 2025), what did the Supreme Court say about notice given about 24 hours before \
removal, with no information on how to contest it?`,
    difficulty: 2,
    objectiveIds: ["explain-supreme-court"],
    sourceIds: ["aarp-v-trump"],
    explanation: `\
The Court said such notice "surely does not pass muster" and left the exact process required to \
the Fifth Circuit. \
It did not set a precise number of days itself, and it kept in place the bar on removals under the \
Act for the class.`,
    choices: [
      {
        id: "not-enough",
        text: "It was not enough, and the Fifth Circuit should decide exactly what process is required.",
        correct: true,
      },
      {
        id: "set-21-days",
        text: "It was not enough, and the Court required exactly 21 days' notice.",
        feedback: `\
The Supreme Court did not fix a number of days; it left the exact process to the Fifth Circuit.`,
      },
      {
        id: "adequate",
        text: "It was adequate, because the Act allows summary removal.",
      },
    ],
  },
  {
    id: "dc-circuit-march-stay",
    type: "true-false",
    prompt: `\
True or false: In March 2025, the D.C. \
Circuit granted the government's request to pause Judge Boasberg's orders.`,
    difficulty: 1,
    answer: false,
    objectiveIds: ["sequence-events"],
    sourceIds: ["dc-cir-stay-denial"],
    explanation: `\
On March 26, 2025, the D.C. \
Circuit refused, 2–1, to pause the orders (Judges Henderson and Millett concurring, Judge Walker \
dissenting). \
The government then went to the Supreme Court, which vacated the orders on April 7.`,
    feedbackTrue: `\
The D.C. \
Circuit denied the stay, 2–1. \
It was the Supreme Court that later vacated the orders.`,
  },
  {
    id: "contempt-sequence-cloze",
    type: "cloze",
    prompt: "Complete the summary of the contempt inquiry.",
    difficulty: 2,
    objectiveIds: ["sequence-events", "compare-arguments"],
    sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus", "dc-cir-en-banc"],
    explanation: `\
On April 16, 2025, Boasberg found probable cause, a first step and not a conviction. \
A D.C. \
Circuit panel vacated that finding on August 8 by granting a writ of mandamus. \
In November the full court denied rehearing en banc, so the finding stayed vacated, but the \
inquiry could continue.`,
    text: `\
On April 16, 2025, Judge Boasberg found {{finding}} of criminal contempt. \
In August a divided D.C. \
Circuit panel {{panel}} that finding by granting a writ of {{writ}}. \
In November the full court {{en-banc}}.`,
    blanks: [
      {
        id: "finding",
        kind: "choice",
        choices: [
          {
            id: "probable-cause",
            text: "probable cause",
            correct: true,
          },
          {
            id: "conviction",
            text: "a final conviction",
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
            id: "vacated",
            text: "vacated",
            correct: true,
          },
          {
            id: "affirmed",
            text: "affirmed",
          },
          {
            id: "expanded",
            text: "expanded",
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
            id: "denied-rehearing",
            text: "denied rehearing, though the inquiry could continue",
            correct: true,
          },
          {
            id: "reinstated",
            text: "reinstated the probable-cause finding",
          },
          {
            id: "ended-case",
            text: "ended the case permanently",
          },
        ],
      },
    ],
  },
  {
    id: "purge-options",
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
        id: "assert-custody",
        text: "Assert custody of the men so they could bring habeas challenges",
        correct: true,
      },
      {
        id: "identify-officials",
        text: "Identify the officials who decided not to halt the transfers",
        correct: true,
      },
      {
        id: "must-return",
        text: "Physically return every man to the United States, with no other option",
        feedback: `\
He said bringing the men back was not strictly required; asserting custody so they could seek \
habeas was enough.`,
      },
      {
        id: "pay-fine",
        text: "Pay a daily fine to the plaintiffs",
      },
    ],
  },
  {
    id: "last-known-status",
    type: "single-choice",
    prompt: `\
Which statement best describes the contempt inquiry as last known in the sources for this lesson \
(early 2026)?`,
    difficulty: 2,
    objectiveIds: ["sequence-events"],
    sourceIds: ["dc-cir-dec-2025", "jgg-dec-8-order", "dc-cir-en-banc"],
    explanation: `\
In December 2025 Boasberg ordered live testimony, and a D.C. \
Circuit panel paused the hearings and ordered briefing due December 29, 2025 and January 5, 2026. \
What it decided afterward was not known in the sources, and it may have changed since. \
No one had been convicted, and the inquiry had not been formally closed.`,
    choices: [
      {
        id: "paused-pending",
        text: `\
A D.C. \
Circuit panel had paused the hearings and ordered briefing due in early January 2026; the result \
was not yet known.`,
        correct: true,
      },
      {
        id: "convicted",
        text: "Officials had been convicted of criminal contempt and then pardoned.",
        feedback: `\
No conviction occurred in the period covered. \
A pardon of criminal contempt is possible under Ex parte Grossman, but none is reported here.`,
      },
      {
        id: "closed",
        text: "The full D.C. Circuit had permanently ended the inquiry in November 2025.",
        feedback: `\
The November 2025 order left the probable-cause finding vacated but allowed the inquiry to continue.`,
      },
    ],
  },
  {
    id: "dependence-on-executive",
    type: "multiple-choice",
    prompt: `\
Read Hamilton's words in the *Federalist* No. \
78 excerpt: courts "must ultimately depend upon the aid of the executive arm." \
Which features of *J.G.G.* show the court depending on the executive branch to give its orders \
effect? \
Select all that apply.`,
    difficulty: 3,
    scoring: "every-decision-counts",
    excerptSourceId: "federalist-78",
    objectiveIds: ["evaluate-dependence"],
    sourceIds: ["federalist-78", "rule-42", "ex-parte-grossman", "jgg-tro", "jgg-summary-judgment", "dc-cir-mandamus"],
    explanation: `\
Turning the planes around, prosecuting criminal contempt (Rule 42 asks a government attorney \
first), pardons of criminal contempt (Ex parte Grossman) and any return or hearings for the men \
all run through the executive, as Hamilton's "aid of the executive arm" predicts. \
Appellate review is a check inside the judiciary, not a dependence on the executive.`,
    choices: [
      {
        id: "planes",
        text: "Only the executive could turn the planes around.",
        correct: true,
      },
      {
        id: "prosecutor",
        text: "Rule 42 asks a government attorney to prosecute criminal contempt first.",
        correct: true,
      },
      {
        id: "pardon",
        text: "The President may pardon criminal contempt.",
        correct: true,
      },
      {
        id: "return-hearings",
        text: "Returning the men or giving them hearings required executive action.",
        correct: true,
      },
      {
        id: "appeals",
        text: "The D.C. Circuit reviewed and vacated the probable-cause finding.",
        feedback: `\
That is the judiciary checking itself through appeals, not the court depending on the executive.`,
      },
    ],
  },
] satisfies Lesson["questions"];
