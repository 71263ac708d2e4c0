import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Alien Enemies Act",
    definition: `\
A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove non-citizens aged 14 \
or older from a hostile nation during a declared war or an invasion or predatory incursion by a \
foreign nation or government.`,
    sourceIds: ["aea-statute", "crs-lsb11269"],
  },
  {
    term: "Proclamation",
    definition: `\
A formal public announcement by the President. \
The Alien Enemies Act requires one before its powers can be used; Proclamation 10903 was the 2025 \
example.`,
    sourceIds: ["aea-statute", "proclamation-10903"],
  },
  {
    term: "Temporary restraining order (TRO)",
    definition: `\
A short emergency court order that freezes the situation until the court can hold a fuller hearing.`,
    sourceIds: ["jgg-tro"],
  },
  {
    term: "Class",
    definition: `\
A group of people in the same situation whose claims are handled together in one lawsuit, so a \
ruling can protect members who did not sue by name.`,
    sourceIds: ["jgg-tro"],
  },
  {
    term: "Minute order",
    definition: "A brief written order entered on a court's docket, often right after a hearing.",
    sourceIds: ["jgg-tro"],
  },
  {
    term: "Habeas corpus",
    definition: `\
The legal process for challenging one's own detention before a judge. \
Trump v. \
J.G.G. held that these challenges belonged in habeas, filed where the men were held.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    term: "Venue",
    definition: `\
The particular court where a case must be filed. \
For habeas, the Court pointed to the district of confinement.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    term: "Notice",
    definition: `\
Information given to a person that a government action is coming, in time to challenge it. \
The Supreme Court required it before removals under the Act.`,
    sourceIds: ["trump-v-jgg", "aarp-v-trump"],
  },
  {
    term: "Criminal contempt",
    definition: `\
Punishment for disobeying a court order that has already been disobeyed. \
The court first asks a government attorney to prosecute and appoints another attorney if the \
government declines or the interest of justice requires it.`,
    sourceIds: ["rule-42", "jgg-contempt-opinion"],
  },
  {
    term: "Probable cause",
    definition: `\
Enough evidence to believe that something, here a criminal contempt, probably occurred. \
It is a first step, not a conviction.`,
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    term: "Purge",
    definition: `\
To cure a contempt by taking the steps a court names, such as correcting the disobedience or \
identifying who was responsible.`,
    sourceIds: ["jgg-contempt-opinion"],
  },
  {
    term: "Parole",
    definition: `\
Permission to enter the United States temporarily without a formal admission. \
The February 2026 order required it for men returning to pursue their cases, who would be held in \
immigration custody.`,
    sourceIds: ["jgg-feb-2026-order"],
  },
  {
    term: "Mandamus",
    definition: `\
An order from a higher court directing a lower court or official. \
The D.C. \
Circuit used it in 2025 to vacate the probable-cause finding.`,
    sourceIds: ["dc-cir-mandamus"],
  },
  {
    term: "Rehearing en banc",
    definition: "Review of a three-judge panel's decision by all the active judges of an appeals court.",
    sourceIds: ["dc-cir-en-banc"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "proclamation-and-lawsuit",
    heading: "The proclamation and the lawsuit",
    body: `\
The **Alien Enemies Act** of 1798, now 50 U.S.C. §§ 21–24, lets the President detain and remove \
non-citizens aged 14 or older from a hostile nation in two situations: a declared war, or when \
"any invasion or predatory incursion is perpetrated, attempted, or threatened against the \
territory of the United States by any foreign nation or government." \
Before 2025 it had been used three times, each during a declared war: the War of 1812, World War \
I and World War II.

President Donald Trump signed Proclamation 10903 on March 14, 2025. \
It was made public on March 15 and published in the *Federal Register* on March 20. \
The proclamation described Tren de Aragua (TdA), a Venezuelan gang, as a designated Foreign \
Terrorist Organization acting at the direction of Venezuela's Maduro government. \
It declared that TdA "is perpetrating, attempting, and threatening an invasion or predatory \
incursion." \
It made Venezuelan TdA members aged 14 or older, other than naturalized citizens and lawful \
permanent residents, subject to immediate arrest, detention and removal.

In the early hours of March 15, before the proclamation was public, lawyers from the ACLU and \
Democracy Forward sued in federal court in Washington, D.C., for five Venezuelan men in \
immigration custody. \
The case, *J.G.G. v. Trump*, went to Chief Judge James E. Boasberg.`,
    sourceIds: ["aea-statute", "crs-lsb11269", "proclamation-10903", "jgg-tro"],
  },
  {
    id: "march-15-orders",
    heading: "March 15: a spoken order and a written one",
    body: `\
That morning a **temporary restraining order** (TRO), a short emergency order, barred the \
removal of the five named men.

At an emergency hearing that evening, he provisionally certified a **class**, a group whose \
members are represented together, made up of "all noncitizens in U.S. custody who are subject \
to" the proclamation. \
He barred their removal under the proclamation for 14 days. \
During the hearing he told government lawyers that any plane carrying class members that was \
taking off or already in the air had to be returned.

His written **minute order**, entered on the docket after the hearing, barred the removals but \
did not repeat the instruction to turn the planes around. \
In a notice the next day, government lawyers said some of the men "had already been removed from \
United States territory" before that order issued. \
Later filings put it at 7:25 p.m. Eastern time. \
The gap between the spoken and the written words became central.`,
    sourceIds: ["jgg-tro", "gov-filing-mar-16", "doj-filing-mar-25-2025"],
  },
  {
    id: "flights-and-counts",
    heading: "The flights and the numbers",
    body: `\
Two planes had left Texas and were in the air during the evening hearing. \
They were not turned back. \
Early on March 16 the men arrived in El Salvador and were taken to CECOT, a large prison. \
In a sworn declaration on March 18, an ICE official said both planes had left U.S. airspace \
before 7:25 p.m. A third plane left later, but he said everyone on it had final removal orders \
under ordinary immigration law.

Several numbers circulate; each measures something different:

- **261**: everyone flown to El Salvador that weekend, according to a White House official who \
spoke to the *Washington Post*.
- **137**: Venezuelans removed under the Alien Enemies Act, per the same official.
- **101**: other Venezuelans removed under ordinary immigration law, per the same official.
- **23**: Salvadorans whom the government described as MS-13 gang members.
- **238**: the alleged TdA members Bukele said had arrived, equal to the two Venezuelan groups \
combined (137 + 101).
- **252**: all Venezuelans held at CECOT, including men sent there on later flights that spring, \
who were flown to Venezuela on July 18, 2025 in a prisoner exchange.

The government alleged that the men were gang members. \
Their lawyers said they had no chance to contest that label.`,
    sourceIds: ["cerna-declaration-2025", "wapo-figures", "reuters-arrival-2025", "npr-exchange", "aclu-plaintiffs"],
  },
  {
    id: "two-accounts",
    heading: "Was the order violated? The competing accounts",
    body: `\
Whether the government violated Boasberg's order is **disputed**. \
No court has made a final finding.

**The administration's account.** In a statement released late on March 16 and posted on X the \
next day, White House press secretary Karoline Leavitt said the administration did not "refuse \
to comply." \
She argued that the order had "no lawful basis," that it came after the TdA members "had already \
been removed from U.S. territory," and that the written order and the administration's actions \
"do not conflict." \
She added that courts generally lack jurisdiction over the President's conduct of foreign \
affairs and his powers under the Act. \
At a briefing on March 17 she said there were questions about whether a spoken order carries the \
same weight as a written one, and that "our lawyers are determined to ask and answer those \
questions in court." \
A March 25 Justice Department filing, signed by Attorney General Pam Bondi, made the formal \
case. \
No one was removed under the proclamation after 7:25 p.m., it said, so the written order was \
obeyed, and a spoken directive is not an enforceable injunction. \
In a late-2025 declaration, Homeland Security Secretary Kristi Noem said she decided to complete \
the transfer on advice from her department's top lawyer, who relayed guidance from Justice \
Department leadership.

**The plaintiffs' account.** Lawyers for the men, led by the ACLU, argued that the men were sent \
away without due process and, later, that the government was "stonewalling" the court's effort \
to learn what happened.

**The judge's finding.** In April 2025 Boasberg found probable cause that the government had \
willfully disregarded his written order, which he read as barring the handover of class members \
to a foreign government. \
The men were handed to Salvadoran custody hours after it issued.`,
    sourceIds: [
      "leavitt-statement",
      "anadolu-leavitt-briefing-2025",
      "doj-filing-mar-25-2025",
      "bloomberg-declarations",
      "aclu-plaintiffs",
      "jgg-contempt-opinion",
    ],
  },
  {
    id: "appeals",
    heading: "Appeals: the D.C. Circuit and the Supreme Court",
    body: `\
On March 26, 2025, the U.S. Court of Appeals for the D.C. Circuit refused, 2–1, to pause \
Boasberg's orders (Judges Henderson and Millett concurring, Judge Walker dissenting).

In *Trump v. J.G.G.* \
(April 7, 2025), an unsigned 5–4 decision, the Supreme Court vacated the orders. \
It reasoned that the men's claims attacked their confinement and removal, so they fell within \
the core of **habeas corpus**, the process for challenging one's detention. \
They had to be filed where the men were held, in Texas. \
But the Court also said detainees must receive notice that they are subject to removal under the \
Act "within a reasonable time and in such a manner as will allow them to actually seek habeas \
relief in the proper venue before such removal occurs." \
All nine justices were described as agreeing on that point. \
Justice Sotomayor dissented, joined by Justices Kagan and Jackson and, in part, by Justice \
Barrett.

In *A.A.R.P. v. Trump*, a case from northern Texas, the Court barred removals of a proposed \
class on April 19. \
On May 16, 2025, by a 7–2 vote, it held that notice given about 24 hours before removal, with no \
information on how to contest it, "surely does not pass muster." \
It left the exact process to the Fifth Circuit.`,
    sourceIds: ["dc-cir-stay-denial", "trump-v-jgg", "aarp-v-trump"],
  },
  {
    id: "contempt-inquiry",
    heading: "The contempt inquiry",
    body: `\
Boasberg's probable-cause finding of April 16, 2025, a 46-page opinion that spoke of "willful \
disregard" of his order, was a first step toward criminal contempt. \
He offered ways to **purge**, or cure, the contempt: assert custody of the men so they could \
bring habeas challenges, or identify the officials who decided not to halt the transfers.

The government sought **mandamus**. \
A D.C. Circuit panel of Judges Katsas and Rao, with Judge Pillard dissenting, paused the finding \
on April 18 and vacated it on August 8, 2025. \
Katsas found the order's word "removing" ambiguous. \
Rao found the court could no longer coerce compliance with an order the Supreme Court had \
vacated. \
Pillard found the spoken instructions clear. \
On November 14 the full D.C. Circuit denied **rehearing en banc**, so the finding stayed vacated \
but the inquiry could continue. \
Judge Florence Pan wrote that six of the court's 11 judges believed the panel had erred.

On December 8, Boasberg called the government's declarations "cursory" and ordered live \
testimony from Erez Reuveni, a former Justice Department lawyer and whistleblower, and from \
Deputy Assistant Attorney General Drew Ensign. \
On December 12 a D.C. Circuit panel paused those hearings (Judges Rao and Walker granted the \
pause; Judge Childs would have denied it). \
It then ordered briefs, due by January 5, 2026, on what authority a trial court has to \
investigate possible indirect contempt and delay a referral for prosecution.`,
    sourceIds: [
      "jgg-contempt-opinion",
      "dc-cir-admin-stay",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "bloomberg-declarations",
      "jgg-dec-8-order",
      "dc-cir-dec-2025",
    ],
  },
  {
    id: "remedy-2026",
    heading: "After December 2025: hearings, Venezuela and an open inquiry",
    body: `\
On December 22, 2025, Boasberg ruled that the 137 men removed under the Act had been sent off \
with "virtually no notice and no opportunity" to contest their removal, violating due process. \
He asked for a plan, due January 5, 2026, to give them hearings, though most were by then in \
Venezuela.

On January 3, 2026, U.S. forces captured Venezuela's president, Nicolás Maduro, and brought him \
to New York to face narco-terrorism charges. \
The Justice Department told the Fifth Circuit, in another Alien Enemies Act case, that the \
indictment reinforced the proclamation's findings. \
Experts quoted by CNN said it did not show an invasion. \
In *J.G.G.*, the government filed a declaration by Secretary of State Marco Rubio on January 12. \
Returning the men or arranging hearings from Venezuela, he said, "would risk material damage to \
U.S. foreign policy interests" during delicate dealings with Venezuela's new leaders. \
He added that the government did not know where the men were.

On February 12, 2026, Boasberg wrote that the government's responses "essentially told the Court \
to pound sand." \
He ordered it to help class members now in third countries who want to return: pay their \
airfare, issue boarding letters and parole them into immigration custody at a port of entry so \
they can pursue their challenges. \
Men still in Venezuela could pursue their cases from there but would not be brought back for \
now. \
Filings on who wanted to return, and on how and when they would be brought back, were due \
February 27 and March 13. \
A White House spokeswoman called it "an absurd, unlawful ruling." \
The plaintiffs' lawyer Lee Gelernt said the men had suffered abuse because the government \
treated due process as optional.

As of the last reports found (mid-February 2026), the D.C. Circuit had not ruled on the \
government's December petition, the contempt hearings remained paused, and no man had been \
reported returned. \
Searches through December 4, 2026 found no later report; these points may since have changed.`,
    sourceIds: [
      "jgg-summary-judgment",
      "doj-letter-jan-2026",
      "rubio-declaration-jan-2026",
      "jgg-feb-2026-order",
      "npr-feb-2026-order",
      "notus-feb-2026-order",
      "wh-reaction-feb-2026",
      "dc-cir-dec-2025",
    ],
  },
  {
    id: "what-the-case-teaches",
    heading: "What the case teaches about court orders",
    body: `\
In *Federalist* No. 78, Alexander Hamilton wrote that the judiciary has "neither FORCE nor WILL, \
but merely judgment" and must depend on "the aid of the executive arm."

- A judge could order planes turned around, but only the executive could turn them.
- A court could rule that the men were owed hearings and order help with their return. \
Airfare, boarding letters and parole still required the executive to act.
- Criminal contempt runs through the executive too. \
Under Rule 42 the court first asks a government attorney to prosecute, and appoints another \
attorney if the government declines or the interest of justice requires it. \
Under *Ex parte Grossman* (1925), the President may pardon criminal contempt.
- The judiciary also checks itself. \
Appeals courts paused, vacated and reviewed the district judge's steps.

Judges drew different conclusions: Boasberg found probable cause of willful disregard and \
Pillard found the spoken instructions clear, while Rao saw a trial court intruding on the \
President's foreign-affairs powers.`,
    sourceIds: ["federalist-78", "jgg-tro", "jgg-feb-2026-order", "rule-42", "ex-parte-grossman", "dc-cir-mandamus"],
  },
] satisfies Lesson["sections"];
