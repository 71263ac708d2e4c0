import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "section-21-cloze",
    type: "cloze",
    prompt: "Fill in the missing words of 50 U.S.C. § 21, the heart of the Alien Enemies Act.",
    difficulty: 2,
    objectiveIds: ["read-statute"],
    sourceIds: ["aea-statute"],
    text: `\
Whenever there is {{blank-1}} war between the United States and any foreign nation or \
government, or any {{blank-2}} or predatory incursion is perpetrated ... against the territory of \
the United States by any foreign nation or government, and the President makes {{blank-3}} of the \
event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of \
the age of {{blank-4}} years and upward, who shall be within the United States and not actually \
{{blank-5}}, shall be liable to be apprehended, restrained, secured, and removed as {{blank-6}}.`,
    blanks: [
      {
        id: "blank-1",
        kind: "choice",
        choices: [
          {
            id: "declared",
            text: "a declared",
            correct: true,
          },
          {
            id: "undeclared",
            text: "an undeclared",
          },
          {
            id: "threatened",
            text: "a threatened",
          },
        ],
      },
      {
        id: "blank-2",
        kind: "text",
        answers: [
          {
            text: "invasion",
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
        id: "blank-3",
        kind: "choice",
        choices: [
          {
            id: "public-proclamation",
            text: "public proclamation",
            correct: true,
          },
          {
            id: "court-finding",
            text: "a court finding",
          },
          {
            id: "request-to-congress",
            text: "a request to Congress",
          },
        ],
      },
      {
        id: "blank-4",
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
          caseSensitive: false,
          ignoreDiacritics: true,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-5",
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
          caseSensitive: false,
          ignoreDiacritics: true,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-6",
        kind: "text",
        answers: [
          {
            text: "alien enemies",
          },
        ],
        matching: {
          caseSensitive: false,
          ignoreDiacritics: true,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
    ],
    hints: [
      `\
The Act has two possible triggers, then needs an act by the President before anyone is covered.`,
    ],
    explanation: `\
The statute's triggers are a declared war or an invasion or predatory incursion by a foreign \
nation or government. \
Either way, the President must make a public proclamation. \
It then covers people 14 and older who are not naturalized and calls them alien enemies. \
A tempting wrong choice is "threatened" war: the word "threatened" does appear, but it describes \
an invasion or incursion, not a war.`,
  },
  {
    id: "what-section-21-requires",
    type: "multiple-choice",
    prompt: `\
Read the excerpt from 50 U.S.C. § 21. \
Which of these does the excerpt require before a person becomes liable to be treated as an alien \
enemy? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["read-statute"],
    sourceIds: ["aea-statute", "ludecke"],
    excerptSourceId: "aea-statute",
    scoring: "every-decision-counts",
    choices: [
      {
        id: "proclamation",
        text: "A public proclamation by the President",
        correct: true,
      },
      {
        id: "trigger",
        text: "A declared war, or an invasion or predatory incursion by a foreign nation or government",
        correct: true,
      },
      {
        id: "court-finding",
        text: "A court finding that the person is dangerous",
        feedback: `\
The excerpt says nothing about a court finding of dangerousness. \
In Ludecke, the Court held that courts may not review the removal decision itself.`,
      },
      {
        id: "age-status",
        text: "The person is 14 or older, in the United States and not naturalized",
        correct: true,
      },
      {
        id: "congress-vote",
        text: "A vote of Congress approving each removal",
        feedback: `\
The excerpt gives Congress no role in individual cases. \
Congress's part is the law itself and, for the war trigger, a declaration of war.`,
      },
    ],
    explanation: `\
The excerpt sets three conditions: a triggering event, a public proclamation, and a person who \
fits the description (from the hostile nation, 14 or older, in the United States, not naturalized). \
It requires no individual court finding and no vote of Congress on each person. \
Students often assume § 21 requires a hearing on dangerousness before the President acts; it does \
not, which is why Ludecke's limits on court review mattered. \
(Section 23 separately lets federal judges hear complaints against alien enemies and order removal.)`,
  },
  {
    id: "males-limit-today",
    type: "true-false",
    prompt: `\
Check this claim, which appeared in some 2025 coverage: the Alien Enemies Act applies only to male \
citizens of a hostile nation.`,
    difficulty: 1,
    objectiveIds: ["trace-uses"],
    sourceIds: ["aea-statute", "frus-1918"],
    answer: false,
    feedbackTrue: `\
That was true of the 1798 text, but an amendment of April 16, 1918 removed the limit to males.`,
    feedbackFalse: `\
Right. \
The limit to males was removed in 1918, and the Act covers only people 14 and older who are not \
naturalized.`,
    explanation: `\
The claim is out of date by more than a century. \
Congress removed the limit to males on April 16, 1918, and Wilson extended the alien-enemy rules \
to women on April 19, 1918. \
The claim is also imprecise in another way: the Act covers natives, citizens, denizens or subjects \
of the hostile nation only if they are 14 or older and not naturalized.`,
  },
  {
    id: "wwi-arrest-count",
    type: "numeric",
    prompt: `\
About how many enemy aliens were arrested under presidential warrants in the United States during \
World War I? \
Round to the nearest hundred.`,
    difficulty: 2,
    objectiveIds: ["trace-uses"],
    sourceIds: ["historyhub-wwi", "usms-wwi", "nara-wwi", "kluskens-2017"],
    answer: {
      min: 6000,
      max: 6600,
    },
    nearMisses: [
      {
        answer: {
          min: 2000,
          max: 2600,
        },
        fraction: 0,
        feedback: `\
About 2,300 is the number of enemy aliens the Marshals Service says marshals interviewed in the \
Army's camps. \
Far more were arrested than that.`,
      },
      {
        answer: {
          min: 450000,
          max: 520000,
        },
        fraction: 0,
        feedback: "That is roughly how many German enemy aliens registered, not how many were arrested.",
      },
    ],
    unit: "people",
    explanation: `\
The National Archives and the U.S. \
Marshals Service give about 6,300 arrests under presidential warrants. \
About 480,000 German enemy aliens registered, and marshals interviewed about 2,300 held in the \
Army's camps. \
Keep the numbers apart (registered, arrested, interviewed in camps) and check what a source means \
by "interned": a National Archives archivist counts over 6,000 interned, while other accounts count \
only those in the Army camps.`,
  },
  {
    id: "proclamation-2525-invasion",
    type: "single-choice",
    prompt: `\
Proclamation 2525, issued December 7, 1941, declared that "an invasion has been perpetrated upon \
the territory of the United States by Empire of Japan." \
Why did it rely on invasion language?`,
    difficulty: 3,
    objectiveIds: ["read-statute", "trace-uses"],
    sourceIds: ["proclamation-2525", "aea-statute"],
    excerptSourceId: "proclamation-2525",
    choices: [
      {
        id: "congress-declared",
        text: "Congress had not yet declared war; it would do so the next day.",
        correct: true,
      },
      {
        id: "invasion-language",
        text: "Invasion language let it reach U.S. citizens of Japanese ancestry.",
        feedback: "No trigger lets the Act reach citizens. It reaches only alien enemies.",
      },
      {
        id: "congress-voted",
        text: "Congress had voted down a declaration of war against Japan.",
        feedback: "Congress declared war on Japan on December 8, 1941, one day after the proclamation.",
      },
      {
        id: "act-always-requires",
        text: "The Act always requires an invasion as well as a declared war.",
        feedback: `\
The Act's triggers are alternatives: a declared war or an invasion or predatory incursion. \
Either one is enough.`,
      },
    ],
    hints: ["Compare the proclamation's date with the date Congress declared war on Japan."],
    explanation: `\
Roosevelt acted on the day of the Pearl Harbor attack, before Congress declared war on December 8. \
The statute's alternative trigger, an invasion by a foreign nation or government, covered that day. \
This matters for claims that a modern invocation is the first without a declared war: the 1941 \
proclamation also rested on the invasion language, though a declaration followed within a day.`,
  },
  {
    id: "ludecke-holdings",
    type: "multiple-choice",
    prompt: `\
Which of these did the Supreme Court hold in Ludecke v. \
Watkins (1948)? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["explain-ludecke"],
    sourceIds: ["ludecke"],
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "bill-of-rights",
        text: "The Act violates the Bill of Rights when used after fighting ends.",
        feedback: `\
The majority held that, read with its limited court review, the Act does not violate the Bill of \
Rights.`,
      },
      {
        id: "war-ended",
        text: "The declared war ended when the fighting stopped, so Ludecke had to be released.",
        feedback: `\
That was closer to Justice Black's dissent. \
The majority held that ending a state of war is for the political branches.`,
      },
      {
        id: "limited-questions",
        text: `\
Courts may still decide whether a declared war exists and whether the person is an alien enemy.`,
        correct: true,
      },
      {
        id: "no-review",
        text: "The Act bars courts from reviewing the removal order itself.",
        correct: true,
      },
      {
        id: "war-continues",
        text: "A declared war with Germany still existed even though the fighting had stopped.",
        correct: true,
      },
    ],
    explanation: `\
The 5–4 majority held that courts cannot review the removal decision, but can decide the Act's \
validity and meaning, whether a declared war exists and whether the person is an alien enemy. \
It held that the war with Germany continued legally after the fighting, and that the Act so read \
does not violate the Bill of Rights. \
The wrong choices describe the dissent's view, which is easy to confuse with the holding.`,
  },
  {
    id: "ludecke-opinions-matching",
    type: "matching",
    prompt: "Match each Ludecke opinion to the argument it made. One argument was made by none of them.",
    difficulty: 3,
    objectiveIds: ["explain-ludecke"],
    sourceIds: ["ludecke"],
    premises: [
      {
        id: "frankfurter",
        text: "Justice Frankfurter, for the majority",
      },
      {
        id: "black",
        text: "Justice Black, dissenting",
      },
      {
        id: "douglas",
        text: "Justice Douglas, dissenting",
      },
    ],
    responses: [
      {
        id: "pure-fiction",
        text: `\
Calling the nation still at war with Germany is "a pure fiction," and deportation without a fair \
hearing reviewable in court denies due process.`,
      },
      {
        id: "habeas-scope",
        text: `\
Habeas corpus should let courts ask more than whether the petitioner is in fact an alien enemy.`,
      },
      {
        id: "political-branches",
        text: `\
Ending a state of war is for the political branches, so a declared war with Germany still existed.`,
      },
      {
        id: "expired",
        text: `\
The Act expired in 1800 along with the Alien Friends Act, so no one could be removed under it.`,
      },
    ],
    pairs: {
      frankfurter: "political-branches",
      black: "pure-fiction",
      douglas: "habeas-scope",
    },
    explanation: `\
Frankfurter's majority left the question of when a war ends to Congress and the President. \
Black's dissent called the continuing state of war a fiction and demanded a fair, reviewable \
hearing. \
Douglas's dissent argued that habeas review should be as broad as in other deportation cases. \
No justice claimed the Act had expired: only the Alien Friends Act expired in 1800. \
The question asks you to identify who argued what, not to decide who was right.`,
  },
  {
    id: "two-programs-sort",
    type: "categorize",
    prompt: `\
Sort each feature: does it describe Alien Enemies Act internment in World War II, the mass \
incarceration under Executive Order 9066, or both?`,
    difficulty: 3,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: [
      "nara-enemy-aliens",
      "densho-aea",
      "eo-9066",
      "proclamation-2525",
      "proclamations-2526-2527",
      "korematsu",
      "cwric",
      "aea-statute",
      "densho-santa-fe",
    ],
    categories: [
      {
        id: "aea",
        text: "Alien Enemies Act internment",
      },
      {
        id: "eo9066",
        text: "Executive Order 9066 incarceration",
      },
      {
        id: "both",
        text: "Both",
      },
    ],
    items: [
      {
        id: "proclamations",
        text: "Began with Proclamations 2525, 2526 and 2527 in December 1941",
        categoryId: "aea",
      },
      {
        id: "korematsu",
        text: "Its exclusion orders were at issue in Korematsu v. United States",
        categoryId: "eo9066",
      },
      {
        id: "wra-camps",
        text: "Most people held in 10 War Relocation Authority camps",
        categoryId: "eo9066",
      },
      {
        id: "latin-america",
        text: "Included more than 6,600 people sent from Latin American countries",
        categoryId: "aea",
      },
      {
        id: "military-areas",
        text: `\
Rested on an order letting military commanders exclude "any or all persons" from military areas`,
        categoryId: "eo9066",
      },
      {
        id: "two-thirds-citizens",
        text: "About 120,000 people of Japanese ancestry, about two-thirds of them U.S. citizens",
        categoryId: "eo9066",
      },
      {
        id: "statute-1798",
        text: "Rested on a 1798 statute now at 50 U.S.C. §§ 21–24",
        categoryId: "aea",
      },
      {
        id: "hearing-boards",
        text: "Run by the Justice Department, with hearings before local alien enemy hearing boards",
        categoryId: "aea",
      },
      {
        id: "three-nationalities",
        text: "Covered Japanese, German and Italian nationals",
        categoryId: "aea",
      },
      {
        id: "not-naturalized",
        text: "Legal authority reached only people who were not naturalized",
        categoryId: "aea",
      },
      {
        id: "roosevelt",
        text: "Put in place by President Franklin D. Roosevelt during World War II",
        categoryId: "both",
      },
      {
        id: "issei",
        text: "Could reach Issei, Japanese immigrants barred from naturalizing",
        categoryId: "both",
      },
    ],
    explanation: `\
The Alien Enemies Act program rested on the 1798 statute and the December 1941 proclamations. \
It reached only non-naturalized Japanese, German and Italian nationals, ran through Justice \
Department hearings, and held over 31,000 people including family members and Latin American \
deportees. \
Executive Order 9066 was a separate authority that led to the incarceration of about 120,000 \
people of Japanese ancestry, most of them citizens, in War Relocation Authority camps. \
The programs overlapped mainly for the Issei, who could not naturalize, and for a smaller group of \
Nisei who renounced their citizenship in 1944–45 and were then held as alien enemies. \
The most tempting mistake is to place the 120,000 figure under the Act.`,
  },
  {
    id: "overlap-reason",
    type: "single-choice",
    prompt: `\
Why could some Issei be affected by both the Alien Enemies Act program and the Executive Order \
9066 program?`,
    difficulty: 2,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["densho-aea", "nara-enemy-aliens", "aea-statute", "eo-9066"],
    choices: [
      {
        id: "chosen-keep-japanese",
        text: "They had chosen to keep Japanese citizenship, unlike most other immigrants.",
        feedback: "It was not a matter of choice: the law then barred Japanese immigrants from naturalizing.",
      },
      {
        id: "citizens-programs",
        text: "They were U.S. citizens, and both of the programs applied to all citizens.",
        feedback: `\
The Issei were not citizens. \
The Alien Enemies Act cannot reach citizens; the U.S.-born Nisei were the citizens affected by EO \
9066.`,
      },
      {
        id: "congress-amended",
        text: "Congress amended the Alien Enemies Act in 1942 to cover anyone of Japanese ancestry.",
        feedback: `\
The Act's one major amendment came in 1918 and concerned women. \
It was not changed in 1942.`,
      },
      {
        id: "racial-laws-barred",
        text: "Racial laws barred them from naturalizing, so they stayed Japanese nationals.",
        correct: true,
      },
    ],
    explanation: `\
Issei could not naturalize under the racial laws of the time. \
That made them non-naturalized Japanese nationals, so they were alien enemies under Proclamation \
2525, and as people of Japanese ancestry they were also subject to the exclusion orders under EO \
9066. \
Their U.S.-born children, the Nisei, were citizens and so were outside the Alien Enemies Act.`,
  },
  {
    id: "news-report-fix",
    type: "single-choice",
    prompt: `\
Some 2025 news reports said the Alien Enemies Act was last used to detain Japanese American \
civilians. \
Which correction is most accurate?`,
    difficulty: 2,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["nara-enemy-aliens", "eo-9066", "aea-statute", "cwric"],
    choices: [
      {
        id: "report-accurate",
        text: "The report is accurate: the Act was the legal basis for all of the West Coast camps, too.",
        feedback: `\
The West Coast removals and the War Relocation Authority camps rested on Executive Order 9066 and \
military orders, not the Act.`,
      },
      {
        id: "world-war-ii",
        text: "In World War II the Act was used only against Germans, never against Japanese.",
        feedback: "The December 1941 proclamations covered Japanese, German and Italian nationals.",
      },
      {
        id: "act-reached-non",
        text: "The Act reached non-citizen nationals; the mass camps rested on Executive Order 9066.",
        correct: true,
      },
      {
        id: "act-never-used",
        text: "The Act was never used at all in World War II, so the news report gets it backward.",
        feedback: "It was used: Proclamations 2525, 2526 and 2527 of December 1941 invoked it.",
      },
    ],
    explanation: `\
The claim blends two programs. \
The Act reached only non-naturalized nationals (Japanese, German and Italian), about 31,000 people \
including family members by war's end. \
The mass incarceration of Japanese Americans, most of them citizens, rested on Executive Order \
9066, which the Act could not have authorized because it cannot reach citizens.`,
  },
  {
    id: "ruling-1944-scope",
    type: "single-choice",
    prompt: "What did the Supreme Court uphold in Korematsu v. United States (1944)?",
    difficulty: 2,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["korematsu"],
    choices: [
      {
        id: "nothing-court",
        text: "Nothing: the Court ruled for Korematsu and struck down the order",
        feedback: "The Court ruled 6–3 against Korematsu.",
      },
      {
        id: "korematsu-conviction",
        text: "Korematsu's conviction for defying a West Coast exclusion order",
        correct: true,
      },
      {
        id: "use-alien-enemies",
        text: "Use of the Alien Enemies Act against U.S.-born citizens",
        feedback: "Korematsu did not involve the Alien Enemies Act, which cannot reach citizens.",
      },
      {
        id: "government-power",
        text: "The government's power to hold Korematsu in a relocation camp.",
        feedback: `\
The Court said it was not ruling on the detention orders. \
That issue arose in Ex parte Endo, decided the same day.`,
      },
    ],
    explanation: `\
Korematsu upheld a criminal conviction for violating an exclusion order, 6–3. \
The Court called racial classifications "immediately suspect" but found "pressing public \
necessity," and it expressly did not decide the lawfulness of detention. \
Saying Korematsu upheld the camps is a common overstatement.`,
  },
  {
    id: "endo-holding",
    type: "true-false",
    prompt: `\
In Ex parte Endo (1944), the Supreme Court unanimously held that the War Relocation Authority had \
no power to keep detaining a citizen whom the government conceded was loyal.`,
    difficulty: 1,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["endo"],
    answer: true,
    feedbackTrue: "Right. Endo was unanimous and was decided the same day as Korematsu.",
    feedbackFalse: `\
This statement is accurate. \
Students sometimes confuse Endo with Korematsu, which went the other way on a different question.`,
    explanation: `\
Endo, decided December 18, 1944, was unanimous, with Justice Douglas writing. \
It concerned continued detention of Mitsuye Endo, a citizen conceded to be loyal, and it helped \
lead to reopening the West Coast. \
Korematsu, decided the same day, upheld a conviction for violating an exclusion order, which is \
why the two are easy to mix up.`,
  },
  {
    id: "ruling-2018-passage",
    type: "single-choice",
    prompt: `\
Which statement most accurately describes what Trump v. \
Hawaii (2018) did with regard to Korematsu?`,
    difficulty: 3,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["trump-v-hawaii", "famous-trials-korematsu", "acs-korematsu"],
    choices: [
      {
        id: "relied-korematsu",
        text: "It relied on Korematsu to uphold the presidential travel restrictions.",
        feedback: "The majority expressly repudiated Korematsu.",
      },
      {
        id: "held-alien-enemies",
        text: "It held that the Alien Enemies Act could no longer be used at all.",
        feedback: "Trump v. Hawaii did not involve the Alien Enemies Act.",
      },
      {
        id: "formally-overruled",
        text: "It formally overruled Korematsu as its holding; no one disputes that.",
        feedback: `\
Many scholars call the passage dicta because Trump v. \
Hawaii concerned a different policy. \
Treat "formally overruled" as one side of a debate.`,
      },
      {
        id: "called-korematsu",
        text: "It called Korematsu gravely wrong; whether that overruled it is debated.",
        correct: true,
      },
    ],
    explanation: `\
The majority, in an opinion by Chief Justice Roberts, wrote that Korematsu "was gravely wrong the \
day it was decided." \
Whether that formally overruled Korematsu is contested: some read it as ending Korematsu's \
authority in any case, while many scholars call it dicta in a case about a different policy. \
The correct answer describes both the words and the debate, without picking a side.`,
  },
  {
    id: "civil-liberties-act-provisions",
    type: "multiple-choice",
    prompt: "Which of these did the Civil Liberties Act of 1988 do? Select all that apply.",
    difficulty: 2,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["civil-liberties-act", "doj-redress-1999"],
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "acknowledged",
        text: "Acknowledged the injustice of the evacuation, relocation and internment",
        correct: true,
      },
      {
        id: "overruled",
        text: "Overruled Korematsu v. United States",
        feedback: `\
The Act did not address Korematsu's holding; it acknowledged the injustice, apologized and paid \
redress.`,
      },
      {
        id: "payments",
        text: "Authorized $20,000 redress payments to eligible survivors",
        correct: true,
      },
      {
        id: "apologized",
        text: "Apologized on behalf of the people of the United States",
        correct: true,
      },
      {
        id: "repealed-aea",
        text: "Repealed the Alien Enemies Act",
        feedback: "The Alien Enemies Act remains law at 50 U.S.C. §§ 21–24.",
      },
      {
        id: "education-fund",
        text: "Created a public education fund",
        correct: true,
      },
    ],
    explanation: `\
The 1988 Act acknowledged the injustice, apologized, created an education fund and authorized \
$20,000 payments. \
By the time the Justice Department's redress office closed in February 1999, it had paid 82,219 \
people more than $1.6 billion. \
It did not overrule Korematsu or touch the Alien Enemies Act, a separate law that is still in force.`,
  },
  {
    id: "excerpt-1971-paraphrase",
    type: "single-choice",
    prompt: `\
Read the text of 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained by the \
United States except pursuant to an Act of Congress." \
Which paraphrase is most accurate?`,
    difficulty: 2,
    objectiveIds: ["explain-non-detention"],
    sourceIds: ["non-detention-act", "crs-rs22130"],
    excerptSourceId: "non-detention-act",
    choices: [
      {
        id: "hold-citizen",
        text: "The U.S. may hold a citizen only if an act of Congress allows it.",
        correct: true,
      },
      {
        id: "non-citizens",
        text: "Non-citizens may be held only if an act of Congress allows it.",
        feedback: `\
The text protects citizens. \
The Alien Enemies Act, which reaches only non-citizens, is a separate law.`,
      },
      {
        id: "president-hold",
        text: "The President may hold citizens during any declared national emergency.",
        feedback: `\
The text does the opposite: it requires an act of Congress, not just a presidential decision.`,
      },
      {
        id: "person-citizen",
        text: "No person, citizen or not, may be held without a trial by jury.",
        feedback: 'The text says "citizen," not "person," and it says nothing about juries.',
      },
    ],
    explanation: `\
The text sets a rule for citizens: detention by the United States needs authority from an act of \
Congress. \
A Congressional Research Service analysis concluded that Congress meant this to cover all \
executive detention, including military detention. \
The tempting wrong answer swaps "citizen" for "person"; reading the exact word matters.`,
  },
  {
    id: "law-repealed-in-1971",
    type: "short-text",
    prompt: `\
The Non-Detention Act of 1971 repealed Title II of the Internal Security Act of 1950. \
What was that title called?`,
    difficulty: 2,
    objectiveIds: ["explain-non-detention"],
    sourceIds: ["non-detention-act", "crs-rs22130"],
    answers: [
      {
        text: "Emergency Detention Act",
      },
      {
        text: "the Emergency Detention Act",
      },
      {
        text: "Emergency Detention Act of 1950",
      },
    ],
    matching: {
      caseSensitive: false,
      ignoreDiacritics: true,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
    explanation: `\
Title II of the Internal Security Act of 1950, passed over President Truman's veto, was the \
Emergency Detention Act. \
The 1971 law repealed it and replaced it with the rule in 18 U.S.C. § 4001(a). \
Students sometimes answer "Alien Enemies Act," but that 1798 law was not repealed and is still in \
force.`,
  },
  {
    id: "renunciants-1945",
    type: "single-choice",
    prompt: `\
In 1945 some U.S.-born Nisei who had renounced their citizenship under a 1944 law were moved from \
Tule Lake to Justice Department camps such as Santa Fe. \
How could the government hold them under the Alien Enemies Act?`,
    difficulty: 3,
    objectiveIds: ["distinguish-eo9066"],
    sourceIds: ["densho-santa-fe", "discover-nikkei-renunciation", "aea-statute"],
    choices: [
      {
        id: "executive-order",
        text: "Executive Order 9066 turned every person it covered into an alien enemy.",
        feedback: `\
Executive Order 9066 let commanders exclude people from military areas. \
It did not change anyone's citizenship or make anyone an alien enemy.`,
      },
      {
        id: "emergency-detention",
        text: "The Emergency Detention Act let the Justice Department hold them as enemies.",
        feedback: "The Emergency Detention Act was passed in 1950, years after these transfers.",
      },
      {
        id: "renounced-longer",
        text: "Having renounced, they were no longer citizens, so the Act could reach them.",
        correct: true,
      },
      {
        id: "act-amended-1944",
        text: "The Act had been amended in 1944 to reach any citizen thought disloyal.",
        feedback: "The Act's only major amendment came in 1918, when it was extended to women.",
      },
    ],
    explanation: `\
A 1944 law let citizens renounce their citizenship during the war. \
Once the renunciants were no longer citizens, the government treated them as alien enemies and moved \
them to Justice Department camps; Densho counts 866 at Santa Fe. \
A federal judge later found that this was the point of the program: renunciants "could then be \
detained as alien enemies." \
This is why the two World War II programs overlapped for more than the Issei.`,
  },
  {
    id: "order-aea-history",
    type: "ordering",
    prompt: "Put these events in order, earliest first.",
    difficulty: 2,
    objectiveIds: ["trace-uses", "distinguish-eo9066"],
    sourceIds: [
      "nara-wwi",
      "frus-1918",
      "proclamation-2525",
      "eo-9066",
      "ludecke",
      "non-detention-act",
      "civil-liberties-act",
      "trump-v-hawaii",
    ],
    items: [
      {
        id: "eo-9066",
        text: "Executive Order 9066 is signed",
      },
      {
        id: "ludecke",
        text: "Ludecke v. Watkins is decided",
      },
      {
        id: "non-detention",
        text: "The Non-Detention Act becomes law",
      },
      {
        id: "civil-liberties",
        text: "The Civil Liberties Act apologizes and authorizes redress",
      },
      {
        id: "wilson-proclamation",
        text: "Wilson proclaims German males 14 and older alien enemies",
      },
      {
        id: "japanese-nationals-proclamation",
        text: "Proclamation 2525 covers Japanese nationals",
      },
      {
        id: "hawaii",
        text: 'Trump v. Hawaii calls Korematsu "gravely wrong"',
      },
      {
        id: "males-limit-removed",
        text: "Congress removes the Act's limit to males",
      },
    ],
    correctOrder: [
      "wilson-proclamation",
      "males-limit-removed",
      "japanese-nationals-proclamation",
      "eo-9066",
      "ludecke",
      "non-detention",
      "civil-liberties",
      "hawaii",
    ],
    scoring: "longest-ordered-subsequence",
    explanation: `\
1917 (Wilson's proclamation), 1918 (amendment), December 1941 (Proclamation 2525), February 1942 \
(EO 9066), 1948 (Ludecke), 1971 (Non-Detention Act), 1988 (Civil Liberties Act), 2018 (Trump v. \
Hawaii). \
The order shows that Proclamation 2525 came about ten weeks before EO 9066: the Act's program for \
enemy nationals was already running when the separate mass removal began.`,
  },
] satisfies Lesson["questions"];
