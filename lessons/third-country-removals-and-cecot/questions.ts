import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "inl-grant-amount",
    type: "numeric",
    prompt: `\
The written U.S.-El Salvador agreement disclosed in court provided a grant from the State \
Department's Bureau of International Narcotics and Law Enforcement Affairs (INL). How large was \
that grant, in millions of U.S. dollars?`,
    difficulty: 2,
    objectiveIds: ["describe-arrangement"],
    sourceIds: ["notus-agreement-2025", "democracy-forward-release-2025", "ap-deportation-plan-2025"],
    unit: "million US$",
    answer: {
      value: 4.76,
      tolerance: 0.1,
    },
    nearMisses: [
      {
        answer: {
          value: 6,
          tolerance: 0.05,
        },
        fraction: 0,
        feedback: `\
$6 million is what the AP reported in March 2025 from internal memos, before the agreement was \
public. The question asks about the agreement disclosed in court.`,
      },
      {
        answer: {
          value: 15,
          tolerance: 0.05,
        },
        fraction: 0,
        feedback: `\
The AP reported that a State Department document suggested $15 million might be set aside to house \
additional alleged gang members. It is not the grant amount.`,
      },
    ],
    hints: [
      `\
The question asks for the amount in the written agreement, not the figure reported before it was \
public.`,
    ],
    explanation: `\
The agreement, dated March 22, 2025 and made public in September 2025 through litigation in which \
Democracy Forward was counsel, showed a $4.76 million INL grant for Salvadoran law-enforcement \
needs, including costs of detaining 'the 238 TdA members.' Some reports round it to $4.8 million, \
so answers from 4.7 to 4.8 count. The $6 million figure is real but measures something else: the \
AP's March 2025 report of a planned payment described in memos.`,
  },
  {
    id: "who-said-it-cecot",
    type: "categorize",
    prompt: "Sort each claim or finding by who made it.",
    difficulty: 2,
    objectiveIds: ["attribute-claims"],
    sourceIds: [
      "proclamation-10903",
      "ap-un-el-salvador-2025",
      "reuters-arrival-2025",
      "bukele-statement-2025",
      "abc-declarations-2025",
      "reuters-un-2025",
      "hrw-cristosal-2025",
      "jgg-summary-judgment",
      "leavitt-confidence-2025",
    ],
    explanation: `\
The invasion claim comes from the U.S. proclamation, and the no-custody argument from the Justice \
Department. The one-year detention and the 'very low fee' line are President Bukele's. Lawyers and \
relatives made the tattoo and no-gang-ties claims in sworn declarations. The UN Human Rights \
Office raised the whereabouts concern, and Human Rights Watch and Cristosal reported the 3 percent \
figure. The due-process and constructive-custody conclusions are a federal judge's ruling. Keeping \
these apart matters: a ruling binds the parties, while the others are claims or findings of their \
authors.`,
    categories: [
      {
        id: "us-government",
        text: "U.S. government",
      },
      {
        id: "salvadoran-government",
        text: "Salvadoran government",
      },
      {
        id: "lawyers-families",
        text: "Detainees' lawyers and relatives",
      },
      {
        id: "rights-groups",
        text: "Human-rights organizations and UN bodies",
      },
      {
        id: "us-court",
        text: "A U.S. federal court",
      },
    ],
    items: [
      {
        id: "low-fee",
        text: "The U.S. is paying a very low fee for them, but a high one for us.",
        categoryId: "salvadoran-government",
      },
      {
        id: "due-process-ruling",
        text: `\
The 137 men were removed with virtually no notice, violating due process, and the U.S. kept \
constructive custody.`,
        categoryId: "us-court",
      },
      {
        id: "sovereign-custody",
        text: "Men held in El Salvador are in neither actual nor constructive U.S. custody.",
        categoryId: "us-government",
      },
      {
        id: "whereabouts",
        text: `\
The fate and whereabouts of at least 245 Venezuelans are unclear, raising concerns of enforced \
disappearance.`,
        categoryId: "rights-groups",
      },
      {
        id: "invasion-claim",
        text: "Tren de Aragua is perpetrating an invasion or predatory incursion against the United States.",
        categoryId: "us-government",
      },
      {
        id: "one-year",
        text: "The men will be held at CECOT for one year, renewable.",
        categoryId: "salvadoran-government",
      },
      {
        id: "agent-confidence",
        text: "Officials had the highest degree of confidence in how ICE agents identified the men.",
        categoryId: "us-government",
      },
      {
        id: "tattoos",
        text: "Many of the men had no gang ties and were singled out because of their tattoos.",
        categoryId: "lawyers-families",
      },
      {
        id: "three-percent",
        text: "Only about 3 percent of the 252 had U.S. convictions for violent or potentially violent crimes.",
        categoryId: "rights-groups",
      },
    ],
  },
  {
    id: "numbers-and-what-they-measure",
    type: "matching",
    prompt: `\
Several numbers describe the 2025 transfers. Match each number to what it measures. One \
description is not used.`,
    difficulty: 3,
    objectiveIds: ["describe-arrangement"],
    sourceIds: [
      "wapo-figures",
      "reuters-arrival-2025",
      "npr-exchange",
      "ap-deportation-plan-2025",
      "notus-agreement-2025",
    ],
    hints: ["One number includes men who arrived at CECOT in April."],
    explanation: `\
261 was everyone flown on March 15–16 (White House figures to the Washington Post). 137 were \
removed under the Alien Enemies Act. 238 was Bukele's count of alleged Tren de Aragua members \
arriving March 16. 252 counts all Venezuelans held at CECOT, including men who arrived on March 30 \
and in April, who were sent to Venezuela in July. $6 million was the AP's March report from memos; \
$4.76 million was the grant in the agreement disclosed in court. The unused description, \
Salvadorans described as MS-13 members, fits the number 23, which is not listed.`,
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
        id: "n238",
        text: "238",
      },
      {
        id: "n252",
        text: "252",
      },
      {
        id: "usd6m",
        text: "$6 million",
      },
      {
        id: "usd476m",
        text: "$4.76 million",
      },
    ],
    responses: [
      {
        id: "memo-estimate",
        text: "The payment reported in March 2025 from internal memos",
      },
      {
        id: "all-flown",
        text: "Everyone flown to El Salvador on March 15–16, 2025, per White House figures",
      },
      {
        id: "grant-amount",
        text: "The INL grant in the agreement disclosed in court",
      },
      {
        id: "aea-removed",
        text: "Venezuelans removed under the Alien Enemies Act",
      },
      {
        id: "salvadorans-ms13",
        text: "Salvadorans flown to El Salvador on March 15–16 and described as MS-13 members",
      },
      {
        id: "sent-to-venezuela",
        text: "All Venezuelans held at CECOT, including later arrivals, afterwards sent to Venezuela",
      },
      {
        id: "bukele-count",
        text: "Alleged Tren de Aragua members arriving March 16, per President Bukele",
      },
    ],
    pairs: {
      n261: "all-flown",
      n137: "aea-removed",
      n238: "bukele-count",
      n252: "sent-to-venezuela",
      usd6m: "memo-estimate",
      usd476m: "grant-amount",
    },
  },
  {
    id: "other-destination-scenario",
    type: "single-choice",
    prompt: `\
Scenario: An immigration judge orders a Honduran man removed to Honduras. Officials instead plan \
to fly him to a different country that has agreed to accept him. What is this called?`,
    difficulty: 1,
    objectiveIds: ["explain-dvd"],
    sourceIds: ["dvd-injunction-2025"],
    explanation: `\
Sending someone to a country other than the one named in the removal order (here, other than \
Honduras) is a third-country removal. Judge Murphy's April 2025 injunction required written notice \
and a chance to raise a torture claim before such removals; the Supreme Court stayed it. \
Extradition is a different process, used to send a person to face criminal charges.`,
    choices: [
      {
        id: "asylum",
        text: "A grant of asylum in another country",
        feedback: "Asylum is protection from removal, the opposite of what happens here.",
      },
      {
        id: "extradition",
        text: "An extradition to another country",
        feedback: `\
Extradition sends someone to face criminal proceedings at a country's request; it is not the term \
for removal to a substitute country.`,
      },
      {
        id: "third-country",
        text: "A third-country removal",
        correct: true,
      },
      {
        id: "voluntary-departure",
        text: "Voluntary departure from the country",
        feedback: "Voluntary departure means the person leaves on their own; here officials choose the destination.",
      },
    ],
  },
  {
    id: "cecot-built-for-transfers",
    type: "true-false",
    prompt: `\
Claim check: "El Salvador built CECOT to hold the people the United States sent there in 2025." \
True or false?`,
    difficulty: 1,
    objectiveIds: ["describe-arrangement"],
    sourceIds: ["reuters-cecot-opening-2023", "ljr-state-of-exception-2022"],
    answer: false,
    explanation: `\
CECOT was inaugurated on January 31, 2023, more than two years before the U.S. transfers and about \
ten months after El Salvador's state of exception began in March 2022. The government says it can \
hold 40,000 inmates.`,
    feedbackTrue: "Check the dates: CECOT opened in January 2023, long before the March 2025 flights.",
  },
  {
    id: "later-arrivals-claim",
    type: "true-false",
    prompt: `\
Claim to check: "Some of the Venezuelans held at CECOT arrived after the March 15–16, 2025 flights."`,
    difficulty: 2,
    objectiveIds: ["describe-arrangement"],
    sourceIds: ["fox-march-30-transfer-2025", "hrw-cristosal-2025"],
    answer: true,
    explanation: `\
True. Seventeen more men were sent on March 30, 2025, and more arrived in April. That is why 252 \
Venezuelans were later sent home from CECOT, while Bukele counted 238 on March 16.`,
    feedbackFalse: "Later transfers on March 30 and in April raised the number of Venezuelans at CECOT to 252.",
  },
  {
    id: "state-of-exception-measures",
    type: "multiple-choice",
    prompt: `\
Which measures were part of El Salvador's state of exception approved in March 2022? Select all \
that apply.`,
    difficulty: 2,
    objectiveIds: ["describe-arrangement"],
    sourceIds: ["ljr-state-of-exception-2022"],
    scoring: "right-minus-wrong",
    explanation: `\
The state of exception suspended freedom of association and parts of the right to a defense, \
extended administrative detention to 15 days, and allowed communications to be intercepted without \
a court order. It did not cancel elections or transfer control of Salvadoran prisons to the United \
States; those are plausible-sounding but unsupported.`,
    choices: [
      {
        id: "elections",
        text: "Cancelling national elections",
        feedback: "No source describes this as part of the state of exception.",
      },
      {
        id: "us-control",
        text: "Placing Salvadoran prisons under U.S. control",
        feedback: "The state of exception was a Salvadoran measure from 2022; it had nothing to do with U.S. control.",
      },
      {
        id: "fifteen-days",
        text: "Extending administrative detention to 15 days",
        correct: true,
      },
      {
        id: "defense",
        text: "Suspending parts of the right to a legal defense",
        correct: true,
      },
      {
        id: "association",
        text: "Suspending freedom of association",
        correct: true,
      },
      {
        id: "intercepts",
        text: "Allowing communications to be intercepted without a court order",
        correct: true,
      },
    ],
  },
  {
    id: "bukele-detention-term",
    type: "single-choice",
    prompt: `\
On March 16, 2025, what did President Bukele say about how long the 238 arrivals would be held at \
CECOT?`,
    difficulty: 1,
    objectiveIds: ["describe-arrangement", "attribute-claims"],
    sourceIds: ["reuters-arrival-2025", "bukele-statement-2025", "npr-exchange"],
    explanation: `\
Bukele said the men would be held "for a period of one year (renewable)." In fact they left CECOT \
on July 18, 2025, about four months later, in the exchange with Venezuela.`,
    choices: [
      {
        id: "life",
        text: "For life, with no release date",
        feedback: "He gave a term: one year, renewable.",
      },
      {
        id: "one-year-renewable",
        text: "For one year, renewable",
        correct: true,
      },
      {
        id: "until-trial",
        text: "Until each man's trial in El Salvador",
        feedback: "Bukele did not describe a trial; he announced a one-year, renewable period.",
      },
      {
        id: "ninety-days",
        text: "For 90 days while the U.S. reviewed each case",
        feedback: "No such review period was announced.",
      },
    ],
  },
  {
    id: "two-word-concern",
    type: "short-text",
    prompt: `\
In May 2025 the UN Human Rights Office said the unknown fate and whereabouts of Venezuelans sent \
to El Salvador raised concerns of what? Give the two-word term.`,
    difficulty: 2,
    objectiveIds: ["attribute-claims"],
    sourceIds: ["reuters-un-2025"],
    explanation: `\
The UN office raised concerns of enforced disappearance: detention by or with the backing of a \
state where the person's fate or whereabouts are not disclosed. 'Incommunicado detention' is \
related but different. It means no contact with family or lawyers, and it was among Human Rights \
Watch and Cristosal's later findings.`,
    answers: [
      {
        text: "enforced disappearance",
      },
      {
        text: "enforced disappearances",
      },
      {
        text: "forced disappearance",
        fraction: 0.75,
        feedback: "Close; the UN term is 'enforced disappearance.'",
      },
      {
        text: "incommunicado detention",
        fraction: 0.25,
        feedback: `\
Related, but that was a finding of the November 2025 report. The UN's May 2025 concern was \
enforced disappearance.`,
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
  },
  {
    id: "report-findings-attribution",
    type: "single-choice",
    prompt: `\
Which sentence reports the November 2025 Human Rights Watch and Cristosal findings accurately and \
fairly?`,
    difficulty: 2,
    objectiveIds: ["attribute-claims"],
    sourceIds: ["hrw-cristosal-2025", "cnn-hrw-responses-2025"],
    explanation: `\
The accurate sentence names who made the findings, what they were based on, and the figures the \
report gave. The other choices either turn the organizations' findings into a court ruling, change \
the numbers, or drop the attribution. Both governments disputed the report: DHS described the men \
as gang members, and El Salvador said its prisons respect detainees' rights.`,
    choices: [
      {
        id: "court-finding",
        text: `\
A U.S. court found in November 2025, after a full trial with witnesses, that the men were tortured \
at CECOT.`,
        feedback: "The November 2025 findings came from two organizations, not a court.",
      },
      {
        id: "unattributed",
        text: "The men were tortured at CECOT, as everyone, including both governments, now agrees.",
        feedback: `\
This drops the attribution and claims agreement that no source shows; DHS and El Salvador rejected \
the claims.`,
      },
      {
        id: "attributed",
        text: `\
Two rights groups, citing interviews, reported beatings and months without contact, and called it \
torture.`,
        correct: true,
      },
      {
        id: "all-convicted",
        text: "The report found that most of the 252 men had U.S. convictions for violent crimes before removal.",
        feedback: `\
The report said only about 3 percent had such convictions, and about half had no U.S. criminal \
record.`,
      },
    ],
  },
  {
    id: "report-responses",
    type: "single-choice",
    prompt: `\
Which response to the November 2025 Human Rights Watch and Cristosal report is attributed correctly?`,
    difficulty: 2,
    objectiveIds: ["attribute-claims"],
    sourceIds: ["cnn-hrw-responses-2025", "hrw-cristosal-2025"],
    explanation: `\
El Salvador's government has said its prisons respect detainees' rights, and DHS described the men \
it removed as gang members. No court has ruled on the report's claims, and DHS did not accept its \
findings. Attributing each reaction to its author keeps claims and findings apart.`,
    choices: [
      {
        id: "un-closes",
        text: "The UN Human Rights Office closed its inquiry, saying the report settled it.",
        feedback: "No source reports this.",
      },
      {
        id: "court-confirms",
        text: "A U.S. court confirmed the report in a ruling issued the same week.",
        feedback: "No court ruled on the report; its findings are the organizations' own.",
      },
      {
        id: "el-salvador-rights",
        text: "El Salvador's government said its prisons respect the rights of detainees.",
        correct: true,
      },
      {
        id: "dhs-agrees",
        text: "DHS agreed that most of the men sent to CECOT had no ties to any gang.",
        feedback: "DHS described the men as Tren de Aragua and MS-13 members.",
      },
    ],
  },
  {
    id: "cecot-timeline",
    type: "ordering",
    prompt: "Put these events in chronological order.",
    difficulty: 2,
    objectiveIds: ["describe-arrangement", "explain-dvd"],
    sourceIds: [
      "ljr-state-of-exception-2022",
      "reuters-cecot-opening-2023",
      "wapo-figures",
      "dhs-v-dvd",
      "npr-exchange",
      "hrw-cristosal-2025",
      "jgg-summary-judgment",
    ],
    scoring: "kendall-tau",
    explanation: `\
The state of exception (March 2022) came before CECOT opened (January 2023). The flights followed \
in March 2025, and the Supreme Court's stay in D.V.D. came in June 2025. The men were sent to \
Venezuela on July 18, 2025, before the November 2025 report and the December 2025 ruling. That \
last point explains why the report could include interviews with released men, and why the judge's \
order to facilitate return or hearings came after most of the men were already in Venezuela.`,
    items: [
      {
        id: "dvd-stay",
        text: "The Supreme Court stays the D.V.D. notice injunction",
      },
      {
        id: "cecot-opens",
        text: "CECOT is inaugurated in Tecoluca",
      },
      {
        id: "ruling",
        text: "Judge Boasberg rules that the U.S. kept constructive custody",
      },
      {
        id: "exception",
        text: "El Salvador approves its state of exception",
      },
      {
        id: "flights",
        text: "U.S. flights carry 261 people to El Salvador",
      },
      {
        id: "exchange",
        text: "252 Venezuelans are flown from CECOT to Caracas",
      },
      {
        id: "report",
        text: "Human Rights Watch and Cristosal publish their report",
      },
    ],
    correctOrder: ["exception", "cecot-opens", "flights", "dvd-stay", "exchange", "report", "ruling"],
  },
  {
    id: "kagan-concurrence-excerpt",
    type: "single-choice",
    prompt: `\
Read Justice Kagan's July 3, 2025 concurrence in *DHS v. D.V.D.*: "I do not see how a district \
court can compel compliance with an order that this Court has stayed." Kagan had dissented from \
the June 23 stay. What is the best reading of her July 3 position?`,
    difficulty: 3,
    objectiveIds: ["explain-dvd"],
    sourceIds: ["dhs-v-dvd-clarification-2025", "dhs-v-dvd"],
    excerptSourceId: "dhs-v-dvd-clarification-2025",
    hints: [
      `\
Her sentence is about which court's order controls, not about whether third-country removals are \
lawful.`,
    ],
    explanation: `\
Kagan's point concerns the courts' own hierarchy: once the Supreme Court has stayed an injunction, \
a lower court cannot enforce a remedial order that depends on it. That is why she could dissent in \
June and concur in July. The tempting wrong answer says she changed her mind about the merits, but \
neither order decided the merits.`,
    choices: [
      {
        id: "merits-change",
        text: "She now agreed that third-country removals without any notice are lawful after the stay.",
        feedback: "Her sentence is about enforcing stayed orders; the Court did not decide the merits.",
      },
      {
        id: "no-jurisdiction",
        text: "District courts never have jurisdiction over immigration cases, stayed or not.",
        feedback: "She said nothing of the kind; the issue was the effect of the Supreme Court's stay.",
      },
      {
        id: "hierarchy",
        text: "Though she opposed the stay, a lower court cannot enforce an order the Supreme Court paused.",
        correct: true,
      },
      {
        id: "keep-enforcing",
        text: `\
The district court should keep enforcing its remedial order despite the stay until the appeal ends.`,
        feedback: "That is the opposite of what she wrote.",
      },
    ],
  },
  {
    id: "dvd-merits-claim",
    type: "true-false",
    prompt: `\
Claim check: "In *DHS v. D.V.D.* (2025), the Supreme Court ruled on the merits that the government \
may carry out third-country removals without notice." True or false?`,
    difficulty: 2,
    objectiveIds: ["explain-dvd"],
    sourceIds: ["dhs-v-dvd", "dhs-v-dvd-clarification-2025", "dvd-merits-2026", "dvd-first-circuit-stay-2026"],
    answer: false,
    explanation: `\
False. The June 23 and July 3, 2025 orders stayed Judge Murphy's injunction and clarified the \
stay's reach while the appeal continued; stays are not merits decisions. The merits were decided \
by the district court on February 25, 2026, which held the policy unlawful and required meaningful \
notice. In March 2026 the First Circuit stayed that ruling during an expedited appeal, which was \
pending as of the newest reports found.`,
    feedbackTrue: "The orders were stays, which pause an injunction; they did not decide who wins on the merits.",
  },
  {
    id: "farra-excerpt-cloze",
    type: "cloze",
    prompt: `\
Read the excerpt from section 2242 of the Foreign Affairs Reform and Restructuring Act of 1998 in \
the sources, then complete the sentence.`,
    difficulty: 2,
    objectiveIds: ["explain-dvd"],
    sourceIds: ["farra-2242", "cat", "dvd-injunction-2025"],
    excerptSourceId: "farra-2242",
    explanation: `\
Section 2242 carries out the Convention Against Torture. It makes it U.S. policy not to return \
anyone to a country where they would likely be tortured, "regardless of whether the person is \
physically present in the United States." That phrase is why the rule can matter for someone \
already outside the country, such as a person held abroad before being sent on. Judge Murphy's \
injunction built on the same treaty by requiring a chance to raise a CAT claim before a \
third-country removal.`,
    text: `\
The 1998 law carries out the {{treaty}}. It makes it U.S. policy not to send anyone to likely \
torture, regardless of whether the person is {{presence}} in the United States.`,
    blanks: [
      {
        id: "treaty",
        kind: "choice",
        choices: [
          {
            id: "cat",
            text: "Convention Against Torture",
            correct: true,
          },
          {
            id: "stca",
            text: "Safe Third Country Agreement",
          },
          {
            id: "geneva",
            text: "Geneva Conventions",
          },
        ],
      },
      {
        id: "presence",
        kind: "choice",
        choices: [
          {
            id: "a-citizen",
            text: "a citizen",
          },
          {
            id: "physically-present",
            text: "physically present",
            correct: true,
          },
          {
            id: "lawfully-admitted",
            text: "lawfully admitted",
          },
        ],
      },
    ],
  },
  {
    id: "stca-first-country",
    type: "true-false",
    prompt: `\
True or false: Under the U.S.-Canada Safe Third Country Agreement, asylum seekers at the land \
border generally must ask for protection in whichever of the two countries they reach first.`,
    difficulty: 1,
    objectiveIds: ["compare-agreements"],
    sourceIds: ["stca-2002", "immpolicy-guatemala-aca-2019"],
    answer: true,
    explanation: `\
That is the core rule of the agreement, signed December 5, 2002 and in force since December 29, \
2004, with exceptions such as close family ties. UNHCR has a monitoring role. Note what it does \
not do: it does not send anyone to prison. It decides which country hears the asylum claim.`,
    feedbackFalse: `\
The first-country rule is the heart of the agreement, subject to exceptions such as close family \
ties.`,
  },
  {
    id: "compare-agreements-cecot",
    type: "single-choice",
    prompt: `\
Which statement best describes how the 2025 CECOT arrangement differed from the 2019 Asylum \
Cooperative Agreements and the U.S.-Canada Safe Third Country Agreement?`,
    difficulty: 2,
    objectiveIds: ["compare-agreements"],
    sourceIds: ["notus-agreement-2025", "immpolicy-guatemala-aca-2019", "stca-2002", "state-dept-aca-2021"],
    explanation: `\
The ACAs and the Safe Third Country Agreement concerned where a person could seek protection. The \
2025 grant funded Salvadoran law-enforcement needs, including detaining the men in a prison. The \
tempting wrong answer, that the earlier agreements were never used, is too broad: the State \
Department said only the El Salvador and Honduras ACAs were never put into effect, and the Canada \
agreement has been in force since December 2004.`,
    choices: [
      {
        id: "all-canada",
        text: "All of them were agreements with Canada about people crossing the northern border.",
        feedback: "The ACAs were with Guatemala, El Salvador and Honduras.",
      },
      {
        id: "detention-vs-protection",
        text: "The earlier ones concerned where to seek protection; the 2025 grant paid for prison detention.",
        correct: true,
      },
      {
        id: "never-used",
        text: "None of the earlier agreements was ever put to use, while the 2025 arrangement was used at once.",
        feedback: "The State Department said only the El Salvador and Honduras ACAs were never implemented.",
      },
      {
        id: "same-purpose",
        text: "They all had the same purpose; only the partner countries and the dates differed.",
        feedback: "The purposes differed: seeking protection versus detention.",
      },
    ],
  },
  {
    id: "exchange-facts",
    type: "multiple-choice",
    prompt: `\
Which statements about the July 18, 2025 exchange are supported by the sources? Select all that \
apply.`,
    difficulty: 2,
    objectiveIds: ["describe-arrangement"],
    sourceIds: ["npr-exchange", "reuters-prisoners-2025"],
    scoring: "right-minus-wrong",
    explanation: `\
El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights, and Venezuela freed 10 U.S. \
citizens and lawful permanent residents, including Wilbert Joseph Castañeda and Lucas Hunter. It \
also agreed to free political prisoners: U.S. officials said about 80 would be released, and by \
July 21 the rights group Foro Penal had counted 48. The men were sent to Venezuela, not to the \
United States, and the exchange did not end the U.S. litigation.`,
    choices: [
      {
        id: "political-prisoners",
        text: "Venezuela also agreed to free a number of Venezuelan political prisoners.",
        correct: true,
      },
      {
        id: "ten-freed",
        text: "Venezuela freed 10 U.S. citizens and lawful permanent residents.",
        correct: true,
      },
      {
        id: "ended-litigation",
        text: "The exchange ended the U.S. court case about how they were removed.",
        feedback: "Judge Boasberg ruled on their case in December 2025, after the exchange.",
      },
      {
        id: "two-flights",
        text: "El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights.",
        correct: true,
      },
      {
        id: "sent-to-us",
        text: "The Venezuelan men were flown back to the United States for hearings.",
        feedback: "They were sent to Venezuela.",
      },
    ],
  },
  {
    id: "proclamation-excerpt",
    type: "single-choice",
    prompt: `\
Proclamation 10903 says Tren de Aragua "is perpetrating, attempting, and threatening an invasion \
or predatory incursion." Why does the proclamation use this wording?`,
    difficulty: 3,
    objectiveIds: ["attribute-claims"],
    sourceIds: ["proclamation-10903", "aea-statute"],
    excerptSourceId: "proclamation-10903",
    explanation: `\
The Alien Enemies Act applies only during a declared war or an invasion or predatory incursion by \
a foreign nation or government, so the proclamation's wording tracks the statute's trigger. That \
is the President's claim; whether a gang's activity can meet the test is a contested legal \
question. The choices saying Congress declared war, or that a court had already agreed, state \
things no source supports.`,
    choices: [
      {
        id: "tracks-trigger",
        text: "It echoes the statute's trigger, which requires a declared war or an invasion or incursion.",
        correct: true,
      },
      {
        id: "treaty-term",
        text: "It uses a term defined in the Convention Against Torture for armed groups.",
        feedback: "The phrase comes from the Alien Enemies Act, not the torture treaty.",
      },
      {
        id: "declared-war",
        text: "It records that Congress had declared war on Venezuela earlier that March.",
        feedback: "No declaration of war was made; the proclamation relied on the invasion language instead.",
      },
      {
        id: "court-finding",
        text: "It quotes a federal court's finding that the gang had invaded the United States.",
        feedback: "This is the President's own assertion in the proclamation, not a court finding.",
      },
    ],
  },
] satisfies Lesson["questions"];
