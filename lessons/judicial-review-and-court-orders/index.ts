import type { Lesson } from "civics-lessons";

/**
 * Teaches how federal courts gained the power of judicial review, why they depend on the executive
 * to carry out their judgments, and which tools (contempt, appeal, impeachment, limits on
 * injunctions) shape what happens when officials resist a court order.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/judicial-review-and-court-orders";
 * lesson.title
 * //=> "Judicial Review and the Force of Court Orders"
 */
export const lesson = {
  id: "judicial-review-and-court-orders",
  version: "1.0.0",
  title: "Judicial Review and the Force of Court Orders",
  summary:
    "Courts can declare laws and official acts unconstitutional, but they command neither money nor troops. This lesson traces judicial review from Marbury v. Madison to 2025 and examines how courts enforce their orders, from contempt to the limits set in Trump v. CASA.",
  topic: "separation-of-powers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Judicial Review and the Force of Court Orders" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-judicial-review",
      text: "Explain how Marbury v. Madison established judicial review and what Cooper v. Aaron added about who is bound by the Court's reading of the Constitution.",
    },
    {
      id: "analyze-enforcement",
      text: "Analyze why Federalist No. 78 calls the judiciary dependent on the executive, using Worcester v. Georgia, the 1957 Little Rock crisis and United States v. Nixon as evidence.",
    },
    {
      id: "compare-contempt",
      text: "Compare civil and criminal contempt, including who prosecutes criminal contempt under Rule 42 and how the pardon power applies to each.",
    },
    {
      id: "evaluate-checks-on-judges",
      text: "Evaluate the responses available when officials disagree with a judge, including appeal, impeachment and limits on remedies such as Trump v. CASA.",
    },
    {
      id: "weigh-historical-evidence",
      text: "Distinguish documented history from attributed quotations, such as the line credited to Andrew Jackson after Worcester v. Georgia.",
    },
  ],
  keyTerms: [
    {
      term: "Judicial review",
      definition:
        "The power of a court to decide whether a law or an official act conflicts with the Constitution and, if it does, to refuse to apply it.",
      sourceIds: ["marbury", "const-art-3"],
    },
    {
      term: "Writ of mandamus",
      definition:
        "A court order directing an official or a lower court to perform a duty. Appeals courts sometimes use it to correct a lower court that has gone beyond its authority.",
      sourceIds: ["marbury", "dc-cir-mandamus"],
    },
    {
      term: "Good behaviour tenure",
      definition:
        'Article III\'s rule that federal judges hold office "during good Behaviour": in practice, for life unless impeached and removed.',
      sourceIds: ["const-art-3"],
    },
    {
      term: "Executive privilege",
      definition:
        "The President's claimed power to keep some communications confidential. United States v. Nixon held that it exists but is not absolute.",
      sourceIds: ["us-v-nixon"],
    },
    {
      term: "Contempt of court",
      definition:
        "Disobeying a court's order. A court can respond with sanctions, which are its main tool for making orders stick.",
      sourceIds: ["conan-contempt"],
    },
    {
      term: "Civil contempt",
      definition:
        "A sanction meant to make a party obey an order or to repay the side that was harmed. It ends when the party complies.",
      sourceIds: ["conan-contempt", "gompers"],
    },
    {
      term: "Criminal contempt",
      definition:
        "Punishment for disobedience that has already happened. The penalty is fixed, later obedience does not erase it, and the accused receives the protections of a criminal case.",
      sourceIds: ["conan-contempt", "rule-42"],
    },
    {
      term: "Disinterested prosecutor",
      definition:
        "A prosecutor with no personal stake in the outcome. Young v. United States ex rel. Vuitton bars courts from appointing the lawyer for the party that benefits from the order.",
      sourceIds: ["young-v-vuitton"],
    },
    {
      term: "Pardon",
      definition:
        "The President's power to forgive offenses against the United States. Ex parte Grossman held that it reaches criminal contempt but not civil contempt.",
      sourceIds: ["const-art-2", "ex-parte-grossman"],
    },
    {
      term: "Impeachment",
      definition:
        "The process for removing federal officials, including judges: the House of Representatives brings charges and the Senate holds a trial.",
      sourceIds: ["hres-229", "nyt-roberts-statement"],
    },
    {
      term: "Appellate review",
      definition: "A higher court's review of a lower court's decision, which can affirm, reverse or vacate it.",
      sourceIds: ["roberts-statement"],
    },
    {
      term: "Temporary restraining order",
      definition:
        "A short-term emergency court order that keeps things as they are until the court can hold a fuller hearing.",
      sourceIds: ["jgg-tro"],
    },
    {
      term: "Universal injunction",
      definition:
        "A court order that blocks a government policy for everyone, not only for the parties who sued. Trump v. CASA held such orders likely exceed federal courts' authority.",
      sourceIds: ["trump-v-casa"],
    },
    {
      term: "Apocryphal",
      definition:
        "Widely repeated but probably not authentic, such as a quotation with no evidence from the time it was supposedly said.",
      sourceIds: ["chronicles-oklahoma"],
    },
  ],
  sections: [
    {
      id: "saying-what-the-law-is",
      heading: "Saying what the law is",
      body: `Article III of the Constitution places "the judicial Power of the United States" in one Supreme Court and in lower federal courts that Congress creates. Federal judges hold office "during good Behaviour," which in practice means they serve for life unless they are impeached and removed. That security is meant to let judges rule against powerful people without fear of losing their jobs.

The Constitution does not spell out **judicial review**, the power of courts to refuse to apply a law that conflicts with the Constitution. The Supreme Court claimed that power in *Marbury v. Madison*, decided February 24, 1803. Chief Justice John Marshall wrote: "It is emphatically the province and duty of the judicial department to say what the law is."

The case turned on a **writ of mandamus**, a court order telling an official to perform a duty. Marshall's opinion read Section 13 of the Judiciary Act of 1789 as letting the Supreme Court issue such writs in cases that begin in the Supreme Court itself (its "original jurisdiction"). Applied that way, the Court held, the section was unconstitutional, and it refused to apply it. It was the first time the Court held part of an act of Congress unconstitutional.`,
      sourceIds: ["const-art-3", "marbury"],
    },
    {
      id: "neither-force-nor-will",
      heading: "Neither force nor will",
      body: `Why would anyone obey a court? Alexander Hamilton took up that question in *Federalist* No. 78. The essay first appeared in a bound edition of the papers dated May 28, 1788, and then in New York's *Independent Journal* on June 14, 1788.

Hamilton called the judiciary the "least dangerous" branch. Congress controls the government's money and the President commands the armed forces, but courts control neither. In his words, the judiciary "may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend upon the aid of the executive arm even for the efficacy of its judgments." (The original word is "merely"; some displays paraphrase it as "only.")

Hamilton used this weakness to argue that judges need secure tenure. It also names a lasting problem: a court's ruling works only if other people carry it out.`,
      sourceIds: ["federalist-78"],
    },
    {
      id: "resistance-and-enforcement",
      heading: "Resistance and enforcement: Georgia in 1832, Little Rock in 1957",
      body: `In *Worcester v. Georgia* (March 3, 1832), the Court, in an opinion by Marshall, struck down a Georgia law that required non-Native people to get a state license to live in Cherokee territory. It described the Cherokee Nation as a distinct community "in which the laws of Georgia can have no force" and reversed the conviction of the missionary Samuel Worcester. Georgia did not comply. Worcester and another missionary, Elizur Butler, stayed in prison until Georgia's governor pardoned them about a year later.

A famous line is often credited to President Andrew Jackson: "John Marshall has made his decision; now let him enforce it." Historians treat it as **likely apocryphal**. No evidence from 1832 shows Jackson saying it. It first appears in Horace Greeley's history *The American Conflict* (1864), second-hand and 32 years later. The ruling also did not order Jackson to do anything at the time. What the record does show is Jackson's attitude: in an April 7, 1832 letter to John Coffee, he wrote that "The decision of the supreme court has fell still born, and they find they cannot coerce Georgia to yield to its mandate."

In 1957 a President used force to carry out a court's order. Arkansas Governor Orval Faubus called out the state's National Guard on September 2, and nine Black students were turned away from school on September 4. When a mob gathered on September 23, President Dwight Eisenhower issued Proclamation 3204 ordering the obstruction to stop. The next day he signed Executive Order 10730, which placed the Arkansas Guard under federal control and sent about 1,000 soldiers of the 101st Airborne to enforce the federal court's desegregation order. The students entered under escort on September 25.

In *Cooper v. Aaron* (1958), a unanimous Court, with all nine justices named as authors, held that Little Rock's school board could not suspend desegregation because of violence and state resistance. State officials, it said, are bound by the Court's reading of the Constitution in *Brown v. Board of Education*, because "the federal judiciary is supreme in the exposition of the law of the Constitution."`,
      sourceIds: ["worcester", "chronicles-oklahoma", "jackson-coffee-letter", "eo-10730", "cooper-v-aaron"],
    },
    {
      id: "a-president-complies",
      heading: "A President complies: United States v. Nixon",
      body: `In 1974 President Richard Nixon claimed **executive privilege**, the President's power to keep some communications confidential, over tape recordings that had been subpoenaed for a criminal trial. In *United States v. Nixon* (July 24, 1974), the Court ruled 8–0; Justice William Rehnquist took no part because he had served in Nixon's Justice Department.

Chief Justice Warren Burger wrote that executive privilege exists but is not absolute. A general interest in confidentiality must give way to a specific, demonstrated need for evidence in a criminal trial. Nixon complied. Transcripts were released on August 5, and his resignation took effect on August 9, 1974. The Court had no way to seize the tapes on its own; the ruling worked because the President obeyed it.`,
      sourceIds: ["us-v-nixon"],
    },
    {
      id: "contempt",
      heading: "How courts enforce orders: contempt",
      body: `When someone disobeys a court order, the court's main tool is **contempt of court**. There are two kinds.

**Civil contempt** looks forward. It pressures a party to obey, or it repays the side that was harmed. Because obeying ends it, the Supreme Court has said the person held in civil contempt "carries the keys of his prison" (*Gompers v. Bucks Stove & Range Co.*, 1911).

**Criminal contempt** looks back. It punishes disobedience that has already happened, to protect the court's authority. The penalty is fixed, obeying later does not erase it, and the accused gets the protections of a criminal case.

Who prosecutes? Federal Rule of Criminal Procedure 42 says the court must first ask a government attorney to prosecute. If the government declines, the court must appoint another attorney. In *Young v. United States ex rel. Vuitton et Fils S.A.* (1987), the Supreme Court confirmed that courts may appoint private prosecutors for criminal contempt. It added that a court may not appoint the lawyer for the party that benefits from the order, because the prosecutor must be disinterested, meaning free of a personal stake.

The President's **pardon power** also matters. Article II lets the President "grant Reprieves and Pardons for Offences against the United States." In *Ex parte Grossman* (1925), President Calvin Coolidge had pardoned Philip Grossman, a Chicago man punished for contempt in a Prohibition case, and a federal district court jailed him again anyway. A unanimous Supreme Court held that the pardon power covers criminal contempt. It indicated that the pardon does not reach civil contempt, which exists for the benefit of the other party.`,
      sourceIds: ["conan-contempt", "gompers", "rule-42", "young-v-vuitton", "const-art-2", "ex-parte-grossman"],
    },
    {
      id: "appeal-not-impeachment",
      heading: "Appeal, not impeachment? The March 2025 dispute",
      body: `Federal judges can be removed only through **impeachment**: the House of Representatives brings charges and the Senate holds a trial. According to counts reported in 2025, the House has impeached 15 federal judges in the nation's history, and the Senate has convicted and removed 8. The only Supreme Court justice ever impeached, Samuel Chase, was acquitted by the Senate on March 1, 1805.

On March 15, 2025, Chief Judge James E. Boasberg of the federal district court in Washington, D.C., issued a **temporary restraining order**, a short-term emergency order, pausing removals under President Donald Trump's Alien Enemies Act proclamation aimed at the Tren de Aragua gang. At a hearing he also told government lawyers that planes already in the air had to be returned. The planes were not turned back. The lesson *Case Study: J.G.G. v. Trump* covers these events in detail.

President Trump called for Boasberg's impeachment. On March 18, Representative Brandon Gill of Texas introduced H.Res. 229, which charged the judge with "high crimes and misdemeanors." The resolution came days after his orders paused removals under the President's Alien Enemies Act proclamation. The resolution was referred to committee; the tracking records used for this lesson show no further action.

Hours after the President's call, Chief Justice John Roberts issued what reporters called a rare public statement: "For more than two centuries, it has been established that impeachment is not an appropriate response to disagreement concerning a judicial decision. The normal appellate review process exists for that purpose." News reports noted that he did not take sides in the wider dispute.

The episode also tested contempt. On April 16, 2025, Boasberg found probable cause to hold the government in criminal contempt. A panel of the U.S. Court of Appeals for the D.C. Circuit paused that finding two days later and vacated it on August 8, 2025, by granting **mandamus**. On November 14, 2025, the full court declined to rehear the case but left room for proceedings to continue. A new pause in December 2025 is the last development found for this lesson; as of early 2026 the outcome was unknown and may have changed since.`,
      sourceIds: [
        "nyt-roberts-statement",
        "loc-chase",
        "jgg-tro",
        "hres-229",
        "roberts-statement",
        "jgg-contempt-opinion",
        "dc-cir-mandamus",
        "dc-cir-en-banc",
      ],
    },
    {
      id: "limits-on-remedies",
      heading: "Limits on remedies: Trump v. CASA (2025)",
      body: `Courts' power also depends on what they may order after they rule. A **universal injunction** blocks a policy for everyone, not only for the parties who sued. In *Trump v. CASA, Inc.* (June 27, 2025), the Court ruled 6–3, in an opinion by Justice Amy Coney Barrett, that universal injunctions likely go beyond the power to grant relief that Congress gave federal courts in the Judiciary Act of 1789. Barrett wrote: "Federal courts do not exercise general oversight of the Executive Branch; they resolve cases and controversies consistent with the authority Congress has given them."

The case grew out of lawsuits against Executive Order 14160 on birthright citizenship. The Court partly stayed three injunctions, but only where they went further than needed to give complete relief to each plaintiff with standing. It did not decide whether the executive order itself is lawful. Courts can still give the parties before them complete relief, and the majority pointed to class actions as a route to broader relief. Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented, and Justice Jackson also wrote her own dissent.

The ruling therefore limited one kind of order. It did not ban broad relief altogether, and it did not end the debate over how far courts should reach when they check the executive.`,
      sourceIds: ["trump-v-casa"],
    },
  ],
  timeline: [
    {
      date: "1788-05-28",
      event:
        "Federalist No. 78 first appears, in volume 2 of the McLean bound edition; New York's Independent Journal prints it on June 14.",
      sourceIds: ["federalist-78"],
    },
    {
      date: "1803-02-24",
      event: "Marbury v. Madison: the Court holds part of an act of Congress unconstitutional for the first time.",
      sourceIds: ["marbury"],
    },
    {
      date: "1805-03-01",
      event: "The Senate acquits Justice Samuel Chase, the only Supreme Court justice ever impeached.",
      sourceIds: ["loc-chase"],
    },
    {
      date: "1832-03-03",
      event: "Worcester v. Georgia strikes down Georgia's license law for Cherokee territory; Georgia does not comply.",
      sourceIds: ["worcester"],
    },
    {
      date: "1832-04-07",
      event: 'Jackson writes to John Coffee that the decision "has fell still born."',
      sourceIds: ["jackson-coffee-letter", "chronicles-oklahoma"],
    },
    {
      date: "1864",
      event:
        'Horace Greeley\'s The American Conflict prints the second-hand "let him enforce it" line, the earliest known source.',
      sourceIds: ["chronicles-oklahoma"],
    },
    {
      date: "1925-03-02",
      event: "Ex parte Grossman: the pardon power covers criminal contempt.",
      sourceIds: ["ex-parte-grossman"],
    },
    {
      date: "1957-09-24",
      event:
        "Executive Order 10730 federalizes the Arkansas Guard and sends the 101st Airborne to enforce the Little Rock desegregation order (after Proclamation 3204 of September 23).",
      sourceIds: ["eo-10730"],
    },
    {
      date: "1958-09-29",
      event: "Cooper v. Aaron: the full opinion, signed by all nine justices, follows a September 12 order.",
      sourceIds: ["cooper-v-aaron"],
    },
    {
      date: "1974-07-24",
      event:
        "United States v. Nixon: executive privilege must yield to a specific need for evidence in a criminal trial.",
      sourceIds: ["us-v-nixon"],
    },
    {
      date: "1987-05-26",
      event:
        "Young v. United States ex rel. Vuitton: courts may appoint disinterested private prosecutors for criminal contempt.",
      sourceIds: ["young-v-vuitton"],
    },
    { date: "2002-12-01", event: "The current wording of Criminal Rule 42 takes effect.", sourceIds: ["rule-42"] },
    {
      date: "2025-03-15",
      event:
        "Chief Judge Boasberg issues temporary restraining orders pausing removals under the Alien Enemies Act proclamation.",
      sourceIds: ["jgg-tro"],
    },
    {
      date: "2025-03-18",
      event:
        "President Trump calls for Boasberg's impeachment; H.Res. 229 is introduced; Chief Justice Roberts issues his statement.",
      sourceIds: ["hres-229", "roberts-statement", "nyt-roberts-statement"],
    },
    {
      date: "2025-04-16",
      event: "Boasberg finds probable cause of criminal contempt.",
      sourceIds: ["jgg-contempt-opinion"],
    },
    { date: "2025-06-27", event: "Trump v. CASA limits universal injunctions.", sourceIds: ["trump-v-casa"] },
    {
      date: "2025-08-08",
      event: "A divided D.C. Circuit panel vacates the probable-cause finding by mandamus.",
      sourceIds: ["dc-cir-mandamus"],
    },
    { date: "2025-11-14", event: "The full D.C. Circuit denies rehearing en banc.", sourceIds: ["dc-cir-en-banc"] },
  ],
  sources: [
    {
      id: "const-art-2",
      kind: "constitution",
      title: "U.S. Constitution, Article II, Section 2 (pardon power)",
      citation: "U.S. Const. art. II, § 2, cl. 1",
      publisher: "National Archives",
      date: "1787-09-17",
      publicDomain: true,
    },
    {
      id: "const-art-3",
      kind: "constitution",
      title: "U.S. Constitution, Article III, Section 1",
      citation: "U.S. Const. art. III, § 1",
      publisher: "National Archives",
      date: "1787-09-17",
      publicDomain: true,
    },
    {
      id: "federalist-78",
      kind: "other",
      title: "The Federalist No. 78 (Alexander Hamilton)",
      citation:
        "The Federalist No. 78 (Alexander Hamilton), in The Federalist, vol. 2 (J. & A. McLean, May 28, 1788); Independent Journal (New York), June 14, 1788",
      date: "1788-05-28",
      excerpt:
        "may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend upon the aid of the executive arm even for the efficacy of its judgments.",
      publicDomain: true,
    },
    {
      id: "marbury",
      kind: "case",
      title: "Marbury v. Madison",
      citation: "Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)",
      publisher: "Supreme Court of the United States",
      date: "1803-02-24",
      excerpt: "It is emphatically the province and duty of the judicial department to say what the law is.",
      publicDomain: true,
    },
    {
      id: "worcester",
      kind: "case",
      title: "Worcester v. Georgia",
      citation: "Worcester v. Georgia, 31 U.S. (6 Pet.) 515 (1832)",
      publisher: "Supreme Court of the United States",
      date: "1832-03-03",
      publicDomain: true,
    },
    {
      id: "jackson-coffee-letter",
      kind: "other",
      title: "Letter from Andrew Jackson to John Coffee",
      citation: "Letter from Andrew Jackson to John Coffee (Apr. 7, 1832)",
      date: "1832-04-07",
      publicDomain: true,
    },
    {
      id: "chronicles-oklahoma",
      kind: "report",
      title: "The Chronicles of Oklahoma: article on Worcester v. Georgia and its aftermath",
      citation:
        "The Chronicles of Oklahoma (Oklahoma Historical Society), digitized at The Gateway to Oklahoma History, ark:/67531/metadc2031778",
      url: "https://gateway.okhistory.org/ark:/67531/metadc2031778/m1/7/",
      publisher: "Oklahoma Historical Society",
    },
    {
      id: "eo-10730",
      kind: "executive-action",
      title: "Executive Order 10730 (Little Rock, Arkansas)",
      citation: "Exec. Order No. 10730 (Sept. 24, 1957), reciting Proclamation 3204 (Sept. 23, 1957)",
      url: "https://www.archives.gov/milestone-documents/executive-order-10730",
      publisher: "National Archives",
      date: "1957-09-24",
      publicDomain: true,
    },
    {
      id: "cooper-v-aaron",
      kind: "case",
      title: "Cooper v. Aaron",
      citation: "Cooper v. Aaron, 358 U.S. 1 (1958)",
      publisher: "Supreme Court of the United States",
      date: "1958-09-29",
      publicDomain: true,
    },
    {
      id: "us-v-nixon",
      kind: "case",
      title: "United States v. Nixon",
      citation: "United States v. Nixon, 418 U.S. 683 (1974)",
      publisher: "Supreme Court of the United States",
      date: "1974-07-24",
      publicDomain: true,
    },
    {
      id: "gompers",
      kind: "case",
      title: "Gompers v. Bucks Stove & Range Co.",
      citation: "Gompers v. Bucks Stove & Range Co., 221 U.S. 418 (1911)",
      publisher: "Supreme Court of the United States",
      date: "1911",
      publicDomain: true,
    },
    {
      id: "conan-contempt",
      kind: "report",
      title: "Constitution Annotated: Article III, Section 1, Categories of Contempt",
      citation:
        "Cong. Research Serv., Constitution of the United States: Analysis and Interpretation, art. III, § 1 (Categories of Contempt)",
      url: "https://www.law.cornell.edu/constitution-conan/article-3/section-1/categories-of-contempt",
      publisher: "Congressional Research Service (via Legal Information Institute)",
      publicDomain: true,
    },
    {
      id: "rule-42",
      kind: "other",
      title: "Federal Rule of Criminal Procedure 42: Criminal Contempt",
      citation: "Fed. R. Crim. P. 42(a)(2) (as amended effective Dec. 1, 2002)",
      date: "2002-12-01",
      excerpt:
        "The court must request that the contempt be prosecuted by an attorney for the government, unless the interest of justice requires the appointment of another attorney. If the government declines the request, the court must appoint another attorney to prosecute the contempt.",
      publicDomain: true,
    },
    {
      id: "young-v-vuitton",
      kind: "case",
      title: "Young v. United States ex rel. Vuitton et Fils S.A.",
      citation: "Young v. United States ex rel. Vuitton et Fils S.A., 481 U.S. 787 (1987)",
      publisher: "Supreme Court of the United States",
      date: "1987-05-26",
      publicDomain: true,
    },
    {
      id: "ex-parte-grossman",
      kind: "case",
      title: "Ex parte Grossman",
      citation: "Ex parte Grossman, 267 U.S. 87 (1925)",
      publisher: "Supreme Court of the United States",
      date: "1925-03-02",
      publicDomain: true,
    },
    {
      id: "loc-chase",
      kind: "report",
      title: "Federal Impeachment research guide: Samuel Chase",
      citation: "Library of Congress, Federal Impeachment research guide, Samuel Chase",
      url: "https://guides.loc.gov/federal-impeachment/samuel-chase",
      publisher: "Library of Congress",
      publicDomain: true,
    },
    {
      id: "jgg-tro",
      kind: "court-filing",
      title: "J.G.G. v. Trump: temporary restraining orders of March 15, 2025",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (temporary restraining orders)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-03-15",
      publicDomain: true,
    },
    {
      id: "hres-229",
      kind: "other",
      title:
        "H.Res. 229: Impeaching James E. Boasberg, United States District Court Chief Judge for the District of Columbia, for high crimes and misdemeanors",
      citation: "H.R. Res. 229, 119th Cong. (2025)",
      publisher: "U.S. House of Representatives",
      date: "2025-03-18",
      publicDomain: true,
    },
    {
      id: "roberts-statement",
      kind: "other",
      title: "Statement of Chief Justice John G. Roberts, Jr.",
      citation: "Statement of Chief Justice John G. Roberts, Jr. (Mar. 18, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-03-18",
      excerpt:
        "For more than two centuries, it has been established that impeachment is not an appropriate response to disagreement concerning a judicial decision. The normal appellate review process exists for that purpose.",
      publicDomain: true,
    },
    {
      id: "nyt-roberts-statement",
      kind: "news",
      title: "New York Times coverage of Chief Justice Roberts' statement and the call to impeach Judge Boasberg",
      citation: "The New York Times, Mar. 18, 2025",
      publisher: "The New York Times",
      date: "2025-03-18",
    },
    {
      id: "jgg-contempt-opinion",
      kind: "case",
      title: "J.G.G. v. Trump: memorandum opinion finding probable cause of criminal contempt",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Apr. 16, 2025) (memorandum opinion)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-04-16",
      publicDomain: true,
    },
    {
      id: "dc-cir-mandamus",
      kind: "case",
      title: "D.C. Circuit ruling granting mandamus and vacating the J.G.G. probable-cause order",
      citation:
        "U.S. Court of Appeals for the D.C. Circuit, order and opinions of Aug. 8, 2025, on the government's mandamus petition in the J.G.G. v. Trump contempt proceedings (Katsas and Rao, JJ.; Pillard, J., dissenting)",
      publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
      date: "2025-08-08",
      publicDomain: true,
    },
    {
      id: "dc-cir-en-banc",
      kind: "court-filing",
      title: "D.C. Circuit order denying rehearing en banc in the J.G.G. contempt proceedings",
      citation:
        "U.S. Court of Appeals for the D.C. Circuit, order denying rehearing en banc (Nov. 14, 2025) (Pan, J., dissenting)",
      publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
      date: "2025-11-14",
      publicDomain: true,
    },
    {
      id: "trump-v-casa",
      kind: "case",
      title: "Trump v. CASA, Inc.",
      citation: "Trump v. CASA, Inc., Nos. 24A884, 24A885, 24A886 (U.S. June 27, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-06-27",
      publicDomain: true,
    },
  ],
  perspectives: [
    {
      id: "contempt-must-reach-officials",
      label: "Contempt must be able to reach executive officials",
      argument:
        'In April 2025 Judge Boasberg found probable cause that the government had shown "willful disregard" of his March 15 order, and he laid out a path toward prosecution that, under Rule 42, could end with a court-appointed prosecutor if the Justice Department declined. Dissenting from the August 2025 panel ruling, Judge Pillard argued that the spoken instructions made clear what compliance required and that mandamus was improper.',
      sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus", "rule-42"],
    },
    {
      id: "limits-on-contempt-against-executive",
      label: "Criminal contempt against the executive needs clear orders and firm limits",
      argument:
        "The panel majority that vacated the probable-cause finding gave two reasons. Judge Katsas wrote that the order's word \"removing\" was ambiguous (it could mean expelling someone from U.S. territory or handing over custody), and an ambiguous order cannot support a criminal conviction. Judge Rao wrote that once the Supreme Court vacated the order, the district court could no longer coerce compliance with it, and that pressing ahead intruded on the President's foreign-affairs powers. On this view, criminal punishment requires a clear command, and appeals courts can correct a trial judge who presses the executive too far.",
      sourceIds: ["dc-cir-mandamus"],
    },
    {
      id: "impeachment-as-a-check",
      label: "Impeachment as a check on judges",
      argument:
        'The sponsors of H.Res. 229 charged Judge Boasberg with "high crimes and misdemeanors." They introduced it three days after his orders paused removals under the President\'s Alien Enemies Act proclamation. On this view, the Constitution gives the House the impeachment power as a check on judges, and using it is a legitimate response when a judge is believed to have exceeded judicial authority.',
      sourceIds: ["hres-229"],
    },
    {
      id: "appeal-not-impeachment",
      label: "Disagreement belongs in the appeals process",
      argument:
        "Chief Justice Roberts stated that for more than two centuries it has been settled that impeachment is not the right response to disagreement with a judicial decision, and that appellate review exists for that purpose. For context, the House has impeached 15 federal judges in U.S. history and the Senate has removed 8; the only justice ever impeached, Samuel Chase, was acquitted in 1805.",
      sourceIds: ["roberts-statement", "nyt-roberts-statement", "loc-chase"],
    },
  ],
  discussionQuestions: [
    'Hamilton wrote that courts must depend on "the aid of the executive arm." Is that dependence a weakness to fix or a safeguard that keeps judges modest? Use Little Rock and Worcester in your answer.',
    "Rule 42 asks the executive branch's own lawyers to prosecute contempt first, even when executive officials are accused. What are the strengths and risks of that design compared with having a court-appointed prosecutor from the start?",
    "Where should the line fall between judicial misconduct that justifies impeachment and a ruling that people simply disagree with? Who should decide?",
    "Does limiting universal injunctions, as Trump v. CASA did, make courts a stronger or weaker check on the executive? Consider the class-action route the majority pointed to.",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution sets up a government with powers, duties and limits that have shifted over time and are still argued about, here the reach of judicial power.",
    },
    {
      framework: "C3",
      code: "D2.Civ.5.9-12",
      description:
        "Judge how well institutions such as courts, Congress and the presidency respond when an order is resisted.",
    },
    {
      framework: "C3",
      code: "D2.His.11.9-12",
      description:
        "Weigh how useful a historical source is by who made it, when, where and why, as with the quotation attributed to Jackson.",
    },
    {
      framework: "C3",
      code: "D4.1.9-12",
      description:
        "Build arguments from claims and evidence drawn from several sources while acknowledging counterclaims.",
    },
  ],
  questions: [
    {
      id: "marbury-holding",
      type: "single-choice",
      prompt: "What did the Supreme Court decide in *Marbury v. Madison* (1803)?",
      difficulty: 1,
      objectiveIds: ["explain-judicial-review"],
      sourceIds: ["marbury"],
      explanation:
        "Marbury is the first case in which the Court held part of an act of Congress (Section 13 of the Judiciary Act of 1789, as applied to issuing mandamus in the Court's original jurisdiction) unconstitutional and refused to apply it. That is judicial review. The Court did not issue the writ, because the statute that would have let it do so was the part it struck down.",
      choices: [
        {
          id: "struck-down-act-of-congress",
          text: "It held part of the Judiciary Act of 1789 unconstitutional and refused to apply it, establishing judicial review.",
          correct: true,
        },
        {
          id: "issued-the-writ",
          text: "It issued a writ of mandamus ordering the Secretary of State to act.",
          feedback:
            "The case was about mandamus, but the Court concluded that the provision letting it issue the writ in that kind of case was unconstitutional, so it did not issue the writ.",
        },
        {
          id: "struck-down-state-law",
          text: "It struck down a state law for conflicting with the Constitution.",
          feedback: "Marbury concerned an act of Congress, not a state law.",
        },
        {
          id: "limited-pardons",
          text: "It held that the President cannot pardon federal judges.",
        },
      ],
    },
    {
      id: "federalist-78-dependence",
      type: "single-choice",
      prompt:
        'Read the excerpt from *Federalist* No. 78. According to Hamilton, why must the judiciary "depend upon the aid of the executive arm"?',
      difficulty: 2,
      excerptSourceId: "federalist-78",
      objectiveIds: ["analyze-enforcement"],
      sourceIds: ["federalist-78"],
      explanation:
        'Hamilton says courts have "neither FORCE nor WILL, but merely judgment." They decide cases, but they have no army or treasury of their own, so they rely on the executive to make their judgments effective. He did not say judges must follow the President\'s wishes: his point is about enforcement, not obedience.',
      hints: ["Look at what Hamilton says courts lack: FORCE and WILL."],
      choices: [
        {
          id: "judgment-only",
          text: "Courts can only issue judgments; they have no force of their own to carry them out.",
          correct: true,
        },
        {
          id: "follow-president",
          text: "Judges must follow the President's view of the law.",
          feedback:
            'The essay argues the opposite elsewhere: courts must treat the Constitution as fundamental law. "Aid" here means help in enforcement, not direction.',
        },
        {
          id: "most-dangerous",
          text: "The judiciary is the most dangerous branch and must be supervised.",
          feedback:
            'Hamilton called the judiciary the "least dangerous" branch, precisely because it lacks force and will.',
        },
        {
          id: "controls-purse",
          text: "Courts control spending, so they need the executive to collect taxes.",
        },
      ],
    },
    {
      id: "jackson-quote-documented",
      type: "true-false",
      prompt:
        'True or false: Records from 1832 show Andrew Jackson saying, "John Marshall has made his decision; now let him enforce it."',
      difficulty: 1,
      answer: false,
      objectiveIds: ["weigh-historical-evidence"],
      sourceIds: ["chronicles-oklahoma", "jackson-coffee-letter"],
      explanation:
        "No evidence from 1832 records the line. It first appears in Horace Greeley's 1864 history, second-hand, 32 years after the decision, so historians treat it as likely apocryphal. Jackson's real letter of April 7, 1832 to John Coffee shows a similar attitude (\"has fell still born\") but is not the famous line.",
      feedbackTrue:
        "The line is widely repeated, but it first appears in an 1864 book, second-hand. Jackson's actual letter from 1832 uses different words.",
    },
    {
      id: "jackson-quote-evidence",
      type: "multiple-choice",
      prompt: 'Which facts support treating the "let him enforce it" line as likely apocryphal? Select all that apply.',
      difficulty: 2,
      scoring: "right-minus-wrong",
      objectiveIds: ["weigh-historical-evidence"],
      sourceIds: ["chronicles-oklahoma", "worcester", "jackson-coffee-letter"],
      explanation:
        "The line's earliest known source is Greeley's 1864 book, which relied on someone else's recollection decades later. And Worcester did not order Jackson to do anything at the time, which makes a defiant reply to such an order less likely. Jackson's letter to Coffee contains different words, and the ruling went against Georgia, not for it.",
      hints: ["Ask when and by whom the line was first written down."],
      choices: [
        {
          id: "greeley-1864",
          text: "It first appears in print in 1864, second-hand, 32 years after the decision.",
          correct: true,
        },
        {
          id: "no-order-to-jackson",
          text: "The Worcester ruling did not order Jackson to do anything at the time.",
          correct: true,
        },
        {
          id: "in-coffee-letter",
          text: "It appears word for word in Jackson's April 1832 letter to John Coffee.",
          feedback:
            'The letter says the decision "has fell still born." It shows Jackson\'s attitude but not the famous line.',
        },
        {
          id: "georgia-won",
          text: "The Court ruled for Georgia, so there was nothing for Jackson to resist.",
          feedback:
            "The Court ruled against Georgia: its license law was void and Worcester's conviction was reversed.",
        },
      ],
    },
    {
      id: "little-rock-enforcement",
      type: "single-choice",
      prompt: "How was the federal court's desegregation order in Little Rock finally carried out in September 1957?",
      difficulty: 2,
      objectiveIds: ["analyze-enforcement"],
      sourceIds: ["eo-10730"],
      explanation:
        "Executive Order 10730 (September 24, 1957) placed the Arkansas National Guard under federal control and sent about 1,000 soldiers of the 101st Airborne; the nine students entered under escort on September 25. The court itself had no troops: it took the President's action. Governor Faubus had called out the Guard earlier, and the students were turned away.",
      choices: [
        {
          id: "eo-10730",
          text: "President Eisenhower federalized the Arkansas Guard and sent the 101st Airborne under Executive Order 10730.",
          correct: true,
        },
        {
          id: "faubus-escort",
          text: "Governor Faubus ordered the Arkansas Guard to escort the students.",
          feedback:
            "Faubus called out the Guard on September 2, and the students were turned away. They entered under escort only after the President acted.",
        },
        {
          id: "court-marshals",
          text: "The Supreme Court sent its own officers to arrest the mob.",
          feedback: "The Court has no enforcement force of its own, which is Hamilton's point in Federalist No. 78.",
        },
        {
          id: "congress-statute",
          text: "Congress passed a special law ordering the school to open to the students.",
        },
      ],
    },
    {
      id: "match-cases-holdings",
      type: "matching",
      prompt: "Match each case to its holding. One holding is not used.",
      difficulty: 2,
      objectiveIds: ["explain-judicial-review", "analyze-enforcement", "compare-contempt", "evaluate-checks-on-judges"],
      sourceIds: [
        "marbury",
        "cooper-v-aaron",
        "us-v-nixon",
        "worcester",
        "ex-parte-grossman",
        "young-v-vuitton",
        "trump-v-casa",
      ],
      explanation:
        "Marbury established judicial review; Cooper held state officials bound by the Court's reading of the Constitution; Nixon held executive privilege is not absolute; Worcester voided Georgia's law over Cherokee territory; Grossman let the President pardon criminal contempt; Young allowed disinterested private prosecutors for contempt; CASA limited universal injunctions. No case here held that the President may pardon civil contempt: Grossman indicated the opposite.",
      premises: [
        { id: "marbury", text: "Marbury v. Madison (1803)" },
        { id: "cooper", text: "Cooper v. Aaron (1958)" },
        { id: "nixon", text: "United States v. Nixon (1974)" },
        { id: "worcester", text: "Worcester v. Georgia (1832)" },
        { id: "grossman", text: "Ex parte Grossman (1925)" },
        { id: "young", text: "Young v. United States ex rel. Vuitton (1987)" },
        { id: "casa", text: "Trump v. CASA, Inc. (2025)" },
      ],
      responses: [
        {
          id: "judicial-review",
          text: "Courts may refuse to apply an act of Congress that conflicts with the Constitution.",
        },
        {
          id: "states-bound",
          text: "State officials are bound by the Court's interpretation of the Constitution and cannot suspend desegregation over violence.",
        },
        {
          id: "privilege-not-absolute",
          text: "Executive privilege must yield to a specific need for evidence in a criminal trial.",
        },
        {
          id: "georgia-law-void",
          text: "Georgia's laws could not be applied inside the Cherokee Nation, so a missionary's conviction was reversed.",
        },
        { id: "pardon-criminal-contempt", text: "The President's pardon power covers criminal contempt of court." },
        {
          id: "private-prosecutor",
          text: "Courts may appoint private prosecutors for criminal contempt, but not the lawyer for the party that benefits.",
        },
        {
          id: "universal-injunctions",
          text: "Universal injunctions likely exceed the authority Congress gave federal courts.",
        },
        { id: "pardon-civil-contempt", text: "The President may pardon civil contempt to end a coercive fine." },
      ],
      pairs: {
        marbury: "judicial-review",
        cooper: "states-bound",
        nixon: "privilege-not-absolute",
        worcester: "georgia-law-void",
        grossman: "pardon-criminal-contempt",
        young: "private-prosecutor",
        casa: "universal-injunctions",
      },
    },
    {
      id: "civil-or-criminal-contempt",
      type: "categorize",
      prompt: "Sort each feature into civil contempt or criminal contempt.",
      difficulty: 2,
      objectiveIds: ["compare-contempt"],
      sourceIds: ["conan-contempt", "gompers", "rule-42", "ex-parte-grossman"],
      explanation:
        'Civil contempt looks forward: it coerces obedience or compensates the injured side, and obeying ends it (the person "carries the keys of his prison"). Criminal contempt looks back: it punishes completed disobedience with a fixed penalty, brings criminal-case protections, is prosecuted under Rule 42, and, under Ex parte Grossman, can be pardoned. The pardon point trips many people up: the Court indicated a pardon does not reach civil contempt.',
      categories: [
        { id: "civil", text: "Civil contempt" },
        { id: "criminal", text: "Criminal contempt" },
      ],
      items: [
        { id: "ends-on-compliance", text: "Ends as soon as the person obeys the order", categoryId: "civil" },
        { id: "keys-of-prison", text: 'The person "carries the keys of his prison"', categoryId: "civil" },
        { id: "compensates", text: "Can repay the party harmed by the disobedience", categoryId: "civil" },
        {
          id: "not-pardonable",
          text: "The Supreme Court indicated the pardon power does not reach it",
          categoryId: "civil",
        },
        {
          id: "punishes-past",
          text: "Punishes an act of disobedience that is already complete",
          categoryId: "criminal",
        },
        {
          id: "fixed-penalty",
          text: "Carries a fixed penalty that later obedience cannot erase",
          categoryId: "criminal",
        },
        {
          id: "criminal-protections",
          text: "Brings the procedural protections of a criminal case",
          categoryId: "criminal",
        },
        { id: "rule-42", text: "The court first asks a government attorney to prosecute it", categoryId: "criminal" },
        { id: "pardonable", text: "Can be pardoned by the President (Ex parte Grossman)", categoryId: "criminal" },
      ],
    },
    {
      id: "rule-42-government-declines",
      type: "single-choice",
      prompt:
        "Read the excerpt from Rule 42. A federal judge asks the U.S. Attorney's office to prosecute a criminal contempt, and the office declines. What does the rule say happens next?",
      difficulty: 2,
      excerptSourceId: "rule-42",
      objectiveIds: ["compare-contempt"],
      sourceIds: ["rule-42", "young-v-vuitton"],
      explanation:
        'The rule\'s second sentence is direct: "If the government declines the request, the court must appoint another attorney to prosecute the contempt." The case does not simply end, and the judge does not prosecute personally. Young v. Vuitton adds that the appointed attorney must be disinterested.',
      choices: [
        { id: "appoint-another", text: "The court must appoint another attorney to prosecute.", correct: true },
        {
          id: "case-ends",
          text: "The contempt charge is dropped, because only the executive may prosecute.",
          feedback:
            "That is a common assumption, but the rule requires the court to appoint another attorney when the government declines.",
        },
        {
          id: "judge-prosecutes",
          text: "The judge prosecutes the case personally.",
          feedback:
            "The rule calls for an appointed attorney, not the judge, and Rule 42 also limits a judge who was the target of criticism from presiding.",
        },
        { id: "congress-decides", text: "The matter goes to Congress to decide." },
      ],
    },
    {
      id: "young-disinterested-prosecutor",
      type: "single-choice",
      prompt:
        "A company wins a court order forbidding a rival from selling copies of its product. The rival keeps selling, and the judge wants a private lawyer to prosecute criminal contempt. Under *Young v. United States ex rel. Vuitton*, which appointment would be improper?",
      difficulty: 3,
      objectiveIds: ["compare-contempt"],
      sourceIds: ["young-v-vuitton"],
      explanation:
        "Young confirmed that courts may appoint private prosecutors for criminal contempt, but the prosecutor must be disinterested. The lawyer for the company that benefits from the order has a stake in the outcome, so appointing that lawyer is improper. Appointing an unconnected private lawyer is allowed.",
      choices: [
        { id: "winning-party-lawyer", text: "The lawyer who represents the company that won the order", correct: true },
        {
          id: "unconnected-lawyer",
          text: "A private lawyer with no connection to either company",
          feedback:
            "Young allows appointing a private attorney; the problem is only a prosecutor with a stake in the outcome.",
        },
        {
          id: "any-private",
          text: "Any private lawyer at all, because only government attorneys may prosecute contempt",
          feedback: "Young held that courts have inherent authority to appoint private prosecutors.",
        },
      ],
    },
    {
      id: "pardon-any-contempt",
      type: "true-false",
      prompt:
        "True or false: Under *Ex parte Grossman* (1925), a President can pardon any contempt of court, civil or criminal.",
      difficulty: 2,
      answer: false,
      objectiveIds: ["compare-contempt"],
      sourceIds: ["ex-parte-grossman", "conan-contempt", "const-art-2"],
      explanation:
        "Grossman held that the pardon power covers criminal contempt, which punishes an offense. The Court indicated it does not reach civil contempt, which is remedial and exists for the benefit of the other party in the case.",
      feedbackTrue:
        "Grossman covers criminal contempt only. Civil contempt, which protects the other party, is a different matter.",
    },
    {
      id: "nixon-cloze",
      type: "cloze",
      prompt: "Complete the summary of *United States v. Nixon*.",
      difficulty: 2,
      objectiveIds: ["analyze-enforcement"],
      sourceIds: ["us-v-nixon"],
      explanation:
        "The vote was 8–0, not 9–0, because Justice Rehnquist took no part. The Court held that executive privilege exists but must yield to a specific need for evidence in a criminal trial. Nixon turned over the tapes and resigned effective August 9, 1974: the ruling worked because he complied.",
      text: "In 1974 a {{vote}} Supreme Court held that executive privilege {{scope}}. President Nixon {{response}}, and his resignation took effect about two weeks later.",
      blanks: [
        {
          id: "vote",
          kind: "choice",
          choices: [
            { id: "eight-zero", text: "8–0", correct: true },
            { id: "nine-zero", text: "9–0" },
            { id: "five-four", text: "5–4" },
          ],
        },
        {
          id: "scope",
          kind: "choice",
          choices: [
            {
              id: "yields",
              text: "exists but must yield to a specific need for evidence in a criminal trial",
              correct: true,
            },
            { id: "absolute", text: "is absolute for a sitting President" },
            { id: "does-not-exist", text: "does not exist at all" },
          ],
        },
        {
          id: "response",
          kind: "choice",
          choices: [
            { id: "complied", text: "complied and turned over the tapes", correct: true },
            { id: "refused", text: "refused, and federal marshals seized the tapes" },
            { id: "ignored", text: "ignored the ruling until Congress intervened" },
          ],
        },
      ],
    },
    {
      id: "judges-removed-count",
      type: "numeric",
      prompt:
        "According to the counts used in this lesson, how many federal judges has the **Senate convicted and removed** from office in U.S. history? (Not how many the House impeached.)",
      difficulty: 2,
      objectiveIds: ["evaluate-checks-on-judges"],
      sourceIds: ["nyt-roberts-statement"],
      explanation:
        "The House has impeached 15 federal judges, and the Senate convicted and removed 8. Others were acquitted or resigned. Removal is rare, which is part of why Chief Justice Roberts pointed to appeals as the normal response to disagreement.",
      answer: { value: 8 },
      unit: "judges",
      nearMisses: [
        {
          answer: { value: 15 },
          fraction: 0,
          feedback:
            "15 is the number the House impeached. The question asks how many the Senate convicted and removed.",
        },
      ],
    },
    {
      id: "roberts-statement-remedy",
      type: "short-text",
      prompt:
        "Read Chief Justice Roberts' statement of March 18, 2025. According to it, what process exists to respond to disagreement with a judicial decision? (A few words.)",
      difficulty: 1,
      excerptSourceId: "roberts-statement",
      objectiveIds: ["evaluate-checks-on-judges"],
      sourceIds: ["roberts-statement"],
      explanation:
        'The statement says impeachment is not an appropriate response to disagreement with a ruling and that "The normal appellate review process exists for that purpose": a losing party appeals to a higher court.',
      answers: [
        { text: "appellate review" },
        { text: "the normal appellate review process" },
        { text: "appellate review process" },
        { text: "appeal" },
        { text: "appeals" },
        { text: "an appeal" },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "casa-claim-check",
      type: "single-choice",
      prompt:
        'A classmate says: "In *Trump v. CASA*, the Supreme Court banned nationwide injunctions and upheld the birthright-citizenship order." Which correction is accurate?',
      difficulty: 3,
      objectiveIds: ["evaluate-checks-on-judges"],
      sourceIds: ["trump-v-casa"],
      explanation:
        "CASA addressed universal injunctions, meaning relief for people who are not parties. Courts can still give plaintiffs complete relief, and the majority pointed to class actions for broader relief. The Court did not decide whether Executive Order 14160 is lawful. Both halves of the classmate's claim overstate the ruling.",
      hints: ["Separate what the Court said about remedies from what it said about the executive order itself."],
      choices: [
        {
          id: "universal-not-merits",
          text: "It limited universal injunctions (relief for non-parties), still allowed complete relief for plaintiffs, and did not decide whether the order is lawful.",
          correct: true,
        },
        {
          id: "merits-only",
          text: "It upheld the order but said nothing about injunctions.",
          feedback:
            "The ruling was about the scope of injunctions. It expressly left the lawfulness of the order undecided.",
        },
        {
          id: "banned-all-broad",
          text: "The classmate is right: courts may no longer give any relief beyond the named plaintiffs.",
          feedback:
            "The majority pointed to class actions as a route to broad relief, and complete relief for the parties remains available.",
        },
        { id: "struck-order", text: "It struck down the birthright-citizenship order as unconstitutional." },
      ],
    },
    {
      id: "who-argued-contempt",
      type: "multiple-choice",
      prompt:
        "In August 2025 a D.C. Circuit panel vacated Judge Boasberg's probable-cause finding, 2–1. Which arguments were made by the judges **in the majority**? Select all that apply.",
      difficulty: 3,
      scoring: "right-minus-wrong",
      objectiveIds: ["compare-contempt", "evaluate-checks-on-judges"],
      sourceIds: ["dc-cir-mandamus", "jgg-contempt-opinion"],
      explanation:
        'Judge Katsas wrote that the word "removing" was ambiguous and could not support a criminal contempt conviction; Judge Rao wrote that the court could not coerce compliance with an order the Supreme Court had vacated, and that doing so intruded on the President\'s foreign-affairs powers. The claim that the spoken instructions were clear comes from Judge Pillard\'s dissent, and "willful disregard" was Judge Boasberg\'s own finding. This question asks who argued what, not who was right.',
      choices: [
        {
          id: "removing-ambiguous",
          text: 'The order\'s word "removing" was too ambiguous to support criminal contempt.',
          correct: true,
        },
        {
          id: "vacated-order",
          text: "Once the Supreme Court vacated the order, the district court could not coerce compliance with it.",
          correct: true,
        },
        {
          id: "oral-clear",
          text: "The judge's spoken instructions made clear what compliance required.",
          feedback: "That was Judge Pillard's argument in dissent.",
        },
        {
          id: "willful-disregard",
          text: "The government's conduct showed willful disregard of the order.",
          feedback: "That was Judge Boasberg's April 16, 2025 finding, which the majority vacated.",
        },
      ],
    },
    {
      id: "judiciary-depends-examples",
      type: "multiple-choice",
      prompt:
        "Which episodes show a court ruling taking effect **because the executive acted or complied**? Select all that apply.",
      difficulty: 2,
      scoring: "every-decision-counts",
      objectiveIds: ["analyze-enforcement"],
      sourceIds: ["eo-10730", "us-v-nixon", "worcester"],
      explanation:
        "In Little Rock the President sent troops to carry out the court's order, and in Nixon the President turned over the tapes. After Worcester, by contrast, Georgia did not comply and the missionaries stayed in prison until the governor pardoned them: a ruling without enforcement.",
      choices: [
        { id: "little-rock", text: "Little Rock, 1957", correct: true },
        { id: "nixon", text: "United States v. Nixon, 1974", correct: true },
        {
          id: "worcester",
          text: "Worcester v. Georgia, 1832",
          feedback: "Georgia did not comply, and no executive action enforced the ruling. It is the counter-example.",
        },
      ],
    },
    {
      id: "order-enforcement-history",
      type: "ordering",
      prompt: "Put these developments in the history of judicial power in chronological order, earliest first.",
      difficulty: 2,
      scoring: "kendall-tau",
      objectiveIds: ["explain-judicial-review", "analyze-enforcement"],
      sourceIds: [
        "federalist-78",
        "marbury",
        "worcester",
        "ex-parte-grossman",
        "eo-10730",
        "us-v-nixon",
        "trump-v-casa",
      ],
      explanation:
        "Federalist 78 (1788) predicted the problem before Marbury (1803) claimed judicial review. Worcester (1832) showed a ruling going unenforced; Grossman (1925) set the pardon rule for contempt; Little Rock (1957) and Nixon (1974) show the executive carrying out or obeying rulings; CASA (2025) limited one kind of remedy.",
      items: [
        { id: "fed-78", text: "Hamilton's Federalist No. 78 is published" },
        { id: "marbury", text: "Marbury v. Madison establishes judicial review" },
        { id: "worcester", text: "Georgia does not comply with Worcester v. Georgia" },
        { id: "grossman", text: "Ex parte Grossman upholds a pardon of criminal contempt" },
        { id: "little-rock", text: "Troops enforce the Little Rock desegregation order" },
        { id: "nixon", text: "Nixon turns over the subpoenaed tapes" },
        { id: "casa", text: "Trump v. CASA limits universal injunctions" },
      ],
      correctOrder: ["fed-78", "marbury", "worcester", "grossman", "little-rock", "nixon", "casa"],
    },
    {
      id: "good-behaviour-tenure",
      type: "single-choice",
      prompt:
        'Article III says federal judges "shall hold their Offices during good Behaviour." What does that mean in practice?',
      difficulty: 1,
      objectiveIds: ["evaluate-checks-on-judges"],
      sourceIds: ["const-art-3", "federalist-78"],
      explanation:
        "Judges serve for life unless impeached and removed. Hamilton defended this tenure in Federalist 78 as a shield for judicial independence. Judges are not reappointed by each new President, and a single chamber of Congress cannot remove them.",
      choices: [
        { id: "life-unless-removed", text: "They serve for life unless impeached and removed.", correct: true },
        {
          id: "president-can-remove",
          text: "They serve until a President decides their behaviour is poor.",
          feedback:
            "The President cannot remove federal judges. Removal requires impeachment by the House and conviction by the Senate.",
        },
        { id: "ten-year-terms", text: "They serve ten-year terms that are renewed if they behave well." },
      ],
    },
  ],
} satisfies Lesson;
