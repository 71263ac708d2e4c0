import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Alien Enemies Act",
    definition: `\
A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove certain non-citizens \
from a hostile nation during a declared war or an invasion or predatory incursion by a foreign \
nation or government.`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Alien enemy",
    definition: `\
Under the Act, a native, citizen, denizen or subject of the hostile nation or government who is 14 \
or older, is in the United States, and has not been naturalized.`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Predatory incursion",
    definition: `\
One of the Act's triggers, named alongside "invasion." \
The statute does not define it, and judges disagreed in 2025 about whether it requires military, \
wartime action.`,
    sourceIds: ["aea-statute", "dbu-v-trump", "asr-v-trump"],
  },
  {
    term: "Proclamation",
    definition: `\
A formal public announcement by the President. \
The Act works only after the President makes "public proclamation" of the war, invasion or \
incursion.`,
    sourceIds: ["aea-statute", "proclamation-10903"],
  },
  {
    term: "Foreign Terrorist Organization (FTO)",
    definition: `\
A foreign group that the Secretary of State formally designates as a terrorist organization under \
section 219 of the Immigration and Nationality Act. \
The designation comes from a different law than the Alien Enemies Act.`,
    sourceIds: ["eo-14157", "fto-designations"],
  },
  {
    term: "Lawful permanent resident",
    definition: `\
A non-citizen allowed to live in the United States permanently (a "green card" holder). \
Proclamation 10903 excludes lawful permanent residents from its coverage.`,
    sourceIds: ["proclamation-10903"],
  },
  {
    term: "Temporary restraining order (TRO)",
    definition: `\
A short-term court order, issued quickly, that freezes a situation until the court can hear the \
case more fully.`,
    sourceIds: ["jgg-tro", "trump-v-jgg"],
  },
  {
    term: "Preliminary injunction",
    definition: `\
A court order that blocks an action while a lawsuit continues, issued after the court finds the \
challengers likely to win.`,
    sourceIds: ["dbu-v-trump", "wmm-panel"],
  },
  {
    term: "Habeas corpus",
    definition: `\
A petition asking a court to decide whether a person's detention is lawful. \
The Supreme Court held that challenges to removal under the Act must be brought this way, in the \
district where the person is held.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    term: "Class action",
    definition: `\
A lawsuit brought on behalf of a whole group of people in the same situation. \
On March 15, 2025, a judge provisionally certified a class of everyone in U.S. custody subject to \
the proclamation.`,
    sourceIds: ["jgg-tro"],
  },
  {
    term: "Per curiam",
    definition: `\
Latin for "by the court": an opinion issued in the name of the court without a named author.`,
    sourceIds: ["trump-v-jgg", "aarp-v-trump"],
  },
  {
    term: "Rehearing en banc",
    definition: `\
A rehearing of a case by all the active judges of a court of appeals instead of a three-judge \
panel. \
In the Fifth Circuit, granting it wipes out (vacates) the panel's opinion.`,
    sourceIds: ["wmm-en-banc-order"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "a-1798-law",
    heading: "A wartime law from 1798",
    body: `\
The **Alien Enemies Act** became law on July 6, 1798. \
It is still in force today as 50 U.S.C. §§ 21–24.

Section 21 says when the Act can be used. \
There are two situations. \
The first is a *declared war* between the United States and "any foreign nation or government." \
The second is an *invasion or predatory incursion* against U.S. territory that a foreign nation or \
government carries out, attempts or threatens. \
In either case, the President must also announce the event in a public **proclamation**.

The people the Act reaches are called **alien enemies**. \
They are natives, citizens, denizens or subjects of the hostile nation or government who are 14 or \
older, are inside the United States, and have not been naturalized (made U.S. citizens). \
They can be "apprehended, restrained, secured, and removed." \
The President sets the rules for how they are treated. \
Other sections give time to settle one's affairs before leaving (§ 22), give federal courts and \
judges jurisdiction (§ 23), and set out the duties of U.S. marshals (§ 24).

Congress has changed the Act once: in 1918 it removed the original limit to males. \
Before 2025, presidents had used the Act three times, in the War of 1812, World War I and World \
War II. \
In 1948 the Supreme Court called it "the law of the land, virtually unchanged since 1798."`,
    sourceIds: ["aea-statute", "frus-1918", "crs-lsb11269", "ludecke"],
  },
  {
    id: "designations",
    heading: "Step one: terrorist designations",
    body: `\
On January 20, 2025, his first day back in office, President Donald Trump signed **Executive Order \
14157**. \
It declared a national emergency over cartels under the International Emergency Economic Powers \
Act. \
It directed the State Department and other agencies to consider naming cartels and similar groups \
as **Foreign Terrorist Organizations** (FTOs) or Specially Designated Global Terrorists. \
It also told the Attorney General and the Secretary of Homeland Security to be ready, within 14 \
days, to carry out any decision to invoke the Alien Enemies Act. \
The order was published in the Federal Register on January 29.

The State Department then designated eight groups as both FTOs and Specially Designated Global \
Terrorists: the Venezuelan gang Tren de Aragua (TdA), the gang MS-13 (Mara Salvatrucha), and six \
Mexican cartels. \
The notice is dated February 6, 2025. \
It was announced February 19 and published in the Federal Register on February 20.

A terrorist designation and the Alien Enemies Act are separate legal tools. \
The FTO label comes from the immigration laws. \
The Act's own text asks a different question: is there a declared war, or an invasion or predatory \
incursion by a foreign nation or government? \
A designation does not answer that question, and the Act does not mention terrorist lists. \
That is why the President issued a separate proclamation.`,
    sourceIds: ["eo-14157", "fto-designations", "aea-statute", "crs-lsb11269"],
  },
  {
    id: "proclamation-10903",
    heading: "Step two: Proclamation 10903",
    body: `\
President Trump signed **Proclamation 10903**, "Invocation of the Alien Enemies Act Regarding the \
Invasion of the United States by Tren de Aragua," on March 14, 2025. \
The White House posted it on its website on March 15, and it was published in the Federal Register \
on March 20 (90 Fed. \
Reg. \
13033). \
Many news reports date the invocation to March 15, when the proclamation became public.

The proclamation makes several claims. \
It says TdA is a designated Foreign Terrorist Organization with thousands of members, many of whom \
entered the United States unlawfully, and that they are "conducting irregular warfare and \
undertaking hostile actions" against the country. \
It says TdA works with Cártel de los Soles, which it ties to the government of Nicolás Maduro, and \
acts "at the direction, clandestine or otherwise," of that government. \
It calls Venezuela a "hybrid criminal state." \
Its central finding is that TdA "is perpetrating, attempting, and threatening an invasion or \
predatory incursion."

The proclamation covers Venezuelan citizens 14 or older who are TdA members, are in the United \
States, and are neither naturalized citizens nor **lawful permanent residents**. \
It orders that they be apprehended, detained and removed, and that property tied to TdA activity \
be seized. \
These are the government's findings. \
Whether a particular person is in fact a TdA member is a separate question of fact.

Events moved fast. \
Early on March 15, before the proclamation was public, the ACLU and Democracy Forward sued in \
federal court in Washington, D.C., for five Venezuelan men in immigration custody (*J.G.G. v. \
Trump*). \
That morning Chief Judge James E. \
Boasberg issued a **temporary restraining order** protecting the five. \
That evening he issued a second one covering a provisional **class** of everyone in U.S. custody \
subject to the proclamation, for 14 days. \
Planes carrying detainees were already in the air during that hearing. \
A White House official told the Washington Post that 261 people were flown to El Salvador that \
weekend: 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans under ordinary \
immigration law, and 23 Salvadorans the government said were MS-13 members. \
Whether the government obeyed the judge's orders that evening is a separate dispute that was still \
unresolved in the newest reports found (early 2026).`,
    sourceIds: ["proclamation-10903", "jgg-tro", "jurist-report", "wapo-figures"],
  },
  {
    id: "legal-questions",
    heading: "Four legal questions",
    body: `\
The lawsuits that followed raised four main questions.

1. \
**Is a gang's activity an "invasion or predatory incursion"?** \
The Act does not define these words. \
The government argued that TdA's conduct is a predatory incursion. \
The challengers argued that using a wartime law in peacetime to skip ordinary deportation \
procedures goes beyond the President's power.

2. \
**Is the attacker a "foreign nation or government"?** \
The Act speaks of an attack "by any foreign nation or government." \
TdA is a criminal organization. \
The proclamation's answer is that TdA acts at the direction of the Maduro government. \
A U.S. \
intelligence assessment of April 7, 2025, released in May, concluded that the Maduro government \
"probably does not have a policy of cooperating with TDA and is not directing" its operations in \
the United States. \
Whether courts must accept the proclamation's finding depends on the next question.

3. \
**Who decides?** \
In *Ludecke v. \
Watkins* (1948), the Supreme Court held that the Act barred courts from reviewing the President's \
removal orders themselves. \
Courts could still decide whether the Act is valid and what it means, whether a declared war \
exists, and whether a person is an alien enemy. \
The administration argued that courts lack power over these decisions and cannot block an \
invocation. \
The challengers asked courts to decide for themselves what the statute's words mean.

4. \
**What notice and hearing are due?** \
On April 7, 2025, in *Trump v. \
J.G.G.*, the Supreme Court ruled 5–4 in an unsigned (**per curiam**) opinion and set aside Judge \
Boasberg's orders. \
It held that challenges must be brought as **habeas corpus** petitions in the district where a \
person is held, not in Washington, D.C. \
The same unsigned opinion said detainees must be told they are subject to removal under the Act \
"within a reasonable time and in such a manner as will allow them to actually seek habeas relief \
in the proper venue before such removal occurs." \
On May 16, in *A.A.R.P. v. \
Trump*, the Court (7–2) said notice given about 24 hours before removal, with no information on \
how to contest it, "surely does not pass muster." \
It left the exact process to the lower courts and kept in place its order blocking removals under \
the Act for that group of detainees.`,
    sourceIds: [
      "aea-statute",
      "proclamation-10903",
      "ludecke",
      "jurist-report",
      "leavitt-statement",
      "en-banc-argument-report",
      "trump-v-jgg",
      "aarp-v-trump",
      "nic-assessment-2025",
    ],
  },
  {
    id: "district-courts",
    heading: "District courts split",
    body: `\
By mid-May 2025, federal judges in four states had ruled on the proclamation, and they did not \
agree.

- **Texas.** \
On May 1, Judge Fernando Rodriguez Jr. of the Southern District of Texas, in *J.A.V. v. \
Trump*, issued the first final judgment holding the invocation itself unlawful. \
He found that TdA's activities are not an "invasion" or "predatory incursion" and that the \
proclamation goes beyond what the Act allows. \
He permanently barred detention, transfer and removal under the Act in his district.
- **Colorado.** \
In *D.B.U. v. \
Trump*, Judge Charlotte Sweeney, in a temporary restraining order of April 22, required 21 days' \
notice in a language the person understands and wrote that "invasion" and "predatory incursion" \
describe military, wartime action, which the proclamation does not show. \
On May 6 she repeated that reasoning in a **preliminary injunction**.
- **New York.** \
Also on May 6, Judge Alvin Hellerstein of the Southern District of New York, in *G.F.F. v. \
Trump*, held that the Act "was not validly invoked" because no war, invasion or predatory \
incursion had been shown. \
He also found the government's proposed notice inadequate.
- **Pennsylvania.** \
On May 13, Judge Stephanie Haines of the Western District of Pennsylvania, in *A.S.R. v. \
Trump*, became the first judge to uphold the invocation. \
She held that TdA's activity fits a "predatory incursion" and deferred to the President's finding \
that the Maduro government directs TdA. \
But she held the government's notice inadequate and required 21 days' notice in English and \
Spanish.

Judges Rodriguez and Haines, both appointed by President Trump, reached opposite conclusions.`,
    sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "asr-v-trump"],
  },
  {
    id: "fifth-circuit",
    heading: "The Fifth Circuit, and what was last known",
    body: `\
The case that went furthest on appeal is *W.M.M. v. \
Trump*, the same litigation that produced *A.A.R.P.* \
On September 2, 2025, a three-judge panel of the U.S. \
Court of Appeals for the Fifth Circuit (Judges Southwick, Ramirez and Oldham) ruled against the \
government on the main question.

Judge Southwick, writing for the majority, said courts may not second-guess the President's \
findings of fact, but they may interpret the statute and apply it to the facts the President \
proclaimed. \
Taking the proclamation's facts as given, the majority found no invasion or predatory incursion, \
so the detainees were entitled to a preliminary injunction. \
On notice, the majority found the government's revised 7-day notice adequate on the record. \
Judge Ramirez disagreed on that point and would have required 21 days. \
Judge Oldham dissented in an opinion of roughly 130 pages, arguing that courts should defer to the \
President.

On September 30, 2025, the full Fifth Circuit granted **rehearing en banc**, which vacated the \
panel's opinion. \
All 17 active judges heard argument on January 22, 2026. \
A Justice Department lawyer, Drew Ensign, argued that TdA's conduct is a "predatory incursion" and \
that courts cannot block an invocation of the Act.

On January 3, 2026, U.S. \
forces captured Nicolás Maduro in Caracas and flew him to New York, where he pleaded not guilty to \
narco-terrorism and drug-trafficking charges; Reuters reported that prosecutors accuse him of \
working with groups that include Tren de Aragua. \
The Justice Department then told the full Fifth Circuit that the indictment "reinforces" the \
proclamation's findings. \
Legal experts quoted by CNN said criminal charges do not show an invasion. \
An indictment is an accusation, and the case was still pending in the newest reports.

As of December 4, 2026, no decision by the full court had been reported in the sources available \
to this lesson, and the Supreme Court had not ruled on the central question of whether the \
invocation is lawful. \
In the newest sources, the Supreme Court's order blocking removals under the Act for the \
*A.A.R.P.* group was still in force, and sources from mid-2025 reported few or no further removals \
under the Act after mid-March 2025.`,
    sourceIds: [
      "wmm-panel",
      "wmm-en-banc-order",
      "en-banc-argument-report",
      "aarp-v-trump",
      "reuters-maduro-arraignment-2026",
      "doj-letter-jan-2026",
    ],
  },
] satisfies Lesson["sections"];
