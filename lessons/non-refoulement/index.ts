import type { Lesson } from "civics-lessons";

/**
 * Teaches the principle of non-refoulement, its treaty and statutory sources in U.S. law, how asylum, withholding of removal and CAT protection differ, and the debate over diplomatic assurances.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/non-refoulement";
 * lesson.title
 * //=> "Non-Refoulement: The Rule Against Sending People Into Danger"
 */
export const lesson = {
  id: "non-refoulement",
  version: "1.0.0",
  title: "Non-Refoulement: The Rule Against Sending People Into Danger",
  summary:
    "Students trace the rule against returning people to persecution or torture from the 1951 Refugee Convention, the 1967 Protocol and the Convention Against Torture into U.S. statutes, compare asylum, withholding of removal and CAT protection, and weigh arguments about diplomatic assurances.",
  topic: "detainee-transfers",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Non-Refoulement: The Rule Against Sending People Into Danger" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "identify-sources",
      text: "Identify the treaties and U.S. statutes that carry the non-refoulement principle into U.S. law and what each one requires.",
    },
    {
      id: "compare-protections",
      text: "Compare asylum, withholding of removal and Convention Against Torture protection by what must be shown, how likely harm must be, and what the person receives.",
    },
    {
      id: "apply-to-cases",
      text: "Apply the rules to scenarios and to real cases such as Sale, Khouzam and Abrego Garcia.",
    },
    {
      id: "evaluate-assurances",
      text: "Evaluate the arguments for and against relying on diplomatic assurances, and about how much courts should review them.",
    },
  ],
  keyTerms: [
    {
      term: "Non-refoulement",
      definition:
        'The principle that a country may not send a person to a place where they would face persecution or torture. It comes from the French verb refouler, used in the treaty texts alongside "return."',
      sourceIds: ["refugee-convention", "cat", "sale-v-haitian-centers"],
    },
    {
      term: "Refugee",
      definition:
        "Under the 1951 Convention, a person outside their country who has a well-founded fear of persecution because of race, religion, nationality, membership of a particular social group or political opinion.",
      sourceIds: ["refugee-convention", "cardoza-fonseca"],
    },
    {
      term: "Protected grounds",
      definition:
        "The five reasons for persecution that refugee law covers: race, religion, nationality, membership of a particular social group, and political opinion.",
      sourceIds: ["refugee-convention", "ina-withholding"],
    },
    {
      term: "Accession",
      definition:
        "Joining a treaty that other countries have already made. The United States acceded to the 1967 Protocol, effective November 1, 1968.",
      sourceIds: ["refugee-protocol"],
    },
    {
      term: "Asylum",
      definition:
        "A discretionary grant of protection to a person who shows a well-founded fear of persecution on a protected ground. It can lead to permanent residence.",
      sourceIds: ["nolo-asylum-comparison", "cardoza-fonseca", "ina-withholding"],
    },
    {
      term: "Withholding of removal",
      definition:
        "A mandatory bar, under 8 U.S.C. § 1231(b)(3), on removing a person to a country where their life or freedom would more likely than not be threatened on a protected ground.",
      sourceIds: ["ina-withholding", "nolo-asylum-comparison"],
    },
    {
      term: "CAT protection",
      definition:
        "Protection under the Convention Against Torture, as carried out by FARRA § 2242 and federal regulations, for a person who would more likely than not be tortured in the country of removal. No protected ground is required.",
      sourceIds: ["cat", "farra-2242", "cat-regulations", "crs-cat-implementation"],
    },
    {
      term: "Deferral of removal",
      definition:
        "A more limited form of CAT protection that can still shield some people who are barred from withholding of removal, for example because of serious crimes.",
      sourceIds: ["cat-regulations", "farra-2242"],
    },
    {
      term: "Torture",
      definition:
        "For CAT purposes, an extreme form of cruel and inhuman treatment carried out by, or with the consent or acquiescence of, a public official or someone acting in an official capacity.",
      sourceIds: ["crs-cat-implementation", "cat"],
    },
    {
      term: "Self-executing treaty",
      definition:
        "A treaty that courts can apply directly. The United States declared CAT not self-executing, so Congress had to pass a law to carry it out.",
      sourceIds: ["cat", "crs-cat-implementation"],
    },
    {
      term: "Diplomatic assurances",
      definition:
        "Promises from a receiving government that a person transferred to it will not be tortured or mistreated.",
      sourceIds: ["columbia-promises-to-keep", "bellinger-statement-2008"],
    },
    {
      term: "Third-country removal",
      definition: "Sending a person to a country other than their own or the one named in their removal order.",
      sourceIds: ["dhs-v-dvd", "bloomberg-dvd"],
    },
  ],
  sections: [
    {
      id: "the-principle",
      heading: "What non-refoulement means",
      body: `*Refouler* is French for to push back or turn away. In international law, **non-refoulement** means a country may not send a person to a place where they would face persecution or torture.

The rule limits *where* a government may send someone. It does not stop a government from removing a person altogether: it bars sending them to the dangerous place. In the United States the principle comes from two treaties and from statutes Congress wrote to carry them out.`,
      sourceIds: ["refugee-convention", "cat", "ina-withholding"],
    },
    {
      id: "refugee-convention",
      heading: "The Refugee Convention and the 1967 Protocol",
      body: `The **Convention Relating to the Status of Refugees** was adopted on July 28, 1951. Its Article 33(1) says that no country that has joined it may expel or return a refugee "in any manner whatsoever" to places where the refugee's "life or freedom would be threatened" because of one of five **protected grounds**: race, religion, nationality, membership of a particular social group, or political opinion.

Article 33(2) sets out exceptions. A refugee may lose this protection if there are reasonable grounds to see them as a danger to the host country's security, or if they have been convicted of a particularly serious crime and are a danger to the community.

The United States **never joined the 1951 Convention directly**. Instead it joined the **1967 Protocol**, which took effect for the United States on November 1, 1968. The Protocol binds its parties to the Convention's core rules, including Article 33. According to the Center for Migration Studies, the United States, Cape Verde and Venezuela are the only countries that joined the Protocol but not the Convention.

Congress put the Protocol into U.S. law mainly through the **Refugee Act of 1980**. Today the key rule is **withholding of removal**, 8 U.S.C. § 1231(b)(3): the government may not remove a person to a country where their life or freedom would be threatened on a protected ground.

Where does the rule apply? In *Sale v. Haitian Centers Council* (1993), the Coast Guard had been stopping boats from Haiti at sea and returning the passengers without screening them. A federal appeals court held that Article 33 protects refugees wherever they are. The Supreme Court reversed. It held that neither Article 33 nor the U.S. statute limited the President's power to return people intercepted on the high seas.`,
      sourceIds: [
        "refugee-convention",
        "refugee-protocol",
        "cms-barsky",
        "refugee-act-1980",
        "ina-withholding",
        "sale-v-haitian-centers",
      ],
    },
    {
      id: "torture-convention",
      heading: "The Convention Against Torture and FARRA",
      body: `A second treaty adds a separate rule. Article 3 of the **Convention Against Torture (CAT)** forbids sending anyone to another country where there are substantial grounds for believing they would be in danger of torture. Unlike Article 33, it does not ask *why* the person would be tortured. A Congressional Research Service (CRS) report notes that it does not cover cruel or degrading treatment that falls short of torture.

The United States ratified CAT on October 21, 1994, but declared it **not self-executing**, meaning courts could not apply it until Congress passed a law. Congress did so in the **Foreign Affairs Reform and Restructuring Act of 1998 (FARRA)**. Section 2242 declares a U.S. policy against sending anyone to a country where there are substantial grounds for believing they would be in danger of torture, "regardless of whether the person is physically present in the United States." It also ordered agencies to write regulations and limited court review of them.

Those regulations, first published on February 19, 1999, created two forms of CAT protection in immigration court: a CAT version of **withholding** and a more limited **deferral** of removal. Deferral can still protect some people who are barred from other relief because of serious crimes or security concerns.`,
      sourceIds: ["cat", "crs-cat-implementation", "farra-2242", "cat-regulations"],
    },
    {
      id: "three-protections",
      heading: "Asylum, withholding and CAT protection compared",
      body: `One application form (Form I-589) is used to ask for all three protections, but they differ in important ways.

| | Asylum | Withholding of removal | CAT protection |
|---|---|---|---|
| Main U.S. source | Immigration law built on the refugee definition | 8 U.S.C. § 1231(b)(3) | CAT art. 3; FARRA § 2242; 8 C.F.R. 208.16–.18 |
| What is feared | Persecution on a protected ground | Threat to life or freedom on a protected ground | Torture by, or with the acquiescence of, a public official; no protected ground needed |
| How likely | A "well-founded fear"; can be well under 50% | More likely than not (over 50%) | More likely than not (over 50%) |
| Decision | Discretionary | Mandatory once proven | Mandatory once proven |
| Deadline | Generally within one year of arrival | None | None |
| What the person gets | A path to permanent residence | Protection from removal to that country only | Protection from removal to that country only; deferral for some who are barred from withholding |

Two points explain the table. First, in *INS v. Cardoza-Fonseca* (1987) the Supreme Court held that a fear can be "well-founded" even when harm is less likely than not, giving a 10 percent chance as an example. Withholding and CAT demand more. Second, asylum is **discretionary**: a judge may deny it even to someone who qualifies. Withholding and CAT protection are **mandatory** once the person proves the facts, but they give fewer benefits.

A real case shows the difference. In 2019 an immigration judge denied Kilmar Abrego Garcia asylum but granted him withholding of removal to El Salvador. The judge found a clear probability that a gang that had threatened his family would persecute him there.`,
      sourceIds: [
        "nolo-asylum-comparison",
        "cardoza-fonseca",
        "ina-withholding",
        "cat-regulations",
        "crs-cat-implementation",
        "scotusblog-abrego-garcia",
      ],
    },
    {
      id: "diplomatic-assurances",
      heading: "Diplomatic assurances",
      body: `Sometimes the U.S. government wants to transfer a person to a country with a record of torture. It may first ask that country for **diplomatic assurances**: promises that the person will not be mistreated.

In a June 2008 statement to a House subcommittee, State Department Legal Adviser John Bellinger III said the department used assurances in three settings: extraditions, immigration removals, and transfers of detainees from Guantánamo Bay. He argued that, in appropriate cases, they can be an important tool for protecting people against torture.

Critics disagree. A 2010 report by Columbia Law School's Human Rights Institute noted that leading human rights advocates call such promises inherently unreliable when they come from governments that already torture. The report itself argued that assurances can be used in better and worse ways.

Courts have treated assurances differently depending on the setting. Sameh Khouzam, a Coptic Christian from Egypt, had won protection after a federal appeals court found it probable that he would be tortured there. The government later ended his protection based on an assurance from Egypt. In 2008 the Third Circuit held that due process required notice and a chance to challenge the assurance's reliability before an impartial decision-maker.

Military transfers came out differently. In *Munaf v. Geren* (2008), a unanimous Supreme Court held that courts could not block the transfer of U.S. citizens held by U.S. forces in Iraq to Iraqi custody. Concerns about torture there were for the political branches, which had the State Department's assessment. Three Justices wrote separately to reserve an "extreme case" where the government knows a detainee is likely to be tortured. In 2009, in *Kiyemba v. Obama*, the D.C. Circuit relied on *Munaf* to reverse orders requiring 30 days' notice before Guantánamo transfers. Where the government declares it will not send anyone to likely torture, the court held, judges may not second-guess that.`,
      sourceIds: [
        "bellinger-statement-2008",
        "columbia-promises-to-keep",
        "khouzam-v-attorney-general",
        "munaf-v-geren",
        "kiyemba-v-obama",
      ],
    },
    {
      id: "recent-cases",
      heading: "Non-refoulement in recent cases",
      body: `Two disputes from 2025 show these rules under pressure. What follows was last known as of early 2026 and may have changed.

**Kilmar Abrego Garcia.** Despite his 2019 withholding order, he was arrested on March 12, 2025 and flown to El Salvador's CECOT prison on March 15. The government admitted an "administrative error," while also alleging he was an MS-13 gang member; no court accepted that allegation. On April 10, 2025, in *Noem v. Abrego Garcia*, the Supreme Court upheld an order requiring the government to "facilitate" his release from Salvadoran custody and to handle his case as if he had not been wrongly sent away. He was brought back on June 6, 2025 to face federal criminal charges, which his lawyers challenged as a vindictive prosecution; that dispute was still being heard in February 2026.

**Third-country removals.** In April 2025, federal Judge Brian Murphy in Massachusetts ordered that people facing removal to a country not named in their removal orders get written notice and a real chance to raise a CAT claim first. On June 23, 2025, the Supreme Court stayed that order by a 6–3 vote while the appeal continued. The orders did not decide the underlying legal question, which was still unresolved in the newest sources.`,
      sourceIds: ["scotusblog-abrego-garcia", "noem-v-abrego-garcia", "dhs-v-dvd", "bloomberg-dvd"],
    },
  ],
  timeline: [
    {
      date: "1951-07-28",
      event:
        "The Convention Relating to the Status of Refugees is adopted; Article 33 bars returning refugees to persecution.",
      sourceIds: ["refugee-convention"],
    },
    {
      date: "1967-01-31",
      event: "The Protocol Relating to the Status of Refugees is adopted.",
      sourceIds: ["refugee-protocol"],
    },
    {
      date: "1968-11-01",
      event: "The 1967 Protocol takes effect for the United States.",
      sourceIds: ["refugee-protocol"],
    },
    {
      date: "1980",
      event: "Congress passes the Refugee Act of 1980, its main law carrying out the Protocol.",
      sourceIds: ["refugee-act-1980"],
    },
    {
      date: "1987",
      event:
        "INS v. Cardoza-Fonseca holds that a well-founded fear can exist even when persecution is less likely than not.",
      sourceIds: ["cardoza-fonseca"],
    },
    {
      date: "1993-06-21",
      event:
        "Sale v. Haitian Centers Council holds that Article 33 does not limit returns of people intercepted on the high seas.",
      sourceIds: ["sale-v-haitian-centers"],
    },
    {
      date: "1994-10-21",
      event: "The United States ratifies the Convention Against Torture, declaring it not self-executing.",
      sourceIds: ["cat"],
    },
    {
      date: "1998-10-21",
      event: "FARRA § 2242 becomes law, making it U.S. policy not to return people to likely torture.",
      sourceIds: ["farra-2242"],
    },
    {
      date: "1999-02-19",
      event: "The first regulations creating CAT withholding and deferral of removal are published.",
      sourceIds: ["cat-regulations"],
    },
    {
      date: "2008-06-12",
      event: "Munaf v. Geren: courts may not block the transfer of U.S. citizens held in Iraq to Iraqi custody.",
      sourceIds: ["munaf-v-geren"],
    },
    {
      date: "2008-12-05",
      event:
        "Khouzam v. Attorney General: a person must get a chance to challenge a diplomatic assurance before protection is ended.",
      sourceIds: ["khouzam-v-attorney-general"],
    },
    {
      date: "2009-04-07",
      event: "Kiyemba v. Obama: the D.C. Circuit reverses orders requiring notice before Guantánamo transfers.",
      sourceIds: ["kiyemba-v-obama"],
    },
    {
      date: "2019",
      event: "An immigration judge grants Kilmar Abrego Garcia withholding of removal to El Salvador.",
      sourceIds: ["scotusblog-abrego-garcia"],
    },
    {
      date: "2025-03-15",
      event: "Abrego Garcia is flown to El Salvador despite his withholding order.",
      sourceIds: ["scotusblog-abrego-garcia"],
    },
    {
      date: "2025-04-10",
      event: "Noem v. Abrego Garcia: the Supreme Court upholds the requirement to facilitate his release.",
      sourceIds: ["noem-v-abrego-garcia"],
    },
    {
      date: "2025-06-23",
      event: "The Supreme Court stays a lower-court order requiring notice before third-country removals.",
      sourceIds: ["dhs-v-dvd"],
    },
  ],
  sources: [
    {
      id: "refugee-convention",
      kind: "treaty",
      title: "Convention Relating to the Status of Refugees",
      citation: "Convention Relating to the Status of Refugees, art. 33, July 28, 1951, 189 U.N.T.S. 137",
      date: "1951-07-28",
    },
    {
      id: "refugee-protocol",
      kind: "treaty",
      title: "Protocol Relating to the Status of Refugees",
      citation: "Protocol Relating to the Status of Refugees, Jan. 31, 1967 (U.S. accession effective Nov. 1, 1968)",
      date: "1967-01-31",
    },
    {
      id: "cat",
      kind: "treaty",
      title: "Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
      citation: "Convention Against Torture, art. 3 (ratified by the United States Oct. 21, 1994)",
    },
    {
      id: "refugee-act-1980",
      kind: "statute",
      title: "Refugee Act of 1980",
      citation: "Pub. L. 96-212, 94 Stat. 102 (1980)",
      date: "1980",
      publicDomain: true,
    },
    {
      id: "ina-withholding",
      kind: "statute",
      title: "Withholding of removal (INA § 241(b)(3))",
      citation: "8 U.S.C. § 1231(b)(3)",
      publicDomain: true,
    },
    {
      id: "farra-2242",
      kind: "statute",
      title: "Foreign Affairs Reform and Restructuring Act of 1998, § 2242",
      citation: "Pub. L. 105-277, div. G, § 2242, 112 Stat. 2681-822 (1998) (8 U.S.C. § 1231 note)",
      date: "1998-10-21",
      excerpt:
        "It shall be the policy of the United States not to expel, extradite, or otherwise effect the involuntary return of any person to a country in which there are substantial grounds for believing the person would be in danger of being subjected to torture, regardless of whether the person is physically present in the United States.",
      publicDomain: true,
    },
    {
      id: "cat-regulations",
      kind: "executive-action",
      title: "Regulations Concerning the Convention Against Torture (interim rule)",
      citation: "64 Fed. Reg. 8478 (Feb. 19, 1999) (codified at 8 C.F.R. §§ 208.16–208.18, 1208.16–1208.18)",
      date: "1999-02-19",
      publicDomain: true,
    },
    {
      id: "crs-cat-implementation",
      kind: "report",
      title:
        "The U.N. Convention Against Torture: Overview of U.S. Implementation Policy Concerning the Removal of Aliens",
      citation: "Michael John Garcia, Congressional Research Service, Report RL32276 (updated Jan. 25, 2008)",
      url: "https://congressionalresearch.com/RL32276/document.php?study=The+U.N.+Convention+Against+Torture+Overview+of+U.S.+Implementation+Policy+Concerning+the+Removal+of+Aliens",
      publisher: "Congressional Research Service",
      date: "2008-01-25",
      publicDomain: true,
    },
    {
      id: "cms-barsky",
      kind: "report",
      title: "Center for Migration Studies essay by Barsky on U.S. legal responsibilities to asylum seekers",
      citation: "Barsky, Center for Migration Studies of New York (Dec. 2018)",
      url: "https://cmsny.org/publications/barsky-us-legal-responsibilities-asylum-seekers/",
      publisher: "Center for Migration Studies of New York",
      date: "2018-12",
    },
    {
      id: "sale-v-haitian-centers",
      kind: "case",
      title: "Sale v. Haitian Centers Council, Inc.",
      citation: "Sale v. Haitian Centers Council, Inc., 509 U.S. 155 (1993)",
      url: "https://supreme.justia.com/cases/federal/us/509/155/case.html",
      publisher: "Justia",
      date: "1993-06-21",
      excerpt:
        'No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened on account of his race, religion, nationality, membership of a particular social group or political opinion.',
      publicDomain: true,
    },
    {
      id: "cardoza-fonseca",
      kind: "case",
      title: "INS v. Cardoza-Fonseca",
      citation: "INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)",
      date: "1987",
      publicDomain: true,
    },
    {
      id: "nolo-asylum-comparison",
      kind: "other",
      title:
        "Which Should I Apply for: Asylum, Withholding of Removal, and/or Protection Under Convention Against Torture?",
      citation:
        'Nolo Legal Encyclopedia, "Which Should I Apply for: Asylum, Withholding of Removal, and/or Protection Under Convention Against Torture?"',
      publisher: "Nolo",
    },
    {
      id: "fifth-amendment",
      kind: "constitution",
      title: "Constitution of the United States, Fifth Amendment",
      citation: "U.S. Const. amend. V",
      date: "1791",
      excerpt: "No person shall be ... deprived of life, liberty, or property, without due process of law",
      publicDomain: true,
    },
    {
      id: "bellinger-statement-2008",
      kind: "other",
      title:
        "Diplomatic Assurances: Statement for the Record by John B. Bellinger III, Legal Adviser to the Secretary of State",
      citation:
        "Statement of John B. Bellinger III before the House Foreign Affairs Subcommittee on International Organizations, Human Rights, and Oversight (June 10, 2008)",
      publisher: "U.S. Department of State",
      date: "2008-06-10",
      publicDomain: true,
    },
    {
      id: "columbia-promises-to-keep",
      kind: "report",
      title: "Promises to Keep: Diplomatic Assurances Against Torture in US Terrorism Transfers",
      citation: "Columbia Law School Human Rights Institute, Promises to Keep (Dec. 2010)",
      publisher: "Columbia Law School Human Rights Institute",
      date: "2010-12",
    },
    {
      id: "khouzam-v-attorney-general",
      kind: "case",
      title: "Khouzam v. Attorney General of the United States",
      citation: "Khouzam v. Att'y Gen., 549 F.3d 235 (3d Cir. 2008)",
      date: "2008-12-05",
      publicDomain: true,
    },
    {
      id: "munaf-v-geren",
      kind: "case",
      title: "Munaf v. Geren",
      citation: "Munaf v. Geren, 553 U.S. 674 (2008)",
      url: "https://supreme.justia.com/cases/federal/us/553/674/opinion.html",
      publisher: "Justia",
      date: "2008-06-12",
      publicDomain: true,
    },
    {
      id: "kiyemba-v-obama",
      kind: "case",
      title: "Kiyemba v. Obama (Kiyemba II)",
      citation: "Kiyemba v. Obama, 561 F.3d 509 (D.C. Cir. 2009)",
      date: "2009-04-07",
      publicDomain: true,
    },
    {
      id: "scotusblog-abrego-garcia",
      kind: "news",
      title: "SCOTUSblog report on the Supreme Court's April 10, 2025 order in Noem v. Abrego Garcia",
      citation: "SCOTUSblog (Apr. 2025)",
      url: "https://scotusblog.com/2025/04/justices-direct-government-to-facilitate-return-of-maryland-man-mistakenly-deported-to-el-salvador",
      publisher: "SCOTUSblog",
      date: "2025-04",
    },
    {
      id: "noem-v-abrego-garcia",
      kind: "case",
      title: "Noem v. Abrego Garcia",
      citation: "Noem v. Abrego Garcia, No. 24A949 (U.S. Apr. 10, 2025)",
      date: "2025-04-10",
      publicDomain: true,
    },
    {
      id: "dhs-v-dvd",
      kind: "case",
      title: "Department of Homeland Security v. D.V.D.",
      citation: "DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025) (order granting stay)",
      date: "2025-06-23",
      publicDomain: true,
    },
    {
      id: "bloomberg-dvd",
      kind: "news",
      title: "Bloomberg Law report on the Supreme Court's June 2025 stay in DHS v. D.V.D.",
      citation: "Bloomberg Law, U.S. Law Week (June 2025)",
      url: "https://news.bgov.com/us-law-week/supreme-court-clears-trump-to-send-migrants-to-south-sudan",
      publisher: "Bloomberg Law",
      date: "2025-06",
    },
  ],
  perspectives: [
    {
      id: "assurances-useful-tool",
      label: "State Department (2008): assurances can protect people",
      argument:
        "John Bellinger III, the State Department's Legal Adviser, told Congress that the United States uses assurances in extraditions, immigration removals and Guantánamo transfers, and argued that in appropriate cases they are an important tool for protecting individuals against torture. He presented them as a way of meeting the obligation in CAT Article 3, which he called the touchstone of U.S. legal duties in this area.",
      sourceIds: ["bellinger-statement-2008"],
    },
    {
      id: "assurances-unreliable",
      label: "Human rights advocates: promises from torturers are unreliable",
      argument:
        "As summarized in Columbia Law School's 2010 report, leading human rights advocates argue that assurances are inherently unreliable because they are sought from governments that have already shown they will torture in violation of their own and international law. The report itself added that if assurances are used, some ways of using them protect people far better than others.",
      sourceIds: ["columbia-promises-to-keep"],
    },
    {
      id: "courts-defer",
      label: "Munaf and Kiyemba II: torture risk is for the political branches",
      argument:
        "In Munaf v. Geren, the Supreme Court held that judges should not block a transfer over feared torture when the political branches, with the State Department's assessment, have weighed the risk. The D.C. Circuit, relying on Munaf in Kiyemba II, held that courts may not second-guess the government's declaration that it will not transfer detainees to likely torture.",
      sourceIds: ["munaf-v-geren", "kiyemba-v-obama"],
    },
    {
      id: "courts-review",
      label: "Khouzam and the Munaf concurrence: courts must be able to check",
      argument:
        'The Third Circuit held in Khouzam that a person whose protection is ended because of a diplomatic assurance must get notice and a chance to challenge the assurance\'s reliability before an impartial decision-maker. In Munaf, three Justices wrote separately to reserve an "extreme case" in which the government knows a transferred person is likely to be tortured.',
      sourceIds: ["khouzam-v-attorney-general", "munaf-v-geren", "fifth-amendment"],
    },
    {
      id: "sale-majority",
      label: "Sale majority: Article 33 stops at the border",
      argument:
        "The Supreme Court held that neither Article 33 nor the U.S. withholding statute limited the President's power to order the Coast Guard to return people intercepted on the high seas, so the Haitian interdiction program could continue without screening.",
      sourceIds: ["sale-v-haitian-centers"],
    },
    {
      id: "sale-court-of-appeals",
      label: "Court of Appeals in Sale: Article 33 protects refugees wherever they are",
      argument:
        "The Second Circuit, whose judgment the Supreme Court reversed, had held that the statute was not limited to people inside the United States and that Article 33 covers all refugees regardless of location. Congress later used location-independent wording in FARRA's torture policy, which applies regardless of physical presence in the United States.",
      sourceIds: ["sale-v-haitian-centers", "farra-2242"],
    },
  ],
  discussionQuestions: [
    "Should a country's duty not to send people into danger depend on where it meets them: on its territory, at its border, or on the high seas? Compare Sale with FARRA's \"regardless of whether the person is physically present\" wording.",
    "Asylum is discretionary but gives more benefits; withholding and CAT protection are mandatory but give fewer. Why might Congress have designed the system this way?",
    "When the government relies on a foreign government's promise not to torture, who should decide whether the promise is trustworthy: diplomats, immigration officials, or judges? Why?",
    "Abrego Garcia had a court order protecting him from removal to El Salvador, yet he was sent there. What does his case suggest about how legal protections are enforced in practice?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.3.9-12",
      description:
        "Analyze how constitutions, laws, treaties and international agreements shape national and international order, here the treaties behind non-refoulement.",
    },
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution divides and limits power, including the roles of courts and the political branches in detainee transfers.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyze how people use and challenge laws, for example by seeking protection in immigration court or suing over removals.",
    },
    {
      framework: "C3",
      code: "D2.Civ.13.9-12",
      description:
        "Evaluate public policies, such as reliance on diplomatic assurances, by their intended and unintended outcomes.",
    },
  ],
  questions: [
    {
      id: "non-refoulement-meaning",
      type: "single-choice",
      prompt: "Which statement best describes what the principle of non-refoulement requires of a country?",
      difficulty: 1,
      objectiveIds: ["identify-sources"],
      sourceIds: ["refugee-convention", "cat", "ina-withholding"],
      explanation:
        "Non-refoulement bars sending a person **to a place** where they would face persecution or torture. It limits where a person may be sent; it does not require a country to admit everyone or to grant them permanent status.",
      choices: [
        {
          id: "not-to-danger",
          text: "It may not send a person to a place where they would face persecution or torture.",
          correct: true,
        },
        {
          id: "admit-all",
          text: "It must admit every person who asks for protection.",
          feedback: "The rule is about where a person may be sent, not a duty to admit everyone.",
        },
        {
          id: "citizenship",
          text: "It must give citizenship to anyone who has been persecuted.",
          feedback:
            "None of the sources requires citizenship; withholding and CAT protection do not even give permanent residence.",
        },
        {
          id: "no-removals",
          text: "It may never remove any noncitizen from its territory.",
          feedback: "Removal to a safe country is still allowed; the rule bars sending someone into danger.",
        },
      ],
    },
    {
      id: "article-33-ground-count",
      type: "numeric",
      prompt:
        "How many protected grounds does Article 33(1) of the Refugee Convention list as reasons for persecution?",
      difficulty: 1,
      objectiveIds: ["identify-sources"],
      sourceIds: ["refugee-convention", "sale-v-haitian-centers"],
      explanation:
        "There are **five**: race, religion, nationality, membership of a particular social group, and political opinion. The same five appear in the U.S. withholding statute and in asylum law. CAT protection, by contrast, requires none of them.",
      answer: { value: 5 },
      unit: "grounds",
      nearMisses: [
        {
          answer: { value: 4 },
          fraction: 0,
          feedback: "Count again: membership of a particular social group is a ground of its own.",
        },
      ],
    },
    {
      id: "more-likely-than-not-percent",
      type: "numeric",
      prompt:
        'Withholding of removal and CAT protection both require showing that harm is "more likely than not." Expressed as a probability, what percentage must the chance of harm be greater than?',
      difficulty: 2,
      objectiveIds: ["compare-protections"],
      sourceIds: ["nolo-asylum-comparison", "cardoza-fonseca", "crs-cat-implementation"],
      explanation:
        '"More likely than not" means a chance greater than **50 percent**. Asylum\'s "well-founded fear" standard is lower: in Cardoza-Fonseca the Supreme Court said even a 10 percent chance could be enough.',
      answer: { value: 50 },
      unit: "percent",
      nearMisses: [
        {
          answer: { value: 10 },
          fraction: 0,
          feedback:
            "Ten percent is the Supreme Court's example for asylum's lower well-founded-fear standard, not for withholding or CAT.",
        },
      ],
    },
    {
      id: "protection-type-sort",
      type: "categorize",
      prompt: "Sort each feature into the form of protection it describes.",
      difficulty: 2,
      objectiveIds: ["compare-protections"],
      sourceIds: [
        "nolo-asylum-comparison",
        "cardoza-fonseca",
        "ina-withholding",
        "cat-regulations",
        "farra-2242",
        "scotusblog-abrego-garcia",
      ],
      explanation:
        "Asylum is the discretionary form with a lower likelihood standard, a one-year deadline and a path to permanent residence. Withholding of removal comes from 8 U.S.C. § 1231(b)(3), requires a protected ground and is mandatory once proven; Abrego Garcia received it in 2019. CAT protection needs no protected ground, requires torture involving a public official, comes from FARRA and its regulations, and has a deferral form for some who are barred. The most common mix-up is treating withholding and CAT as the same: both use the more-likely-than-not standard, but only withholding requires a protected ground.",
      hints: ["Ask two questions of each item: is a protected ground required, and is the decision discretionary?"],
      categories: [
        { id: "asylum", text: "Asylum" },
        { id: "withholding", text: "Withholding of removal" },
        { id: "cat", text: "CAT protection" },
      ],
      items: [
        { id: "green-card-path", text: "Can lead to permanent residence", categoryId: "asylum" },
        {
          id: "discretionary",
          text: "May be denied as a matter of discretion even to someone who qualifies",
          categoryId: "asylum",
        },
        {
          id: "ten-percent",
          text: "A well-founded fear can be enough even if harm is well under 50% likely",
          categoryId: "asylum",
        },
        { id: "one-year", text: "Generally must be requested within one year of arrival", categoryId: "asylum" },
        {
          id: "statute-1231",
          text: "Comes from 8 U.S.C. § 1231(b)(3), the statute carrying out Article 33",
          categoryId: "withholding",
        },
        {
          id: "life-freedom-ground",
          text: "Mandatory once the person shows a threat to life or freedom, more likely than not, on a protected ground",
          categoryId: "withholding",
        },
        {
          id: "abrego-2019",
          text: "What an immigration judge granted Kilmar Abrego Garcia in 2019",
          categoryId: "withholding",
        },
        {
          id: "no-ground",
          text: "No link to race, religion, nationality, social group or political opinion is required",
          categoryId: "cat",
        },
        {
          id: "public-official",
          text: "The feared harm must be torture by, or with the acquiescence of, a public official",
          categoryId: "cat",
        },
        {
          id: "deferral",
          text: "Has a deferral form that can still protect some people barred for serious crimes",
          categoryId: "cat",
        },
      ],
    },
    {
      id: "source-to-rule-match",
      type: "matching",
      prompt: "Match each legal source with what it does. One description does not match any source.",
      difficulty: 2,
      objectiveIds: ["identify-sources"],
      sourceIds: ["refugee-convention", "refugee-protocol", "cat", "farra-2242", "ina-withholding", "refugee-act-1980"],
      explanation:
        "Article 33 is the original non-refoulement rule for refugees; the 1967 Protocol is how the United States became bound by it; CAT Article 3 adds a torture-based rule; FARRA § 2242 turned that into U.S. policy and ordered regulations; § 1231(b)(3) is the statutory withholding rule; and the Refugee Act of 1980 was Congress's main vehicle for carrying out the Protocol. The leftover description, a grant of citizenship, is not something any of these sources provides.",
      premises: [
        { id: "art-33", text: "Refugee Convention, Article 33" },
        { id: "protocol", text: "1967 Protocol" },
        { id: "cat-art-3", text: "Convention Against Torture, Article 3" },
        { id: "farra", text: "FARRA § 2242 (1998)" },
        { id: "sec-1231", text: "8 U.S.C. § 1231(b)(3)" },
        { id: "refugee-act", text: "Refugee Act of 1980" },
      ],
      responses: [
        {
          id: "bars-return-five-grounds",
          text: "Bars returning a refugee to where life or freedom is threatened on one of five grounds",
        },
        {
          id: "us-joined",
          text: "The treaty the United States actually joined, binding it to the Convention's core rules",
        },
        {
          id: "bars-torture-return",
          text: "Bars sending anyone to a state where there are substantial grounds to believe they would be tortured",
        },
        {
          id: "policy-and-regs",
          text: "Made CAT's rule a U.S. policy regardless of physical presence and ordered agencies to write regulations",
        },
        {
          id: "withholding-statute",
          text: "The statute barring removal to a country where life or freedom would be threatened on a protected ground",
        },
        { id: "implemented-protocol", text: "Congress's main law carrying out the 1967 Protocol" },
        { id: "grants-citizenship", text: "Grants U.S. citizenship to anyone found to be a refugee" },
      ],
      pairs: {
        "art-33": "bars-return-five-grounds",
        protocol: "us-joined",
        "cat-art-3": "bars-torture-return",
        farra: "policy-and-regs",
        "sec-1231": "withholding-statute",
        "refugee-act": "implemented-protocol",
      },
    },
    {
      id: "us-convention-party-claim",
      type: "true-false",
      prompt: 'Claim to check: "The United States is a direct party to the 1951 Refugee Convention."',
      difficulty: 2,
      objectiveIds: ["identify-sources"],
      sourceIds: ["refugee-protocol", "cms-barsky"],
      answer: false,
      explanation:
        "False. The United States joined the **1967 Protocol** (effective November 1, 1968), not the 1951 Convention itself. The Protocol binds it to the Convention's core rules, including Article 33, so the practical duty is similar, but the legal route is different.",
      feedbackTrue:
        "A common mistake. The United States is bound through the 1967 Protocol; it never joined the 1951 Convention directly.",
    },
    {
      id: "article-33-cloze",
      type: "cloze",
      prompt:
        "Complete Article 33(1) of the Refugee Convention, as quoted in Sale v. Haitian Centers Council. Use the excerpt in the sources.",
      difficulty: 2,
      objectiveIds: ["identify-sources"],
      sourceIds: ["sale-v-haitian-centers", "refugee-convention"],
      excerptSourceId: "sale-v-haitian-centers",
      explanation:
        'Article 33(1) protects a refugee whose **life or freedom** would be threatened on one of five grounds, ending with **political opinion**. Notice the words "in any manner whatsoever": the Second Circuit read them broadly, but the Supreme Court in Sale still held the Article did not apply on the high seas.',
      text: 'No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the frontiers of territories where his {{threat}} would be threatened on account of his race, religion, nationality, membership of a particular social group or {{last-ground}}.',
      blanks: [
        {
          id: "threat",
          kind: "choice",
          choices: [
            { id: "life-freedom", text: "life or freedom", correct: true },
            { id: "property", text: "property or income" },
            { id: "comfort", text: "health or comfort" },
          ],
        },
        {
          id: "last-ground",
          kind: "text",
          answers: [
            { text: "political opinion" },
            {
              text: "political opinions",
              fraction: 0.75,
              feedback: "The treaty uses the singular: political opinion.",
            },
          ],
          matching: { typoTolerance: 0.2 },
        },
      ],
    },
    {
      id: "farra-vs-sale-excerpt",
      type: "single-choice",
      prompt:
        'FARRA § 2242 states a policy against returning anyone to likely torture "regardless of whether the person is physically present in the United States." How does that wording compare with the Supreme Court\'s holding in Sale v. Haitian Centers Council (1993)?',
      difficulty: 3,
      objectiveIds: ["identify-sources", "apply-to-cases"],
      sourceIds: ["farra-2242", "sale-v-haitian-centers"],
      excerptSourceId: "farra-2242",
      explanation:
        "Sale held that Article 33 and the withholding statute did not limit returns of people intercepted on the **high seas**. FARRA's torture policy, written five years later, says it applies **regardless of physical presence** in the United States. So, as a stated policy, the torture rule reaches further than the Court read Article 33 to reach. FARRA did not overrule Sale, which was about persecution rather than torture.",
      hints: ["Sale was about people stopped at sea, outside U.S. territory."],
      choices: [
        {
          id: "reaches-further",
          text: "FARRA's torture policy is stated to reach people outside the United States, while Sale held Article 33 did not limit returns from the high seas.",
          correct: true,
        },
        {
          id: "overruled-sale",
          text: "FARRA formally overruled Sale and applied Article 33 on the high seas.",
          feedback: "FARRA concerns torture under CAT; it did not change how the Court read Article 33.",
        },
        {
          id: "same-limit",
          text: "Both say protection applies only to people physically inside the United States.",
          feedback: "The excerpt says the opposite: regardless of physical presence.",
        },
        {
          id: "sale-torture",
          text: "Sale was about torture, and FARRA agreed with its result.",
          feedback: "Sale concerned Article 33 and persecution, not the Convention Against Torture.",
        },
      ],
    },
    {
      id: "scenario-police-torture",
      type: "single-choice",
      prompt:
        "Scenario: A man shows it is more likely than not that police in his home country will torture him, because they wrongly believe he stole money from a police officer. The motive has nothing to do with his race, religion, nationality, social group or political opinion. Which protection best fits his case?",
      difficulty: 3,
      objectiveIds: ["compare-protections", "apply-to-cases"],
      sourceIds: ["nolo-asylum-comparison", "crs-cat-implementation", "cat-regulations"],
      explanation:
        "**CAT protection** fits because it requires torture by or with the acquiescence of a public official, which police are, and it requires **no protected ground**. Asylum and withholding both require that the harm be because of one of the five grounds, and a personal accusation of theft is not one of them.",
      hints: ["Which of the three protections does not require one of the five grounds?"],
      choices: [
        { id: "cat", text: "CAT protection", correct: true },
        {
          id: "asylum",
          text: "Asylum",
          feedback: "Asylum requires persecution because of a protected ground; a theft accusation is not one.",
        },
        {
          id: "withholding",
          text: "Withholding of removal under 8 U.S.C. § 1231(b)(3)",
          feedback: "Withholding also requires a protected ground, even though its likelihood standard matches CAT's.",
        },
        {
          id: "none",
          text: "None: without a protected ground, no protection is available",
          feedback: "CAT protection exists precisely for torture cases that lack a protected ground.",
        },
      ],
    },
    {
      id: "withholding-discretion-claim",
      type: "true-false",
      prompt:
        'Claim to check: "Even when a person proves they qualify for withholding of removal, an immigration judge may still deny it as a matter of discretion."',
      difficulty: 2,
      objectiveIds: ["compare-protections"],
      sourceIds: ["ina-withholding", "nolo-asylum-comparison"],
      answer: false,
      explanation:
        "False. Withholding of removal is **mandatory** once the person proves it, unless a statutory bar applies. Discretion to deny a qualified applicant is a feature of **asylum**, not withholding.",
      feedbackTrue:
        "That describes asylum. Withholding must be granted once proven, unless a bar such as a danger to U.S. security applies.",
    },
    {
      id: "assurance-term",
      type: "short-text",
      prompt:
        "What term describes a promise from a receiving government that a person transferred to it will not be tortured or mistreated?",
      difficulty: 1,
      objectiveIds: ["evaluate-assurances"],
      sourceIds: ["columbia-promises-to-keep", "bellinger-statement-2008"],
      explanation:
        "These are **diplomatic assurances**. The State Department has described using them in extraditions, immigration removals and Guantánamo transfers; critics question whether promises from governments that torture can be trusted.",
      answers: [
        { text: "diplomatic assurances" },
        { text: "diplomatic assurance" },
        { text: "assurances", fraction: 0.5, feedback: "Close. The full term is diplomatic assurances." },
      ],
      matching: { typoTolerance: 0.2 },
    },
    {
      id: "assurance-positions",
      type: "multiple-choice",
      prompt:
        "Which statements correctly describe who said what about diplomatic assurances? Select all that are accurate.",
      difficulty: 3,
      objectiveIds: ["evaluate-assurances"],
      sourceIds: [
        "bellinger-statement-2008",
        "columbia-promises-to-keep",
        "khouzam-v-attorney-general",
        "munaf-v-geren",
        "kiyemba-v-obama",
      ],
      scoring: "every-decision-counts",
      explanation:
        "Bellinger defended assurances as a useful tool in appropriate cases; the Columbia report described human rights advocates' view that they are inherently unreliable; and Khouzam required a chance to challenge an assurance before an impartial decision-maker. Munaf did the opposite of requiring independent court checks: it left the torture risk to the political branches. Kiyemba II reversed orders requiring 30 days' notice rather than imposing them.",
      choices: [
        {
          id: "bellinger",
          text: "The State Department's Legal Adviser argued in 2008 that assurances can, in appropriate cases, help protect people against torture.",
          correct: true,
        },
        {
          id: "columbia",
          text: "A 2010 Columbia Law School report described human rights advocates' view that assurances from governments that torture are inherently unreliable.",
          correct: true,
        },
        {
          id: "khouzam",
          text: "The Third Circuit held in Khouzam that a person must get a chance to challenge an assurance's reliability before an impartial decision-maker.",
          correct: true,
        },
        {
          id: "munaf-verify",
          text: "In Munaf v. Geren, the Supreme Court required judges to verify every assurance before a transfer.",
          feedback: "Munaf left concerns about torture to the political branches.",
        },
        {
          id: "kiyemba-notice",
          text: "In Kiyemba II, the D.C. Circuit required 30 days' notice before every Guantánamo transfer.",
          feedback: "Kiyemba II reversed district-court orders that had required 30 days' notice.",
        },
      ],
    },
    {
      id: "khouzam-vs-kiyemba",
      type: "single-choice",
      prompt:
        "Which statement correctly contrasts Khouzam v. Attorney General (3d Cir. 2008) with Kiyemba v. Obama (D.C. Cir. 2009)?",
      difficulty: 3,
      objectiveIds: ["evaluate-assurances", "apply-to-cases"],
      sourceIds: ["khouzam-v-attorney-general", "kiyemba-v-obama", "munaf-v-geren"],
      explanation:
        "In Khouzam, a man in U.S. removal proceedings whose CAT protection was ended because of an Egyptian assurance won the right to challenge that assurance before an impartial decision-maker. In Kiyemba II, involving Guantánamo detainees, the court relied on Munaf and held judges may not second-guess the government's declaration that it will not transfer anyone to likely torture. The two courts gave judges very different roles.",
      choices: [
        {
          id: "hearing-vs-deference",
          text: "Khouzam required a hearing to test an assurance; Kiyemba II held courts may not second-guess the government's no-torture determination for Guantánamo transfers.",
          correct: true,
        },
        {
          id: "reversed",
          text: "Khouzam held courts may never review assurances; Kiyemba II required judges to review every assurance.",
          feedback: "This reverses the two holdings.",
        },
        {
          id: "both-defer",
          text: "Both courts held that the government's assurances end all judicial review.",
          feedback: "Khouzam required a chance to challenge the assurance.",
        },
        {
          id: "supreme-court",
          text: "Both were Supreme Court decisions applying Sale to torture claims.",
          feedback: "Both were decided by federal courts of appeals, not the Supreme Court.",
        },
      ],
    },
    {
      id: "munaf-holding",
      type: "single-choice",
      prompt:
        "What did the Supreme Court decide in Munaf v. Geren (2008) about U.S. citizens held by U.S. forces in Iraq?",
      difficulty: 2,
      objectiveIds: ["apply-to-cases", "evaluate-assurances"],
      sourceIds: ["munaf-v-geren"],
      explanation:
        "The Court agreed that habeas jurisdiction reached the citizens, but held that habeas gave no relief to stop their transfer to Iraqi custody; concerns about torture were for the political branches. The tempting wrong answer, that courts lacked any jurisdiction, confuses jurisdiction (the power to hear the case) with relief (what the court may order).",
      choices: [
        {
          id: "no-block",
          text: "Courts could hear their habeas petitions but could not block their transfer to Iraqi custody; torture concerns were for the political branches.",
          correct: true,
        },
        {
          id: "no-jurisdiction",
          text: "Courts had no jurisdiction at all over citizens held abroad.",
          feedback: "The Court held that habeas jurisdiction did reach them; it denied the relief they sought.",
        },
        {
          id: "blocked",
          text: "The transfers were blocked because of the risk of torture.",
          feedback: "The Court did not block the transfers.",
        },
        {
          id: "split",
          text: "The Court split 5–4 along ideological lines.",
          feedback: "Munaf was unanimous, though three Justices wrote separately about an extreme case.",
        },
      ],
    },
    {
      id: "protection-timeline",
      type: "ordering",
      prompt: "Put these developments in chronological order, earliest first.",
      difficulty: 2,
      objectiveIds: ["identify-sources"],
      sourceIds: [
        "refugee-convention",
        "refugee-protocol",
        "refugee-act-1980",
        "sale-v-haitian-centers",
        "cat",
        "farra-2242",
        "munaf-v-geren",
        "noem-v-abrego-garcia",
      ],
      explanation:
        "The refugee rule came first (1951), then U.S. accession to the Protocol (1968) and the Refugee Act (1980). Sale (1993) narrowed where Article 33 applied just before the United States ratified CAT (1994) and Congress carried it out in FARRA (1998). Munaf (2008) and Noem v. Abrego Garcia (2025) came later. Notice that the torture rule entered U.S. law after Sale, with language about physical presence that Sale's reading of Article 33 lacked.",
      items: [
        { id: "convention", text: "The Refugee Convention is adopted" },
        { id: "protocol", text: "The 1967 Protocol takes effect for the United States" },
        { id: "refugee-act", text: "Congress passes the Refugee Act" },
        { id: "sale", text: "Sale v. Haitian Centers Council is decided" },
        { id: "cat", text: "The United States ratifies the Convention Against Torture" },
        { id: "farra", text: "FARRA § 2242 becomes law" },
        { id: "munaf", text: "Munaf v. Geren is decided" },
        { id: "abrego", text: "Noem v. Abrego Garcia is decided" },
      ],
      correctOrder: ["convention", "protocol", "refugee-act", "sale", "cat", "farra", "munaf", "abrego"],
      scoring: "kendall-tau",
    },
    {
      id: "abrego-withholding-meaning",
      type: "single-choice",
      prompt:
        "In 2019 an immigration judge denied Kilmar Abrego Garcia asylum but granted him withholding of removal to El Salvador. What did that grant do?",
      difficulty: 2,
      objectiveIds: ["compare-protections", "apply-to-cases"],
      sourceIds: ["scotusblog-abrego-garcia", "ina-withholding", "nolo-asylum-comparison"],
      explanation:
        "Withholding barred the government from removing him **to El Salvador**, the country where the judge found a clear probability of persecution. It did not give him asylum or a path to permanent residence, and by its terms it covers removal to that country, not every country. His March 2025 removal to El Salvador, the one country the order covered, is what the government called an administrative error.",
      choices: [
        {
          id: "bar-el-salvador",
          text: "It barred the government from removing him to El Salvador, without giving him asylum or permanent residence.",
          correct: true,
        },
        {
          id: "green-card",
          text: "It gave him permanent residence in the United States.",
          feedback: "Withholding gives fewer benefits than asylum and is not a path to permanent residence.",
        },
        {
          id: "any-country",
          text: "It barred his removal to any country in the world.",
          feedback: "Withholding is tied to the country where the threat exists.",
        },
        {
          id: "temporary-discretion",
          text: "It was a discretionary favor the government could withdraw at any time without process.",
          feedback: "Withholding is mandatory once proven; it is not a discretionary favor.",
        },
      ],
    },
    {
      id: "due-process-persons",
      type: "single-choice",
      prompt:
        'The Fifth Amendment says: "No person shall be ... deprived of life, liberty, or property, without due process of law." In Khouzam, the Third Circuit relied on due process to protect a noncitizen facing removal. Why does the word "person" matter?',
      difficulty: 2,
      objectiveIds: ["apply-to-cases"],
      sourceIds: ["fifth-amendment", "khouzam-v-attorney-general"],
      excerptSourceId: "fifth-amendment",
      explanation:
        "The Due Process Clause protects every **person**, not only citizens, so a noncitizen in U.S. proceedings can claim it. That is why Khouzam could insist on notice and a fair chance to challenge the assurance. The clause does not itself grant immigration status or guarantee a particular result.",
      choices: [
        {
          id: "covers-noncitizens",
          text: "It means the clause protects noncitizens as well as citizens, so Khouzam could demand a fair process.",
          correct: true,
        },
        {
          id: "citizens-only",
          text: "It limits the clause to citizens, so Khouzam won under a different rule.",
          feedback: 'The text says "person," not "citizen."',
        },
        {
          id: "guarantees-stay",
          text: "It guarantees that no person can ever be removed from the United States.",
          feedback: "Due process requires fair procedures; it does not forbid removal.",
        },
        {
          id: "treaty-text",
          text: "It comes from the Convention Against Torture, which uses the word person.",
          feedback: "The excerpt is from the U.S. Constitution's Fifth Amendment.",
        },
      ],
    },
    {
      id: "dvd-merits-claim",
      type: "true-false",
      prompt:
        'Claim to check: "In June 2025 the Supreme Court ruled on the merits that removing people to third countries without notice is lawful."',
      difficulty: 2,
      objectiveIds: ["apply-to-cases"],
      sourceIds: ["dhs-v-dvd", "bloomberg-dvd"],
      answer: false,
      explanation:
        "False. On June 23, 2025 the Court **stayed** the district court's notice order by a 6–3 vote while the appeal went on. A stay pauses an order; it does not decide the underlying legal question, which was still unresolved in the newest sources as of early 2026.",
      feedbackTrue:
        "The Court issued a stay pending appeal, which pauses the lower-court order without deciding the merits.",
    },
  ],
} satisfies Lesson;
