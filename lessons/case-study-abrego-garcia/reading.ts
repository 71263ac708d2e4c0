import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Withholding of removal",
    definition: `\
A protection under U.S. immigration law (8 U.S.C. § 1231(b)(3)) that bars the government from \
sending a person to a specific country where his life or freedom would be threatened because of \
race, religion, nationality, membership in a particular social group or political opinion.`,
    sourceIds: ["ina-withholding", "cms-barsky"],
  },
  {
    term: "Asylum",
    definition: `\
A protection the government may grant to a refugee who qualifies. Asylum is discretionary, meaning \
officials may refuse it. Withholding of removal is mandatory once the person proves the danger.`,
    sourceIds: ["ina-withholding", "cms-barsky"],
  },
  {
    term: "Non-refoulement",
    definition: `\
The principle in international refugee law that a country must not send refugees back to a place \
where they face persecution. The United States accepted it by joining the 1967 refugee Protocol in \
1968 and carries it out mainly through withholding of removal.`,
    sourceIds: ["cms-barsky", "ina-withholding"],
  },
  {
    term: "Removal",
    definition: `\
The legal term for deportation: the government's act of sending a non-citizen out of the United \
States.`,
    sourceIds: ["ina-withholding"],
  },
  {
    term: "CECOT",
    definition: `\
The Terrorism Confinement Center (Centro de Confinamiento del Terrorismo), a very large prison in \
Tecoluca, El Salvador, opened by President Nayib Bukele in January 2023.`,
    sourceIds: ["reuters-cecot-opening-2023"],
  },
  {
    term: "Administrative stay",
    definition: `\
A short pause of a lower court's order, entered so that a higher court has time to consider a \
request. It does not decide who is right.`,
    sourceIds: ["noem-v-abrego-garcia", "scotusblog-abrego-garcia"],
  },
  {
    term: "Facilitate",
    definition: `\
The verb at the center of the Supreme Court's April 10, 2025 order: the government had to \
“facilitate” Abrego Garcia's release from custody in El Salvador. The government and the district \
court disagreed about how much action the word required.`,
    sourceIds: ["noem-v-abrego-garcia", "msnow-facilitate"],
  },
  {
    term: "Discovery",
    definition: `\
The stage of a lawsuit in which each side can demand information, documents and sworn answers from \
the other, under a judge's supervision.`,
    sourceIds: ["msnow-facilitate"],
  },
  {
    term: "Indictment",
    definition: `\
A formal written accusation that charges a person with a federal crime. It is an accusation, not a \
finding of guilt.`,
    sourceIds: ["spectrum-june-2025"],
  },
  {
    term: "Vindictive prosecution",
    definition: `\
A prosecution brought to punish a person for using a legal right, such as filing a lawsuit. A \
court that finds a prosecution vindictive can dismiss the charges.`,
    sourceIds: ["crenshaw-october-2025"],
  },
  {
    term: "Habeas corpus",
    definition: `\
A court order that requires the government to justify holding a person in custody. If the \
government cannot show a lawful basis, the court can order the person released. The Constitution \
limits when it may be suspended.`,
    sourceIds: ["us-constitution", "xinis-december-2025"],
  },
  {
    term: "Due process",
    definition: `\
The Fifth Amendment's guarantee that the federal government may not take a person's life, liberty \
or property without fair legal procedures. It protects every “person,” not only citizens.`,
    sourceIds: ["const-amend-5"],
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
    id: "protected-in-2019",
    heading: "A protection order in 2019",
    body: `\
Kilmar Abrego Garcia is a citizen of El Salvador who made his home in Maryland. In 2019 an \
immigration judge heard his case. The judge turned down his request for **asylum**, a protection \
the government may grant or refuse. But the judge granted him **withholding of removal** to El \
Salvador.

Withholding of removal comes from a federal law, 8 U.S.C. § 1231(b)(3). It forbids the government \
to send a person to a country where his life or freedom would be threatened because of his race, \
religion, nationality, political opinion or membership in a particular social group. Unlike \
asylum, it is not optional. Once a person proves the danger, the government must respect it. The \
protection is tied to a particular country: it blocks removal to the place where the danger lies.

This rule is how the United States carries out **non-refoulement**, the promise in refugee law not \
to send refugees back to persecution. The United States accepted that promise when it joined the \
1967 refugee Protocol in 1968.

The immigration judge found a clear probability that Barrio 18, a gang that had threatened his \
family, would persecute him if he were sent back. After the ruling he lived in Maryland under the \
supervision of Immigration and Customs Enforcement (ICE), with his wife and children, who are U.S. \
citizens.`,
    sourceIds: ["scotusblog-abrego-garcia", "ina-withholding", "cms-barsky", "gwlr-abrego-garcia"],
  },
  {
    id: "removal-march-2025",
    heading: "Arrest and removal, March 2025",
    body: `\
ICE officers arrested Abrego Garcia on March 12, 2025. On March 15 he was flown to El Salvador on \
the same flights that carried Venezuelan men the administration was removing that weekend. He was \
placed in **CECOT**, the Terrorism Confinement Center, a mega-prison El Salvador opened in 2023.

In court, the government did not claim that the 2019 order allowed this. Justice Department \
lawyers acknowledged that he should not have been sent to El Salvador, and an ICE official called \
the removal an “administrative error.” At the same time, the government alleged that he was a \
member of MS-13, a gang the State Department had designated a foreign terrorist organization in \
February 2025, and that his return would endanger the public. White House officials later rejected \
the "error" description: in June 2025 a spokeswoman said there was “no mistake,” because in the \
administration's view he was a gang member. The government had not obtained any conviction against \
him. Abrego Garcia denied being a member of MS-13 and said he had lived safely with his family in \
the United States for years without being charged with a crime.

The MS-13 claim is worth separating into levels. It is an **allegation** by the government. In \
2019 an immigration judge, deciding whether to release him on **bond**, credited a police report \
and an informant's claim that he belonged to MS-13, and the Board of Immigration Appeals affirmed \
that bond ruling; at a bond hearing the detained person must show he is not dangerous. His lawyers \
disputed that evidence, and the officer behind the police report later pleaded guilty to \
misconduct in office in an unrelated case. He was never charged with or **convicted** of gang membership, and in April \
2025 Judge Paula Xinis said the government had offered no evidence linking him to MS-13.

A common mistake: some reports say he was deported on March 24, 2025. March 24 is the day he sued \
in federal court in Maryland. The flight left on March 15.`,
    sourceIds: [
      "noem-v-abrego-garcia",
      "scotusblog-abrego-garcia",
      "bss-no-mistake-2025",
      "reuters-cecot-opening-2023",
      "fto-designations",
      "bia-abrego-bond-2019",
      "new-republic-gang-documents-2025",
      "new-republic-xinis",
      "clearinghouse-abrego-garcia",
    ],
  },
  {
    id: "courts-order-return",
    heading: "The courts order the government to act",
    body: `\
Abrego Garcia, his wife and their child sued the Secretary of Homeland Security and other \
officials on March 24, 2025. They argued that sending him to El Salvador without any legal \
process, against the 2019 order, broke the withholding law and the Fifth Amendment's guarantee of \
due process.

On April 4, Judge Xinis of the U.S. District Court for the District of Maryland ordered the \
government to “facilitate and effectuate” his return by April 7. The government asked the Court of \
Appeals for the Fourth Circuit to pause her order. On April 7 that court refused. The same day, \
Chief Justice John Roberts entered an **administrative stay**, a short pause that gave the full \
Supreme Court time to consider the government's request.

On April 10, 2025, the Supreme Court acted in *Noem v. Abrego Garcia*. It granted the government's \
request in part and denied it in part, and no justice noted a dissent. The Court kept the \
requirement that the government “facilitate” his release from custody in El Salvador and make sure \
his case was handled as it would have been had he not been improperly sent there. But it said the \
meaning of “effectuate” was unclear. It told Judge Xinis to clarify that part of her order “with \
due regard for the deference owed to the Executive Branch in the conduct of foreign affairs.” \
Justice Sotomayor, joined by Justices Kagan and Jackson, wrote a separate statement.`,
    sourceIds: [
      "clearinghouse-abrego-garcia",
      "new-republic-xinis",
      "noem-v-abrego-garcia",
      "scotusblog-abrego-garcia",
      "gwlr-abrego-garcia",
    ],
  },
  {
    id: "what-facilitate-meant",
    heading: "One word, two readings",
    body: `\
The Supreme Court settled that the government had to facilitate his release. It did not spell out \
what facilitating required, and the two sides read the word very differently.

**The government's reading.** Justice Department lawyers told Judge Xinis that in immigration \
practice, facilitating a person's return means taking steps that allow him to enter the United \
States, such as removing domestic obstacles to his return. In its filings the government also \
argued that courts may not order the executive branch to carry out diplomacy or direct how it \
deals with a foreign government. In its view, those decisions belong to the President under \
Article II of the Constitution.

**The reading of his lawyers and the district court.** Abrego Garcia's lawyers sought his return \
and asked the court for fast **discovery** into what the government was actually doing. In \
mid-April 2025 Judge Xinis granted that request and rejected the domestic-obstacles reading. She \
ruled that the government had to take the steps available to it to help bring about his release \
and return.

**The Supreme Court's own words.** The April 10 order set out two ideas at once. The government \
must facilitate his release and the fair handling of his case, and courts must give due regard to \
the executive branch's role in foreign affairs.

The dispute echoes an old point about the courts. In Federalist No. 78, Alexander Hamilton wrote \
that the judiciary has “neither FORCE nor WILL, but merely judgment” and depends on the executive \
to carry out its judgments. When the person a court is trying to help is held in another country's \
prison, that dependence is plain to see.`,
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
    body: `\
On June 6, 2025, the government brought Abrego Garcia back to the United States to face criminal \
charges. A two-count **indictment** had been filed under seal in May in the federal court for the \
Middle District of Tennessee. It charged him with conspiring to transport undocumented immigrants \
and with unlawfully transporting them. The charges grew out of a November 2022 traffic stop in \
which officers let him go with a warning. Attorney General Pam Bondi thanked El Salvador's \
president, Nayib Bukele, for returning him. Abrego Garcia pleaded not guilty.

His lawyers argued that the case was a **vindictive prosecution**, brought to punish him for suing \
over his removal. On October 3, 2025, Judge Waverly Crenshaw found a “realistic likelihood” of \
vindictiveness. He pointed to statements by Deputy Attorney General Todd Blanche that linked the \
charges to the Maryland lawsuit. That finding did not end the case. It allowed the defense to \
gather evidence and required a hearing.

In August 2025 he was released from criminal custody to await trial. ICE then detained him again \
and proposed sending him to countries in Africa, starting with Uganda. Costa Rica said it would \
accept him. His 2019 protection named El Salvador, not those countries.`,
    sourceIds: [
      "spectrum-june-2025",
      "crenshaw-october-2025",
      "npr-ice-detention-2025",
      "jurist-feb-2026",
      "ina-withholding",
    ],
  },
  {
    id: "as-of-early-2026",
    heading: "Where things stood in early 2026",
    body: `\
On December 11, 2025, Judge Xinis granted Abrego Garcia's petition for **habeas corpus** and \
ordered him released from ICE custody at once, because no final order of removal existed that \
could support holding him for deportation. That night an immigration judge added a removal order \
to his 2019 case, saying it had been left out by mistake. The next day Judge Xinis barred ICE from \
detaining him again while she considered the question. On February 17, 2026, she ruled that ICE \
could not re-detain him: the legal period for removing him had run out, and she called the \
government's plans "one empty threat after another to remove him to countries in Africa," while \
Costa Rica had agreed to take him.

In the criminal case, Judge Crenshaw cancelled the January 2026 trial and held a hearing on the \
vindictive-prosecution claim on February 26, 2026. The prosecution denied any retaliation: the \
former acting U.S. attorney testified that the decision to charge was his own, and Rana Saoud, a \
Homeland Security Investigations agent, testified that the case had grown stronger as it went on.

What happened next is less certain. Several websites, citing Politico and ABC News, later reported \
that Judge Crenshaw dismissed the indictment as vindictive and that the Justice Department planned \
to appeal. This lesson could not confirm that ruling or its date from a court record or a wire \
service, so treat it as reported, not confirmed.

As of the newest reports found (late February 2026), appeals were possible in both the immigration \
and the criminal case, and his situation may have changed since.`,
    sourceIds: [
      "xinis-december-2025",
      "abc-ij-amendment-2025",
      "jurist-tro-dec-2025",
      "jurist-feb-2026",
      "ap-february-2026",
      "ap-saoud-testimony-2026",
      "dismissal-reports",
    ],
  },
  {
    id: "why-it-matters",
    heading: "Why the case matters",
    body: `\
The case raised questions that reach beyond one man. The Fifth Amendment says that no “person” may \
be deprived of liberty without due process of law. The word is *person*, not *citizen*. Abrego \
Garcia's lawyers relied on that guarantee.

The government argued that once he was in another country's custody, courts could not order the \
executive branch to negotiate for his return. The Supreme Court's short order answered with a \
balance. The government had to facilitate his release, and courts had to respect the President's \
role in foreign affairs. People still disagree about whether that balance was right and about what \
the government's later actions showed.`,
    sourceIds: ["const-amend-5", "clearinghouse-abrego-garcia", "govt-application-april-2025", "noem-v-abrego-garcia"],
  },
] satisfies Lesson["sections"];
