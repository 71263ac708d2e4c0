import type { Lesson } from "civics-lessons";

/**
 * Teaches how far habeas corpus reaches beyond U.S. soil, what courts and Congress have said about transferring detainees to other governments, and the competing arguments over whether a U.S. court can act for someone already held abroad.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/transfers-and-habeas-corpus";
 * lesson.title
 * //=> "Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad"
 */
export const lesson = {
  id: "transfers-and-habeas-corpus",
  version: "1.0.0",
  title: "Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad",
  summary:
    "How the Supreme Court extended habeas corpus to Guantánamo, why courts have declined to block transfers of detainees to other governments, how Congress limited Guantánamo transfers, and how the 2025 removals to El Salvador reopened the question of what a U.S. court can do for someone held abroad.",
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Habeas Corpus Across Borders: Guantánamo, Transfers and Detainees Held Abroad" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-habeas-reach",
      text: "Explain how Rasul v. Bush and Boumediene v. Bush extended habeas corpus to foreign nationals held at Guantánamo, and distinguish a statutory right from a constitutional one.",
    },
    {
      id: "compare-transfer-rulings",
      text: "Compare what Munaf v. Geren and the Kiyemba decisions allowed courts to do, and not do, when the government transfers a detainee to another government.",
    },
    {
      id: "describe-congress-limits",
      text: "Describe how Congress has used defense authorization laws to limit transfers out of Guantánamo.",
    },
    {
      id: "evaluate-abroad-arguments",
      text: "Evaluate the competing arguments about whether a U.S. court can act for a person already held abroad, attributing each argument to those who made it.",
    },
  ],
  keyTerms: [
    {
      term: "Habeas corpus",
      definition:
        "A court order that requires whoever holds a prisoner to justify the detention before a judge. If there is no lawful basis, the judge can order the prisoner released.",
      sourceIds: ["us-const-suspension-clause", "habeas-statute"],
    },
    {
      term: "Suspension Clause",
      definition:
        "The part of Article I, Section 9 of the Constitution that forbids suspending the privilege of habeas corpus except in cases of rebellion or invasion when public safety requires it.",
      sourceIds: ["us-const-suspension-clause"],
    },
    {
      term: "Jurisdiction",
      definition: "A court's legal power to hear and decide a particular kind of case.",
      sourceIds: ["rasul-v-bush"],
    },
    {
      term: "Adequate substitute",
      definition:
        "A replacement procedure that gives a detainee protection comparable to habeas corpus. In Boumediene, the Court found that the review offered under the Detainee Treatment Act was not one.",
      sourceIds: ["boumediene-v-bush"],
    },
    {
      term: "Guantánamo Bay",
      definition:
        "A U.S. naval station in Cuba. The United States controls it completely under a lease with Cuba, a point the Supreme Court noted in Rasul v. Bush.",
      sourceIds: ["rasul-v-bush"],
    },
    {
      term: "Transfer",
      definition:
        "Handing a detainee from U.S. custody to the custody of another government, for example for prosecution or resettlement.",
      sourceIds: ["munaf-v-geren", "kiyemba-ii"],
    },
    {
      term: "Political branches",
      definition:
        "Congress and the President, the branches chosen by voters. Courts sometimes leave judgments about foreign conditions, such as the risk of mistreatment in another country, to them.",
      sourceIds: ["munaf-v-geren"],
    },
    {
      term: "National Defense Authorization Act (NDAA)",
      definition:
        "The law Congress passes each year to set defense policy and authorize defense spending. The acts for fiscal years 2011 and 2016, among others, limited Guantánamo transfers.",
      sourceIds: ["ndaa-fy2011", "crs-r42143"],
    },
    {
      term: "Certification",
      definition:
        "A formal written statement an official must give Congress before acting. The FY2011 NDAA required the Secretary of Defense to certify conditions 30 days before sending a Guantánamo detainee abroad.",
      sourceIds: ["ndaa-fy2011"],
    },
    {
      term: "District of confinement",
      definition:
        "The federal judicial district where a detainee is physically held. In Trump v. J.G.G. the Supreme Court said Alien Enemies Act challenges must be filed there, as habeas petitions.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      term: "Facilitate",
      definition:
        "To take steps that make something possible. In Noem v. Abrego Garcia the Supreme Court required the government to facilitate a wrongly removed man's release from Salvadoran custody.",
      sourceIds: ["noem-v-abrego-garcia"],
    },
    {
      term: "Constructive custody",
      definition:
        "Legal control over a person who is physically held by someone else. In December 2025 a federal judge held that the United States kept constructive custody of men it had paid El Salvador to detain.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
    {
      term: "Per curiam",
      definition: "An unsigned opinion issued in the name of the whole court rather than a named justice.",
      sourceIds: ["trump-v-jgg"],
    },
  ],
  sections: [
    {
      id: "what-habeas-is",
      heading: "The writ that asks: why is this person being held?",
      body: `**Habeas corpus** is a court order directed at whoever holds a prisoner. It requires the jailer to justify the detention before a judge. If there is no lawful basis, the judge can order the prisoner released.

The Constitution protects the writ in Article I, Section 9, a list of limits on Congress. This **Suspension Clause** says the privilege of the writ "shall not be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it." Congress has also written the writ into federal law. The main statute today is 28 U.S.C. § 2241.

Two questions run through this lesson. First, *where* does the writ reach: can it help someone held outside the fifty states? Second, *what* can a judge do once the government is about to hand a prisoner to another country, or already has?`,
      sourceIds: ["us-const-suspension-clause", "habeas-statute"],
    },
    {
      id: "guantanamo-cases",
      heading: "Guantánamo: Rasul (2004) and Boumediene (2008)",
      body: `The U.S. military held foreign nationals at its naval station at Guantánamo Bay, Cuba. The base is outside the fifty states, but the United States controls it completely under a lease with Cuba. Could federal judges hear the detainees' challenges at all?

In *Rasul v. Bush* (June 28, 2004), the Supreme Court said yes, by a 6–3 vote. Justice John Paul Stevens wrote that the federal habeas statute gave courts **jurisdiction**, meaning the power to hear a case, over challenges by foreign nationals held there. The petitioners were two Australians and twelve Kuwaitis. Justice Antonin Scalia, joined by Chief Justice William Rehnquist and Justice Clarence Thomas, dissented.

*Rasul* rested on a statute, and Congress can change statutes. Section 7 of the Military Commissions Act of 2006 took away the courts' jurisdiction over these habeas cases. Detainees were left with a different review process set up by the Detainee Treatment Act.

In *Boumediene v. Bush* (June 12, 2008), the Court ruled 5–4 that Guantánamo detainees have the **constitutional** privilege of habeas corpus, not only a statutory one. Because the Detainee Treatment Act process was not an **adequate substitute** for habeas, section 7 operated as an unconstitutional suspension of the writ. Justice Anthony Kennedy wrote for the majority: "The laws and Constitution are designed to survive, and remain in force, in extraordinary times." Chief Justice John Roberts and Justice Scalia each wrote a dissent.

Watch for a common error: some summaries name Roberts as the author of *Boumediene*. He wrote a dissent there, and he wrote the Court's opinion in a different case decided the same day, *Munaf v. Geren*.`,
      sourceIds: ["rasul-v-bush", "boumediene-v-bush"],
    },
    {
      id: "transfer-cases",
      heading: "Transfers to other governments: Munaf (2008) and Kiyemba (2009)",
      body: `Having the right to file a habeas petition is not the same as getting the relief a detainee asks for. Two sets of cases show the difference.

*Munaf v. Geren* involved U.S. citizens held in Iraq by American forces serving in a multinational force. Writing for a unanimous Court, Chief Justice Roberts held that federal courts did have habeas jurisdiction over them. But habeas could not be used to stop the military from handing them to Iraqi authorities for prosecution. Fears that they might be tortured in Iraqi custody, the Court said, were for the **political branches** (Congress and the President) to weigh, and it pointed to the State Department's assessment of Iraqi facilities. Justice David Souter, joined by Justices Ruth Bader Ginsburg and Stephen Breyer, wrote a concurrence that left open an "extreme case": one in which the government knows a prisoner is likely to be tortured and transfers him anyway.

The U.S. Court of Appeals for the D.C. Circuit took up related questions at Guantánamo, in cases brought by Uighur detainees. In February 2009, in a decision often called *Kiyemba I*, it held that judges could not order the detainees released into the United States. In April 2009, in *Kiyemba II*, a divided panel relied on *Munaf* to reverse district-court orders that had required 30 days' notice before any transfer of the Uighur detainees out of Guantánamo. When the government has declared that it will not send anyone to a country likely to torture them, the court held, judges may not second-guess that judgment or block a transfer over fears of torture or prosecution abroad.`,
      sourceIds: ["munaf-v-geren", "kiyemba-i", "kiyemba-ii"],
    },
    {
      id: "congress-limits",
      heading: "Congress sets conditions on Guantánamo transfers",
      body: `Congress also shaped where Guantánamo detainees could go, using the annual **National Defense Authorization Act (NDAA)**. The NDAA for fiscal year 2011, enacted January 7, 2011, did two things:

- Section 1032 barred using the act's funds to transfer Guantánamo detainees into the United States.
- Section 1033 required the Secretary of Defense to **certify** certain conditions to Congress 30 days before transferring a detainee to another country.

Later defense laws carried these limits forward and tightened some of them. According to the Congressional Research Service, the NDAA for fiscal year 2016 added stricter certification requirements and banned transfers to Libya, Somalia, Syria and Yemen.

So by the 2010s, all three branches had a hand in Guantánamo transfers. The courts decided what detainees could challenge. Executive officials chose where detainees went. Congress set conditions on the money and the destinations.`,
      sourceIds: ["ndaa-fy2011", "crs-r42143"],
    },
    {
      id: "held-abroad-2025",
      heading: "When the person is already abroad: the 2025 cases",
      body: `In March 2025 the United States flew Venezuelan men to El Salvador, where they were held in a prison called CECOT. Among them were 137 men removed under the Alien Enemies Act, a 1798 wartime law, after the government alleged that they belonged to the Tren de Aragua gang. (A companion lesson covers the arrangement with El Salvador.) These cases raised a question the older cases had only touched: what can a U.S. judge do for someone a foreign government now holds?

**Where to file.** In *Trump v. J.G.G.* (April 7, 2025), the Supreme Court, 5–4 in an unsigned *per curiam* opinion, held that challenges to removal under the Alien Enemies Act must be brought as habeas petitions in the **district of confinement**. All nine justices were described as agreeing that detainees must get notice "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs."

**"Facilitate."** Kilmar Abrego Garcia, a Salvadoran man living in Maryland, had won an immigration judge's order in 2019 protecting him from removal to El Salvador. He was flown there on March 15, 2025. The government called this an "administrative error," while alleging, without a conviction, that he belonged to the MS-13 gang. On April 10, 2025, in *Noem v. Abrego Garcia*, the Supreme Court left in place a requirement that the government "facilitate" his release from Salvadoran custody. It sent back the word "effectuate" for clarification, "with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs." He was brought back on June 6, 2025, to face federal criminal charges.

**Constructive custody.** Chief Judge James Boasberg of the federal district court in Washington, D.C., took up the claims of the men sent to CECOT as a group. On June 4, 2025, he ruled that they were likely entitled to notice and a chance to contest their designation, and he ordered the government to facilitate their ability to file habeas petitions. The Justice Department argued that men held by a sovereign country were in neither the actual nor the constructive custody of the United States. On December 22, 2025, Boasberg ruled that the 137 had been removed with "virtually no notice and no opportunity" to contest it, which violated due process. He also held that the United States kept **constructive custody** through its paid arrangement with El Salvador. He ordered a plan, due January 5, 2026, to either facilitate their return or give them hearings.

By then most of the men were in Venezuela. On July 18, 2025, El Salvador had sent 252 Venezuelans from CECOT to Caracas as part of an exchange. As of early 2026, the sources for this lesson did not show what plan the government filed or how the court responded; the situation may have changed.`,
      sourceIds: [
        "trump-v-jgg",
        "noem-v-abrego-garcia",
        "scotusblog-abrego-garcia",
        "jgg-cecot-class-june-2025",
        "ap-custody-hearing-2025",
        "lawcrime-custody-filing-2025",
        "jgg-summary-judgment-dec-2025",
        "npr-exchange-2025",
      ],
    },
    {
      id: "competing-arguments",
      heading: "The competing arguments",
      body: `People inside and outside the government have disagreed sharply about how far a court's power reaches once a person is abroad.

**The administration's view.** White House press secretary Karoline Leavitt said in March 2025 that federal courts generally lack jurisdiction over the President's foreign-affairs powers, and that a single judge cannot direct planes that have already left U.S. soil. In court, the Justice Department argued that the United States has no control over a foreign sovereign's prisons. This view fits with earlier rulings that left judgments about conditions abroad to the political branches: *Munaf* and *Kiyemba II*.

**The detainees' view.** The American Civil Liberties Union (ACLU), representing the Venezuelan men, argued that the United States still controlled their fate because it was paying El Salvador to hold them, and it asked the court to order their return. On this view, a government should not be able to avoid a court's review by moving a prisoner across a border. Judge Boasberg's December 2025 ruling accepted the constructive-custody argument.

**Rulings that tried to do both.** Some courts combined the two ideas. In *Abrego Garcia*, the Supreme Court required the government to "facilitate" a release while reminding the lower court of the deference owed to the Executive in foreign affairs. In *Munaf*, Justice Souter's concurrence accepted the transfer but reserved the "extreme case" of a known likelihood of torture.

These remain open questions. As of early 2026, this lesson's sources showed no Supreme Court ruling on how far constructive custody reaches when another country holds the prisoner.`,
      sourceIds: [
        "leavitt-statement-2025",
        "lawcrime-custody-filing-2025",
        "ap-custody-hearing-2025",
        "jgg-summary-judgment-dec-2025",
        "noem-v-abrego-garcia",
        "munaf-v-geren",
        "kiyemba-ii",
      ],
    },
  ],
  timeline: [
    {
      date: "1787-09-17",
      event: "The Constitution is signed, including the Suspension Clause protecting habeas corpus.",
      sourceIds: ["us-const-suspension-clause"],
    },
    {
      date: "2004-06-28",
      event: "Rasul v. Bush (6–3): the federal habeas statute reaches foreign nationals held at Guantánamo.",
      sourceIds: ["rasul-v-bush"],
    },
    {
      date: "2006",
      event:
        "Section 7 of the Military Commissions Act of 2006 removes court jurisdiction over the detainees' habeas petitions.",
      sourceIds: ["boumediene-v-bush"],
    },
    {
      date: "2008-06-12",
      event:
        "Boumediene v. Bush (5–4) holds that Guantánamo detainees have the constitutional privilege of habeas; the same day, Munaf v. Geren (unanimous) holds that habeas cannot block the transfer of U.S. citizens to Iraqi custody for prosecution.",
      sourceIds: ["boumediene-v-bush", "munaf-v-geren"],
    },
    {
      date: "2009-02-18",
      event:
        "Kiyemba I: the D.C. Circuit holds that courts cannot order Guantánamo detainees released into the United States.",
      sourceIds: ["kiyemba-i"],
    },
    {
      date: "2009-04-07",
      event:
        "Kiyemba II: the D.C. Circuit reverses orders requiring 30 days' notice before transfers of Uighur detainees.",
      sourceIds: ["kiyemba-ii"],
    },
    {
      date: "2011-01-07",
      event:
        "The FY2011 NDAA bars using its funds to move Guantánamo detainees into the U.S. and requires certification 30 days before transfers abroad.",
      sourceIds: ["ndaa-fy2011"],
    },
    {
      date: "2025-03-15",
      event:
        "Flights carry Venezuelan men removed under the Alien Enemies Act, and Kilmar Abrego Garcia, to El Salvador.",
      sourceIds: ["jgg-summary-judgment-dec-2025", "scotusblog-abrego-garcia"],
    },
    {
      date: "2025-04-07",
      event:
        "Trump v. J.G.G. (per curiam, 5–4): Alien Enemies Act challenges go in habeas in the district of confinement, after notice that allows time to file.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      date: "2025-04-10",
      event:
        "Noem v. Abrego Garcia: the Supreme Court leaves in place the requirement to facilitate his release from Salvadoran custody.",
      sourceIds: ["noem-v-abrego-garcia"],
    },
    {
      date: "2025-06-04",
      event:
        "Judge Boasberg certifies a class of men sent to CECOT and orders the government to facilitate their habeas petitions.",
      sourceIds: ["jgg-cecot-class-june-2025"],
    },
    {
      date: "2025-07-18",
      event: "El Salvador sends 252 Venezuelans from CECOT to Caracas in an exchange.",
      sourceIds: ["npr-exchange-2025"],
    },
    {
      date: "2025-12-22",
      event:
        "Boasberg rules that the 137 men were denied due process and that the U.S. kept constructive custody; he orders a plan for return or hearings.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
    {
      date: "2026-01-05",
      event:
        "Deadline for the government's plan in J.G.G.; what followed was not confirmed in this lesson's sources as of early 2026.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
  ],
  sources: [
    {
      id: "us-const-suspension-clause",
      kind: "constitution",
      title: "U.S. Constitution, Article I, Section 9 (Suspension Clause)",
      citation: "U.S. Const. art. I, § 9, cl. 2",
      url: "https://www.archives.gov/founding-docs/constitution-transcript",
      publisher: "National Archives",
      date: "1787-09-17",
      excerpt:
        "The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it.",
      publicDomain: true,
    },
    {
      id: "habeas-statute",
      kind: "statute",
      title: "Federal habeas corpus statute",
      citation: "28 U.S.C. § 2241",
      publicDomain: true,
    },
    {
      id: "rasul-v-bush",
      kind: "case",
      title: "Rasul v. Bush",
      citation: "Rasul v. Bush, 542 U.S. 466 (2004)",
      publisher: "Supreme Court of the United States",
      date: "2004-06-28",
      publicDomain: true,
    },
    {
      id: "boumediene-v-bush",
      kind: "case",
      title: "Boumediene v. Bush",
      citation: "Boumediene v. Bush, 553 U.S. 723 (2008)",
      publisher: "Supreme Court of the United States",
      date: "2008-06-12",
      excerpt: "The laws and Constitution are designed to survive, and remain in force, in extraordinary times.",
      publicDomain: true,
    },
    {
      id: "munaf-v-geren",
      kind: "case",
      title: "Munaf v. Geren",
      citation: "Munaf v. Geren, 553 U.S. 674 (2008)",
      url: "https://supreme.justia.com/cases/federal/us/553/674/opinion.html",
      publisher: "Supreme Court of the United States",
      date: "2008-06-12",
      publicDomain: true,
    },
    {
      id: "kiyemba-i",
      kind: "case",
      title: "Kiyemba v. Obama (Kiyemba I)",
      citation: "Kiyemba v. Obama, 555 F.3d 1022 (D.C. Cir. 2009)",
      publisher: "U.S. Court of Appeals for the D.C. Circuit",
      date: "2009-02-18",
      publicDomain: true,
    },
    {
      id: "kiyemba-ii",
      kind: "case",
      title: "Kiyemba v. Obama (Kiyemba II)",
      citation: "Kiyemba v. Obama, 561 F.3d 509 (D.C. Cir. 2009)",
      publisher: "U.S. Court of Appeals for the D.C. Circuit",
      date: "2009-04-07",
      publicDomain: true,
    },
    {
      id: "ndaa-fy2011",
      kind: "statute",
      title: "Ike Skelton National Defense Authorization Act for Fiscal Year 2011, sections 1032–1033",
      citation: "Pub. L. No. 111-383, §§ 1032–1033 (Jan. 7, 2011)",
      date: "2011-01-07",
      publicDomain: true,
    },
    {
      id: "crs-r42143",
      kind: "report",
      title: "Wartime Detention Provisions in Recent Defense Authorization Legislation",
      citation: "Congressional Research Service, Report R42143 (Mar. 14, 2016)",
      url: "https://www.everycrsreport.com/files/20160314_R42143_b8569a94bdaa3bd6234d55fdacd15921684c7665.html",
      publisher: "Congressional Research Service",
      date: "2016-03-14",
      publicDomain: true,
    },
    {
      id: "trump-v-jgg",
      kind: "case",
      title: "Trump v. J.G.G.",
      citation: "Trump v. J.G.G., 604 U.S. ___ (2025) (per curiam)",
      url: "https://supreme.justia.com/cases/federal/us/604/24a931",
      publisher: "Supreme Court of the United States",
      date: "2025-04-07",
      excerpt:
        "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs",
      publicDomain: true,
    },
    {
      id: "noem-v-abrego-garcia",
      kind: "case",
      title: "Noem v. Abrego Garcia (order on the application to vacate)",
      citation: "Noem v. Abrego Garcia, No. 24A949 (U.S. Apr. 10, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-04-10",
      excerpt: "with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs",
      publicDomain: true,
    },
    {
      id: "scotusblog-abrego-garcia",
      kind: "news",
      title: "Justices direct government to facilitate return of Maryland man mistakenly deported to El Salvador",
      citation: "SCOTUSblog (Apr. 2025)",
      url: "https://scotusblog.com/2025/04/justices-direct-government-to-facilitate-return-of-maryland-man-mistakenly-deported-to-el-salvador",
      publisher: "SCOTUSblog",
      date: "2025-04",
    },
    {
      id: "jgg-cecot-class-june-2025",
      kind: "case",
      title: "J.G.G. v. Trump, memorandum opinion certifying the CECOT class",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. June 4, 2025)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-06-04",
      publicDomain: true,
    },
    {
      id: "jgg-summary-judgment-dec-2025",
      kind: "case",
      title: "J.G.G. v. Trump, opinion granting summary judgment to the CECOT class on due process",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 22, 2025)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-12-22",
      publicDomain: true,
    },
    {
      id: "leavitt-statement-2025",
      kind: "other",
      title: "Statement by White House Press Secretary Karoline Leavitt on the March 15 removal flights",
      citation: "Karoline Leavitt, post on X (Mar. 17, 2025)",
      publisher: "The White House",
      date: "2025-03-17",
      publicDomain: true,
    },
    {
      id: "ap-custody-hearing-2025",
      kind: "news",
      title: "Judge seeks more information from Trump administration about prison deal with El Salvador",
      citation: "Michael Kunzelman and Nicholas Riccardi, Associated Press (May 8, 2025)",
      url: "https://archives.lincolndailynews.com/2025/May/08/NEWS/news_y.shtml",
      publisher: "Associated Press",
      date: "2025-05-08",
    },
    {
      id: "lawcrime-custody-filing-2025",
      kind: "news",
      title:
        "Report on the Justice Department's filing arguing that men removed to El Salvador are not in U.S. custody",
      citation: "Law&Crime (May 2025)",
      url: "https://celebjam.com/crime/in-defiance-of-the-supreme-courts-decision-trump-admin-accuses-aclu-of-defying-scotus-by-trying-to-keep-alien-enemies-act-case-before-judge-boasberg",
      publisher: "Law&Crime",
      date: "2025-05",
    },
    {
      id: "npr-exchange-2025",
      kind: "news",
      title: "10 Americans are freed by Venezuela in a prisoner swap for migrants in El Salvador",
      citation: "NPR (July 18, 2025)",
      url: "https://www.kasu.org/politics/2025-07-18/10-americans-are-freed-by-venezuela-in-a-prisoner-swap-for-migrants-in-el-salvador",
      publisher: "NPR",
      date: "2025-07-18",
    },
  ],
  perspectives: [
    {
      id: "executive-foreign-affairs",
      label: "The administration: foreign affairs belong to the Executive",
      argument: `White House press secretary Karoline Leavitt said in March 2025 that federal courts generally lack jurisdiction over the President's foreign-affairs powers and that one judge cannot direct planes already removed from U.S. territory. The Justice Department argued that once men are held by a sovereign country such as El Salvador, the United States has neither actual nor constructive custody and cannot control what that country does. Earlier rulings point the same way on related questions: *Munaf* left the risk of mistreatment abroad to the political branches, and *Kiyemba II* held that judges may not second-guess the government's assurance that it will not transfer people to likely torture.`,
      sourceIds: ["leavitt-statement-2025", "lawcrime-custody-filing-2025", "munaf-v-geren", "kiyemba-ii"],
    },
    {
      id: "detainees-due-process",
      label: "The detainees' lawyers: custody and due process follow the government",
      argument: `The ACLU, representing the Venezuelan men, argued that the United States still controlled their fate because it was paying El Salvador to detain them, and it asked the court to order their return. In this view, carrying out a removal before a court can act should not end the court's power to review it. Judge Boasberg agreed in December 2025 that the United States kept constructive custody, and held that the 137 men got virtually no chance to contest their removal. Earlier rulings also bear on this side: *Munaf* recognized habeas jurisdiction over people held abroad by U.S. forces, and *Boumediene* insisted that the Constitution stays in force in extraordinary times.`,
      sourceIds: ["ap-custody-hearing-2025", "jgg-summary-judgment-dec-2025", "munaf-v-geren", "boumediene-v-bush"],
    },
    {
      id: "judicial-balancing",
      label: "Rulings that balanced both concerns",
      argument: `Some judges tried to honor both concerns at once. In *Noem v. Abrego Garcia*, the Supreme Court kept the requirement that the government "facilitate" a wrongly removed man's release while directing the lower court to show "due regard for the deference owed to the Executive Branch in the conduct of foreign affairs." In *Munaf*, Justice Souter's concurrence accepted that courts should not block the transfer in that case, but reserved an "extreme case" in which the government knows a prisoner is likely to be tortured.`,
      sourceIds: ["noem-v-abrego-garcia", "munaf-v-geren"],
    },
  ],
  discussionQuestions: [
    "Rasul rested on a statute and Boumediene on the Constitution. Why does that difference matter for what Congress can do afterward?",
    "Munaf and Kiyemba II left the risk of torture abroad largely to the political branches. What are the strongest reasons for and against courts deferring on that question?",
    "If the United States pays another country to hold a prisoner, should U.S. courts treat the prisoner as still in U.S. custody? What facts would you want to know before deciding?",
    "Congress, the courts and the President have all shaped Guantánamo transfers. Which branch do you think is best placed to decide where a detainee may be sent, and why?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution sets up government powers and limits, such as the Suspension Clause, and how their meaning has changed and is still argued over.",
    },
    {
      framework: "C3",
      code: "D2.Civ.8.9-12",
      description:
        "Evaluate how courts and other institutions put principles such as due process into practice in different settings and times.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyze how people use and challenge national laws and court procedures, such as habeas petitions, to address public issues.",
    },
    {
      framework: "C3",
      code: "D4.1.9-12",
      description:
        "Construct arguments using precise claims and evidence from multiple sources, while acknowledging counterclaims.",
    },
  ],
  questions: [
    {
      id: "rasul-legal-basis",
      type: "single-choice",
      prompt:
        "In *Rasul v. Bush* (2004), what did the Supreme Court rely on to hold that U.S. courts could hear Guantánamo detainees' challenges?",
      difficulty: 1,
      objectiveIds: ["explain-habeas-reach"],
      sourceIds: ["rasul-v-bush", "habeas-statute"],
      explanation:
        "Rasul read the federal habeas statute (28 U.S.C. § 2241) to reach foreign nationals held at Guantánamo, a base the U.S. controls completely. The constitutional holding came four years later, in Boumediene. The difference matters: because Rasul rested on a statute, Congress could, and in 2006 did, change the statute.",
      choices: [
        { id: "statute", text: "The federal habeas corpus statute", correct: true },
        {
          id: "constitution",
          text: "The Constitution's Suspension Clause",
          feedback: "That was Boumediene (2008), after Congress had removed the statutory route.",
        },
        {
          id: "treaty",
          text: "A treaty with Cuba granting detainees access to U.S. courts",
          feedback:
            "The lease with Cuba explains U.S. control of the base, but the holding rested on the habeas statute.",
        },
        {
          id: "aumf",
          text: "A 2001 act of Congress authorizing military force",
          feedback: "That law authorized force; it was not the basis for court jurisdiction in Rasul.",
        },
      ],
    },
    {
      id: "boumediene-author",
      type: "true-false",
      prompt: "True or false: Chief Justice John Roberts wrote the majority opinion in *Boumediene v. Bush* (2008).",
      difficulty: 1,
      objectiveIds: ["explain-habeas-reach"],
      sourceIds: ["boumediene-v-bush", "munaf-v-geren"],
      answer: false,
      explanation:
        "Justice Anthony Kennedy wrote the 5–4 majority in Boumediene. Roberts wrote a dissent in Boumediene and, the same day, the Court's unanimous opinion in Munaf v. Geren. Some case-summary sites mix the two up.",
      feedbackTrue:
        "This is a common mix-up. Roberts dissented in Boumediene; he wrote the opinion in Munaf, decided the same day.",
    },
    {
      id: "suspension-clause-reading",
      type: "cloze",
      prompt: "Read the Suspension Clause in the sources, then complete the sentence from its text.",
      difficulty: 1,
      objectiveIds: ["explain-habeas-reach"],
      sourceIds: ["us-const-suspension-clause"],
      excerptSourceId: "us-const-suspension-clause",
      explanation:
        "The clause allows suspension only in cases of rebellion or invasion, and only when public safety requires it. Boumediene held that section 7 of the 2006 law operated as a suspension without meeting that standard, because the substitute review was not adequate.",
      text: "The privilege of the writ of habeas corpus shall not be suspended, unless in cases of {{first}} or {{second}} the public safety may require it.",
      blanks: [
        {
          id: "first",
          kind: "choice",
          choices: [
            { id: "rebellion", text: "Rebellion", correct: true },
            { id: "war", text: "Declared war" },
            { id: "emergency", text: "National emergency" },
          ],
        },
        {
          id: "second",
          kind: "choice",
          choices: [
            { id: "invasion", text: "Invasion", correct: true },
            { id: "terrorism", text: "Terrorism" },
            { id: "insurrection", text: "Insurrection" },
          ],
        },
      ],
    },
    {
      id: "boumediene-excerpt-meaning",
      type: "single-choice",
      prompt:
        'Justice Kennedy wrote in *Boumediene*: "The laws and Constitution are designed to survive, and remain in force, in extraordinary times." Which part of the Court\'s holding does this sentence best support?',
      difficulty: 2,
      objectiveIds: ["explain-habeas-reach"],
      sourceIds: ["boumediene-v-bush"],
      excerptSourceId: "boumediene-v-bush",
      explanation:
        "The sentence explains why wartime conditions did not switch off the constitutional privilege of habeas for Guantánamo detainees, which is why section 7 of the Military Commissions Act was struck down. It does not say courts must release anyone or that detention itself is unlawful; the ruling was about access to the writ.",
      choices: [
        {
          id: "privilege-survives",
          text: "The constitutional privilege of habeas still applied to Guantánamo detainees despite the circumstances of the conflict.",
          correct: true,
        },
        {
          id: "release-all",
          text: "All Guantánamo detainees had to be released.",
          feedback: "Boumediene gave detainees the right to challenge their detention, not an order of release.",
        },
        {
          id: "no-statute-needed",
          text: "Congress had never passed any law about detainees' access to courts.",
          feedback: "Congress had: section 7 of the Military Commissions Act of 2006, which the Court struck down.",
        },
        {
          id: "president-decides",
          text: "In extraordinary times the President alone decides who may seek habeas.",
          feedback: "The sentence argues the opposite: the Constitution keeps working in extraordinary times.",
        },
      ],
    },
    {
      id: "match-case-to-holding",
      type: "matching",
      prompt: "Match each case to its holding. Some holdings are not used.",
      difficulty: 2,
      objectiveIds: ["explain-habeas-reach", "compare-transfer-rulings", "evaluate-abroad-arguments"],
      sourceIds: [
        "rasul-v-bush",
        "boumediene-v-bush",
        "munaf-v-geren",
        "kiyemba-i",
        "kiyemba-ii",
        "trump-v-jgg",
        "noem-v-abrego-garcia",
      ],
      explanation:
        "Rasul (2004) rested on the habeas statute; Boumediene (2008) on the Constitution. Munaf (2008) found jurisdiction but denied relief against a transfer for prosecution. Kiyemba I and II (2009) barred court-ordered release into the U.S. and 30-day notice orders. Trump v. J.G.G. (2025) sent Alien Enemies Act challenges to habeas in the district of confinement, with notice. Abrego Garcia (2025) required the government to facilitate a release, with deference in foreign affairs. No case held that courts can never hear petitions from people held outside the fifty states: Rasul, Boumediene and Munaf all point the other way.",
      premises: [
        { id: "rasul", text: "Rasul v. Bush (2004)" },
        { id: "boumediene", text: "Boumediene v. Bush (2008)" },
        { id: "munaf", text: "Munaf v. Geren (2008)" },
        { id: "kiyemba-i", text: "Kiyemba v. Obama, Kiyemba I (Feb. 2009)" },
        { id: "kiyemba-ii", text: "Kiyemba v. Obama, Kiyemba II (Apr. 2009)" },
        { id: "jgg", text: "Trump v. J.G.G. (2025)" },
        { id: "abrego", text: "Noem v. Abrego Garcia (2025)" },
      ],
      responses: [
        {
          id: "statute-reaches",
          text: "The federal habeas statute lets courts hear challenges by foreign nationals held at Guantánamo.",
        },
        {
          id: "constitution-reaches",
          text: "Guantánamo detainees have the constitutional privilege of habeas; the 2006 jurisdiction-stripping provision was an unconstitutional suspension.",
        },
        {
          id: "no-block-transfer",
          text: "Courts may hear petitions of U.S. citizens held abroad by U.S. forces, but habeas cannot stop their transfer to the host country for prosecution.",
        },
        { id: "no-release-us", text: "Judges may not order Guantánamo detainees released into the United States." },
        {
          id: "no-notice-orders",
          text: "Judges may not require 30 days' notice of transfers when the government says it will not send detainees to likely torture.",
        },
        {
          id: "venue-notice",
          text: "Alien Enemies Act challenges belong in habeas in the district of confinement, after notice that allows time to file.",
        },
        {
          id: "facilitate",
          text: "The government must facilitate a wrongly removed man's release from foreign custody, with deference owed to the Executive in foreign affairs.",
        },
        {
          id: "never-abroad",
          text: "Federal courts can never hear habeas petitions from anyone held outside the fifty states.",
        },
        { id: "close-base", text: "Congress must close the Guantánamo detention facility." },
      ],
      pairs: {
        rasul: "statute-reaches",
        boumediene: "constitution-reaches",
        munaf: "no-block-transfer",
        "kiyemba-i": "no-release-us",
        "kiyemba-ii": "no-notice-orders",
        jgg: "venue-notice",
        abrego: "facilitate",
      },
    },
    {
      id: "habeas-transfer-timeline",
      type: "ordering",
      prompt: "Put these events in chronological order. Notice how courts and Congress responded to one another.",
      difficulty: 2,
      objectiveIds: ["explain-habeas-reach", "describe-congress-limits"],
      sourceIds: ["rasul-v-bush", "boumediene-v-bush", "kiyemba-ii", "ndaa-fy2011", "trump-v-jgg"],
      scoring: "kendall-tau",
      hints: ["The constitutional ruling came after Congress changed the statute that the first ruling relied on."],
      explanation:
        "Rasul (2004) rested on the habeas statute; the Military Commissions Act of 2006 then removed that statutory jurisdiction; Boumediene (2008) answered that the Constitution itself protects the writ at Guantánamo. Kiyemba II (April 2009) limited what judges could do about transfers, and the FY2011 NDAA (January 2011) added Congress's own limits. Trump v. J.G.G. (2025) came much later, in a different setting. The order matters because each step responded to the legal ground left by the one before.",
      items: [
        { id: "rasul", text: "Rasul v. Bush: the habeas statute reaches Guantánamo" },
        { id: "mca", text: "Military Commissions Act, section 7: courts lose jurisdiction over detainee habeas cases" },
        { id: "boumediene", text: "Boumediene v. Bush: the constitutional privilege of habeas reaches Guantánamo" },
        { id: "kiyemba-ii", text: "Kiyemba II: no 30-day notice orders before transfers of Uighur detainees" },
        {
          id: "ndaa",
          text: "FY2011 NDAA: no funds to move Guantánamo detainees into the U.S.; certification before transfers abroad",
        },
        {
          id: "jgg",
          text: "Trump v. J.G.G.: Alien Enemies Act challenges go in habeas in the district of confinement",
        },
      ],
      correctOrder: ["rasul", "mca", "boumediene", "kiyemba-ii", "ndaa", "jgg"],
    },
    {
      id: "munaf-scenario",
      type: "single-choice",
      prompt:
        "Scenario: A U.S. citizen is held abroad by American troops serving in a multinational force. The host country wants to prosecute him, and he files a habeas petition asking a federal court to block his transfer to its custody. Under *Munaf v. Geren*, what is the most likely result?",
      difficulty: 2,
      objectiveIds: ["compare-transfer-rulings"],
      sourceIds: ["munaf-v-geren"],
      hints: ["Separate two questions: may the court hear the case, and may it grant this relief?"],
      explanation:
        "Munaf held that federal courts do have habeas jurisdiction over U.S. citizens held abroad by U.S. forces, but that habeas cannot be used to block a transfer to the host country for prosecution. Concerns about treatment in that country were left to the political branches. The tempting wrong answer is that the court lacks jurisdiction entirely; Munaf said the opposite on that point.",
      choices: [
        {
          id: "hear-but-deny",
          text: "The court may hear the petition but will not block the transfer for prosecution.",
          correct: true,
        },
        {
          id: "no-jurisdiction",
          text: "The court cannot hear the petition at all, because he is held outside the United States.",
          feedback:
            "Munaf found jurisdiction. The problem was the relief requested, not the court's power to hear the case.",
        },
        {
          id: "block-any-risk",
          text: "The court will block the transfer if he shows any risk of mistreatment.",
          feedback:
            "Munaf left such concerns to the political branches. Only Souter's concurrence reserved an 'extreme case' of known likely torture.",
        },
        {
          id: "order-return",
          text: "The court will order him flown to the United States for a trial.",
          feedback: "Nothing in Munaf supports ordering a return; the Court denied relief against the transfer.",
        },
      ],
    },
    {
      id: "kiyemba-holdings",
      type: "multiple-choice",
      prompt:
        "Which statements accurately describe the D.C. Circuit's Kiyemba decisions of 2009? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["compare-transfer-rulings"],
      sourceIds: ["kiyemba-i", "kiyemba-ii"],
      scoring: "right-minus-wrong",
      explanation:
        "Kiyemba I held that courts could not order detainees released into the United States. Kiyemba II, relying on Munaf, reversed orders requiring 30 days' notice before transfers and held that judges may not second-guess the government's declaration that it will not send detainees to likely torture. Neither case ordered Guantánamo closed, and the notice orders were reversed, not upheld.",
      choices: [
        {
          id: "no-release-us",
          text: "Judges could not order the detainees released into the United States.",
          correct: true,
        },
        {
          id: "relied-munaf",
          text: "The court relied on Munaf v. Geren in limiting judges' power over transfers.",
          correct: true,
        },
        {
          id: "no-second-guess",
          text: "Judges could not second-guess the government's declaration that it would not transfer detainees to likely torture.",
          correct: true,
        },
        {
          id: "upheld-notice",
          text: "The court upheld orders requiring 30 days' notice before any transfer.",
          feedback: "Kiyemba II reversed those notice orders.",
        },
        {
          id: "closed-base",
          text: "The court ordered the Guantánamo detention facility closed.",
          feedback: "No Kiyemba decision did this.",
        },
      ],
    },
    {
      id: "mca-section-7",
      type: "short-text",
      prompt:
        "*Boumediene v. Bush* held that section 7 of a 2006 law operated as an unconstitutional suspension of habeas corpus. Name the law.",
      difficulty: 2,
      objectiveIds: ["explain-habeas-reach"],
      sourceIds: ["boumediene-v-bush"],
      explanation:
        "Section 7 of the Military Commissions Act of 2006 removed courts' jurisdiction over the detainees' habeas petitions. The Detainee Treatment Act is the other law in the story: its review process was found not to be an adequate substitute, but it was not the law struck down.",
      answers: [
        { text: "Military Commissions Act" },
        { text: "Military Commissions Act of 2006" },
        { text: "MCA", fraction: 0.75, feedback: "Correct abbreviation; write out the full name to be sure." },
        {
          text: "Detainee Treatment Act",
          fraction: 0.1,
          feedback:
            "Close, but the Detainee Treatment Act supplied the inadequate substitute review; section 7 of the Military Commissions Act is what was struck down.",
        },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "ndaa-certification-days",
      type: "numeric",
      prompt:
        "Under section 1033 of the FY2011 National Defense Authorization Act, how many days before transferring a Guantánamo detainee to another country did the Secretary of Defense have to certify conditions to Congress?",
      difficulty: 2,
      objectiveIds: ["describe-congress-limits"],
      sourceIds: ["ndaa-fy2011"],
      unit: "days",
      answer: { value: 30 },
      explanation:
        "Section 1033 required certification 30 days before a transfer abroad. Notice the contrast with Kiyemba II: there, the D.C. Circuit reversed court orders requiring 30 days' notice before transfers. The same length of time appears in both, but one is a judge's order (reversed) and the other is a statute Congress enacted.",
    },
    {
      id: "court-or-congress-limits",
      type: "categorize",
      prompt: "Sort each limit on detainee transfers or releases by the branch that imposed it.",
      difficulty: 2,
      objectiveIds: ["describe-congress-limits", "compare-transfer-rulings"],
      sourceIds: ["ndaa-fy2011", "crs-r42143", "kiyemba-i", "trump-v-jgg", "noem-v-abrego-garcia"],
      explanation:
        "Funding bars, certifications and country bans came from Congress through NDAAs. Limits set by judges came in court rulings: Kiyemba I (no court-ordered release into the U.S.), Trump v. J.G.G. (notice in time to file habeas) and Abrego Garcia (facilitate release). Seeing who imposed a limit tells you who can change it: Congress can amend a statute, while a court ruling changes through later rulings.",
      categories: [
        { id: "congress", text: "Congress (statute)" },
        { id: "courts", text: "Courts (ruling)" },
      ],
      items: [
        {
          id: "no-funds-into-us",
          text: "No funds may be used to transfer Guantánamo detainees into the United States.",
          categoryId: "congress",
        },
        {
          id: "certify-30-days",
          text: "The Secretary of Defense must certify conditions 30 days before a transfer abroad.",
          categoryId: "congress",
        },
        { id: "country-ban", text: "No transfers to Libya, Somalia, Syria or Yemen.", categoryId: "congress" },
        {
          id: "no-court-release",
          text: "Judges may not order Guantánamo detainees released into the United States.",
          categoryId: "courts",
        },
        {
          id: "notice-habeas",
          text: "Alien Enemies Act detainees must get notice in time to seek habeas before removal.",
          categoryId: "courts",
        },
        {
          id: "facilitate-release",
          text: "The government must facilitate a wrongly removed man's release from Salvadoran custody.",
          categoryId: "courts",
        },
      ],
    },
    {
      id: "jgg-notice-excerpt",
      type: "single-choice",
      prompt:
        'In *Trump v. J.G.G.*, the Supreme Court said detainees must receive notice "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs." What does this passage require?',
      difficulty: 2,
      objectiveIds: ["evaluate-abroad-arguments"],
      sourceIds: ["trump-v-jgg"],
      excerptSourceId: "trump-v-jgg",
      explanation:
        "The passage requires notice early enough, and in a form clear enough, that a detainee can actually file a habeas petition in the right court before being removed. It does not itself promise a full hearing on every claim, and it plainly concerns notice before removal, not after.",
      choices: [
        {
          id: "time-to-file",
          text: "Notice early and clear enough that the detainee can file a habeas petition in the right court before removal.",
          correct: true,
        },
        {
          id: "full-trial",
          text: "A full trial before a jury before anyone may be removed.",
          feedback: "The passage is about notice and the chance to seek habeas, not a jury trial.",
        },
        {
          id: "notice-after",
          text: "Notice within a reasonable time after removal, so the detainee can appeal from abroad.",
          feedback: "Read the last words: the notice must allow relief to be sought before removal occurs.",
        },
        {
          id: "any-court",
          text: "Permission to file in any federal court the detainee chooses.",
          feedback: "The Court said the proper venue is the district of confinement, not any court.",
        },
      ],
    },
    {
      id: "abrego-garcia-excerpt",
      type: "single-choice",
      prompt:
        'In *Noem v. Abrego Garcia*, the Supreme Court sent the word "effectuate" back to the trial judge for clarification, "with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs." Which description of the order is accurate?',
      difficulty: 3,
      objectiveIds: ["evaluate-abroad-arguments"],
      sourceIds: ["noem-v-abrego-garcia", "scotusblog-abrego-garcia"],
      excerptSourceId: "noem-v-abrego-garcia",
      explanation:
        "The Court kept the requirement that the government facilitate Abrego Garcia's release from Salvadoran custody, but asked for clarification of 'effectuate' with deference to the Executive in foreign affairs. It neither fully adopted nor fully rejected either side's position, which is why it is often read as a balance between court power and executive power abroad.",
      choices: [
        {
          id: "facilitate-with-deference",
          text: "It upheld the duty to facilitate his release while cautioning the lower court to respect the Executive's role in foreign affairs.",
          correct: true,
        },
        {
          id: "no-power",
          text: "It held that courts have no power at all over a person once he is in foreign custody.",
          feedback:
            "The Court left the facilitate requirement in place, so it did not hold that courts lose all power.",
        },
        {
          id: "order-el-salvador",
          text: "It ordered El Salvador to release him.",
          feedback: "The order concerned what the U.S. government must do; it was not a command to El Salvador.",
        },
        {
          id: "return-within-day",
          text: "It required the government to return him within 24 hours regardless of foreign-affairs concerns.",
          feedback: "The passage shows the Court expressly asked for deference in foreign affairs.",
        },
      ],
    },
    {
      id: "constructive-custody-term",
      type: "short-text",
      prompt:
        "In December 2025 Judge Boasberg held that the United States still had legal control over men physically held in El Salvador because it was paying El Salvador to hold them. What two-word term names that kind of control?",
      difficulty: 2,
      objectiveIds: ["evaluate-abroad-arguments"],
      sourceIds: ["jgg-summary-judgment-dec-2025"],
      explanation:
        "Constructive custody means legal control over a person even though someone else holds them physically. The Justice Department argued that men held by a sovereign country were in neither actual nor constructive U.S. custody; Boasberg disagreed. 'Physical custody' is the tempting wrong answer: that is exactly what the United States did not have.",
      answers: [
        { text: "constructive custody" },
        { text: "constructive", fraction: 0.5, feedback: "Right idea; the full term is 'constructive custody.'" },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "who-argued-what-abroad",
      type: "multiple-choice",
      prompt:
        "Which of these arguments about the men sent to El Salvador were made by the administration or its lawyers (not by the detainees' side)? Select all that apply.",
      difficulty: 3,
      objectiveIds: ["evaluate-abroad-arguments"],
      sourceIds: ["leavitt-statement-2025", "lawcrime-custody-filing-2025", "ap-custody-hearing-2025"],
      scoring: "every-decision-counts",
      explanation:
        "Karoline Leavitt said courts generally lack jurisdiction over the President's foreign-affairs powers and that one judge cannot direct planes already removed from U.S. soil. The Justice Department argued the men in El Salvador were in neither actual nor constructive U.S. custody. The claims that paying El Salvador preserved U.S. control, and that the court should order the men returned, came from the ACLU on the detainees' side. This question asks who argued what, not who was right.",
      choices: [
        {
          id: "no-jurisdiction-foreign-affairs",
          text: "Federal courts generally lack jurisdiction over the President's foreign-affairs powers.",
          correct: true,
        },
        {
          id: "planes-left",
          text: "A single judge cannot direct planes that have already left U.S. soil.",
          correct: true,
        },
        {
          id: "no-custody",
          text: "Men held by a sovereign country are in neither the actual nor the constructive custody of the United States.",
          correct: true,
        },
        {
          id: "payment-control",
          text: "Because the United States pays El Salvador to hold the men, it still controls their fate.",
          feedback: "This was the ACLU's argument for the detainees.",
        },
        {
          id: "order-return",
          text: "The court should order the men returned to the United States.",
          feedback: "The ACLU asked for this, on the detainees' behalf.",
        },
      ],
    },
    {
      id: "munaf-jurisdiction-claim",
      type: "true-false",
      prompt:
        'Claim check: "*Munaf v. Geren* held that federal courts have no habeas jurisdiction over anyone held outside the United States." True or false?',
      difficulty: 2,
      objectiveIds: ["compare-transfer-rulings"],
      sourceIds: ["munaf-v-geren"],
      answer: false,
      explanation:
        "Munaf held the opposite on jurisdiction: federal courts could hear habeas petitions from U.S. citizens held abroad by U.S. forces. The petitioners lost on the relief they sought, because habeas could not be used to block their transfer to Iraqi custody for prosecution.",
      feedbackTrue: "Munaf found jurisdiction; what it denied was the relief of blocking the transfer.",
    },
    {
      id: "status-early-2026",
      type: "single-choice",
      prompt:
        "What is the most accurate statement about the J.G.G. case involving the men sent to CECOT, as of early 2026?",
      difficulty: 2,
      objectiveIds: ["evaluate-abroad-arguments"],
      sourceIds: ["jgg-summary-judgment-dec-2025", "npr-exchange-2025"],
      explanation:
        "On December 22, 2025 Judge Boasberg ruled that the 137 men were denied due process and that the U.S. kept constructive custody, and ordered a plan by January 5, 2026 to facilitate their return or give them hearings. Most of the men had already been sent to Venezuela on July 18, 2025. This lesson's sources do not show what happened after the deadline, so any answer claiming a final outcome goes beyond the evidence.",
      choices: [
        {
          id: "plan-ordered",
          text: "A judge had ordered a plan to facilitate the men's return or give them hearings; what followed was not confirmed, and it may have changed.",
          correct: true,
        },
        {
          id: "all-returned",
          text: "All 137 men had been returned to the United States for hearings.",
          feedback: "No source for this lesson shows that; most of the men had been sent to Venezuela in July 2025.",
        },
        {
          id: "scotus-final",
          text: "The Supreme Court had issued a final ruling that constructive custody never applies abroad.",
          feedback: "No such ruling appears in this lesson's sources.",
        },
        {
          id: "case-dismissed",
          text: "The case was dismissed when the men left El Salvador in July 2025.",
          feedback: "The judge ruled on the merits in December 2025, after the July exchange.",
        },
      ],
    },
  ],
} satisfies Lesson;
