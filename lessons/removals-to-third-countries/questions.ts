import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "last-step",
    type: "single-choice",
    prompt: `\
Under 8 U.S.C. § 1231(b)(2), when may the government remove a person to "another country whose \
government will accept" him?`,
    difficulty: 2,
    objectiveIds: ["destination-rules"],
    sourceIds: ["jama-v-ice"],
    explanation: `\
The statute works in steps: a country the person chooses, then his country of citizenship, then a \
country with a looser tie such as his birthplace. Only if those are "impracticable, inadvisable or \
impossible" may the government pick another country that will accept him. The tempting wrong \
answer treats this as a free choice; the statute makes it a last step.`,
    choices: [
      {
        id: "senate-treaty",
        text: "Only after the Senate approves a treaty with the receiving country",
        feedback: "The statute does not require a treaty; it requires a country that will accept the person.",
      },
      {
        id: "after-earlier-steps",
        text: "Only after the earlier choices prove impracticable, inadvisable or impossible",
        correct: true,
      },
      {
        id: "on-request",
        text: "Only when the person himself asks in writing to be sent to that country",
        feedback: "The person's own choice is the first step, not the last.",
      },
      {
        id: "whenever-cheaper",
        text: "Whenever flying the person to his own country would cost more than other options",
        feedback: "Cost alone is not the test; the statute sets an order of choices.",
      },
    ],
  },
  {
    id: "consent-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In Jama v. ICE (2005), the Supreme Court held that the earlier steps of the \
destination statute do not require the destination country to agree in advance."`,
    difficulty: 2,
    objectiveIds: ["destination-rules"],
    sourceIds: ["jama-v-ice"],
    answer: true,
    explanation: `\
True. Jama, a Somali man, argued he could not be sent to Somalia without its government's consent. \
The Court held that advance acceptance is required only at the last step, when the government \
picks another country after the others fail.`,
    feedbackFalse: "The Court read the acceptance requirement as belonging only to the statute's last step.",
  },
  {
    id: "protection-scope-claim",
    type: "true-false",
    prompt: `\
Claim to check: "A grant of withholding of removal to El Salvador bars the government from \
removing the person to any country."`,
    difficulty: 2,
    objectiveIds: ["protection-limits"],
    sourceIds: ["ina-withholding"],
    answer: false,
    explanation: `\
False. Withholding is tied to the country where the danger lies. It bars removal to El Salvador, \
but removal to a third country is possible if no rule forbids that country. That is why \
third-country removals raise the question of notice: the person needs a chance to show danger in \
the new country too.`,
    feedbackTrue: "Withholding protects against one country; a third country must be judged on its own.",
  },
  {
    id: "sent-on-scenario",
    type: "single-choice",
    prompt: `\
Scenario: A man has U.S. protection from removal to Nigeria. He is flown to Ghana, which sends him \
to Nigeria a few days later. Which principle is most directly at stake?`,
    difficulty: 3,
    objectiveIds: ["protection-limits"],
    sourceIds: ["ghana-onward-removal-2025", "farra-2242", "cat"],
    explanation: `\
Non-refoulement bars sending a person into danger, directly or through another country. If the \
third country simply sends him on, the protection he won against Nigeria is defeated. Lawyers for \
men sent to Ghana in 2025 made this argument. The other options name real ideas that do not fit \
these facts.`,
    choices: [
      {
        id: "non-refoulement",
        text: "Non-refoulement, because he ends up in the danger he was protected from",
        correct: true,
      },
      {
        id: "sovereign-immunity",
        text: "Sovereign immunity, because Ghana is a foreign state that can't be sued",
        feedback: "Immunity from suit does not answer whether the removal was lawful.",
      },
      {
        id: "citizenship-rule",
        text: "Birthright citizenship, because he was born in Nigeria and holds its passport",
        feedback: "Where he was born does not settle whether he may be sent back into danger.",
      },
      {
        id: "double-jeopardy",
        text: "Double jeopardy, because he was removed from two countries in a row",
        feedback: "Double jeopardy concerns being tried twice for one crime.",
      },
    ],
  },
  {
    id: "farra-reading",
    type: "cloze",
    prompt: "Read the excerpt from FARRA § 2242 in the sources, then complete the sentence.",
    difficulty: 2,
    objectiveIds: ["protection-limits"],
    sourceIds: ["farra-2242"],
    excerptSourceId: "farra-2242",
    explanation: `\
The policy applies "regardless of whether the person is **physically present** in the United \
States." It therefore reaches people sent through or to other countries, which is why it matters \
for third-country removals.`,
    text: `\
It shall be the policy of the United States not to expel, extradite, or otherwise effect the \
involuntary return of any person to a country in which there are substantial grounds for believing \
the person would be in danger of being subjected to torture, regardless of whether the person is \
{{presence}} in the United States.`,
    blanks: [
      {
        id: "presence",
        kind: "choice",
        choices: [
          {
            id: "held-in-custody",
            text: "held in custody",
          },
          {
            id: "lawfully-admitted",
            text: "lawfully admitted",
          },
          {
            id: "physically-present",
            text: "physically present",
            correct: true,
          },
        ],
      },
    ],
  },
  {
    id: "dvd-steps-order",
    type: "ordering",
    prompt: "Put these steps in the D.V.D. case in the order they happened, earliest first.",
    difficulty: 2,
    objectiveIds: ["litigation-steps"],
    sourceIds: [
      "dvd-injunction-2025",
      "dhs-v-dvd",
      "dhs-v-dvd-clarification-2025",
      "dvd-merits-2026",
      "dvd-first-circuit-stay-2026",
    ],
    explanation: `\
The district court first required notice (April 2025). The Supreme Court stayed that order (June \
2025) and said the stay covered the South Sudan remedy (July 2025). The district court then ruled \
on the merits (February 2026), and the First Circuit put that ruling on hold during the appeal \
(March 2026). Emergency orders came first; the final ruling came almost a year later.`,
    items: [
      {
        id: "final-ruling",
        text: "The district judge rules the DHS policy unlawful",
      },
      {
        id: "appeal-stay",
        text: "The First Circuit puts the final ruling on hold",
      },
      {
        id: "clarification",
        text: "The Supreme Court says its pause also covers the South Sudan remedy",
      },
      {
        id: "injunction",
        text: "A district judge requires notice before third-country removals",
      },
      {
        id: "supreme-stay",
        text: "The Supreme Court pauses that order while the appeal goes on",
      },
    ],
    correctOrder: ["injunction", "supreme-stay", "clarification", "final-ruling", "appeal-stay"],
    scoring: "kendall-tau",
  },
  {
    id: "february-holding",
    type: "single-choice",
    prompt: "What did Judge Murphy's February 25, 2026 ruling require before a removal to a third country?",
    difficulty: 2,
    objectiveIds: ["litigation-steps"],
    sourceIds: ["dvd-merits-2026"],
    explanation: `\
He held that people must get meaningful notice of the destination and a chance to object, because \
no one can raise a torture claim about a country he has not been told about. He did not order all \
removals stopped or all removed people returned, and in March 2026 the First Circuit put the \
ruling on hold during the appeal.`,
    choices: [
      {
        id: "end-all-removals",
        text: "An end to every removal to any country until Congress acted",
        feedback: "The ruling concerned third-country removals without notice, not all removals.",
      },
      {
        id: "notice-and-objection",
        text: "Meaningful notice of the destination and a chance to object",
        correct: true,
      },
      {
        id: "senate-approval",
        text: "Senate approval of each agreement with a receiving country first",
        feedback: "The ruling did not address Senate approval of agreements.",
      },
      {
        id: "return-everyone",
        text: "The return of everyone already sent to a third country since 2025",
        feedback: "The ruling set aside a policy and required notice; it did not order returns.",
      },
    ],
  },
  {
    id: "status-claim",
    type: "true-false",
    prompt: `\
Claim to check: "As of the newest reports found (March 2026), the February 2026 ruling was on hold \
while the First Circuit heard the government's appeal."`,
    difficulty: 2,
    objectiveIds: ["litigation-steps"],
    sourceIds: ["dvd-first-circuit-stay-2026", "dvd-stay-motion-2026"],
    answer: true,
    explanation: `\
True. After the government asked for a stay, the First Circuit voted 2–1 in March 2026 to put the \
ruling on hold and to hear the appeal on a fast schedule. No later decision was found, so the \
matter may have changed since.`,
    feedbackFalse: `\
The First Circuit stayed the ruling in March 2026; the appeal was pending in the newest reports \
found.`,
  },
  {
    id: "merits-2025-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In 2025 the Supreme Court decided on the merits that third-country removals \
without notice are lawful."`,
    difficulty: 2,
    objectiveIds: ["litigation-steps"],
    sourceIds: ["dhs-v-dvd", "dhs-v-dvd-clarification-2025"],
    answer: false,
    explanation: `\
False. The June and July 2025 orders were stays: they paused the district court's order while the \
appeal went on. A stay does not decide who is right. The merits were first decided by the district \
court in February 2026.`,
    feedbackTrue: "The Supreme Court issued stays, which pause an order without deciding the merits.",
  },
  {
    id: "kagan-reading",
    type: "single-choice",
    prompt: `\
Justice Kagan dissented from the June 23, 2025 stay but wrote on July 3: "I do not see how a \
district court can compel compliance with an order that this Court has stayed." What is the best \
reading?`,
    difficulty: 3,
    objectiveIds: ["litigation-steps"],
    sourceIds: ["dhs-v-dvd-clarification-2025"],
    excerptSourceId: "dhs-v-dvd-clarification-2025",
    explanation: `\
Her point is about the order of courts: once the Supreme Court pauses an order, a lower court \
cannot enforce it, even if a Justice disagreed with the pause. It says nothing new about whether \
the policy is lawful.`,
    choices: [
      {
        id: "changed-mind",
        text: "She had come to agree that removals without any notice are lawful.",
        feedback: "Her sentence is about enforcing a paused order, not the merits.",
      },
      {
        id: "court-order",
        text: "Though she opposed the pause, lower courts must respect it while it lasts.",
        correct: true,
      },
      {
        id: "keep-enforcing",
        text: "The district court should keep enforcing its remedy until the appeal ends.",
        feedback: "That is the opposite of what she wrote.",
      },
      {
        id: "no-power",
        text: "District courts never have power over immigration cases of any kind.",
        feedback: "She said nothing of the kind.",
      },
    ],
  },
  {
    id: "country-match",
    type: "matching",
    prompt: `\
Match each country with what the sources report about removals there in 2025–2026. One description \
is not used.`,
    difficulty: 2,
    objectiveIds: ["partner-deals"],
    sourceIds: [
      "south-sudan-statement-2025",
      "eswatini-arrival-2025",
      "eswatini-iom-2025",
      "ghana-onward-removal-2025",
      "ghana-eleven-sent-home-2025",
      "rwanda-agreement-2025",
      "uganda-agreement-2025",
    ],
    explanation: `\
South Sudan called its acceptance of eight men a gesture of goodwill; Eswatini held five men in \
prison and said it would help send them home; Ghana said all 14 West Africans had left for their \
home countries (the men's lawyers said 11 were still in Ghana then, and they were sent on days \
later); Rwanda agreed to take up to 250 people and kept the right to approve each; Uganda \
said it would not take people with criminal records or unaccompanied minors. No source reports any \
of these countries sending people straight back to the United States.`,
    premises: [
      {
        id: "south-sudan",
        text: "South Sudan",
      },
      {
        id: "eswatini",
        text: "Eswatini",
      },
      {
        id: "ghana",
        text: "Ghana",
      },
      {
        id: "rwanda",
        text: "Rwanda",
      },
      {
        id: "uganda",
        text: "Uganda",
      },
    ],
    responses: [
      {
        id: "called-acceptance",
        text: "Called its acceptance of eight men a gesture of goodwill",
      },
      {
        id: "held-five-men",
        text: "Held five men in prison and said it would help send them home",
      },
      {
        id: "said-14-west",
        text: "Said all 14 West Africans it received had left for their home countries",
      },
      {
        id: "said-take-people",
        text: "Said it would not take people with criminal records or unaccompanied minors",
      },
      {
        id: "sent-everyone",
        text: "Sent everyone it received straight back to the United States",
      },
      {
        id: "agreed-take-250",
        text: "Agreed to take up to 250 people while approving each one",
      },
    ],
    pairs: {
      "south-sudan": "called-acceptance",
      eswatini: "held-five-men",
      ghana: "said-14-west",
      rwanda: "agreed-take-250",
      uganda: "said-take-people",
    },
  },
  {
    id: "government-arguments",
    type: "multiple-choice",
    prompt: `\
Which of these arguments were made by the administration or its lawyers in defense of \
third-country removals? Select all that apply.`,
    difficulty: 3,
    objectiveIds: ["partner-deals"],
    sourceIds: [
      "eswatini-arrival-2025",
      "dvd-stay-motion-2026",
      "sfrc-report-2026",
      "un-experts-july-2025",
      "ghana-lawsuit-2025",
    ],
    scoring: "every-decision-counts",
    explanation: `\
Officials said some home countries refused to take people back, that assurances from receiving \
governments protect against torture, and that the 2026 ruling would disrupt removals and \
negotiations. The argument that onward removal defeats protection orders came from lawyers for the \
men sent to Ghana, and the call for individual risk assessments came from UN experts.`,
    choices: [
      {
        id: "home-refused",
        text: "Some home countries refused to take their own citizens back.",
        correct: true,
      },
      {
        id: "assurances-work",
        text: "Assurances from receiving countries guard against torture.",
        correct: true,
      },
      {
        id: "talks-disrupted",
        text: "The 2026 ruling would disrupt removals and talks abroad.",
        correct: true,
      },
      {
        id: "onward-defeats",
        text: "Onward removal from Ghana defeated U.S. protection orders.",
        feedback: "This was the argument of lawyers for the men sent to Ghana.",
      },
      {
        id: "individual-review",
        text: "Each risk must be judged person by person by a neutral body.",
        feedback: "UN human-rights experts made this point.",
      },
    ],
  },
  {
    id: "receiving-terms",
    type: "multiple-choice",
    prompt: `\
Which statements about Rwanda's and Uganda's 2025 arrangements are supported by the sources? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["partner-deals"],
    sourceIds: ["rwanda-agreement-2025", "rwanda-arrivals-2025", "uganda-agreement-2025"],
    scoring: "every-decision-counts",
    explanation: `\
Rwanda said it could approve each person proposed, and Uganda said it would not accept people with \
criminal records or unaccompanied minors. Neither agreed to take unlimited numbers, and no source \
describes a U.S.-run prison in either country.`,
    choices: [
      {
        id: "rwanda-approves",
        text: "Rwanda said it could approve each person the U.S. proposed.",
        correct: true,
      },
      {
        id: "unlimited",
        text: "Rwanda agreed to accept any number of people the U.S. chose.",
        feedback: "Rwanda spoke of up to 250 people, each approved by Rwanda.",
      },
      {
        id: "us-prison",
        text: "Uganda agreed to hold people in a prison run by the United States.",
        feedback: "No source describes such an arrangement.",
      },
      {
        id: "uganda-limits",
        text: "Uganda said it would not take people with criminal records.",
        correct: true,
      },
    ],
  },
  {
    id: "committee-figure",
    type: "numeric",
    prompt: `\
According to the February 2026 report by Senate Foreign Relations Committee Democrats, at least \
how many millions of U.S. dollars were spent to send roughly 300 people to third countries?`,
    difficulty: 2,
    objectiveIds: ["partner-deals"],
    sourceIds: ["sfrc-report-2026"],
    explanation: `\
The report put the cost at **at least $40 million** for roughly 300 people, including lump sums of \
$4.7 million to $7.5 million to five governments. It is a report by one party's committee staff, \
so it should be attributed; the State Department defended the policy.`,
    answer: {
      value: 40,
      tolerance: 0,
    },
    unit: "million US$",
    nearMisses: [
      {
        answer: {
          value: 7.5,
          tolerance: 0.05,
        },
        fraction: 0,
        feedback: "$7.5 million was the largest lump sum to a single country, not the total.",
      },
      {
        answer: {
          value: 4.76,
          tolerance: 0.05,
        },
        fraction: 0,
        feedback: "$4.76 million was the 2025 grant to El Salvador, one payment among several.",
      },
    ],
  },
  {
    id: "older-agreements",
    type: "single-choice",
    prompt: `\
How did the 2019 Asylum Cooperative Agreements differ in purpose from the 2025–2026 payments to \
receiving countries?`,
    difficulty: 3,
    objectiveIds: ["partner-deals"],
    sourceIds: ["aca-rule-2019", "sfrc-report-2026", "state-dept-aca-2021"],
    explanation: `\
The 2019 agreements decided which country would hear an asylum seeker's claim; the rule carrying \
them out described sharing the handling of asylum claims. The 2025–2026 payments, as the committee \
report describes them, went to governments that accepted people removed from the United States. \
The agreements were suspended in 2021, so they were not the basis of the 2025 flights.`,
    choices: [
      {
        id: "claims-vs-removals",
        text: `\
The 2019 ones set where asylum claims were heard; the later payments bought acceptance of removals.`,
        correct: true,
      },
      {
        id: "canada-only",
        text: "The 2019 ones applied only at the Canadian border; the later ones only in Africa.",
        feedback: "The 2019 agreements were with Guatemala, El Salvador and Honduras.",
      },
      {
        id: "treaties",
        text: "The 2019 ones were Senate-ratified asylum treaties; the later payments were court orders.",
        feedback: "Neither was a Senate-ratified treaty or a court order.",
      },
      {
        id: "same-thing",
        text: "They were one asylum program under two names, renewed with new payments every year.",
        feedback: "The agreements were suspended in 2021; the later deals were separate arrangements.",
      },
    ],
  },
  {
    id: "pause-word",
    type: "short-text",
    prompt: `\
What one-word name is given to a court order that pauses another court's order while an appeal \
goes on?`,
    difficulty: 1,
    objectiveIds: ["litigation-steps"],
    sourceIds: ["dhs-v-dvd", "dvd-first-circuit-stay-2026"],
    explanation: `\
A **stay** pauses an order without deciding who is right. The Supreme Court stayed Judge Murphy's \
2025 order, and the First Circuit stayed his 2026 ruling.`,
    answers: [
      {
        text: "stay",
      },
      {
        text: "a stay",
      },
      {
        text: "stay pending appeal",
      },
    ],
    matching: {
      typoTolerance: 0.2,
    },
  },
  {
    id: "who-said-it",
    type: "categorize",
    prompt: "Sort each statement by who made it.",
    difficulty: 2,
    objectiveIds: ["partner-deals", "litigation-steps"],
    sourceIds: [
      "dvd-merits-2026",
      "eswatini-arrival-2025",
      "sfrc-report-2026",
      "un-experts-july-2025",
      "south-sudan-statement-2025",
      "ghana-lawsuit-2025",
    ],
    explanation: `\
The court ruled on notice; U.S. officials made the "uniquely barbaric" and gang-member statements; \
receiving governments described their own roles; UN experts, committee Democrats and the men's \
lawyers are outside critics. Keeping these apart shows which statements bind anyone and which are \
arguments.`,
    categories: [
      {
        id: "court",
        text: "A U.S. court",
      },
      {
        id: "officials",
        text: "U.S. officials",
      },
      {
        id: "receiving-government",
        text: "A receiving government",
      },
      {
        id: "critics-monitors",
        text: "Critics and monitors",
      },
    ],
    items: [
      {
        id: "people-get-meaningful",
        text: "People must get meaningful notice before a third-country removal.",
        categoryId: "court",
      },
      {
        id: "men-uniquely",
        text: "The men were so uniquely barbaric that their home countries refused them.",
        categoryId: "officials",
      },
      {
        id: "risks-judged",
        text: "Risks must be judged person by person, not taken on trust.",
        categoryId: "critics-monitors",
      },
      {
        id: "want-gang-members",
        text: "We don't want gang members in our country.",
        categoryId: "officials",
      },
      {
        id: "accepted-eight",
        text: "We accepted the eight men as a gesture of goodwill.",
        categoryId: "receiving-government",
      },
      {
        id: "payments-costly",
        text: "The payments were costly, wasteful and poorly monitored.",
        categoryId: "critics-monitors",
      },
    ],
  },
] satisfies Lesson["questions"];
