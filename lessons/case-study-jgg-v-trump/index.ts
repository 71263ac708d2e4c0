import type { Lesson } from "civics-lessons";

/**
 * Teaches the 2025 J.G.G. v. Trump litigation over removals under the Alien Enemies Act, from the
 * March 15 orders and flights through the Supreme Court and the contempt inquiry, as a case study in
 * how courts depend on the executive to carry out their orders.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/case-study-jgg-v-trump";
 * lesson.title
 * //=> "Case Study: J.G.G. v. Trump and the March 2025 Removal Flights"
 */
export const lesson = {
  id: "case-study-jgg-v-trump",
  version: "1.0.0",
  title: "Case Study: J.G.G. v. Trump and the March 2025 Removal Flights",
  summary:
    "On March 15, 2025, a federal judge ordered a halt to removals under the Alien Enemies Act while planes carrying Venezuelan men were already in the air. This case study follows the orders, the flights, the appeals and the disputed contempt inquiry, and asks what the case shows about courts' dependence on the executive.",
  topic: "separation-of-powers",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Case Study: J.G.G. v. Trump and the March 2025 Removal Flights" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "sequence-events",
      text: "Sequence the main events of J.G.G. v. Trump from the March 14, 2025 proclamation to the last developments known in early 2026.",
    },
    {
      id: "interpret-counts",
      text: "Explain what each commonly cited count of the March 2025 removals measures and who reported it.",
    },
    {
      id: "compare-arguments",
      text: "Compare the arguments of the administration, the plaintiffs and the judges about whether the March 15 order was violated, attributing each to its source.",
    },
    {
      id: "explain-supreme-court",
      text: "Explain what Trump v. J.G.G. and A.A.R.P. v. Trump decided about habeas corpus, venue and notice.",
    },
    {
      id: "evaluate-dependence",
      text: "Evaluate what the case shows about courts' dependence on the executive branch to carry out their orders.",
    },
  ],
  keyTerms: [
    {
      term: "Alien Enemies Act",
      definition:
        "A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove non-citizens aged 14 or older from a hostile nation during a declared war or an invasion or predatory incursion by a foreign nation or government.",
      sourceIds: ["aea-statute", "crs-aea"],
    },
    {
      term: "Proclamation",
      definition:
        "A formal public announcement by the President. The Alien Enemies Act requires one before its powers can be used; Proclamation 10903 was the 2025 example.",
      sourceIds: ["aea-statute", "proclamation-10903"],
    },
    {
      term: "Temporary restraining order (TRO)",
      definition: "A short emergency court order that freezes the situation until the court can hold a fuller hearing.",
      sourceIds: ["jgg-tro"],
    },
    {
      term: "Class",
      definition:
        "A group of people in the same situation whose claims are handled together in one lawsuit, so a ruling can protect members who did not sue by name.",
      sourceIds: ["jgg-tro"],
    },
    {
      term: "Minute order",
      definition: "A brief written order entered on a court's docket, often right after a hearing.",
      sourceIds: ["jgg-tro"],
    },
    {
      term: "Habeas corpus",
      definition:
        "The legal process for challenging one's own detention before a judge. Trump v. J.G.G. held that these challenges belonged in habeas, filed where the men were held.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      term: "Venue",
      definition:
        "The particular court where a case must be filed. For habeas, the Court pointed to the district of confinement.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      term: "Notice",
      definition:
        "Information given to a person that a government action is coming, in time to challenge it. The Supreme Court required it before removals under the Act.",
      sourceIds: ["trump-v-jgg", "aarp-v-trump"],
    },
    {
      term: "Criminal contempt",
      definition:
        "Punishment for disobeying a court order that has already been disobeyed. The court first asks a government attorney to prosecute and appoints another attorney if the government declines.",
      sourceIds: ["rule-42", "jgg-contempt-opinion"],
    },
    {
      term: "Probable cause",
      definition:
        "Enough evidence to believe that something, here a criminal contempt, probably occurred. It is a first step, not a conviction.",
      sourceIds: ["jgg-contempt-opinion"],
    },
    {
      term: "Purge",
      definition:
        "To cure a contempt by taking the steps a court names, such as correcting the disobedience or identifying who was responsible.",
      sourceIds: ["jgg-contempt-opinion"],
    },
    {
      term: "Mandamus",
      definition:
        "An order from a higher court directing a lower court or official. The D.C. Circuit used it in 2025 to vacate the probable-cause finding.",
      sourceIds: ["dc-cir-mandamus"],
    },
    {
      term: "Rehearing en banc",
      definition: "Review of a three-judge panel's decision by all the active judges of an appeals court.",
      sourceIds: ["dc-cir-en-banc"],
    },
  ],
  sections: [
    {
      id: "proclamation-and-lawsuit",
      heading: "The proclamation and the lawsuit",
      body: `The **Alien Enemies Act** of 1798, now 50 U.S.C. §§ 21–24, lets the President detain and remove non-citizens aged 14 or older from a hostile nation in two situations: a declared war, or when "any invasion or predatory incursion is perpetrated, attempted, or threatened against the territory of the United States by any foreign nation or government." Before 2025 it had been used three times, each during a declared war: the War of 1812, World War I and World War II.

President Donald Trump signed Proclamation 10903 on March 14, 2025. The White House made it public on March 15, and it was published in the *Federal Register* on March 20. The proclamation described Tren de Aragua (TdA), a Venezuelan gang, as a designated Foreign Terrorist Organization acting at the direction of Venezuela's Maduro government, and it declared that TdA "is perpetrating, attempting, and threatening an invasion or predatory incursion." It made Venezuelan citizens aged 14 or older who are TdA members, and who are neither naturalized citizens nor lawful permanent residents, subject to immediate arrest, detention and removal.

Lawyers from the ACLU and Democracy Forward moved first. In the early hours of March 15, before the proclamation was public, they sued in federal court in Washington, D.C., on behalf of five Venezuelan men in immigration custody, identified only by initials. The case, *J.G.G. v. Trump*, went to Chief Judge James E. Boasberg.`,
      sourceIds: ["aea-statute", "crs-aea", "proclamation-10903", "jgg-tro"],
    },
    {
      id: "march-15-orders",
      heading: "March 15: a spoken order and a written one",
      body: `Boasberg acted twice that day. In the morning he issued a **temporary restraining order** (TRO), a short emergency order, barring the removal of the five named men.

At an emergency hearing that evening, he provisionally certified a **class**, a group whose members are represented together, made up of "all noncitizens in U.S. custody who are subject to" the proclamation. He barred their removal under the proclamation for 14 days. During the hearing he told government lawyers that any plane carrying class members that was about to take off, or was already in the air, had to be returned to the United States.

His written **minute order**, entered on the docket after the hearing, barred the removals but did not repeat the instruction to turn the planes around. In a filing the next day, government lawyers placed the written order at 7:26 p.m. Eastern time and said some of the men had already left U.S. territory by then. The gap between the spoken and the written words became central to everything that followed.`,
      sourceIds: ["jgg-tro", "trump-v-jgg", "gov-filing-mar-16"],
    },
    {
      id: "flights-and-counts",
      heading: "The flights and the numbers",
      body: `Two planes had left Texas and were in the air while the evening hearing was under way. They were not turned back. Early on March 16 the men arrived in El Salvador and were taken to CECOT, a large prison. El Salvador's president, Nayib Bukele, posted that they would be held there for one year, renewable.

Several numbers circulate, and each measures something different:

- **261**: everyone flown to El Salvador that weekend, according to a White House official who spoke to the *Washington Post*.
- **137**: Venezuelans removed under the Alien Enemies Act, according to the same official.
- **101**: other Venezuelans removed under ordinary immigration law, according to the same official.
- **23**: Salvadorans whom the government described as MS-13 gang members.
- **238**: the alleged TdA members Bukele said had arrived. It equals the two Venezuelan groups combined (137 + 101).
- **252**: all Venezuelans held at CECOT, including men sent there in April, who were flown to Venezuela on July 18, 2025 in a prisoner exchange.

The government alleged that the men were gang members. Their lawyers argued that they were removed without due process, with no chance to contest that label.`,
      sourceIds: [
        "wapo-counts",
        "reuters-bukele",
        "npr-exchange",
        "aclu-plaintiffs",
        "jgg-contempt-opinion",
        "jgg-summary-judgment",
      ],
    },
    {
      id: "two-accounts",
      heading: "Was the order violated? The competing accounts",
      body: `Whether the government violated Boasberg's order is **disputed**. As of early 2026, no court had made a final finding.

**The administration's account.** On March 17, White House press secretary Karoline Leavitt said the administration did not "refuse to comply." She argued that the order had "no lawful basis," that it came after the TdA members "had already been removed from U.S. territory," and that the written order and the administration's actions "do not conflict." She added that federal courts generally lack jurisdiction over the President's conduct of foreign affairs and his powers under the Act, and that one judge cannot direct planes already outside the country. Later she stressed that the planes left before the *written* order and said that whether a spoken order carries the same weight "is a question" for the lawyers. She also called Boasberg an "activist judge." Late in 2025, Homeland Security Secretary Kristi Noem stated in a court declaration that she had decided to complete the transfer after receiving legal advice passed on from Homeland Security and Justice Department leadership.

**The plaintiffs' account.** Lawyers for the men, led by the ACLU, argued that the men were sent away without due process and, later, that the government was "stonewalling" the court's effort to learn what happened.

**The judge's finding.** In April 2025 Boasberg found probable cause that the government had willfully disregarded both his written order and his explicit spoken command. Appeals judges later divided over that finding, as described below.`,
      sourceIds: ["leavitt-statement", "bloomberg-declarations", "aclu-plaintiffs", "jgg-contempt-opinion"],
    },
    {
      id: "appeals",
      heading: "Appeals: the D.C. Circuit and the Supreme Court",
      body: `The government appealed at once. On March 26, 2025, the U.S. Court of Appeals for the D.C. Circuit refused, 2–1, to pause Boasberg's orders. Judges Karen Henderson and Patricia Millett each wrote concurring opinions, and Judge Justin Walker dissented. On March 28 the government asked the Supreme Court to vacate the orders, and Boasberg extended them.

In *Trump v. J.G.G.* (April 7, 2025), an unsigned 5–4 decision, the Supreme Court vacated the orders. It reasoned that the men's claims attacked their confinement and removal, so they fell within the core of **habeas corpus**, the process for challenging one's detention. Such claims had to be filed in the district where the men were held, Texas, not in Washington. But the Court also said detainees must receive notice that they are subject to removal under the Act "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs." All nine justices were described as agreeing on that point. Justice Kavanaugh concurred. Justice Sotomayor dissented, joined by Justices Kagan and Jackson and, in part, by Justice Barrett; Justice Jackson also wrote her own dissent.

The notice rule was soon tested. In *A.A.R.P. v. Trump*, a case from northern Texas, the Court ordered shortly after midnight on April 19 that members of a proposed class not be removed until further order; Justices Thomas and Alito dissented. On May 16, 2025, by a 7–2 vote, it held that notice given about 24 hours before removal, with no information on how to contest it, "surely does not pass muster." It left the exact process to the Fifth Circuit.`,
      sourceIds: ["dc-cir-stay-denial", "trump-v-jgg", "aarp-v-trump"],
    },
    {
      id: "contempt-inquiry",
      heading: "The contempt inquiry",
      body: `On April 16, 2025, in a 46-page opinion, Boasberg found probable cause that the government's conduct on March 15 showed "willful disregard" of his order, a first step toward criminal contempt. He offered ways to **purge**, or cure, the contempt: the government could assert custody of the men so they could bring habeas challenges (bringing them back was not strictly required), or it could identify the officials who decided not to halt the transfers. Otherwise he planned declarations, then testimony, then a request for prosecution, and, if the Justice Department declined, the appointment of a private prosecutor.

The government sought **mandamus**. A D.C. Circuit panel of Judges Katsas and Rao, with Judge Pillard dissenting, paused the finding on April 18 and vacated it on August 8, 2025. Katsas found the order's word "removing" ambiguous; Rao found the court could no longer coerce compliance with an order the Supreme Court had vacated. Pillard found the spoken instructions clear. On November 14, 2025, the full D.C. Circuit denied **rehearing en banc**. The finding stayed vacated, but the inquiry could continue. Judge Florence Pan wrote in dissent that six of the court's 11 judges believed the panel had erred.

Back in district court, the government filed short declarations, including Noem's. On December 8, Boasberg called them "cursory" and ordered live testimony from Erez Reuveni, a former Justice Department lawyer and whistleblower, and from Deputy Assistant Attorney General Drew Ensign. On December 12, a D.C. Circuit panel (Judges Rao and Walker; Judge Childs would have denied the request) paused those hearings. It then ordered briefs, due December 29, 2025 and January 5, 2026, on whether a trial court may investigate possible contempt, and hold off on referring it for prosecution, before finding probable cause.

Separately, on December 22 Boasberg ruled that the 137 men removed under the Act had been sent off with "virtually no notice and no opportunity" to contest their removal, violating due process. He ordered the government to propose, by January 5, 2026, a plan to facilitate their return or give them hearings. By then most of the men were in Venezuela.

As of early 2026, the sources for this lesson do not show what the D.C. Circuit decided after that briefing or what plan the government filed. Both may have changed.`,
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
      body: `In *Federalist* No. 78, Alexander Hamilton wrote that the judiciary has "neither FORCE nor WILL, but merely judgment" and must depend on "the aid of the executive arm." *J.G.G.* shows what that means in practice.

- A judge could order planes turned around, but only the executive could turn them.
- A court could declare, as Boasberg did in December 2025, that the men were owed hearings. Returning them or giving them hearings still required the executive to act.
- Criminal contempt runs through the executive too. Under Rule 42, the court first asks a government attorney to prosecute; only if the government declines does it appoint another attorney. Under *Ex parte Grossman* (1925), the President may pardon criminal contempt.
- The judiciary also checks itself. Appeals courts paused, vacated and reviewed the district judge's steps, and the Supreme Court sent the habeas claims to Texas while requiring notice.

The judges drew different conclusions from these facts. Judge Boasberg found probable cause that his order had been willfully disregarded, and Judge Pillard found the spoken instructions clear. Judge Rao, in the panel majority, saw a trial court intruding on the President's foreign-affairs powers, and the appeals process stopped the inquiry more than once. As of early 2026 the case was unresolved, and students can weigh for themselves which lesson the record supports.`,
      sourceIds: [
        "federalist-78",
        "rule-42",
        "ex-parte-grossman",
        "jgg-summary-judgment",
        "dc-cir-mandamus",
        "trump-v-jgg",
      ],
    },
  ],
  timeline: [
    { date: "1798-07-06", event: "The Alien Enemies Act becomes law.", sourceIds: ["aea-statute"] },
    {
      date: "2025-03-14",
      event: "President Trump signs Proclamation 10903 invoking the Act against Tren de Aragua.",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2025-03-15",
      event:
        "Lawyers sue before dawn; the proclamation is made public; Judge Boasberg issues a morning TRO for five men and, that evening, a class-wide TRO, telling lawyers orally that planes must return. Planes already in the air are not turned back.",
      sourceIds: ["jgg-tro", "proclamation-10903", "wapo-counts"],
    },
    {
      date: "2025-03-16",
      event: "The men arrive in El Salvador; Bukele reports 238 alleged TdA members.",
      sourceIds: ["reuters-bukele", "wapo-counts"],
    },
    {
      date: "2025-03-17",
      event: "Press secretary Leavitt says the administration did not refuse to comply.",
      sourceIds: ["leavitt-statement"],
    },
    {
      date: "2025-03-20",
      event: "Proclamation 10903 is published in the Federal Register.",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2025-03-26",
      event: "The D.C. Circuit refuses, 2–1, to pause Boasberg's orders.",
      sourceIds: ["dc-cir-stay-denial"],
    },
    {
      date: "2025-04-07",
      event:
        "Trump v. J.G.G.: the Supreme Court vacates the orders, sends habeas claims to the district of confinement, and requires notice.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      date: "2025-04-16",
      event: "Boasberg finds probable cause of criminal contempt.",
      sourceIds: ["jgg-contempt-opinion"],
    },
    {
      date: "2025-04-18",
      event: "A D.C. Circuit panel administratively stays the probable-cause finding.",
      sourceIds: ["dc-cir-admin-stay"],
    },
    {
      date: "2025-04-19",
      event: "The Supreme Court bars removals of a proposed class in A.A.R.P. v. Trump until further order.",
      sourceIds: ["aarp-v-trump"],
    },
    {
      date: "2025-05-16",
      event: "A.A.R.P. v. Trump: about 24 hours' notice is not enough.",
      sourceIds: ["aarp-v-trump"],
    },
    {
      date: "2025-07-18",
      event: "252 Venezuelans held at CECOT are flown to Venezuela in a prisoner exchange.",
      sourceIds: ["npr-exchange"],
    },
    {
      date: "2025-08-08",
      event: "A divided D.C. Circuit panel vacates the probable-cause finding by mandamus.",
      sourceIds: ["dc-cir-mandamus"],
    },
    {
      date: "2025-11-14",
      event: "The full D.C. Circuit denies rehearing en banc; the inquiry may continue.",
      sourceIds: ["dc-cir-en-banc"],
    },
    {
      date: "2025-12-08",
      event: 'Boasberg calls the government\'s declarations "cursory" and orders live testimony.',
      sourceIds: ["jgg-dec-8-order"],
    },
    {
      date: "2025-12-12",
      event: "A D.C. Circuit panel pauses the hearings and later orders briefing.",
      sourceIds: ["dc-cir-dec-2025"],
    },
    {
      date: "2025-12-22",
      event: "Boasberg rules the 137 men were denied due process and orders a plan by January 5, 2026.",
      sourceIds: ["jgg-summary-judgment"],
    },
    {
      date: "2026-01-05",
      event:
        "Final briefs due in the D.C. Circuit and the government's plan due in district court; outcomes unknown as of early 2026.",
      sourceIds: ["dc-cir-dec-2025", "jgg-summary-judgment"],
    },
  ],
  sources: [
    {
      id: "aea-statute",
      kind: "statute",
      title: "Alien Enemies Act",
      citation: "50 U.S.C. § 21 (originally Act of July 6, 1798, ch. 66, 1 Stat. 577)",
      date: "1798-07-06",
      excerpt:
        "any invasion or predatory incursion is perpetrated, attempted, or threatened against the territory of the United States by any foreign nation or government",
      publicDomain: true,
    },
    {
      id: "crs-aea",
      kind: "report",
      title:
        "Congressional Research Service Legal Sidebar LSB11269 (the Alien Enemies Act and the January 2025 cartel order)",
      citation: "Cong. Research Serv., Legal Sidebar LSB11269 (Feb. 18, 2025)",
      url: "https://www.everycrsreport.com/files/2025-02-18_LSB11269_b0df90ee93283ea51fb583f4cec928b642923be0.html",
      publisher: "Congressional Research Service",
      date: "2025-02-18",
      publicDomain: true,
    },
    {
      id: "proclamation-10903",
      kind: "executive-action",
      title:
        "Proclamation 10903: Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua",
      citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025) (signed Mar. 14, 2025)",
      publisher: "Federal Register",
      date: "2025-03-14",
      excerpt: "is perpetrating, attempting, and threatening an invasion or predatory incursion",
      publicDomain: true,
    },
    {
      id: "jgg-tro",
      kind: "court-filing",
      title: "J.G.G. v. Trump: temporary restraining orders and minute order of March 15, 2025",
      citation:
        "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (temporary restraining orders; minute order)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-03-15",
      publicDomain: true,
    },
    {
      id: "gov-filing-mar-16",
      kind: "court-filing",
      title: "J.G.G. v. Trump: government filing of March 16, 2025 on the timing of the removals",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 16, 2025) (defendants' filing)",
      publisher: "U.S. Department of Justice",
      date: "2025-03-16",
      publicDomain: true,
    },
    {
      id: "wapo-counts",
      kind: "news",
      title: "White House Official Says 137 Immigrants Deported under Alien Enemies Act",
      citation: "The Washington Post, Mar. 2025 (republished by The Japan News, Mar. 18, 2025)",
      url: "https://japannews.yomiuri.co.jp/news-services/washingtonpost/20250318-243963",
      publisher: "The Washington Post",
      date: "2025-03",
    },
    {
      id: "reuters-bukele",
      kind: "news",
      title: "Reuters: alleged Venezuelan gang members deported by U.S. arrive in El Salvador",
      citation: "Reuters, Mar. 16, 2025 (republished by the Honolulu Star-Advertiser)",
      url: "https://staradvertiser.com/2025/03/16/breaking-news/alleged-venezuelan-gang-members-deported-by-u-s-arrive-in-el-salvador",
      publisher: "Reuters",
      date: "2025-03-16",
    },
    {
      id: "npr-exchange",
      kind: "news",
      title: "NPR: Americans freed by Venezuela in a prisoner swap for migrants held in El Salvador",
      citation: "NPR, July 18, 2025 (via KASU)",
      url: "https://www.kasu.org/politics/2025-07-18/10-americans-are-freed-by-venezuela-in-a-prisoner-swap-for-migrants-in-el-salvador",
      publisher: "NPR",
      date: "2025-07-18",
    },
    {
      id: "leavitt-statement",
      kind: "other",
      title: "Statements of White House Press Secretary Karoline Leavitt on the March 15 order",
      citation:
        "Karoline Leavitt, White House Press Secretary, statement posted on X (Mar. 17, 2025) and press remarks (Mar. 17–19, 2025)",
      publisher: "The White House",
      date: "2025-03-17",
      publicDomain: true,
    },
    {
      id: "bloomberg-declarations",
      kind: "news",
      title: "Bloomberg Law report on the government's declarations in the J.G.G. contempt inquiry",
      citation: "Bloomberg Law, late 2025",
      url: "https://news.bloomberglaw.com/federal-contracting/bove-cites-legal-shield-in-sharing-little-on-removal-flights",
      publisher: "Bloomberg Law",
    },
    {
      id: "aclu-plaintiffs",
      kind: "news",
      title:
        "Law&Crime report on the plaintiffs' D.C. Circuit filing opposing the government's effort to end the contempt inquiry",
      citation: "Law&Crime, late 2025",
      url: "https://lawandcrime.com/high-profile/venezuelans-urge-dc-circuit-to-slap-down-trump-doj-recycled-attempt-to-end-boasberg-contempt-probe/amp",
      publisher: "Law&Crime",
    },
    {
      id: "dc-cir-stay-denial",
      kind: "case",
      title: "J.G.G. v. Trump: D.C. Circuit order denying a stay pending appeal",
      citation:
        "J.G.G. v. Trump (D.C. Cir. Mar. 26, 2025) (order denying stay; Henderson and Millett, JJ., concurring; Walker, J., dissenting)",
      publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
      date: "2025-03-26",
      publicDomain: true,
    },
    {
      id: "trump-v-jgg",
      kind: "case",
      title: "Trump v. J.G.G.",
      citation: "Trump v. J.G.G., 604 U.S. ___ (2025) (per curiam), No. 24A931",
      url: "https://supreme.justia.com/cases/federal/us/604/24a931",
      publisher: "Supreme Court of the United States",
      date: "2025-04-07",
      excerpt:
        "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs",
      publicDomain: true,
    },
    {
      id: "aarp-v-trump",
      kind: "case",
      title: "A.A.R.P. v. Trump (Supreme Court No. 24A1007)",
      citation:
        "A.A.R.P. v. Trump, No. 24A1007 (U.S. Apr. 19, 2025) (order); A.A.R.P. v. Trump, No. 24A1007 (U.S. May 16, 2025) (per curiam)",
      url: "https://supremecourt.gov/docket/docketfiles/html/public/24a1007.html",
      publisher: "Supreme Court of the United States",
      date: "2025-05-16",
      publicDomain: true,
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
      id: "dc-cir-admin-stay",
      kind: "court-filing",
      title: "D.C. Circuit administrative stay of the J.G.G. probable-cause order",
      citation:
        "U.S. Court of Appeals for the D.C. Circuit, order of Apr. 18, 2025 (administrative stay; Katsas and Rao, JJ.; Pillard, J., dissenting)",
      publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
      date: "2025-04-18",
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
      id: "jgg-dec-8-order",
      kind: "court-filing",
      title: "J.G.G. v. Trump: order of December 8, 2025 on the government's declarations",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 8, 2025)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-12-08",
      publicDomain: true,
    },
    {
      id: "dc-cir-dec-2025",
      kind: "court-filing",
      title: "D.C. Circuit orders of December 12 and 15, 2025 (administrative stay of hearings; briefing order)",
      citation:
        "U.S. Court of Appeals for the D.C. Circuit, orders of Dec. 12 and Dec. 15, 2025 (Rao and Walker, JJ.; Childs, J., would deny)",
      publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
      date: "2025-12-15",
      publicDomain: true,
    },
    {
      id: "jgg-summary-judgment",
      kind: "case",
      title: "J.G.G. v. Trump: ruling of December 22, 2025 on due process for the men sent to CECOT",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 22, 2025) (summary judgment)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-12-22",
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
      id: "rule-42",
      kind: "other",
      title: "Federal Rule of Criminal Procedure 42: Criminal Contempt",
      citation: "Fed. R. Crim. P. 42(a)(2)",
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
  ],
  perspectives: [
    {
      id: "district-court-finding",
      label: "Judge Boasberg: probable cause of willful disregard",
      argument:
        "In his April 16, 2025 opinion, Boasberg found probable cause that the government's conduct on March 15 showed willful disregard of both his written order and his explicit spoken command to return the planes. He set out a path toward prosecution that could end with a court-appointed prosecutor if the Justice Department declined, the mechanism Rule 42 provides for protecting a court's authority.",
      sourceIds: ["jgg-contempt-opinion", "rule-42"],
    },
    {
      id: "plaintiffs",
      label: "The plaintiffs: removal without due process, then stonewalling",
      argument:
        "Lawyers for the men, led by the ACLU, argued that the men were flown out of the country with no chance to contest the government's claim that they were gang members, and that the government later stonewalled the court's contempt inquiry. Boasberg's December 2025 ruling that the 137 men received \"virtually no notice and no opportunity\" to contest their removal tracks their due-process argument.",
      sourceIds: ["aclu-plaintiffs", "jgg-summary-judgment"],
    },
    {
      id: "administration",
      label: "The administration: no conflict with the written order",
      argument:
        'White House press secretary Karoline Leavitt said the administration did not "refuse to comply." She argued that the order had "no lawful basis," that the men had already left U.S. territory when it was issued, that the written order and the administration\'s actions "do not conflict," and that courts generally lack jurisdiction over the President\'s foreign-affairs and Alien Enemies Act powers. DHS Secretary Kristi Noem later stated that she made the decision to complete the transfer on legal advice from department leadership.',
      sourceIds: ["leavitt-statement", "bloomberg-declarations"],
    },
    {
      id: "panel-majority",
      label: "D.C. Circuit panel majority: no basis for criminal contempt here",
      argument:
        "Judge Katsas wrote that the order's word \"removing\" could mean expelling someone from U.S. territory or handing over custody, and an order that ambiguous cannot support a criminal contempt conviction. Judge Rao wrote that once the Supreme Court vacated the order, the district court could no longer coerce compliance with it, and that doing so intruded on the President's foreign-affairs powers.",
      sourceIds: ["dc-cir-mandamus"],
    },
    {
      id: "dissenting-judges",
      label: "Dissenting appeals judges: the order was clear",
      argument:
        "Judge Pillard, dissenting in August 2025, argued that the spoken instructions made clear what compliance required and that mandamus was improper. When the full court denied rehearing in November 2025, Judge Pan wrote that six of the court's 11 judges believed the panel had erred, even though rehearing was denied.",
      sourceIds: ["dc-cir-mandamus", "dc-cir-en-banc"],
    },
  ],
  discussionQuestions: [
    "Should a judge's spoken instruction at a hearing carry the same force as a written order? What problems arise if it does, and what problems arise if it does not?",
    "The contempt inquiry depended on Justice Department lawyers, declarations from executive officials and, possibly, a prosecutor the executive could decline to supply. How could the system be designed differently, and what new risks would each design create?",
    "The Supreme Court vacated Boasberg's orders but required notice before removal, a point on which all nine justices were described as agreeing. Was that a win for the government, for the detainees, or for both? Explain using the Court's reasoning.",
    'Hamilton said courts depend on "the aid of the executive arm." After studying this case, do you think that dependence is a flaw, a safeguard, or both?',
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution divides and limits power among the branches, and how those limits are still contested, here between courts and the executive.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyze how people use courts and laws, and challenge them, to address a public issue such as removals under a wartime statute.",
    },
    {
      framework: "C3",
      code: "D2.His.16.9-12",
      description:
        "Combine evidence from several sources and interpretations into a reasoned account of a recent, disputed series of events.",
    },
    {
      framework: "C3",
      code: "D4.1.9-12",
      description:
        "Build arguments from claims and evidence drawn from several sources while acknowledging counterclaims and gaps in the evidence.",
    },
  ],
  questions: [
    {
      id: "aea-trigger-invoked",
      type: "single-choice",
      prompt:
        "Read the excerpt from the Alien Enemies Act (50 U.S.C. § 21) and the phrase from Proclamation 10903. Which of the Act's two triggers did the proclamation rely on?",
      difficulty: 2,
      excerptSourceId: "aea-statute",
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["aea-statute", "proclamation-10903", "crs-aea"],
      explanation:
        "The proclamation's wording (\"is perpetrating, attempting, and threatening an invasion or predatory incursion\") tracks the statute's second trigger almost word for word. Congress had not declared war, which is why the 2025 use differed from the three earlier uses, all during declared wars.",
      hints: ["Compare the verbs in the proclamation with the verbs in the statute."],
      choices: [
        {
          id: "invasion-incursion",
          text: "An invasion or predatory incursion by a foreign nation or government",
          correct: true,
        },
        {
          id: "declared-war",
          text: "A declared war between the United States and Venezuela",
          feedback:
            "Earlier uses (1812, World War I, World War II) came during declared wars, but in 2025 there was no declared war.",
        },
        {
          id: "congress-vote",
          text: "A special vote of Congress authorizing removals",
          feedback: "The Act relies on a presidential proclamation; no new vote of Congress was involved.",
        },
        { id: "terrorist-designation", text: "The State Department's terrorist designation alone" },
      ],
    },
    {
      id: "proclamation-maduro-link",
      type: "single-choice",
      prompt:
        "Read the excerpt from Proclamation 10903. The proclamation also asserted that Tren de Aragua acts at the direction of Venezuela's Maduro government. Based on the statute's text, why would that assertion matter to the proclamation's legal argument?",
      difficulty: 3,
      excerptSourceId: "proclamation-10903",
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["proclamation-10903", "aea-statute"],
      explanation:
        'The Act covers an invasion or incursion "by any foreign nation or government." A gang on its own is not a nation or government, so tying TdA to the Venezuelan government links the claim to the statute\'s wording. This question asks about the structure of the argument; whether the link holds up has been disputed in court.',
      choices: [
        {
          id: "foreign-government",
          text: 'The Act covers an invasion or incursion by a "foreign nation or government," so the proclamation ties the gang to a government.',
          correct: true,
        },
        {
          id: "age-limit",
          text: "The Act covers only people aged 14 or older, so the proclamation needed to show the gang's members were adults.",
          feedback:
            "The age rule is real, but it concerns who may be covered, not who must be carrying out the invasion.",
        },
        { id: "citizens", text: "The Act allows removal of U.S. citizens if a foreign government directs them." },
      ],
    },
    {
      id: "proclamation-dates",
      type: "single-choice",
      prompt:
        "The lawsuit was filed before the proclamation was made public. Which sequence of dates for Proclamation 10903 is correct?",
      difficulty: 2,
      objectiveIds: ["sequence-events"],
      sourceIds: ["proclamation-10903"],
      explanation:
        'The proclamation was signed March 14, made public March 15 and published in the Federal Register March 20, 2025. Many reports say Trump "invoked" the Act on March 15, the day it became public, which is why the signing date is often misstated.',
      choices: [
        {
          id: "14-15-20",
          text: "Signed March 14; made public March 15; published in the Federal Register March 20",
          correct: true,
        },
        {
          id: "15-15-15",
          text: "Signed, made public and published all on March 15",
          feedback:
            "March 15 is when it became public. It was signed the day before and published in the Federal Register five days later.",
        },
        { id: "13-15-20", text: "Signed March 13; made public March 15; published March 20" },
        { id: "14-20-20", text: "Signed March 14; made public and published March 20" },
      ],
    },
    {
      id: "spoken-vs-written-order",
      type: "single-choice",
      prompt:
        "What did Judge Boasberg say at the March 15 evening hearing that his written minute order did **not** repeat?",
      difficulty: 1,
      objectiveIds: ["compare-arguments"],
      sourceIds: ["jgg-tro"],
      explanation:
        "At the hearing, Boasberg told government lawyers that planes carrying class members that were about to take off or already in the air had to be returned. The written minute order barred the removals but did not repeat that instruction. Both the spoken and the written orders barred removals, so that part was not the difference.",
      choices: [
        {
          id: "return-planes",
          text: "That planes carrying class members, even if already in the air, had to be returned to the United States",
          correct: true,
        },
        {
          id: "bar-removals",
          text: "That removals of class members under the proclamation were barred",
          feedback: "The written order did bar removals. What it left out was the instruction about the planes.",
        },
        { id: "release-men", text: "That the men had to be released from immigration custody" },
      ],
    },
    {
      id: "jgg-timeline",
      type: "ordering",
      prompt: "Put these events in the order they happened, earliest first.",
      difficulty: 2,
      scoring: "kendall-tau",
      objectiveIds: ["sequence-events"],
      sourceIds: [
        "proclamation-10903",
        "jgg-tro",
        "dc-cir-stay-denial",
        "trump-v-jgg",
        "jgg-contempt-opinion",
        "aarp-v-trump",
        "dc-cir-mandamus",
        "dc-cir-en-banc",
      ],
      explanation:
        "Signed March 14; sued early March 15; spoken instruction that evening; Federal Register March 20; stay denied March 26; Trump v. J.G.G. April 7; probable cause April 16; A.A.R.P. May 16; panel vacates August 8; rehearing denied November 14, 2025. Note that publication in the Federal Register came after the flights.",
      items: [
        { id: "signed", text: "President Trump signs Proclamation 10903" },
        { id: "lawsuit", text: "Lawyers sue on behalf of five Venezuelan men" },
        { id: "oral-order", text: "Judge Boasberg tells government lawyers the planes must return" },
        { id: "federal-register", text: "The proclamation is published in the Federal Register" },
        { id: "stay-denied", text: "The D.C. Circuit refuses, 2–1, to pause Boasberg's orders" },
        { id: "scotus-jgg", text: "The Supreme Court decides Trump v. J.G.G." },
        { id: "probable-cause", text: "Boasberg finds probable cause of criminal contempt" },
        { id: "aarp", text: "The Supreme Court holds that about 24 hours' notice is not enough" },
        { id: "panel-vacates", text: "A D.C. Circuit panel vacates the probable-cause finding" },
        { id: "en-banc-denied", text: "The full D.C. Circuit denies rehearing en banc" },
      ],
      correctOrder: [
        "signed",
        "lawsuit",
        "oral-order",
        "federal-register",
        "stay-denied",
        "scotus-jgg",
        "probable-cause",
        "aarp",
        "panel-vacates",
        "en-banc-denied",
      ],
    },
    {
      id: "aea-removal-count",
      type: "numeric",
      prompt:
        "According to the White House official quoted by the *Washington Post*, how many of the people flown to El Salvador on March 15–16, 2025 were removed **under the Alien Enemies Act** (not under other immigration laws)?",
      difficulty: 2,
      objectiveIds: ["interpret-counts"],
      sourceIds: ["wapo-counts"],
      explanation:
        "The official said 137 were removed under the Alien Enemies Act. The total flown was 261; the other 124 were 101 Venezuelans removed under ordinary immigration law and 23 Salvadorans. Bukele's 238 counts all the Venezuelans (137 + 101), and 252 is the later number of Venezuelans sent from CECOT to Venezuela in July.",
      answer: { value: 137 },
      unit: "people",
      nearMisses: [
        { answer: { value: 261 }, fraction: 0, feedback: "261 is everyone flown that weekend, under any law." },
        {
          answer: { value: 238 },
          fraction: 0,
          feedback:
            "238 is Bukele's count of Venezuelans who arrived, under both the Act and ordinary immigration law.",
        },
        {
          answer: { value: 101 },
          fraction: 0,
          feedback: "101 is the Venezuelans removed under ordinary immigration law, not the Act.",
        },
        {
          answer: { value: 252 },
          fraction: 0,
          feedback:
            "252 is the number of Venezuelans sent from CECOT to Venezuela in July 2025, including men sent in April.",
        },
      ],
    },
    {
      id: "match-counts",
      type: "matching",
      prompt: "Match each number to what it measures. One description is not used.",
      difficulty: 2,
      objectiveIds: ["interpret-counts"],
      sourceIds: ["wapo-counts", "reuters-bukele", "npr-exchange"],
      explanation:
        "261 is everyone flown; 137 were removed under the Act; 101 were other Venezuelans under ordinary immigration law; 23 were Salvadorans the government described as MS-13 members; 238 is Bukele's count of arrivals (all the Venezuelans); 252 is the Venezuelans sent home in July 2025. No Salvadorans were removed under the Act, which covered only Venezuelan citizens.",
      premises: [
        { id: "n261", text: "261" },
        { id: "n137", text: "137" },
        { id: "n101", text: "101" },
        { id: "n23", text: "23" },
        { id: "n238", text: "238" },
        { id: "n252", text: "252" },
      ],
      responses: [
        { id: "all-flown", text: "Everyone flown to El Salvador on March 15–16, per a White House official" },
        { id: "under-aea", text: "Venezuelans removed under the Alien Enemies Act, per a White House official" },
        { id: "title-8", text: "Other Venezuelans removed under ordinary immigration law" },
        { id: "salvadorans", text: "Salvadorans the government described as MS-13 members" },
        { id: "bukele-arrivals", text: "Alleged Tren de Aragua members Bukele said had arrived" },
        { id: "july-exchange", text: "Venezuelans flown from CECOT to Venezuela on July 18, 2025" },
        { id: "salvadorans-aea", text: "Salvadorans removed under the Alien Enemies Act" },
      ],
      pairs: {
        n261: "all-flown",
        n137: "under-aea",
        n101: "title-8",
        n23: "salvadorans",
        n238: "bukele-arrivals",
        n252: "july-exchange",
      },
    },
    {
      id: "leavitt-arguments",
      type: "multiple-choice",
      prompt:
        "Which arguments did White House press secretary Karoline Leavitt make in March 2025? Select all that apply.",
      difficulty: 2,
      scoring: "right-minus-wrong",
      objectiveIds: ["compare-arguments"],
      sourceIds: ["leavitt-statement"],
      explanation:
        'Leavitt said the order had "no lawful basis," came after the men had left U.S. territory, did not conflict with the administration\'s actions, and that courts generally lack jurisdiction over these foreign-affairs powers. She said the administration did not "refuse to comply"; she did not announce that it would defy the court. Identifying her arguments is not the same as agreeing or disagreeing with them.',
      choices: [
        { id: "no-lawful-basis", text: "The order had no lawful basis.", correct: true },
        {
          id: "already-removed",
          text: "The men had already been removed from U.S. territory when the order came.",
          correct: true,
        },
        {
          id: "no-conflict",
          text: "The written order and the administration's actions did not conflict.",
          correct: true,
        },
        {
          id: "no-jurisdiction",
          text: "Federal courts generally lack jurisdiction over the President's foreign-affairs and Alien Enemies Act powers.",
          correct: true,
        },
        {
          id: "will-defy",
          text: "The administration would refuse to comply with the order.",
          feedback: 'She said the opposite: that the administration did not "refuse to comply."',
        },
        {
          id: "no-order-issued",
          text: "Judge Boasberg never issued any written order.",
          feedback:
            "She relied on the written order, arguing that the planes left before it and that it did not conflict with the government's actions.",
        },
      ],
    },
    {
      id: "who-argued-it",
      type: "categorize",
      prompt:
        "Whether the government violated the March 15 order is disputed. Sort each statement under the person or group who made it. (You are identifying arguments, not judging them.)",
      difficulty: 3,
      objectiveIds: ["compare-arguments"],
      sourceIds: [
        "jgg-contempt-opinion",
        "leavitt-statement",
        "bloomberg-declarations",
        "aclu-plaintiffs",
        "dc-cir-mandamus",
        "dc-cir-en-banc",
      ],
      explanation:
        "Boasberg found probable cause of willful disregard. Leavitt argued the order lacked a lawful basis, came too late and left the weight of a spoken order to the lawyers; Noem's declaration said she decided on legal advice. The ACLU argued due process was denied and the government stonewalled. Judges Katsas and Rao found the order ambiguous or no longer enforceable after vacatur. Judge Pillard found the spoken instructions clear, and Judge Pan wrote that six of 11 judges thought the panel erred.",
      hints: ["The appeals judges split: check whether a statement supports or rejects the contempt finding."],
      categories: [
        { id: "boasberg", text: "Judge Boasberg (April 2025)" },
        { id: "administration", text: "The administration (Leavitt, Noem)" },
        { id: "plaintiffs", text: "The plaintiffs' lawyers (ACLU)" },
        { id: "panel-majority", text: "D.C. Circuit panel majority (Katsas, Rao)" },
        { id: "dissenters", text: "Dissenting appeals judges (Pillard, Pan)" },
      ],
      items: [
        {
          id: "willful-disregard",
          text: "There is probable cause of willful disregard of both the written order and the spoken command.",
          categoryId: "boasberg",
        },
        {
          id: "no-lawful-basis",
          text: "The order had no lawful basis and came after the men had left U.S. territory.",
          categoryId: "administration",
        },
        {
          id: "oral-weight",
          text: "Whether a spoken order carries the same weight as a written one is a question for the lawyers.",
          categoryId: "administration",
        },
        {
          id: "legal-advice",
          text: "The decision to complete the transfer was made on legal advice from department leadership.",
          categoryId: "administration",
        },
        { id: "no-due-process", text: "The men were sent away without due process.", categoryId: "plaintiffs" },
        { id: "stonewalling", text: "The government has been stonewalling the inquiry.", categoryId: "plaintiffs" },
        {
          id: "removing-ambiguous",
          text: 'The order\'s word "removing" was too ambiguous to support criminal contempt.',
          categoryId: "panel-majority",
        },
        {
          id: "vacated-order",
          text: "Once the Supreme Court vacated the order, the district court could not coerce compliance with it.",
          categoryId: "panel-majority",
        },
        {
          id: "oral-clear",
          text: "The spoken instructions made clear what compliance required.",
          categoryId: "dissenters",
        },
        {
          id: "panel-erred",
          text: "A majority of the full appeals court believed the panel got it wrong.",
          categoryId: "dissenters",
        },
      ],
    },
    {
      id: "trump-v-jgg-holdings",
      type: "multiple-choice",
      prompt: "What did the Supreme Court hold in *Trump v. J.G.G.* (April 7, 2025)? Select all that apply.",
      difficulty: 2,
      scoring: "right-minus-wrong",
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["trump-v-jgg"],
      explanation:
        "The Court vacated the orders because the men's claims belonged in habeas, filed in the district of confinement (Texas), and it required notice in time to seek habeas relief. It did not rule that the proclamation was lawful, and it did not say the D.C. court was the right place: it said the opposite.",
      choices: [
        {
          id: "habeas-confinement",
          text: "The detainees' challenges had to be brought as habeas petitions in the district where they were held.",
          correct: true,
        },
        {
          id: "notice-required",
          text: "Detainees must get notice in time to seek habeas relief before removal.",
          correct: true,
        },
        {
          id: "proclamation-lawful",
          text: "The proclamation was a lawful use of the Alien Enemies Act.",
          feedback: "The Court did not decide that question. Lower courts later split on it.",
        },
        {
          id: "dc-proper",
          text: "The federal court in Washington, D.C. was the proper place for the case.",
          feedback: "The Court held the claims belonged in the district of confinement, which was in Texas.",
        },
      ],
    },
    {
      id: "notice-excerpt-habeas",
      type: "short-text",
      prompt:
        "Read the excerpt from *Trump v. J.G.G.* Notice must come in time to allow detainees to actually seek what kind of relief before removal? (One or two words.)",
      difficulty: 1,
      excerptSourceId: "trump-v-jgg",
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["trump-v-jgg"],
      explanation:
        'The Court required notice "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs." Habeas corpus is the process for challenging one\'s own detention.',
      answers: [
        { text: "habeas" },
        { text: "habeas relief" },
        { text: "habeas corpus" },
        { text: "habeas corpus relief" },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "notice-vote",
      type: "true-false",
      prompt:
        "True or false: In *Trump v. J.G.G.*, the justices split 5–4 on whether detainees must receive notice before removal under the Act.",
      difficulty: 2,
      answer: false,
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["trump-v-jgg"],
      explanation:
        "The 5–4 split was over vacating Boasberg's orders and sending the claims to habeas in the district of confinement. On notice, all nine justices were described as agreeing that detainees must be able to seek habeas relief before removal.",
      feedbackTrue:
        "The 5–4 vote concerned vacating the orders. On notice, all nine justices were described as agreeing.",
    },
    {
      id: "aarp-notice",
      type: "single-choice",
      prompt:
        "In *A.A.R.P. v. Trump* (May 16, 2025), what did the Supreme Court say about notice given about 24 hours before removal, with no information on how to contest it?",
      difficulty: 2,
      objectiveIds: ["explain-supreme-court"],
      sourceIds: ["aarp-v-trump"],
      explanation:
        'The Court said such notice "surely does not pass muster" and left the exact process required to the Fifth Circuit. It did not set a precise number of days itself, and it kept in place the bar on removals under the Act for the class.',
      choices: [
        {
          id: "not-enough",
          text: "It was not enough, and the Fifth Circuit should decide exactly what process is required.",
          correct: true,
        },
        {
          id: "set-21-days",
          text: "It was not enough, and the Court required exactly 21 days' notice.",
          feedback: "The Supreme Court did not fix a number of days; it left the exact process to the Fifth Circuit.",
        },
        { id: "adequate", text: "It was adequate, because the Act allows summary removal." },
      ],
    },
    {
      id: "dc-circuit-march-stay",
      type: "true-false",
      prompt:
        "True or false: In March 2025, the D.C. Circuit granted the government's request to pause Judge Boasberg's orders.",
      difficulty: 1,
      answer: false,
      objectiveIds: ["sequence-events"],
      sourceIds: ["dc-cir-stay-denial"],
      explanation:
        "On March 26, 2025, the D.C. Circuit refused, 2–1, to pause the orders (Judges Henderson and Millett concurring, Judge Walker dissenting). The government then went to the Supreme Court, which vacated the orders on April 7.",
      feedbackTrue: "The D.C. Circuit denied the stay, 2–1. It was the Supreme Court that later vacated the orders.",
    },
    {
      id: "contempt-sequence-cloze",
      type: "cloze",
      prompt: "Complete the summary of the contempt inquiry.",
      difficulty: 2,
      objectiveIds: ["sequence-events", "compare-arguments"],
      sourceIds: ["jgg-contempt-opinion", "dc-cir-mandamus", "dc-cir-en-banc"],
      explanation:
        "On April 16, 2025, Boasberg found probable cause, a first step and not a conviction. A D.C. Circuit panel vacated that finding on August 8 by granting a writ of mandamus. In November the full court denied rehearing en banc, so the finding stayed vacated, but the inquiry could continue.",
      text: "On April 16, 2025, Judge Boasberg found {{finding}} of criminal contempt. In August a divided D.C. Circuit panel {{panel}} that finding by granting a writ of {{writ}}. In November the full court {{en-banc}}.",
      blanks: [
        {
          id: "finding",
          kind: "choice",
          choices: [
            { id: "probable-cause", text: "probable cause", correct: true },
            { id: "conviction", text: "a final conviction" },
            { id: "no-evidence", text: "no evidence" },
          ],
        },
        {
          id: "panel",
          kind: "choice",
          choices: [
            { id: "vacated", text: "vacated", correct: true },
            { id: "affirmed", text: "affirmed" },
            { id: "expanded", text: "expanded" },
          ],
        },
        {
          id: "writ",
          kind: "text",
          answers: [{ text: "mandamus" }],
          matching: { typoTolerance: 0.2 },
        },
        {
          id: "en-banc",
          kind: "choice",
          choices: [
            { id: "denied-rehearing", text: "denied rehearing, though the inquiry could continue", correct: true },
            { id: "reinstated", text: "reinstated the probable-cause finding" },
            { id: "ended-case", text: "ended the case permanently" },
          ],
        },
      ],
    },
    {
      id: "purge-options",
      type: "multiple-choice",
      prompt:
        "In his April 16, 2025 opinion, how did Judge Boasberg say the government could purge (cure) the contempt? Select all that apply.",
      difficulty: 3,
      scoring: "right-minus-wrong",
      objectiveIds: ["evaluate-dependence"],
      sourceIds: ["jgg-contempt-opinion"],
      explanation:
        "He offered two routes: assert custody of the men so they could bring habeas challenges, or identify the officials who decided not to halt the transfers. He said bringing the men back was not strictly required. Both routes depended on the executive choosing to act.",
      choices: [
        {
          id: "assert-custody",
          text: "Assert custody of the men so they could bring habeas challenges",
          correct: true,
        },
        {
          id: "identify-officials",
          text: "Identify the officials who decided not to halt the transfers",
          correct: true,
        },
        {
          id: "must-return",
          text: "Physically return every man to the United States, with no other option",
          feedback:
            "He said bringing the men back was not strictly required; asserting custody so they could seek habeas was enough.",
        },
        { id: "pay-fine", text: "Pay a daily fine to the plaintiffs" },
      ],
    },
    {
      id: "last-known-status",
      type: "single-choice",
      prompt:
        "Which statement best describes the contempt inquiry as last known in the sources for this lesson (early 2026)?",
      difficulty: 2,
      objectiveIds: ["sequence-events"],
      sourceIds: ["dc-cir-dec-2025", "jgg-dec-8-order", "dc-cir-en-banc"],
      explanation:
        "In December 2025 Boasberg ordered live testimony, and a D.C. Circuit panel paused the hearings and ordered briefing due December 29, 2025 and January 5, 2026. What it decided afterward was not known in the sources, and it may have changed since. No one had been convicted, and the inquiry had not been formally closed.",
      choices: [
        {
          id: "paused-pending",
          text: "A D.C. Circuit panel had paused the hearings and ordered briefing due in early January 2026; the result was not yet known.",
          correct: true,
        },
        {
          id: "convicted",
          text: "Officials had been convicted of criminal contempt and then pardoned.",
          feedback:
            "No conviction occurred in the period covered. A pardon of criminal contempt is possible under Ex parte Grossman, but none is reported here.",
        },
        {
          id: "closed",
          text: "The full D.C. Circuit had permanently ended the inquiry in November 2025.",
          feedback:
            "The November 2025 order left the probable-cause finding vacated but allowed the inquiry to continue.",
        },
      ],
    },
    {
      id: "dependence-on-executive",
      type: "multiple-choice",
      prompt:
        'Read Hamilton\'s words in the *Federalist* No. 78 excerpt: courts "must ultimately depend upon the aid of the executive arm." Which features of *J.G.G.* show the court depending on the executive branch to give its orders effect? Select all that apply.',
      difficulty: 3,
      scoring: "every-decision-counts",
      excerptSourceId: "federalist-78",
      objectiveIds: ["evaluate-dependence"],
      sourceIds: [
        "federalist-78",
        "rule-42",
        "ex-parte-grossman",
        "jgg-tro",
        "jgg-summary-judgment",
        "dc-cir-mandamus",
      ],
      explanation:
        'Turning the planes around, prosecuting criminal contempt (Rule 42 asks a government attorney first), pardons of criminal contempt (Ex parte Grossman) and any return or hearings for the men all run through the executive, as Hamilton\'s "aid of the executive arm" predicts. Appellate review is a check inside the judiciary, not a dependence on the executive.',
      choices: [
        { id: "planes", text: "Only the executive could turn the planes around.", correct: true },
        {
          id: "prosecutor",
          text: "Rule 42 asks a government attorney to prosecute criminal contempt first.",
          correct: true,
        },
        { id: "pardon", text: "The President may pardon criminal contempt.", correct: true },
        {
          id: "return-hearings",
          text: "Returning the men or giving them hearings required executive action.",
          correct: true,
        },
        {
          id: "appeals",
          text: "The D.C. Circuit reviewed and vacated the probable-cause finding.",
          feedback: "That is the judiciary checking itself through appeals, not the court depending on the executive.",
        },
      ],
    },
  ],
} satisfies Lesson;
