import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Third-country removal",
    definition: `\
Sending a non-citizen to a country that is not the United States and not the person's own country, \
or, in the words of a 2025 court order, a country not named in the person's removal order.`,
    sourceIds: ["dvd-injunction-2025"],
  },
  {
    term: "CECOT",
    definition: `\
The Centro de Confinamiento del Terrorismo (Terrorism Confinement Center), a prison in Tecoluca, \
El Salvador, opened in early 2023. The Salvadoran government says it can hold 40,000 inmates.`,
    sourceIds: ["reuters-cecot-opening-2023", "cecot-anniversary-2024"],
  },
  {
    term: "State of exception",
    definition: `\
An emergency legal regime (in El Salvador, the régimen de excepción) that suspends some \
constitutional rights. El Salvador's began in March 2022 and was renewed repeatedly.`,
    sourceIds: ["ljr-state-of-exception-2022", "ap-deportation-plan-2025"],
  },
  {
    term: "Alien Enemies Act",
    definition: `\
A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove non-naturalized \
nationals of a hostile nation or government, 14 or older, during a declared war or an invasion or \
predatory incursion by a foreign nation or government. The President invoked it against Tren de \
Aragua in March 2025.`,
    sourceIds: ["aea-statute", "proclamation-10903"],
  },
  {
    term: "Title 8",
    definition: `\
The part of the U.S. Code that contains ordinary immigration law. Some Venezuelans flown to El \
Salvador were removed under Title 8 rather than under the Alien Enemies Act.`,
    sourceIds: ["wapo-figures"],
  },
  {
    term: "INL",
    definition: `\
The State Department's Bureau of International Narcotics and Law Enforcement Affairs, which made \
the $4.76 million grant to El Salvador disclosed in court.`,
    sourceIds: ["notus-agreement-2025", "democracy-forward-release-2025"],
  },
  {
    term: "Enforced disappearance",
    definition: `\
Detention by or with the backing of a state in which the person's fate or whereabouts are not \
disclosed. The UN Human Rights Office raised this concern about the men sent to El Salvador.`,
    sourceIds: ["reuters-un-2025"],
  },
  {
    term: "Incommunicado detention",
    definition: "Holding a prisoner without contact with family or lawyers.",
    sourceIds: ["hrw-cristosal-2025"],
  },
  {
    term: "Convention Against Torture (CAT)",
    definition: `\
A treaty the United States ratified in 1994. Its Article 3 bars sending a person to a country \
where there are substantial grounds to believe the person would be tortured.`,
    sourceIds: ["cat", "farra-2242"],
  },
  {
    term: "Stay",
    definition: `\
A court order pausing another order, often while an appeal goes forward. A stay is not a final \
decision on who is right.`,
    sourceIds: ["dhs-v-dvd"],
  },
  {
    term: "Asylum Cooperative Agreement (ACA)",
    definition: `\
A 2019 agreement under which the United States could send certain asylum seekers to a partner \
country (Guatemala, El Salvador or Honduras) to seek protection there.`,
    sourceIds: ["immpolicy-guatemala-aca-2019", "state-dept-aca-2021"],
  },
  {
    term: "Safe Third Country Agreement",
    definition: `\
The 2002 U.S.-Canada agreement under which asylum seekers at the land border generally must ask \
for protection in whichever of the two countries they reach first.`,
    sourceIds: ["stca-2002", "immpolicy-guatemala-aca-2019"],
  },
  {
    term: "Constructive custody",
    definition: `\
Legal control over a person who is physically held by someone else. A federal judge found in \
December 2025 that the United States kept constructive custody of the men it paid El Salvador to \
hold.`,
    sourceIds: ["jgg-summary-judgment"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "what-is-third-country",
    heading: "What is a third-country removal?",
    body: `\
When the United States removes (deports) a non-citizen, it usually sends the person to their own \
country. A **third-country removal** sends the person somewhere else: to a country that is neither \
the United States nor their homeland. A 2025 court order described it as removal to a country not \
named in the person's removal order.

This lesson looks at the best-documented case, the 2025 transfer of Venezuelan men to a prison in \
El Salvador. It then looks at the court fight over notice before third-country removals, and at \
older agreements that also sent people to third countries, for a different purpose.`,
    sourceIds: ["dvd-injunction-2025"],
  },
  {
    id: "cecot-and-exception",
    heading: "CECOT and El Salvador's state of exception",
    body: `\
On March 27, 2022, after about 62 killings attributed to gangs in a single day, El Salvador's \
Legislative Assembly approved a **state of exception** (*régimen de excepción*). It suspended \
freedom of association and parts of the right to a legal defense. It extended to 15 days the time \
a person could be held in administrative detention, and it allowed communications to be \
intercepted without a court order. The Assembly renewed it again and again. By March 2025, the \
Associated Press reported more than 84,000 arrests under it. It was still being renewed as of the \
newest sources for this lesson (late 2025); its status after that may have changed.

President Nayib Bukele presented the **Terrorism Confinement Center** (Centro de Confinamiento del \
Terrorismo, or **CECOT**) in Tecoluca, in the department of San Vicente, in a national broadcast \
on January 31, 2023; the first prisoners were moved there that February. The government says the \
prison can hold 40,000 inmates and that it was built in about seven months.

Criticism of the crackdown began well before any U.S. transfers. In 2022 reports, the Salvadoran \
human-rights group Cristosal said it had documented widespread violations under the state of \
exception, including arbitrary arrests and deaths in custody.`,
    sourceIds: [
      "ljr-state-of-exception-2022",
      "ap-deportation-plan-2025",
      "reuters-cecot-opening-2023",
      "cecot-anniversary-2024",
      "cristosal-2022",
    ],
  },
  {
    id: "march-flights",
    heading: "The March 2025 flights: who was sent, and under which law",
    body: `\
On March 14, 2025, President Trump signed Proclamation 10903, invoking the **Alien Enemies Act** \
of 1798. It claimed that the Tren de Aragua gang "is perpetrating, attempting, and threatening an \
invasion or predatory incursion" against the United States.

On March 15–16, planes carried 261 people to El Salvador, according to figures a White House \
official gave the *Washington Post*:

- 137 Venezuelans removed under the Alien Enemies Act;
- 101 other Venezuelans removed under ordinary immigration law (**Title 8** of the U.S. Code); and
- 23 Salvadorans the government described as MS-13 gang members.

President Bukele counted differently: 238 alleged Tren de Aragua members and 23 MS-13 members. He \
said the 238 would be held at CECOT "for a period of one year (renewable)," and that the United \
States would pay "a very low fee for them, but a high one for us." More men arrived on March 30 \
and in April, bringing the number of Venezuelans held at CECOT to 252. Each of these numbers \
counts a different group, so always ask which group a source means.

Gang membership was the government's allegation, not a court finding. In sworn declarations filed \
in court that March, lawyers and relatives said many of the men had no ties to the gang and no \
criminal records, and some said the men had been singled out because of their tattoos. Asked how \
officials identified gang members, White House press secretary Karoline Leavitt said the \
administration would not reveal operational details of what she called a counterterrorism \
operation, but that it had "the highest degree of confidence" in how ICE agents had identified the \
men.`,
    sourceIds: [
      "proclamation-10903",
      "wapo-figures",
      "reuters-arrival-2025",
      "bukele-statement-2025",
      "abc-declarations-2025",
      "fox-march-30-transfer-2025",
      "leavitt-confidence-2025",
    ],
  },
  {
    id: "payment",
    heading: "What did the United States pay?",
    body: `\
Two payment figures are widely quoted. They measure different things.

- **About $6 million** is what the Associated Press reported on March 15, 2025, citing internal \
government memos: the United States would pay about that much to hold roughly 300 alleged gang \
members for one year, about $20,000 per person. It was a planned amount described before any \
agreement was public. (The AP also reported that a State Department document suggested $15 million \
might be set aside to house additional alleged gang members.)
- **$4.76 million** (some reports round it to $4.8 million) is the amount in the written \
agreement, dated March 22, 2025, that was made public in September 2025 through litigation in \
which the group Democracy Forward was counsel. It was a grant from the State Department's Bureau \
of International Narcotics and Law Enforcement Affairs (**INL**) for Salvadoran law-enforcement \
needs, including the costs of detaining "the 238 TdA members." The agreement barred using the \
money for legal counseling.

The $6 million figure is the earlier reported estimate. Both rest on about $20,000 per person: 238 \
people for $4.76 million, or 300 for $6 million.`,
    sourceIds: ["ap-deportation-plan-2025", "notus-agreement-2025", "democracy-forward-release-2025"],
  },
  {
    id: "rights-findings",
    heading: "What human-rights organizations reported",
    body: `\
On May 13, 2025, the UN Human Rights Office said the fate and whereabouts of at least 245 \
Venezuelans and about 30 Salvadorans sent to El Salvador were unclear. It said this raised \
concerns of **enforced disappearance**, and it asked for access to CECOT.

On November 12, 2025, Human Rights Watch and Cristosal published an 81-page report, *"You Have \
Arrived in Hell."* It drew on interviews with 40 of the Venezuelan men after their release, and \
with about 150 other people who knew about their treatment, including relatives and lawyers. \
According to the report:

- the men suffered systematic beatings, and there were at least three cases of sexual violence;
- food and water were poor;
- the men were held **incommunicado**, without contact with family or lawyers, for about four \
months;
- only about 3 percent of the 252 had U.S. convictions for violent or potentially violent crimes, \
and about half had no U.S. criminal record.

The groups concluded that the abuses amounted to torture and were not isolated acts. These are the \
organizations' findings, based on interviews. They are not the findings of a court.

The governments disagreed. The Department of Homeland Security said the men it had sent to CECOT \
were Tren de Aragua and MS-13 members and defended the removals, and El Salvador's government has \
said its prisons respect detainees' rights.`,
    sourceIds: ["reuters-un-2025", "hrw-cristosal-2025", "cnn-hrw-responses-2025"],
  },
  {
    id: "exchange",
    heading: "July 18, 2025: from CECOT to Caracas",
    body: `\
On July 18, 2025, El Salvador flew 252 Venezuelans from CECOT to Caracas on two flights. In \
return, Venezuela released 10 U.S. citizens and lawful permanent residents, among them former Navy \
SEAL Wilbert Joseph Castañeda and Lucas Hunter, and it agreed to free Venezuelan political \
prisoners: U.S. officials said about 80 would be released, and by July 21 the Venezuelan rights \
group Foro Penal had counted 48. Some early reports said "about 238" men were sent home; the \
figure of 252 includes the men who arrived at CECOT later, in late March and April.

The exchange ended the men's time in CECOT about four months after the March arrivals, well short \
of the "one year (renewable)" that Bukele had announced. It did not end the U.S. court cases about \
how they had been removed.`,
    sourceIds: ["npr-exchange", "reuters-prisoners-2025", "reuters-arrival-2025"],
  },
  {
    id: "dvd",
    heading: "DHS v. D.V.D.: notice before a third-country removal",
    body: `\
A separate case tested third-country removals in general. On April 18, 2025, U.S. District Judge \
Brian Murphy in Massachusetts issued a class-wide preliminary injunction, an order given before a \
final ruling. Before removing someone to a country not named in their removal order, the \
government had to give written notice in a language the person understands, and a meaningful \
chance to raise a claim under the **Convention Against Torture**. U.S. law carries out that \
treaty. A 1998 statute makes it U.S. policy not to send anyone to likely torture "regardless of \
whether the person is physically present in the United States."

On May 21, 2025, Murphy found that the government had violated his injunction with a flight bound \
for South Sudan, and he issued a remedial order. The plane landed in Djibouti, where eight men \
were held at Camp Lemonnier. Only one of them was from South Sudan.

The Supreme Court then stepped in. On June 23, 2025, by 6–3, it **stayed** Murphy's injunction \
while the appeal went on. Justice Sotomayor, joined by Justices Kagan and Jackson, dissented. On \
July 3, by 7–2, the Court said its stay also made the May 21 remedial order unenforceable. Justice \
Kagan, who had dissented in June, concurred: "I do not see how a district court can compel \
compliance with an order that this Court has stayed." Justices Sotomayor and Jackson dissented. \
Two days later, on July 5, the eight men were flown to South Sudan; U.S. officials said they had \
been convicted of serious crimes and that their home countries had refused to take them back.

These were emergency orders, not a final ruling on the merits. The merits came later: on February \
25, 2026, Murphy ruled that the government's policy was unlawful and that people must get \
meaningful notice and a chance to object before a third-country removal. The government argued \
that Congress allows such removals and that promises from receiving countries protect people. In \
March 2026 the First Circuit, 2–1, put his ruling on hold during an expedited appeal, which was \
pending as of the newest reports found (March 2026).`,
    sourceIds: [
      "dvd-injunction-2025",
      "bloomberg-dvd",
      "farra-2242",
      "cat",
      "dhs-v-dvd",
      "dhs-v-dvd-clarification-2025",
      "south-sudan-arrival-2025",
      "dvd-merits-2026",
      "dvd-stay-motion-2026",
      "dvd-first-circuit-stay-2026",
    ],
  },
  {
    id: "earlier-agreements",
    heading: "Earlier third-country agreements",
    body: `\
Sending people to a third country is not new. But the earlier agreements dealt with where a person \
could *ask for protection*, not where a person would be *imprisoned*.

- **U.S.-Canada Safe Third Country Agreement.** Signed December 5, 2002, and in force December 29, \
2004. At the land border, asylum seekers generally must claim protection in whichever of the two \
countries they reach first, with exceptions such as close family ties. The UN refugee agency, \
UNHCR, has a monitoring role. Since March 2023 the agreement also covers people who cross between \
official border posts.
- **Asylum Cooperative Agreements (ACAs).** The United States signed one with Guatemala on July \
26, 2019, and similar ones with El Salvador and Honduras in September 2019. Under the Guatemala \
agreement, the United States could send asylum seekers who were not Guatemalan to Guatemala to \
seek protection there. UNHCR and advocacy groups objected that these countries could not offer \
real protection. On February 6, 2021, the Biden administration suspended the agreements and began \
ending them. The State Department said the El Salvador and Honduras agreements had never been put \
into effect.

The 2025 arrangement was different in kind. The grant disclosed in court paid for Salvadoran \
law-enforcement needs, including detention in a prison, not for hearing claims for protection.`,
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
    body: `\
- In *J.G.G. v. Trump*, Chief Judge James Boasberg ruled on December 22, 2025 that the 137 men \
removed under the Alien Enemies Act were sent away with "virtually no notice and no opportunity" \
to contest it, violating due process, and that the United States kept **constructive custody** \
through its paid arrangement with El Salvador. On February 12, 2026, after the government said \
returns would harm U.S. foreign policy, he ordered it to help class members living in other \
countries return for hearings; men still in Venezuela were not covered.
- In *D.V.D.*, the February 2026 ruling against the government's policy was on hold while the \
appeal went on.

Either may have changed since the newest reports found (February and March 2026).`,
    sourceIds: [
      "jgg-summary-judgment",
      "rubio-declaration-jan-2026",
      "jgg-feb-2026-order",
      "dvd-first-circuit-stay-2026",
    ],
  },
] satisfies Lesson["sections"];
