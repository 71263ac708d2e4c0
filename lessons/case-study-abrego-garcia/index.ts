import type { Lesson } from "civics-lessons";

/**
 * Teaches the case of Kilmar Abrego Garcia: his 2019 protection order, his 2025 removal to El Salvador, the court orders to "facilitate" his release, and what was known of his criminal and immigration cases as of early 2026.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/case-study-abrego-garcia";
 * lesson.title
 * //=> "Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”"
 */
export const lesson = {
  id: "case-study-abrego-garcia",
  version: "1.0.0",
  title: "Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”",
  summary:
    "A Salvadoran man protected from removal to El Salvador since 2019 was sent there in March 2025 in what the government called an administrative error. This case study follows the court orders that followed, the dispute over what the Supreme Court meant by “facilitate,” and his criminal and immigration cases as of early 2026.",
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 50,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Case Study: Kilmar Abrego Garcia and the Meaning of “Facilitate”" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-withholding",
      text: "Explain what withholding of removal is, how it differs from asylum, and what the 2019 order protected Abrego Garcia from.",
    },
    {
      id: "sequence-events",
      text: "Sequence the main events of the case from the 2019 protection order to the February 2026 hearing.",
    },
    {
      id: "compare-facilitate",
      text: "Compare how the government, Abrego Garcia's lawyers and the courts read the Supreme Court's instruction to “facilitate” his release.",
    },
    {
      id: "distinguish-claims",
      text: "Distinguish allegations, court findings and reported but unconfirmed developments in the case.",
    },
    {
      id: "evaluate-court-power",
      text: "Evaluate how the case tested the reach of court orders when a person is held by a foreign government.",
    },
  ],
  keyTerms: [
    {
      term: "Withholding of removal",
      definition:
        "A protection under U.S. immigration law (8 U.S.C. § 1231(b)(3)) that bars the government from sending a person to a specific country where his life or freedom would be threatened because of race, religion, nationality, membership in a particular social group or political opinion.",
      sourceIds: ["ina-withholding", "cms-barsky"],
    },
    {
      term: "Asylum",
      definition:
        "A protection the government may grant to a refugee who qualifies. Asylum is discretionary, meaning officials may refuse it. Withholding of removal is mandatory once the person proves the danger.",
      sourceIds: ["ina-withholding", "cms-barsky"],
    },
    {
      term: "Non-refoulement",
      definition:
        "The principle in international refugee law that a country must not send refugees back to a place where they face persecution. The United States accepted it by joining the 1967 refugee Protocol in 1968 and carries it out mainly through withholding of removal.",
      sourceIds: ["cms-barsky", "ina-withholding"],
    },
    {
      term: "Removal",
      definition:
        "The legal term for deportation: the government's act of sending a non-citizen out of the United States.",
      sourceIds: ["ina-withholding"],
    },
    {
      term: "CECOT",
      definition:
        "The Terrorism Confinement Center (Centro de Confinamiento del Terrorismo), a very large prison in Tecoluca, El Salvador, opened by President Nayib Bukele in January 2023.",
      sourceIds: ["reuters-cecot"],
    },
    {
      term: "Administrative stay",
      definition:
        "A short pause of a lower court's order, entered so that a higher court has time to consider a request. It does not decide who is right.",
      sourceIds: ["noem-v-abrego-garcia", "scotusblog-april-2025"],
    },
    {
      term: "Facilitate",
      definition:
        "The verb at the center of the Supreme Court's April 10, 2025 order: the government had to “facilitate” Abrego Garcia's release from custody in El Salvador. The government and the district court disagreed about how much action the word required.",
      sourceIds: ["noem-v-abrego-garcia", "msnow-facilitate"],
    },
    {
      term: "Discovery",
      definition:
        "The stage of a lawsuit in which each side can demand information, documents and sworn answers from the other, under a judge's supervision.",
      sourceIds: ["msnow-facilitate"],
    },
    {
      term: "Indictment",
      definition:
        "A formal written accusation that charges a person with a federal crime. It is an accusation, not a finding of guilt.",
      sourceIds: ["spectrum-june-2025"],
    },
    {
      term: "Vindictive prosecution",
      definition:
        "A prosecution brought to punish a person for using a legal right, such as filing a lawsuit. A court that finds a prosecution vindictive can dismiss the charges.",
      sourceIds: ["crenshaw-october-2025"],
    },
    {
      term: "Habeas corpus",
      definition:
        "A court order that requires the government to justify holding a person in custody. If the government cannot show a lawful basis, the court can order the person released. The Constitution limits when it may be suspended.",
      sourceIds: ["suspension-clause", "xinis-december-2025"],
    },
    {
      term: "Due process",
      definition:
        "The Fifth Amendment's guarantee that the federal government may not take a person's life, liberty or property without fair legal procedures. It protects every “person,” not only citizens.",
      sourceIds: ["const-amend-5"],
    },
  ],
  sections: [
    {
      id: "protected-in-2019",
      heading: "A protection order in 2019",
      body: "Kilmar Abrego Garcia is a citizen of El Salvador who made his home in Maryland. In 2019 an immigration judge heard his case. The judge turned down his request for **asylum**, a protection the government may grant or refuse. But the judge granted him **withholding of removal** to El Salvador.\n\nWithholding of removal comes from a federal law, 8 U.S.C. § 1231(b)(3). It forbids the government to send a person to a country where his life or freedom would be threatened because of his race, religion, nationality, political opinion or membership in a particular social group. Unlike asylum, it is not optional. Once a person proves the danger, the government must respect it. The protection is tied to a particular country: it blocks removal to the place where the danger lies.\n\nThis rule is how the United States carries out **non-refoulement**, the promise in refugee law not to send refugees back to persecution. The United States accepted that promise when it joined the 1967 refugee Protocol in 1968.\n\nThe immigration judge found a clear probability that Barrio 18, a gang that had threatened his family, would persecute him if he were sent back. After the ruling he lived in Maryland under the supervision of Immigration and Customs Enforcement (ICE), with his wife and children, who are U.S. citizens.",
      sourceIds: ["scotusblog-april-2025", "ina-withholding", "cms-barsky", "gwlr-abrego-garcia"],
    },
    {
      id: "removal-march-2025",
      heading: "Arrest and removal, March 2025",
      body: "ICE officers arrested Abrego Garcia on March 12, 2025. On March 15 he was flown to El Salvador on the same flights that carried Venezuelan men the administration was removing that weekend. He was placed in **CECOT**, the Terrorism Confinement Center, a mega-prison El Salvador opened in 2023.\n\nThe government did not claim that the 2019 order allowed this. It acknowledged that he should not have been sent to El Salvador and called the removal an “administrative error.” At the same time, it alleged that he was a member of MS-13, a gang the State Department had designated a foreign terrorist organization in February 2025, and that his return would endanger the public. The government had not obtained any conviction against him. Abrego Garcia denied being a member of MS-13 and said he had lived safely with his family in the United States for years without being charged with a crime.\n\nIn April 2025, Judge Paula Xinis said she had been given no evidence of gang membership. No court in the rulings covered here accepted the government's claim. It remained an allegation.\n\nA common mistake: some reports say he was deported on March 24, 2025. March 24 is the day he sued in federal court in Maryland. The flight left on March 15.",
      sourceIds: [
        "noem-v-abrego-garcia",
        "scotusblog-april-2025",
        "reuters-cecot",
        "fto-designation",
        "new-republic-xinis",
        "clearinghouse-abrego-garcia",
      ],
    },
    {
      id: "courts-order-return",
      heading: "The courts order the government to act",
      body: "Abrego Garcia, his wife and their child sued the Secretary of Homeland Security and other officials on March 24, 2025. They argued that sending him to El Salvador without any legal process, against the 2019 order, broke the withholding law and the Fifth Amendment's guarantee of due process.\n\nOn April 4, Judge Xinis of the U.S. District Court for the District of Maryland ordered the government to “facilitate and effectuate” his return by April 7. The government asked the Court of Appeals for the Fourth Circuit to pause her order. On April 7 that court refused. The same day, Chief Justice John Roberts entered an **administrative stay**, a short pause that gave the full Supreme Court time to consider the government's request.\n\nOn April 10, 2025, the Supreme Court acted in *Noem v. Abrego Garcia*. It granted the government's request in part and denied it in part, and no justice noted a dissent. The Court kept the requirement that the government “facilitate” his release from custody in El Salvador and make sure his case was handled as it would have been had he not been improperly sent there. But it said the meaning of “effectuate” was unclear. It told Judge Xinis to clarify that part of her order “with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs.” Justice Sotomayor, joined by Justices Kagan and Jackson, wrote a separate statement.",
      sourceIds: [
        "clearinghouse-abrego-garcia",
        "xinis-order-april-2025",
        "noem-v-abrego-garcia",
        "scotusblog-april-2025",
        "gwlr-abrego-garcia",
      ],
    },
    {
      id: "what-facilitate-meant",
      heading: "One word, two readings",
      body: "The Supreme Court settled that the government had to facilitate his release. It did not spell out what facilitating required, and the two sides read the word very differently.\n\n**The government's reading.** Justice Department lawyers told Judge Xinis that in immigration practice, facilitating a person's return means taking steps that allow him to enter the United States, such as removing domestic obstacles to his return. In its filings the government also argued that courts may not order the executive branch to carry out diplomacy or direct how it deals with a foreign government. In its view, those decisions belong to the President under Article II of the Constitution.\n\n**The reading of his lawyers and the district court.** Abrego Garcia's lawyers sought his return and asked the court for fast **discovery** into what the government was actually doing. In mid-April 2025 Judge Xinis granted that request and rejected the domestic-obstacles reading. She ruled that the government had to take the steps available to it to help bring about his release and return. She pointed to past cases in which the government had acted abroad to bring people back to the United States.\n\n**The Supreme Court's own words.** The April 10 order set out two ideas at once. The government must facilitate his release and the fair handling of his case, and courts must give due regard to the executive branch's role in foreign affairs.\n\nThe dispute echoes an old point about the courts. In Federalist No. 78, Alexander Hamilton wrote that the judiciary has “neither FORCE nor WILL, but merely judgment” and depends on the executive to carry out its judgments. When the person a court is trying to help is held in another country's prison, that dependence is plain to see.",
      sourceIds: [
        "msnow-facilitate",
        "volokh-facilitate",
        "govt-application-april-2025",
        "noem-v-abrego-garcia",
        "federalist-78",
      ],
    },
    {
      id: "return-and-charges",
      heading: "Return to the United States, and criminal charges",
      body: "On June 6, 2025, the government brought Abrego Garcia back to the United States to face criminal charges. A two-count **indictment** had been filed under seal in May in the federal court for the Middle District of Tennessee. It charged him with conspiring to transport undocumented immigrants and with unlawfully transporting them. The charges grew out of a November 2022 traffic stop in which officers let him go with a warning. Attorney General Pam Bondi thanked El Salvador's president, Nayib Bukele, for returning him. Abrego Garcia pleaded not guilty.\n\nHis lawyers argued that the case was a **vindictive prosecution**, brought to punish him for suing over his removal. On October 3, 2025, Judge Waverly Crenshaw found a “realistic likelihood” of vindictiveness. He pointed to statements by Deputy Attorney General Todd Blanche that linked the charges to the Maryland lawsuit. That finding did not end the case. It allowed the defense to gather evidence and required a hearing.\n\nLater in 2025 he was released from criminal custody to await trial. ICE then detained him again and proposed sending him to other countries, including Uganda and later Liberia. Costa Rica reportedly offered to take him. His 2019 protection named El Salvador, not those countries.",
      sourceIds: ["spectrum-june-2025", "crenshaw-october-2025", "reuters-ice-detention", "ina-withholding"],
    },
    {
      id: "as-of-early-2026",
      heading: "Where things stood in early 2026",
      body: "On December 11, 2025, Judge Xinis granted Abrego Garcia's petition for **habeas corpus** and ordered him released from ICE custody at once. She found that no final order of removal existed that could support holding him for deportation. The White House said it would appeal.\n\nIn the criminal case, Judge Crenshaw cancelled the trial planned for January 2026 and set a hearing on the defense's claim of vindictive prosecution. Testimony and arguments were heard on February 26, 2026, including testimony from Rana Saoud, an agent of Homeland Security Investigations.\n\nWhat happened next is less certain. Reports attributed to Politico and ABC News, which this lesson could check only through secondary websites, say that Judge Crenshaw then dismissed the indictment as a vindictive prosecution and that the Justice Department said it would appeal. The date of that ruling could not be confirmed.\n\nAs of early 2026, the last confirmed developments were his release from immigration custody in December 2025 and the February 2026 hearing. The outcome of any appeals and the state of his immigration case may have changed since then.",
      sourceIds: ["xinis-december-2025", "slate-december-2025", "ap-february-2026", "dismissal-reports"],
    },
    {
      id: "why-it-matters",
      heading: "Why the case matters",
      body: "The case raised questions that reach beyond one man. The Fifth Amendment says that no “person” may be deprived of liberty without due process of law. The word is *person*, not *citizen*. Abrego Garcia's lawyers relied on that guarantee.\n\nThe government argued that once he was in another country's custody, courts could not order the executive branch to negotiate for his return. The Supreme Court's short order answered with a balance. The government had to facilitate his release, and courts had to respect the President's role in foreign affairs. People still disagree about whether that balance was right and about what the government's later actions showed.",
      sourceIds: [
        "const-amend-5",
        "clearinghouse-abrego-garcia",
        "govt-application-april-2025",
        "noem-v-abrego-garcia",
      ],
    },
  ],
  timeline: [
    {
      date: "2019",
      event: "An immigration judge denies Abrego Garcia asylum but grants him withholding of removal to El Salvador.",
      sourceIds: ["scotusblog-april-2025", "gwlr-abrego-garcia"],
    },
    {
      date: "2022-11",
      event: "A traffic stop ends with a warning; the 2025 criminal charges later grow out of this stop.",
      sourceIds: ["spectrum-june-2025"],
    },
    {
      date: "2023-01-31",
      event: "President Nayib Bukele inaugurates CECOT, El Salvador's mega-prison, in Tecoluca.",
      sourceIds: ["reuters-cecot"],
    },
    {
      date: "2025-02-20",
      event:
        "The State Department's designation of MS-13 and other groups as foreign terrorist organizations is published in the Federal Register.",
      sourceIds: ["fto-designation"],
    },
    {
      date: "2025-03-12",
      event: "ICE arrests Abrego Garcia.",
      sourceIds: ["gwlr-abrego-garcia", "scotusblog-april-2025"],
    },
    {
      date: "2025-03-15",
      event:
        "He is flown to El Salvador and held at CECOT; the government later calls the removal an “administrative error.”",
      sourceIds: ["noem-v-abrego-garcia", "gwlr-abrego-garcia"],
    },
    {
      date: "2025-03-24",
      event: "He and his family sue federal officials in the U.S. District Court for the District of Maryland.",
      sourceIds: ["clearinghouse-abrego-garcia"],
    },
    {
      date: "2025-04-04",
      event: "Judge Paula Xinis orders the government to “facilitate and effectuate” his return by April 7.",
      sourceIds: ["xinis-order-april-2025", "scotusblog-april-2025"],
    },
    {
      date: "2025-04-07",
      event: "The Fourth Circuit refuses to pause the order; Chief Justice Roberts enters an administrative stay.",
      sourceIds: ["scotusblog-april-2025"],
    },
    {
      date: "2025-04-10",
      event:
        "In Noem v. Abrego Garcia, the Supreme Court keeps the requirement to “facilitate” his release and asks for clarification of “effectuate.”",
      sourceIds: ["noem-v-abrego-garcia", "scotusblog-april-2025"],
    },
    {
      date: "2025-06-06",
      event: "He is returned to the United States to face a two-count indictment in the Middle District of Tennessee.",
      sourceIds: ["spectrum-june-2025"],
    },
    {
      date: "2025-10-03",
      event:
        "Judge Waverly Crenshaw finds a “realistic likelihood” that the prosecution is vindictive and orders discovery and a hearing.",
      sourceIds: ["crenshaw-october-2025"],
    },
    {
      date: "2025-12-11",
      event:
        "Judge Xinis grants habeas corpus and orders his release from ICE custody; the White House says it will appeal.",
      sourceIds: ["xinis-december-2025", "slate-december-2025"],
    },
    {
      date: "2026-02-26",
      event: "Judge Crenshaw hears testimony and arguments on the vindictive-prosecution claim.",
      sourceIds: ["ap-february-2026"],
    },
  ],
  sources: [
    {
      id: "noem-v-abrego-garcia",
      kind: "case",
      title: "Noem v. Abrego Garcia, order on the government's application to vacate the district court's order",
      citation: "Noem v. Abrego Garcia, No. 24A949 (U.S. Apr. 10, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-04-10",
      excerpt: "with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs",
      publicDomain: true,
    },
    {
      id: "govt-application-april-2025",
      kind: "court-filing",
      title: "Government's application to the Supreme Court to vacate the district court's April 4, 2025 order",
      citation:
        "Government's application to vacate the district court's order, Noem v. Abrego Garcia, No. 24A949 (U.S. filed Apr. 7, 2025)",
      publisher: "U.S. Department of Justice",
      date: "2025-04-07",
      publicDomain: true,
    },
    {
      id: "xinis-order-april-2025",
      kind: "court-filing",
      title: "Order directing the government to facilitate and effectuate Abrego Garcia's return",
      citation: "Abrego Garcia v. Noem, No. 25-cv-951 (D. Md. Apr. 4, 2025) (Xinis, J.) (order)",
      publisher: "U.S. District Court for the District of Maryland",
      date: "2025-04-04",
      publicDomain: true,
    },
    {
      id: "clearinghouse-abrego-garcia",
      kind: "report",
      title: "Abrego Garcia v. Noem (case summary)",
      citation:
        "Civil Rights Litigation Clearinghouse, case no. 46283, Abrego Garcia v. Noem (D. Md., filed Mar. 24, 2025)",
      url: "https://clearinghouse.net/case/46283",
      publisher: "Civil Rights Litigation Clearinghouse",
    },
    {
      id: "scotusblog-april-2025",
      kind: "news",
      title: "Justices direct government to facilitate return of Maryland man mistakenly deported to El Salvador",
      citation: "SCOTUSblog, report on Noem v. Abrego Garcia (Apr. 2025)",
      url: "https://scotusblog.com/2025/04/justices-direct-government-to-facilitate-return-of-maryland-man-mistakenly-deported-to-el-salvador",
      publisher: "SCOTUSblog",
      date: "2025-04",
    },
    {
      id: "gwlr-abrego-garcia",
      kind: "report",
      title: "Kilmar Abrego Garcia (On the Docket)",
      citation: "George Washington Law Review, On the Docket, “Kilmar Abrego Garcia” (2025)",
      url: "https://www.gwlr.org/kilmar-abrego-garcia",
      publisher: "George Washington Law Review",
      date: "2025",
    },
    {
      id: "new-republic-xinis",
      kind: "news",
      title: "Judge orders Trump administration to return wrongly deported man",
      citation: "The New Republic, report on Judge Xinis's April 2025 ruling (Apr. 2025)",
      url: "https://newrepublic.com/post/193651/judge-orders-trump-administration-return-wrongly-deported-man",
      publisher: "The New Republic",
      date: "2025-04",
    },
    {
      id: "msnow-facilitate",
      kind: "news",
      title: "Report on Judge Xinis's ruling about the meaning of “facilitate”",
      citation:
        "MS NOW, Deadline: Legal Blog, report on Judge Xinis's order rejecting the “domestic obstacles” reading (Apr. 16, 2025)",
      url: "https://www.ms.now/deadline-white-house/deadline-legal-blog/kilmar-abrego-garcia-facilitate-judge-paula-xinis-rcna201495",
      publisher: "MS NOW",
      date: "2025-04-16",
    },
    {
      id: "volokh-facilitate",
      kind: "news",
      title: "Trump Takes Dangerous Steps Towards Defying Court Orders in Garcia Abrego Case",
      citation:
        "The Volokh Conspiracy (Reason), commentary on the government's reading of “facilitate” (Apr. 15, 2025)",
      url: "https://reason.com/volokh/2025/04/15/trump-takes-big-step-towards-defying-court-orders-in-garcia-abrego-case/",
      publisher: "Reason",
      date: "2025-04-15",
    },
    {
      id: "spectrum-june-2025",
      kind: "news",
      title: "Kilmar Abrego Garcia returning to United States from El Salvador to face charges",
      citation: "Spectrum News 13, report on Abrego Garcia's return and indictment (June 6, 2025)",
      url: "https://mynews13.com/fl/orlando/immigration/2025/06/06/kilmar-abrego-garcia-returning-united-states-from-el-salvador-face-charges-",
      publisher: "Spectrum News 13",
      date: "2025-06-06",
    },
    {
      id: "crenshaw-october-2025",
      kind: "court-filing",
      title: "Order finding a realistic likelihood of vindictive prosecution and ordering discovery and a hearing",
      citation: "United States v. Abrego Garcia (M.D. Tenn. Oct. 3, 2025) (Crenshaw, J.) (order)",
      publisher: "U.S. District Court for the Middle District of Tennessee",
      date: "2025-10-03",
      publicDomain: true,
    },
    {
      id: "reuters-ice-detention",
      kind: "news",
      title: "Report on ICE re-detaining Abrego Garcia and the proposal to remove him to Uganda",
      citation: "Reuters report, reposted by Newsbeep, on Abrego Garcia's detention by ICE in Baltimore (Aug. 2025)",
      url: "https://www.newsbeep.com/?p=82740",
      publisher: "Reuters (reposted by Newsbeep)",
      date: "2025-08",
    },
    {
      id: "xinis-december-2025",
      kind: "court-filing",
      title: "Order granting habeas corpus and directing Abrego Garcia's immediate release from ICE custody",
      citation:
        "Order of Dec. 11, 2025 (D. Md.) (Xinis, J.) granting Abrego Garcia's petition for a writ of habeas corpus",
      publisher: "U.S. District Court for the District of Maryland",
      date: "2025-12-11",
      publicDomain: true,
    },
    {
      id: "slate-december-2025",
      kind: "news",
      title: "How the Trump administration's most-wanted man finally went free",
      citation:
        "Slate, reposted by Reader Supported News, on Judge Xinis's December 11, 2025 release order (Dec. 2025)",
      url: "https://www.rsn.org/001/how-the-trump-administrations-most-wanted-man-finally-went-free.html",
      publisher: "Slate (reposted by Reader Supported News)",
      date: "2025-12",
    },
    {
      id: "ap-february-2026",
      kind: "news",
      title: "Associated Press report on the vindictive-prosecution hearing in the Abrego Garcia criminal case",
      citation:
        "Associated Press, via WSOC-TV, report on the February 26, 2026 hearing before Judge Crenshaw (Feb. 2026)",
      url: "https://www.wsoctv.com/news/politics/kilmar-abrego-garcia/2LKG6FCG3EYEFFJSYKCXGFCFHI/",
      publisher: "Associated Press (via WSOC-TV)",
      date: "2026-02",
    },
    {
      id: "dismissal-reports",
      kind: "news",
      title:
        "Secondary report, citing Politico and ABC News, that the smuggling indictment was dismissed as vindictive",
      citation:
        "BuzzyToday, “Judge brands DOJ prosecution vindictive in Garcia case” (2026), relaying Politico and ABC News reporting; date of the ruling not confirmed",
      url: "https://www.buzzytoday.com/articles/judge-brands-doj-prosecution-vindictive-in-garcia-case",
      publisher: "BuzzyToday (aggregator)",
      date: "2026",
    },
    {
      id: "ina-withholding",
      kind: "statute",
      title:
        "Immigration and Nationality Act § 241(b)(3), restriction on removal to a country where life or freedom would be threatened",
      citation: "8 U.S.C. § 1231(b)(3)",
      publisher: "U.S. Congress",
      publicDomain: true,
    },
    {
      id: "cms-barsky",
      kind: "report",
      title: "U.S. legal responsibilities to asylum seekers",
      citation: "Robert Barsky, Center for Migration Studies (Dec. 2018)",
      url: "https://cmsny.org/publications/barsky-us-legal-responsibilities-asylum-seekers/",
      publisher: "Center for Migration Studies of New York",
      date: "2018-12",
    },
    {
      id: "const-amend-5",
      kind: "constitution",
      title: "U.S. Constitution, Fifth Amendment (Due Process Clause)",
      citation: "U.S. Const. amend. V",
      publisher: "National Archives",
      date: "1791",
      excerpt: "No person shall be ... deprived of life, liberty, or property, without due process of law",
      publicDomain: true,
    },
    {
      id: "suspension-clause",
      kind: "constitution",
      title: "U.S. Constitution, Article I, Section 9 (Suspension Clause)",
      citation: "U.S. Const. art. I, § 9, cl. 2",
      publisher: "National Archives",
      date: "1787-09-17",
      publicDomain: true,
    },
    {
      id: "federalist-78",
      kind: "other",
      title: "The Federalist No. 78 (Alexander Hamilton)",
      citation:
        "The Federalist No. 78 (Alexander Hamilton) (McLean ed., May 28, 1788; Independent Journal, June 14, 1788)",
      publisher: "J. & A. McLean",
      date: "1788-05-28",
      excerpt:
        "may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend upon the aid of the executive arm even for the efficacy of its judgments.",
      publicDomain: true,
    },
    {
      id: "reuters-cecot",
      kind: "news",
      title: "Reuters photo report on the opening of El Salvador's mega-prison",
      citation: "Reuters Pictures, caption for photograph RC2B3Z9B0J8R (Feb. 2, 2023)",
      url: "https://pictures.reuters.com/archive/EL-SALVADOR-GANGS-PRISON-RC2B3Z9B0J8R.html",
      publisher: "Reuters",
      date: "2023-02-02",
    },
    {
      id: "fto-designation",
      kind: "executive-action",
      title:
        "State Department designation of Tren de Aragua, MS-13 and six Mexican cartels as Foreign Terrorist Organizations",
      citation: "90 Fed. Reg. 10030 (Feb. 20, 2025) (State Department notice dated Feb. 6, 2025)",
      publisher: "U.S. Department of State",
      date: "2025-02-20",
      publicDomain: true,
    },
  ],
  perspectives: [
    {
      id: "government",
      label: "The federal government",
      argument:
        "The government acknowledged that sending Abrego Garcia to El Salvador was an administrative error, but it argued that he was a member of MS-13, a designated terrorist organization, and that his return would threaten public safety. Once he was held by El Salvador, it argued, the Constitution leaves dealings with foreign governments to the President, so courts could not order diplomacy. It read “facilitate” to mean removing domestic obstacles to his return. It later brought him back to face smuggling charges, which it pursued in court.",
      sourceIds: [
        "noem-v-abrego-garcia",
        "govt-application-april-2025",
        "msnow-facilitate",
        "volokh-facilitate",
        "spectrum-june-2025",
      ],
    },
    {
      id: "abrego-garcia-lawyers",
      label: "Abrego Garcia and his lawyers",
      argument:
        "His lawyers argued that he was taken without any legal process, against a 2019 order that protected him from removal to El Salvador, in violation of the withholding law and the Fifth Amendment. He denied belonging to MS-13 and noted he had never been charged with a crime before. They argued that the government, which sent him to El Salvador, had to take real steps to bring him back. After he was indicted, they argued that the charges were retaliation for his lawsuit and should be dismissed as vindictive.",
      sourceIds: ["clearinghouse-abrego-garcia", "noem-v-abrego-garcia", "msnow-facilitate", "crenshaw-october-2025"],
    },
    {
      id: "courts",
      label: "The courts' rulings",
      argument:
        "Judge Xinis ordered his return, said she had seen no evidence of gang membership, and later rejected the narrow reading of “facilitate.” The Supreme Court, with no noted dissent, upheld the duty to facilitate his release while telling the district court to respect the executive branch's role in foreign affairs. In the criminal case, Judge Crenshaw found a realistic likelihood of vindictiveness, a preliminary step, and held a hearing. Reports relayed by secondary websites say he later dismissed the charges, a ruling the government said it would appeal.",
      sourceIds: [
        "xinis-order-april-2025",
        "new-republic-xinis",
        "msnow-facilitate",
        "noem-v-abrego-garcia",
        "crenshaw-october-2025",
        "dismissal-reports",
      ],
    },
  ],
  discussionQuestions: [
    "The Supreme Court required the government to “facilitate” Abrego Garcia's release but told the lower court to respect the executive branch's role in foreign affairs. How should courts balance one person's rights against the President's role in dealing with other countries?",
    "The government called the removal an administrative error. When the government admits a mistake but the person is now held by another country, what should the government be required to do, and who should decide?",
    "His lawyers argued the criminal charges were retaliation for his lawsuit. What evidence should a judge look for before deciding that a prosecution is vindictive, and why does the law treat that question seriously?",
    "Some later facts in this case, such as the reported dismissal of the charges, rest on limited reporting. How should citizens discuss a fast-moving court case when some facts are not yet confirmed?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution sets up a government whose branches hold powers and face limits, and how those limits are still argued over.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyze how people use courts and laws, and challenge government actions, to address public issues.",
    },
    {
      framework: "C3",
      code: "D2.Civ.14.9-12",
      description: "Analyze the ways people and institutions protect individual rights and pursue the common good.",
    },
    {
      framework: "C3",
      code: "D4.1.9-12",
      description:
        "Build arguments from precise claims and evidence drawn from several sources, noting opposing claims and the limits of the evidence.",
    },
  ],
  questions: [
    {
      id: "protection-granted-2019",
      type: "short-text",
      prompt:
        "In 2019 an immigration judge turned down Abrego Garcia's request for asylum but granted him a different, mandatory protection against being sent to El Salvador. What is that protection called?",
      difficulty: 1,
      objectiveIds: ["explain-withholding"],
      sourceIds: ["scotusblog-april-2025", "ina-withholding"],
      explanation:
        "The judge granted **withholding of removal** under 8 U.S.C. § 1231(b)(3), finding a clear probability that the Barrio 18 gang would persecute him in El Salvador. It is easy to answer “asylum,” but the judge denied asylum. Withholding is narrower: it blocks removal to one country and must be honored once the danger is proven.",
      hints: ["The protection “withholds” something the government would otherwise do."],
      answers: [
        { text: "withholding of removal" },
        { text: "withholding" },
        { text: "withholding of removal to El Salvador" },
        { text: "statutory withholding of removal" },
      ],
      matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "withholding-mandatory-vs-asylum",
      type: "true-false",
      prompt:
        "True or false: Once a person proves the required danger, withholding of removal is mandatory, while asylum is a protection the government may choose to refuse.",
      difficulty: 2,
      objectiveIds: ["explain-withholding"],
      sourceIds: ["ina-withholding", "cms-barsky"],
      answer: true,
      explanation:
        "True. Under 8 U.S.C. § 1231(b)(3) the government may not remove a person to a country where his life or freedom would be threatened on a protected ground, and that bar applies once the danger is shown. Asylum is discretionary. That is why Abrego Garcia could be denied asylum and still be protected from removal to El Salvador.",
      feedbackFalse:
        "Look again at the difference: asylum is discretionary, but withholding of removal must be honored once the danger is proven.",
    },
    {
      id: "withholding-scope",
      type: "single-choice",
      prompt: "What did the 2019 withholding order protect Abrego Garcia from?",
      difficulty: 2,
      objectiveIds: ["explain-withholding"],
      sourceIds: ["scotusblog-april-2025", "ina-withholding", "reuters-ice-detention"],
      explanation:
        "Withholding of removal is tied to a country. The judge found he faced a clear probability of persecution in El Salvador, so the order barred sending him there. It did not give him citizenship or bar every removal, which is why ICE later proposed sending him to other countries such as Uganda and Liberia.",
      choices: [
        {
          id: "removal-to-el-salvador",
          text: "Being removed to El Salvador, where a judge found a clear probability he would be persecuted",
          correct: true,
        },
        {
          id: "any-removal",
          text: "Being removed from the United States to any country",
          feedback:
            "Withholding blocks removal to the country where the danger lies. ICE later proposed sending him to other countries.",
        },
        {
          id: "citizenship",
          text: "Losing U.S. citizenship",
          feedback: "He is a citizen of El Salvador, not the United States; his wife and children are U.S. citizens.",
        },
        {
          id: "criminal-charges",
          text: "Being charged with crimes in the United States",
          feedback:
            "Immigration protection has nothing to do with criminal charges. He was later indicted in Tennessee.",
        },
      ],
    },
    {
      id: "removal-date-claim-check",
      type: "single-choice",
      prompt:
        "A news article says: “Abrego Garcia was deported to El Salvador on March 24, 2025.” Based on the lesson's sources, what is the best correction?",
      difficulty: 2,
      objectiveIds: ["distinguish-claims", "sequence-events"],
      sourceIds: ["clearinghouse-abrego-garcia", "noem-v-abrego-garcia", "gwlr-abrego-garcia"],
      explanation:
        "He was arrested on March 12 and flown to El Salvador on March 15, 2025. March 24 is the day he and his family sued in federal court in Maryland. Mixing up those two dates is a common error in coverage of the case.",
      hints: ["Two different things happened in March 2025: the flight, and the lawsuit."],
      choices: [
        {
          id: "march-15",
          text: "He was flown out on March 15; March 24 is when he sued in federal court in Maryland.",
          correct: true,
        },
        {
          id: "march-12",
          text: "He was flown out on March 12; March 24 is when the Supreme Court ruled.",
          feedback: "March 12 is the day ICE arrested him. The Supreme Court's order came on April 10.",
        },
        {
          id: "april-4",
          text: "He was flown out on April 4, the day of Judge Xinis's order.",
          feedback:
            "April 4 is when Judge Xinis ordered the government to facilitate and effectuate his return, weeks after the flight.",
        },
        {
          id: "as-written",
          text: "The article is correct as written.",
          feedback:
            "The lesson's sources, including the district court's and appeals court's accounts, put the removal on March 15, 2025.",
        },
      ],
    },
    {
      id: "removal-speed-days",
      type: "numeric",
      prompt:
        "ICE arrested Abrego Garcia on March 12, 2025, and he was flown to El Salvador on March 15, 2025. How many days passed between the arrest and the flight?",
      difficulty: 1,
      objectiveIds: ["sequence-events", "evaluate-court-power"],
      sourceIds: ["gwlr-abrego-garcia", "noem-v-abrego-garcia"],
      explanation:
        "From March 12 to March 15 is 3 days. The timing matters because it left little time to ask a court for help before the flight. His lawsuit came on March 24, when he was already in El Salvador, and the question became whether a U.S. court could still help him.",
      answer: { value: 3, tolerance: 0 },
      nearMisses: [
        {
          answer: { value: 4, tolerance: 0 },
          fraction: 0.5,
          feedback:
            "You counted both March 12 and March 15 as full days. The difference between the two dates is 3 days.",
        },
      ],
      unit: "days",
    },
    {
      id: "case-timeline-order",
      type: "ordering",
      prompt: "Put these events in the order they happened, earliest first.",
      difficulty: 2,
      objectiveIds: ["sequence-events"],
      sourceIds: [
        "scotusblog-april-2025",
        "clearinghouse-abrego-garcia",
        "xinis-order-april-2025",
        "noem-v-abrego-garcia",
        "spectrum-june-2025",
        "crenshaw-october-2025",
        "xinis-december-2025",
        "ap-february-2026",
      ],
      explanation:
        "The order is: the 2019 withholding order; the March 15, 2025 removal; the March 24 lawsuit; Judge Xinis's April 4 order; the Supreme Court's April 10 order; his June 6 return to face charges; Judge Crenshaw's October 3 vindictiveness finding; his December 11 release from ICE custody; and the February 26, 2026 hearing. A common slip is to put the criminal charges before the Supreme Court's order. He was charged and returned only after the courts had ordered the government to facilitate his release.",
      items: [
        { id: "withholding-granted", text: "An immigration judge grants him withholding of removal to El Salvador." },
        { id: "flown-to-el-salvador", text: "He is flown to El Salvador and held at CECOT." },
        { id: "lawsuit-filed", text: "He and his family sue federal officials in Maryland." },
        {
          id: "xinis-orders-return",
          text: "Judge Xinis orders the government to “facilitate and effectuate” his return.",
        },
        { id: "supreme-court-order", text: "The Supreme Court keeps the duty to “facilitate” his release." },
        { id: "returned-and-charged", text: "He is returned to the United States to face a two-count indictment." },
        {
          id: "vindictiveness-finding",
          text: "Judge Crenshaw finds a “realistic likelihood” of vindictive prosecution.",
        },
        { id: "habeas-release", text: "Judge Xinis orders his release from ICE custody on habeas corpus." },
        { id: "february-hearing", text: "Judge Crenshaw hears testimony on the vindictive-prosecution claim." },
      ],
      correctOrder: [
        "withholding-granted",
        "flown-to-el-salvador",
        "lawsuit-filed",
        "xinis-orders-return",
        "supreme-court-order",
        "returned-and-charged",
        "vindictiveness-finding",
        "habeas-release",
        "february-hearing",
      ],
      scoring: "kendall-tau",
    },
    {
      id: "administrative-stay-meaning",
      type: "single-choice",
      prompt:
        "On April 7, 2025, Chief Justice John Roberts entered an administrative stay of Judge Xinis's order. What did that stay do?",
      difficulty: 2,
      objectiveIds: ["sequence-events", "evaluate-court-power"],
      sourceIds: ["scotusblog-april-2025", "noem-v-abrego-garcia"],
      explanation:
        "An administrative stay is a short pause that gives the full Court time to consider a request. It is not a ruling on who is right. Three days later, on April 10, the full Court left in place the requirement that the government facilitate his release, which shows the stay had not decided the case for the government.",
      choices: [
        {
          id: "pause-to-consider",
          text: "It briefly paused the order so the full Supreme Court could consider the government's request.",
          correct: true,
        },
        {
          id: "decided-for-government",
          text: "It decided the case in the government's favor.",
          feedback:
            "A stay of this kind decides nothing. The full Court's April 10 order kept the duty to facilitate his release.",
        },
        {
          id: "ordered-return",
          text: "It ordered his immediate return to the United States.",
          feedback: "The stay paused Judge Xinis's deadline; it did not order anything new.",
        },
        {
          id: "sent-to-fourth-circuit",
          text: "It sent the case back to the Fourth Circuit for a full appeal.",
          feedback: "The Fourth Circuit had already refused to pause the order that same day.",
        },
      ],
    },
    {
      id: "due-regard-excerpt",
      type: "single-choice",
      prompt:
        "Read the excerpt from the Supreme Court's April 10, 2025 order. The Court kept the requirement that the government “facilitate” Abrego Garcia's release, but it told Judge Xinis to clarify the word “effectuate” “with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs.” What does this phrase most directly tell the district court to do?",
      difficulty: 3,
      objectiveIds: ["compare-facilitate", "evaluate-court-power"],
      sourceIds: ["noem-v-abrego-garcia"],
      excerptSourceId: "noem-v-abrego-garcia",
      explanation:
        "“Deference” means giving weight to another's judgment. The phrase tells the district court to shape any further order with respect for the executive branch's lead role in dealing with other countries. It does not end the court's role: in the same order the Court kept the duty to facilitate his release. It sets no deadline and says nothing about the gang allegation.",
      choices: [
        {
          id: "respect-executive-role",
          text: "Shape any further order with respect for the executive branch's lead role in dealing with other countries.",
          correct: true,
        },
        {
          id: "dismiss-case",
          text: "Dismiss the case, because courts have no role once a person is in another country.",
          feedback:
            "The same order kept the requirement to facilitate his release, so the Court did not say courts had no role.",
        },
        {
          id: "set-deadline",
          text: "Set a firm deadline for the government to bring him back.",
          feedback:
            "The Court asked for clarification rather than setting a deadline, and this phrase counsels restraint.",
        },
        {
          id: "accept-allegation",
          text: "Accept the government's allegation that he was an MS-13 member.",
          feedback:
            "The phrase is about foreign affairs, not about facts. The order described the allegation and his denial without deciding it.",
        },
      ],
    },
    {
      id: "facilitate-readings-sort",
      type: "categorize",
      prompt: "Sort each statement by who made it or where it appears.",
      difficulty: 2,
      objectiveIds: ["compare-facilitate"],
      sourceIds: ["msnow-facilitate", "volokh-facilitate", "govt-application-april-2025", "noem-v-abrego-garcia"],
      explanation:
        "The government read “facilitate” narrowly, as removing domestic obstacles, and argued that courts could not direct foreign diplomacy. Judge Xinis rejected that reading, required the government to take the steps available to it, and ordered fast discovery. The Supreme Court's order combined a duty to facilitate his release with deference to the executive in foreign affairs. A tempting mistake is to credit the “deference” language to the government. The government argued for deference, but those words come from the Supreme Court's order.",
      categories: [
        { id: "government", text: "The government's argument" },
        { id: "district-court", text: "Judge Xinis (district court), mid-April 2025" },
        { id: "supreme-court", text: "The Supreme Court's April 10 order" },
      ],
      items: [
        {
          id: "domestic-obstacles",
          text: "“Facilitate” means removing domestic obstacles to his return.",
          categoryId: "government",
        },
        {
          id: "no-ordered-diplomacy",
          text: "Courts may not order the executive branch to carry out diplomacy with a foreign government.",
          categoryId: "government",
        },
        {
          id: "take-available-steps",
          text: "The government must take the steps available to it to help bring about his release and return.",
          categoryId: "district-court",
        },
        {
          id: "expedited-discovery",
          text: "Fast discovery is ordered to learn what the government is actually doing.",
          categoryId: "district-court",
        },
        {
          id: "facilitate-release",
          text: "The government must facilitate his release from custody in El Salvador and the handling of his case as it would have been.",
          categoryId: "supreme-court",
        },
        {
          id: "due-regard",
          text: "“Effectuate” must be clarified with due regard for deference to the executive in foreign affairs.",
          categoryId: "supreme-court",
        },
      ],
    },
    {
      id: "who-argued-what",
      type: "matching",
      prompt:
        "Match each participant with a position or action the sources attribute to them. Two responses are not used.",
      difficulty: 2,
      objectiveIds: ["compare-facilitate", "distinguish-claims"],
      sourceIds: [
        "noem-v-abrego-garcia",
        "clearinghouse-abrego-garcia",
        "xinis-order-april-2025",
        "new-republic-xinis",
        "crenshaw-october-2025",
      ],
      explanation:
        "The government called the removal an administrative error while alleging MS-13 membership. Abrego Garcia denied the allegation and argued the removal ignored his 2019 protection. Judge Xinis ordered his return and said she had been given no evidence of gang membership. The Supreme Court kept the duty to “facilitate” and asked about “effectuate.” Judge Crenshaw found a realistic likelihood of vindictiveness. The two unused responses describe things no source reports: no jury convicted him, and no court ruled that his removal was lawful under the Alien Enemies Act. The government itself called the removal an error.",
      premises: [
        { id: "government", text: "The federal government" },
        { id: "abrego-garcia", text: "Abrego Garcia and his lawyers" },
        { id: "xinis", text: "Judge Paula Xinis, April 2025" },
        { id: "supreme-court", text: "The Supreme Court, April 10, 2025" },
        { id: "crenshaw", text: "Judge Waverly Crenshaw, October 2025" },
      ],
      responses: [
        {
          id: "error-and-allegation",
          text: "Called the removal an “administrative error” while alleging MS-13 membership",
        },
        {
          id: "denial-and-due-process",
          text: "Denied MS-13 membership and argued the removal ignored the 2019 protection order",
        },
        {
          id: "ordered-return",
          text: "Ordered the government to “facilitate and effectuate” his return and said no evidence of gang membership had been presented",
        },
        {
          id: "kept-facilitate",
          text: "Kept the duty to “facilitate” his release and asked for clarification of “effectuate”",
        },
        { id: "realistic-likelihood", text: "Found a “realistic likelihood” that the prosecution was vindictive" },
        { id: "jury-conviction", text: "Found him guilty of the smuggling charges after a jury trial" },
        { id: "aea-upheld", text: "Ruled that he had been lawfully removed under the Alien Enemies Act" },
      ],
      pairs: {
        government: "error-and-allegation",
        "abrego-garcia": "denial-and-due-process",
        xinis: "ordered-return",
        "supreme-court": "kept-facilitate",
        crenshaw: "realistic-likelihood",
      },
    },
    {
      id: "federalist-78-enforcement",
      type: "single-choice",
      prompt:
        "Read the excerpt from Federalist No. 78. Hamilton wrote that the judiciary “may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend upon the aid of the executive arm even for the efficacy of its judgments.” How does this help explain why the meaning of “facilitate” mattered so much in Abrego Garcia's case?",
      difficulty: 3,
      objectiveIds: ["evaluate-court-power", "compare-facilitate"],
      sourceIds: ["federalist-78", "noem-v-abrego-garcia", "msnow-facilitate"],
      excerptSourceId: "federalist-78",
      explanation:
        "Courts decide cases, but they rely on the executive branch to carry out their judgments. Abrego Garcia was held in another country's prison, so any order to help him depended on what the executive branch was willing and required to do. That made the scope of “facilitate” decisive. Hamilton describes the courts' dependence; he does not say the executive may ignore judgments, and the courts here did rule.",
      choices: [
        {
          id: "depends-on-executive",
          text: "A court could order the government to act, but bringing him back from a foreign prison depended on steps only the executive branch could take.",
          correct: true,
        },
        {
          id: "no-authority",
          text: "It shows the courts had no authority to rule in the case at all.",
          feedback:
            "Hamilton says courts have “judgment,” the power to decide. Both Judge Xinis and the Supreme Court did decide.",
        },
        {
          id: "may-ignore",
          text: "It means the executive branch may ignore court judgments it disagrees with.",
          feedback:
            "Hamilton describes the courts' dependence on the executive, not a permission to disobey. Federalist No. 78 defends the courts' role.",
        },
        {
          id: "court-officers-abroad",
          text: "It shows the Supreme Court should send its own officers abroad to enforce its orders.",
          feedback: "The point is the reverse: courts have no “FORCE” of their own and must rely on the executive.",
        },
      ],
    },
    {
      id: "fifth-amendment-person",
      type: "single-choice",
      prompt:
        "Read the excerpt from the Fifth Amendment: “No person shall be ... deprived of life, liberty, or property, without due process of law.” Abrego Garcia is not a U.S. citizen. Which word in the excerpt is most important to his lawyers' claim that the Due Process Clause protected him?",
      difficulty: 1,
      objectiveIds: ["evaluate-court-power"],
      sourceIds: ["const-amend-5", "clearinghouse-abrego-garcia"],
      excerptSourceId: "const-amend-5",
      explanation:
        "The clause protects any “person,” not only citizens, so a non-citizen can raise a due process claim. His lawsuit argued that removing him without any legal process, against the 2019 order, violated this clause. What process was due in a given situation is what courts decide; the word “person” is what lets the question be asked.",
      choices: [
        { id: "person", text: "person", correct: true },
        {
          id: "property",
          text: "property",
          feedback: "His claim was about his liberty and removal, and the key point is who the clause protects.",
        },
        {
          id: "life",
          text: "life",
          feedback: "Life is one of the protected interests, but the question is who is protected.",
        },
        { id: "law", text: "law", feedback: "“Due process of law” names the protection; “person” says who has it." },
      ],
    },
    {
      id: "gang-allegation-status",
      type: "multiple-choice",
      prompt:
        "Which statements accurately describe the MS-13 claim, based on the sources in this lesson? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["distinguish-claims"],
      sourceIds: ["noem-v-abrego-garcia", "new-republic-xinis", "scotusblog-april-2025"],
      explanation:
        "The government alleged MS-13 membership; Abrego Garcia denied it; and Judge Xinis said in April 2025 that she had been given no evidence of it. He had no conviction for it, and the Supreme Court's order described the allegation and his denial without deciding between them. Treating an allegation as a finding is the mistake to avoid.",
      scoring: "right-minus-wrong",
      choices: [
        { id: "government-alleged", text: "The government alleged that he was a member of MS-13.", correct: true },
        { id: "he-denied", text: "Abrego Garcia denied being a member of MS-13.", correct: true },
        {
          id: "xinis-no-evidence",
          text: "In April 2025 Judge Xinis said she had been given no evidence of gang membership.",
          correct: true,
        },
        {
          id: "convicted",
          text: "He was convicted of gang membership before his 2025 removal.",
          feedback: "He had no such conviction. The claim was an allegation.",
        },
        {
          id: "supreme-court-found",
          text: "The Supreme Court's April 10 order found that he was an MS-13 member.",
          feedback: "The order set out the government's allegation and his denial. It made no finding on the point.",
        },
      ],
    },
    {
      id: "criminal-charges-cloze",
      type: "cloze",
      prompt: "Complete the passage about the criminal case.",
      difficulty: 2,
      objectiveIds: ["sequence-events", "distinguish-claims"],
      sourceIds: ["spectrum-june-2025", "crenshaw-october-2025"],
      explanation:
        "He was returned on June 6, 2025 to face a two-count indictment in the Middle District of Tennessee. The charges grew out of a November 2022 traffic stop in which officers let him go with a warning. The timing matters to the vindictiveness claim: the stop was in 2022, but the charges were filed in 2025, after he had sued over his removal. Judge Crenshaw also pointed to statements by Deputy Attorney General Todd Blanche linking the charges to the lawsuit. The case was brought in Tennessee, not in Maryland, where his civil lawsuit was.",
      text: "On June 6, 2025, Abrego Garcia was brought back to face a {{count}}-count indictment in the {{court}}. The charges grew out of a traffic stop in {{year}}, when officers let him go with a warning. His lawyers argued that the case was a {{claim}} prosecution, brought to punish him for his lawsuit.",
      blanks: [
        {
          id: "count",
          kind: "text",
          answers: [{ text: "two" }, { text: "2" }],
          matching: { caseSensitive: false, ignoreDiacritics: false, ignorePunctuation: true, typoTolerance: 0 },
        },
        {
          id: "court",
          kind: "choice",
          choices: [
            { id: "middle-district-tennessee", text: "Middle District of Tennessee", correct: true },
            { id: "district-of-maryland", text: "District of Maryland" },
            { id: "fourth-circuit", text: "Fourth Circuit Court of Appeals" },
          ],
        },
        {
          id: "year",
          kind: "text",
          answers: [{ text: "2022" }, { text: "November 2022" }],
          matching: { caseSensitive: false, ignoreDiacritics: false, ignorePunctuation: true, typoTolerance: 0 },
        },
        {
          id: "claim",
          kind: "choice",
          choices: [
            { id: "vindictive", text: "vindictive", correct: true },
            { id: "frivolous", text: "frivolous" },
            { id: "malicious", text: "malicious" },
          ],
        },
      ],
    },
    {
      id: "realistic-likelihood-not-final",
      type: "true-false",
      prompt:
        "True or false: When Judge Crenshaw found a “realistic likelihood of vindictiveness” on October 3, 2025, he had made a final ruling that the prosecution was vindictive and ended the case.",
      difficulty: 2,
      objectiveIds: ["distinguish-claims"],
      sourceIds: ["crenshaw-october-2025", "ap-february-2026"],
      answer: false,
      explanation:
        "False. A “realistic likelihood” finding is a preliminary step. It entitled the defense to discovery and a hearing. The case went on: the judge cancelled the January 2026 trial and heard testimony on February 26, 2026.",
      feedbackTrue:
        "The October finding was not final. It led to discovery and an evidentiary hearing, held on February 26, 2026.",
    },
    {
      id: "december-release-basis",
      type: "single-choice",
      prompt:
        "On December 11, 2025, Judge Xinis granted habeas corpus and ordered Abrego Garcia released from ICE custody. What reason did she give?",
      difficulty: 2,
      objectiveIds: ["distinguish-claims", "evaluate-court-power"],
      sourceIds: ["xinis-december-2025", "slate-december-2025"],
      explanation:
        "Habeas corpus makes the government justify a detention. Judge Xinis found that no final order of removal existed to support holding him for deportation. The reported dismissal of the criminal charges came later, after the February 26, 2026 hearing, so it cannot have been the reason.",
      hints: ["Habeas asks one question: what legal basis does the government have to hold this person?"],
      choices: [
        {
          id: "no-final-order",
          text: "No final order of removal existed that could support holding him for deportation.",
          correct: true,
        },
        {
          id: "charges-dismissed",
          text: "The criminal charges against him had been dismissed.",
          feedback: "The reported dismissal came after the February 26, 2026 hearing, months after this release.",
        },
        {
          id: "supreme-court-ordered",
          text: "The Supreme Court had ordered his release from ICE custody.",
          feedback:
            "The Supreme Court's April 2025 order concerned facilitating his release from El Salvador, not ICE custody in December.",
        },
        {
          id: "costa-rica",
          text: "Costa Rica had agreed to accept him.",
          feedback: "Costa Rica reportedly offered to take him, but that was not the legal basis of the habeas ruling.",
        },
      ],
    },
    {
      id: "dismissal-how-to-report",
      type: "single-choice",
      prompt:
        "You are writing a short update on the criminal case, current to early 2026. Which sentence best fits what the sources can support?",
      difficulty: 3,
      objectiveIds: ["distinguish-claims"],
      sourceIds: ["dismissal-reports", "ap-february-2026"],
      explanation:
        "The hearing on February 26, 2026 is confirmed. The dismissal rests on secondary reports relaying Politico and ABC News, so it should be attributed, and its date could not be confirmed. The tempting error is to give the dismissal the hearing's date. A hearing and a ruling are different events, and the sources do not say when the ruling came.",
      choices: [
        {
          id: "attributed-dismissal",
          text: "Reports attributed to Politico and ABC News say the judge dismissed the indictment as vindictive and that the Justice Department said it would appeal; the ruling's date could not be confirmed.",
          correct: true,
        },
        {
          id: "dismissed-on-hearing-date",
          text: "On February 26, 2026, the judge dismissed the indictment as vindictive.",
          feedback: "February 26 is the date of the hearing. The date of any dismissal ruling could not be confirmed.",
        },
        {
          id: "convicted-january",
          text: "He was convicted at his January 2026 trial.",
          feedback: "The January 2026 trial was cancelled so the judge could hold the vindictiveness hearing.",
        },
        {
          id: "appeal-decided",
          text: "An appeals court reinstated the charges in February 2026.",
          feedback: "No source in this lesson reports any appellate ruling on the criminal case.",
        },
      ],
    },
  ],
} satisfies Lesson;
