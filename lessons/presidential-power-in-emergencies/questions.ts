import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "q01",
    type: "categorize",
    prompt: `\
Sort each hypothetical scenario into the Jackson category it fits. \
Focus on what Congress has done, not on how serious the emergency is.`,
    difficulty: 2,
    objectiveIds: ["apply-jackson"],
    sourceIds: ["youngstown"],
    excerptSourceId: "youngstown",
    explanation: `\
Jackson's categories turn on Congress's stance. \
When Congress has authorized the action, as with an arms-embargo resolution, a statute allowing \
suspension of habeas corpus, or a force authorization, the President's authority is at its maximum. \
When Congress has neither granted nor denied the power, the action falls in the zone of twilight. \
When the President acts against Congress's expressed or implied will, such as after Congress \
deliberately refused a power and chose other procedures, or against a statute's express ban, his \
power is at its lowest ebb. \
The tempting error is to treat a deliberate refusal as silence. \
Jackson counted implied will too.`,
    hints: ["For each scenario, ask: has Congress said yes, said nothing, or said no?"],
    categories: [
      {
        id: "maximum",
        text: "Category 1: authorized by Congress (maximum authority)",
      },
      {
        id: "twilight",
        text: "Category 2: Congress has neither granted nor denied (zone of twilight)",
      },
      {
        id: "lowest-ebb",
        text: "Category 3: against Congress's will (lowest ebb)",
      },
    ],
    items: [
      {
        id: "suspension-statute",
        text: `\
Congress passes a law authorizing the President to suspend habeas corpus during a rebellion, and \
the President does so.`,
        categoryId: "maximum",
      },
      {
        id: "embargo-resolution",
        text: `\
Congress passes a joint resolution allowing the President to ban arms sales to two warring \
countries, and the President issues the ban.`,
        categoryId: "maximum",
      },
      {
        id: "never-legislated",
        text: `\
Congress has never passed any law on a question, and the President acts using only his own \
constitutional powers.`,
        categoryId: "twilight",
      },
      {
        id: "force-authorization",
        text: `\
Congress authorizes "all necessary and appropriate force" against the groups behind an attack, and \
the President sends troops against those groups.`,
        categoryId: "maximum",
      },
      {
        id: "novel-crisis",
        text: `\
A new kind of emergency arises that no statute addresses; Congress has neither granted nor denied \
a power to respond, and the President issues a temporary order on his own authority.`,
        categoryId: "twilight",
      },
      {
        id: "statute-forbids",
        text: `\
A statute forbids spending money on a program, and the President orders the program to continue.`,
        categoryId: "lowest-ebb",
      },
      {
        id: "seizure-after-refusal",
        text: `\
Congress considered giving the President power to seize factories during strikes, chose not to, \
and created other procedures; the President seizes a factory anyway.`,
        categoryId: "lowest-ebb",
      },
    ],
  },
  {
    id: "q02",
    type: "single-choice",
    prompt: `\
Scenario: During an undeclared war, railroad workers announce a nationwide strike. \
Months earlier, Congress debated a bill that would let the President take over railroads during \
strikes, voted it down, and instead passed a law creating a 60-day cooling-off procedure. \
The President skips that procedure and orders the Army to run the railroads, citing the \
commander-in-chief power. \
Under Justice Jackson's framework, where does this action fall?`,
    difficulty: 3,
    objectiveIds: ["apply-jackson"],
    sourceIds: ["youngstown"],
    excerptSourceId: "youngstown",
    explanation: `\
Congress considered the takeover power, rejected it, and chose a different procedure. \
That makes the takeover "incompatible with the expressed or implied will of Congress," so the \
President's power is at its lowest ebb and he can rely only on his own constitutional powers minus \
Congress's. \
These facts closely track Youngstown, where Congress had passed over seizure when it wrote the \
Taft-Hartley Act. \
The tempting wrong answer is the zone of twilight. \
No statute expressly forbids the takeover, but Jackson's test counts Congress's implied will, and \
a deliberate rejection plus an alternative procedure expresses it.`,
    hints: [
      `\
Jackson's third category covers Congress's "expressed or implied" will, not only an express ban.`,
    ],
    choices: [
      {
        id: "declared-wars-only",
        text: "No category at all: Jackson's framework applies only in declared wars",
        feedback: `\
The framework applies to presidential action generally. \
Youngstown itself arose during an undeclared war.`,
      },
      {
        id: "lowest-ebb",
        text: "Category 3, lowest ebb: it defies the will Congress showed by its votes",
        correct: true,
      },
      {
        id: "maximum-wartime",
        text: "Category 1, maximum authority: he acts in wartime as commander in chief",
        feedback: `\
Jackson's categories depend on what Congress has done, not on the President's title or the fact of \
war. \
Congress did not authorize this takeover.`,
      },
      {
        id: "twilight-no-ban",
        text: "Category 2, zone of twilight: no statute directly bans Army-run railroads",
        feedback: `\
Tempting, but Congress was not silent. \
It rejected the takeover power and chose another procedure, which expresses its will even without \
an express ban.`,
      },
    ],
  },
  {
    id: "q03",
    type: "single-choice",
    prompt: `\
In Curtiss-Wright (1936), the President banned arms sales to Bolivia and Paraguay under a 1934 \
joint resolution of Congress. \
Looking back with Jackson's 1952 framework, which category fits, and what follows for how the case \
is read?`,
    difficulty: 2,
    objectiveIds: ["apply-jackson", "evaluate-limits"],
    sourceIds: ["us-v-curtiss-wright", "zivotofsky-v-kerry", "youngstown"],
    explanation: `\
Congress had authorized the embargo, so the President acted with Congress's backing, which is \
Jackson's first category. \
The holding therefore did not decide whether a President could act alone in foreign affairs \
without, or against, Congress. \
That is why the broad "sole organ" language is treated with care: the case upheld a power Congress \
had delegated. \
The tempting wrong answers misstate Congress's role. \
Congress did not oppose the embargo, and the Court upheld Congress's resolution rather than \
shutting Congress out of foreign affairs.`,
    choices: [
      {
        id: "category-two",
        text: "Category 2: Congress had said nothing about arms sales to these nations",
        feedback: "Congress had spoken, through the 1934 joint resolution.",
      },
      {
        id: "category-three",
        text: "Category 3: Congress opposed the embargo, so the President overrode it",
        feedback: "Congress did not oppose the embargo. It passed the joint resolution that authorized it.",
      },
      {
        id: "category-one",
        text: "Category 1: Congress authorized it, so the holding leaves solo action open",
        correct: true,
      },
      {
        id: "no-role-for-congress",
        text: "No category: the Court held Congress has no role at all in foreign affairs",
        feedback: `\
The Court upheld Congress's resolution as a valid delegation. \
Congress's role was the basis of the case.`,
      },
    ],
  },
  {
    id: "q04",
    type: "ordering",
    prompt: `\
Put these events in chronological order. \
Notice how the Civil War events respond to one another, and how later cases build on earlier ones.`,
    difficulty: 2,
    objectiveIds: ["compare-1860s-cases", "evaluate-limits"],
    sourceIds: [
      "lincoln-july-1861-message",
      "ex-parte-merryman",
      "habeas-corpus-act-1863",
      "ex-parte-milligan",
      "us-v-curtiss-wright",
      "youngstown",
      "hamdi-v-rumsfeld",
      "trump-v-united-states",
    ],
    explanation: `\
Lincoln authorized the suspension in April 1861. \
Merryman's arrest and Taney's ruling came in late May 1861. \
Congress authorized suspension by statute on March 3, 1863, and Milligan was decided in 1866 \
(judgment in April, opinions in December). \
Curtiss-Wright came in 1936, Youngstown in 1952, Hamdi in 2004 and Trump v. \
United States in 2024. \
A common slip is to place Curtiss-Wright after Youngstown. \
Curtiss-Wright came first, and today courts usually apply Youngstown's framework to it.`,
    scoring: "kendall-tau",
    items: [
      {
        id: "milligan-decided",
        text: "The Supreme Court decides Ex parte Milligan",
      },
      {
        id: "trump-decided",
        text: "The Court decides Trump v. United States",
      },
      {
        id: "habeas-act",
        text: "Congress passes the Habeas Corpus Act authorizing the President to suspend the writ",
      },
      {
        id: "merryman-ruling",
        text: "Chief Justice Taney rules in Ex parte Merryman that only Congress may suspend the writ",
      },
      {
        id: "curtiss-wright-decided",
        text: "The Court decides United States v. Curtiss-Wright Export Corp.",
      },
      {
        id: "hamdi-decided",
        text: "The Court decides Hamdi v. Rumsfeld",
      },
      {
        id: "youngstown-decided",
        text: "The Court decides Youngstown Sheet & Tube Co. v. Sawyer",
      },
      {
        id: "lincoln-suspends",
        text: "Lincoln authorizes suspending habeas corpus between Philadelphia and Washington",
      },
    ],
    correctOrder: [
      "lincoln-suspends",
      "merryman-ruling",
      "habeas-act",
      "milligan-decided",
      "curtiss-wright-decided",
      "youngstown-decided",
      "hamdi-decided",
      "trump-decided",
    ],
  },
  {
    id: "q05",
    type: "cloze",
    prompt: "Fill in Justice Jackson's own words for his three categories.",
    difficulty: 1,
    objectiveIds: ["apply-jackson", "explain-youngstown"],
    sourceIds: ["youngstown"],
    excerptSourceId: "youngstown",
    explanation: `\
Jackson wrote that with Congress's authorization the President's "authority is at its maximum"; \
with neither grant nor denial there is "a zone of twilight"; and against Congress's expressed or \
implied will "his power is at its lowest ebb." \
These phrases are how lawyers and judges still refer to the three categories.`,
    text: `\
With Congress's express or implied authorization, the President's "authority is at its \
{{blank-1}}." \
With neither a grant nor a denial of authority, "there is a zone of {{blank-2}}." \
Against the expressed or implied will of Congress, "his power is at its {{blank-3}}."`,
    blanks: [
      {
        id: "blank-1",
        kind: "text",
        answers: [
          {
            text: "maximum",
          },
        ],
        matching: {
          caseSensitive: false,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-2",
        kind: "text",
        answers: [
          {
            text: "twilight",
          },
        ],
        matching: {
          caseSensitive: false,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-3",
        kind: "text",
        answers: [
          {
            text: "lowest ebb",
          },
          {
            text: "ebb",
            fraction: 0.5,
            feedback: 'Jackson\'s exact phrase is "lowest ebb."',
          },
        ],
        matching: {
          caseSensitive: false,
          ignorePunctuation: true,
          typoTolerance: 0.2,
        },
      },
    ],
  },
  {
    id: "q06",
    type: "short-text",
    prompt: `\
Which justice wrote the Youngstown concurrence that sorted presidential actions into three \
categories? \
(A last name is enough.)`,
    difficulty: 1,
    objectiveIds: ["explain-youngstown"],
    sourceIds: ["youngstown", "teaching-american-history-youngstown"],
    explanation: `\
Justice Robert H. \
Jackson wrote the concurrence. \
Justice Black wrote the majority opinion, which rested on a simpler rule: the President's power \
must come from an act of Congress or from the Constitution. \
Jackson's separate opinion has become the most influential one in the case.`,
    answers: [
      {
        text: "Jackson",
      },
      {
        text: "Robert Jackson",
      },
      {
        text: "Robert H. Jackson",
      },
    ],
    matching: {
      caseSensitive: false,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "q07",
    type: "multiple-choice",
    prompt: `\
Read the Suspension Clause: "The Privilege of the Writ of Habeas Corpus shall not be suspended, \
unless when in Cases of Rebellion or Invasion the public Safety may require it." \
Which statements are supported by the words of the clause itself? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["compare-1860s-cases"],
    sourceIds: ["us-constitution", "ex-parte-merryman", "lincoln-july-1861-message"],
    excerptSourceId: "us-constitution",
    explanation: `\
The clause limits suspension to cases of rebellion or invasion when public safety may require it, \
and it is written in the passive voice ("shall not be suspended"), so it names no branch. \
That silence is why Lincoln and Taney could disagree. \
Taney and his supporters pointed to the clause's place in Article I, the article about Congress, \
but the words themselves do not say "Congress" or "the President." \
Nor do they mention a declaration of war.`,
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "no-branch-named",
        text: "It does not say which branch of government may suspend the writ.",
        correct: true,
      },
      {
        id: "declared-war",
        text: "It allows suspension whenever Congress declares war on a foreign nation.",
        feedback: "The clause names rebellion or invasion, not a declaration of war.",
      },
      {
        id: "rebellion-or-invasion",
        text: "It allows suspension only in rebellion or invasion, when safety requires it.",
        correct: true,
      },
      {
        id: "president-only",
        text: "It says that only the President, as commander in chief, may suspend the writ.",
        feedback: "No branch is named. That gap is exactly what Lincoln and Taney disputed.",
      },
    ],
  },
  {
    id: "q08",
    type: "single-choice",
    prompt: `\
In his July 4, 1861 message to Congress, Lincoln asked: "are all the laws but one to go \
unexecuted, and the Government itself go to pieces, lest that one be violated?" \
What argument is Lincoln making?`,
    difficulty: 2,
    objectiveIds: ["compare-1860s-cases"],
    sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman"],
    excerptSourceId: "lincoln-july-1861-message",
    explanation: `\
Lincoln is making an argument from necessity. \
Strict obedience to one legal protection should not be allowed to bring down the government and \
leave every other law unenforced. \
This is Lincoln's argument, not a settled verdict. \
Chief Justice Taney reached the opposite conclusion about who may suspend the writ. \
The passage is not a reading of the Suspension Clause's text, and it does not propose sidelining \
Congress, to which the message was addressed.`,
    choices: [
      {
        id: "necessity",
        text: "Obeying one legal limit should not be allowed to bring the government down",
        correct: true,
      },
      {
        id: "sideline-congress",
        text: "Congress should have no role at all while a rebellion is still going on",
        feedback: `\
Lincoln was addressing Congress in this message, and Congress later passed the 1863 Habeas Corpus \
Act.`,
      },
      {
        id: "courts-decide-survival",
        text: "Courts, not Congress, should decide whether the government survives a rebellion",
        feedback: `\
The passage is about the executive's duty to keep the laws in force, not about handing the \
decision to courts.`,
      },
      {
        id: "text-gives-president",
        text: "The Suspension Clause's own wording gives the suspension power to him alone",
        feedback: "This passage argues from necessity, not from the clause's wording, which names no branch.",
      },
    ],
  },
  {
    id: "q09",
    type: "single-choice",
    prompt: `\
Justice Davis wrote in Ex parte Milligan: "The Constitution of the United States is a law for \
rulers and people, equally in war and in peace, and covers with the shield of its protection all \
classes of men, at all times, and under all circumstances." \
Which claim does this passage most directly reject?`,
    difficulty: 2,
    objectiveIds: ["compare-1860s-cases", "evaluate-limits"],
    sourceIds: ["ex-parte-milligan"],
    excerptSourceId: "ex-parte-milligan",
    explanation: `\
"Equally in war and in peace" and "at all times, and under all circumstances" reject the idea that \
constitutional protections lapse when leaders judge that an emergency requires it. \
On that basis the Court held that military commissions cannot try civilians where the civil courts \
are open and working. \
The passage expressly binds "rulers," so it does not exempt officials, and it says nothing against \
civilian courts or against Congress's war powers.`,
    choices: [
      {
        id: "officials-exempt",
        text: "The Constitution binds ordinary people but not the officials who govern them",
        feedback: 'The passage says the Constitution is a law "for rulers and people" alike.',
      },
      {
        id: "rights-suspended-in-war",
        text: "Rights may be set aside in wartime when leaders judge it necessary",
        correct: true,
      },
      {
        id: "no-trials",
        text: "Civilians accused of crimes may be tried in the regular courts that are open",
        feedback: `\
The Court said civilians must be tried in the regular courts when those courts are open. \
It did not reject such trials.`,
      },
      {
        id: "declare-war",
        text: "Congress has the power to declare war and to raise and support the armies",
        feedback: `\
Nothing in the passage questions Congress's war powers. \
It concerns the protections the Constitution gives people.`,
      },
    ],
  },
  {
    id: "q10",
    type: "true-false",
    prompt: `\
True or false: Chief Justice Taney decided Ex parte Merryman (1861) on his own, as a single \
judge, rather than as part of a ruling by the full Supreme Court.`,
    difficulty: 2,
    objectiveIds: ["compare-1860s-cases"],
    sourceIds: ["ex-parte-merryman", "tillman-merryman"],
    answer: true,
    explanation: `\
Chief Justice Taney decided Merryman alone, acting as a circuit judge (some scholars say in \
chambers), not for the Supreme Court. \
That is why it is cited to the Federal Cases reporter (17 F. \
Cas. \
144), not to the U.S. \
Reports. \
The case is often misdescribed as a Supreme Court ruling, and popular stories about how the Army \
defied Taney are also disputed by historians.`,
    feedbackTrue: `\
Correct. \
Taney ruled alone, as a circuit judge or in chambers; the case is reported in Federal Cases, not \
in the Supreme Court's reports.`,
    feedbackFalse: `\
A common mistake. \
Taney was Chief Justice, but in Merryman he ruled alone, not for the full Court.`,
  },
  {
    id: "q11",
    type: "true-false",
    prompt: `\
True or false: In Hamdi v. \
Rumsfeld (2004), the plurality held that a U.S. citizen held as an enemy combatant must get a \
meaningful chance to contest the facts before a neutral decisionmaker, even though Congress had \
authorized military force.`,
    difficulty: 2,
    objectiveIds: ["evaluate-limits"],
    sourceIds: ["hamdi-v-rumsfeld", "aumf-2001"],
    answer: true,
    explanation: `\
The plurality did find that the AUMF authorized detention in the narrow circumstances alleged. \
But it held that due process still required notice and "a meaningful opportunity to contest the \
factual basis for that detention before a neutral decisionmaker." \
Justice O'Connor wrote that "a state of war is not a blank check for the President when it comes \
to the rights of the Nation's citizens."`,
    feedbackTrue: `\
Correct. \
The plurality found the AUMF authorized detention, but it still required notice and a meaningful \
chance to contest the facts.`,
    feedbackFalse: `\
Not so: the AUMF authorized detention, but the plurality held that due \
process still required a meaningful hearing.`,
  },
  {
    id: "q12",
    type: "true-false",
    prompt: `\
True or false: In Trump v. \
United States (2024), the Supreme Court held that a former President is immune from criminal \
prosecution for everything he did while in office.`,
    difficulty: 3,
    objectiveIds: ["evaluate-limits"],
    sourceIds: ["trump-v-united-states"],
    answer: false,
    explanation: `\
The Court set out three levels. \
A former President has absolute immunity for acts within his "conclusive and preclusive \
constitutional authority," at least presumptive immunity for his other official acts, and "no \
immunity for unofficial acts." \
A claim that the ruling covers everything a President did in office leaves out the distinction \
between official and unofficial acts.`,
    feedbackTrue: 'The ruling drew lines: it stated there is "no immunity for unofficial acts."',
    feedbackFalse: `\
Correct. \
The Court distinguished official acts from unofficial ones, which get no immunity.`,
  },
  {
    id: "q13",
    type: "matching",
    prompt: "Match each case to what it decided. One description does not match any case.",
    difficulty: 2,
    objectiveIds: ["evaluate-limits", "explain-youngstown", "compare-1860s-cases"],
    sourceIds: [
      "youngstown",
      "us-v-curtiss-wright",
      "ex-parte-merryman",
      "ex-parte-milligan",
      "hamdi-v-rumsfeld",
      "trump-v-united-states",
    ],
    explanation: `\
Youngstown struck down the steel seizure. \
Curtiss-Wright upheld a delegated arms-embargo power and used the "sole organ" phrase. \
Merryman was Taney's circuit ruling that only Congress may suspend habeas corpus. \
Milligan barred military trials of civilians where courts are open. \
Hamdi's plurality required notice and a meaningful hearing for a citizen detainee. \
Trump v. \
United States set out levels of criminal immunity. \
None of these cases held that a President may ignore court orders in an emergency. \
That description is a misconception, not a holding.`,
    premises: [
      {
        id: "p-youngstown",
        text: "Youngstown Sheet & Tube Co. v. Sawyer (1952)",
      },
      {
        id: "p-curtiss-wright",
        text: "United States v. Curtiss-Wright Export Corp. (1936)",
      },
      {
        id: "p-merryman",
        text: "Ex parte Merryman (1861)",
      },
      {
        id: "p-milligan",
        text: "Ex parte Milligan (1866)",
      },
      {
        id: "p-hamdi",
        text: "Hamdi v. Rumsfeld (2004)",
      },
      {
        id: "p-trump",
        text: "Trump v. United States (2024)",
      },
    ],
    responses: [
      {
        id: "r-embargo",
        text: `\
Upheld a joint resolution letting the President ban arms sales abroad, and called the President \
the "sole organ" in international relations`,
      },
      {
        id: "r-ignore-courts",
        text: "Held that a President may disregard court orders during a national emergency",
      },
      {
        id: "r-steel-seizure",
        text: `\
Struck down a President's wartime seizure of private steel mills that no statute or constitutional \
provision authorized`,
      },
      {
        id: "r-no-military-trials",
        text: `\
Held that military commissions cannot try civilians where the civil courts are open and working`,
      },
      {
        id: "r-congress-suspends",
        text: `\
Held, in a ruling by Chief Justice Taney as a circuit judge, that only Congress may suspend habeas \
corpus`,
      },
      {
        id: "r-immunity-levels",
        text: `\
Set out absolute, presumptive and no immunity from criminal prosecution for different kinds of \
acts by a former President`,
      },
      {
        id: "r-meaningful-hearing",
        text: `\
Held (plurality) that a citizen held as an enemy combatant must get notice and a meaningful chance \
to contest the facts before a neutral decisionmaker`,
      },
    ],
    pairs: {
      "p-youngstown": "r-steel-seizure",
      "p-curtiss-wright": "r-embargo",
      "p-merryman": "r-congress-suspends",
      "p-milligan": "r-no-military-trials",
      "p-hamdi": "r-meaningful-hearing",
      "p-trump": "r-immunity-levels",
    },
  },
  {
    id: "q14",
    type: "categorize",
    prompt: `\
Each statement summarizes an argument made in the Civil War-era disputes over emergency power. \
Sort each one by who made it. \
You are identifying positions, not judging which side was right.`,
    difficulty: 3,
    objectiveIds: ["compare-1860s-cases"],
    sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman", "ex-parte-milligan"],
    explanation: `\
Lincoln argued from necessity that the government should not collapse to protect one law. \
Taney held that suspending habeas corpus is Congress's power. \
Justice Davis, for the Court in Milligan, held that the Constitution applies equally in war and \
peace and barred military trials of civilians where courts are open. \
Chief Justice Chase's concurrence agreed with the result but argued that Congress could have \
authorized military commissions. \
The Davis and Chase positions are easy to confuse because both reached the same result. \
The difference is whether Congress could have authorized the commissions.`,
    categories: [
      {
        id: "lincoln",
        text: "President Lincoln (July 4, 1861 message)",
      },
      {
        id: "taney",
        text: "Chief Justice Taney (Ex parte Merryman)",
      },
      {
        id: "davis",
        text: "Justice Davis for the Court (Ex parte Milligan)",
      },
      {
        id: "chase",
        text: "Chief Justice Chase's concurrence (Ex parte Milligan)",
      },
    ],
    items: [
      {
        id: "war-and-peace-alike",
        text: "The Constitution governs rulers and people equally in war and in peace.",
        categoryId: "davis",
      },
      {
        id: "no-commissions-open-courts",
        text: "Military commissions may not try civilians where the civil courts are open and working.",
        categoryId: "davis",
      },
      {
        id: "government-must-not-collapse",
        text: `\
Refusing to suspend one legal protection should not be allowed to bring down the government and \
leave all its other laws unenforced.`,
        categoryId: "lincoln",
      },
      {
        id: "congress-could-authorize",
        text: `\
Congress, though not the President acting alone, could have authorized military commissions in \
these circumstances.`,
        categoryId: "chase",
      },
      {
        id: "congress-holds-suspension",
        text: "The power to suspend habeas corpus belongs to Congress, not the President.",
        categoryId: "taney",
      },
    ],
  },
  {
    id: "q15",
    type: "single-choice",
    prompt: `\
In Hamdi, the plurality found that the 2001 AUMF authorized detaining enemy combatants in the \
circumstances alleged, yet it still required notice and a fair hearing for a citizen detainee. \
What does this combination suggest about how Jackson's framework works?`,
    difficulty: 3,
    objectiveIds: ["apply-jackson", "evaluate-limits"],
    sourceIds: ["hamdi-v-rumsfeld", "aumf-2001", "youngstown"],
    explanation: `\
Jackson's categories measure the President's power relative to Congress. \
Congressional authorization puts the President at his maximum, but it cannot authorize what the \
Constitution forbids. \
In Hamdi the Due Process Clause still required a meaningful chance to contest the facts. \
The tempting wrong answer treats category 1 as a guarantee of constitutionality. \
The plurality also did find authorization, so the case was not in category 3.`,
    choices: [
      {
        id: "category-one-always-valid",
        text: "Any action in Jackson's first category is automatically constitutional",
        feedback: `\
Hamdi shows otherwise: the detention was authorized, yet due process still imposed requirements.`,
      },
      {
        id: "category-three-claim",
        text: "The plurality found no detention authorized at all, so it was category 3",
        feedback: `\
The plurality concluded that the AUMF did authorize detention in the narrow circumstances alleged.`,
      },
      {
        id: "rights-still-limit",
        text: "Congress's approval puts him in category 1, yet due process still applies",
        correct: true,
      },
      {
        id: "property-only",
        text: "Jackson's framework covers seizures of property, not detentions of people",
        feedback: "The framework concerns presidential power generally; it is not limited to property.",
      },
    ],
  },
  {
    id: "q16",
    type: "single-choice",
    prompt: `\
Why did Justice Black's majority opinion in Youngstown (1952) rule against President Truman's \
seizure of the steel mills?`,
    difficulty: 1,
    objectiveIds: ["explain-youngstown"],
    sourceIds: ["youngstown"],
    explanation: `\
Black wrote that "The President's power, if any, to issue the order must stem either from an act \
of Congress or from the Constitution itself," and found that neither authorized the seizure. \
The order was in effect lawmaking, which belongs to Congress. \
The Korean War was still going on, so the Court did not deny that there was an emergency. \
It held that an emergency alone did not supply the missing authority.`,
    choices: [
      {
        id: "no-source-of-power",
        text: "No statute or clause of the Constitution gave the President this power",
        correct: true,
      },
      {
        id: "never-act",
        text: "The Court held that a President may never act alone in any emergency",
        feedback: `\
Too broad. \
The Court held that this action lacked a source of authority, not that Presidents can never \
respond to emergencies.`,
      },
      {
        id: "war-over",
        text: "The Korean War had already ended, so there was no emergency left",
        feedback: `\
The seizure took place during the Korean War. \
The Court's point was about the source of the power, not the absence of an emergency.`,
      },
      {
        id: "paperwork-error",
        text: "Congress had ordered the seizure, but the President used the wrong papers",
        feedback: "Congress had not authorized seizure at all; it had declined to give that power.",
      },
    ],
  },
  {
    id: "q17",
    type: "multiple-choice",
    prompt: `\
Which statements about United States v. \
Curtiss-Wright Export Corp. \
(1936) are accurate? \
Select all that apply.`,
    difficulty: 3,
    objectiveIds: ["evaluate-limits"],
    sourceIds: ["us-v-curtiss-wright", "zivotofsky-v-kerry", "youngstown"],
    explanation: `\
The Court upheld the 1934 joint resolution, said foreign-affairs power differs in origin and \
nature from domestic power, and used the "sole organ" phrase. \
It did not hold that a President may ignore Congress's foreign-affairs laws: the case was about \
a power Congress had granted, and in Zivotofsky (2015) Chief Justice Roberts wrote that it "held \
only that he could act pursuant to a legislative delegation." It also could not have replaced \
Jackson's framework, which came 16 years later in Youngstown (1952).`,
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "sole-organ",
        text: `\
It described the President as the "sole organ" in international relations.`,
        correct: true,
      },
      {
        id: "after-youngstown",
        text: "It came after Youngstown and replaced Justice Jackson's three categories.",
        feedback: "Curtiss-Wright (1936) came 16 years before Youngstown (1952).",
      },
      {
        id: "ignore-congress",
        text: "It held that a President may ignore any act of Congress about foreign affairs.",
        feedback: `\
The case upheld a power Congress had delegated; it did not involve the President defying Congress.`,
      },
      {
        id: "upheld-resolution",
        text: "It upheld a 1934 resolution letting the President ban arms sales to two nations.",
        correct: true,
      },
      {
        id: "different-origin",
        text: "It said foreign-affairs power differs in origin and nature from domestic power.",
        correct: true,
      },
    ],
  },
  {
    id: "q18",
    type: "single-choice",
    prompt: `\
Congress passed the Habeas Corpus Act on March 3, 1863, authorizing the President to suspend the \
writ during the rebellion. \
Using Jackson's framework, how did the Act change the legal footing of suspensions made under it?`,
    difficulty: 2,
    objectiveIds: ["apply-jackson", "compare-1860s-cases"],
    sourceIds: ["habeas-corpus-act-1863", "youngstown", "ex-parte-milligan"],
    explanation: `\
Once Congress expressly authorized suspension, a President suspending the writ under the Act acted \
"pursuant to an express ... authorization of Congress," which is Jackson's first category. \
Jackson himself described the Act as Congress eventually ratifying Lincoln's action. \
Authorization did not end judicial review of wartime detentions and trials, though. \
The Court still decided Ex parte Milligan in 1866.`,
    choices: [
      {
        id: "moved-to-category-three",
        text: "It put them in the third category, since Congress was limiting the President",
        feedback: "The Act granted the suspension power. It did not oppose the President's use of it.",
      },
      {
        id: "ended-review",
        text: "It ended all judicial review of wartime detentions and military trials",
        feedback: "Courts kept reviewing such cases. The Supreme Court decided Ex parte Milligan in 1866.",
      },
      {
        id: "moved-to-category-one",
        text: "It put them in Jackson's first category, since Congress had now said yes",
        correct: true,
      },
      {
        id: "no-difference",
        text: "It made no difference, because only courts may authorize a suspension",
        feedback: `\
The Suspension Clause does not give courts that role, and Jackson's framework treats Congress's \
authorization as significant.`,
      },
    ],
  },
  {
    id: "q19",
    type: "single-choice",
    prompt: "Which argument did Chief Justice Vinson make in his Youngstown dissent (1952)?",
    difficulty: 2,
    objectiveIds: ["explain-youngstown", "evaluate-limits"],
    sourceIds: ["youngstown"],
    explanation: `\
Vinson argued that Truman was carrying out laws Congress had passed, the war and defense \
programs that needed steel, and was "performing his duty" to see the laws faithfully executed \
while Congress decided what to do. \
He expressly denied claiming unlimited power: "Nor is there any question of unlimited executive \
power in this case." The Taft-Hartley point is the majority's, and it cut the other way: \
Congress had declined to give a seizure power. \
And the case itself shows courts reviewing a President's emergency action.`,
    choices: [
      {
        id: "executing-programs",
        text: "Truman was carrying out programs Congress had passed, until it acted",
        correct: true,
      },
      {
        id: "unlimited-war-power",
        text: "In wartime the Constitution gives the President unlimited power",
        feedback: "Vinson expressly denied that: he wrote there was no question of unlimited power in the case.",
      },
      {
        id: "taft-hartley-authorized",
        text: "Congress had authorized the seizure in the Taft-Hartley Act of 1947",
        feedback: "Congress had declined to give a seizure power in Taft-Hartley; that fact helped the majority.",
      },
      {
        id: "no-court-review",
        text: "Courts may never review what a President does during an emergency",
        feedback: "Vinson argued the seizure was lawful; he did not claim courts could not review it.",
      },
    ],
  },
] satisfies Lesson["questions"];
