import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "rasul-legal-basis",
    type: "single-choice",
    prompt: `\
In *Rasul v. Bush* (2004), what did the Supreme Court rely on to hold that U.S. courts could hear \
Guantánamo detainees' challenges?`,
    difficulty: 1,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["rasul-v-bush", "habeas-statute"],
    explanation: `\
Rasul read the federal habeas statute (28 U.S.C. § 2241) to reach foreign nationals held at \
Guantánamo, a base the U.S. controls completely. The constitutional holding came four years later, \
in Boumediene. The difference matters: because Rasul rested on a statute, Congress could, and in \
2006 did, change the statute.`,
    choices: [
      {
        id: "statute",
        text: "The federal habeas corpus statute",
        correct: true,
      },
      {
        id: "aumf",
        text: "A 2001 act of Congress authorizing military force",
        feedback: "That law authorized force; it was not the basis for court jurisdiction in Rasul.",
      },
      {
        id: "constitution",
        text: "The Constitution's Suspension Clause",
        feedback: "That was Boumediene (2008), after Congress had removed the statutory route.",
      },
      {
        id: "treaty",
        text: "A treaty with Cuba granting detainees access to U.S. courts",
        feedback: `\
The lease with Cuba explains U.S. control of the base, but the holding rested on the habeas statute.`,
      },
    ],
  },
  {
    id: "boumediene-author",
    type: "true-false",
    prompt: `\
True or false: Chief Justice John Roberts wrote the majority opinion in *Boumediene v. Bush* (2008).`,
    difficulty: 1,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["boumediene-v-bush", "munaf-v-geren"],
    answer: false,
    explanation: `\
Justice Anthony Kennedy wrote the 5–4 majority in Boumediene. Roberts wrote a dissent in \
Boumediene and, the same day, the Court's unanimous opinion in Munaf v. Geren. Some case-summary \
sites mix the two up.`,
    feedbackTrue: `\
This is a common mix-up. Roberts dissented in Boumediene; he wrote the opinion in Munaf, decided \
the same day.`,
  },
  {
    id: "suspension-clause-reading",
    type: "cloze",
    prompt: "Read the Suspension Clause in the sources, then complete the sentence from its text.",
    difficulty: 1,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["us-constitution"],
    excerptSourceId: "us-constitution",
    explanation: `\
The clause allows suspension only in cases of rebellion or invasion, and only when public safety \
requires it. Boumediene held that section 7 of the 2006 law operated as a suspension without \
meeting that standard, because the substitute review was not adequate.`,
    text: `\
The privilege of the writ of habeas corpus shall not be suspended, unless in cases of {{first}} or \
{{second}} the public safety may require it.`,
    blanks: [
      {
        id: "first",
        kind: "choice",
        choices: [
          {
            id: "war",
            text: "Declared war",
          },
          {
            id: "emergency",
            text: "National emergency",
          },
          {
            id: "rebellion",
            text: "Rebellion",
            correct: true,
          },
        ],
      },
      {
        id: "second",
        kind: "choice",
        choices: [
          {
            id: "invasion",
            text: "Invasion",
            correct: true,
          },
          {
            id: "terrorism",
            text: "Terrorism",
          },
          {
            id: "insurrection",
            text: "Insurrection",
          },
        ],
      },
    ],
  },
  {
    id: "boumediene-excerpt-meaning",
    type: "single-choice",
    prompt: `\
Justice Kennedy wrote in *Boumediene*: "The laws and Constitution are designed to survive, and \
remain in force, in extraordinary times." Which part of the Court's holding does this sentence \
best support?`,
    difficulty: 2,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["boumediene-v-bush"],
    excerptSourceId: "boumediene-v-bush",
    explanation: `\
The sentence explains why wartime conditions did not switch off the constitutional privilege of \
habeas for Guantánamo detainees, which is why section 7 of the Military Commissions Act was struck \
down. It does not say courts must release anyone or that detention itself is unlawful; the ruling \
was about access to the writ.`,
    choices: [
      {
        id: "president-decides",
        text: "In extraordinary times the President alone decides who may seek the writ.",
        feedback: "The sentence argues the opposite: the Constitution keeps working in extraordinary times.",
      },
      {
        id: "no-statute-needed",
        text: "Congress had never passed any law about detainees' access to the courts.",
        feedback: "Congress had: section 7 of the Military Commissions Act of 2006, which the Court struck down.",
      },
      {
        id: "privilege-survives",
        text: "The constitutional privilege of habeas still reached Guantánamo despite the conflict.",
        correct: true,
      },
      {
        id: "release-all",
        text: "Every detainee held at Guantánamo had to be released right away.",
        feedback: "Boumediene gave detainees the right to challenge their detention, not an order of release.",
      },
    ],
  },
  {
    id: "case-holdings-match",
    type: "matching",
    prompt: "Match each case to its holding. Some holdings are not used.",
    difficulty: 2,
    objectiveIds: ["where-the-writ-runs", "handover-cases", "overseas-detention-debate"],
    sourceIds: [
      "rasul-v-bush",
      "boumediene-v-bush",
      "munaf-v-geren",
      "kiyemba-i",
      "kiyemba-ii",
      "trump-v-jgg",
      "noem-v-abrego-garcia",
    ],
    explanation: `\
Rasul (2004) rested on the habeas statute; Boumediene (2008) on the Constitution. Munaf (2008) \
found jurisdiction but denied relief against a transfer for prosecution. Kiyemba I and II (2009) \
barred court-ordered release into the U.S. and 30-day notice orders. Trump v. J.G.G. (2025) sent \
Alien Enemies Act challenges to habeas in the district of confinement, with notice. Abrego Garcia \
(2025) required the government to facilitate a release, with deference in foreign affairs. No case \
held that courts can never hear petitions from people held outside the fifty states: Rasul, \
Boumediene and Munaf all point the other way.`,
    premises: [
      {
        id: "rasul",
        text: "Rasul v. Bush (2004)",
      },
      {
        id: "boumediene",
        text: "Boumediene v. Bush (2008)",
      },
      {
        id: "munaf",
        text: "Munaf v. Geren (2008)",
      },
      {
        id: "kiyemba-i",
        text: "Kiyemba v. Obama, Kiyemba I (Feb. 2009)",
      },
      {
        id: "kiyemba-ii",
        text: "Kiyemba v. Obama, Kiyemba II (Apr. 2009)",
      },
      {
        id: "jgg",
        text: "Trump v. J.G.G. (2025)",
      },
      {
        id: "abrego",
        text: "Noem v. Abrego Garcia (2025)",
      },
    ],
    responses: [
      {
        id: "government-facilitate",
        text: `\
The government must facilitate a wrongly removed man's release from foreign custody, with \
deference owed to the Executive in foreign affairs.`,
      },
      {
        id: "congress-close",
        text: "Congress must close the Guantánamo detention facility.",
      },
      {
        id: "courts-hear-petitions",
        text: `\
Courts may hear petitions of U.S. citizens held abroad by U.S. forces, but habeas cannot stop \
their transfer to the host country for prosecution.`,
      },
      {
        id: "federal-habeas",
        text: "The federal habeas statute lets courts hear challenges by foreign nationals held at Guantánamo.",
      },
      {
        id: "federal-courts",
        text: "Federal courts can never hear habeas petitions from anyone held outside the fifty states.",
      },
      {
        id: "judges-require",
        text: `\
Judges may not require 30 days' notice of transfers when the government says it will not send \
detainees to likely torture.`,
      },
      {
        id: "guantanamo-detainees",
        text: `\
Guantánamo detainees have the constitutional privilege of habeas; the 2006 jurisdiction-stripping \
provision was an unconstitutional suspension.`,
      },
      {
        id: "alien-enemies",
        text: `\
Alien Enemies Act challenges belong in habeas in the district of confinement, after notice that \
allows time to file.`,
      },
      {
        id: "judges-order",
        text: "Judges may not order Guantánamo detainees released into the United States.",
      },
    ],
    pairs: {
      rasul: "federal-habeas",
      boumediene: "guantanamo-detainees",
      munaf: "courts-hear-petitions",
      "kiyemba-i": "judges-order",
      "kiyemba-ii": "judges-require",
      jgg: "alien-enemies",
      abrego: "government-facilitate",
    },
  },
  {
    id: "sequence-of-responses",
    type: "ordering",
    prompt: "Put these events in chronological order. Notice how courts and Congress responded to one another.",
    difficulty: 2,
    objectiveIds: ["where-the-writ-runs", "lawmaker-conditions"],
    sourceIds: ["rasul-v-bush", "boumediene-v-bush", "kiyemba-ii", "ndaa-fy2011", "trump-v-jgg"],
    scoring: "kendall-tau",
    hints: ["The constitutional ruling came after Congress changed the statute that the first ruling relied on."],
    explanation: `\
Rasul (2004) rested on the habeas statute; the Military Commissions Act of 2006 then removed that \
statutory jurisdiction; Boumediene (2008) answered that the Constitution itself protects the writ \
at Guantánamo. Kiyemba II (April 2009) limited what judges could do about transfers, and the \
FY2011 NDAA (January 2011) added Congress's own limits. Trump v. J.G.G. (2025) came much later, in \
a different setting. The order matters because each step responded to the legal ground left by the \
one before.`,
    items: [
      {
        id: "rasul",
        text: "Rasul v. Bush: the habeas statute reaches Guantánamo",
      },
      {
        id: "kiyemba-ii",
        text: "Kiyemba II: no 30-day notice orders before transfers of Uighur detainees",
      },
      {
        id: "mca",
        text: "Military Commissions Act, section 7: courts lose jurisdiction over detainee habeas cases",
      },
      {
        id: "boumediene",
        text: "Boumediene v. Bush: the constitutional privilege of habeas reaches Guantánamo",
      },
      {
        id: "jgg",
        text: "Trump v. J.G.G.: Alien Enemies Act challenges go in habeas in the district of confinement",
      },
      {
        id: "ndaa",
        text: `\
FY2011 NDAA: no funds to move Guantánamo detainees into the U.S.; certification before transfers \
abroad`,
      },
    ],
    correctOrder: ["rasul", "mca", "boumediene", "kiyemba-ii", "ndaa", "jgg"],
  },
  {
    id: "munaf-scenario",
    type: "single-choice",
    prompt: `\
Scenario: A U.S. citizen is held abroad by American troops serving in a multinational force. The \
host country wants to prosecute him, and he files a habeas petition asking a federal court to \
block his transfer to its custody. Under *Munaf v. Geren*, what is the most likely result?`,
    difficulty: 2,
    objectiveIds: ["handover-cases"],
    sourceIds: ["munaf-v-geren"],
    hints: ["Separate two questions: may the court hear the case, and may it grant this relief?"],
    explanation: `\
Munaf held that federal courts do have habeas jurisdiction over U.S. citizens held abroad by U.S. \
forces, but that habeas cannot be used to block a transfer to the host country for prosecution. \
Concerns about treatment in that country were left to the political branches. The tempting wrong \
answer is that the court lacks jurisdiction entirely; Munaf said the opposite on that point.`,
    choices: [
      {
        id: "block-any-risk",
        text: "The court will block the transfer if he shows any risk of mistreatment.",
        feedback: `\
Munaf left such concerns to the political branches. The Court itself noted this was not a more \
extreme case of known likely torture and left that question open.`,
      },
      {
        id: "order-return",
        text: "The court will order him flown to the United States for a trial.",
        feedback: "Nothing in Munaf supports ordering a return; the Court denied relief against the transfer.",
      },
      {
        id: "hear-but-deny",
        text: "The court may hear the petition but will not block the transfer for prosecution.",
        correct: true,
      },
      {
        id: "no-jurisdiction",
        text: "The court cannot hear the petition at all, because he is held outside the United States.",
        feedback: `\
Munaf found jurisdiction. The problem was the relief requested, not the court's power to hear the \
case.`,
      },
    ],
  },
  {
    id: "munaf-open-question-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In Munaf v. Geren, the Court's own opinion left open what judges could do in a \
more extreme case, where the government knows a prisoner is likely to be tortured."`,
    difficulty: 3,
    objectiveIds: ["handover-cases"],
    sourceIds: ["munaf-v-geren"],
    answer: true,
    explanation: `\
True. The Court said the case before it was not a more extreme case of known likely torture and \
left that question open. Justice Souter, joined by Justices Ginsburg and Breyer, wrote separately \
to stress the reservation, which is why it is often credited to the concurrence alone.`,
    feedbackFalse: "The reservation appears in the Court's opinion; the concurrence emphasized it.",
  },
  {
    id: "kiyemba-record",
    type: "multiple-choice",
    prompt: `\
Which statements accurately describe the D.C. Circuit's Kiyemba decisions of 2009? Select all that \
apply.`,
    difficulty: 2,
    objectiveIds: ["handover-cases"],
    sourceIds: ["kiyemba-i", "kiyemba-ii"],
    scoring: "right-minus-wrong",
    explanation: `\
Kiyemba I held that courts could not order detainees released into the United States; the Supreme \
Court set it aside in 2010 after resettlement offers, and the D.C. Circuit reinstated it. Kiyemba \
II, relying on Munaf, reversed orders requiring 30 days' notice before transfers and held that \
judges may not second-guess the government's declaration that it will not send detainees to likely \
torture. Neither case ordered Guantánamo closed.`,
    choices: [
      {
        id: "erased",
        text: "After the Supreme Court set Kiyemba I aside in 2010, it never took effect again.",
        feedback: "The D.C. Circuit reinstated Kiyemba I in 2010 after the Supreme Court sent it back.",
      },
      {
        id: "closed-base",
        text: "The court ordered the Guantánamo detention facility closed for good.",
        feedback: "No Kiyemba decision did this.",
      },
      {
        id: "no-release-us",
        text: "Judges could not order the detainees released into the United States.",
        correct: true,
      },
      {
        id: "upheld-notice",
        text: "The court upheld orders requiring 30 days' notice before any transfer.",
        feedback: "Kiyemba II reversed those notice orders.",
      },
      {
        id: "relied-munaf",
        text: "The court relied on Munaf v. Geren in limiting judges' power over transfers.",
        correct: true,
      },
    ],
  },
  {
    id: "section-7-law",
    type: "short-text",
    prompt: `\
*Boumediene v. Bush* held that section 7 of a 2006 law operated as an unconstitutional suspension \
of habeas corpus. Name the law.`,
    difficulty: 2,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["boumediene-v-bush"],
    explanation: `\
Section 7 of the Military Commissions Act of 2006 removed courts' jurisdiction over the detainees' \
habeas petitions. The Detainee Treatment Act is the other law in the story: its review process was \
found not to be an adequate substitute, but it was not the law struck down.`,
    answers: [
      {
        text: "Military Commissions Act",
      },
      {
        text: "Military Commissions Act of 2006",
      },
      {
        text: "MCA",
        fraction: 0.75,
        feedback: "Correct abbreviation; write out the full name to be sure.",
      },
      {
        text: "Detainee Treatment Act",
        fraction: 0.1,
        feedback: `\
Close, but the Detainee Treatment Act supplied the inadequate substitute review; section 7 of the \
Military Commissions Act is what was struck down.`,
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "expedited-review-ruling",
    type: "single-choice",
    prompt: `\
In DHS v. Thuraissigiam (2020), what did the Supreme Court decide about limits on court review of \
expedited removal?`,
    difficulty: 3,
    objectiveIds: ["where-the-writ-runs"],
    sourceIds: ["dhs-v-thuraissigiam"],
    explanation: `\
The Court held, 7–2, that the limits did not violate the Suspension Clause. The majority read the \
Clause as protecting the writ as it stood in 1789, a way to win release from unlawful custody, and \
said the asylum seeker wanted a new chance to seek asylum instead. The tempting wrong answer \
compares the case to Boumediene, where the Court did find an unconstitutional suspension; the \
difference lay in what the petitioner was asking for.`,
    choices: [
      {
        id: "no-suspension",
        text: "They stood, because he sought a new asylum chance, not release from custody.",
        correct: true,
      },
      {
        id: "like-boumediene",
        text: "They were struck down as an unconstitutional suspension, as in Boumediene.",
        feedback: `\
Boumediene struck down a jurisdiction bar for Guantánamo detainees; Thuraissigiam upheld these \
limits.`,
      },
      {
        id: "congress-only",
        text: "Only Congress, never a court, may decide the asylum claims of people at the border.",
        feedback: "Immigration officers and judges decide asylum claims; the case concerned court review of them.",
      },
      {
        id: "never-applies",
        text: "The writ never applies to anyone in any kind of immigration proceeding.",
        feedback: "The Court did not say that; it asked what relief the petitioner was seeking.",
      },
    ],
  },
  {
    id: "ndaa-certification-days",
    type: "numeric",
    prompt: `\
Under section 1033 of the FY2011 National Defense Authorization Act, how many days before \
transferring a Guantánamo detainee to another country did the Secretary of Defense have to certify \
conditions to Congress?`,
    difficulty: 2,
    objectiveIds: ["lawmaker-conditions"],
    sourceIds: ["ndaa-fy2011"],
    unit: "days",
    answer: {
      value: 30,
    },
    explanation: `\
Section 1033 required certification 30 days before a transfer abroad. Notice the contrast with \
Kiyemba II: there, the D.C. Circuit reversed court orders requiring 30 days' notice before \
transfers. The same length of time appears in both, but one is a judge's order (reversed) and the \
other is a statute Congress enacted.`,
  },
  {
    id: "limit-sort",
    type: "categorize",
    prompt: "Sort each limit on detainee transfers or releases by the branch that imposed it.",
    difficulty: 2,
    objectiveIds: ["lawmaker-conditions", "handover-cases"],
    sourceIds: ["ndaa-fy2011", "crs-r42143", "kiyemba-i", "trump-v-jgg", "noem-v-abrego-garcia"],
    explanation: `\
Funding bars, certifications and country bans came from Congress through NDAAs. Limits set by \
judges came in court rulings: Kiyemba I (no court-ordered release into the U.S.), Trump v. J.G.G. \
(notice in time to file habeas) and Abrego Garcia (facilitate release). Seeing who imposed a limit \
tells you who can change it: Congress can amend a statute, while a court ruling changes through \
later rulings.`,
    categories: [
      {
        id: "congress",
        text: "Congress (statute)",
      },
      {
        id: "courts",
        text: "Courts (ruling)",
      },
    ],
    items: [
      {
        id: "no-funds-into-us",
        text: "No funds may be used to transfer Guantánamo detainees into the United States.",
        categoryId: "congress",
      },
      {
        id: "facilitate-release",
        text: "The government must facilitate a wrongly removed man's release from Salvadoran custody.",
        categoryId: "courts",
      },
      {
        id: "no-release-into-us",
        text: "Judges may not order Guantánamo detainees released into the United States.",
        categoryId: "courts",
      },
      {
        id: "country-ban",
        text: "No transfers to Libya, Somalia, Syria or Yemen.",
        categoryId: "congress",
      },
      {
        id: "notice-habeas",
        text: "Alien Enemies Act detainees must get notice in time to seek habeas before removal.",
        categoryId: "courts",
      },
      {
        id: "certify-30-days",
        text: "The Secretary of Defense must certify conditions 30 days before a transfer abroad.",
        categoryId: "congress",
      },
    ],
  },
  {
    id: "jgg-notice-excerpt",
    type: "single-choice",
    prompt: `\
In *Trump v. J.G.G.*, the Supreme Court said detainees must receive notice "within a reasonable \
time and in such a manner as will allow them to actually seek habeas relief in the proper venue \
before such removal occurs." What does this passage require?`,
    difficulty: 2,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["trump-v-jgg"],
    excerptSourceId: "trump-v-jgg",
    explanation: `\
The passage requires notice early enough, and in a form clear enough, that a detainee can actually \
file a habeas petition in the right court before being removed. It does not itself promise a full \
hearing on every claim, and it plainly concerns notice before removal, not after.`,
    choices: [
      {
        id: "any-court",
        text: "Permission to file a petition in any federal court the detainee chooses.",
        feedback: "The Court said the proper venue is the district of confinement, not any court.",
      },
      {
        id: "time-to-file",
        text: "Notice clear and early enough to file for habeas in the right court before removal.",
        correct: true,
      },
      {
        id: "notice-after",
        text: "Notice within a reasonable time after removal, so the person can appeal from abroad.",
        feedback: "Read the last words: the notice must allow relief to be sought before removal occurs.",
      },
      {
        id: "full-trial",
        text: "A full trial before a jury in every case before anyone may be removed.",
        feedback: "The passage is about notice and the chance to seek habeas, not a jury trial.",
      },
    ],
  },
  {
    id: "abrego-garcia-excerpt",
    type: "single-choice",
    prompt: `\
In *Noem v. Abrego Garcia*, the Supreme Court sent the word "effectuate" back to the trial judge \
for clarification, "with due regard for the deference owed to the Executive Branch in the conduct \
of foreign affairs." Which description of the order is accurate?`,
    difficulty: 3,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["noem-v-abrego-garcia", "scotusblog-abrego-garcia"],
    excerptSourceId: "noem-v-abrego-garcia",
    explanation: `\
The Court kept the requirement that the government facilitate Abrego Garcia's release from \
Salvadoran custody, but asked for clarification of 'effectuate' with deference to the Executive in \
foreign affairs. It neither fully adopted nor fully rejected either side's position, which is why \
it is often read as a balance between court power and executive power abroad.`,
    choices: [
      {
        id: "order-el-salvador",
        text: "It ordered El Salvador itself to release him from its prison and send him home.",
        feedback: "The order concerned what the U.S. government must do; it was not a command to El Salvador.",
      },
      {
        id: "no-power",
        text: "It held that courts have no power at all over a person once he is in foreign custody.",
        feedback: "The Court left the facilitate requirement in place, so it did not hold that courts lose all power.",
      },
      {
        id: "return-within-day",
        text: "It required his return within 24 hours, whatever the concerns about foreign affairs.",
        feedback: "The passage shows the Court expressly asked for deference in foreign affairs.",
      },
      {
        id: "facilitate-with-deference",
        text: `\
It kept the duty to facilitate his release but urged respect for the Executive's foreign-affairs \
role.`,
        correct: true,
      },
    ],
  },
  {
    id: "two-word-term",
    type: "short-text",
    prompt: `\
In December 2025 Judge Boasberg held that the United States still had legal control over men \
physically held in El Salvador because it was paying El Salvador to hold them. What two-word term \
names that kind of control?`,
    difficulty: 2,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["jgg-summary-judgment"],
    explanation: `\
Constructive custody means legal control over a person even though someone else holds them \
physically. The Justice Department argued that men held by a sovereign country were in neither \
actual nor constructive U.S. custody; Boasberg disagreed. 'Physical custody' is the tempting wrong \
answer: that is exactly what the United States did not have.`,
    answers: [
      {
        text: "constructive custody",
      },
      {
        text: "constructive",
        fraction: 0.5,
        feedback: "Right idea; the full term is 'constructive custody.'",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "administration-arguments",
    type: "multiple-choice",
    prompt: `\
Which of these arguments about the men sent to El Salvador came from the administration or its \
lawyers? Select all that apply.`,
    difficulty: 3,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["leavitt-statement", "ap-un-el-salvador-2025", "rubio-declaration-jan-2026", "ap-custody-hearing-2025"],
    scoring: "every-decision-counts",
    explanation: `\
Karoline Leavitt said courts generally lack jurisdiction over the President's foreign-affairs \
powers and that one judge cannot direct planes already removed from U.S. soil. The Justice \
Department argued the men in El Salvador were in neither actual nor constructive U.S. custody, and \
in January 2026 Secretary of State Rubio told the court that returns or hearings from Venezuela \
would harm U.S. foreign policy. The claims that paying El Salvador preserved U.S. control, and \
that the court should order the men returned, came from the ACLU on the detainees' side. This \
question asks who argued what, not who was right.`,
    choices: [
      {
        id: "no-custody",
        text: "Men held by a sovereign country are in neither actual nor constructive U.S. custody.",
        correct: true,
      },
      {
        id: "no-jurisdiction-foreign-affairs",
        text: "Federal courts generally lack jurisdiction over the President's foreign-affairs powers.",
        correct: true,
      },
      {
        id: "order-return",
        text: "The court should order the men returned to the United States for hearings.",
        feedback: "The ACLU asked for this, on the detainees' behalf.",
      },
      {
        id: "diplomacy-harm",
        text: "Returning the men or holding hearings from Venezuela would harm U.S. foreign policy.",
        correct: true,
      },
      {
        id: "planes-left",
        text: "A single judge cannot direct planes that have already left U.S. soil.",
        correct: true,
      },
      {
        id: "payment-control",
        text: "Because the United States pays El Salvador to hold the men, it still controls their fate.",
        feedback: "This was the ACLU's argument for the detainees.",
      },
    ],
  },
  {
    id: "un-statement-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In 2025 El Salvador told United Nations investigators that legal responsibility \
for the men lay with the competent foreign authorities, a statement the men's lawyers cited as \
evidence of U.S. control."`,
    difficulty: 3,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["ap-un-el-salvador-2025"],
    answer: true,
    explanation: `\
True. The statement appeared in a July 2025 court filing by the men's lawyers, who said it \
confirmed that the United States controlled what happened to the men. The administration had \
argued that it was powerless to return them because they were beyond the reach of U.S. courts. A \
statement cited by one side is evidence in the debate, not a court ruling.`,
    feedbackFalse: `\
The filing reported such a statement; whether it proves U.S. control is what the two sides disputed.`,
  },
  {
    id: "munaf-jurisdiction-claim",
    type: "true-false",
    prompt: `\
Claim check: "*Munaf v. Geren* held that federal courts have no habeas jurisdiction over anyone \
held outside the United States." True or false?`,
    difficulty: 2,
    objectiveIds: ["handover-cases"],
    sourceIds: ["munaf-v-geren"],
    answer: false,
    explanation: `\
Munaf held the opposite on jurisdiction: federal courts could hear habeas petitions from U.S. \
citizens held abroad by U.S. forces. The petitioners lost on the relief they sought, because \
habeas could not be used to block their transfer to Iraqi custody for prosecution.`,
    feedbackTrue: "Munaf found jurisdiction; what it denied was the relief of blocking the transfer.",
  },
  {
    id: "cecot-class-status",
    type: "single-choice",
    prompt: `\
As of the newest reports found (mid-February 2026), which statement about the J.G.G. class of men \
sent to CECOT is most accurate?`,
    difficulty: 2,
    objectiveIds: ["overseas-detention-debate"],
    sourceIds: ["jgg-summary-judgment", "rubio-declaration-jan-2026", "jgg-feb-2026-order", "npr-exchange"],
    explanation: `\
On December 22, 2025 Judge Boasberg ruled that the 137 men were denied due process and that the \
U.S. kept constructive custody, and ordered a plan for their return or hearings. In January 2026 \
the government answered that returns or hearings from Venezuela would harm U.S. foreign policy. On \
February 12, 2026 the judge ordered the government to help class members now in other countries \
come back for hearings; men still in Venezuela were not covered. The White House said the ruling \
would not be the final word, and nothing later was found; the situation may have changed.`,
    choices: [
      {
        id: "case-dismissed",
        text: "The case was dismissed as moot when the men left El Salvador in July 2025.",
        feedback: "The judge ruled on the merits in December 2025 and issued a further order in February 2026.",
      },
      {
        id: "scotus-final",
        text: "The Supreme Court had issued a final ruling that constructive custody never applies abroad.",
        feedback: "No such ruling appears in the sources.",
      },
      {
        id: "full-hearings",
        text: "All 137 class members had been flown back to the United States for full hearings.",
        feedback: `\
No source shows that; most of the men had been sent to Venezuela in July 2025, and the 2026 order \
covered only those in other countries.`,
      },
      {
        id: "third-country-returns",
        text: "The judge ordered help for class members abroad, outside Venezuela, to return for hearings.",
        correct: true,
      },
    ],
  },
] satisfies Lesson["questions"];
