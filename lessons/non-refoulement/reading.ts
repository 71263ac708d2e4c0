import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Non-refoulement",
    definition: `\
The principle that a country may not send a person to a place where they would face persecution or \
torture. It comes from the French verb refouler, used in the treaty texts alongside "return."`,
    sourceIds: ["refugee-convention", "cat", "sale-v-haitian-centers"],
  },
  {
    term: "Refugee",
    definition: `\
Under the 1951 Convention, a person outside their country who has a well-founded fear of \
persecution because of race, religion, nationality, membership of a particular social group or \
political opinion.`,
    sourceIds: ["refugee-convention", "cardoza-fonseca"],
  },
  {
    term: "Protected grounds",
    definition: `\
The five reasons for persecution that refugee law covers: race, religion, nationality, membership \
of a particular social group, and political opinion.`,
    sourceIds: ["refugee-convention", "ina-withholding"],
  },
  {
    term: "Accession",
    definition: `\
Joining a treaty that other countries have already made. The United States acceded to the 1967 \
Protocol, effective November 1, 1968.`,
    sourceIds: ["refugee-protocol"],
  },
  {
    term: "Asylum",
    definition: `\
A discretionary grant of protection to a person who shows a well-founded fear of persecution on a \
protected ground. It can lead to permanent residence.`,
    sourceIds: ["nolo-asylum-comparison", "cardoza-fonseca", "ina-withholding"],
  },
  {
    term: "Withholding of removal",
    definition: `\
A mandatory bar, under 8 U.S.C. § 1231(b)(3), on removing a person to a country where their life \
or freedom would more likely than not be threatened on a protected ground.`,
    sourceIds: ["ina-withholding", "nolo-asylum-comparison"],
  },
  {
    term: "CAT protection",
    definition: `\
Protection under the Convention Against Torture, as carried out by FARRA § 2242 and federal \
regulations, for a person who would more likely than not be tortured in the country of removal. No \
protected ground is required.`,
    sourceIds: ["cat", "farra-2242", "cat-regulations", "crs-cat-implementation", "hrw-cat-understanding"],
  },
  {
    term: "Deferral of removal",
    definition: `\
A more limited form of CAT protection that can still shield some people who are barred from \
withholding of removal, for example because of serious crimes.`,
    sourceIds: ["cat-regulations", "farra-2242"],
  },
  {
    term: "Torture",
    definition: `\
For CAT purposes, an extreme form of cruel and inhuman treatment carried out by, or with the \
consent or acquiescence of, a public official or someone acting in an official capacity.`,
    sourceIds: ["crs-cat-implementation", "cat"],
  },
  {
    term: "Self-executing treaty",
    definition: `\
A treaty that courts can apply directly. The United States declared CAT not self-executing, so \
Congress had to pass a law to carry it out.`,
    sourceIds: ["cat", "crs-cat-implementation"],
  },
  {
    term: "Diplomatic assurances",
    definition: `\
Promises from a receiving government that a person transferred to it will not be tortured or \
mistreated.`,
    sourceIds: ["columbia-promises-to-keep", "bellinger-statement-2008"],
  },
  {
    term: "Third-country removal",
    definition: "Sending a person to a country other than their own or the one named in their removal order.",
    sourceIds: ["dhs-v-dvd", "bloomberg-dvd", "dvd-merits-2026"],
  },
  {
    term: "Bond hearing",
    definition: `\
A hearing in immigration court on whether a detained person may be released while the case goes \
on. It is not a criminal trial, and the detained person must show that release would be safe.`,
    sourceIds: ["bia-abrego-bond-2019"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "the-principle",
    heading: "What non-refoulement means",
    body: `\
*Refouler* is French for to push back or turn away. In international law, **non-refoulement** \
means a country may not send a person to a place where they would face persecution or torture.

The rule limits *where* a government may send someone. It does not stop a government from removing \
a person altogether: it bars sending them to the dangerous place. In the United States the \
principle comes from two treaties and from statutes Congress wrote to carry them out.`,
    sourceIds: ["refugee-convention", "cat", "ina-withholding"],
  },
  {
    id: "refugee-convention",
    heading: "The Refugee Convention and the 1967 Protocol",
    body: `\
The **Convention Relating to the Status of Refugees** was adopted on July 28, 1951. Its Article \
33(1) says that no country that has joined it may expel or return a refugee "in any manner \
whatsoever" to places where the refugee's "life or freedom would be threatened" because of one of \
five **protected grounds**: race, religion, nationality, membership of a particular social group, \
or political opinion.

Article 33(2) sets out exceptions. A refugee may lose this protection if there are reasonable \
grounds to see them as a danger to the host country's security, or if they have been convicted of \
a particularly serious crime and are a danger to the community.

The United States **never joined the 1951 Convention directly**. Instead it joined the **1967 \
Protocol**, which took effect for the United States on November 1, 1968. The Protocol binds its \
parties to the Convention's core rules, including Article 33. According to the Center for \
Migration Studies, the United States, Cape Verde and Venezuela are the only countries that joined \
the Protocol but not the Convention.

Congress put the Protocol into U.S. law mainly through the **Refugee Act of 1980**. Today the key \
rule is **withholding of removal**, 8 U.S.C. § 1231(b)(3): the government may not remove a person \
to a country where their life or freedom would be threatened on a protected ground.

Where does the rule apply? In *Sale v. Haitian Centers Council* (1993), the Coast Guard had been \
stopping boats from Haiti at sea and returning the passengers without screening them. A federal \
appeals court held that Article 33 protects refugees wherever they are. The Supreme Court \
reversed. It held that neither Article 33 nor the U.S. statute limited the President's power to \
return people intercepted on the high seas.`,
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
    body: `\
A second treaty adds a separate rule. Article 3 of the **Convention Against Torture (CAT)** \
forbids sending anyone to another country where there are substantial grounds for believing they \
would be in danger of torture. Unlike Article 33, it does not ask *why* the person would be \
tortured. A Congressional Research Service (CRS) report notes that it does not expressly cover \
cruel or degrading treatment that falls short of torture.

The United States ratified CAT on October 21, 1994, but declared it **not self-executing**, \
meaning courts could not apply it until Congress passed a law. Congress did so in the **Foreign \
Affairs Reform and Restructuring Act of 1998 (FARRA)**. Section 2242 declares a U.S. policy \
against sending anyone to a country where there are substantial grounds for believing they would \
be in danger of torture, "regardless of whether the person is physically present in the United \
States." It also ordered agencies to write regulations, following the Senate's understandings, and \
limited court review of them. When the Senate approved CAT, it attached one such understanding: \
the treaty's "substantial grounds" test would mean that torture is more likely than not. That is \
why U.S. immigration judges ask whether torture is more likely than not, even though the treaty \
and FARRA speak of "substantial grounds."

Those regulations, first published on February 19, 1999, created two forms of CAT protection in \
immigration court: a CAT version of **withholding** and a more limited **deferral** of removal. \
Deferral can still protect some people who are barred from other relief because of serious crimes \
or security concerns.`,
    sourceIds: ["cat", "crs-cat-implementation", "hrw-cat-understanding", "farra-2242", "cat-regulations"],
  },
  {
    id: "three-protections",
    heading: "Asylum, withholding and CAT protection compared",
    body: `\
One application form (Form I-589) is used to ask for all three protections, but they differ in \
important ways.

| | Asylum | Withholding of removal | CAT protection |
|---|---|---|---|
| Main U.S. source | Immigration law built on the refugee definition | 8 U.S.C. § 1231(b)(3) | CAT \
art. 3; FARRA § 2242; 8 C.F.R. 208.16–.18 |
| What is feared | Persecution on a protected ground | Threat to life or freedom on a protected \
ground | Torture by, or with the acquiescence of, a public official; no protected ground needed |
| How likely | A "well-founded fear"; can be well under 50% | More likely than not (over 50%) | \
More likely than not (over 50%) |
| Decision | Discretionary | Mandatory once proven | Mandatory once proven |
| Deadline | Generally within one year of arrival | None | None |
| What the person gets | A path to permanent residence | Protection from removal to that country \
only | Protection from removal to that country only; deferral for some who are barred from \
withholding |

Two points explain the table. First, in *INS v. Cardoza-Fonseca* (1987) the Supreme Court held \
that a fear can be "well-founded" even when harm is less likely than not, giving a 10 percent \
chance as an example. Withholding and CAT demand more. Second, asylum is **discretionary**: a \
judge may deny it even to someone who qualifies. Withholding and CAT protection are **mandatory** \
once the person proves the facts, but they give fewer benefits.

A real case shows the difference. In 2019 an immigration judge denied Kilmar Abrego Garcia asylum \
but granted him withholding of removal to El Salvador. The judge found a clear probability that a \
gang that had threatened his family would persecute him there.`,
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
    body: `\
Sometimes the U.S. government wants to transfer a person to a country with a record of torture. It \
may first ask that country for **diplomatic assurances**: promises that the person will not be \
mistreated.

In a June 2008 statement to a House subcommittee, State Department Legal Adviser John Bellinger \
III said the department used assurances in three settings: extraditions, immigration removals, and \
transfers of detainees from Guantánamo Bay. He argued that, in appropriate cases, they can be an \
important tool for protecting people against torture.

Critics disagree. A 2010 report by Columbia Law School's Human Rights Institute noted that leading \
human rights advocates call such promises inherently unreliable when they come from governments \
that already torture. The report itself argued that assurances can be used in better and worse ways.

Courts have treated assurances differently depending on the setting. Sameh Khouzam, a Coptic \
Christian from Egypt, had won protection after a federal appeals court found it probable that he \
would be tortured there. The government later ended his protection based on an assurance from \
Egypt. In 2008 the Third Circuit held that due process required notice and a chance to challenge \
the assurance's reliability before an impartial decision-maker.

Military transfers came out differently. In *Munaf v. Geren* (2008), a unanimous Supreme Court \
held that courts could not block the transfer of U.S. citizens held by U.S. forces in Iraq to \
Iraqi custody. Concerns about torture there were for the political branches, which had the State \
Department's assessment. The Court noted that this was not a more extreme case in which the \
government knows a prisoner is likely to be tortured, and it left that question open. Justice \
Souter, joined by Justices Ginsburg and Breyer, wrote separately to stress that reservation. In \
2009, in *Kiyemba v. Obama*, the D.C. Circuit relied on *Munaf* to reverse orders requiring 30 \
days' notice before Guantánamo transfers. Where the government declares it will not send anyone to \
likely torture, the court held, judges may not second-guess that.`,
    sourceIds: [
      "bellinger-statement-2008",
      "columbia-promises-to-keep",
      "khouzam-v-attorney-general",
      "munaf-v-geren",
      "kiyemba-ii",
    ],
  },
  {
    id: "recent-cases",
    heading: "Non-refoulement in recent cases",
    body: `\
Two disputes from 2025 show these rules under pressure. What follows was last known as of the \
newest reports found (February and March 2026) and may have changed.

**Kilmar Abrego Garcia.** Despite his 2019 withholding order, he was arrested on March 12, 2025 \
and flown to El Salvador's CECOT prison on March 15. In court, the government admitted an \
"administrative error"; White House officials later said there was "no mistake." The government \
also alleged that he belonged to the MS-13 gang. That claim has three levels worth separating. It \
is an **allegation** by the government, which he denies. In 2019 an immigration judge deciding \
whether to release him on bond credited a police report and an informant's claim of membership, \
and the Board of Immigration Appeals affirmed that **bond finding**; at a bond hearing the \
detained person must show he is not dangerous. He has never been charged with or **convicted** of \
gang membership, and in April 2025 a federal judge said the government had offered no evidence of \
it.

On April 10, 2025, in *Noem v. Abrego Garcia*, the Supreme Court upheld an order requiring the \
government to "facilitate" his release from Salvadoran custody and to handle his case as if he had \
not been wrongly sent away. He was brought back on June 6, 2025 to face federal criminal charges, \
which his lawyers challenged as a vindictive prosecution. A hearing on that claim was held on \
February 26, 2026; later reports of a dismissal could not be confirmed from a court record or a \
wire service.

**Third-country removals.** In April 2025, federal Judge Brian Murphy in Massachusetts ordered \
that people facing removal to a country not named in their removal orders get written notice and a \
real chance to raise a CAT claim first. On June 23, 2025, the Supreme Court stayed that order by a \
6–3 vote while the appeal continued; a stay pauses an order without deciding who is right. On \
February 25, 2026, Judge Murphy issued a final ruling that the government's policy was unlawful \
and that people must get meaningful notice and a chance to object first. The government argued \
that Congress allows such removals and that promises from receiving countries protect people. In \
March 2026 the First Circuit, 2–1, put the ruling on hold while it heard the government's appeal \
on a fast schedule; as of the newest reports found (March 2026), that appeal was pending.`,
    sourceIds: [
      "scotusblog-abrego-garcia",
      "bss-no-mistake-2025",
      "bia-abrego-bond-2019",
      "new-republic-gang-documents-2025",
      "noem-v-abrego-garcia",
      "ap-february-2026",
      "dhs-v-dvd",
      "bloomberg-dvd",
      "dvd-merits-2026",
      "dvd-stay-motion-2026",
      "dvd-first-circuit-stay-2026",
    ],
  },
] satisfies Lesson["sections"];
