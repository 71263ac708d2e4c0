import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "section-21-list",
    type: "multiple-choice",
    prompt: `\
Which of these conditions does the text of 50 U.S.C. § 21 name as triggers for the Alien Enemies \
Act (together with a public proclamation)? \
Select all that apply.`,
    difficulty: 1,
    objectiveIds: ["explain-statute"],
    sourceIds: ["aea-statute", "eo-14157", "fto-designations"],
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "invasion-predatory",
        text: "An invasion or predatory incursion by a foreign nation or government",
        correct: true,
      },
      {
        id: "declared-war",
        text: "A declared war between the United States and a foreign nation or government",
        correct: true,
      },
      {
        id: "sharp-rise-crime",
        text: "A sharp rise in crime committed by non-citizens",
        feedback: `\
Crime is not named in the text. \
Whether a gang's conduct can count as an invasion or predatory incursion is what the courts argued \
about.`,
      },
      {
        id: "state-department",
        text: "The State Department's designation of a group as a Foreign Terrorist Organization",
        feedback: `\
Terrorist designations come from a different law. \
Section 21 never mentions them, which is why a separate proclamation was needed.`,
      },
      {
        id: "national-emergency",
        text: "A national emergency declared under the International Emergency Economic Powers Act",
        feedback: `\
Executive Order 14157 declared such an emergency, but that is a separate statute with separate \
powers.`,
      },
    ],
    explanation: `\
Section 21 names two triggers: a declared war, or an invasion or predatory incursion by a foreign \
nation or government. \
The tempting wrong answer is the terrorist designation, because it came first in 2025, but the \
Act's text does not mention terrorist lists. \
That gap is why the administration issued Proclamation 10903 and why courts had to decide whether \
TdA's activity met the Act's own words.`,
  },
  {
    id: "statute-text-cloze",
    type: "cloze",
    prompt: "Read the excerpt from 50 U.S.C. § 21 in the sources, then complete the statute's wording.",
    difficulty: 2,
    objectiveIds: ["explain-statute"],
    sourceIds: ["aea-statute"],
    excerptSourceId: "aea-statute",
    hints: [
      "The Act reaches only people who have not become U.S. citizens.",
      "The age limit is written out as a word in the statute.",
    ],
    text: `\
"Whenever there is a declared {{blank-1}} between the United States and any foreign nation or \
government, or any invasion or {{blank-2}} is perpetrated, attempted, or threatened against the \
territory of the United States by any {{blank-3}}, and the President makes public {{blank-4}} of \
the event, all natives, citizens, denizens, or subjects of the hostile nation or government, being \
of the age of {{blank-5}} years and upward, who shall be within the United States and not actually \
{{blank-6}}, shall be liable to be apprehended, restrained, secured, and removed as alien enemies."`,
    blanks: [
      {
        id: "blank-1",
        kind: "text",
        answers: [
          {
            text: "war",
          },
        ],
        matching: {
          ignorePunctuation: true,
        },
      },
      {
        id: "blank-2",
        kind: "choice",
        choices: [
          {
            id: "predatory-incursion",
            text: "predatory incursion",
            correct: true,
          },
          {
            id: "mass-migration",
            text: "mass migration",
          },
          {
            id: "armed-rebellion",
            text: "armed rebellion",
          },
          {
            id: "terrorist-attack",
            text: "terrorist attack",
          },
        ],
      },
      {
        id: "blank-3",
        kind: "choice",
        choices: [
          {
            id: "person-or-group",
            text: "foreign person or group",
          },
          {
            id: "terrorist-organization",
            text: "foreign terrorist organization",
          },
          {
            id: "nation-or-government",
            text: "foreign nation or government",
            correct: true,
          },
          {
            id: "criminal-organization",
            text: "foreign criminal organization",
          },
        ],
      },
      {
        id: "blank-4",
        kind: "text",
        answers: [
          {
            text: "proclamation",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-5",
        kind: "text",
        answers: [
          {
            text: "fourteen",
          },
          {
            text: "14",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-6",
        kind: "text",
        answers: [
          {
            text: "naturalized",
          },
          {
            text: "naturalised",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
    ],
    explanation: `\
The statute's words are "declared war," "predatory incursion," "foreign nation or government," \
"public proclamation," "fourteen," and "naturalized." \
The phrase "foreign nation or government" matters most in 2025: the Act does not say "terrorist \
organization" or "criminal organization," which is why the proclamation tied Tren de Aragua to \
Venezuela's government.`,
  },
  {
    id: "designation-not-a-trigger",
    type: "true-false",
    prompt: `\
True or false: Once the State Department designated Tren de Aragua a Foreign Terrorist \
Organization in February 2025, the Alien Enemies Act applied to TdA members without any further \
step by the President.`,
    difficulty: 1,
    objectiveIds: ["describe-invocation", "explain-statute"],
    sourceIds: ["fto-designations", "aea-statute", "proclamation-10903"],
    answer: false,
    feedbackTrue: `\
Not so. \
The designation and the Act are separate legal tools; the Act requires a public proclamation of a \
war, invasion or predatory incursion.`,
    feedbackFalse: `\
Correct. \
The President still had to issue a proclamation under the Act, which he signed on March 14, 2025.`,
    explanation: `\
The February designations rest on other laws and do not mention the Alien Enemies Act's triggers. \
Section 21 requires the President to make "public proclamation of the event," so Proclamation \
10903 (signed March 14, 2025) was the step that invoked the Act. \
It is easy to assume the terrorist label did the work because it came first.`,
  },
  {
    id: "invocation-sequence",
    type: "ordering",
    prompt: `\
Put these steps in the order they happened. \
Pay attention to the difference between when the proclamation was signed, posted and published.`,
    difficulty: 2,
    objectiveIds: ["describe-invocation"],
    sourceIds: ["eo-14157", "fto-designations", "proclamation-10903", "trump-v-jgg"],
    hints: [
      `\
A document is often signed before it is made public, and made public before it is printed in the \
Federal Register.`,
    ],
    scoring: "position",
    items: [
      {
        id: "proclamation-posted",
        text: "The White House posts Proclamation 10903 on its website",
      },
      {
        id: "fto-published",
        text: `\
The State Department's designations of TdA, MS-13 and six cartels are published in the Federal \
Register`,
      },
      {
        id: "proclamation-published",
        text: "Proclamation 10903 is published in the Federal Register",
      },
      {
        id: "jgg-decided",
        text: "The Supreme Court decides Trump v. J.G.G.",
      },
      {
        id: "eo-signed",
        text: "The President signs Executive Order 14157 on cartels and terrorist designations",
      },
      {
        id: "proclamation-signed",
        text: "The President signs Proclamation 10903",
      },
    ],
    correctOrder: [
      "eo-signed",
      "fto-published",
      "proclamation-signed",
      "proclamation-posted",
      "proclamation-published",
      "jgg-decided",
    ],
    explanation: `\
Executive Order 14157 was signed January 20, 2025; the designations were published February 20; \
the proclamation was signed March 14, posted March 15 and published in the Federal Register March \
20; Trump v. \
J.G.G. came April 7. \
The common mix-up is treating March 15 (when the proclamation became public) as the signing date.`,
  },
  {
    id: "proclamation-coverage",
    type: "multiple-choice",
    prompt: `\
Suppose the government identifies each person below as a gang member. \
Which of them fall within the terms of Proclamation 10903? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["describe-invocation", "explain-statute"],
    sourceIds: ["proclamation-10903", "aea-statute", "wapo-figures"],
    choices: [
      {
        id: "venezuelan-born",
        text: "A Venezuelan-born naturalized U.S. citizen identified as a TdA member",
        feedback: "Naturalized citizens are outside both the Act and the proclamation.",
      },
      {
        id: "salvadoran-citizen",
        text: "A Salvadoran citizen identified by police as an MS-13 member",
        feedback: `\
MS-13 was designated a terrorist organization, but Proclamation 10903 covers only Venezuelan \
citizens who are TdA members.`,
      },
      {
        id: "venezuelan-citizen",
        text: "A Venezuelan citizen identified as a TdA member who is a lawful permanent resident",
        feedback: "The proclamation excludes lawful permanent residents.",
      },
      {
        id: "12-year-old",
        text: "A 12-year-old Venezuelan citizen identified as a TdA member",
        feedback: "Both the Act and the proclamation start at age 14.",
      },
      {
        id: "25-year-old",
        text: "A 25-year-old Venezuelan citizen identified as a TdA member who entered without a visa",
        correct: true,
      },
      {
        id: "40-year-old",
        text: "A 40-year-old Venezuelan citizen identified as a TdA member whose visa has expired",
        correct: true,
      },
      {
        id: "16-year-old",
        text: "A 16-year-old Venezuelan TdA member in Texas who is not a permanent resident",
        correct: true,
      },
    ],
    explanation: `\
The proclamation covers Venezuelan citizens 14 or older who are TdA members, are in the United \
States, and are neither naturalized citizens nor lawful permanent residents. \
The tempting error is the Salvadoran MS-13 member: MS-13 was on the terrorist list, and 23 \
Salvadorans were flown to El Salvador that weekend, but not under this proclamation. \
Note that all of this assumes the membership claim is true; whether a person really is a member is \
the factual question that notice and a hearing exist to test.`,
  },
  {
    id: "excerpt-2025-basis",
    type: "single-choice",
    prompt: `\
Read the excerpt from Proclamation 10903 in the sources. \
Which of the Alien Enemies Act's triggers is the proclamation relying on?`,
    difficulty: 2,
    objectiveIds: ["analyze-legal-questions", "describe-invocation"],
    sourceIds: ["proclamation-10903", "aea-statute", "jurist-report"],
    excerptSourceId: "proclamation-10903",
    choices: [
      {
        id: "tda-designation",
        text: "TdA's designation as a terrorist group, which the Act treats as a trigger",
        feedback: `\
The proclamation mentions the designation, but its legal finding tracks the Act's invasion language.`,
      },
      {
        id: "attack-territory",
        text: "An attack on U.S. territory that is under way or threatened",
        correct: true,
      },
      {
        id: "declared-war",
        text: "A declared war against Venezuela, approved by Congress in 2025",
        feedback: `\
The proclamation does not claim a declared war. \
It was the first use of the Act without a declared war (in 1941 Roosevelt acted one day before \
Congress declared war on Japan).`,
      },
      {
        id: "economic-emergency",
        text: "An economic emergency declared under a 1977 sanctions law",
        feedback: `\
That emergency came from Executive Order 14157, a different document under a different law.`,
      },
    ],
    explanation: `\
The proclamation borrows the statute's own verbs: TdA "is perpetrating, attempting, and \
threatening an invasion or predatory incursion." \
That matches the second trigger in § 21. \
There was no declared war, so the whole dispute turned on whether the invasion-or-incursion \
trigger fits a gang.`,
  },
  {
    id: "maduro-link-purpose",
    type: "single-choice",
    prompt: `\
Proclamation 10903 says TdA acts "at the direction, clandestine or otherwise," of the Maduro \
government. \
Why does that claim matter to the legal argument?`,
    difficulty: 3,
    objectiveIds: ["analyze-legal-questions"],
    sourceIds: ["proclamation-10903", "aea-statute", "asr-v-trump", "doj-letter-jan-2026", "nic-assessment-2025"],
    choices: [
      {
        id: "finding-government",
        text: "A finding of government direction turns the conflict into a declared war.",
        feedback: `\
The Act treats a declared war as a separate trigger. \
A finding about who directs a gang does not create one.`,
      },
      {
        id: "directed-maduro",
        text: "Being directed by Maduro is what makes TdA members Venezuelan citizens.",
        feedback: `\
Citizenship is a separate fact about each person; it does not depend on who directs the gang.`,
      },
      {
        id: "groups-directed",
        text: "Only groups directed by a government can be named terrorist organizations.",
        feedback: `\
The terrorist designation is a separate step under a different law, and it came in February, \
before the proclamation made this claim.`,
      },
      {
        id: "act-requires",
        text: "The Act requires the attack to come from a foreign nation or government.",
        correct: true,
      },
    ],
    explanation: `\
The Act speaks of attacks by a "foreign nation or government," and TdA is a criminal organization. \
Linking TdA to the Maduro government is the proclamation's answer to that element. \
Judge Haines deferred to this finding, and in January 2026 the Justice Department cited Maduro's \
indictment to support it; a 2025 U.S. \
intelligence assessment had concluded the opposite. \
The wrong choices confuse the element with other issues: citizenship, the terrorist designation, \
or a declaration of war.`,
  },
  {
    id: "review-1948-scope",
    type: "single-choice",
    prompt: `\
In Ludecke v. \
Watkins (1948), which question did the Supreme Court say courts could still decide in a case under \
the Alien Enemies Act?`,
    difficulty: 2,
    objectiveIds: ["analyze-legal-questions"],
    sourceIds: ["ludecke"],
    hints: [
      `\
The Court separated the President's removal decision from questions about the law and the person's \
status.`,
    ],
    choices: [
      {
        id: "president-correctly",
        text: "Whether the President correctly judged the person dangerous",
        feedback: `\
That judgment is part of the removal decision, which Ludecke held courts may not review.`,
      },
      {
        id: "person-held-actually",
        text: "Whether the person held is actually an alien enemy",
        correct: true,
      },
      {
        id: "president-removal",
        text: "Whether the President's removal order was a wise decision",
        feedback: "Ludecke held that the Act barred courts from reviewing the removal orders themselves.",
      },
      {
        id: "nothing-act-bars",
        text: "Nothing: the Act bars every kind of court review",
        feedback: `\
The Court listed questions courts can still decide, including the Act's validity and meaning.`,
      },
    ],
    explanation: `\
Ludecke held that courts may not review the President's removal orders under the Act, but they may \
decide whether the Act is valid and what it means, whether a declared war exists, and whether the \
person is an alien enemy. \
That split is why 2025 courts argued over whether they were interpreting the statute (allowed) or \
second-guessing the President (not allowed).`,
  },
  {
    id: "notice-scenario-2025",
    type: "single-choice",
    prompt: `\
Scenario: officers hand a detainee a form saying he is designated an alien enemy as he is walked \
to a plane that leaves within the hour. \
Read the excerpt from Trump v. \
J.G.G. in the sources. \
Why does this notice fall short of what the Court required?`,
    difficulty: 2,
    objectiveIds: ["analyze-legal-questions"],
    sourceIds: ["trump-v-jgg", "aarp-v-trump"],
    excerptSourceId: "trump-v-jgg",
    choices: [
      {
        id: "act-requires",
        text: "The Act requires a jury trial before anyone can be removed.",
        feedback: "Neither the Act nor the Court's order requires a jury trial.",
      },
      {
        id: "handed-paper",
        text: "It was handed over on paper rather than read aloud by officers.",
        feedback: `\
Whether it is written or spoken is not the test. \
The Court's test is about timing and manner: whether the person can actually get to court first.`,
      },
      {
        id: "gives-real-chance",
        text: "It gives him no real chance to reach a habeas court before removal.",
        correct: true,
      },
      {
        id: "notice-come-judge",
        text: "Notice must come from a judge, not from the officers holding him.",
        feedback: "The excerpt says nothing about who delivers notice.",
      },
    ],
    explanation: `\
The Court required notice "within a reasonable time and in such a manner as will allow them to \
actually seek habeas relief in the proper venue before such removal occurs." \
An hour at the plane's steps gives no real chance to file. \
In A.A.R.P. the Court later said even about 24 hours' notice, with no information on how to \
contest it, "surely does not pass muster."`,
  },
  {
    id: "writ-name-2025",
    type: "short-text",
    prompt: `\
In Trump v. \
J.G.G., the Supreme Court said people challenging removal under the Act must file a petition for a \
writ of ______ in the district where they are held. \
Give the two-word Latin name.`,
    difficulty: 1,
    objectiveIds: ["analyze-legal-questions"],
    sourceIds: ["trump-v-jgg"],
    answers: [
      {
        text: "habeas corpus",
      },
      {
        text: "writ of habeas corpus",
      },
      {
        text: "habeas",
        fraction: 0.75,
        feedback: "Right idea; the full name is habeas corpus.",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
    explanation: `\
Habeas corpus is the traditional way to ask a court whether a detention is lawful. \
The Court held the detainees' claims fall within the core of habeas, so they belong in the \
district of confinement (Texas, for the first group), not in Washington, D.C., where the first \
suit was filed.`,
  },
  {
    id: "court-rulings-match",
    type: "matching",
    prompt: "Match each court to its 2025 ruling on the Alien Enemies Act. One ruling is not used.",
    difficulty: 2,
    objectiveIds: ["compare-rulings"],
    sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "asr-v-trump", "wmm-panel"],
    premises: [
      {
        id: "sd-tex",
        text: "Southern District of Texas (Judge Rodriguez, May 1)",
      },
      {
        id: "d-colo",
        text: "District of Colorado (Judge Sweeney, May 6)",
      },
      {
        id: "sdny",
        text: "Southern District of New York (Judge Hellerstein, May 6)",
      },
      {
        id: "wd-pa",
        text: "Western District of Pennsylvania (Judge Haines, May 13)",
      },
      {
        id: "fifth-panel",
        text: "Fifth Circuit panel (September 2)",
      },
    ],
    responses: [
      {
        id: "took-president",
        text: `\
Took the President's facts as given, found no invasion or predatory incursion, and found 7-day \
notice adequate`,
      },
      {
        id: "held-courts-review",
        text: "Held that courts may not review any aspect of the invocation",
      },
      {
        id: "upheld-invocation",
        text: `\
Upheld the invocation as a "predatory incursion" but required 21 days' notice in English and Spanish`,
      },
      {
        id: "wrote-first-april",
        text: "Wrote, first in an April order and again in May, that the words demand military, wartime action",
      },
      {
        id: "issued-first",
        text: "Issued the first final judgment against the invocation: a permanent injunction in its district",
      },
      {
        id: "held-act-validly",
        text: 'Held the Act "was not validly invoked" and found the proposed notice inadequate',
      },
    ],
    pairs: {
      "sd-tex": "issued-first",
      "d-colo": "wrote-first-april",
      sdny: "held-act-validly",
      "wd-pa": "upheld-invocation",
      "fifth-panel": "took-president",
    },
    explanation: `\
Three district judges (Texas, Colorado, New York) ruled against the invocation, while the \
Pennsylvania judge upheld it but still demanded 21 days' notice. \
The Fifth Circuit panel accepted the President's facts but held they did not amount to an invasion \
or predatory incursion. \
None of these courts held that courts may not review the invocation at all; that is closer to the \
government's argument.`,
  },
  {
    id: "wmm-panel-notice-days",
    type: "numeric",
    prompt: `\
In its September 2, 2025 panel decision in W.M.M. v. \
Trump, the Fifth Circuit majority found the government's revised notice adequate on the record. \
How many days' notice was that?`,
    difficulty: 2,
    objectiveIds: ["compare-rulings"],
    sourceIds: ["wmm-panel", "aarp-v-trump", "asr-v-trump"],
    hints: ["Judge Ramirez wanted three times as many days."],
    answer: {
      value: 7,
    },
    unit: "days",
    nearMisses: [
      {
        answer: {
          value: 21,
        },
        fraction: 0,
        feedback: `\
21 days is what Judge Ramirez would have required, and what Judges Sweeney and Haines ordered. \
The panel majority accepted less.`,
      },
      {
        answer: {
          value: 1,
        },
        fraction: 0,
        feedback: `\
About 24 hours is the notice the Supreme Court said "surely does not pass muster" in A.A.R.P.`,
      },
    ],
    explanation: `\
The panel majority found the government's revised 7-day notice adequate on the record. \
Judge Ramirez dissented on that point and would have required 21 days. \
Because the full court later vacated the panel opinion, this holding no longer stands, but it \
shows how judges who agreed on the main question still differed on process.`,
  },
  {
    id: "aea-removal-count",
    type: "numeric",
    prompt: `\
A White House official told the Washington Post that 261 people were flown to El Salvador on March \
15–16, 2025. \
How many of them were Venezuelans removed under the Alien Enemies Act?`,
    difficulty: 2,
    objectiveIds: ["describe-invocation"],
    sourceIds: ["wapo-figures"],
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
        feedback: "261 is everyone on the flights, under any law.",
      },
      {
        answer: {
          value: 238,
        },
        fraction: 0,
        feedback: `\
238 is all the Venezuelans on the flights: 137 under the Act plus 101 under ordinary immigration \
law.`,
      },
      {
        answer: {
          value: 101,
        },
        fraction: 0,
        feedback: "101 Venezuelans were removed under ordinary immigration law, not the Act.",
      },
    ],
    explanation: `\
The official's breakdown was 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans \
under ordinary immigration law, and 23 Salvadorans. \
Saying "261 people were deported under the Act" confuses the total with the part that used this law.`,
  },
  {
    id: "who-argued-what",
    type: "categorize",
    prompt: `\
Sort each statement by who made it: the administration, the challengers, or a court in its ruling.`,
    difficulty: 2,
    objectiveIds: ["attribute-perspectives"],
    sourceIds: [
      "proclamation-10903",
      "en-banc-argument-report",
      "leavitt-statement",
      "jurist-report",
      "aarp-v-trump",
      "dbu-v-trump",
      "asr-v-trump",
    ],
    categories: [
      {
        id: "administration",
        text: "The administration",
      },
      {
        id: "challengers",
        text: "The challengers",
      },
      {
        id: "court",
        text: "A court, in a ruling",
      },
    ],
    items: [
      {
        id: "24-hours",
        text: `\
Notice about 24 hours before removal, with no information on how to contest it, is not enough.`,
        categoryId: "court",
      },
      {
        id: "cannot-block",
        text: "Courts cannot block the President's invocation of the Act.",
        categoryId: "administration",
      },
      {
        id: "peacetime-bypass",
        text: `\
Invoking the Act in peacetime to bypass ordinary deportation procedures is beyond the President's \
authority.`,
        categoryId: "challengers",
      },
      {
        id: "fits-incursion",
        text: `\
TdA's activity fits a "predatory incursion," and the President's finding about Maduro deserves \
deference.`,
        categoryId: "court",
      },
      {
        id: "irregular-warfare",
        text: "TdA is conducting irregular warfare and acts at the direction of the Maduro government.",
        categoryId: "administration",
      },
      {
        id: "risk-torture",
        text: `\
The five named men risked being sent to countries where they could face imprisonment or torture.`,
        categoryId: "challengers",
      },
      {
        id: "no-jurisdiction",
        text: "Federal courts generally lack jurisdiction over the President's Alien Enemies Act powers.",
        categoryId: "administration",
      },
      {
        id: "military-action",
        text: '"Invasion" and "predatory incursion" require military, wartime action.',
        categoryId: "court",
      },
    ],
    explanation: `\
The statements on irregular warfare, blocking the invocation and jurisdiction come from the \
proclamation, the Justice Department's argument to the full Fifth Circuit, and the White House press \
secretary. \
The peacetime and torture statements are the challengers' claims as reported when they sued. \
The notice, military-action and "predatory incursion" statements are court holdings: the Supreme \
Court in A.A.R.P., Judge Sweeney, and Judge Haines. \
Watch the "predatory incursion" holding: a statement that favors the government can still be a court's ruling. \
Sort by who said it, not by which side it helps.`,
  },
  {
    id: "panel-2025-approach",
    type: "single-choice",
    prompt: `\
How did the Fifth Circuit panel majority (September 2, 2025) handle the question of who decides \
whether the Act applies?`,
    difficulty: 3,
    objectiveIds: ["analyze-legal-questions", "compare-rulings"],
    sourceIds: ["wmm-panel", "ludecke"],
    choices: [
      {
        id: "found-president",
        text: "It found the President's factual claims about TdA to be untrue.",
        feedback: `\
The majority said courts may not second-guess the President's factual findings. \
It took them as given.`,
      },
      {
        id: "held-congress",
        text: "It held that only Congress, not the President, has the power to invoke the Act.",
        feedback: `\
The statute gives the President the power to proclaim the event; the panel did not hold otherwise.`,
      },
      {
        id: "held-courts-review",
        text: "It held that courts cannot review the proclamation in any way.",
        feedback: "That is closer to the government's position and to Judge Oldham's dissent.",
      },
      {
        id: "took-president",
        text: "It took the President's facts as given but applied the statute itself.",
        correct: true,
      },
    ],
    explanation: `\
Judge Southwick's majority drew a line like the one in Ludecke: the President's facts are not \
reviewed, but courts interpret the statute and apply it to those facts. \
On the proclaimed facts, it found no invasion or predatory incursion. \
The tempting wrong answer is that the court found the facts false; it expressly did not.`,
  },
  {
    id: "full-court-2026",
    type: "true-false",
    prompt: `\
True or false: As of December 4, 2026, the sources for this lesson reported that the full Fifth \
Circuit had heard argument in W.M.M. v. \
Trump on January 22, 2026 and was still considering the case.`,
    difficulty: 1,
    objectiveIds: ["compare-rulings"],
    sourceIds: ["en-banc-argument-report", "wmm-en-banc-order", "doj-letter-jan-2026"],
    answer: true,
    feedbackTrue: "Correct, as of December 4, 2026. Check for newer rulings before relying on this.",
    feedbackFalse: `\
The full court heard argument on January 22, 2026; no decision had been reported in the sources \
available for this lesson.`,
    explanation: `\
The full court granted rehearing on September 30, 2025, which vacated the panel opinion, and heard \
argument on January 22, 2026. \
In January 2026 the Justice Department filed a letter citing Maduro's indictment, but no decision \
appeared in the sources available for this lesson. \
Ongoing cases change, so an "as of" date tells you how current a statement is.`,
  },
  {
    id: "letter-2026-aim",
    type: "single-choice",
    prompt: `\
In January 2026 the Justice Department told the full Fifth Circuit that Nicolás Maduro's \
indictment supported Proclamation 10903. \
Which part of the Act's test was that argument aimed at?`,
    difficulty: 3,
    objectiveIds: ["analyze-legal-questions"],
    sourceIds: ["doj-letter-jan-2026", "aea-statute", "proclamation-10903", "reuters-maduro-arraignment-2026"],
    choices: [
      {
        id: "congress-declared",
        text: "That Congress had declared war on Venezuela in early 2026",
        feedback: "Congress declared no war; the proclamation relies on the invasion-or-incursion trigger.",
      },
      {
        id: "man-14-never",
        text: "That each man was over 14 and had never been naturalized",
        feedback: "Age and citizenship are facts about each person; an indictment of Maduro says nothing about them.",
      },
      {
        id: "men-got-notice",
        text: "That the men got notice to reach a habeas court in good time",
        feedback: "Notice is a separate question, which the Supreme Court addressed in J.G.G. and A.A.R.P.",
      },
      {
        id: "incursion-comes",
        text: "That the incursion comes from a foreign nation or government",
        correct: true,
      },
    ],
    explanation: `\
Section 21 requires an invasion or predatory incursion "by any foreign nation or government." \
The government argued that Maduro's indictment, which accuses him of working with groups including \
TdA, backs the proclamation's claim that a foreign government stands behind the gang. \
Legal experts quoted by CNN answered that criminal charges do not show an invasion, and an \
indictment is an accusation that must still be proved.`,
  },
  {
    id: "assessment-2025",
    type: "true-false",
    prompt: `\
True or false: A U.S. \
intelligence assessment dated April 7, 2025 disagreed with the proclamation's claim that the \
Maduro government directs Tren de Aragua.`,
    difficulty: 2,
    objectiveIds: ["attribute-perspectives", "analyze-legal-questions"],
    sourceIds: ["nic-assessment-2025", "proclamation-10903"],
    answer: true,
    feedbackTrue: `\
Right. \
The National Intelligence Council concluded the regime was probably not directing TdA's operations \
in the United States.`,
    feedbackFalse: `\
The assessment, released in May 2025, concluded that the Maduro regime "probably does not have a \
policy of cooperating with TDA" and was not directing its operations in the United States.`,
    explanation: `\
The National Intelligence Council's memo of April 7, 2025, released under the Freedom of \
Information Act, concluded that the regime "probably does not have a policy of cooperating with \
TDA." \
The proclamation asserts the opposite, and the government later pointed to Maduro's 2026 \
indictment. \
A primary source for what the government claimed is not proof that the claim is true.`,
  },
] satisfies Lesson["questions"];
