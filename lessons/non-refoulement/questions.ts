import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "non-refoulement-meaning",
    type: "single-choice",
    prompt: `\
Which statement best describes what the principle of non-refoulement requires of a country?`,
    difficulty: 1,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-convention", "cat", "ina-withholding"],
    explanation: `\
Non-refoulement bars sending a person **to a place** where they would face persecution or torture. \
It limits where a person may be sent; it does not require a country to admit everyone or to grant \
them permanent status.`,
    choices: [
      {
        id: "not-to-danger",
        text: "It may not send a person to a place where they would face persecution or torture.",
        correct: true,
      },
      {
        id: "admit-all",
        text: "It must admit every person who asks for protection.",
        feedback: "The rule is about where a person may be sent, not a duty to admit everyone.",
      },
      {
        id: "citizenship",
        text: "It must give citizenship to anyone who has been persecuted.",
        feedback: `\
None of the sources requires citizenship; withholding and CAT protection do not even give \
permanent residence.`,
      },
      {
        id: "no-removals",
        text: "It may never remove any noncitizen from its territory.",
        feedback: "Removal to a safe country is still allowed; the rule bars sending someone into danger.",
      },
    ],
  },
  {
    id: "article-33-ground-count",
    type: "numeric",
    prompt: `\
How many protected grounds does Article 33(1) of the Refugee Convention list as reasons for \
persecution?`,
    difficulty: 1,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-convention", "sale-v-haitian-centers"],
    explanation: `\
There are **five**: race, religion, nationality, membership of a particular social group, and \
political opinion. \
The same five appear in the U.S. withholding statute and in asylum law. \
CAT protection, by contrast, requires none of them.`,
    answer: {
      value: 5,
    },
    unit: "grounds",
    nearMisses: [
      {
        answer: {
          value: 4,
        },
        fraction: 0,
        feedback: "Count again: membership of a particular social group is a ground of its own.",
      },
    ],
  },
  {
    id: "more-likely-than-not-percent",
    type: "numeric",
    prompt: `\
Withholding of removal and CAT protection both require showing that harm is "more likely than not." \
Expressed as a probability, what percentage must the chance of harm be greater than?`,
    difficulty: 2,
    objectiveIds: ["compare-protections"],
    sourceIds: ["nolo-asylum-comparison", "cardoza-fonseca", "crs-cat-implementation"],
    explanation: `\
"More likely than not" means a chance greater than **50 percent**. \
Asylum's "well-founded fear" standard is lower: in Cardoza-Fonseca the Supreme Court said even a \
10 percent chance could be enough.`,
    answer: {
      value: 50,
    },
    unit: "percent",
    nearMisses: [
      {
        answer: {
          value: 10,
        },
        fraction: 0,
        feedback: `\
Ten percent is the Supreme Court's example for asylum's lower well-founded-fear standard, not for \
withholding or CAT.`,
      },
    ],
  },
  {
    id: "protection-type-sort",
    type: "categorize",
    prompt: "Sort each feature into the form of protection it describes.",
    difficulty: 2,
    objectiveIds: ["compare-protections"],
    sourceIds: [
      "nolo-asylum-comparison",
      "cardoza-fonseca",
      "ina-withholding",
      "cat-regulations",
      "farra-2242",
      "scotusblog-abrego-garcia",
    ],
    explanation: `\
Asylum is the discretionary form with a lower likelihood standard, a one-year deadline and a path \
to permanent residence. \
Withholding of removal comes from 8 U.S.C. § 1231(b)(3), requires a protected ground and is \
mandatory once proven; Abrego Garcia received it in 2019. \
CAT protection needs no protected ground, requires torture involving a public official, comes from \
FARRA and its regulations, and has a deferral form for some who are barred. \
The most common mix-up is treating withholding and CAT as the same: both use the \
more-likely-than-not standard, but only withholding requires a protected ground.`,
    hints: [
      `\
Ask two questions of each item: is a protected ground required, and is the decision discretionary?`,
    ],
    categories: [
      {
        id: "asylum",
        text: "Asylum",
      },
      {
        id: "withholding",
        text: "Withholding of removal",
      },
      {
        id: "cat",
        text: "CAT protection",
      },
    ],
    items: [
      {
        id: "green-card-path",
        text: "Can lead to permanent residence",
        categoryId: "asylum",
      },
      {
        id: "discretionary",
        text: "May be denied as a matter of discretion even to someone who qualifies",
        categoryId: "asylum",
      },
      {
        id: "ten-percent",
        text: "A well-founded fear can be enough even if harm is well under 50% likely",
        categoryId: "asylum",
      },
      {
        id: "one-year",
        text: "Generally must be requested within one year of arrival",
        categoryId: "asylum",
      },
      {
        id: "statute-1231",
        text: "Comes from 8 U.S.C. § 1231(b)(3), the statute carrying out Article 33",
        categoryId: "withholding",
      },
      {
        id: "life-freedom-ground",
        text: `\
Mandatory once the person shows a threat to life or freedom, more likely than not, on a protected \
ground`,
        categoryId: "withholding",
      },
      {
        id: "abrego-2019",
        text: "What an immigration judge granted Kilmar Abrego Garcia in 2019",
        categoryId: "withholding",
      },
      {
        id: "no-ground",
        text: "No link to race, religion, nationality, social group or political opinion is required",
        categoryId: "cat",
      },
      {
        id: "public-official",
        text: "The feared harm must be torture by, or with the acquiescence of, a public official",
        categoryId: "cat",
      },
      {
        id: "deferral",
        text: "Has a deferral form that can still protect some people barred for serious crimes",
        categoryId: "cat",
      },
    ],
  },
  {
    id: "source-to-rule-match",
    type: "matching",
    prompt: "Match each legal source with what it does. One description does not match any source.",
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-convention", "refugee-protocol", "cat", "farra-2242", "ina-withholding", "refugee-act-1980"],
    explanation: `\
Article 33 is the original non-refoulement rule for refugees; the 1967 Protocol is how the United \
States became bound by it; CAT Article 3 adds a torture-based rule; FARRA § 2242 turned that into \
U.S. policy and ordered regulations; § 1231(b)(3) is the statutory withholding rule; and the \
Refugee Act of 1980 was Congress's main vehicle for carrying out the Protocol. \
The leftover description, a grant of citizenship, is not something any of these sources provides.`,
    premises: [
      {
        id: "art-33",
        text: "Refugee Convention, Article 33",
      },
      {
        id: "protocol",
        text: "1967 Protocol",
      },
      {
        id: "cat-art-3",
        text: "Convention Against Torture, Article 3",
      },
      {
        id: "farra",
        text: "FARRA § 2242 (1998)",
      },
      {
        id: "sec-1231",
        text: "8 U.S.C. § 1231(b)(3)",
      },
      {
        id: "refugee-act",
        text: "Refugee Act of 1980",
      },
    ],
    responses: [
      {
        id: "bars-return-five-grounds",
        text: "Bars returning a refugee to where life or freedom is threatened on one of five grounds",
      },
      {
        id: "us-joined",
        text: "The treaty the United States actually joined, binding it to the Convention's core rules",
      },
      {
        id: "bars-torture-return",
        text: `\
Bars sending anyone to a state where there are substantial grounds to believe they would be tortured`,
      },
      {
        id: "policy-and-regs",
        text: `\
Made CAT's rule a U.S. policy regardless of physical presence and ordered agencies to write \
regulations`,
      },
      {
        id: "withholding-statute",
        text: `\
The statute barring removal to a country where life or freedom would be threatened on a protected \
ground`,
      },
      {
        id: "implemented-protocol",
        text: "Congress's main law carrying out the 1967 Protocol",
      },
      {
        id: "grants-citizenship",
        text: "Grants U.S. citizenship to anyone found to be a refugee",
      },
    ],
    pairs: {
      "art-33": "bars-return-five-grounds",
      protocol: "us-joined",
      "cat-art-3": "bars-torture-return",
      farra: "policy-and-regs",
      "sec-1231": "withholding-statute",
      "refugee-act": "implemented-protocol",
    },
  },
  {
    id: "us-convention-party-claim",
    type: "true-false",
    prompt: 'Claim to check: "The United States is a direct party to the 1951 Refugee Convention."',
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-protocol", "cms-barsky"],
    answer: false,
    explanation: `\
False. \
The United States joined the **1967 Protocol** (effective November 1, 1968), not the 1951 \
Convention itself. \
The Protocol binds it to the Convention's core rules, including Article 33, so the practical duty \
is similar, but the legal route is different.`,
    feedbackTrue: `\
A common mistake. \
The United States is bound through the 1967 Protocol; it never joined the 1951 Convention directly.`,
  },
  {
    id: "article-33-cloze",
    type: "cloze",
    prompt: `\
Complete Article 33(1) of the Refugee Convention, as quoted in Sale v. \
Haitian Centers Council. \
Use the excerpt in the sources.`,
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: ["sale-v-haitian-centers", "refugee-convention"],
    excerptSourceId: "sale-v-haitian-centers",
    explanation: `\
Article 33(1) protects a refugee whose **life or freedom** would be threatened on one of five \
grounds, ending with **political opinion**. \
Notice the words "in any manner whatsoever": the Second Circuit read them broadly, but the Supreme \
Court in Sale still held the Article did not apply on the high seas.`,
    text: `\
No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the \
frontiers of territories where his {{threat}} would be threatened on account of his race, \
religion, nationality, membership of a particular social group or {{last-ground}}.`,
    blanks: [
      {
        id: "threat",
        kind: "choice",
        choices: [
          {
            id: "life-freedom",
            text: "life or freedom",
            correct: true,
          },
          {
            id: "property",
            text: "property or income",
          },
          {
            id: "comfort",
            text: "health or comfort",
          },
        ],
      },
      {
        id: "last-ground",
        kind: "text",
        answers: [
          {
            text: "political opinion",
          },
          {
            text: "political opinions",
            fraction: 0.75,
            feedback: "The treaty uses the singular: political opinion.",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
    ],
  },
  {
    id: "farra-vs-sale-excerpt",
    type: "single-choice",
    prompt: `\
FARRA § 2242 states a policy against returning anyone to likely torture "regardless of whether the \
person is physically present in the United States." \
How does that wording compare with the Supreme Court's holding in Sale v. \
Haitian Centers Council (1993)?`,
    difficulty: 3,
    objectiveIds: ["identify-sources", "apply-to-cases"],
    sourceIds: ["farra-2242", "sale-v-haitian-centers"],
    excerptSourceId: "farra-2242",
    explanation: `\
Sale held that Article 33 and the withholding statute did not limit returns of people intercepted \
on the **high seas**. \
FARRA's torture policy, written five years later, says it applies **regardless of physical \
presence** in the United States. \
So, as a stated policy, the torture rule reaches further than the Court read Article 33 to reach. \
FARRA did not overrule Sale, which was about persecution rather than torture.`,
    hints: ["Sale was about people stopped at sea, outside U.S. territory."],
    choices: [
      {
        id: "reaches-further",
        text: `\
FARRA's torture policy is stated to reach people outside the United States, while Sale held \
Article 33 did not limit returns from the high seas.`,
        correct: true,
      },
      {
        id: "overruled-sale",
        text: "FARRA formally overruled Sale and applied Article 33 on the high seas.",
        feedback: "FARRA concerns torture under CAT; it did not change how the Court read Article 33.",
      },
      {
        id: "same-limit",
        text: "Both say protection applies only to people physically inside the United States.",
        feedback: "The excerpt says the opposite: regardless of physical presence.",
      },
      {
        id: "sale-torture",
        text: "Sale was about torture, and FARRA agreed with its result.",
        feedback: "Sale concerned Article 33 and persecution, not the Convention Against Torture.",
      },
    ],
  },
  {
    id: "scenario-police-torture",
    type: "single-choice",
    prompt: `\
Scenario: A man shows it is more likely than not that police in his home country will torture him, \
because they wrongly believe he stole money from a police officer. \
The motive has nothing to do with his race, religion, nationality, social group or political \
opinion. \
Which protection best fits his case?`,
    difficulty: 3,
    objectiveIds: ["compare-protections", "apply-to-cases"],
    sourceIds: ["nolo-asylum-comparison", "crs-cat-implementation", "cat-regulations"],
    explanation: `\
**CAT protection** fits because it requires torture by or with the acquiescence of a public \
official, which police are, and it requires **no protected ground**. \
Asylum and withholding both require that the harm be because of one of the five grounds, and a \
personal accusation of theft is not one of them.`,
    hints: ["Which of the three protections does not require one of the five grounds?"],
    choices: [
      {
        id: "cat",
        text: "CAT protection",
        correct: true,
      },
      {
        id: "asylum",
        text: "Asylum",
        feedback: "Asylum requires persecution because of a protected ground; a theft accusation is not one.",
      },
      {
        id: "withholding",
        text: "Withholding of removal under 8 U.S.C. § 1231(b)(3)",
        feedback: `\
Withholding also requires a protected ground, even though its likelihood standard matches CAT's.`,
      },
      {
        id: "none",
        text: "None: without a protected ground, no protection is available",
        feedback: "CAT protection exists precisely for torture cases that lack a protected ground.",
      },
    ],
  },
  {
    id: "withholding-discretion-claim",
    type: "true-false",
    prompt: `\
Claim to check: "Even when a person proves they qualify for withholding of removal, an immigration \
judge may still deny it as a matter of discretion."`,
    difficulty: 2,
    objectiveIds: ["compare-protections"],
    sourceIds: ["ina-withholding", "nolo-asylum-comparison"],
    answer: false,
    explanation: `\
False. \
Withholding of removal is **mandatory** once the person proves it, unless a statutory bar applies. \
Discretion to deny a qualified applicant is a feature of **asylum**, not withholding.`,
    feedbackTrue: `\
That describes asylum. \
Withholding must be granted once proven, unless a bar such as a danger to U.S. security applies.`,
  },
  {
    id: "assurance-term",
    type: "short-text",
    prompt: `\
What term describes a promise from a receiving government that a person transferred to it will not \
be tortured or mistreated?`,
    difficulty: 1,
    objectiveIds: ["evaluate-assurances"],
    sourceIds: ["columbia-promises-to-keep", "bellinger-statement-2008"],
    explanation: `\
These are **diplomatic assurances**. \
The State Department has described using them in extraditions, immigration removals and Guantánamo \
transfers; critics question whether promises from governments that torture can be trusted.`,
    answers: [
      {
        text: "diplomatic assurances",
      },
      {
        text: "diplomatic assurance",
      },
      {
        text: "assurances",
        fraction: 0.5,
        feedback: "Close. The full term is diplomatic assurances.",
      },
    ],
    matching: {
      typoTolerance: 0.2,
    },
  },
  {
    id: "assurance-positions",
    type: "multiple-choice",
    prompt: `\
Which statements correctly describe who said what about diplomatic assurances? \
Select all that are accurate.`,
    difficulty: 3,
    objectiveIds: ["evaluate-assurances"],
    sourceIds: [
      "bellinger-statement-2008",
      "columbia-promises-to-keep",
      "khouzam-v-attorney-general",
      "munaf-v-geren",
      "kiyemba-ii",
    ],
    scoring: "every-decision-counts",
    explanation: `\
Bellinger defended assurances as a useful tool in appropriate cases; the Columbia report described \
human rights advocates' view that they are inherently unreliable; and Khouzam required a chance to \
challenge an assurance before an impartial decision-maker. \
Munaf did the opposite of requiring independent court checks: it left the torture risk to the \
political branches. \
Kiyemba II reversed orders requiring 30 days' notice rather than imposing them.`,
    choices: [
      {
        id: "bellinger",
        text: `\
The State Department's Legal Adviser argued in 2008 that assurances can, in appropriate cases, \
help protect people against torture.`,
        correct: true,
      },
      {
        id: "columbia",
        text: `\
A 2010 Columbia Law School report described human rights advocates' view that assurances from \
governments that torture are inherently unreliable.`,
        correct: true,
      },
      {
        id: "khouzam",
        text: `\
The Third Circuit held in Khouzam that a person must get a chance to challenge an assurance's \
reliability before an impartial decision-maker.`,
        correct: true,
      },
      {
        id: "munaf-verify",
        text: `\
In Munaf v. \
Geren, the Supreme Court required judges to verify every assurance before a transfer.`,
        feedback: "Munaf left concerns about torture to the political branches.",
      },
      {
        id: "kiyemba-notice",
        text: "In Kiyemba II, the D.C. Circuit required 30 days' notice before every Guantánamo transfer.",
        feedback: "Kiyemba II reversed district-court orders that had required 30 days' notice.",
      },
    ],
  },
  {
    id: "khouzam-vs-kiyemba",
    type: "single-choice",
    prompt: `\
Which statement correctly contrasts Khouzam v. \
Attorney General (3d Cir. \
2008) with Kiyemba v. \
Obama (D.C. \
Cir. \
2009)?`,
    difficulty: 3,
    objectiveIds: ["evaluate-assurances", "apply-to-cases"],
    sourceIds: ["khouzam-v-attorney-general", "kiyemba-ii", "munaf-v-geren"],
    explanation: `\
In Khouzam, a man in U.S. removal proceedings whose CAT protection was ended because of an \
Egyptian assurance won the right to challenge that assurance before an impartial decision-maker. \
In Kiyemba II, involving Guantánamo detainees, the court relied on Munaf and held judges may not \
second-guess the government's declaration that it will not transfer anyone to likely torture. \
The two courts gave judges very different roles.`,
    choices: [
      {
        id: "hearing-vs-deference",
        text: `\
Khouzam required a hearing to test an assurance; Kiyemba II held courts may not second-guess the \
government's no-torture determination for Guantánamo transfers.`,
        correct: true,
      },
      {
        id: "reversed",
        text: `\
Khouzam held courts may never review assurances; Kiyemba II required judges to review every \
assurance.`,
        feedback: "This reverses the two holdings.",
      },
      {
        id: "both-defer",
        text: "Both courts held that the government's assurances end all judicial review.",
        feedback: "Khouzam required a chance to challenge the assurance.",
      },
      {
        id: "supreme-court",
        text: "Both were Supreme Court decisions applying Sale to torture claims.",
        feedback: "Both were decided by federal courts of appeals, not the Supreme Court.",
      },
    ],
  },
  {
    id: "munaf-holding",
    type: "single-choice",
    prompt: `\
What did the Supreme Court decide in Munaf v. \
Geren (2008) about U.S. citizens held by U.S. forces in Iraq?`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases", "evaluate-assurances"],
    sourceIds: ["munaf-v-geren"],
    explanation: `\
The Court agreed that habeas jurisdiction reached the citizens, but held that habeas gave no \
relief to stop their transfer to Iraqi custody; concerns about torture were for the political \
branches. \
The tempting wrong answer, that courts lacked any jurisdiction, confuses jurisdiction (the power \
to hear the case) with relief (what the court may order).`,
    choices: [
      {
        id: "no-block",
        text: `\
Courts could hear their habeas petitions but could not block their transfer to Iraqi custody; \
torture concerns were for the political branches.`,
        correct: true,
      },
      {
        id: "no-jurisdiction",
        text: "Courts had no jurisdiction at all over citizens held abroad.",
        feedback: "The Court held that habeas jurisdiction did reach them; it denied the relief they sought.",
      },
      {
        id: "blocked",
        text: "The transfers were blocked because of the risk of torture.",
        feedback: "The Court did not block the transfers.",
      },
      {
        id: "split",
        text: "The Court split 5–4 along ideological lines.",
        feedback: "Munaf was unanimous, though three Justices wrote separately about an extreme case.",
      },
    ],
  },
  {
    id: "protection-timeline",
    type: "ordering",
    prompt: "Put these developments in chronological order, earliest first.",
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: [
      "refugee-convention",
      "refugee-protocol",
      "refugee-act-1980",
      "sale-v-haitian-centers",
      "cat",
      "farra-2242",
      "munaf-v-geren",
      "noem-v-abrego-garcia",
    ],
    explanation: `\
The refugee rule came first (1951), then U.S. accession to the Protocol (1968) and the Refugee Act \
(1980). \
Sale (1993) narrowed where Article 33 applied just before the United States ratified CAT (1994) \
and Congress carried it out in FARRA (1998). \
Munaf (2008) and Noem v. \
Abrego Garcia (2025) came later. \
Notice that the torture rule entered U.S. law after Sale, with language about physical presence \
that Sale's reading of Article 33 lacked.`,
    items: [
      {
        id: "convention",
        text: "The Refugee Convention is adopted",
      },
      {
        id: "protocol",
        text: "The 1967 Protocol takes effect for the United States",
      },
      {
        id: "refugee-act",
        text: "Congress passes the Refugee Act",
      },
      {
        id: "sale",
        text: "Sale v. Haitian Centers Council is decided",
      },
      {
        id: "cat",
        text: "The United States ratifies the Convention Against Torture",
      },
      {
        id: "farra",
        text: "FARRA § 2242 becomes law",
      },
      {
        id: "munaf",
        text: "Munaf v. Geren is decided",
      },
      {
        id: "abrego",
        text: "Noem v. Abrego Garcia is decided",
      },
    ],
    correctOrder: ["convention", "protocol", "refugee-act", "sale", "cat", "farra", "munaf", "abrego"],
    scoring: "kendall-tau",
  },
  {
    id: "abrego-withholding-meaning",
    type: "single-choice",
    prompt: `\
In 2019 an immigration judge denied Kilmar Abrego Garcia asylum but granted him withholding of \
removal to El Salvador. \
What did that grant do?`,
    difficulty: 2,
    objectiveIds: ["compare-protections", "apply-to-cases"],
    sourceIds: ["scotusblog-abrego-garcia", "ina-withholding", "nolo-asylum-comparison"],
    explanation: `\
Withholding barred the government from removing him **to El Salvador**, the country where the \
judge found a clear probability of persecution. \
It did not give him asylum or a path to permanent residence, and by its terms it covers removal to \
that country, not every country. \
His March 2025 removal to El Salvador, the one country the order covered, is what the government \
called an administrative error.`,
    choices: [
      {
        id: "bar-el-salvador",
        text: `\
It barred the government from removing him to El Salvador, without giving him asylum or permanent \
residence.`,
        correct: true,
      },
      {
        id: "green-card",
        text: "It gave him permanent residence in the United States.",
        feedback: "Withholding gives fewer benefits than asylum and is not a path to permanent residence.",
      },
      {
        id: "any-country",
        text: "It barred his removal to any country in the world.",
        feedback: "Withholding is tied to the country where the threat exists.",
      },
      {
        id: "temporary-discretion",
        text: "It was a discretionary favor the government could withdraw at any time without process.",
        feedback: "Withholding is mandatory once proven; it is not a discretionary favor.",
      },
    ],
  },
  {
    id: "due-process-persons",
    type: "single-choice",
    prompt: `\
The Fifth Amendment says: "No person shall be ... deprived of life, liberty, or property, without \
due process of law." \
In Khouzam, the Third Circuit relied on due process to protect a noncitizen facing removal. \
Why does the word "person" matter?`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases"],
    sourceIds: ["const-amend-5", "khouzam-v-attorney-general"],
    excerptSourceId: "const-amend-5",
    explanation: `\
The Due Process Clause protects every **person**, not only citizens, so a noncitizen in U.S. \
proceedings can claim it. \
That is why Khouzam could insist on notice and a fair chance to challenge the assurance. \
The clause does not itself grant immigration status or guarantee a particular result.`,
    choices: [
      {
        id: "covers-noncitizens",
        text: `\
It means the clause protects noncitizens as well as citizens, so Khouzam could demand a fair \
process.`,
        correct: true,
      },
      {
        id: "citizens-only",
        text: "It limits the clause to citizens, so Khouzam won under a different rule.",
        feedback: 'The text says "person," not "citizen."',
      },
      {
        id: "guarantees-stay",
        text: "It guarantees that no person can ever be removed from the United States.",
        feedback: "Due process requires fair procedures; it does not forbid removal.",
      },
      {
        id: "treaty-text",
        text: "It comes from the Convention Against Torture, which uses the word person.",
        feedback: "The excerpt is from the U.S. Constitution's Fifth Amendment.",
      },
    ],
  },
  {
    id: "dvd-merits-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In June 2025 the Supreme Court ruled on the merits that removing people to third \
countries without notice is lawful."`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases"],
    sourceIds: ["dhs-v-dvd", "bloomberg-dvd"],
    answer: false,
    explanation: `\
False. \
On June 23, 2025 the Court **stayed** the district court's notice order by a 6–3 vote while the \
appeal went on. \
A stay pauses an order; it does not decide the underlying legal question, which was still \
unresolved in the newest sources as of early 2026.`,
    feedbackTrue: `\
The Court issued a stay pending appeal, which pauses the lower-court order without deciding the \
merits.`,
  },
] satisfies Lesson["questions"];
