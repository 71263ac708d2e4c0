import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Claim",
    definition: `\
A statement that can be checked against evidence. \
"The Act applies only to men" is a claim; "the Act is unfair" is an opinion.`,
    sourceIds: ["caulfield-lateral-reading"],
  },
  {
    term: "Primary source",
    definition: `\
The original document or record itself, such as a statute, a proclamation, a court opinion, a \
court filing or an official count.`,
    sourceIds: ["caulfield-lateral-reading", "aea-statute"],
  },
  {
    term: "Secondary source",
    definition: `\
A source that describes or summarizes primary sources, such as a news story or an encyclopedia \
entry. \
It can be useful, and it can be wrong.`,
    sourceIds: ["caulfield-lateral-reading", "britannica-alien-sedition"],
  },
  {
    term: "Lateral reading",
    definition: `\
Checking an unfamiliar source by leaving it and opening new tabs to see what other sources say \
about the site and its claim, instead of judging it by its own pages.`,
    sourceIds: ["caulfield-lateral-reading"],
  },
  {
    term: "Going upstream",
    definition: `\
Tracing a claim back through the stories that repeat it to where it started, and then to the \
primary source.`,
    sourceIds: ["caulfield-lateral-reading"],
  },
  {
    term: "Disputed claim",
    definition: `\
A claim that courts or the parties still disagree about, with no final decision settling it. \
A careful writer reports each side's position and what was last known instead of picking a winner.`,
    sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus"],
  },
  {
    term: '"As of" date',
    definition: `\
The date of the newest information a statement rests on. \
It tells readers how current the statement is and that later events may have changed it.`,
    sourceIds: ["en-banc-argument-report", "dc-cir-dec-2025"],
  },
  {
    term: "Naturalization",
    definition: `\
The legal process by which a non-citizen becomes a U.S. citizen. \
The Alien Enemies Act reaches only people "not actually naturalized."`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Alien Enemies Act",
    definition: `\
A 1798 law, now 50 U.S.C. §§ 21–24, letting the President detain and remove non-naturalized \
nationals of a hostile nation during a declared war, or an invasion or predatory incursion by a \
foreign nation or government.`,
    sourceIds: ["aea-statute", "aea-1798-original"],
  },
  {
    term: "Executive Order 9066",
    definition: `\
President Franklin Roosevelt's order of February 19, 1942, letting military commanders exclude \
"any or all persons" from military areas. \
It was the main basis for the mass incarceration of Japanese Americans.`,
    sourceIds: ["eo-9066", "endo"],
  },
  {
    term: "Probable cause",
    definition: `\
A preliminary finding that there is enough evidence to go forward. \
It is not a final finding of guilt.`,
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    term: "Grant agreement",
    definition: `\
A written agreement setting out money a government agency provides and what it may be used for.`,
    sourceIds: ["democracy-forward-release-2025"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "three-labels",
    heading: "Accurate, inaccurate or disputed",
    body: `\
In 2025 the Alien Enemies Act went from a history-book topic to a front-page story almost \
overnight. \
Reporters had to explain a 1798 law, a fast-moving court fight and a tangle of numbers, often \
within hours. \
Some claims in the coverage were right, some were wrong, and some described questions that courts \
were still deciding.

In this lesson you will check such claims and give each one of three labels:

- **Accurate**: the best available sources, especially primary sources, support it.
- **Inaccurate**: the primary sources contradict it, for example a law's text, a dated document or \
an official count.
- **Disputed**: courts or the parties still disagree, and no final decision has settled it. \
Your job is to report each side's position and what was last known, not to pick a winner.

A **claim** is a statement that can be checked. \
"The Act is unfair" is an opinion. \
"The Act applies only to men" is a claim: you can read the law and see.`,
    sourceIds: ["caulfield-lateral-reading", "aea-statute"],
  },
  {
    id: "method",
    heading: "A method for checking",
    body: `\
Professional fact-checkers read differently from most people. \
The educator Mike Caulfield, drawing on research by Sam Wineburg's team at Stanford, describes a \
few moves they use. \
Two of his moves come first below; the last two habits matter most for news about courts and \
numbers.

**Go upstream.** \
Most online content repeats something published elsewhere. \
Trace a claim back to where it started, and then to the **primary source**: the document itself, \
such as a statute, a proclamation, a court opinion or a filing. \
A **secondary source**, such as a news story or an encyclopedia entry, describes primary sources \
and can get them wrong.

**Read laterally.** \
When you land on an unfamiliar site, don't judge it by its own "About" page or its design. \
Leave it and open new tabs to see what other sources say about the site and the claim.

**Check what a number or date measures.** \
A count of what, by whom, over what period? \
Was a document signed, made public or printed on that date? \
Two correct numbers can measure different things.

**Check whether the matter is still open.** \
In ongoing cases, note the **"as of" date** of your newest information and say what was last known. \
Rulings can be appealed, paused or reversed.

Repetition is not evidence. \
When many stories say the same thing, they may all be copying one earlier source.`,
    sourceIds: ["caulfield-lateral-reading"],
  },
  {
    id: "claim-internment",
    heading: 'Claim: "The Act was last used to intern Japanese-American citizens"',
    body: `\
Versions of this claim appeared in 2025 coverage. \
It is **inaccurate**, and the primary sources show why.

Start with the statute. \
It reaches people inside the United States who are "not actually naturalized." \
A U.S. citizen cannot be an alien enemy under this text.

The Act *was* used in World War II. \
Right after Pearl Harbor, President Franklin Roosevelt issued Proclamations 2525, 2526 and 2527, \
covering Japanese, German and Italian nationals. \
According to the National Archives, more than 31,000 suspected enemy aliens and their family \
members had been interned by the end of the war, many after hearings before local boards. \
Some of those family members were U.S. \
citizens: spouses and children who chose to join interned relatives. \
They were not held as alien enemies.

The mass removal and incarceration of about 120,000 people of Japanese ancestry, most of them U.S. \
citizens, rested mainly on a different authority: **Executive Order 9066**, signed February 19, \
1942. \
It let military commanders "prescribe military areas ... from which any or all persons may be \
excluded." \
It named no group and had no citizenship limit.

The two programs overlapped for one group. \
Japanese immigrants (Issei) were barred from naturalizing by the racial laws of the time, so they \
were alien enemies under the Act. \
Their U.S.-born children (Nisei) were citizens and were not.`,
    sourceIds: ["aea-statute", "nara-enemy-aliens", "eo-9066", "endo"],
  },
  {
    id: "claims-text",
    heading: "Claims about the law's text and history",
    body: `\
**"The Act applies only to men."** \
This was true once. \
The 1798 text covered people "being males of the age of fourteen years and upwards." \
An act of April 16, 1918, struck out that limit, and the current text says only "being of the age \
of fourteen years and upward." \
As a statement about the law in 2025, the claim is **inaccurate**. \
An outdated fact is not a current one.

**"The Alien and Sedition Acts all expired in 1800."** \
In 1798 Congress passed four laws now grouped under that name: a Naturalization Act raising the \
residence requirement for citizenship from 5 to 14 years; the Alien Friends Act, letting the \
President deport any alien he judged dangerous, even in peacetime; the Alien Enemies Act, for \
wartime; and the Sedition Act, punishing false and malicious writing against the government. \
The Alien Friends Act expired in 1800 and the Sedition Act in 1801, and the Naturalization Act was \
repealed in 1802. \
The Alien Enemies Act never expired, which is why it could be invoked in 2025. \
The claim is **inaccurate**. \
The settling source is the current U.S. \
Code, where the Act still appears.`,
    sourceIds: ["aea-1798-original", "frus-1918", "aea-statute", "britannica-alien-sedition"],
  },
  {
    id: "claims-numbers",
    heading: "Claims with numbers and dates",
    body: `\
**"The payment to El Salvador was $6 million."** \
On March 15, 2025, the Associated Press reported, citing internal memos, that the United States \
would pay El Salvador about $6 million to hold about 300 alleged Tren de Aragua members for a year. \
That was a report of a planned price, about $20,000 per person. \
In September 2025, documents released through litigation in which the group Democracy Forward was \
counsel included the agreement: a $4.76 million State Department grant (some reports round it to \
$4.8 million) for Salvadoran law-enforcement needs, including the costs of detaining "the 238 TdA \
members." \
Both figures use the same price: 300 × $20,000 is $6 million, and 238 × $20,000 is $4.76 million. \
As a description of the agreement, "$6 million" is **inaccurate**. \
As a description of what AP reported in March, it is accurate. \
Ask what the number measures.

**"More than 250 people were deported under the Alien Enemies Act."** \
A White House official told the Washington Post that 261 people were flown to El Salvador on March \
15–16, 2025: 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans under ordinary \
immigration law, and 23 Salvadorans said to be MS-13 members. \
A different figure, 252, counts the Venezuelans El Salvador sent to Venezuela on July 18, 2025, \
including men who arrived in April. \
Each number is right for what it counts, but the claim that more than 250 were removed *under the \
Act* is **inaccurate**: the official count was 137.

**Dates.** \
Proclamation 10903 was signed March 14, 2025, posted by the White House March 15, and published in \
the Federal Register March 20. \
Saying it was "issued March 15" describes when it became public; saying it was signed March 13 is \
wrong.`,
    sourceIds: [
      "ap-deportation-plan-2025",
      "democracy-forward-release-2025",
      "wapo-figures",
      "npr-exchange",
      "proclamation-10903",
    ],
  },
  {
    id: "claim-flights",
    heading: 'Claim: "The judge\'s ruling came too late because the flights had already left"',
    body: `\
This claim is **disputed**. \
It also shows how one sentence can mix checkable facts with a contested conclusion.

What the record supports: on the evening of March 15, 2025, Chief Judge James E. \
Boasberg held an emergency hearing while planes carrying detainees were in the air. \
He told government lawyers that any plane carrying class members that was about to take off or in \
the air had to be returned. \
His written order, entered afterward, barred removals but did not repeat the instruction to turn \
the planes around. \
Two planes had left Texas during the hearing. \
A third took off after the written order; an ICE official swore that everyone on it had a final \
removal order under ordinary immigration law, so none was removed under the proclamation alone.

What is disputed is what follows from those facts:

- The White House press secretary said the administration did not "refuse to comply," that the \
order had "no lawful basis," and that it came after the men "had already been removed from U.S. \
territory."
- On April 16, 2025, Judge Boasberg found **probable cause** that the government had shown \
"willful disregard" of his order, a first step toward criminal contempt.
- On August 8, a divided D.C. \
Circuit panel set that finding aside. \
Judge Katsas wrote that the order's word "removing" was ambiguous; Judge Rao wrote that the court \
could no longer coerce compliance with an order the Supreme Court had vacated. \
Judge Pillard, dissenting, found the instructions clear.
- On November 14 the full D.C. \
Circuit declined to rehear the case, although, according to a dissenting judge, six of its eleven \
judges believed the panel had erred. \
In the resumed inquiry, Homeland Security Secretary Kristi Noem declared that she had decided to \
complete the transfer on advice from her department's top lawyer, who relayed guidance from \
Justice Department leadership. \
In December an appeals panel paused the inquiry again and called for briefs due December 29, 2025, \
and January 5, 2026.

In the newest reports found (February 2026), the inquiry was still paused. \
As of December 4, 2026, no court had made a final finding on whether the order was violated. \
So the opposite claim, "the administration defied the court," is also disputed.`,
    sourceIds: [
      "jgg-tro",
      "cerna-declaration-2025",
      "leavitt-statement",
      "jgg-contempt-opinion",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "bloomberg-declarations",
      "dc-cir-dec-2025",
    ],
  },
  {
    id: "claims-courts",
    heading: "Claims about what the courts decided",
    body: `\
**"The Supreme Court approved the deportations."** \
On April 7, 2025, in *Trump v. \
J.G.G.*, the Court (5–4) set aside Judge Boasberg's orders because the challenges belonged in \
habeas petitions in the district where detainees were held. \
It also said detainees must get notice in time to seek habeas relief before removal. \
On May 16, in *A.A.R.P. v. \
Trump*, it said about 24 hours' notice was not enough. \
Neither ruling decided whether the invocation itself is lawful. \
The claim that the Court upheld the invocation is **inaccurate**; the claim that it ruled for the \
government on where to sue is accurate.

**"Courts have ruled the invocation illegal."** \
District judges in Texas, Colorado and New York ruled against it, and a judge in Pennsylvania \
upheld it. \
A Fifth Circuit panel ruled against it, but the full court vacated that ruling and heard argument \
on January 22, 2026. \
As of December 4, 2026, no decision by the full court had been reported, and no final ruling had \
settled whether Tren de Aragua's activity is an "invasion or predatory incursion." \
That question, and the broad claim that the invocation is illegal (or legal), is **disputed**.

**"Tren de Aragua acts at the direction of Venezuela's government."** \
The proclamation says so, and that finding is central to the invocation. \
An intelligence assessment dated April 7, 2025, released in May after a public-records request, \
concluded that the Maduro government "probably does not have a policy of cooperating with TDA and \
is not directing" its operations in the United States; FBI analysts partly dissented. \
After U.S. \
forces captured Maduro in January 2026, prosecutors accused him of working with groups that \
include Tren de Aragua, and the Justice Department told the full Fifth Circuit that his indictment \
"reinforces" the proclamation's findings. \
An indictment is an accusation, and Maduro pleaded not guilty. \
No court has decided the question, so the claim is **disputed**.`,
    sourceIds: [
      "trump-v-jgg",
      "aarp-v-trump",
      "jav-v-trump",
      "dbu-v-trump",
      "gff-v-trump",
      "asr-v-trump",
      "en-banc-argument-report",
      "proclamation-10903",
      "nic-assessment-2025",
      "reuters-maduro-arraignment-2026",
      "doj-letter-jan-2026",
    ],
  },
] satisfies Lesson["sections"];
