import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "white-house-on-order",
    label: "The White House and DHS: the order was not violated",
    argument: `\
The press secretary said the administration did not refuse to comply: the order had no lawful \
basis, it came after the men had left U.S. territory, the written order and the government's \
actions did not conflict, and courts generally lack jurisdiction over these foreign-affairs powers. \
An ICE official swore that the two planes left U.S. \
airspace before the written order and that everyone on a third plane had a final removal order \
under ordinary immigration law. \
Secretary Noem told the court she made the decision to complete the transfer on advice from her \
department's top lawyer, who relayed guidance from Justice Department leadership.`,
    sourceIds: ["leavitt-statement", "cerna-declaration-2025", "bloomberg-declarations"],
  },
  {
    id: "district-judge-on-order",
    label: "Judge Boasberg: probable cause of willful disregard",
    argument: `\
Judge Boasberg found probable cause that the government showed willful disregard of both his \
written order and his explicit oral instruction to return the planes. \
In his view the government could address the problem by asserting custody of the men so they could \
bring habeas challenges, or by identifying the officials who decided not to halt the transfers.`,
    sourceIds: ["jgg-contempt-opinion", "jgg-tro"],
  },
  {
    id: "appeals-majority-on-order",
    label: "D.C. Circuit panel majority: no basis to proceed with criminal contempt",
    argument: `\
Judge Katsas reasoned that the order's word "removing" could mean expelling someone from U.S. \
territory or handing over custody, so it was too ambiguous to support a criminal contempt \
conviction. \
Judge Rao reasoned that once the Supreme Court vacated the order, the district court could not \
coerce compliance with it, and that doing so intruded on the President's foreign-affairs powers.`,
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    id: "appeals-dissent-on-order",
    label: "Appeals judges who disagreed with the panel",
    argument: `\
Judge Pillard, dissenting, concluded that the oral instructions made clear what compliance \
required and that mandamus was improper. \
When the full court declined rehearing, a dissenting judge wrote that six of the eleven judges \
believed the panel had erred, and the ruling left room for the inquiry to continue.`,
    sourceIds: ["dc-cir-mandamus", "dc-cir-en-banc"],
  },
  {
    id: "government-on-invocation",
    label: "The government: the invocation is lawful",
    argument: `\
Proclamation 10903 describes Tren de Aragua as a hostile force acting at the direction of the \
Maduro government and finds that it is carrying out an invasion or predatory incursion. \
Judge Haines agreed that its activity fits a predatory incursion and deferred to the President's \
finding about Maduro. \
In January 2026 the Justice Department told the full Fifth Circuit that Maduro's indictment \
"reinforces" the proclamation's findings.`,
    sourceIds: ["proclamation-10903", "asr-v-trump", "doj-letter-jan-2026"],
  },
  {
    id: "courts-against-invocation",
    label: "Courts that rejected the invocation",
    argument: `\
Judges in Texas, Colorado and New York held that a gang's activity, as described, is not an \
invasion or predatory incursion under the Act; one read those words to require military, wartime \
action. \
Their rulings stand alongside the Pennsylvania ruling, and the question was still before the full \
Fifth Circuit, with no decision reported, as of December 4, 2026.`,
    sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "en-banc-argument-report"],
  },
  {
    id: "intelligence-assessment",
    label: "National Intelligence Council (April 7, 2025): probably not directed by Maduro",
    argument: `\
A memorandum representing the intelligence community's majority view judged that "while \
Venezuela's permissive environment enables TDA to operate, the Maduro regime probably does not \
have a policy of cooperating with TDA and is not directing TDA movement to and operations in the \
United States." \
FBI analysts partly dissented. \
It was released in May 2025 after a public-records request by the Freedom of the Press Foundation.`,
    sourceIds: ["nic-assessment-2025"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
The claim about the flights mixes an undisputed fact (planes were in the air) with a disputed \
conclusion (the order did not apply). \
How would you rewrite it so that every part is accurate?`,
  `\
"The Act applies only to men" was true before 1918. \
Should an outdated claim be labeled inaccurate, or does it need a different label? \
What would you tell a reader?`,
  `\
Some of the errors in this lesson appeared in well-known outlets. \
What does that suggest about relying on a source's reputation alone?`,
  `\
If courts never reach a final ruling on a disputed question, who, if anyone, gets to say it is \
settled?`,
] satisfies Lesson["discussionQuestions"];
