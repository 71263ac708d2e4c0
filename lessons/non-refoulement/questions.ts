import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "non-refoulement-meaning",
    type: "single-choice",
    prompt: "Which statement best describes what the principle of non-refoulement requires of a country?",
    difficulty: 1,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-convention", "cat", "ina-withholding"],
    explanation: `\
Non-refoulement bars sending a person **to a place** where they would face persecution or torture. \
It limits where a person may be sent; it does not require a country to admit everyone or to grant \
them permanent status.`,
    choices: [
      {
        id: "admit-all",
        text: "It must admit every person who asks it for protection from harm.",
        feedback: "The rule is about where a person may be sent, not a duty to admit everyone.",
      },
      {
        id: "citizenship",
        text: "It must grant citizenship to every person who has been persecuted abroad.",
        feedback: `\
None of the sources requires citizenship; withholding and CAT protection do not even give \
permanent residence.`,
      },
      {
        id: "not-to-danger",
        text: "It may not send anyone to a place where they face persecution or torture.",
        correct: true,
      },
      {
        id: "no-removals",
        text: "It may never remove any noncitizen from its territory for any reason.",
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
political opinion. The same five appear in the U.S. withholding statute and in asylum law. CAT \
protection, by contrast, requires none of them.`,
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
Withholding of removal and CAT protection both require showing that harm is "more likely than \
not." Expressed as a probability, what percentage must the chance of harm be greater than?`,
    difficulty: 2,
    objectiveIds: ["compare-protections"],
    sourceIds: ["nolo-asylum-comparison", "cardoza-fonseca", "crs-cat-implementation"],
    explanation: `\
"More likely than not" means a chance greater than **50 percent**. Asylum's "well-founded fear" \
standard is lower: in Cardoza-Fonseca the Supreme Court said even a 10 percent chance could be \
enough.`,
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
to permanent residence. Withholding of removal comes from 8 U.S.C. § 1231(b)(3), requires a \
protected ground and is mandatory once proven; Abrego Garcia received it in 2019. CAT protection \
needs no protected ground, requires torture involving a public official, comes from FARRA and its \
regulations, and has a deferral form for some who are barred. The most common mix-up is treating \
withholding and CAT as the same: both use the more-likely-than-not standard, but only withholding \
requires a protected ground.`,
    hints: ["Ask two questions of each item: is a protected ground required, and is the decision discretionary?"],
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
        id: "one-year",
        text: "Generally must be requested within one year of arrival",
        categoryId: "asylum",
      },
      {
        id: "life-freedom-ground",
        text: `\
Mandatory once the person shows a threat to life or freedom, more likely than not, on a protected \
ground`,
        categoryId: "withholding",
      },
      {
        id: "public-official",
        text: "The feared harm must be torture by, or with the acquiescence of, a public official",
        categoryId: "cat",
      },
      {
        id: "abrego-2019",
        text: "What an immigration judge granted Kilmar Abrego Garcia in 2019",
        categoryId: "withholding",
      },
      {
        id: "statute-1231",
        text: "Comes from 8 U.S.C. § 1231(b)(3), the statute carrying out Article 33",
        categoryId: "withholding",
      },
      {
        id: "no-ground",
        text: "No link to race, religion, nationality, social group or political opinion is required",
        categoryId: "cat",
      },
      {
        id: "discretionary",
        text: "May be denied as a matter of discretion even to someone who qualifies",
        categoryId: "asylum",
      },
      {
        id: "deferral",
        text: "Has a deferral form that can still protect some people barred for serious crimes",
        categoryId: "cat",
      },
      {
        id: "ten-percent",
        text: "A well-founded fear can be enough even if harm is well under 50% likely",
        categoryId: "asylum",
      },
    ],
  },
  {
    id: "legal-sources-match",
    type: "matching",
    prompt: "Match each legal source with what it does. One description does not match any source.",
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: ["refugee-convention", "refugee-protocol", "cat", "farra-2242", "ina-withholding", "refugee-act-1980"],
    explanation: `\
Article 33 is the original non-refoulement rule for refugees; the 1967 Protocol is how the United \
States became bound by it; CAT Article 3 adds a torture-based rule; FARRA § 2242 turned that into \
U.S. policy and ordered regulations; § 1231(b)(3) is the statutory withholding rule; and the \
Refugee Act of 1980 was Congress's main vehicle for carrying out the Protocol. The leftover \
description, a grant of citizenship, is not something any of these sources provides.`,
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
        id: "article-3",
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
        id: "policy-and-regs",
        text: `\
Made CAT's rule a U.S. policy regardless of physical presence and ordered agencies to write \
regulations`,
      },
      {
        id: "bars-return-five-grounds",
        text: "Bars returning a refugee to where life or freedom is threatened on one of five grounds",
      },
      {
        id: "us-joined",
        text: "The treaty the United States actually joined, binding it to the Convention's core rules",
      },
      {
        id: "grants-citizenship",
        text: "Grants U.S. citizenship to anyone found to be a refugee",
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
        id: "substantial-grounds",
        text: `\
Bars sending anyone to a state where there are substantial grounds to believe they would be tortured`,
      },
    ],
    pairs: {
      "art-33": "bars-return-five-grounds",
      protocol: "us-joined",
      "article-3": "substantial-grounds",
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
False. The United States joined the **1967 Protocol** (effective November 1, 1968), not the 1951 \
Convention itself. The Protocol binds it to the Convention's core rules, including Article 33, so \
the practical duty is similar, but the legal route is different.`,
    feedbackTrue: `\
A common mistake. The United States is bound through the 1967 Protocol; it never joined the 1951 \
Convention directly.`,
  },
  {
    id: "article-33-cloze",
    type: "cloze",
    prompt: `\
Complete Article 33(1) of the Refugee Convention, as quoted in Sale v. Haitian Centers Council. \
Use the excerpt in the sources.`,
    difficulty: 2,
    objectiveIds: ["identify-sources"],
    sourceIds: ["sale-v-haitian-centers", "refugee-convention"],
    excerptSourceId: "sale-v-haitian-centers",
    explanation: `\
Article 33(1) protects a refugee whose **life or freedom** would be threatened on one of five \
grounds, ending with **political opinion**. Notice the words "in any manner whatsoever": the \
Second Circuit read them broadly, but the Supreme Court in Sale still held the Article did not \
apply on the high seas.`,
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
            id: "property",
            text: "property or income",
          },
          {
            id: "comfort",
            text: "health or comfort",
          },
          {
            id: "life-freedom",
            text: "life or freedom",
            correct: true,
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
    id: "farra-and-sale-excerpt",
    type: "single-choice",
    prompt: `\
FARRA § 2242 states a policy against returning anyone to likely torture "regardless of whether the \
person is physically present in the United States." How does that wording compare with the Supreme \
Court's holding in Sale v. Haitian Centers Council (1993)?`,
    difficulty: 3,
    objectiveIds: ["identify-sources", "apply-to-cases"],
    sourceIds: ["farra-2242", "sale-v-haitian-centers"],
    excerptSourceId: "farra-2242",
    explanation: `\
Sale held that Article 33 and the withholding statute did not limit returns of people intercepted \
on the **high seas**. FARRA's torture policy, written five years later, says it applies \
**regardless of physical presence** in the United States. So, as a stated policy, the torture rule \
reaches further than the Court read Article 33 to reach. FARRA did not overrule Sale, which was \
about persecution rather than torture.`,
    hints: ["Sale was about people stopped at sea, outside U.S. territory."],
    choices: [
      {
        id: "overruled",
        text: `\
FARRA formally overruled Sale and made Article 33 apply to people stopped by ships on the high seas.`,
        feedback: "FARRA concerns torture under CAT; it did not change how the Court read Article 33.",
      },
      {
        id: "torture-case",
        text: "Sale was a torture case, and FARRA wrote the Court's result in that case into law.",
        feedback: "Sale concerned Article 33 and persecution, not the Convention Against Torture.",
      },
      {
        id: "inside-only",
        text: "Both say protection applies only to people who are physically inside the United States.",
        feedback: "The excerpt says the opposite: regardless of physical presence.",
      },
      {
        id: "reach-differs",
        text: "FARRA's policy reaches people outside the U.S.; Sale held Article 33 did not reach the high seas.",
        correct: true,
      },
    ],
  },
  {
    id: "scenario-police-torture",
    type: "single-choice",
    prompt: `\
Scenario: A man shows it is more likely than not that police in his home country will torture him, \
because they wrongly believe he stole money from a police officer. The motive has nothing to do \
with his race, religion, nationality, social group or political opinion. Which protection best \
fits his case?`,
    difficulty: 3,
    objectiveIds: ["compare-protections", "apply-to-cases"],
    sourceIds: ["nolo-asylum-comparison", "crs-cat-implementation", "cat-regulations"],
    explanation: `\
**CAT protection** fits because it requires torture by or with the acquiescence of a public \
official, which police are, and it requires **no protected ground**. Asylum and withholding both \
require that the harm be because of one of the five grounds, and a personal accusation of theft is \
not one of them.`,
    hints: ["Which of the three protections does not require one of the five grounds?"],
    choices: [
      {
        id: "cat",
        text: "Protection under the Convention Against Torture",
        correct: true,
      },
      {
        id: "none",
        text: "None, because no protected ground is involved",
        feedback: "CAT protection exists precisely for torture cases that lack a protected ground.",
      },
      {
        id: "withholding",
        text: "Withholding of removal under 8 U.S.C. § 1231(b)(3)",
        feedback: "Withholding also requires a protected ground, even though its likelihood standard matches CAT's.",
      },
      {
        id: "asylum",
        text: "Asylum, because he fears serious harm at home",
        feedback: "Asylum requires persecution because of a protected ground; a theft accusation is not one.",
      },
    ],
  },
  {
    id: "cat-standard-origin",
    type: "single-choice",
    prompt: `\
CAT Article 3 speaks of "substantial grounds for believing" a person would be tortured, yet U.S. \
immigration judges ask whether torture is more likely than not. Why?`,
    difficulty: 3,
    objectiveIds: ["identify-sources"],
    sourceIds: ["hrw-cat-understanding", "farra-2242", "cat-regulations", "bellinger-statement-2008"],
    explanation: `\
When the Senate approved CAT, the United States attached an **understanding** that the phrase \
means torture is more likely than not. FARRA § 2242 told agencies to write regulations subject to \
the Senate's understandings, and the regulations use that test. Cardoza-Fonseca is a tempting \
answer, but it concerned asylum's lower "well-founded fear" standard, not torture claims.`,
    choices: [
      {
        id: "cardoza",
        text: "Cardoza-Fonseca set a 50 percent line for torture claims when it interpreted the treaty.",
        feedback: "Cardoza-Fonseca concerned asylum, and it held that a well-founded fear can exist below 50 percent.",
      },
      {
        id: "article-33",
        text: "Article 33 of the Refugee Convention sets a 50 percent line that CAT simply borrows.",
        feedback: "Article 33 states no percentage; the 50 percent test for CAT comes from the U.S. understanding.",
      },
      {
        id: "farra-text",
        text: 'FARRA\'s own text says "more likely than not" in place of the treaty\'s "substantial grounds."',
        feedback: `\
FARRA § 2242 repeats "substantial grounds"; the more-likely-than-not test comes from the \
understanding and the regulations.`,
      },
      {
        id: "senate-understanding",
        text: "The Senate's ratification understanding read the phrase that way, and FARRA adopted it.",
        correct: true,
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
False. Withholding of removal is **mandatory** once the person proves it, unless a statutory bar \
applies. Discretion to deny a qualified applicant is a feature of **asylum**, not withholding.`,
    feedbackTrue: `\
That describes asylum. Withholding must be granted once proven, unless a bar such as a danger to \
U.S. security applies.`,
  },
  {
    id: "promise-term",
    type: "short-text",
    prompt: `\
What term describes a promise from a receiving government that a person transferred to it will not \
be tortured or mistreated?`,
    difficulty: 1,
    objectiveIds: ["assess-reliance-debate"],
    sourceIds: ["columbia-promises-to-keep", "bellinger-statement-2008"],
    explanation: `\
These are **diplomatic assurances**. The State Department has described using them in \
extraditions, immigration removals and Guantánamo transfers; critics question whether promises \
from governments that torture can be trusted.`,
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
    id: "attribution-check",
    type: "multiple-choice",
    prompt: `\
Which statements correctly describe who said what about diplomatic assurances? Select all that are \
accurate.`,
    difficulty: 3,
    objectiveIds: ["assess-reliance-debate"],
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
challenge an assurance before an impartial decision-maker. Munaf did the opposite of requiring \
independent court checks: it left the torture risk to the political branches. Kiyemba II reversed \
orders requiring 30 days' notice rather than imposing them.`,
    choices: [
      {
        id: "columbia",
        text: `\
A 2010 Columbia report described advocates' view that promises from torturing states are unreliable.`,
        correct: true,
      },
      {
        id: "bellinger",
        text: `\
In 2008 the State Department's Legal Adviser said assurances can, in suitable cases, help protect \
people.`,
        correct: true,
      },
      {
        id: "kiyemba-notice",
        text: `\
In Kiyemba II, the D.C. Circuit required 30 days' notice to courts and counsel before every \
Guantánamo transfer.`,
        feedback: "Kiyemba II reversed district-court orders that had required 30 days' notice.",
      },
      {
        id: "munaf-verify",
        text: `\
In Munaf v. Geren, the Supreme Court required federal judges to verify every assurance before any \
transfer.`,
        feedback: "Munaf left concerns about torture to the political branches.",
      },
      {
        id: "khouzam",
        text: `\
In Khouzam, the Third Circuit required a chance to challenge an assurance before a neutral \
decision-maker.`,
        correct: true,
      },
    ],
  },
  {
    id: "khouzam-vs-kiyemba",
    type: "single-choice",
    prompt: `\
Which statement correctly contrasts Khouzam v. Attorney General (3d Cir. 2008) with Kiyemba v. \
Obama (D.C. Cir. 2009)?`,
    difficulty: 3,
    objectiveIds: ["assess-reliance-debate", "apply-to-cases"],
    sourceIds: ["khouzam-v-attorney-general", "kiyemba-ii", "munaf-v-geren"],
    explanation: `\
In Khouzam, a man in U.S. removal proceedings whose CAT protection was ended because of an \
Egyptian assurance won the right to challenge that assurance before an impartial decision-maker. \
In Kiyemba II, involving Guantánamo detainees, the court relied on Munaf and held judges may not \
second-guess the government's declaration that it will not transfer anyone to likely torture. The \
two courts gave judges very different roles.`,
    choices: [
      {
        id: "supreme-court",
        text: "Both were Supreme Court rulings that applied the Sale decision to claims of torture abroad.",
        feedback: "Both were decided by federal courts of appeals, not the Supreme Court.",
      },
      {
        id: "reversed",
        text: `\
Khouzam barred any court review of assurances, while Kiyemba II required judges to review every one.`,
        feedback: "This reverses the two holdings.",
      },
      {
        id: "hearing-vs-deference",
        text: `\
Khouzam required a hearing on an assurance; Kiyemba II left the torture judgment to the government.`,
        correct: true,
      },
      {
        id: "both-defer",
        text: "Both courts held that a government assurance ends all review of a transfer by judges.",
        feedback: "Khouzam required a chance to challenge the assurance.",
      },
    ],
  },
  {
    id: "munaf-holding",
    type: "single-choice",
    prompt: `\
What did the Supreme Court decide in Munaf v. Geren (2008) about U.S. citizens held by U.S. forces \
in Iraq?`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases", "assess-reliance-debate"],
    sourceIds: ["munaf-v-geren"],
    explanation: `\
The Court agreed that habeas jurisdiction reached the citizens, but held that habeas gave no \
relief to stop their transfer to Iraqi custody; concerns about torture were for the political \
branches. The Court also said this was not a more extreme case of known likely torture and left \
that question open. The tempting wrong answer, that courts lacked any jurisdiction, confuses \
jurisdiction (the power to hear the case) with relief (what the court may order).`,
    choices: [
      {
        id: "blocked",
        text: "The Court blocked the transfers because the prisoners faced a risk of torture in Iraq.",
        feedback: "The Court did not block the transfers.",
      },
      {
        id: "split",
        text: "A 5–4 Court split along ideological lines and sent the case back for more hearings.",
        feedback: `\
Munaf was unanimous. The Court itself left open a more extreme case of known likely torture, and \
three Justices wrote separately to stress that.`,
      },
      {
        id: "no-jurisdiction",
        text: "Courts had no jurisdiction at all over U.S. citizens held outside the United States.",
        feedback: "The Court held that habeas jurisdiction did reach them; it denied the relief they sought.",
      },
      {
        id: "no-block",
        text: "Courts could hear the petitions, but they could not stop the men's handover to Iraqi custody.",
        correct: true,
      },
    ],
  },
  {
    id: "munaf-reservation-claim",
    type: "true-false",
    prompt: `\
Claim to check: "In Munaf v. Geren, the Court's own opinion left open what judges could do in a \
more extreme case, where the government knows a prisoner is likely to be tortured."`,
    difficulty: 3,
    objectiveIds: ["assess-reliance-debate"],
    sourceIds: ["munaf-v-geren"],
    answer: true,
    explanation: `\
True. The Court said the case before it was not a more extreme case of known likely torture and \
reserved that question. Justice Souter, joined by Justices Ginsburg and Breyer, wrote separately \
to stress the reservation, which is why it is often credited to the concurrence alone.`,
    feedbackFalse: "The reservation appears in the Court's opinion; the concurrence emphasized it.",
  },
  {
    id: "protection-order",
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
      "dvd-merits-2026",
    ],
    explanation: `\
The refugee rule came first (1951), then U.S. accession to the Protocol (1968) and the Refugee Act \
(1980). Sale (1993) narrowed where Article 33 applied just before the United States ratified CAT \
(1994) and Congress carried it out in FARRA (1998). Munaf (2008), Noem v. Abrego Garcia (2025) and \
the February 2026 ruling on third-country removals came later. Notice that the torture rule \
entered U.S. law after Sale, with language about physical presence that Sale's reading of Article \
33 lacked.`,
    items: [
      {
        id: "protocol",
        text: "The 1967 Protocol takes effect for the United States",
      },
      {
        id: "munaf",
        text: "Munaf v. Geren is decided",
      },
      {
        id: "convention",
        text: "The Refugee Convention is adopted",
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
        id: "sale",
        text: "Sale v. Haitian Centers Council is decided",
      },
      {
        id: "abrego",
        text: "Noem v. Abrego Garcia is decided",
      },
      {
        id: "refugee-act",
        text: "Congress passes the Refugee Act",
      },
      {
        id: "final-ruling",
        text: "A district court rules on the merits of third-country removals",
      },
    ],
    correctOrder: ["convention", "protocol", "refugee-act", "sale", "cat", "farra", "munaf", "abrego", "final-ruling"],
    scoring: "kendall-tau",
  },
  {
    id: "withholding-2019-effect",
    type: "single-choice",
    prompt: `\
In 2019 an immigration judge denied Kilmar Abrego Garcia asylum but granted him withholding of \
removal to El Salvador. What did that grant do?`,
    difficulty: 2,
    objectiveIds: ["compare-protections", "apply-to-cases"],
    sourceIds: ["scotusblog-abrego-garcia", "ina-withholding", "nolo-asylum-comparison", "bss-no-mistake-2025"],
    explanation: `\
Withholding barred the government from removing him **to El Salvador**, the country where the \
judge found a clear probability of persecution. It did not give him asylum or a path to permanent \
residence, and by its terms it covers removal to that country, not every country. His March 2025 \
removal to El Salvador, the one country the order covered, is what Justice Department lawyers \
called an "administrative error" in court; the White House later said there was "no mistake."`,
    choices: [
      {
        id: "temporary-discretion",
        text: "It let officials send him to El Salvador later as a matter of discretion, without a hearing.",
        feedback: "Withholding is mandatory once proven; it is not a discretionary favor.",
      },
      {
        id: "any-country",
        text: "It barred his removal to El Salvador and to every other country in the world.",
        feedback: "Withholding is tied to the country where the threat exists.",
      },
      {
        id: "bar-el-salvador",
        text: "It barred removal to El Salvador but gave him neither asylum nor permanent residence.",
        correct: true,
      },
      {
        id: "green-card",
        text: "It gave him asylum after all, along with permanent residence in the United States.",
        feedback: "The judge denied asylum; withholding is not a path to permanent residence.",
      },
    ],
  },
  {
    id: "abrego-allegation-status",
    type: "single-choice",
    prompt: `\
As of the newest sources, which statement best describes the legal status of the claim that Kilmar \
Abrego Garcia belonged to MS-13?`,
    difficulty: 3,
    objectiveIds: ["apply-to-cases"],
    sourceIds: ["bia-abrego-bond-2019", "new-republic-gang-documents-2025", "noem-v-abrego-garcia"],
    explanation: `\
An immigration judge credited the claim in 2019 when she denied him release on **bond**, and the \
Board of Immigration Appeals affirmed that ruling. A bond hearing decides whether a detained \
person may be released, and he had to show he was not dangerous; it is not a criminal trial. He \
has never been charged with or convicted of gang membership, he denies the claim, and in April \
2025 a federal judge said the government had offered no evidence of it. The tempting wrong answer, \
that no tribunal ever credited the claim, overlooks the 2019 bond ruling.`,
    choices: [
      {
        id: "jury-verdict",
        text: "A federal jury convicted him of belonging to MS-13 in a 2019 criminal trial in Maryland.",
        feedback: "No criminal charge of gang membership was ever brought.",
      },
      {
        id: "supreme-finding",
        text: "The Supreme Court found in April 2025 that he was a member, which settled the question.",
        feedback: "The April 2025 order described the allegation and his denial without deciding between them.",
      },
      {
        id: "no-tribunal",
        text: "No judge or tribunal of any kind has ever accepted any part of the government's claim.",
        feedback: `\
In 2019 an immigration judge credited the claim when denying bond, and the Board of Immigration \
Appeals affirmed.`,
      },
      {
        id: "bond-finding",
        text: "An immigration judge credited it in a 2019 bond ruling, but he was never charged with it.",
        correct: true,
      },
    ],
  },
  {
    id: "due-process-persons",
    type: "single-choice",
    prompt: `\
The Fifth Amendment says: "No person shall be ... deprived of life, liberty, or property, without \
due process of law." In Khouzam, the Third Circuit relied on due process to protect a noncitizen \
facing removal. Why does the word "person" matter?`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases"],
    sourceIds: ["const-amend-5", "khouzam-v-attorney-general"],
    excerptSourceId: "const-amend-5",
    explanation: `\
The Due Process Clause protects every **person**, not only citizens, so a noncitizen in U.S. \
proceedings can claim it. That is why Khouzam could insist on notice and a fair chance to \
challenge the assurance. The clause does not itself grant immigration status or guarantee a \
particular result.`,
    choices: [
      {
        id: "citizens-only",
        text: "It limits the clause to citizens, so noncitizens like Khouzam must rely on other rules.",
        feedback: 'The text says "person," not "citizen."',
      },
      {
        id: "treaty-text",
        text: "It is borrowed from the Convention Against Torture, which also speaks of every person.",
        feedback: "The excerpt is from the U.S. Constitution's Fifth Amendment.",
      },
      {
        id: "guarantees-stay",
        text: "It guarantees that no person living in the United States can ever be removed from it.",
        feedback: "Due process requires fair procedures; it does not forbid removal.",
      },
      {
        id: "covers-noncitizens",
        text: "It covers noncitizens as well as citizens, so Khouzam could demand a fair procedure.",
        correct: true,
      },
    ],
  },
  {
    id: "june-2025-order-claim",
    type: "true-false",
    prompt: `\
Claim to check: "The Supreme Court's June 2025 order in the third-country removal case paused a \
lower-court order without deciding whether the government's policy was lawful."`,
    difficulty: 2,
    objectiveIds: ["apply-to-cases"],
    sourceIds: ["dhs-v-dvd", "bloomberg-dvd", "dvd-merits-2026", "dvd-first-circuit-stay-2026"],
    answer: true,
    explanation: `\
True. On June 23, 2025 the Court **stayed** the district court's notice order by a 6–3 vote while \
the appeal went on. A stay pauses an order; it does not decide the underlying legal question. That \
question was decided later by the district court: on February 25, 2026, Judge Murphy ruled the \
policy unlawful and required meaningful notice. In March 2026 the First Circuit put that ruling on \
hold during an expedited appeal, which was pending as of the newest reports found. The tempting \
error is to treat an emergency stay as a final ruling.`,
    feedbackFalse: `\
A stay pauses a lower-court order while an appeal goes on; the Supreme Court did not rule on the \
merits in 2025.`,
  },
] satisfies Lesson["questions"];
