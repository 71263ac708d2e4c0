import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Habeas corpus",
    definition: `\
A court order that requires whoever holds a prisoner to justify the detention before a judge. If \
there is no lawful basis, the judge can order the prisoner released.`,
    sourceIds: ["us-constitution", "habeas-statute"],
  },
  {
    term: "Suspension Clause",
    definition: `\
The part of Article I, Section 9 of the Constitution that forbids suspending the privilege of \
habeas corpus except in cases of rebellion or invasion when public safety requires it.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Jurisdiction",
    definition: "A court's legal power to hear and decide a particular kind of case.",
    sourceIds: ["rasul-v-bush"],
  },
  {
    term: "Adequate substitute",
    definition: `\
A replacement procedure that gives a detainee protection comparable to habeas corpus. In \
Boumediene, the Court found that the review offered under the Detainee Treatment Act was not one.`,
    sourceIds: ["boumediene-v-bush"],
  },
  {
    term: "Guantánamo Bay",
    definition: `\
A U.S. naval station in Cuba. The United States controls it completely under a lease with Cuba, a \
point the Supreme Court noted in Rasul v. Bush.`,
    sourceIds: ["rasul-v-bush"],
  },
  {
    term: "Transfer",
    definition: `\
Handing a detainee from U.S. custody to the custody of another government, for example for \
prosecution or resettlement.`,
    sourceIds: ["munaf-v-geren", "kiyemba-ii"],
  },
  {
    term: "Political branches",
    definition: `\
Congress and the President, the branches chosen by voters. Courts sometimes leave judgments about \
foreign conditions, such as the risk of mistreatment in another country, to them.`,
    sourceIds: ["munaf-v-geren"],
  },
  {
    term: "National Defense Authorization Act (NDAA)",
    definition: `\
The law Congress passes each year to set defense policy and authorize defense spending. The acts \
for fiscal years 2011 and 2016, among others, limited Guantánamo transfers.`,
    sourceIds: ["ndaa-fy2011", "crs-r42143"],
  },
  {
    term: "Certification",
    definition: `\
A formal written statement an official must give Congress before acting. The FY2011 NDAA required \
the Secretary of Defense to certify conditions 30 days before sending a Guantánamo detainee abroad.`,
    sourceIds: ["ndaa-fy2011"],
  },
  {
    term: "District of confinement",
    definition: `\
The federal judicial district where a detainee is physically held. In Trump v. J.G.G. the Supreme \
Court said Alien Enemies Act challenges must be filed there, as habeas petitions.`,
    sourceIds: ["trump-v-jgg"],
  },
  {
    term: "Facilitate",
    definition: `\
To take steps that make something possible. In Noem v. Abrego Garcia the Supreme Court required \
the government to facilitate a wrongly removed man's release from Salvadoran custody.`,
    sourceIds: ["noem-v-abrego-garcia"],
  },
  {
    term: "Constructive custody",
    definition: `\
Legal control over a person who is physically held by someone else. In December 2025 a federal \
judge held that the United States kept constructive custody of men it had paid El Salvador to \
detain.`,
    sourceIds: ["jgg-summary-judgment"],
  },
  {
    term: "Per curiam",
    definition: "An unsigned opinion issued in the name of the whole court rather than a named justice.",
    sourceIds: ["trump-v-jgg"],
  },
  {
    term: "Expedited removal",
    definition: `\
A fast-track removal process for some noncitizens stopped at or near the border, decided by \
immigration officers with little court review.`,
    sourceIds: ["dhs-v-thuraissigiam"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "what-habeas-is",
    heading: "The writ that asks: why is this person being held?",
    body: `\
**Habeas corpus** is a court order directed at whoever holds a prisoner. It requires the jailer to \
justify the detention before a judge. If there is no lawful basis, the judge can order the \
prisoner released.

The Constitution protects the writ in Article I, Section 9, a list of limits on Congress. This \
**Suspension Clause** says the privilege of the writ "shall not be suspended, unless when in Cases \
of Rebellion or Invasion the public Safety may require it." Congress has also written the writ \
into federal law. The main statute today is 28 U.S.C. § 2241.

Two questions run through this lesson. First, *where* does the writ reach: can it help someone \
held outside the fifty states? Second, *what* can a judge do once the government is about to hand \
a prisoner to another country, or already has?`,
    sourceIds: ["us-constitution", "habeas-statute"],
  },
  {
    id: "guantanamo-cases",
    heading: "Guantánamo: Rasul (2004) and Boumediene (2008)",
    body: `\
The U.S. military held foreign nationals at its naval station at Guantánamo Bay, Cuba. The base is \
outside the fifty states, but the United States controls it completely under a lease with Cuba. \
Could federal judges hear the detainees' challenges at all?

In *Rasul v. Bush* (June 28, 2004), the Supreme Court said yes, by a 6–3 vote. Justice John Paul \
Stevens wrote that the federal habeas statute gave courts **jurisdiction**, meaning the power to \
hear a case, over challenges by foreign nationals held there. The petitioners were two Australians \
and twelve Kuwaitis. Justice Antonin Scalia, joined by Chief Justice William Rehnquist and Justice \
Clarence Thomas, dissented.

*Rasul* rested on a statute, and Congress can change statutes. Section 7 of the Military \
Commissions Act of 2006 took away the courts' jurisdiction over these habeas cases. Detainees were \
left with a different review process set up by the Detainee Treatment Act.

In *Boumediene v. Bush* (June 12, 2008), the Court ruled 5–4 that Guantánamo detainees have the \
**constitutional** privilege of habeas corpus, not only a statutory one. Because the Detainee \
Treatment Act process was not an **adequate substitute** for habeas, section 7 operated as an \
unconstitutional suspension of the writ. Justice Anthony Kennedy wrote for the majority: "The laws \
and Constitution are designed to survive, and remain in force, in extraordinary times." Chief \
Justice John Roberts and Justice Scalia each wrote a dissent.

The Court has also drawn limits. In *Department of Homeland Security v. Thuraissigiam* (June 25, \
2020), it ruled 7–2 that Congress could sharply limit court review of fast-track ("expedited") \
removal orders without violating the Suspension Clause. The majority read the Clause as protecting \
the writ as it stood in 1789: a way to win release from unlawful custody. The asylum seeker in \
that case, it said, was asking for a new chance to seek asylum, not for release. Justice \
Sotomayor, joined by Justice Kagan, dissented.`,
    sourceIds: ["rasul-v-bush", "boumediene-v-bush", "dhs-v-thuraissigiam"],
  },
  {
    id: "transfer-cases",
    heading: "Transfers to other governments: Munaf (2008) and Kiyemba (2009)",
    body: `\
Having the right to file a habeas petition is not the same as getting the relief a detainee asks \
for. Two sets of cases show the difference.

*Munaf v. Geren* involved U.S. citizens held in Iraq by American forces serving in a multinational \
force. Writing for a unanimous Court, Chief Justice Roberts held that federal courts did have \
habeas jurisdiction over them. But habeas could not be used to stop the military from handing them \
to Iraqi authorities for prosecution. Fears that they might be tortured in Iraqi custody, the \
Court said, were for the **political branches** (Congress and the President) to weigh, and it \
pointed to the State Department's assessment of Iraqi facilities. The Court noted that this was \
not a more extreme case, in which the government knows a prisoner is likely to be tortured and \
transfers him anyway, and it left that question open. Justice David Souter, joined by Justices \
Ruth Bader Ginsburg and Stephen Breyer, wrote separately to stress the reservation.

The U.S. Court of Appeals for the D.C. Circuit took up related questions at Guantánamo, in cases \
brought by Uighur detainees. In February 2009, in a decision often called *Kiyemba I*, it held \
that judges could not order the detainees released into the United States. The Supreme Court set \
that decision aside in 2010 after some countries offered to resettle the men, and the D.C. Circuit \
then reinstated it. In April 2009, in *Kiyemba II*, a divided panel relied on *Munaf* to reverse \
district-court orders that had required 30 days' notice before any transfer of the Uighur \
detainees out of Guantánamo. When the government has declared that it will not send anyone to a \
country likely to torture them, the court held, judges may not second-guess that judgment or block \
a transfer over fears of torture or prosecution abroad.`,
    sourceIds: ["munaf-v-geren", "kiyemba-i", "kiyemba-ii"],
  },
  {
    id: "congress-limits",
    heading: "Congress sets conditions on Guantánamo transfers",
    body: `\
Congress also shaped where Guantánamo detainees could go, using the annual **National Defense \
Authorization Act (NDAA)**. The NDAA for fiscal year 2011, enacted January 7, 2011, set several \
limits; two of them were:

- Section 1032 barred using the act's funds to transfer Guantánamo detainees into the United States.
- Section 1033 required the Secretary of Defense to **certify** certain conditions to Congress 30 \
days before transferring a detainee to another country, during the year after the law passed and \
except for transfers a court had ordered.

Later defense laws carried these limits forward and tightened some of them. According to the \
Congressional Research Service, the NDAA for fiscal year 2016 added stricter certification \
requirements and banned transfers to Libya, Somalia, Syria and Yemen.

So by the 2010s, all three branches had a hand in Guantánamo transfers. The courts decided what \
detainees could challenge. Executive officials chose where detainees went. Congress set conditions \
on the money and the destinations.`,
    sourceIds: ["ndaa-fy2011", "crs-r40754", "crs-r42143"],
  },
  {
    id: "held-abroad-2025",
    heading: "When the person is already abroad: the 2025 cases",
    body: `\
In March 2025 the United States flew Venezuelan men to El Salvador, where they were held in a \
prison called CECOT. Among them were 137 men removed under the Alien Enemies Act, a 1798 wartime \
law, after the government alleged that they belonged to the Tren de Aragua gang. (A companion \
lesson covers the arrangement with El Salvador.) These cases raised a question the older cases had \
only touched: what can a U.S. judge do for someone a foreign government now holds?

**Where to file.** In *Trump v. J.G.G.* (April 7, 2025), the Supreme Court, 5–4 in an unsigned \
*per curiam* opinion, held that challenges to removal under the Alien Enemies Act must be brought \
as habeas petitions in the **district of confinement**. All nine justices were described as \
agreeing that detainees must get notice "within a reasonable time and in such a manner as will \
allow them to actually seek habeas relief in the proper venue before such removal occurs."

**"Facilitate."** Kilmar Abrego Garcia, a Salvadoran man living in Maryland, had won an \
immigration judge's order in 2019 protecting him from removal to El Salvador. He was flown there \
on March 15, 2025. In court the government called this an "administrative error," while alleging, \
without a conviction, that he belonged to the MS-13 gang. On April 10, 2025, in *Noem v. Abrego \
Garcia*, the Supreme Court left in place a requirement that the government "facilitate" his \
release from Salvadoran custody. It sent back the word "effectuate" for clarification, "with due \
regard for the deference owed to the Executive Branch in the conduct of foreign affairs." He was \
brought back on June 6, 2025, to face federal criminal charges.

**Constructive custody.** Chief Judge James Boasberg of the federal district court in Washington, \
D.C., took up the claims of the men sent to CECOT as a group. On June 4, 2025, he ruled that they \
were likely entitled to notice and a chance to contest their designation, and he ordered the \
government to facilitate their ability to file habeas petitions; he did not yet decide whether \
they were in U.S. custody. The Justice Department argued that men held by a sovereign country were \
in neither the actual nor the constructive custody of the United States. On December 22, 2025, \
Boasberg ruled that the 137 had been removed with "virtually no notice and no opportunity" to \
contest it, which violated due process. He also held that the United States kept **constructive \
custody** through its paid arrangement with El Salvador. He ordered a plan, due January 5, 2026, \
to either facilitate their return or give them hearings.

By then most of the men were in Venezuela: on July 18, 2025, El Salvador had sent 252 Venezuelans \
from CECOT to Caracas in an exchange. After U.S. forces captured Venezuela's president in January \
2026, the government told the court, in a declaration by Secretary of State Marco Rubio, that \
returns or hearings from Venezuela would damage U.S. foreign policy, and that it did not know \
where many of the men were. On February 12, 2026, Boasberg wrote that the government had \
"essentially told the Court to pound sand." He ordered it to help class members now living in \
other countries come back for hearings if they wished, by paying airfare and admitting them at a \
port of entry; men still in Venezuela were not covered. The White House called the ruling unlawful \
and said it would not be the final word. As of the newest reports found (mid-February 2026), no \
appeal ruling had been reported; the situation may have changed.`,
    sourceIds: [
      "trump-v-jgg",
      "noem-v-abrego-garcia",
      "scotusblog-abrego-garcia",
      "jgg-cecot-class-june-2025",
      "ap-custody-hearing-2025",
      "ap-un-el-salvador-2025",
      "jgg-summary-judgment",
      "npr-exchange",
      "rubio-declaration-jan-2026",
      "jgg-feb-2026-order",
    ],
  },
  {
    id: "competing-arguments",
    heading: "The competing arguments",
    body: `\
People inside and outside the government have disagreed sharply about how far a court's power \
reaches once a person is abroad.

**The administration's view.** White House press secretary Karoline Leavitt said in March 2025 \
that federal courts generally lack jurisdiction over the President's foreign-affairs powers, and \
that a single judge cannot direct planes that have already left U.S. soil. In court, the Justice \
Department argued that the United States has no control over a foreign sovereign's prisons, and in \
2026 it added that returns would harm delicate diplomacy. This view fits with earlier rulings that \
left judgments about conditions abroad to the political branches: *Munaf* and *Kiyemba II*.

**The detainees' view.** The American Civil Liberties Union (ACLU), representing the Venezuelan \
men, argued that the United States still controlled their fate because it was paying El Salvador \
to hold them. In July 2025 it pointed to El Salvador's own statement to United Nations \
investigators that legal responsibility for the men lay with the "competent foreign authorities." \
On this view, a government should not be able to avoid a court's review by moving a prisoner \
across a border.

**Rulings that tried to do both.** In *Abrego Garcia*, the Supreme Court required the government \
to "facilitate" a release while reminding the lower court of the deference owed to the Executive \
in foreign affairs. In *Munaf*, the Court accepted the transfer but left open the "extreme case" \
of a known likelihood of torture.

These remain open questions. As of the newest reports found (February 2026), no Supreme Court \
ruling had said how far constructive custody reaches when another country holds the prisoner.`,
    sourceIds: [
      "leavitt-statement",
      "ap-un-el-salvador-2025",
      "rubio-declaration-jan-2026",
      "ap-custody-hearing-2025",
      "jgg-summary-judgment",
      "noem-v-abrego-garcia",
      "munaf-v-geren",
      "kiyemba-ii",
    ],
  },
] satisfies Lesson["sections"];
