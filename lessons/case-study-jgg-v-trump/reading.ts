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
government declines.`,
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
Before 2025 it had been used three times, each during a declared war: the War of 1812, World War I \
and World War II.

President Donald Trump signed Proclamation 10903 on March 14, 2025. \
The White House made it public on March 15, and it was published in the *Federal Register* on \
March 20. \
The proclamation described Tren de Aragua (TdA), a Venezuelan gang, as a designated Foreign \
Terrorist Organization acting at the direction of Venezuela's Maduro government, and it declared \
that TdA "is perpetrating, attempting, and threatening an invasion or predatory incursion." \
It made Venezuelan citizens aged 14 or older who are TdA members, and who are neither naturalized \
citizens nor lawful permanent residents, subject to immediate arrest, detention and removal.

Lawyers from the ACLU and Democracy Forward moved first. \
In the early hours of March 15, before the proclamation was public, they sued in federal court in \
Washington, D.C., on behalf of five Venezuelan men in immigration custody, identified only by \
initials. \
The case, *J.G.G. v. \
Trump*, went to Chief Judge James E. \
Boasberg.`,
    sourceIds: ["aea-statute", "crs-lsb11269", "proclamation-10903", "jgg-tro"],
  },
  {
    id: "march-15-orders",
    heading: "March 15: a spoken order and a written one",
    body: `\
Boasberg acted twice that day. \
In the morning he issued a **temporary restraining order** (TRO), a short emergency order, barring \
the removal of the five named men.

At an emergency hearing that evening, he provisionally certified a **class**, a group whose \
members are represented together, made up of "all noncitizens in U.S. custody who are subject to" \
the proclamation. \
He barred their removal under the proclamation for 14 days. \
During the hearing he told government lawyers that any plane carrying class members that was about \
to take off, or was already in the air, had to be returned to the United States.

His written **minute order**, entered on the docket after the hearing, barred the removals but did \
not repeat the instruction to turn the planes around. \
In a filing the next day, government lawyers placed the written order at 7:26 p.m. \
Eastern time and said some of the men had already left U.S. territory by then. \
The gap between the spoken and the written words became central to everything that followed.`,
    sourceIds: ["jgg-tro", "trump-v-jgg", "gov-filing-mar-16"],
  },
  {
    id: "flights-and-counts",
    heading: "The flights and the numbers",
    body: `\
Two planes had left Texas and were in the air while the evening hearing was under way. \
They were not turned back. \
Early on March 16 the men arrived in El Salvador and were taken to CECOT, a large prison. \
El Salvador's president, Nayib Bukele, posted that they would be held there for one year, renewable.

Several numbers circulate, and each measures something different:

- **261**: everyone flown to El Salvador that weekend, according to a White House official who \
spoke to the *Washington Post*.
- **137**: Venezuelans removed under the Alien Enemies Act, according to the same official.
- **101**: other Venezuelans removed under ordinary immigration law, according to the same official.
- **23**: Salvadorans whom the government described as MS-13 gang members.
- **238**: the alleged TdA members Bukele said had arrived. \
It equals the two Venezuelan groups combined (137 + 101).
- **252**: all Venezuelans held at CECOT, including men sent there in April, who were flown to \
Venezuela on July 18, 2025 in a prisoner exchange.

The government alleged that the men were gang members. \
Their lawyers argued that they were removed without due process, with no chance to contest that \
label.`,
    sourceIds: [
      "wapo-figures",
      "reuters-arrival-2025",
      "npr-exchange",
      "aclu-plaintiffs",
      "jgg-contempt-opinion",
      "jgg-summary-judgment",
    ],
  },
  {
    id: "two-accounts",
    heading: "Was the order violated? The competing accounts",
    body: `\
Whether the government violated Boasberg's order is **disputed**. \
As of early 2026, no court had made a final finding.

**The administration's account.** \
On March 17, White House press secretary Karoline Leavitt said the administration did not "refuse \
to comply." \
She argued that the order had "no lawful basis," that it came after the TdA members "had already \
been removed from U.S. territory," and that the written order and the administration's actions "do \
not conflict." \
She added that federal courts generally lack jurisdiction over the President's conduct of foreign \
affairs and his powers under the Act, and that one judge cannot direct planes already outside the \
country. \
Later she stressed that the planes left before the *written* order and said that whether a spoken \
order carries the same weight "is a question" for the lawyers. \
She also called Boasberg an "activist judge." \
Late in 2025, Homeland Security Secretary Kristi Noem stated in a court declaration that she had \
decided to complete the transfer after receiving legal advice passed on from Homeland Security and \
Justice Department leadership.

**The plaintiffs' account.** \
Lawyers for the men, led by the ACLU, argued that the men were sent away without due process and, \
later, that the government was "stonewalling" the court's effort to learn what happened.

**The judge's finding.** \
In April 2025 Boasberg found probable cause that the government had willfully disregarded both his \
written order and his explicit spoken command. \
Appeals judges later divided over that finding, as described below.`,
    sourceIds: ["leavitt-statement", "bloomberg-declarations", "aclu-plaintiffs", "jgg-contempt-opinion"],
  },
  {
    id: "appeals",
    heading: "Appeals: the D.C. Circuit and the Supreme Court",
    body: `\
The government appealed at once. \
On March 26, 2025, the U.S. \
Court of Appeals for the D.C. \
Circuit refused, 2–1, to pause Boasberg's orders. \
Judges Karen Henderson and Patricia Millett each wrote concurring opinions, and Judge Justin \
Walker dissented. \
On March 28 the government asked the Supreme Court to vacate the orders, and Boasberg extended them.

In *Trump v. \
J.G.G.* \
(April 7, 2025), an unsigned 5–4 decision, the Supreme Court vacated the orders. \
It reasoned that the men's claims attacked their confinement and removal, so they fell within the \
core of **habeas corpus**, the process for challenging one's detention. \
Such claims had to be filed in the district where the men were held, Texas, not in Washington. \
But the Court also said detainees must receive notice that they are subject to removal under the \
Act "within a reasonable time and in such a manner as will allow them to actually seek habeas \
relief in the proper venue before such removal occurs." \
All nine justices were described as agreeing on that point. \
Justice Kavanaugh concurred. \
Justice Sotomayor dissented, joined by Justices Kagan and Jackson and, in part, by Justice \
Barrett; Justice Jackson also wrote her own dissent.

The notice rule was soon tested. \
In *A.A.R.P. v. \
Trump*, a case from northern Texas, the Court ordered shortly after midnight on April 19 that \
members of a proposed class not be removed until further order; Justices Thomas and Alito \
dissented. \
On May 16, 2025, by a 7–2 vote, it held that notice given about 24 hours before removal, with no \
information on how to contest it, "surely does not pass muster." \
It left the exact process to the Fifth Circuit.`,
    sourceIds: ["dc-cir-stay-denial", "trump-v-jgg", "aarp-v-trump"],
  },
  {
    id: "contempt-inquiry",
    heading: "The contempt inquiry",
    body: `\
On April 16, 2025, in a 46-page opinion, Boasberg found probable cause that the government's \
conduct on March 15 showed "willful disregard" of his order, a first step toward criminal contempt. \
He offered ways to **purge**, or cure, the contempt: the government could assert custody of the \
men so they could bring habeas challenges (bringing them back was not strictly required), or it \
could identify the officials who decided not to halt the transfers. \
Otherwise he planned declarations, then testimony, then a request for prosecution, and, if the \
Justice Department declined, the appointment of a private prosecutor.

The government sought **mandamus**. \
A D.C. \
Circuit panel of Judges Katsas and Rao, with Judge Pillard dissenting, paused the finding on April \
18 and vacated it on August 8, 2025. \
Katsas found the order's word "removing" ambiguous; Rao found the court could no longer coerce \
compliance with an order the Supreme Court had vacated. \
Pillard found the spoken instructions clear. \
On November 14, 2025, the full D.C. \
Circuit denied **rehearing en banc**. \
The finding stayed vacated, but the inquiry could continue. \
Judge Florence Pan wrote in dissent that six of the court's 11 judges believed the panel had erred.

Back in district court, the government filed short declarations, including Noem's. \
On December 8, Boasberg called them "cursory" and ordered live testimony from Erez Reuveni, a \
former Justice Department lawyer and whistleblower, and from Deputy Assistant Attorney General \
Drew Ensign. \
On December 12, a D.C. \
Circuit panel (Judges Rao and Walker; Judge Childs would have denied the request) paused those \
hearings. \
It then ordered briefs, due December 29, 2025 and January 5, 2026, on whether a trial court may \
investigate possible contempt, and hold off on referring it for prosecution, before finding \
probable cause.

Separately, on December 22 Boasberg ruled that the 137 men removed under the Act had been sent off \
with "virtually no notice and no opportunity" to contest their removal, violating due process. \
He ordered the government to propose, by January 5, 2026, a plan to facilitate their return or \
give them hearings. \
By then most of the men were in Venezuela.

As of early 2026, the sources for this lesson do not show what the D.C. \
Circuit decided after that briefing or what plan the government filed. \
Both may have changed.`,
    sourceIds: [
      "jgg-contempt-opinion",
      "dc-cir-admin-stay",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "bloomberg-declarations",
      "jgg-dec-8-order",
      "dc-cir-dec-2025",
      "jgg-summary-judgment",
    ],
  },
  {
    id: "what-the-case-teaches",
    heading: "What the case teaches about court orders",
    body: `\
In *Federalist* No. \
78, Alexander Hamilton wrote that the judiciary has "neither FORCE nor WILL, but merely judgment" \
and must depend on "the aid of the executive arm." \
*J.G.G.* shows what that means in practice.

- A judge could order planes turned around, but only the executive could turn them.
- A court could declare, as Boasberg did in December 2025, that the men were owed hearings. \
Returning them or giving them hearings still required the executive to act.
- Criminal contempt runs through the executive too. \
Under Rule 42, the court first asks a government attorney to prosecute; only if the government \
declines does it appoint another attorney. \
Under *Ex parte Grossman* (1925), the President may pardon criminal contempt.
- The judiciary also checks itself. \
Appeals courts paused, vacated and reviewed the district judge's steps, and the Supreme Court sent \
the habeas claims to Texas while requiring notice.

The judges drew different conclusions from these facts. \
Judge Boasberg found probable cause that his order had been willfully disregarded, and Judge \
Pillard found the spoken instructions clear. \
Judge Rao, in the panel majority, saw a trial court intruding on the President's foreign-affairs \
powers, and the appeals process stopped the inquiry more than once. \
As of early 2026 the case was unresolved, and students can weigh for themselves which lesson the \
record supports.`,
    sourceIds: [
      "federalist-78",
      "rule-42",
      "ex-parte-grossman",
      "jgg-summary-judgment",
      "dc-cir-mandamus",
      "trump-v-jgg",
    ],
  },
] satisfies Lesson["sections"];
