import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "excerpt-1787-claim",
    type: "single-choice",
    prompt: `\
Read the excerpt from Article I, section 8: "To declare War, grant Letters of Marque and Reprisal, \
and make Rules concerning Captures on Land and Water." \
A classmate says: "Because the President is Commander in Chief, the Constitution lets the \
President alone decide to take the country to war." \
Which response best uses the text to check that claim?`,
    difficulty: 1,
    objectiveIds: ["explain-branch-roles"],
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
        id: "clause-article",
        text: "The clause is in Article I's list of Congress's powers, so Congress, not the President, declares war.",
        correct: true,
      },
      {
        id: "clause-says-president",
        text: "The clause says the President and Congress must declare war together by a joint proclamation.",
        feedback: `\
The excerpt does not mention the President or a joint proclamation; it is one of Congress's listed \
powers.`,
      },
      {
        id: "commander-chief",
        text: "The Commander in Chief clause in Article II also contains this power, so the classmate's claim is right.",
        feedback: `\
Article II makes the President commander of the forces, but the excerpt puts the power to declare \
war in Congress's list.`,
      },
      {
        id: "clause-gives",
        text: "The clause gives the Supreme Court the final say on when the country may go to war.",
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
        fraction: 0,
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
    id: "strike-monday-scenario",
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
The Resolution does not make the President get a court's approval. \
Section 3 also asks the President to consult Congress beforehand "in every possible instance," but \
the fixed deadline is the report.`,
    hints: ["Think about the law's two clocks: one measured in hours, one in days."],
    choices: [
      {
        id: "report-goes-congress",
        text: "A report goes to Congress within 48 hours, by about 9 a.m. on Wednesday.",
        correct: true,
      },
      {
        id: "forces-withdrawn",
        text: "The forces must be withdrawn within 60 hours unless Congress acts.",
        feedback: "The withdrawal clock is 60 days, not hours, and it comes after the reporting requirement.",
      },
      {
        id: "federal-court",
        text: "A federal court must approve the strikes within 48 hours of the order.",
        feedback: "The report goes to Congress. No court approval is required.",
      },
      {
        id: "congress-hold",
        text: "Congress must hold a vote approving the strikes before they begin.",
        feedback: `\
The Resolution lets the President act first; its limits are a report deadline and a later \
withdrawal clock.`,
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
enforcement, by violence that denies people constitutional rights a state will not protect, or by \
a state's request. \
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
        id: "presidential-declaration-national",
        text: "A presidential declaration of a national emergency, published in the Federal Register",
      },
      {
        id: "declared-war",
        text: "A declared war, or an invasion or predatory incursion by a foreign nation or government",
      },
      {
        id: "president-determines",
        text: `\
Those the President determines planned, authorized, committed or aided the September 11 attacks, \
or harbored them`,
      },
      {
        id: "rebellion-obstruction",
        text: `\
Rebellion or obstruction that makes ordinary enforcement of federal law impracticable, a denial of \
rights a state will not stop, or a state's request`,
      },
      {
        id: "president-sends",
        text: "The President sends armed forces into hostilities without a declaration of war",
      },
      {
        id: "presidential-declaration-internal",
        text: `\
A presidential declaration of an "internal security emergency" after war, invasion or an \
insurrection aiding a foreign enemy`,
      },
      {
        id: "unusual-extraordinary",
        text: `\
An unusual and extraordinary threat based wholly or substantially abroad, plus a declared national \
emergency about it`,
      },
    ],
    pairs: {
      wpr: "president-sends",
      aumf: "president-determines",
      insurrection: "rebellion-obstruction",
      nea: "presidential-declaration-national",
      ieepa: "unusual-extraordinary",
      eda: "presidential-declaration-internal",
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
        id: "little-rock",
        text: "Federal troops are sent to Little Rock under the Insurrection Act",
      },
      {
        id: "nea",
        text: "The National Emergencies Act is signed",
      },
      {
        id: "repeal",
        text: "The Non-Detention Act repeals the Emergency Detention Act",
      },
      {
        id: "eda",
        text: "Congress passes the Emergency Detention Act over a presidential veto",
      },
      {
        id: "wpr",
        text: "Congress overrides the veto of the War Powers Resolution",
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
    objectiveIds: ["explain-branch-roles", "compare-statute-triggers"],
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
        id: "lapse",
        text: "A national emergency ending on its anniversary unless continued",
        categoryId: "statutory-limit",
      },
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
        id: "commander",
        text: "Commanding the Army and Navy",
        categoryId: "president-power",
      },
      {
        id: "militia",
        text: "Providing for calling forth the militia to suppress insurrections",
        categoryId: "congress-power",
      },
      {
        id: "report-48",
        text: "Reporting to Congress within 48 hours of sending forces into hostilities",
        categoryId: "statutory-limit",
      },
      {
        id: "no-detention",
        text: "No detention of citizens except under an Act of Congress",
        categoryId: "statutory-limit",
      },
      {
        id: "disperse",
        text: "Issuing a proclamation to disperse before using troops at home",
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
The word "determines" matters: Congress left it to the President to identify the targets. \
Presidents have applied the law to groups formed after 2001, which critics say goes beyond its \
text.`,
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
            id: "court-finds",
            text: "a court finds",
          },
          {
            id: "he-determines",
            text: "he determines",
            correct: true,
          },
          {
            id: "congress-finds",
            text: "Congress finds",
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
        id: "hurricane-damages",
        text: "A hurricane damages ports in Florida, and Congress quickly passes a disaster relief bill.",
        feedback: "The threat is domestic and the President has declared nothing under IEEPA.",
      },
      {
        id: "nationwide-strike",
        text: `\
A nationwide strike by U.S. truck drivers slows the whole economy, and the President declares a \
national emergency about it.`,
        feedback: "The declaration is there, but the threat is based inside the United States.",
      },
      {
        id: "foreign-government",
        text: `\
A foreign government's hacking unit attacks U.S. banks, and the President declares a national \
emergency about it.`,
        correct: true,
      },
      {
        id: "foreign-cartel",
        text: `\
A foreign cartel smuggles drugs into the country, but the President has not declared any emergency.`,
        feedback: "The threat is based abroad, but the excerpt also requires a declared national emergency.",
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
    id: "text-1971-name",
    type: "short-text",
    prompt: `\
Read this sentence from 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained \
by the United States except pursuant to an Act of Congress." \
What is the common name of this 1971 provision, which replaced the Emergency Detention Act?`,
    difficulty: 1,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["non-detention-act", "crs-rs22130"],
    explanation: `\
It is called the **Non-Detention Act**. \
The sentence flips the 1950 approach: instead of giving the executive a detention power, it forbids \
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
    id: "detention-2001-position",
    type: "single-choice",
    prompt: `\
After 2001, the government held two U.S. citizens, Yaser Hamdi and Jose Padilla, as enemy \
combatants. \
Which position about 18 U.S.C. § 4001(a) did the Bush administration take in that litigation?`,
    difficulty: 3,
    objectiveIds: ["evaluate-checks"],
    sourceIds: ["crs-rs22130", "hamdi-v-rumsfeld"],
    explanation: `\
The administration argued that § 4001(a) limits only detentions by the Attorney General, not by \
the President or the military. \
CRS analyst Louis Fisher took the opposite view: that Congress meant it to cover all executive \
detention, military included. \
In *Hamdi* the plurality did not settle the dispute; it treated the AUMF as the Act of Congress \
that § 4001(a) requires. \
This question asks who argued what, not which side is right.`,
    choices: [
      {
        id: "aumf-repealed",
        text: "That the AUMF had repealed § 4001(a) for every detention made in wartime.",
        feedback: "No one in these sources claims the AUMF repealed § 4001(a).",
      },
      {
        id: "4001-limits-detentions",
        text: "That § 4001(a) limits only detentions by the Attorney General, not by the President or the military.",
        correct: true,
      },
      {
        id: "emergency-detention",
        text: "That the Emergency Detention Act of 1950 was still in force after 2001.",
        feedback: "The Emergency Detention Act was repealed in 1971.",
      },
      {
        id: "4001-covers-kind",
        text: "That § 4001(a) covers every kind of executive detention, including detention by the armed forces.",
        feedback: "That was the conclusion of CRS analyst Louis Fisher, not the administration's argument.",
      },
    ],
  },
  {
    id: "plurality-2004-holding",
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
        id: "aumf-allow-military",
        text: "The AUMF did not allow the military to hold anyone, so Hamdi had to be released from military custody at once.",
        feedback: "The plurality found the AUMF did allow detention in the narrow circumstances alleged.",
      },
      {
        id: "aumf-allowed",
        text: "The AUMF allowed it, but he was owed a real chance to contest the facts before a neutral decision-maker.",
        correct: true,
      },
      {
        id: "detention-broke",
        text: "The detention broke the War Powers Resolution's 60-day limit, so the military had to end it.",
        feedback: "Hamdi was about detention and due process, not the War Powers Resolution's clock.",
      },
      {
        id: "courts-review",
        text: "Courts may not review any detention under the AUMF while the country is at war, whatever the facts.",
        feedback: `\
The plurality said a state of war is not a blank check; it required a hearing before a neutral \
decision-maker.`,
      },
    ],
  },
  {
    id: "sequence-1957-reason",
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
        id: "federal-court",
        text: "A federal court had to approve the proclamation before any troops could be sent.",
        feedback: `\
A federal court had ordered desegregation, but the Act does not require court approval before \
troops are used.`,
      },
      {
        id: "insurrection-act",
        text: "The Insurrection Act requires a proclamation to disperse before any troops are used.",
        correct: true,
      },
      {
        id: "proclamation-served",
        text: "The proclamation served as the 48-hour report the War Powers Resolution requires.",
        feedback: "The War Powers Resolution was passed in 1973, sixteen years later.",
      },
      {
        id: "proclamation-asked",
        text: "The proclamation asked Congress to approve the troops, and Congress voted yes the next day.",
        feedback: `\
Congress did not vote; the Insurrection Act itself already delegated the power, subject to the \
proclamation step.`,
      },
    ],
  },
  {
    id: "militia-1827-decider",
    type: "single-choice",
    prompt: `\
A 1795 law let the President call out the militia when the country was invaded or "in imminent \
danger of invasion." \
In 1814 a New York militiaman refused such a call and was later fined. \
In *Martin v. \
Mott* (1827), who did the Supreme Court say decides whether that danger exists?`,
    difficulty: 2,
    objectiveIds: ["compare-statute-triggers", "evaluate-checks"],
    sourceIds: ["martin-v-mott"],
    explanation: `\
The Court held that under the 1795 law the decision belongs to the **President**, and it is \
conclusive on everyone else, including state officials and courts. \
The case was about the invasion power, not the Insurrection Act, though courts have cited its \
reasoning for the insurrection powers too. \
The tempting answer about governors reflects a real claim made in some states during the War of \
1812, which the Court's reasoning rejected.`,
    choices: [
      {
        id: "state-governor",
        text: "Each state's governor, for that state's own militia companies",
        feedback: `\
Some state officials claimed this power during the War of 1812, but the Court held the decision \
belongs to the President.`,
      },
      {
        id: "congress-new",
        text: "Congress, by a new vote each time the militia is called out",
        feedback: "Congress had already delegated the decision to the President in the 1795 law.",
      },
      {
        id: "jury-case-whenever",
        text: "A jury, case by case, whenever a militiaman is tried for refusing",
        feedback: "The Court held the President's judgment could not be reopened this way.",
      },
      {
        id: "president-decision",
        text: "The President, and his decision is conclusive on everyone else",
        correct: true,
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
    objectiveIds: ["explain-branch-roles", "evaluate-checks"],
    sourceIds: ["us-constitution", "war-powers-resolution", "national-emergencies-act", "crs-wpr-litigation"],
    scoring: "right-minus-wrong",
    explanation: `\
Congress can refuse to declare war or authorize force (so the War Powers clock runs out), limit \
Army funding to two years at a time, end a national emergency by joint resolution, and override a \
veto, as it did in 1973 to pass the War Powers Resolution. \
Declaring emergencies is the President's step, not a check on him. \
Lawsuits by members of Congress have mostly been dismissed without a ruling on the merits, so they \
have not worked as a reliable tool.`,
    choices: [
      {
        id: "overriding-veto",
        text: "Overriding a veto, as it did to pass the War Powers Resolution",
        correct: true,
      },
      {
        id: "passing-joint",
        text: "Passing a joint resolution to end a national emergency",
        correct: true,
      },
      {
        id: "suing-president",
        text: "Suing the President, since courts regularly rule on the merits of such suits",
        feedback: `\
CRS found that courts did not reach the merits in nearly all such suits, often for lack of standing.`,
      },
      {
        id: "declaring-national",
        text: "Declaring a national emergency on its own",
        feedback: "Under the National Emergencies Act, the President declares emergencies.",
      },
      {
        id: "funding-army",
        text: "Funding the Army for no more than two years at a time",
        correct: true,
      },
      {
        id: "declining-authorize",
        text: "Declining to authorize force, so the War Powers Resolution's 60-day clock runs out",
        correct: true,
      },
    ],
  },
  {
    id: "presidents-1973-view",
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
        id: "weak-require",
        text: "That it is too weak and should require a vote in Congress before any use of force at all",
        feedback: "The sources record Presidents arguing the opposite: that the law restricts them too much.",
      },
      {
        id: "parts-unconstitutionally",
        text: "That parts of it unconstitutionally restrict the President's power as Commander in Chief",
        correct: true,
      },
      {
        id: "federal-courts",
        text: "That only the federal courts have the power to enforce it",
        feedback: "No President in the sources argues this; in practice courts have rarely ruled on it.",
      },
      {
        id: "quietly-expired",
        text: "That it quietly expired once the Vietnam War was over",
        feedback: "The Resolution has no expiration date and is still law at 50 U.S.C. §§ 1541–1548.",
      },
    ],
  },
  {
    id: "court-2026-sides",
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
The main dissent, by Justice Kavanaugh with Justices Thomas and Alito, argued that regulating \
imports has historically included duties; Justice Thomas also wrote his own dissent. \
The case was about what IEEPA authorizes; no Justice said IEEPA itself was unconstitutional or \
that Presidents can never declare emergencies.`,
    choices: [
      {
        id: "majority-ieepa-power",
        text: "Majority: IEEPA's power to regulate importation does not cover tariffs. Dissent: that power has long included duties.",
        correct: true,
      },
      {
        id: "majority-ieepa-allows",
        text: "Majority: IEEPA allows the tariffs. Dissent: none, since all nine Justices joined the same opinion.",
        feedback: "The vote was 6–3 that IEEPA does not authorize tariffs.",
      },
      {
        id: "majority-presidents",
        text: "Majority: Presidents may never declare national emergencies. Dissent: they may, if Congress can end them.",
        feedback: "The case concerned whether IEEPA covers tariffs, not whether emergencies may be declared.",
      },
      {
        id: "majority-ieepa-violates",
        text: "Majority: IEEPA itself violates the Constitution and is void. Dissent: the statute is valid, so the tariffs may stand.",
        feedback: "The Court read what IEEPA allows; it did not strike the law down.",
      },
    ],
  },
  {
    id: "section-3-duty",
    type: "true-false",
    prompt: `\
True or false: Besides its report deadline and its withdrawal clock, the War Powers Resolution \
tells the President to consult Congress "in every possible instance" before sending forces into \
hostilities.`,
    difficulty: 1,
    objectiveIds: ["apply-statute-text"],
    sourceIds: ["war-powers-resolution"],
    answer: true,
    explanation: `\
True. \
Section 3 says the President "in every possible instance shall consult with Congress before \
introducing" forces into hostilities, and must keep consulting while they remain. \
The law does not define consulting, and Presidents and Congress have long disagreed about what it \
requires.`,
    feedbackFalse: `\
The consultation duty is in section 3, alongside the better-known 48-hour report and 60-day clock.`,
  },
  {
    id: "senate-2026-objection",
    type: "single-choice",
    prompt: `\
On January 14, 2026, the Senate voted 51–50, with the Vice President breaking a tie, to uphold a \
point of order against a war-powers resolution on Venezuela. \
What did the point of order claim?`,
    difficulty: 3,
    objectiveIds: ["evaluate-checks", "apply-statute-text"],
    sourceIds: ["sjres98", "npr-senate-venezuela-jan-2026", "responsible-statecraft-jan-2026"],
    explanation: `\
Senator Risch argued that the resolution could not use the War Powers Resolution's fast-track \
procedure because U.S. \
forces were not in hostilities with Venezuela: "The objective of this resolution is to stop \
something that is not happening." \
Senator Kaine answered that calling the operation something other than hostilities "is a violation \
of every reasonable meaning of that term." \
The vote turned on the undefined word **hostilities**, not on whether the law is constitutional.`,
    choices: [
      {
        id: "war-powers-resolution",
        text: "That the War Powers Resolution is unconstitutional, so the Senate may not vote under it at all",
        feedback: `\
Presidents have said parts of the law are unconstitutional, but the point of order argued that \
there were no hostilities.`,
      },
      {
        id: "house-begin-war",
        text: "That only the House may begin a war-powers vote, since it controls military spending",
        feedback: "Either chamber may take up a war-powers resolution; the Senate had voted on several.",
      },
      {
        id: "supreme-court",
        text: "That the Supreme Court had already approved the operation in a ruling on January 3",
        feedback: "No court had ruled on the Venezuela operation.",
      },
      {
        id: "get-fast-track",
        text: "That it could not get a fast-track vote because no hostilities with Venezuela were under way",
        correct: true,
      },
    ],
  },
  {
    id: "senate-2026-sequence",
    type: "true-false",
    prompt: `\
True or false: In January 2026 the Senate voted to take up a war-powers resolution on Venezuela, \
and six days later it blocked that resolution from a final vote.`,
    difficulty: 2,
    objectiveIds: ["evaluate-checks"],
    sourceIds: ["ap-senate-venezuela-jan-2026", "npr-senate-venezuela-jan-2026", "sjres98"],
    answer: true,
    explanation: `\
True. \
On January 8 the Senate voted 52–47 to take up the resolution, with five Republicans joining the \
Democrats. \
On January 14 two of those Republicans switched after written assurances from the Secretary of \
State, and the Senate upheld a point of order 51–50 that ended the resolution's fast-track status. \
Congress has not passed any resolution limiting the Venezuela operation.`,
    feedbackFalse: `\
Both votes happened: 52–47 to take it up on January 8, then 51–50 on January 14 to block it.`,
  },
] satisfies Lesson["questions"];
