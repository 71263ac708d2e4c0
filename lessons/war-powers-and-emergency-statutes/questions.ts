import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "declare-war-excerpt-claim",
    type: "single-choice",
    prompt: `\
Read the excerpt from Article I, section 8: "To declare War, grant Letters of Marque and Reprisal, \
and make Rules concerning Captures on Land and Water." \
A classmate says: "Because the President is Commander in Chief, the Constitution lets the \
President alone decide to take the country to war." \
Which response best uses the text to check that claim?`,
    difficulty: 1,
    objectiveIds: ["explain-constitutional-split"],
    sourceIds: ["us-constitution"],
    excerptSourceId: "us-constitution",
    explanation: `\
The excerpt is a power listed for **Congress** in Article I. \
Article II makes the President Commander in Chief, which means directing the forces, but the \
decision to declare war is assigned to Congress. \
The tempting answer about the Commander in Chief clause describes the President's role correctly \
but does not give the power to declare war.`,
    choices: [
      {
        id: "congress-declares",
        text: `\
The clause appears in Article I's list of Congress's powers, so declaring war belongs to Congress \
even though the President commands the forces.`,
        correct: true,
      },
      {
        id: "commander-controls",
        text: `\
The Commander in Chief clause includes the power to declare war, so the classmate is right.`,
        feedback: `\
Article II makes the President commander of the forces, but the excerpt puts the power to declare \
war in Congress's list.`,
      },
      {
        id: "shared-equally",
        text: `\
The clause says the President and Congress must declare war together by joint proclamation.`,
        feedback: `\
The excerpt does not mention the President or a joint proclamation; it is one of Congress's listed \
powers.`,
      },
      {
        id: "courts-decide",
        text: "The clause gives the Supreme Court the final say on when a war may begin.",
        feedback: "The excerpt is in Article I, about Congress. It says nothing about the courts.",
      },
    ],
  },
  {
    id: "wpr-withdrawal-days",
    type: "numeric",
    prompt: `\
Under the War Powers Resolution, how many days may armed forces stay in hostilities before they \
must be withdrawn, not counting the extra period allowed for a safe withdrawal, unless Congress \
declares war, authorizes force or extends the time?`,
    difficulty: 1,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
    explanation: `\
The base clock is **60 days**. \
The law allows up to 30 more days for a safe withdrawal, so 90 is the outside limit, not the base \
period. \
The 48 in the law is a number of **hours** for the report to Congress.`,
    answer: {
      value: 60,
    },
    unit: "days",
    nearMisses: [
      {
        answer: {
          value: 90,
        },
        fraction: 0.5,
        feedback: `\
90 days is the outside limit only if the extra 30 days for safe withdrawal are used. \
The base period is 60.`,
      },
      {
        answer: {
          value: 48,
        },
        fraction: 0,
        feedback: `\
48 is the number of hours the President has to report to Congress, not the number of days forces \
may stay.`,
      },
    ],
  },
  {
    id: "wpr-report-scenario",
    type: "single-choice",
    prompt: `\
Without any declaration of war or authorization from Congress, a President orders Navy jets to \
strike targets in another country on a Monday at 9 a.m. \
Under the War Powers Resolution, what must happen first?`,
    difficulty: 2,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
    explanation: `\
The first requirement is a **report to Congress within 48 hours**, so by Wednesday at 9 a.m. \
The 60-day clock matters later; it does not require Congress to vote before the strikes. \
The Resolution does not make the President get a court's approval.`,
    hints: ["Think about the law's two clocks: one measured in hours, one in days."],
    choices: [
      {
        id: "report-48",
        text: "The President must report to Congress within 48 hours, by about 9 a.m. Wednesday.",
        correct: true,
      },
      {
        id: "vote-first",
        text: "Congress must vote to approve the strikes before they begin.",
        feedback: `\
The Resolution lets the President act first; its limits are a report deadline and a later \
withdrawal clock.`,
      },
      {
        id: "withdraw-60",
        text: "The forces must be withdrawn within 60 hours.",
        feedback: "The withdrawal clock is 60 days, not hours, and it comes after the reporting requirement.",
      },
      {
        id: "court-approval",
        text: "The President must obtain approval from a federal court within 48 hours.",
        feedback: "The report goes to Congress. No court approval is required.",
      },
    ],
  },
  {
    id: "statute-trigger-match",
    type: "matching",
    prompt: `\
Match each law with what sets it in motion. \
One trigger does not match any law in this lesson.`,
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers"],
    sourceIds: [
      "war-powers-resolution",
      "aumf-2001",
      "insurrection-act",
      "national-emergencies-act",
      "ieepa",
      "internal-security-act",
      "densho-eda-repeal",
      "aea-statute",
    ],
    explanation: `\
The War Powers Resolution starts its clocks when the President sends forces into hostilities. \
The AUMF is aimed at those the President determines were behind the September 11 attacks or \
harbored them. \
The Insurrection Act is triggered by obstruction or rebellion that blocks ordinary law \
enforcement, or a state's request. \
The NEA is triggered by a presidential declaration of national emergency, and IEEPA needs that \
declaration plus an unusual and extraordinary threat based abroad. \
The Emergency Detention Act required a declared "internal security emergency." \
The leftover trigger, a declared war or invasion by a foreign nation, describes the Alien Enemies \
Act, which this lesson does not cover.`,
    premises: [
      {
        id: "wpr",
        text: "War Powers Resolution",
      },
      {
        id: "aumf",
        text: "2001 AUMF",
      },
      {
        id: "insurrection",
        text: "Insurrection Act",
      },
      {
        id: "nea",
        text: "National Emergencies Act",
      },
      {
        id: "ieepa",
        text: "IEEPA",
      },
      {
        id: "eda",
        text: "Emergency Detention Act (1950)",
      },
    ],
    responses: [
      {
        id: "forces-into-hostilities",
        text: "The President sends armed forces into hostilities without a declaration of war",
      },
      {
        id: "sept-11-responsible",
        text: `\
Those the President determines planned, authorized, committed or aided the September 11 attacks, \
or harbored them`,
      },
      {
        id: "obstruction-or-state-request",
        text: `\
Rebellion or unlawful obstruction that makes ordinary enforcement of federal law impracticable, or \
a state's request`,
      },
      {
        id: "presidential-declaration",
        text: "A presidential declaration of a national emergency, published in the Federal Register",
      },
      {
        id: "foreign-threat-emergency",
        text: `\
An unusual and extraordinary threat based wholly or substantially abroad, plus a declared national \
emergency about it`,
      },
      {
        id: "internal-security-emergency",
        text: `\
A presidential declaration of an "internal security emergency" after war, invasion or an \
insurrection aiding a foreign enemy`,
      },
      {
        id: "declared-war-invasion",
        text: "A declared war, or an invasion or predatory incursion by a foreign nation or government",
      },
    ],
    pairs: {
      wpr: "forces-into-hostilities",
      aumf: "sept-11-responsible",
      insurrection: "obstruction-or-state-request",
      nea: "presidential-declaration",
      ieepa: "foreign-threat-emergency",
      eda: "internal-security-emergency",
    },
  },
  {
    id: "war-powers-timeline",
    type: "ordering",
    prompt: "Put these events in chronological order, earliest first.",
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers"],
    sourceIds: [
      "internal-security-act",
      "eo-10730",
      "non-detention-act",
      "war-powers-resolution",
      "national-emergencies-act",
      "aumf-2001",
      "hamdi-v-rumsfeld",
    ],
    explanation: `\
The Emergency Detention Act came first (1950), during the Korean War. \
Little Rock followed (1957). \
The 1970s brought a wave of limits: the Emergency Detention Act's repeal (1971), the War Powers \
Resolution (1973) and the National Emergencies Act (1976). \
The AUMF (2001) and Hamdi (2004) came after September 11. \
Notice the pattern: Congress wrote most of its limits on presidential emergency power in the \
early-to-mid 1970s.`,
    items: [
      {
        id: "eda",
        text: "Congress passes the Emergency Detention Act over a presidential veto",
      },
      {
        id: "little-rock",
        text: "Federal troops are sent to Little Rock under the Insurrection Act",
      },
      {
        id: "repeal",
        text: "The Non-Detention Act repeals the Emergency Detention Act",
      },
      {
        id: "wpr",
        text: "Congress overrides the veto of the War Powers Resolution",
      },
      {
        id: "nea",
        text: "The National Emergencies Act is signed",
      },
      {
        id: "aumf",
        text: "The Authorization for Use of Military Force is signed",
      },
      {
        id: "hamdi",
        text: "The Supreme Court decides Hamdi v. Rumsfeld",
      },
    ],
    correctOrder: ["eda", "little-rock", "repeal", "wpr", "nea", "aumf", "hamdi"],
    scoring: "kendall-tau",
  },
  {
    id: "power-or-limit-sort",
    type: "categorize",
    prompt: `\
Sort each item: is it a power the Constitution gives Congress, a power the Constitution gives the \
President, or a limit Congress later wrote into a statute?`,
    difficulty: 2,
    objectiveIds: ["explain-constitutional-split", "compare-statute-triggers"],
    sourceIds: [
      "us-constitution",
      "war-powers-resolution",
      "national-emergencies-act",
      "insurrection-act",
      "non-detention-act",
    ],
    explanation: `\
Declaring war, raising armies on two-year funding and providing for calling forth the militia are \
Article I powers of Congress. \
Commanding the armed forces is the President's Article II role. \
The 48-hour report, the emergency's yearly lapse, the proclamation to disperse and § 4001(a) are \
all limits Congress wrote into later statutes. \
A common mix-up is the militia: the Constitution gives Congress the power to provide for calling \
it forth, and Congress then delegated the calling-out to the President by statute.`,
    categories: [
      {
        id: "congress-power",
        text: "Constitutional power of Congress",
      },
      {
        id: "president-power",
        text: "Constitutional power of the President",
      },
      {
        id: "statutory-limit",
        text: "Limit written into a statute",
      },
    ],
    items: [
      {
        id: "declare-war",
        text: "Declaring war",
        categoryId: "congress-power",
      },
      {
        id: "army-funding",
        text: "Raising armies, with funding for no more than two years at a time",
        categoryId: "congress-power",
      },
      {
        id: "militia",
        text: "Providing for calling forth the militia to suppress insurrections",
        categoryId: "congress-power",
      },
      {
        id: "commander",
        text: "Commanding the Army and Navy",
        categoryId: "president-power",
      },
      {
        id: "report-48",
        text: "Reporting to Congress within 48 hours of sending forces into hostilities",
        categoryId: "statutory-limit",
      },
      {
        id: "lapse",
        text: "A national emergency ending on its anniversary unless continued",
        categoryId: "statutory-limit",
      },
      {
        id: "disperse",
        text: "Issuing a proclamation to disperse before using troops at home",
        categoryId: "statutory-limit",
      },
      {
        id: "no-detention",
        text: "No detention of citizens except under an Act of Congress",
        categoryId: "statutory-limit",
      },
    ],
  },
  {
    id: "aumf-text-cloze",
    type: "cloze",
    prompt: "Complete the key phrase of the 2001 AUMF using the excerpt in the sources.",
    difficulty: 2,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["aumf-2001"],
    excerptSourceId: "aumf-2001",
    explanation: `\
The AUMF authorizes "all necessary and appropriate force" against those the **President \
determines** were involved in the September 11 attacks or **harbored** them. \
The word "determines" matters: Congress left it to the President to identify the targets, which is \
one reason the law has been stretched to cover groups formed after 2001.`,
    text: `\
The President is authorized to use all necessary and appropriate force against those nations, \
organizations, or persons {{blank-1}} planned, authorized, committed, or aided the terrorist \
attacks that occurred on September 11, 2001, or {{blank-2}} such organizations or persons.`,
    blanks: [
      {
        id: "blank-1",
        kind: "choice",
        choices: [
          {
            id: "he-determines",
            text: "he determines",
            correct: true,
          },
          {
            id: "congress-finds",
            text: "Congress finds",
          },
          {
            id: "court-finds",
            text: "a court finds",
          },
        ],
      },
      {
        id: "blank-2",
        kind: "text",
        answers: [
          {
            text: "harbored",
          },
          {
            text: "harboured",
            feedback: "The statute uses the American spelling, harbored.",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
    ],
  },
  {
    id: "ieepa-excerpt-scenario",
    type: "single-choice",
    prompt: `\
IEEPA's powers may be used "to deal with any unusual and extraordinary threat, which has its \
source in whole or substantial part outside the United States, to the national security, foreign \
policy, or economy of the United States, if the President declares a national emergency with \
respect to such threat." \
Which situation fits **both** conditions in the excerpt?`,
    difficulty: 2,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["ieepa"],
    excerptSourceId: "ieepa",
    explanation: `\
The excerpt needs (1) a threat based wholly or substantially **outside** the United States and (2) \
a presidential **declaration** of national emergency about it. \
Only the foreign hacking group with a declared emergency meets both. \
A purely domestic problem fails the first condition, and a foreign threat without a declaration \
fails the second.`,
    choices: [
      {
        id: "foreign-hackers-declared",
        text: `\
A foreign government's hacking unit attacks U.S. banks, and the President declares a national \
emergency about it.`,
        correct: true,
      },
      {
        id: "domestic-strike",
        text: `\
A nationwide strike by U.S. truck drivers slows the economy, and the President declares a national \
emergency.`,
        feedback: "The declaration is there, but the threat is based inside the United States.",
      },
      {
        id: "foreign-no-declaration",
        text: `\
A foreign cartel smuggles drugs into the country, but the President has not declared any emergency.`,
        feedback: "The threat is based abroad, but the excerpt also requires a declared national emergency.",
      },
      {
        id: "hurricane",
        text: "A hurricane damages ports in Florida, and Congress passes a relief bill.",
        feedback: "The threat is domestic and the President has declared nothing under IEEPA.",
      },
    ],
  },
  {
    id: "nea-indefinite-claim",
    type: "true-false",
    prompt: `\
Claim to check: "Under the National Emergencies Act, once a President declares a national \
emergency it stays in force indefinitely unless Congress votes to end it."`,
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers"],
    sourceIds: ["national-emergencies-act"],
    answer: false,
    explanation: `\
False. \
An emergency **lapses on its anniversary** unless the President publishes a notice continuing it \
within the 90 days before that date. \
Congress can also end it by joint resolution. \
So the President must renew it each year; doing nothing ends it.`,
    feedbackTrue: `\
Not quite: the Act makes each emergency lapse on its anniversary unless the President publishes a \
continuation notice.`,
  },
  {
    id: "eda-never-used",
    type: "true-false",
    prompt: `\
True or false: The Emergency Detention Act of 1950 was used to detain suspected communists during \
the Korean War.`,
    difficulty: 1,
    objectiveIds: ["compare-statute-triggers"],
    sourceIds: ["densho-eda-repeal", "crs-rs22130"],
    answer: false,
    explanation: `\
False. \
The Act could only be triggered by a presidential declaration of an "internal security emergency," \
and according to the Densho Encyclopedia no President ever made one, so no one was detained under \
it. \
It was still repealed in 1971 because critics feared it could be used in the future.`,
    feedbackTrue: `\
The law was passed during the Korean War, but its detention power depended on a declaration that \
was never issued.`,
  },
  {
    id: "non-detention-act-name",
    type: "short-text",
    prompt: `\
Read this excerpt from 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained \
by the United States except pursuant to an Act of Congress." \
What is the common name of this 1971 provision, which replaced the Emergency Detention Act?`,
    difficulty: 1,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["non-detention-act", "crs-rs22130"],
    excerptSourceId: "non-detention-act",
    explanation: `\
It is called the **Non-Detention Act**. \
The excerpt flips the 1950 approach: instead of giving the executive a detention power, it forbids \
detaining citizens unless Congress has passed a law allowing it.`,
    answers: [
      {
        text: "Non-Detention Act",
      },
      {
        text: "Nondetention Act",
      },
      {
        text: "18 U.S.C. 4001(a)",
        fraction: 0.5,
        feedback: "That is its citation; the question asks for its common name, the Non-Detention Act.",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "section-4001-who-argued",
    type: "single-choice",
    prompt: `\
After 2001, the government held two U.S. citizens, Yaser Hamdi and Jose Padilla, as enemy \
combatants. \
Which position about 18 U.S.C. § 4001(a) did the Bush administration take in that litigation?`,
    difficulty: 3,
    objectiveIds: ["evaluate-checks"],
    sourceIds: ["crs-rs22130"],
    explanation: `\
The administration argued that § 4001(a) limits only detentions by the Attorney General, not by \
the President or the military. \
CRS analyst Louis Fisher took the opposite view: that Congress meant it to cover all executive \
detention, military included. \
This question asks who argued what, not which side is right.`,
    choices: [
      {
        id: "only-ag",
        text: `\
That § 4001(a) limits only detentions by the Attorney General, not by the President or the military.`,
        correct: true,
      },
      {
        id: "all-detention",
        text: "That § 4001(a) covers every kind of executive detention, including military detention.",
        feedback: "That was the conclusion of CRS analyst Louis Fisher, not the administration's argument.",
      },
      {
        id: "repealed",
        text: "That § 4001(a) had been repealed by the AUMF.",
        feedback: "No one in these sources claims the AUMF repealed § 4001(a).",
      },
      {
        id: "eda-revived",
        text: "That the Emergency Detention Act was still in force.",
        feedback: "The Emergency Detention Act was repealed in 1971.",
      },
    ],
  },
  {
    id: "hamdi-holding",
    type: "single-choice",
    prompt: "What did Justice O'Connor's plurality opinion in Hamdi v. Rumsfeld (2004) conclude?",
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers", "evaluate-checks"],
    sourceIds: ["hamdi-v-rumsfeld"],
    explanation: `\
The plurality split the difference. \
It accepted that the **AUMF** allowed detaining enemy combatants in the narrow circumstances \
alleged, but held that due process requires a detained citizen to get notice and a meaningful \
chance to contest the facts before a neutral decision-maker. \
The tempting wrong answers each keep only one half of that holding.`,
    choices: [
      {
        id: "detention-with-hearing",
        text: `\
The AUMF allowed the detention in the circumstances alleged, but a detained citizen must get \
notice and a meaningful chance to contest it before a neutral decision-maker.`,
        correct: true,
      },
      {
        id: "no-detention",
        text: "The AUMF did not allow the military to detain anyone, so Hamdi had to be released at once.",
        feedback: "The plurality found the AUMF did allow detention in the narrow circumstances alleged.",
      },
      {
        id: "no-review",
        text: "Courts may not review any detention under the AUMF during wartime.",
        feedback: `\
The plurality said a state of war is not a blank check; it required a hearing before a neutral \
decision-maker.`,
      },
      {
        id: "wpr-violation",
        text: "The detention violated the War Powers Resolution's 60-day limit.",
        feedback: "Hamdi was about detention and due process, not the War Powers Resolution's clock.",
      },
    ],
  },
  {
    id: "little-rock-proclamation-first",
    type: "single-choice",
    prompt: `\
In September 1957, President Eisenhower issued Proclamation 3204 on September 23 and Executive \
Order 10730 on September 24, sending troops to Little Rock. \
Why did the proclamation come first?`,
    difficulty: 3,
    objectiveIds: ["apply-statute-text", "compare-statute-triggers"],
    sourceIds: ["insurrection-act", "eo-10730"],
    explanation: `\
The Insurrection Act requires the President to **first issue a proclamation ordering insurgents to \
disperse**. \
Proclamation 3204 ordered the obstruction to stop; when it did not, the executive order sent \
troops the next day. \
The order cited the Insurrection Act sections then numbered 332–334. \
No court or congressional approval was required.`,
    hints: ["Look at the step the Insurrection Act requires before troops are used."],
    choices: [
      {
        id: "disperse-required",
        text: `\
The Insurrection Act requires a proclamation ordering the obstruction to disperse before troops \
are used.`,
        correct: true,
      },
      {
        id: "congress-approval",
        text: "The proclamation asked Congress to approve the use of troops, which it did the next day.",
        feedback: `\
Congress did not vote; the Insurrection Act itself already delegated the power, subject to the \
proclamation step.`,
      },
      {
        id: "wpr-report",
        text: "The proclamation was the 48-hour report required by the War Powers Resolution.",
        feedback: "The War Powers Resolution was passed in 1973, sixteen years later.",
      },
      {
        id: "court-order",
        text: "A federal court had to approve the proclamation before troops could move.",
        feedback: `\
A federal court had ordered desegregation, but the Act does not require court approval before \
troops are used.`,
      },
    ],
  },
  {
    id: "martin-v-mott-deference",
    type: "single-choice",
    prompt: `\
In Martin v. \
Mott (1827), a New York militiaman was fined for refusing a call to federal service during the War \
of 1812. \
What did the Supreme Court say about who decides whether the emergency justifying such a call \
exists?`,
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers", "evaluate-checks"],
    sourceIds: ["martin-v-mott"],
    explanation: `\
The Court held that under the 1795 militia law the decision belongs to the **President**, and it \
is conclusive on everyone else, including state officials and courts. \
The tempting answer about governors reflects a real claim made in some states during the War of \
1812, which the Court's reasoning rejected.`,
    choices: [
      {
        id: "president-decides",
        text: "The President decides, and that decision is conclusive on everyone else.",
        correct: true,
      },
      {
        id: "governor-decides",
        text: "Each state's governor decides whether the state militia must go.",
        feedback: `\
Some state officials claimed this power during the War of 1812, but the Court held the decision \
belongs to the President.`,
      },
      {
        id: "jury-decides",
        text: "A jury decides, case by case, whether the emergency was real.",
        feedback: "The Court held the President's judgment could not be reopened this way.",
      },
      {
        id: "congress-votes",
        text: "Congress must vote each time the militia is called out.",
        feedback: "Congress had already delegated the decision to the President in the 1795 law.",
      },
    ],
  },
  {
    id: "congress-tools-select",
    type: "multiple-choice",
    prompt: `\
Which of these are tools the Constitution or the statutes in this lesson give **Congress** to \
limit presidential war or emergency power? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["explain-constitutional-split", "evaluate-checks"],
    sourceIds: ["us-constitution", "war-powers-resolution", "national-emergencies-act", "crs-wpr-litigation"],
    scoring: "right-minus-wrong",
    explanation: `\
Congress can refuse to declare war or authorize force (so the War Powers clock runs out), limit \
Army funding to two years at a time, and end a national emergency by joint resolution. \
Declaring emergencies is the President's step, not a check on him. \
Lawsuits by members of Congress have mostly been dismissed without a ruling on the merits, so they \
have not worked as a reliable tool.`,
    choices: [
      {
        id: "withhold-authorization",
        text: `\
Declining to declare war or authorize force, so the War Powers Resolution's 60-day clock runs out`,
        correct: true,
      },
      {
        id: "two-year-funding",
        text: "Funding the Army for no more than two years at a time",
        correct: true,
      },
      {
        id: "joint-resolution",
        text: "Passing a joint resolution to end a national emergency",
        correct: true,
      },
      {
        id: "declare-emergency",
        text: "Declaring a national emergency itself",
        feedback: "Under the National Emergencies Act, the President declares emergencies.",
      },
      {
        id: "lawsuits-win",
        text: "Suing the President, since courts regularly rule on whether a military action is lawful",
        feedback: `\
CRS found that courts did not reach the merits in nearly all such suits, often for lack of standing.`,
      },
    ],
  },
  {
    id: "wpr-who-argued",
    type: "single-choice",
    prompt: `\
According to the Congressional Research Service, what argument have several Presidents made about \
the War Powers Resolution?`,
    difficulty: 2,
    objectiveIds: ["evaluate-checks"],
    sourceIds: ["crs-wpr-litigation", "frus-wpr-note"],
    explanation: `\
Presidents beginning with Nixon, who vetoed the law, have argued that they can start military \
action on their own authority and that parts of the Resolution unconstitutionally restrict the \
Commander in Chief. \
Members of Congress, by contrast, have argued that Article I gives Congress the war power. \
The question asks you to identify the Presidents' position, not to decide who is right.`,
    choices: [
      {
        id: "infringes-cinc",
        text: "That parts of it unconstitutionally restrict the President's power as Commander in Chief",
        correct: true,
      },
      {
        id: "too-weak",
        text: "That it is too weak and should require Congress to vote before any use of force",
        feedback: "The sources record Presidents arguing the opposite: that the law restricts them too much.",
      },
      {
        id: "expired",
        text: "That it expired after the Vietnam War ended",
        feedback: "The Resolution has no expiration date and is still law at 50 U.S.C. §§ 1541–1548.",
      },
      {
        id: "courts-enforce",
        text: "That only the courts can enforce it",
        feedback: "No President in the sources argues this; in practice courts have rarely ruled on it.",
      },
    ],
  },
  {
    id: "learning-resources-sides",
    type: "single-choice",
    prompt: `\
Which statement accurately describes the two sides in Learning Resources, Inc. v. \
Trump (February 20, 2026)?`,
    difficulty: 3,
    objectiveIds: ["evaluate-checks", "compare-statute-triggers"],
    sourceIds: ["learning-resources-v-trump"],
    explanation: `\
Chief Justice Roberts's majority held that IEEPA's power to regulate importation does not include \
tariffs, which are taxes the Constitution assigns to Congress. \
The dissent, by Justice Kavanaugh with Justices Thomas and Alito, argued that regulating imports \
has historically included duties. \
The case was about what IEEPA authorizes; no Justice said IEEPA itself was unconstitutional or \
that Presidents can never declare emergencies.`,
    choices: [
      {
        id: "tariffs-vs-duties",
        text: `\
The majority said IEEPA's power to regulate importation does not include tariffs; the dissent said \
regulating imports has historically included duties.`,
        correct: true,
      },
      {
        id: "struck-ieepa",
        text: "The majority struck down IEEPA as unconstitutional; the dissent said it was valid.",
        feedback: "The Court read what IEEPA allows; it did not strike the law down.",
      },
      {
        id: "no-emergencies",
        text: `\
The majority said Presidents may never declare national emergencies; the dissent said they may.`,
        feedback: "The case concerned whether IEEPA covers tariffs, not whether emergencies may be declared.",
      },
      {
        id: "unanimous",
        text: "All nine Justices agreed that IEEPA allows tariffs.",
        feedback: "The vote was 6–3 that IEEPA does not authorize tariffs.",
      },
    ],
  },
] satisfies Lesson["questions"];
