import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "assurances-useful-tool",
    label: "State Department (2008): assurances can protect people",
    argument: `\
John Bellinger III, the State Department's Legal Adviser, told Congress that the United States \
uses assurances in extraditions, immigration removals and Guantánamo transfers, and argued that in \
appropriate cases they are an important tool for protecting individuals against torture. He \
presented them as a way of meeting the obligation in CAT Article 3, which he called the touchstone \
of U.S. legal duties in this area.`,
    sourceIds: ["bellinger-statement-2008"],
  },
  {
    id: "assurances-unreliable",
    label: "Human rights advocates: promises from torturers are unreliable",
    argument: `\
As summarized in Columbia Law School's 2010 report, leading human rights advocates argue that \
assurances are inherently unreliable because they are sought from governments that have already \
shown they will torture in violation of their own and international law. The report itself added \
that if assurances are used, some ways of using them protect people far better than others.`,
    sourceIds: ["columbia-promises-to-keep"],
  },
  {
    id: "courts-defer",
    label: "Munaf and Kiyemba II: torture risk is for the political branches",
    argument: `\
In Munaf v. Geren, the Supreme Court held that judges should not block a transfer over feared \
torture when the political branches, with the State Department's assessment, have weighed the \
risk. The D.C. Circuit, relying on Munaf in Kiyemba II, held that courts may not second-guess the \
government's declaration that it will not transfer detainees to likely torture.`,
    sourceIds: ["munaf-v-geren", "kiyemba-ii"],
  },
  {
    id: "courts-review",
    label: "Khouzam and Munaf's open question: courts must be able to check",
    argument: `\
The Third Circuit held in Khouzam that a person whose protection is ended because of a diplomatic \
assurance must get notice and a chance to challenge the assurance's reliability before an \
impartial decision-maker. In Munaf, the Court itself left open a more extreme case in which the \
government knows a transferred person is likely to be tortured, and three Justices wrote \
separately to stress that point.`,
    sourceIds: ["khouzam-v-attorney-general", "munaf-v-geren", "const-amend-5"],
  },
  {
    id: "sale-majority",
    label: "Sale majority: Article 33 stops at the border",
    argument: `\
The Supreme Court held that neither Article 33 nor the U.S. withholding statute limited the \
President's power to order the Coast Guard to return people intercepted on the high seas, so the \
Haitian interdiction program could continue without screening.`,
    sourceIds: ["sale-v-haitian-centers"],
  },
  {
    id: "sale-court-of-appeals",
    label: "Court of Appeals in Sale: Article 33 protects refugees wherever they are",
    argument: `\
The Second Circuit, whose judgment the Supreme Court reversed, had held that the statute was not \
limited to people inside the United States and that Article 33 covers all refugees regardless of \
location. Congress later used location-independent wording in FARRA's torture policy, which \
applies regardless of physical presence in the United States.`,
    sourceIds: ["sale-v-haitian-centers", "farra-2242"],
  },
  {
    id: "removal-without-hearing",
    label: "The administration (2026): third-country removals need no new hearing",
    argument: `\
The Justice Department argued that Congress allows removal to countries other than a person's own, \
that promises from receiving governments guard against torture, and that the Supreme Court had \
twice paused the notice order. It said the February 2026 ruling would disrupt removals and \
sensitive talks with other countries.`,
    sourceIds: ["dvd-stay-motion-2026", "dhs-v-dvd"],
  },
  {
    id: "notice-first",
    label: "Judge Murphy (2026): notice must come first",
    argument: `\
Judge Murphy ruled that people must learn where they are being sent and have a real chance to \
object before removal, because without that notice no one can raise a claim of likely torture in \
the new country. He found that the government's reliance on assurances left the underlying risk \
largely unexamined.`,
    sourceIds: ["dvd-merits-2026", "farra-2242"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Should a country's duty not to send people into danger depend on where it meets them: on its \
territory, at its border, or on the high seas? Compare Sale with FARRA's "regardless of whether \
the person is physically present" wording.`,
  `\
Asylum is discretionary but gives more benefits; withholding and CAT protection are mandatory but \
give fewer. Why might Congress have designed the system this way?`,
  `\
When the government relies on a foreign government's promise not to torture, who should decide \
whether the promise is trustworthy: diplomats, immigration officials, or judges? Why?`,
  `\
Abrego Garcia had a court order protecting him from removal to El Salvador, yet he was sent there. \
What does his case suggest about how legal protections are enforced in practice?`,
] satisfies Lesson["discussionQuestions"];
