import type { Lesson } from "civics-lessons";

/**
 * Teaches what happened when the United States sent Venezuelan men to El Salvador's CECOT prison in 2025, how the rules for third-country removals were tested in court, and how earlier third-country agreements differed.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/third-country-removals-and-cecot";
 * lesson.title
 * //=> "Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT"
 */
export const lesson = {
  id: "third-country-removals-and-cecot",
  version: "1.0.0",
  title: "Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT",
  summary:
    "How the United States paid El Salvador to hold Venezuelan men in its CECOT prison in 2025, what governments, lawyers, families and human-rights organizations said about it, and how the Supreme Court and earlier agreements frame removals to third countries.",
  topic: "detainee-transfers",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Third-Country Removals: The 2025 U.S.-El Salvador Arrangement and CECOT" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "describe-arrangement",
      text: "Describe the 2025 U.S.-El Salvador arrangement and CECOT, and explain what each commonly cited number (people and dollars) measures.",
    },
    {
      id: "attribute-claims",
      text: "Distinguish the claims and findings of the U.S. and Salvadoran governments, the detainees' lawyers and families, and human-rights organizations, attributing each to its source.",
    },
    {
      id: "explain-dvd",
      text: "Explain what the Supreme Court's 2025 orders in DHS v. D.V.D. decided, and did not decide, about third-country removals.",
    },
    {
      id: "compare-agreements",
      text: "Compare Asylum Cooperative Agreements and the U.S.-Canada Safe Third Country Agreement with the 2025 CECOT arrangement.",
    },
  ],
  keyTerms: [
    {
      term: "Third-country removal",
      definition:
        "Sending a non-citizen to a country that is not the United States and not the person's own country, or, in the words of a 2025 court order, a country not named in the person's removal order.",
      sourceIds: ["dvd-injunction-2025"],
    },
    {
      term: "CECOT",
      definition:
        "The Centro de Confinamiento del Terrorismo (Terrorism Confinement Center), a prison in Tecoluca, El Salvador, opened in January 2023. The Salvadoran government says it can hold 40,000 inmates.",
      sourceIds: ["reuters-cecot-opening-2023"],
    },
    {
      term: "State of exception",
      definition:
        "An emergency legal regime (in El Salvador, the régimen de excepción) that suspends some constitutional rights. El Salvador's began in March 2022 and was renewed repeatedly.",
      sourceIds: ["ljr-state-of-exception-2022", "ap-deportation-plan-2025"],
    },
    {
      term: "Alien Enemies Act",
      definition:
        "A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove non-naturalized nationals of a hostile nation or government, 14 or older, during a declared war or an invasion or predatory incursion by a foreign nation or government. The President invoked it against Tren de Aragua in March 2025.",
      sourceIds: ["aea-statute", "proclamation-10903"],
    },
    {
      term: "Title 8",
      definition:
        "The part of the U.S. Code that contains ordinary immigration law. Some Venezuelans flown to El Salvador were removed under Title 8 rather than under the Alien Enemies Act.",
      sourceIds: ["wapo-flight-counts-2025"],
    },
    {
      term: "INL",
      definition:
        "The State Department's Bureau of International Narcotics and Law Enforcement Affairs, which made the $4.76 million grant to El Salvador disclosed in court.",
      sourceIds: ["notus-agreement-2025"],
    },
    {
      term: "Enforced disappearance",
      definition:
        "Detention by or with the backing of a state in which the person's fate or whereabouts are not disclosed. The UN Human Rights Office raised this concern about the men sent to El Salvador.",
      sourceIds: ["reuters-un-2025"],
    },
    {
      term: "Incommunicado detention",
      definition: "Holding a prisoner without contact with family or lawyers.",
      sourceIds: ["hrw-cristosal-2025"],
    },
    {
      term: "Convention Against Torture (CAT)",
      definition:
        "A treaty the United States ratified in 1994. Its Article 3 bars sending a person to a country where there are substantial grounds to believe the person would be tortured.",
      sourceIds: ["cat-treaty", "farra-2242"],
    },
    {
      term: "Stay",
      definition:
        "A court order pausing another order, often while an appeal goes forward. A stay is not a final decision on who is right.",
      sourceIds: ["dhs-v-dvd-stay-2025"],
    },
    {
      term: "Asylum Cooperative Agreement (ACA)",
      definition:
        "A 2019 agreement under which the United States could send certain asylum seekers to a partner country (Guatemala, El Salvador or Honduras) to seek protection there.",
      sourceIds: ["immpolicy-guatemala-aca-2019", "state-dept-aca-2021"],
    },
    {
      term: "Safe Third Country Agreement",
      definition:
        "The 2002 U.S.-Canada agreement under which asylum seekers at the land border generally must ask for protection in whichever of the two countries they reach first.",
      sourceIds: ["stca-2002", "immpolicy-guatemala-aca-2019"],
    },
    {
      term: "Constructive custody",
      definition:
        "Legal control over a person who is physically held by someone else. A federal judge found in December 2025 that the United States kept constructive custody of the men it paid El Salvador to hold.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
  ],
  sections: [
    {
      id: "what-is-third-country",
      heading: "What is a third-country removal?",
      body: `When the United States removes (deports) a non-citizen, it usually sends the person to their own country. A **third-country removal** sends the person somewhere else: to a country that is neither the United States nor their homeland. A 2025 court order described it as removal to a country not named in the person's removal order.

This lesson looks at the best-documented case, the 2025 transfer of Venezuelan men to a prison in El Salvador. It then looks at the court fight over notice before third-country removals, and at older agreements that also sent people to third countries, for a different purpose.`,
      sourceIds: ["dvd-injunction-2025"],
    },
    {
      id: "cecot-and-exception",
      heading: "CECOT and El Salvador's state of exception",
      body: `On March 27, 2022, after about 62 killings attributed to gangs in a single day, El Salvador's Legislative Assembly approved a **state of exception** (*régimen de excepción*). It suspended freedom of association and parts of the right to a legal defense. It extended to 15 days the time a person could be held in administrative detention, and it allowed communications to be intercepted without a court order. The Assembly renewed it again and again. By March 2025, the Associated Press reported more than 84,000 arrests under it. It was still being renewed as of the newest sources for this lesson (late 2025); its status after that may have changed.

President Nayib Bukele inaugurated the **Terrorism Confinement Center** (Centro de Confinamiento del Terrorismo, or **CECOT**) in Tecoluca, in the department of San Vicente, on January 31, 2023. The government says the prison can hold 40,000 inmates and that it was built in about seven months.

Criticism of the crackdown began well before any U.S. transfers. In 2022 reports, the Salvadoran human-rights group Cristosal said it had documented systematic and widespread violations under the state of exception, including mass arbitrary arrests, deaths in custody and torture.`,
      sourceIds: [
        "ljr-state-of-exception-2022",
        "ap-deportation-plan-2025",
        "reuters-cecot-opening-2023",
        "cristosal-2022",
      ],
    },
    {
      id: "march-flights",
      heading: "The March 2025 flights: who was sent, and under which law",
      body: `On March 14, 2025, President Trump signed Proclamation 10903, invoking the **Alien Enemies Act** of 1798. It claimed that the Tren de Aragua gang "is perpetrating, attempting, and threatening an invasion or predatory incursion" against the United States.

On March 15–16, planes carried 261 people to El Salvador, according to figures a White House official gave the *Washington Post*:

- 137 Venezuelans removed under the Alien Enemies Act;
- 101 other Venezuelans removed under ordinary immigration law (**Title 8** of the U.S. Code); and
- 23 Salvadorans the government described as MS-13 gang members.

President Bukele counted differently: 238 alleged Tren de Aragua members and 23 MS-13 members. He said the 238 would be held at CECOT "for a period of one year (renewable)," and that the United States would pay "a very low fee for them, but a high one for us." More Venezuelans arrived in April, bringing the total held at CECOT to 252. Each of these numbers counts a different group, so always ask which group a source means.

Gang membership was the government's allegation, not a court finding. In sworn declarations filed in court that March, lawyers and relatives said many of the men had no ties to the gang and no criminal records, and some said the men had been singled out because of their tattoos. Asked how officials identified gang members, White House press secretary Karoline Leavitt said the administration would not reveal operational details of what she called a counterterrorism operation.`,
      sourceIds: [
        "proclamation-10903",
        "wapo-flight-counts-2025",
        "reuters-arrival-2025",
        "bukele-statement-2025",
        "abc-declarations-2025",
      ],
    },
    {
      id: "payment",
      heading: "What did the United States pay?",
      body: `Two payment figures are widely quoted. They measure different things.

- **About $6 million** is what the Associated Press reported on March 15, 2025, citing internal government memos: the United States would pay about that much to hold roughly 300 alleged gang members for one year, about $20,000 per person. It was a planned amount described before any agreement was public. (A State Department document, the AP reported, suggested that up to $15 million might be set aside.)
- **$4.76 million** is the amount in the written agreement later made public through litigation brought by the group Democracy Forward. It was a grant from the State Department's Bureau of International Narcotics and Law Enforcement Affairs (**INL**) for Salvadoran law-enforcement needs, including the costs of detaining "the 238 TdA members." The agreement barred using the money for legal counseling.

If you want to know what the agreement disclosed in court provided, use $4.76 million and say where it comes from. The $6 million figure is the earlier reported estimate.`,
      sourceIds: ["ap-deportation-plan-2025", "notus-agreement-2025"],
    },
    {
      id: "rights-findings",
      heading: "What human-rights organizations reported",
      body: `On May 13, 2025, the UN Human Rights Office said the fate and whereabouts of at least 245 Venezuelans and about 30 Salvadorans sent to El Salvador were unclear. It said this raised concerns of **enforced disappearance**, and it asked for access to CECOT.

On November 12, 2025, Human Rights Watch and Cristosal published an 81-page report, *"You Have Arrived in Hell."* It drew on interviews with 40 of the Venezuelan men after their release, and with about 150 other people who knew about their treatment, including relatives and lawyers. According to the report:

- the men suffered systematic beatings, and there were at least three cases of sexual violence;
- food and water were poor;
- the men were held **incommunicado**, without contact with family or lawyers, for about four months;
- only about 3 percent of the 252 had U.S. convictions for violent or potentially violent crimes, and about half had no U.S. criminal record.

The groups concluded that the abuses amounted to torture and were not isolated acts. These are the organizations' findings, based on interviews. They are not the findings of a court.`,
      sourceIds: ["reuters-un-2025", "hrw-cristosal-2025"],
    },
    {
      id: "exchange",
      heading: "July 18, 2025: from CECOT to Caracas",
      body: `On July 18, 2025, El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights. In return, Venezuela released 10 U.S. citizens and lawful permanent residents, among them former Navy SEAL Wilbert Joseph Castañeda and Lucas Hunter, along with an unstated number of Venezuelan political prisoners. Some early reports said "about 238" men were sent home; the figure of 252 includes the men who arrived at CECOT in April.

The exchange ended the men's time in CECOT about four months after the March arrivals, well short of the "one year (renewable)" that Bukele had announced. It did not end the U.S. court cases about how they had been removed.`,
      sourceIds: ["npr-exchange-2025", "reuters-arrival-2025"],
    },
    {
      id: "dvd",
      heading: "DHS v. D.V.D.: notice before a third-country removal",
      body: `A separate case tested third-country removals in general. On April 18, 2025, U.S. District Judge Brian Murphy in Massachusetts issued a class-wide preliminary injunction, an order given before a final ruling. Before removing someone to a country not named in their removal order, the government had to give written notice in a language the person understands, and a meaningful chance to raise a claim under the **Convention Against Torture**. U.S. law carries out that treaty. A 1998 statute makes it U.S. policy not to send anyone to likely torture "regardless of whether the person is physically present in the United States."

On May 21, 2025, Murphy found that the government had violated his injunction with a flight bound for South Sudan, and he issued a remedial order. The plane landed in Djibouti, where eight men were held at Camp Lemonnier. Only one of them was from South Sudan.

The Supreme Court then stepped in. On June 23, 2025, by 6–3, it **stayed** Murphy's injunction while the appeal went on. Justice Sotomayor, joined by Justices Kagan and Jackson, dissented. On July 3, by 7–2, the Court said its stay also made the May 21 remedial order unenforceable. Justice Kagan, who had dissented in June, concurred: "I do not see how a district court can compel compliance with an order that this Court has stayed." Justices Sotomayor and Jackson dissented.

These were emergency orders, not a final ruling on the merits. As of the newest sources for this lesson (mid-2025), the merits were unresolved, and the case may have moved since.`,
      sourceIds: [
        "dvd-injunction-2025",
        "bloomberg-dvd-2025",
        "farra-2242",
        "cat-treaty",
        "dhs-v-dvd-stay-2025",
        "dhs-v-dvd-clarification-2025",
      ],
    },
    {
      id: "earlier-agreements",
      heading: "Earlier third-country agreements",
      body: `Sending people to a third country is not new. But the earlier agreements dealt with where a person could *ask for protection*, not where a person would be *imprisoned*.

- **U.S.-Canada Safe Third Country Agreement.** Signed December 5, 2002, and in force December 29, 2004. At the land border, asylum seekers generally must claim protection in whichever of the two countries they reach first, with exceptions such as close family ties. The UN refugee agency, UNHCR, has a monitoring role.
- **Asylum Cooperative Agreements (ACAs).** The United States signed one with Guatemala on July 26, 2019, and similar ones with El Salvador and Honduras in September 2019. Under the Guatemala agreement, the United States could send asylum seekers who had passed through Guatemala, other than Guatemalans, there to seek protection. UNHCR and advocacy groups objected that these countries could not offer real protection. On February 6, 2021, the Biden administration suspended the agreements and began ending them. The State Department said the El Salvador and Honduras agreements had never been put into effect.

The 2025 arrangement was different in kind. The grant disclosed in court paid for Salvadoran law-enforcement needs, including detention in a prison, not for hearing claims for protection.`,
      sourceIds: [
        "stca-2002",
        "immpolicy-guatemala-aca-2019",
        "refugees-intl-2019",
        "state-dept-aca-2021",
        "notus-agreement-2025",
      ],
    },
    {
      id: "as-of-early-2026",
      heading: "Where things stood in early 2026",
      body: `- On December 22, 2025, Chief Judge James Boasberg ruled in *J.G.G. v. Trump* that the 137 men removed under the Alien Enemies Act were sent away with "virtually no notice and no opportunity" to contest it, violating due process. He held that the United States kept **constructive custody** through its paid arrangement with El Salvador, and he ordered a plan by January 5, 2026 to facilitate their return or give them hearings. What followed was not confirmed in this lesson's sources.
- The Supreme Court's stays in *D.V.D.* were in force as of the last sources, with the merits undecided.
- El Salvador's state of exception had been renewed repeatedly through late 2025.

Any of these may have changed after early 2026.`,
      sourceIds: ["jgg-summary-judgment-dec-2025", "dhs-v-dvd-clarification-2025", "hrw-cristosal-2025"],
    },
  ],
  timeline: [
    {
      date: "2002-12-05",
      event: "The United States and Canada sign the Safe Third Country Agreement (in force December 29, 2004).",
      sourceIds: ["stca-2002"],
    },
    {
      date: "2019-07-26",
      event:
        "The United States and Guatemala sign an Asylum Cooperative Agreement; El Salvador and Honduras follow in September 2019.",
      sourceIds: ["immpolicy-guatemala-aca-2019"],
    },
    {
      date: "2021-02-06",
      event: "The Biden administration suspends the Asylum Cooperative Agreements and begins ending them.",
      sourceIds: ["state-dept-aca-2021"],
    },
    {
      date: "2022-03-27",
      event:
        "El Salvador's Legislative Assembly approves a state of exception after about 62 gang killings in one day.",
      sourceIds: ["ljr-state-of-exception-2022"],
    },
    {
      date: "2023-01-31",
      event: "President Bukele inaugurates CECOT in Tecoluca.",
      sourceIds: ["reuters-cecot-opening-2023"],
    },
    {
      date: "2025-03-14",
      event:
        "President Trump signs Proclamation 10903 invoking the Alien Enemies Act (published in the Federal Register March 20).",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2025-03-15",
      event: "Flights leave for El Salvador; the AP reports memos describing a payment of about $6 million.",
      sourceIds: ["wapo-flight-counts-2025", "ap-deportation-plan-2025"],
    },
    {
      date: "2025-03-16",
      event:
        "Bukele announces that 238 alleged Tren de Aragua members have arrived and will be held at CECOT for one year, renewable.",
      sourceIds: ["reuters-arrival-2025", "bukele-statement-2025"],
    },
    {
      date: "2025-04-18",
      event: "Judge Murphy issues a class-wide injunction requiring notice before third-country removals.",
      sourceIds: ["dvd-injunction-2025"],
    },
    {
      date: "2025-05-13",
      event:
        "The UN Human Rights Office says the whereabouts of at least 245 Venezuelans sent to El Salvador are unclear.",
      sourceIds: ["reuters-un-2025"],
    },
    {
      date: "2025-05-21",
      event: "Murphy finds that a flight bound for South Sudan violated his injunction.",
      sourceIds: ["bloomberg-dvd-2025"],
    },
    {
      date: "2025-06-23",
      event: "The Supreme Court stays Murphy's injunction, 6–3.",
      sourceIds: ["dhs-v-dvd-stay-2025"],
    },
    {
      date: "2025-07-03",
      event: "The Supreme Court clarifies, 7–2, that the stay covers the May 21 remedial order.",
      sourceIds: ["dhs-v-dvd-clarification-2025"],
    },
    {
      date: "2025-07-18",
      event:
        "El Salvador sends 252 Venezuelans from CECOT to Caracas; Venezuela frees 10 U.S. citizens and lawful permanent residents.",
      sourceIds: ["npr-exchange-2025"],
    },
    {
      date: "2025-11-12",
      event: 'Human Rights Watch and Cristosal publish "You Have Arrived in Hell."',
      sourceIds: ["hrw-cristosal-2025"],
    },
    {
      date: "2025-12-22",
      event:
        "Judge Boasberg rules that the 137 men were denied due process and that the U.S. kept constructive custody.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
    {
      date: "2026-01-05",
      event:
        "Deadline for the government's plan in J.G.G.; the outcome was not confirmed in this lesson's sources as of early 2026.",
      sourceIds: ["jgg-summary-judgment-dec-2025"],
    },
  ],
  sources: [
    {
      id: "aea-statute",
      kind: "statute",
      title: "Alien Enemies Act",
      citation: "50 U.S.C. §§ 21–24",
      date: "1798-07-06",
      publicDomain: true,
    },
    {
      id: "proclamation-10903",
      kind: "executive-action",
      title: "Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua",
      citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025)",
      publisher: "The White House",
      date: "2025-03-14",
      excerpt: "is perpetrating, attempting, and threatening an invasion or predatory incursion",
      publicDomain: true,
    },
    {
      id: "ljr-state-of-exception-2022",
      kind: "news",
      title:
        "A pedido do presidente Nayib Bukele, Congresso decreta estado de exceção por escalada de crimes em El Salvador",
      citation: "LatAm Journalism Review (2022)",
      url: "https://latamjournalismreview.org/pt-br/news/a-pedido-do-presidente-nayib-bukele-congresso-decreta-estado-de-excecao-por-escalada-de-crimes-em-el-salvador",
      publisher: "LatAm Journalism Review (Knight Center for Journalism in the Americas)",
    },
    {
      id: "reuters-cecot-opening-2023",
      kind: "news",
      title: "Photo report on the opening of El Salvador's CECOT prison in Tecoluca",
      citation: "Reuters Pictures (Feb. 2, 2023)",
      url: "https://pictures.reuters.com/archive/EL-SALVADOR-GANGS-PRISON-RC2B3Z9B0J8R.html",
      publisher: "Reuters",
      date: "2023-02-02",
    },
    {
      id: "cristosal-2022",
      kind: "report",
      title: "Tercer informe situacional de casos de violaciones a derechos humanos durante el régimen de excepción",
      citation: "Cristosal, third situation report on the state of exception (2022)",
      url: "https://cristosal.org/ES/tercer-informe-situacional-de-casos-de-violaciones-a-derechos-humanos-durante-el-regimen-de-excepcion/?amp=1",
      publisher: "Cristosal",
      date: "2022",
    },
    {
      id: "ap-deportation-plan-2025",
      kind: "news",
      title: "US plans to deport about 300 alleged Venezuelan gang members to El Salvador",
      citation: "Associated Press (Mar. 15, 2025), via NBC Boston",
      url: "https://www.nbcboston.com/news/national-international/us-plans-to-deport-about-300-alleged-venezuelan-gang-members-to-el-salvador/3659544/",
      publisher: "Associated Press",
      date: "2025-03-15",
    },
    {
      id: "wapo-flight-counts-2025",
      kind: "news",
      title: "Washington Post report on the removal flights to El Salvador, with White House figures",
      citation: "The Washington Post (Mar. 18, 2025)",
      url: "https://japannews.yomiuri.co.jp/news-services/washingtonpost/20250318-243963",
      publisher: "The Washington Post",
      date: "2025-03-18",
    },
    {
      id: "reuters-arrival-2025",
      kind: "news",
      title: "Alleged Venezuelan gang members deported by U.S. arrive in El Salvador",
      citation: "Reuters (Mar. 16, 2025), via Honolulu Star-Advertiser",
      url: "https://staradvertiser.com/2025/03/16/breaking-news/alleged-venezuelan-gang-members-deported-by-u-s-arrive-in-el-salvador",
      publisher: "Reuters",
      date: "2025-03-16",
    },
    {
      id: "bukele-statement-2025",
      kind: "other",
      title: "Statements by President Nayib Bukele on the arrival of deportees from the United States",
      citation: "Nayib Bukele, posts on X (Mar. 16, 2025)",
      publisher: "Office of the President of El Salvador",
      date: "2025-03-16",
    },
    {
      id: "abc-declarations-2025",
      kind: "news",
      title: "Lawyers say some deported by ICE weren't gang members, were targeted for tattoos",
      citation: "Laura Romero, ABC News (Mar. 21, 2025)",
      url: "https://abc7ny.com/post/lawyers-say-deported-ice-werent-gang-members-were-targeted-tattoos/16062214",
      publisher: "ABC News",
      date: "2025-03-21",
    },
    {
      id: "notus-agreement-2025",
      kind: "news",
      title: "Report on the U.S.-El Salvador grant agreement disclosed in a court filing",
      citation: "NOTUS (2025)",
      url: "https://www.notus.org/courts/el-salvador-court-filing-cecot-agreement",
      publisher: "NOTUS",
      date: "2025",
    },
    {
      id: "reuters-un-2025",
      kind: "news",
      title: "Deported Venezuelans believed held at El Salvador mega-prison, UN says",
      citation: "Reuters (May 13, 2025)",
      url: "https://our.today/deported-venezuelans-believed-held-at-el-salvador-mega-prison-un-says",
      publisher: "Reuters",
      date: "2025-05-13",
    },
    {
      id: "hrw-cristosal-2025",
      kind: "report",
      title: '"You Have Arrived in Hell"',
      citation: "Human Rights Watch and Cristosal, report (Nov. 12, 2025)",
      publisher: "Human Rights Watch; Cristosal",
      date: "2025-11-12",
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
    {
      id: "dvd-injunction-2025",
      kind: "case",
      title: "D.V.D. v. Department of Homeland Security, order granting a class-wide preliminary injunction",
      citation: "D.V.D. v. DHS (D. Mass. Apr. 18, 2025) (Murphy, J.)",
      publisher: "U.S. District Court for the District of Massachusetts",
      date: "2025-04-18",
      publicDomain: true,
    },
    {
      id: "bloomberg-dvd-2025",
      kind: "news",
      title: "Supreme Court clears Trump to send migrants to South Sudan",
      citation: "Bloomberg Law (2025)",
      url: "https://news.bgov.com/us-law-week/supreme-court-clears-trump-to-send-migrants-to-south-sudan",
      publisher: "Bloomberg Law",
      date: "2025",
    },
    {
      id: "dhs-v-dvd-stay-2025",
      kind: "case",
      title: "Department of Homeland Security v. D.V.D. (order granting stay)",
      citation: "DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-06-23",
      publicDomain: true,
    },
    {
      id: "dhs-v-dvd-clarification-2025",
      kind: "case",
      title: "Department of Homeland Security v. D.V.D. (order clarifying the stay), Kagan, J., concurring",
      citation: "DHS v. D.V.D., No. 24A1153 (U.S. July 3, 2025)",
      publisher: "Supreme Court of the United States",
      date: "2025-07-03",
      excerpt: "I do not see how a district court can compel compliance with an order that this Court has stayed",
      publicDomain: true,
    },
    {
      id: "farra-2242",
      kind: "statute",
      title: "Foreign Affairs Reform and Restructuring Act of 1998, section 2242",
      citation: "Pub. L. No. 105-277, § 2242, 112 Stat. 2681-822 (1998)",
      date: "1998-10-21",
      excerpt: "regardless of whether the person is physically present in the United States",
      publicDomain: true,
    },
    {
      id: "cat-treaty",
      kind: "treaty",
      title: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, Article 3",
      citation: "Convention Against Torture, art. 3 (ratified by the United States Oct. 21, 1994)",
      publisher: "United Nations",
    },
    {
      id: "stca-2002",
      kind: "treaty",
      title: "U.S.-Canada Safe Third Country Agreement",
      citation: "Agreement between the United States and Canada, signed Dec. 5, 2002 (in force Dec. 29, 2004)",
      date: "2002-12-05",
    },
    {
      id: "immpolicy-guatemala-aca-2019",
      kind: "report",
      title: "DHS signs third-country agreement to deport migrants to Guatemala",
      citation: "Immigration Policy Tracking Project (2019)",
      url: "https://immpolicytracking.org/policies/dhs-signs-third-country-agreement-to-deport-migrants-to-guatemala/",
      publisher: "Immigration Policy Tracking Project",
    },
    {
      id: "refugees-intl-2019",
      kind: "report",
      title: "Refugees International opposes Asylum Cooperative Agreements with Guatemala, El Salvador, and Honduras",
      citation: "Refugees International (Dec. 23, 2019)",
      url: "https://www.refugeesinternational.org/reports/2019/12/23/refugees-international-opposes-asylum-cooperative-agreements-with-guatemala-el-salvador-and-honduras",
      publisher: "Refugees International",
      date: "2019-12-23",
    },
    {
      id: "state-dept-aca-2021",
      kind: "executive-action",
      title:
        "Suspending and Terminating the Asylum Cooperative Agreements with the Governments of El Salvador, Guatemala, and Honduras",
      citation: "U.S. Department of State, press statement (Feb. 6, 2021)",
      url: "https://www.state.gov/suspending-and-terminating-the-asylum-cooperative-agreements-with-the-governments-el-salvador-guatemala-and-honduras/",
      publisher: "U.S. Department of State",
      date: "2021-02-06",
      publicDomain: true,
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
      id: "ap-custody-hearing-2025",
      kind: "news",
      title: "Judge seeks more information from Trump administration about prison deal with El Salvador",
      citation: "Michael Kunzelman and Nicholas Riccardi, Associated Press (May 8, 2025)",
      url: "https://archives.lincolndailynews.com/2025/May/08/NEWS/news_y.shtml",
      publisher: "Associated Press",
      date: "2025-05-08",
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
  ],
  perspectives: [
    {
      id: "us-government",
      label: "The U.S. government",
      argument: `The administration's proclamation said Tren de Aragua "is perpetrating, attempting, and threatening an invasion or predatory incursion" against the United States, and it presented the men it sent to El Salvador as members of that gang. The White House declined to explain how individuals were identified, calling the removals a counterterrorism operation whose details it would not reveal. In court, the Justice Department argued that once the men were in El Salvador they were in neither the actual nor the constructive custody of the United States, because El Salvador is a sovereign country that makes its own detention decisions. On third-country removals generally, the government asked the Supreme Court to pause Judge Murphy's notice requirements, and the Court did so in June 2025.`,
      sourceIds: ["proclamation-10903", "abc-declarations-2025", "lawcrime-custody-filing-2025", "dhs-v-dvd-stay-2025"],
    },
    {
      id: "salvadoran-government",
      label: "The Salvadoran government",
      argument: `El Salvador's government adopted its state of exception in March 2022 after a day of about 62 killings attributed to gangs, and it says CECOT, opened in January 2023, can hold 40,000 inmates. President Bukele announced the March 2025 arrivals as Tren de Aragua and MS-13 members, said the Venezuelans would be held for "one year (renewable)," and described the U.S. payment as "a very low fee for them, but a high one for us." In July 2025 his government sent the Venezuelans to Caracas in an exchange that freed 10 U.S. citizens and lawful permanent residents held in Venezuela.`,
      sourceIds: [
        "ljr-state-of-exception-2022",
        "reuters-cecot-opening-2023",
        "reuters-arrival-2025",
        "bukele-statement-2025",
        "npr-exchange-2025",
      ],
    },
    {
      id: "lawyers-and-families",
      label: "The detainees' lawyers and families",
      argument: `In sworn declarations filed in March 2025, lawyers and relatives said many of the men had no ties to Tren de Aragua and no criminal records, and some believed the men were singled out for their tattoos. The ACLU, representing the men removed under the Alien Enemies Act, asked the court to order their return, arguing that the United States still controlled their fate because it was paying El Salvador to hold them. Judge Boasberg later agreed that the U.S. kept constructive custody and found that the 137 men had virtually no chance to contest their removal.`,
      sourceIds: ["abc-declarations-2025", "ap-custody-hearing-2025", "jgg-summary-judgment-dec-2025"],
    },
    {
      id: "rights-organizations",
      label: "Human-rights organizations",
      argument: `Cristosal reported systematic violations under the state of exception as early as 2022. The UN Human Rights Office warned in May 2025 that the unknown whereabouts of the men raised concerns of enforced disappearance. Human Rights Watch and Cristosal reported in November 2025, based on interviews, that the Venezuelans were beaten, held incommunicado for months and tortured, and that only about 3 percent had U.S. convictions for violent or potentially violent crimes. Earlier, UNHCR and advocacy groups had objected to the 2019 Asylum Cooperative Agreements on the ground that the partner countries could not protect refugees.`,
      sourceIds: ["cristosal-2022", "reuters-un-2025", "hrw-cristosal-2025", "refugees-intl-2019"],
    },
  ],
  discussionQuestions: [
    "The U.S. government said the men in El Salvador were in Salvadoran custody; a federal judge found the U.S. kept constructive custody. What facts about an arrangement should decide who is responsible for a prisoner held abroad?",
    "Asylum Cooperative Agreements sent people to seek protection elsewhere; the 2025 grant paid for detention. Should the law treat these kinds of third-country transfers differently? Why or why not?",
    "Human-rights organizations based their findings on interviews with former detainees and their families. How should a reader weigh such reports alongside government statements, and what other evidence would help?",
    "Several numbers (261, 238, 137, 252; $6 million and $4.76 million) describe the same events. Why might governments, reporters and advocates each prefer a different number?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.3.9-12",
      description:
        "Analyze how laws, treaties and international agreements, such as asylum agreements and the Convention Against Torture, shape national and international order.",
    },
    {
      framework: "C3",
      code: "D2.Civ.10.9-12",
      description:
        "Analyze how people's interests and perspectives affect the way constitutional rights and human rights are applied.",
    },
    {
      framework: "C3",
      code: "D2.Civ.13.9-12",
      description:
        "Evaluate public policies, such as third-country removal arrangements, in terms of intended and unintended outcomes.",
    },
    {
      framework: "C3",
      code: "D3.1.9-12",
      description:
        "Gather information from sources representing a range of views, using each source's origin, authority and context to judge how to use it.",
    },
  ],
  questions: [
    {
      id: "inl-grant-amount",
      type: "numeric",
      prompt:
        "The written U.S.-El Salvador agreement disclosed in court provided a grant from the State Department's Bureau of International Narcotics and Law Enforcement Affairs (INL). How large was that grant, in millions of U.S. dollars?",
      difficulty: 2,
      objectiveIds: ["describe-arrangement"],
      sourceIds: ["notus-agreement-2025", "ap-deportation-plan-2025"],
      unit: "million US$",
      answer: { value: 4.76, tolerance: 0.01 },
      nearMisses: [
        {
          answer: { value: 6, tolerance: 0.05 },
          fraction: 0,
          feedback:
            "$6 million is what the AP reported in March 2025 from internal memos, before the agreement was public. The question asks about the agreement disclosed in court.",
        },
        {
          answer: { value: 15, tolerance: 0.05 },
          fraction: 0,
          feedback:
            "$15 million is what one State Department document suggested might be set aside, according to the AP. It is not the grant amount.",
        },
      ],
      hints: [
        "The question asks for the amount in the written agreement, not the figure reported before it was public.",
      ],
      explanation:
        "The agreement made public through Democracy Forward's litigation showed a $4.76 million INL grant for Salvadoran law-enforcement needs, including costs of detaining 'the 238 TdA members.' The $6 million figure is real but measures something else: the AP's March 2025 report of a planned payment described in memos.",
    },
    {
      id: "who-said-it-cecot",
      type: "categorize",
      prompt: "Sort each claim or finding by who made it.",
      difficulty: 2,
      objectiveIds: ["attribute-claims"],
      sourceIds: [
        "proclamation-10903",
        "lawcrime-custody-filing-2025",
        "reuters-arrival-2025",
        "bukele-statement-2025",
        "abc-declarations-2025",
        "reuters-un-2025",
        "hrw-cristosal-2025",
        "jgg-summary-judgment-dec-2025",
      ],
      explanation:
        "The invasion claim comes from the U.S. proclamation, and the no-custody argument from the Justice Department. The one-year detention and the 'very low fee' line are President Bukele's. Lawyers and relatives made the tattoo and no-gang-ties claims in sworn declarations. The UN Human Rights Office raised the whereabouts concern, and Human Rights Watch and Cristosal reported the 3 percent figure. The due-process and constructive-custody conclusions are a federal judge's ruling. Keeping these apart matters: a ruling binds the parties, while the others are claims or findings of their authors.",
      categories: [
        { id: "us-government", text: "U.S. government" },
        { id: "salvadoran-government", text: "Salvadoran government" },
        { id: "lawyers-families", text: "Detainees' lawyers and relatives" },
        { id: "rights-groups", text: "Human-rights organizations and UN bodies" },
        { id: "us-court", text: "A U.S. federal court" },
      ],
      items: [
        {
          id: "invasion-claim",
          text: "Tren de Aragua is perpetrating an invasion or predatory incursion against the United States.",
          categoryId: "us-government",
        },
        {
          id: "sovereign-custody",
          text: "Men held in El Salvador are in neither actual nor constructive U.S. custody.",
          categoryId: "us-government",
        },
        {
          id: "one-year",
          text: "The men will be held at CECOT for one year, renewable.",
          categoryId: "salvadoran-government",
        },
        {
          id: "low-fee",
          text: "The U.S. is paying a very low fee for them, but a high one for us.",
          categoryId: "salvadoran-government",
        },
        {
          id: "tattoos",
          text: "Many of the men had no gang ties and were singled out because of their tattoos.",
          categoryId: "lawyers-families",
        },
        {
          id: "whereabouts",
          text: "The fate and whereabouts of at least 245 Venezuelans are unclear, raising concerns of enforced disappearance.",
          categoryId: "rights-groups",
        },
        {
          id: "three-percent",
          text: "Only about 3 percent of the 252 had U.S. convictions for violent or potentially violent crimes.",
          categoryId: "rights-groups",
        },
        {
          id: "due-process-ruling",
          text: "The 137 men were removed with virtually no notice, violating due process, and the U.S. kept constructive custody.",
          categoryId: "us-court",
        },
      ],
    },
    {
      id: "numbers-and-what-they-measure",
      type: "matching",
      prompt:
        "Several numbers describe the 2025 transfers. Match each number to what it measures. One description is not used.",
      difficulty: 3,
      objectiveIds: ["describe-arrangement"],
      sourceIds: [
        "wapo-flight-counts-2025",
        "reuters-arrival-2025",
        "npr-exchange-2025",
        "ap-deportation-plan-2025",
        "notus-agreement-2025",
      ],
      hints: ["One number includes men who arrived at CECOT in April."],
      explanation:
        "261 was everyone flown on March 15–16 (White House figures to the Washington Post). 137 were removed under the Alien Enemies Act. 238 was Bukele's count of alleged Tren de Aragua members arriving March 16. 252 counts all Venezuelans held at CECOT, including April arrivals, who were sent to Venezuela in July. $6 million was the AP's March report from memos; $4.76 million was the grant in the agreement disclosed in court. The unused description, Salvadorans described as MS-13 members, fits the number 23, which is not listed.",
      premises: [
        { id: "n261", text: "261" },
        { id: "n137", text: "137" },
        { id: "n238", text: "238" },
        { id: "n252", text: "252" },
        { id: "usd6m", text: "$6 million" },
        { id: "usd476m", text: "$4.76 million" },
      ],
      responses: [
        { id: "all-flown", text: "Everyone flown to El Salvador on March 15–16, 2025, per White House figures" },
        { id: "aea-removed", text: "Venezuelans removed under the Alien Enemies Act" },
        { id: "bukele-count", text: "Alleged Tren de Aragua members arriving March 16, per President Bukele" },
        {
          id: "sent-to-venezuela",
          text: "All Venezuelans held at CECOT, including April arrivals, later sent to Venezuela",
        },
        { id: "memo-estimate", text: "The payment reported in March 2025 from internal memos" },
        { id: "grant-amount", text: "The INL grant in the agreement disclosed in court" },
        {
          id: "salvadorans-ms13",
          text: "Salvadorans flown to El Salvador on March 15–16 and described as MS-13 members",
        },
      ],
      pairs: {
        n261: "all-flown",
        n137: "aea-removed",
        n238: "bukele-count",
        n252: "sent-to-venezuela",
        usd6m: "memo-estimate",
        usd476m: "grant-amount",
      },
    },
    {
      id: "third-country-definition",
      type: "single-choice",
      prompt:
        "Scenario: An immigration judge orders a Honduran man removed to Honduras. Officials instead plan to fly him to a different country that has agreed to accept him. What is this called?",
      difficulty: 1,
      objectiveIds: ["explain-dvd"],
      sourceIds: ["dvd-injunction-2025"],
      explanation:
        "Sending someone to a country other than the one named in the removal order (here, other than Honduras) is a third-country removal. Judge Murphy's April 2025 injunction required written notice and a chance to raise a torture claim before such removals; the Supreme Court stayed it. Extradition is a different process, used to send a person to face criminal charges.",
      choices: [
        { id: "third-country", text: "A third-country removal", correct: true },
        {
          id: "extradition",
          text: "Extradition",
          feedback:
            "Extradition sends someone to face criminal proceedings at a country's request; it is not the term for removal to a substitute country.",
        },
        {
          id: "voluntary-departure",
          text: "Voluntary departure",
          feedback: "Voluntary departure means the person leaves on their own; here officials choose the destination.",
        },
        {
          id: "asylum",
          text: "A grant of asylum",
          feedback: "Asylum is protection from removal, the opposite of what happens here.",
        },
      ],
    },
    {
      id: "cecot-built-for-transfers",
      type: "true-false",
      prompt:
        'Claim check: "El Salvador built CECOT to hold the people the United States sent there in 2025." True or false?',
      difficulty: 1,
      objectiveIds: ["describe-arrangement"],
      sourceIds: ["reuters-cecot-opening-2023", "ljr-state-of-exception-2022"],
      answer: false,
      explanation:
        "CECOT was inaugurated on January 31, 2023, more than two years before the U.S. transfers and about ten months after El Salvador's state of exception began in March 2022. The government says it can hold 40,000 inmates.",
      feedbackTrue: "Check the dates: CECOT opened in January 2023, long before the March 2025 flights.",
    },
    {
      id: "state-of-exception-measures",
      type: "multiple-choice",
      prompt:
        "Which measures were part of El Salvador's state of exception approved in March 2022? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["describe-arrangement"],
      sourceIds: ["ljr-state-of-exception-2022"],
      scoring: "right-minus-wrong",
      explanation:
        "The state of exception suspended freedom of association and parts of the right to a defense, extended administrative detention to 15 days, and allowed communications to be intercepted without a court order. It did not cancel elections or transfer control of Salvadoran prisons to the United States; those are plausible-sounding but unsupported.",
      choices: [
        { id: "association", text: "Suspending freedom of association", correct: true },
        { id: "defense", text: "Suspending parts of the right to a legal defense", correct: true },
        { id: "fifteen-days", text: "Extending administrative detention to 15 days", correct: true },
        { id: "intercepts", text: "Allowing communications to be intercepted without a court order", correct: true },
        {
          id: "elections",
          text: "Cancelling national elections",
          feedback: "No source describes this as part of the state of exception.",
        },
        {
          id: "us-control",
          text: "Placing Salvadoran prisons under U.S. control",
          feedback:
            "The state of exception was a Salvadoran measure from 2022; it had nothing to do with U.S. control.",
        },
      ],
    },
    {
      id: "bukele-detention-term",
      type: "single-choice",
      prompt:
        "On March 16, 2025, what did President Bukele say about how long the 238 arrivals would be held at CECOT?",
      difficulty: 1,
      objectiveIds: ["describe-arrangement", "attribute-claims"],
      sourceIds: ["reuters-arrival-2025", "bukele-statement-2025", "npr-exchange-2025"],
      explanation:
        'Bukele said the men would be held "for a period of one year (renewable)." In fact they left CECOT on July 18, 2025, about four months later, in the exchange with Venezuela.',
      choices: [
        { id: "one-year-renewable", text: "For one year, renewable", correct: true },
        {
          id: "until-trial",
          text: "Until Salvadoran courts tried them",
          feedback: "Bukele did not describe a trial; he announced a one-year, renewable period.",
        },
        { id: "life", text: "For life", feedback: "He gave a term: one year, renewable." },
        {
          id: "ninety-days",
          text: "For 90 days while the United States reviewed their cases",
          feedback: "No such review period was announced.",
        },
      ],
    },
    {
      id: "enforced-disappearance-term",
      type: "short-text",
      prompt:
        "In May 2025 the UN Human Rights Office said the unknown fate and whereabouts of Venezuelans sent to El Salvador raised concerns of what? Give the two-word term.",
      difficulty: 2,
      objectiveIds: ["attribute-claims"],
      sourceIds: ["reuters-un-2025"],
      explanation:
        "The UN office raised concerns of enforced disappearance: detention by or with the backing of a state where the person's fate or whereabouts are not disclosed. 'Incommunicado detention' is related but different. It means no contact with family or lawyers, and it was among Human Rights Watch and Cristosal's later findings.",
      answers: [
        { text: "enforced disappearance" },
        { text: "enforced disappearances" },
        { text: "forced disappearance", fraction: 0.75, feedback: "Close; the UN term is 'enforced disappearance.'" },
        {
          text: "incommunicado detention",
          fraction: 0.25,
          feedback:
            "Related, but that was a finding of the November 2025 report. The UN's May 2025 concern was enforced disappearance.",
        },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "report-findings-attribution",
      type: "single-choice",
      prompt:
        "Which sentence reports the November 2025 Human Rights Watch and Cristosal findings accurately and fairly?",
      difficulty: 2,
      objectiveIds: ["attribute-claims"],
      sourceIds: ["hrw-cristosal-2025"],
      explanation:
        "The accurate sentence names who made the findings, what they were based on, and the figures the report gave. The other choices either turn the organizations' findings into a court ruling, change the numbers, or drop the attribution.",
      choices: [
        {
          id: "attributed",
          text: "Based on interviews, Human Rights Watch and Cristosal reported systematic beatings and about four months of incommunicado detention, and called the abuses torture.",
          correct: true,
        },
        {
          id: "court-finding",
          text: "A U.S. court found in November 2025 that the men were tortured at CECOT.",
          feedback: "The November 2025 findings came from two organizations, not a court.",
        },
        {
          id: "all-convicted",
          text: "The report found that most of the 252 men had U.S. convictions for violent crimes.",
          feedback:
            "The report said only about 3 percent had such convictions, and about half had no U.S. criminal record.",
        },
        {
          id: "unattributed",
          text: "The men were tortured at CECOT, as everyone now agrees.",
          feedback:
            "This drops the attribution and claims agreement that no source shows. Findings should be credited to those who made them.",
        },
      ],
    },
    {
      id: "cecot-timeline",
      type: "ordering",
      prompt: "Put these events in chronological order.",
      difficulty: 2,
      objectiveIds: ["describe-arrangement", "explain-dvd"],
      sourceIds: [
        "ljr-state-of-exception-2022",
        "reuters-cecot-opening-2023",
        "wapo-flight-counts-2025",
        "dhs-v-dvd-stay-2025",
        "npr-exchange-2025",
        "hrw-cristosal-2025",
        "jgg-summary-judgment-dec-2025",
      ],
      scoring: "kendall-tau",
      explanation:
        "The state of exception (March 2022) came before CECOT opened (January 2023). The flights followed in March 2025, and the Supreme Court's stay in D.V.D. came in June 2025. The men were sent to Venezuela on July 18, 2025, before the November 2025 report and the December 2025 ruling. That last point explains why the report could include interviews with released men, and why the judge's order to facilitate return or hearings came after most of the men were already in Venezuela.",
      items: [
        { id: "exception", text: "El Salvador approves its state of exception" },
        { id: "cecot-opens", text: "CECOT is inaugurated in Tecoluca" },
        { id: "flights", text: "U.S. flights carry 261 people to El Salvador" },
        { id: "dvd-stay", text: "The Supreme Court stays the D.V.D. notice injunction" },
        { id: "exchange", text: "252 Venezuelans are flown from CECOT to Caracas" },
        { id: "report", text: "Human Rights Watch and Cristosal publish their report" },
        { id: "ruling", text: "Judge Boasberg rules that the U.S. kept constructive custody" },
      ],
      correctOrder: ["exception", "cecot-opens", "flights", "dvd-stay", "exchange", "report", "ruling"],
    },
    {
      id: "kagan-concurrence-excerpt",
      type: "single-choice",
      prompt:
        'Read Justice Kagan\'s July 3, 2025 concurrence in *DHS v. D.V.D.*: "I do not see how a district court can compel compliance with an order that this Court has stayed." Kagan had dissented from the June 23 stay. What is the best reading of her July 3 position?',
      difficulty: 3,
      objectiveIds: ["explain-dvd"],
      sourceIds: ["dhs-v-dvd-clarification-2025", "dhs-v-dvd-stay-2025"],
      excerptSourceId: "dhs-v-dvd-clarification-2025",
      hints: [
        "Her sentence is about which court's order controls, not about whether third-country removals are lawful.",
      ],
      explanation:
        "Kagan's point concerns the courts' own hierarchy: once the Supreme Court has stayed an injunction, a lower court cannot enforce a remedial order that depends on it. That is why she could dissent in June and concur in July. The tempting wrong answer says she changed her mind about the merits, but neither order decided the merits.",
      choices: [
        {
          id: "hierarchy",
          text: "Even though she disagreed with the stay, a lower court cannot enforce an order the Supreme Court has paused.",
          correct: true,
        },
        {
          id: "merits-change",
          text: "She now agreed that third-country removals without notice are lawful.",
          feedback: "Her sentence is about enforcing stayed orders; the Court did not decide the merits.",
        },
        {
          id: "keep-enforcing",
          text: "The district court should keep enforcing its remedial order until the appeal ends.",
          feedback: "That is the opposite of what she wrote.",
        },
        {
          id: "no-jurisdiction",
          text: "District courts have no jurisdiction over immigration cases.",
          feedback: "She said nothing of the kind; the issue was the effect of the Supreme Court's stay.",
        },
      ],
    },
    {
      id: "dvd-merits-claim",
      type: "true-false",
      prompt:
        'Claim check: "In *DHS v. D.V.D.* (2025), the Supreme Court ruled on the merits that the government may carry out third-country removals without notice." True or false?',
      difficulty: 2,
      objectiveIds: ["explain-dvd"],
      sourceIds: ["dhs-v-dvd-stay-2025", "dhs-v-dvd-clarification-2025"],
      answer: false,
      explanation:
        "The June 23 and July 3, 2025 orders stayed Judge Murphy's injunction and clarified the stay's reach while the appeal continued. Stays are not merits decisions. As of the newest sources for this lesson, the merits were unresolved, though the practical effect was that the notice requirements were not in force.",
      feedbackTrue: "The orders were stays, which pause an injunction; they did not decide who wins on the merits.",
    },
    {
      id: "farra-excerpt-cloze",
      type: "cloze",
      prompt:
        "Read the excerpt from section 2242 of the Foreign Affairs Reform and Restructuring Act of 1998 in the sources, then complete the sentence.",
      difficulty: 2,
      objectiveIds: ["explain-dvd"],
      sourceIds: ["farra-2242", "cat-treaty", "dvd-injunction-2025"],
      excerptSourceId: "farra-2242",
      explanation:
        'Section 2242 carries out the Convention Against Torture. It makes it U.S. policy not to return anyone to a country where they would likely be tortured, "regardless of whether the person is physically present in the United States." That phrase is why the rule can matter for someone already outside the country, such as a person held abroad before being sent on. Judge Murphy\'s injunction built on the same treaty by requiring a chance to raise a CAT claim before a third-country removal.',
      text: "The 1998 law carries out the {{treaty}}. It makes it U.S. policy not to send anyone to likely torture, regardless of whether the person is {{presence}} in the United States.",
      blanks: [
        {
          id: "treaty",
          kind: "choice",
          choices: [
            { id: "cat", text: "Convention Against Torture", correct: true },
            { id: "geneva", text: "Geneva Conventions" },
            { id: "stca", text: "Safe Third Country Agreement" },
          ],
        },
        {
          id: "presence",
          kind: "choice",
          choices: [
            { id: "physically-present", text: "physically present", correct: true },
            { id: "lawfully-admitted", text: "lawfully admitted" },
            { id: "a-citizen", text: "a citizen" },
          ],
        },
      ],
    },
    {
      id: "stca-first-country",
      type: "true-false",
      prompt:
        "True or false: Under the U.S.-Canada Safe Third Country Agreement, asylum seekers at the land border generally must ask for protection in whichever of the two countries they reach first.",
      difficulty: 1,
      objectiveIds: ["compare-agreements"],
      sourceIds: ["stca-2002", "immpolicy-guatemala-aca-2019"],
      answer: true,
      explanation:
        "That is the core rule of the agreement, signed December 5, 2002 and in force since December 29, 2004, with exceptions such as close family ties. UNHCR has a monitoring role. Note what it does not do: it does not send anyone to prison. It decides which country hears the asylum claim.",
      feedbackFalse:
        "The first-country rule is the heart of the agreement, subject to exceptions such as close family ties.",
    },
    {
      id: "compare-agreements-cecot",
      type: "single-choice",
      prompt:
        "Which statement best describes how the 2025 CECOT arrangement differed from the 2019 Asylum Cooperative Agreements and the U.S.-Canada Safe Third Country Agreement?",
      difficulty: 2,
      objectiveIds: ["compare-agreements"],
      sourceIds: ["notus-agreement-2025", "immpolicy-guatemala-aca-2019", "stca-2002", "state-dept-aca-2021"],
      explanation:
        "The ACAs and the Safe Third Country Agreement concerned where a person could seek protection. The 2025 grant funded Salvadoran law-enforcement needs, including detaining the men in a prison. The tempting wrong answer, that the earlier agreements were never used, is too broad: the State Department said only the El Salvador and Honduras ACAs were never put into effect, and the Canada agreement has been in force since December 2004.",
      choices: [
        {
          id: "detention-vs-protection",
          text: "The earlier agreements dealt with where people could seek protection; the 2025 grant paid for detention in a prison.",
          correct: true,
        },
        {
          id: "never-used",
          text: "The earlier agreements were never used, while the 2025 arrangement was.",
          feedback: "The State Department said only the El Salvador and Honduras ACAs were never implemented.",
        },
        {
          id: "all-canada",
          text: "All of them were agreements with Canada.",
          feedback: "The ACAs were with Guatemala, El Salvador and Honduras.",
        },
        {
          id: "same-purpose",
          text: "They had the same purpose; only the partner countries differed.",
          feedback: "The purposes differed: seeking protection versus detention.",
        },
      ],
    },
    {
      id: "exchange-facts",
      type: "multiple-choice",
      prompt: "Which statements about the July 18, 2025 exchange are supported by the sources? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["describe-arrangement"],
      sourceIds: ["npr-exchange-2025"],
      scoring: "right-minus-wrong",
      explanation:
        "El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights, and Venezuela freed 10 U.S. citizens and lawful permanent residents, including Wilbert Joseph Castañeda and Lucas Hunter, along with an unstated number of Venezuelan political prisoners. The men were sent to Venezuela, not to the United States, and the exchange did not end the U.S. litigation.",
      choices: [
        {
          id: "two-flights",
          text: "El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights.",
          correct: true,
        },
        { id: "ten-freed", text: "Venezuela freed 10 U.S. citizens and lawful permanent residents.", correct: true },
        {
          id: "political-prisoners",
          text: "Venezuelan political prisoners were also released, in a number the sources do not state.",
          correct: true,
        },
        {
          id: "sent-to-us",
          text: "The Venezuelan men were flown back to the United States for hearings.",
          feedback: "They were sent to Venezuela.",
        },
        {
          id: "ended-litigation",
          text: "The exchange ended the U.S. court case about their removal.",
          feedback: "Judge Boasberg ruled on their case in December 2025, after the exchange.",
        },
      ],
    },
    {
      id: "proclamation-excerpt",
      type: "single-choice",
      prompt:
        'Proclamation 10903 says Tren de Aragua "is perpetrating, attempting, and threatening an invasion or predatory incursion." Why does the proclamation use this wording?',
      difficulty: 3,
      objectiveIds: ["attribute-claims"],
      sourceIds: ["proclamation-10903", "aea-statute"],
      excerptSourceId: "proclamation-10903",
      explanation:
        "The Alien Enemies Act applies only during a declared war or an invasion or predatory incursion by a foreign nation or government, so the proclamation's wording tracks the statute's trigger. That is the President's claim; whether a gang's activity can meet the test is a contested legal question. The choices saying Congress declared war, or that a court had already agreed, state things no source supports.",
      choices: [
        {
          id: "tracks-trigger",
          text: "It repeats the statute's trigger, because the Act applies only in a declared war or an invasion or predatory incursion.",
          correct: true,
        },
        {
          id: "declared-war",
          text: "It records that Congress had declared war on Venezuela.",
          feedback: "No declaration of war was made; the proclamation relied on the invasion language instead.",
        },
        {
          id: "court-finding",
          text: "It quotes a court's finding that the gang had invaded the United States.",
          feedback: "This is the President's own assertion in the proclamation, not a court finding.",
        },
        {
          id: "treaty-term",
          text: "It uses a term defined in the Convention Against Torture.",
          feedback: "The phrase comes from the Alien Enemies Act, not the torture treaty.",
        },
      ],
    },
  ],
} satisfies Lesson;
