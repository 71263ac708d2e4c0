import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "protection-granted-2019",
    type: "short-text",
    prompt: `\
In 2019 an immigration judge turned down Abrego Garcia's request for asylum but granted him a \
different, mandatory protection against being sent to El Salvador. What is that protection called?`,
    difficulty: 1,
    objectiveIds: ["protection-2019"],
    sourceIds: ["scotusblog-abrego-garcia", "ina-withholding"],
    explanation: `\
The judge granted **withholding of removal** under 8 U.S.C. § 1231(b)(3), finding a clear \
probability that the Barrio 18 gang would persecute him in El Salvador. It is easy to answer \
“asylum,” but the judge denied asylum. Withholding is narrower: it blocks removal to one country \
and must be honored once the danger is proven.`,
    hints: ["The protection “withholds” something the government would otherwise do."],
    answers: [
      {
        text: "withholding of removal",
      },
      {
        text: "withholding",
      },
      {
        text: "withholding of removal to El Salvador",
      },
      {
        text: "statutory withholding of removal",
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
    id: "withholding-mandatory-vs-asylum",
    type: "true-false",
    prompt: `\
True or false: Once a person proves the required danger, withholding of removal is mandatory, \
while asylum is a protection the government may choose to refuse.`,
    difficulty: 2,
    objectiveIds: ["protection-2019"],
    sourceIds: ["ina-withholding", "cms-barsky"],
    answer: true,
    explanation: `\
True. Under 8 U.S.C. § 1231(b)(3) the government may not remove a person to a country where his \
life or freedom would be threatened on a protected ground, and that bar applies once the danger is \
shown. Asylum is discretionary. That is why Abrego Garcia could be denied asylum and still be \
protected from removal to El Salvador.`,
    feedbackFalse: `\
Look again at the difference: asylum is discretionary, but withholding of removal must be honored \
once the danger is proven.`,
  },
  {
    id: "withholding-scope",
    type: "single-choice",
    prompt: "What did the 2019 withholding order protect Abrego Garcia from?",
    difficulty: 2,
    objectiveIds: ["protection-2019"],
    sourceIds: ["scotusblog-abrego-garcia", "ina-withholding", "npr-ice-detention-2025"],
    explanation: `\
Withholding of removal is tied to a country. The judge found he faced a clear probability of \
persecution in El Salvador, so the order barred sending him there. It did not give him citizenship \
or bar every removal, which is why ICE later proposed sending him to other countries such as \
Uganda and Liberia.`,
    choices: [
      {
        id: "removal-to-el-salvador",
        text: "Being removed to El Salvador, where a judge found he faced likely persecution",
        correct: true,
      },
      {
        id: "criminal-charges",
        text: "Being charged with any crime by federal or state prosecutors",
        feedback: "Withholding limits where the government may send a person; it does not bar criminal charges.",
      },
      {
        id: "citizenship",
        text: "Losing a U.S. citizenship that he had supposedly gained through his marriage",
        feedback: "Withholding has nothing to do with citizenship, which he did not hold.",
      },
      {
        id: "any-removal",
        text: "Being removed from the United States to any country at all, anywhere",
        feedback: "Withholding is tied to the country where the danger lies; it does not bar removal everywhere.",
      },
    ],
  },
  {
    id: "removal-date-claim-check",
    type: "single-choice",
    prompt: `\
A news article says: “Abrego Garcia was deported to El Salvador on March 24, 2025.” Based on the \
lesson's sources, what is the best correction?`,
    difficulty: 2,
    objectiveIds: ["distinguish-claims", "sequence-events"],
    sourceIds: ["clearinghouse-abrego-garcia", "noem-v-abrego-garcia", "gwlr-abrego-garcia"],
    explanation: `\
He was arrested on March 12 and flown to El Salvador on March 15, 2025. March 24 is the day he and \
his family sued in federal court in Maryland. Mixing up those two dates is a common error in \
coverage of the case.`,
    hints: ["Two different things happened in March 2025: the flight, and the lawsuit."],
    choices: [
      {
        id: "as-written",
        text: "The article is correct as written, so no correction is needed.",
        feedback: `\
The lesson's sources, including the district court's account and the Supreme Court's order, put \
the removal on March 15, 2025.`,
      },
      {
        id: "april-4",
        text: "He was flown out on April 4, the day Judge Xinis issued her first order.",
        feedback: `\
April 4 is when Judge Xinis ordered the government to facilitate and effectuate his return, weeks \
after the flight.`,
      },
      {
        id: "march-15",
        text: "He was flown out on March 15; March 24 is when he sued in federal court.",
        correct: true,
      },
      {
        id: "march-12",
        text: "He was flown out on March 12; March 24 is when the Supreme Court ruled.",
        feedback: "March 12 is the day ICE arrested him. The Supreme Court's order came on April 10.",
      },
    ],
  },
  {
    id: "removal-speed-days",
    type: "numeric",
    prompt: `\
ICE arrested Abrego Garcia on March 12, 2025, and he was flown to El Salvador on March 15, 2025. \
How many days passed between the arrest and the flight?`,
    difficulty: 1,
    objectiveIds: ["sequence-events", "reach-of-judgments"],
    sourceIds: ["gwlr-abrego-garcia", "noem-v-abrego-garcia"],
    explanation: `\
From March 12 to March 15 is 3 days. The timing matters because it left little time to ask a court \
for help before the flight. His lawsuit came on March 24, when he was already in El Salvador, and \
the question became whether a U.S. court could still help him.`,
    answer: {
      value: 3,
      tolerance: 0,
    },
    nearMisses: [
      {
        answer: {
          value: 4,
          tolerance: 0,
        },
        fraction: 0.5,
        feedback: `\
You counted both March 12 and March 15 as full days. The difference between the two dates is 3 days.`,
      },
    ],
    unit: "days",
  },
  {
    id: "case-timeline-order",
    type: "ordering",
    prompt: "Put these events in the order they happened, earliest first.",
    difficulty: 2,
    objectiveIds: ["sequence-events"],
    sourceIds: [
      "scotusblog-abrego-garcia",
      "clearinghouse-abrego-garcia",
      "new-republic-xinis",
      "noem-v-abrego-garcia",
      "spectrum-june-2025",
      "crenshaw-october-2025",
      "xinis-december-2025",
      "ap-february-2026",
      "jurist-feb-2026",
    ],
    explanation: `\
The order is: the 2019 withholding order; the March 15, 2025 removal; the March 24 lawsuit; Judge \
Xinis's April 4 order; the Supreme Court's April 10 order; his June 6 return to face charges; \
Judge Crenshaw's October 3 vindictiveness finding; his December 11 release from ICE custody; and \
the February 26, 2026 hearing. A common slip is to put the criminal charges before the Supreme \
Court's order. He was charged and returned only after the courts had ordered the government to \
facilitate his release. The ruling that ICE could not re-detain him (February 17, 2026) came nine \
days before the February 26 hearing.`,
    items: [
      {
        id: "no-redetention",
        text: "Judge Xinis rules that ICE may not detain him again.",
      },
      {
        id: "withholding-granted",
        text: "An immigration judge grants him withholding of removal to El Salvador.",
      },
      {
        id: "returned-and-charged",
        text: "He is returned to the United States to face a two-count indictment.",
      },
      {
        id: "flown-to-el-salvador",
        text: "He is flown to El Salvador and held at CECOT.",
      },
      {
        id: "xinis-orders-return",
        text: "Judge Xinis orders the government to “facilitate and effectuate” his return.",
      },
      {
        id: "february-hearing",
        text: "Judge Crenshaw hears testimony on the vindictive-prosecution claim.",
      },
      {
        id: "habeas-release",
        text: "Judge Xinis orders his release from ICE custody on habeas corpus.",
      },
      {
        id: "vindictiveness-finding",
        text: "Judge Crenshaw finds a “realistic likelihood” of vindictive prosecution.",
      },
      {
        id: "lawsuit-filed",
        text: "He and his family sue federal officials in Maryland.",
      },
      {
        id: "supreme-court-order",
        text: "The Supreme Court keeps the duty to “facilitate” his release.",
      },
    ],
    correctOrder: [
      "withholding-granted",
      "flown-to-el-salvador",
      "lawsuit-filed",
      "xinis-orders-return",
      "supreme-court-order",
      "returned-and-charged",
      "vindictiveness-finding",
      "habeas-release",
      "no-redetention",
      "february-hearing",
    ],
    scoring: "kendall-tau",
  },
  {
    id: "administrative-stay-meaning",
    type: "single-choice",
    prompt: `\
On April 7, 2025, Chief Justice John Roberts entered an administrative stay of Judge Xinis's \
order. What did that stay do?`,
    difficulty: 2,
    objectiveIds: ["sequence-events", "reach-of-judgments"],
    sourceIds: ["scotusblog-abrego-garcia", "noem-v-abrego-garcia"],
    explanation: `\
An administrative stay is a short pause that gives the full Court time to consider a request. It \
is not a ruling on who is right. Three days later, on April 10, the full Court left in place the \
requirement that the government facilitate his release, which shows the stay had not decided the \
case for the government.`,
    choices: [
      {
        id: "sent-to-fourth-circuit",
        text: "It sent the case back to the Fourth Circuit for a full appeal.",
        feedback: `\
The Chief Justice paused the order and called for a response; the full Court then ruled on April 10.`,
      },
      {
        id: "ordered-return",
        text: "It ordered his immediate return to the United States within a day.",
        feedback: "The stay paused an order to facilitate his return; it did not order anything new.",
      },
      {
        id: "pause-to-consider",
        text: "It briefly paused the order so the full Court could weigh the request.",
        correct: true,
      },
      {
        id: "decided-for-government",
        text: "It decided the whole case in the government's favor and ended the lawsuit.",
        feedback: "An administrative stay is a short pause, not a decision on the merits.",
      },
    ],
  },
  {
    id: "due-regard-excerpt",
    type: "single-choice",
    prompt: `\
Read the excerpt from the Supreme Court's April 10, 2025 order. The Court kept the requirement \
that the government “facilitate” Abrego Garcia's release, but it told Judge Xinis to clarify the \
word “effectuate” “with due regard for the deference owed to the Executive Branch in the conduct \
of foreign affairs.” What does this phrase most directly tell the district court to do?`,
    difficulty: 3,
    objectiveIds: ["one-word-readings", "reach-of-judgments"],
    sourceIds: ["noem-v-abrego-garcia"],
    excerptSourceId: "noem-v-abrego-garcia",
    explanation: `\
“Deference” means giving weight to another's judgment. The phrase tells the district court to \
shape any further order with respect for the executive branch's lead role in dealing with other \
countries. It does not end the court's role: in the same order the Court kept the duty to \
facilitate his release. It sets no deadline and says nothing about the gang allegation.`,
    choices: [
      {
        id: "accept-allegation",
        text: "Accept the government's allegation that he was an MS-13 member.",
        feedback: "The order recited the allegation and his denial without deciding between them.",
      },
      {
        id: "respect-executive-role",
        text: "Shape any further order with respect for the executive's lead role abroad.",
        correct: true,
      },
      {
        id: "dismiss-case",
        text: "Dismiss the case, because courts have no role once a person is held overseas.",
        feedback: "The Court kept the requirement to facilitate his release, so the case continued.",
      },
      {
        id: "set-deadline",
        text: "Set a firm, short deadline for the government to bring him back.",
        feedback: "The Court did the opposite: it set aside the deadline and asked for clarification.",
      },
    ],
  },
  {
    id: "facilitate-statements-sort",
    type: "categorize",
    prompt: "Sort each statement by who made it or where it appears.",
    difficulty: 2,
    objectiveIds: ["one-word-readings"],
    sourceIds: ["msnow-facilitate", "volokh-facilitate", "govt-application-april-2025", "noem-v-abrego-garcia"],
    explanation: `\
The government read “facilitate” narrowly, as removing domestic obstacles, and argued that courts \
could not direct foreign diplomacy. Judge Xinis rejected that reading, required the government to \
take the steps available to it, and ordered fast discovery. The Supreme Court's order combined a \
duty to facilitate his release with deference to the executive in foreign affairs. A tempting \
mistake is to credit the “deference” language to the government. The government argued for \
deference, but those words come from the Supreme Court's order.`,
    categories: [
      {
        id: "government",
        text: "The government's argument",
      },
      {
        id: "district-court",
        text: "Judge Xinis (district court), April 2025",
      },
      {
        id: "supreme-court",
        text: "The Supreme Court's April 10 order",
      },
    ],
    items: [
      {
        id: "due-regard",
        text: "“Effectuate” must be clarified with due regard for deference to the executive in foreign affairs.",
        categoryId: "supreme-court",
      },
      {
        id: "no-ordered-diplomacy",
        text: "Courts may not order the executive branch to carry out diplomacy with a foreign government.",
        categoryId: "government",
      },
      {
        id: "expedited-discovery",
        text: "Fast discovery is ordered to learn what the government is actually doing.",
        categoryId: "district-court",
      },
      {
        id: "take-available-steps",
        text: "The government must take the steps available to it to help bring about his release and return.",
        categoryId: "district-court",
      },
      {
        id: "domestic-obstacles",
        text: "“Facilitate” means removing domestic obstacles to his return.",
        categoryId: "government",
      },
      {
        id: "facilitate-release",
        text: `\
The government must facilitate his release from custody in El Salvador and the handling of his \
case as it would have been.`,
        categoryId: "supreme-court",
      },
    ],
  },
  {
    id: "participants-match",
    type: "matching",
    prompt: `\
Match each participant with a position or action the sources attribute to them. Two responses are \
not used.`,
    difficulty: 2,
    objectiveIds: ["one-word-readings", "distinguish-claims"],
    sourceIds: [
      "noem-v-abrego-garcia",
      "clearinghouse-abrego-garcia",
      "new-republic-xinis",
      "crenshaw-october-2025",
      "bss-no-mistake-2025",
    ],
    explanation: `\
In court the government conceded that the removal was an administrative error while alleging MS-13 \
membership; the White House later said there was "no mistake." Abrego Garcia denied the allegation \
and argued the removal ignored his 2019 protection. Judge Xinis ordered his return and said she \
had been given no evidence of gang membership. The Supreme Court kept the duty to “facilitate” and \
asked about “effectuate.” Judge Crenshaw found a realistic likelihood of vindictiveness. The two \
unused responses describe things no source reports: no jury convicted him, and no court ruled that \
his removal was lawful under the Alien Enemies Act. The government itself conceded an error in \
court.`,
    premises: [
      {
        id: "government",
        text: "The federal government",
      },
      {
        id: "abrego-garcia",
        text: "Abrego Garcia and his lawyers",
      },
      {
        id: "xinis",
        text: "Judge Paula Xinis, April 2025",
      },
      {
        id: "supreme-court",
        text: "The Supreme Court, April 10, 2025",
      },
      {
        id: "crenshaw",
        text: "Judge Waverly Crenshaw, October 2025",
      },
    ],
    responses: [
      {
        id: "denial-and-due-process",
        text: "Denied MS-13 membership and argued the removal ignored the 2019 protection order",
      },
      {
        id: "jury-conviction",
        text: "Found him guilty of the smuggling charges after a jury trial",
      },
      {
        id: "ordered-return",
        text: `\
Ordered the government to “facilitate and effectuate” his return and said no evidence of gang \
membership had been presented`,
      },
      {
        id: "error-and-allegation",
        text: "Conceded in court that the removal was an “administrative error” while alleging MS-13 membership",
      },
      {
        id: "kept-facilitate",
        text: "Kept the duty to “facilitate” his release and asked for clarification of “effectuate”",
      },
      {
        id: "realistic-likelihood",
        text: "Found a “realistic likelihood” that the prosecution was vindictive",
      },
      {
        id: "aea-upheld",
        text: "Ruled that he had been lawfully removed under the Alien Enemies Act",
      },
    ],
    pairs: {
      government: "error-and-allegation",
      "abrego-garcia": "denial-and-due-process",
      xinis: "ordered-return",
      "supreme-court": "kept-facilitate",
      crenshaw: "realistic-likelihood",
    },
  },
  {
    id: "white-house-error-claim",
    type: "true-false",
    prompt: `\
Claim to check: "The White House consistently described Abrego Garcia's removal as an \
administrative error."`,
    difficulty: 2,
    objectiveIds: ["distinguish-claims"],
    sourceIds: ["noem-v-abrego-garcia", "bss-no-mistake-2025"],
    answer: false,
    explanation: `\
False. In court, an ICE official and Justice Department lawyers conceded an "administrative \
error." White House officials later rejected that description; in June 2025 a spokeswoman said \
"There was no mistake." Attributing each statement to the office that made it, and dating it, \
shows how a government's position can shift.`,
    feedbackTrue: "The concession came in court; the White House later said there was no mistake.",
  },
  {
    id: "federalist-78-enforcement",
    type: "single-choice",
    prompt: `\
Read the excerpt from Federalist No. 78. Hamilton wrote that the judiciary “may truly be said to \
have neither FORCE nor WILL, but merely judgment; and must ultimately depend upon the aid of the \
executive arm even for the efficacy of its judgments.” How does this help explain why the meaning \
of “facilitate” mattered so much in Abrego Garcia's case?`,
    difficulty: 3,
    objectiveIds: ["reach-of-judgments", "one-word-readings"],
    sourceIds: ["federalist-78", "noem-v-abrego-garcia", "msnow-facilitate"],
    excerptSourceId: "federalist-78",
    explanation: `\
Courts decide cases, but they rely on the executive branch to carry out their judgments. Abrego \
Garcia was held in another country's prison, so any order to help him depended on what the \
executive branch was willing and required to do. That made the scope of “facilitate” decisive. \
Hamilton describes the courts' dependence; he does not say the executive may ignore judgments, and \
the courts here did rule.`,
    choices: [
      {
        id: "no-authority",
        text: "It shows the courts had no authority to rule in the case at all, at any stage.",
        feedback: "Hamilton described how courts depend on the executive, not a lack of authority to judge.",
      },
      {
        id: "depends-on-executive",
        text: "Courts could order action, but only the executive could carry out a return from abroad.",
        correct: true,
      },
      {
        id: "may-ignore",
        text: "It means the executive branch may ignore any court judgment it disagrees with.",
        feedback: "Hamilton explained why courts need the executive to act; he did not license disobedience.",
      },
      {
        id: "court-officers",
        text: "It shows the Supreme Court should send its own marshals overseas to enforce its own orders.",
        feedback: "Courts have no such officers abroad; that is exactly why they depend on the executive.",
      },
    ],
  },
  {
    id: "fifth-amendment-person",
    type: "single-choice",
    prompt: `\
Read the excerpt from the Fifth Amendment: “No person shall be ... deprived of life, liberty, or \
property, without due process of law.” Abrego Garcia is not a U.S. citizen. Which word in the \
excerpt is most important to his lawyers' claim that the Due Process Clause protected him?`,
    difficulty: 1,
    objectiveIds: ["reach-of-judgments"],
    sourceIds: ["const-amend-5", "clearinghouse-abrego-garcia"],
    excerptSourceId: "const-amend-5",
    explanation: `\
The clause protects any “person,” not only citizens, so a non-citizen can raise a due process \
claim. His lawsuit argued that removing him without any legal process, against the 2019 order, \
violated this clause. What process was due in a given situation is what courts decide; the word \
“person” is what lets the question be asked.`,
    choices: [
      {
        id: "property",
        text: "property",
        feedback: "His claim was about his liberty and removal, and the key point is who the clause protects.",
      },
      {
        id: "person",
        text: "person",
        correct: true,
      },
      {
        id: "life",
        text: "life",
        feedback: "Life is one of the protected interests, but the question is who is protected.",
      },
      {
        id: "law",
        text: "law",
        feedback: "“Due process of law” names the protection; “person” says who has it.",
      },
    ],
  },
  {
    id: "ms13-claim-levels",
    type: "multiple-choice",
    prompt: `\
Which statements accurately describe the MS-13 claim, based on the sources in this lesson? Select \
all that apply.`,
    difficulty: 2,
    objectiveIds: ["distinguish-claims"],
    sourceIds: ["noem-v-abrego-garcia", "bia-abrego-bond-2019", "new-republic-xinis", "scotusblog-abrego-garcia"],
    explanation: `\
The government alleged MS-13 membership, and Abrego Garcia denied it. In 2019 an immigration judge \
credited an informant's claim when denying him release on bond, and the Board of Immigration \
Appeals affirmed; a bond hearing is not a criminal trial, and he had to show he was not dangerous. \
In April 2025 Judge Xinis said the government had offered no evidence linking him to MS-13. He was \
never convicted, and the Supreme Court's order described the allegation and his denial without \
deciding between them. Allegation, bond finding and conviction are three different things.`,
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "government-alleged",
        text: "The government alleged that he was a member of MS-13.",
        correct: true,
      },
      {
        id: "convicted",
        text: "He was convicted of gang membership before his 2025 removal.",
        feedback: `\
He was never charged with gang membership. The claim was an allegation, credited only in a 2019 \
bond ruling.`,
      },
      {
        id: "bond-ruling",
        text: "An immigration judge credited the claim in 2019 when denying him bond.",
        correct: true,
      },
      {
        id: "xinis-no-evidence",
        text: "In April 2025 Judge Xinis said the government had offered no evidence of it.",
        correct: true,
      },
      {
        id: "supreme-court-found",
        text: "The Supreme Court's April 10 order found that he was an MS-13 member.",
        feedback: "The order set out the government's allegation and his denial. It made no finding on the point.",
      },
      {
        id: "he-denied",
        text: "Abrego Garcia denied being a member of MS-13.",
        correct: true,
      },
    ],
  },
  {
    id: "criminal-charges-cloze",
    type: "cloze",
    prompt: "Complete the passage about the criminal case.",
    difficulty: 2,
    objectiveIds: ["sequence-events", "distinguish-claims"],
    sourceIds: ["spectrum-june-2025", "crenshaw-october-2025"],
    explanation: `\
He was returned on June 6, 2025 to face a two-count indictment in the Middle District of \
Tennessee. The charges grew out of a November 2022 traffic stop in which officers let him go with \
a warning. The timing matters to the vindictiveness claim: the stop was in 2022, but the charges \
were filed in 2025, after he had sued over his removal. Judge Crenshaw also pointed to statements \
by Deputy Attorney General Todd Blanche linking the charges to the lawsuit. The case was brought \
in Tennessee, not in Maryland, where his civil lawsuit was.`,
    text: `\
On June 6, 2025, Abrego Garcia was brought back to face a {{count}}-count indictment in the \
{{court}}. The charges grew out of a traffic stop in {{year}}, when officers let him go with a \
warning. His lawyers argued that the case was a {{claim}} prosecution, brought to punish him for \
his lawsuit.`,
    blanks: [
      {
        id: "count",
        kind: "text",
        answers: [
          {
            text: "two",
          },
          {
            text: "2",
          },
        ],
        matching: {
          caseSensitive: false,
          ignoreDiacritics: false,
          ignorePunctuation: true,
          typoTolerance: 0,
        },
      },
      {
        id: "court",
        kind: "choice",
        choices: [
          {
            id: "district-of-maryland",
            text: "District of Maryland",
          },
          {
            id: "fourth-circuit",
            text: "Fourth Circuit Court of Appeals",
          },
          {
            id: "middle-district-tennessee",
            text: "Middle District of Tennessee",
            correct: true,
          },
        ],
      },
      {
        id: "year",
        kind: "text",
        answers: [
          {
            text: "2022",
          },
          {
            text: "November 2022",
          },
        ],
        matching: {
          caseSensitive: false,
          ignoreDiacritics: false,
          ignorePunctuation: true,
          typoTolerance: 0,
        },
      },
      {
        id: "claim",
        kind: "choice",
        choices: [
          {
            id: "vindictive",
            text: "vindictive",
            correct: true,
          },
          {
            id: "malicious",
            text: "malicious",
          },
          {
            id: "frivolous",
            text: "frivolous",
          },
        ],
      },
    ],
  },
  {
    id: "realistic-likelihood-not-final",
    type: "true-false",
    prompt: `\
True or false: When Judge Crenshaw found a “realistic likelihood of vindictiveness” on October 3, \
2025, he had made a final ruling that the prosecution was vindictive and ended the case.`,
    difficulty: 2,
    objectiveIds: ["distinguish-claims"],
    sourceIds: ["crenshaw-october-2025", "ap-february-2026"],
    answer: false,
    explanation: `\
False. A “realistic likelihood” finding is a preliminary step. It entitled the defense to \
discovery and a hearing. The case went on: the judge cancelled the January 2026 trial and heard \
testimony on February 26, 2026.`,
    feedbackTrue: `\
The October finding was not final. It led to discovery and an evidentiary hearing, held on \
February 26, 2026.`,
  },
  {
    id: "december-release-basis",
    type: "single-choice",
    prompt: `\
On December 11, 2025, Judge Xinis granted habeas corpus and ordered Abrego Garcia released from \
ICE custody. What reason did she give?`,
    difficulty: 2,
    objectiveIds: ["distinguish-claims", "reach-of-judgments"],
    sourceIds: ["xinis-december-2025", "jurist-tro-dec-2025"],
    explanation: `\
Habeas corpus makes the government justify a detention. Judge Xinis found that no final order of \
removal existed to support holding him for deportation. The reported dismissal of the criminal \
charges came later, after the February 26, 2026 hearing, so it cannot have been the reason.`,
    hints: ["Habeas asks one question: what legal basis does the government have to hold this person?"],
    choices: [
      {
        id: "no-final-order",
        text: "No final order of removal existed that could support holding him.",
        correct: true,
      },
      {
        id: "charges-dismissed",
        text: "The criminal charges against him in Tennessee had been dismissed.",
        feedback: "The criminal case was still pending; the release concerned immigration custody.",
      },
      {
        id: "costa-rica",
        text: "Costa Rica had agreed to accept him, so detention was no longer needed.",
        feedback: "Costa Rica's offer figured in the later February 2026 ruling, not in the December reason.",
      },
      {
        id: "supreme-court-ordered",
        text: "The Supreme Court had ordered his release from ICE custody that week.",
        feedback: "The release came from Judge Xinis on his habeas petition.",
      },
    ],
  },
  {
    id: "amendment-claim",
    type: "true-false",
    prompt: `\
Claim to check: "Hours after Judge Xinis ordered Abrego Garcia's release in December 2025, an \
immigration judge added a removal order to his 2019 case."`,
    difficulty: 2,
    objectiveIds: ["sequence-events"],
    sourceIds: ["abc-ij-amendment-2025", "xinis-december-2025"],
    answer: true,
    explanation: `\
True. Judge Xinis ordered his release on December 11, 2025 because no final removal order existed; \
that night an immigration judge amended the 2019 decision to add one, saying it had been left out \
by mistake. Judge Xinis then barred ICE from detaining him again, and on February 17, 2026 she \
ruled that ICE could not re-detain him.`,
    feedbackFalse: "The amendment came the same night as the release order; the re-detention fight followed.",
  },
  {
    id: "re-detention-ruling",
    type: "single-choice",
    prompt: "Why did Judge Xinis rule in February 2026 that ICE could not detain Abrego Garcia again?",
    difficulty: 3,
    objectiveIds: ["reach-of-judgments"],
    sourceIds: ["jurist-feb-2026", "abc-ij-amendment-2025"],
    explanation: `\
Detention after a removal order is tied to a limited period for carrying out the removal. Judge \
Xinis found that the period had run out and that the government's plans to send him to African \
countries were not realistic, while Costa Rica had agreed to take him. The December 2025 amendment \
by an immigration judge added a removal order; it did not give him any status, and his 2019 \
protection still covered El Salvador only.`,
    choices: [
      {
        id: "period-expired",
        text: "The time allowed for removing him had run out, with no realistic plan.",
        correct: true,
      },
      {
        id: "danger-ended",
        text: "El Salvador was found safe, which ended his 2019 protection and his case.",
        feedback: "No source reports such a finding, and the ruling concerned detention, not his protection.",
      },
      {
        id: "asylum-granted",
        text: "The Supreme Court had granted him asylum and with it permanent residence.",
        feedback: "No court granted him asylum; his 2019 protection was withholding of removal to El Salvador.",
      },
      {
        id: "amendment-status",
        text: "The immigration judge's December amendment made him a permanent resident.",
        feedback: "The amendment added a removal order; it gave him no status.",
      },
    ],
  },
  {
    id: "criminal-case-update",
    type: "single-choice",
    prompt: `\
You are writing a one-sentence update on the criminal case from this lesson's sources. Which \
sentence do the sources best support?`,
    difficulty: 3,
    objectiveIds: ["distinguish-claims"],
    sourceIds: ["ap-february-2026", "dismissal-reports"],
    explanation: `\
The hearing on February 26, 2026 is confirmed by the Associated Press. A dismissal appears only in \
secondary reports citing Politico and ABC News, with no date, so it should be attributed and \
marked unconfirmed. The tempting error is to give the dismissal the hearing's date: a hearing and \
a ruling are different events.`,
    choices: [
      {
        id: "hearing-then-unconfirmed",
        text: "A vindictiveness hearing was held in February 2026; a reported dismissal is unconfirmed.",
        correct: true,
      },
      {
        id: "convicted-january",
        text: "He was convicted at his January 2026 trial in the federal court in Nashville.",
        feedback: "The January 2026 trial was cancelled so the judge could hold the vindictiveness hearing.",
      },
      {
        id: "dismissed-on-hearing-date",
        text: "The judge dismissed the indictment as vindictive at the hearing on February 26, 2026.",
        feedback: "February 26 is the date of the hearing. The date of any dismissal ruling could not be confirmed.",
      },
      {
        id: "appeal-decided",
        text: "An appeals court reinstated all of the charges against him in February 2026.",
        feedback: "No source in this lesson reports any appellate ruling on the criminal case.",
      },
    ],
  },
] satisfies Lesson["questions"];
