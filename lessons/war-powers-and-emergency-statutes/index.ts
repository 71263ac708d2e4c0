import type { Lesson } from "civics-lessons";

/**
 * Teaches how Congress's war powers and the main U.S. war-powers and emergency statutes divide authority between Congress, the President and the courts.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/war-powers-and-emergency-statutes";
 * lesson.title
 * //=> "War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts"
 */
export const lesson = {
  id: "war-powers-and-emergency-statutes",
  version: "1.0.0",
  title: "War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts",
  summary:
    "Students compare the Constitution's war powers with six statutes (the War Powers Resolution, the 2001 AUMF, the Insurrection Act, the National Emergencies Act, IEEPA and the repealed Emergency Detention Act) by asking who triggers each, what limits it and what courts have reviewed.",
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"War Powers and Emergency Statutes: Who Decides, What Limits, Which Courts" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-constitutional-split",
      text: "Explain how Article I, section 8 and Article II, section 2 divide war powers between Congress and the President.",
    },
    {
      id: "compare-statute-triggers",
      text: "Compare who triggers each war-powers or emergency statute, what limits it, and what courts have reviewed.",
    },
    {
      id: "apply-statute-text",
      text: "Apply the text of the War Powers Resolution, the AUMF, IEEPA and 18 U.S.C. § 4001(a) to short scenarios.",
    },
    {
      id: "evaluate-checks",
      text: "Evaluate arguments made by Congress, Presidents and courts about how far emergency powers should reach.",
    },
  ],
  keyTerms: [
    {
      term: "Declare War Clause",
      definition:
        'The part of Article I, section 8 that gives Congress, not the President, the power "To declare War."',
      sourceIds: ["us-constitution"],
    },
    {
      term: "Commander in Chief",
      definition:
        "The President's role under Article II, section 2 as head of the Army and Navy, and of state militias when called into national service.",
      sourceIds: ["us-constitution"],
    },
    {
      term: "War Powers Resolution",
      definition:
        "A 1973 law, passed over President Nixon's veto, that requires the President to report to Congress within 48 hours of sending forces into hostilities and to withdraw them after 60 days (plus up to 30) unless Congress approves.",
      sourceIds: ["war-powers-resolution", "frus-wpr-note"],
    },
    {
      term: "Authorization for Use of Military Force (AUMF)",
      definition:
        "A law in which Congress approves military action without formally declaring war. The 2001 AUMF targets those the President determines were responsible for the September 11 attacks and those who harbored them.",
      sourceIds: ["aumf-2001"],
    },
    {
      term: "Insurrection Act",
      definition:
        "The law, now 10 U.S.C. §§ 251–255, that lets the President use the militia and armed forces at home when rebellion or unlawful obstruction makes ordinary enforcement of federal law impracticable, or when a state asks for help.",
      sourceIds: ["insurrection-act"],
    },
    {
      term: "Proclamation to disperse",
      definition:
        "A public order the President must issue under the Insurrection Act, commanding insurgents to disperse, before using troops under it.",
      sourceIds: ["insurrection-act", "eo-10730"],
    },
    {
      term: "National emergency",
      definition:
        "A formal presidential declaration under the National Emergencies Act that switches on special powers found in other statutes. The Act does not define the term.",
      sourceIds: ["national-emergencies-act", "crs-nea-definition"],
    },
    {
      term: "Joint resolution",
      definition:
        "A measure passed by both houses of Congress that goes to the President for signature or veto, like a bill. Congress can end a national emergency with one.",
      sourceIds: ["national-emergencies-act", "us-constitution"],
    },
    {
      term: "IEEPA",
      definition:
        "The International Emergency Economic Powers Act of 1977, which lets the President regulate economic dealings to meet an unusual and extraordinary threat from abroad once he declares a national emergency about it.",
      sourceIds: ["ieepa", "crs-ieepa"],
    },
    {
      term: "Emergency Detention Act",
      definition:
        'Title II of the Internal Security Act of 1950. It allowed detention of people thought likely to commit espionage or sabotage after the President declared an "internal security emergency." It was never triggered and was repealed in 1971.',
      sourceIds: ["internal-security-act", "densho-eda-repeal", "crs-detention-citizens"],
    },
    {
      term: "Non-Detention Act",
      definition:
        "The 1971 law, codified at 18 U.S.C. § 4001(a), that repealed the Emergency Detention Act and bars detaining a U.S. citizen except under an Act of Congress.",
      sourceIds: ["non-detention-act", "crs-detention-citizens"],
    },
    {
      term: "Standing",
      definition:
        "A plaintiff's right to bring a case in federal court, which requires a concrete injury of their own. In Campbell v. Clinton, a War Powers Resolution suit by members of Congress was dismissed for lack of it.",
      sourceIds: ["campbell-v-clinton", "crs-wpr-litigation"],
    },
  ],
  sections: [
    {
      id: "constitutional-split",
      heading: "Who holds the war power?",
      body: `The Constitution splits war powers between two branches. Article I, section 8 lists powers of **Congress**. It may "declare War." It may raise and support armies. No money for the Army may be set aside for more than two years at a time. It may also "provide for calling forth the Militia to execute the Laws of the Union, suppress Insurrections and repel Invasions."

Article II, section 2 makes the **President** the "Commander in Chief" of the armed forces. So Congress decides whether the nation goes to war and pays for the military. The President directs the forces.

In practice the line is blurry. Modern Presidents have sent forces into combat without a declaration of war and have argued that they do not always need Congress's approval. Congress has answered by writing statutes that set conditions on presidential action. This lesson looks at five of them, plus a sixth that Congress later repealed.`,
      sourceIds: ["us-constitution", "crs-wpr-litigation"],
    },
    {
      id: "war-powers-resolution",
      heading: "The War Powers Resolution (1973)",
      body: `Near the end of the Vietnam War, Congress passed the **War Powers Resolution**. President Nixon vetoed it on October 24, 1973. Congress overrode the veto on November 7, 1973, by votes of 284–135 in the House and 75–18 in the Senate.

The law sets two clocks:

- The President must **report to Congress within 48 hours** after sending armed forces into hostilities, or into situations where hostilities are clearly about to start.
- The forces must come out within **60 days**, with **up to 30 more days** allowed for a safe withdrawal, unless Congress declares war, authorizes the use of force, or extends the time.

According to a Congressional Research Service (CRS) report, later Presidents have maintained that they can start military action on their own authority, and several have said parts of the law unconstitutionally restrict their power as Commander in Chief. When President Clinton reported on the 1999 air campaign against Yugoslavia, for example, he called his report "consistent with the War Powers Resolution."

Members of Congress have gone to court to enforce it. CRS counted eight such suits and found that in seven of the eight that reached a final ruling, the courts did not decide the merits. In *Campbell v. Clinton* (2000), for example, the federal appeals court in Washington, D.C. held that lawmakers challenging the 1999 air campaign against Yugoslavia lacked **standing**, meaning the legal right to sue.`,
      sourceIds: ["war-powers-resolution", "frus-wpr-note", "crs-wpr-litigation", "campbell-v-clinton"],
    },
    {
      id: "aumf-2001",
      heading: "The 2001 Authorization for Use of Military Force",
      body: `Three days after the September 11, 2001 attacks, Congress passed an **Authorization for Use of Military Force (AUMF)**. The Senate vote was 98–0, and the resolution met only one "no" vote in all of Congress. President George W. Bush signed it on September 18, 2001.

The key sentence authorizes the President "to use all necessary and appropriate force against those nations, organizations, or persons he determines planned, authorized, committed, or aided the terrorist attacks that occurred on September 11, 2001, or harbored such organizations or persons." The AUMF also states that it is the kind of specific authorization the War Powers Resolution requires, so the 60-day clock does not cut it off.

Courts have reviewed how the AUMF is used. In *Hamdi v. Rumsfeld* (2004), Justice O'Connor's plurality opinion agreed that the AUMF allowed the military to detain enemy combatants in the narrow circumstances alleged. But it held that a U.S. citizen held that way must get notice and "a meaningful opportunity to contest the factual basis for that detention before a neutral decisionmaker." She wrote that "a state of war is not a blank check for the President when it comes to the rights of the Nation's citizens."`,
      sourceIds: ["aumf-2001", "hamdi-v-rumsfeld"],
    },
    {
      id: "insurrection-act",
      heading: "The Insurrection Act: troops at home",
      body: `The **Insurrection Act**, now 10 U.S.C. §§ 251–255 (renumbered in 2016 from §§ 331–335), covers using the military inside the country. It lets the President act when a state asks for help, or when "unlawful obstructions, combinations, or assemblages, or rebellion" make it impracticable to enforce federal law through the courts in the ordinary way.

There is a built-in step: **before** using troops, the President must issue a **proclamation ordering the insurgents to disperse**.

Little Rock, Arkansas, in 1957 shows the steps. A federal court had ordered a high school desegregated, but Governor Orval Faubus called out the Arkansas National Guard, nine Black students were turned away on September 4, and a mob gathered on September 23. That day President Eisenhower issued Proclamation 3204 ordering the obstruction to stop. The next day, **Executive Order 10730** placed the Arkansas National Guard under federal control and sent about 1,000 soldiers of the 101st Airborne. The students entered under escort on September 25.

An early Supreme Court case gave the President wide room here. In *Martin v. Mott* (1827), a case about a 1795 militia law, the Supreme Court held that the President alone decides whether the emergency that allows calling out the militia has arisen, and that his decision binds everyone else.`,
      sourceIds: ["insurrection-act", "eo-10730", "martin-v-mott"],
    },
    {
      id: "emergencies-and-ieepa",
      heading: "National emergencies and IEEPA",
      body: `Many statutes give the President extra powers that switch on only during a national emergency. The **National Emergencies Act**, signed by President Ford on September 14, 1976, set rules for using them. It ended, after two years, the powers flowing from emergencies already in effect. For new ones, the President must publish the declaration in the Federal Register and name the statutory powers he will use. Each emergency **lapses on its anniversary** unless the President publishes a notice continuing it. Congress can end one by **joint resolution**, which, like a bill, the President may veto.

A 2019 CRS analysis pointed out that the Act never defines "national emergency." A court reviewing a declaration could interpret the phrase, or it could decide there is no workable legal standard and treat the question as one for the political branches.

The **International Emergency Economic Powers Act (IEEPA)** became law on December 28, 1977. Its powers may be used "to deal with any unusual and extraordinary threat, which has its source in whole or substantial part outside the United States, to the national security, foreign policy, or economy of the United States, if the President declares a national emergency with respect to such threat." According to CRS, IEEPA grew out of the 1917 Trading with the Enemy Act, and Congress wrote both the NEA and IEEPA after discovering that the country had been in a declared national emergency for more than four decades.

CRS describes IEEPA as the center of modern U.S. economic sanctions. On January 20, 2025, Executive Order 14157 declared a national emergency under IEEPA concerning drug cartels. In 2025 the President also relied on IEEPA emergencies to impose tariffs. On February 20, 2026, in *Learning Resources, Inc. v. Trump*, the Supreme Court ruled 6–3 that IEEPA does not authorize tariffs. That was the last known ruling as of early 2026; later developments may have changed the picture.`,
      sourceIds: [
        "national-emergencies-act",
        "crs-nea-definition",
        "ieepa",
        "crs-ieepa",
        "eo-14157",
        "learning-resources-v-trump",
      ],
    },
    {
      id: "detention",
      heading: "Detention: the Emergency Detention Act and its repeal",
      body: `In 1950, during the Korean War, Congress passed the Internal Security Act over President Truman's veto. Its Title II, the **Emergency Detention Act**, let the President declare an "internal security emergency" in case of war, invasion, or an insurrection aiding a foreign enemy. The government could then detain people it had reason to believe "probably will engage in" espionage or sabotage.

According to the Densho Encyclopedia, no President ever declared such an emergency, so no one was held under the law. Densho also describes a repeal campaign from 1967 to 1971, led by the Japanese American Citizens League, that drew on memories of the World War II incarceration of Japanese Americans.

On September 25, 1971, President Nixon signed the repeal. The same law added what is now 18 U.S.C. § 4001(a), the **Non-Detention Act**: "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress."

How far § 4001(a) reaches became a live question after 2001. In the cases of Yaser Hamdi and Jose Padilla, the Bush administration argued that it limits only detentions by the Attorney General, not by the President or the military. A CRS analyst, Louis Fisher, concluded that Congress meant it to cover all executive detentions, military ones included.`,
      sourceIds: ["internal-security-act", "densho-eda-repeal", "non-detention-act", "crs-detention-citizens"],
    },
    {
      id: "comparison",
      heading: "Comparing the tools",
      body: `Use this table to compare the tools. "Courts" means what courts have actually done, not every question they could hear.

| Tool | Who triggers it | Main limits | What courts have reviewed |
|---|---|---|---|
| Declaring war (Art. I, § 8) | Congress | Only Congress declares war; Army funding lasts at most two years | Suits by lawmakers over undeclared wars have mostly ended without a ruling on the merits |
| War Powers Resolution | The President, by sending forces into hostilities | 48-hour report; 60 days plus up to 30, unless Congress acts | Lawmakers' suits dismissed, e.g., for lack of standing (*Campbell v. Clinton*) |
| 2001 AUMF | Congress authorized; the President determines the targets | Limited to those tied to the 9/11 attacks or harboring them | *Hamdi*: detention allowed, but a citizen must get a fair chance to contest it |
| Insurrection Act | The President, or a state's request | Proclamation to disperse first; obstruction must block normal law enforcement | *Martin v. Mott* (1795 militia law): the President decides whether the emergency exists |
| National Emergencies Act | The President declares | Publication; named powers; yearly lapse unless continued; joint resolution | "Emergency" undefined; courts may treat it as a political question |
| IEEPA | The President, after declaring an emergency about a foreign-based threat | Only the powers the statute grants | *Learning Resources* (2026): no tariff power |
| Emergency Detention Act (1950–1971) | The President, by declaring an internal security emergency | Repealed; § 4001(a) now requires an Act of Congress to detain citizens | Never tested, since no emergency was declared |`,
      sourceIds: [
        "us-constitution",
        "war-powers-resolution",
        "crs-wpr-litigation",
        "campbell-v-clinton",
        "aumf-2001",
        "hamdi-v-rumsfeld",
        "insurrection-act",
        "martin-v-mott",
        "national-emergencies-act",
        "crs-nea-definition",
        "ieepa",
        "learning-resources-v-trump",
        "internal-security-act",
        "non-detention-act",
        "densho-eda-repeal",
      ],
    },
  ],
  timeline: [
    {
      date: "1787-09-17",
      event:
        "The Constitution is signed, giving Congress the power to declare war and making the President Commander in Chief.",
      sourceIds: ["us-constitution"],
    },
    {
      date: "1827",
      event:
        "In Martin v. Mott, the Supreme Court holds that the President decides whether an emergency allowing him to call out the militia exists.",
      sourceIds: ["martin-v-mott"],
    },
    {
      date: "1950-09",
      event:
        "Congress passes the Internal Security Act over President Truman's veto; its Title II is the Emergency Detention Act.",
      sourceIds: ["internal-security-act", "densho-eda-repeal"],
    },
    {
      date: "1957-09-24",
      event:
        "Executive Order 10730 sends federal troops to Little Rock under the Insurrection Act, a day after Proclamation 3204.",
      sourceIds: ["eo-10730"],
    },
    {
      date: "1971-09-25",
      event: "President Nixon signs the repeal of the Emergency Detention Act, adding 18 U.S.C. § 4001(a).",
      sourceIds: ["non-detention-act", "crs-detention-citizens"],
    },
    {
      date: "1973-11-07",
      event: "Congress overrides President Nixon's veto of the War Powers Resolution.",
      sourceIds: ["war-powers-resolution", "frus-wpr-note"],
    },
    {
      date: "1976-09-14",
      event: "President Ford signs the National Emergencies Act.",
      sourceIds: ["national-emergencies-act"],
    },
    {
      date: "1977-12-28",
      event: "IEEPA becomes law.",
      sourceIds: ["ieepa"],
    },
    {
      date: "2001-09-18",
      event: "President George W. Bush signs the Authorization for Use of Military Force.",
      sourceIds: ["aumf-2001"],
    },
    {
      date: "2004-06-28",
      event:
        "Hamdi v. Rumsfeld: a citizen detained under the AUMF must get a meaningful chance to contest the detention.",
      sourceIds: ["hamdi-v-rumsfeld"],
    },
    {
      date: "2016-12-23",
      event: "The Insurrection Act is renumbered as 10 U.S.C. §§ 251–255.",
      sourceIds: ["insurrection-act"],
    },
    {
      date: "2025-01-20",
      event: "Executive Order 14157 declares a national emergency under IEEPA concerning drug cartels.",
      sourceIds: ["eo-14157"],
    },
    {
      date: "2026-02-20",
      event: "In Learning Resources, Inc. v. Trump, the Supreme Court holds 6–3 that IEEPA does not authorize tariffs.",
      sourceIds: ["learning-resources-v-trump"],
    },
  ],
  sources: [
    {
      id: "us-constitution",
      kind: "constitution",
      title: "Constitution of the United States",
      citation: "U.S. Const. art. I, § 8; art. I, § 7; art. II, § 2",
      url: "https://www.archives.gov/founding-docs/constitution-transcript",
      publisher: "National Archives",
      date: "1787-09-17",
      excerpt:
        "To declare War, grant Letters of Marque and Reprisal, and make Rules concerning Captures on Land and Water",
      publicDomain: true,
    },
    {
      id: "war-powers-resolution",
      kind: "statute",
      title: "War Powers Resolution",
      citation: "Pub. L. 93-148, 87 Stat. 555 (1973) (50 U.S.C. §§ 1541–1548)",
      date: "1973-11-07",
      publicDomain: true,
    },
    {
      id: "frus-wpr-note",
      kind: "report",
      title:
        "Foreign Relations of the United States, 1969–1976, Volume XXXV, Document 26 (editorial note on the War Powers Resolution)",
      citation: "Foreign Relations of the United States, 1969–1976, vol. XXXV, doc. 26",
      url: "https://history.state.gov/historicaldocuments/frus1969-76v35/d26",
      publisher: "U.S. Department of State, Office of the Historian",
      publicDomain: true,
    },
    {
      id: "crs-wpr-litigation",
      kind: "report",
      title: "War Powers Litigation Initiated by Members of Congress Since the Enactment of the War Powers Resolution",
      citation: "Congressional Research Service, Report RL30352",
      url: "https://www.everycrsreport.com/reports/RL30352.html",
      publisher: "Congressional Research Service",
      publicDomain: true,
    },
    {
      id: "campbell-v-clinton",
      kind: "case",
      title: "Campbell v. Clinton",
      citation: "Campbell v. Clinton, 203 F.3d 19 (D.C. Cir. 2000)",
      date: "2000-02-18",
      publicDomain: true,
    },
    {
      id: "aumf-2001",
      kind: "statute",
      title: "Authorization for Use of Military Force (S.J. Res. 23)",
      citation: "Pub. L. 107-40, 115 Stat. 224 (2001)",
      url: "https://www.congress.gov/bill/107th-congress/senate-joint-resolution/23/text/enr",
      publisher: "Congress.gov",
      date: "2001-09-18",
      excerpt:
        "to use all necessary and appropriate force against those nations, organizations, or persons he determines planned, authorized, committed, or aided the terrorist attacks that occurred on September 11, 2001, or harbored such organizations or persons",
      publicDomain: true,
    },
    {
      id: "hamdi-v-rumsfeld",
      kind: "case",
      title: "Hamdi v. Rumsfeld",
      citation: "Hamdi v. Rumsfeld, 542 U.S. 507 (2004)",
      date: "2004-06-28",
      publicDomain: true,
    },
    {
      id: "insurrection-act",
      kind: "statute",
      title: "Insurrection Act",
      citation: "10 U.S.C. §§ 251–255 (formerly §§ 331–335; renumbered by Pub. L. 114-328 (2016))",
      publicDomain: true,
    },
    {
      id: "eo-10730",
      kind: "executive-action",
      title: "Executive Order 10730 (federal troops to Little Rock, Arkansas)",
      citation: "Exec. Order No. 10730 (Sept. 24, 1957)",
      url: "https://www.archives.gov/milestone-documents/executive-order-10730",
      publisher: "National Archives",
      date: "1957-09-24",
      publicDomain: true,
    },
    {
      id: "martin-v-mott",
      kind: "case",
      title: "Martin v. Mott",
      citation: "Martin v. Mott, 25 U.S. (12 Wheat.) 19 (1827)",
      url: "https://supreme.justia.com/cases/federal/us/25/19/",
      publisher: "Justia",
      date: "1827",
      publicDomain: true,
    },
    {
      id: "national-emergencies-act",
      kind: "statute",
      title: "National Emergencies Act",
      citation: "Pub. L. 94-412, 90 Stat. 1255 (1976) (50 U.S.C. §§ 1601–1651)",
      date: "1976-09-14",
      publicDomain: true,
    },
    {
      id: "crs-nea-definition",
      kind: "report",
      title: "Definition of National Emergency under the National Emergencies Act",
      citation: "Congressional Research Service, Legal Sidebar LSB10267 (Mar. 1, 2019)",
      url: "https://www.everycrsreport.com/files/2019-03-01_LSB10267_1a9301cfeabd5a9c0a346a6520da2df915140c8a.html",
      publisher: "Congressional Research Service",
      date: "2019-03-01",
      publicDomain: true,
    },
    {
      id: "ieepa",
      kind: "statute",
      title: "International Emergency Economic Powers Act",
      citation: "Pub. L. 95-223, tit. II, 91 Stat. 1626 (1977) (50 U.S.C. § 1701 et seq.)",
      date: "1977-12-28",
      excerpt:
        "to deal with any unusual and extraordinary threat, which has its source in whole or substantial part outside the United States, to the national security, foreign policy, or economy of the United States, if the President declares a national emergency with respect to such threat",
      publicDomain: true,
    },
    {
      id: "crs-ieepa",
      kind: "report",
      title: "The International Emergency Economic Powers Act: Origins, Evolution, and Use",
      citation: "Congressional Research Service, Report R45618",
      url: "https://www.everycrsreport.com/changes/20190320_R45618_44791ad0fa18051aeff40ec0dcc984e73e8266a3__20190801_R45618_4ada899474d4efdee5d85cb685c3afc55e353d7a.html",
      publisher: "Congressional Research Service",
      publicDomain: true,
    },
    {
      id: "eo-14157",
      kind: "executive-action",
      title: "Executive Order 14157 of January 20, 2025 (national emergency concerning cartels)",
      citation: "Exec. Order No. 14157, 90 Fed. Reg. 8439 (Jan. 29, 2025)",
      url: "https://regulations.justia.com/regulations/fedreg/2025/01/29/2025-02004.html",
      publisher: "Federal Register (via Justia)",
      date: "2025-01-20",
      publicDomain: true,
    },
    {
      id: "learning-resources-v-trump",
      kind: "case",
      title: "Learning Resources, Inc. v. Trump",
      citation: "Learning Resources, Inc. v. Trump, 607 U.S. ___ (2026) (Nos. 24-1287, 25-250)",
      date: "2026-02-20",
      publicDomain: true,
    },
    {
      id: "internal-security-act",
      kind: "statute",
      title: "Internal Security Act of 1950, Title II (Emergency Detention Act)",
      citation: "Internal Security Act of 1950, tit. II, 64 Stat. 1019 (repealed 1971)",
      date: "1950-09",
      publicDomain: true,
    },
    {
      id: "non-detention-act",
      kind: "statute",
      title: "Non-Detention Act (repeal of the Emergency Detention Act)",
      citation: "Pub. L. 92-128, 85 Stat. 347 (1971) (18 U.S.C. § 4001(a))",
      date: "1971-09-25",
      excerpt:
        "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress.",
      publicDomain: true,
    },
    {
      id: "alien-enemies-act",
      kind: "statute",
      title: "Alien Enemies Act",
      citation: "50 U.S.C. § 21",
      date: "1798-07-06",
      publicDomain: true,
    },
    {
      id: "crs-detention-citizens",
      kind: "report",
      title: "Detention of U.S. Citizens",
      citation: "Louis Fisher, Congressional Research Service, Report RS22130 (Apr. 28, 2005)",
      url: "https://www.everycrsreport.com/reports/RS22130.html",
      publisher: "Congressional Research Service",
      date: "2005-04-28",
      publicDomain: true,
    },
    {
      id: "densho-eda-repeal",
      kind: "other",
      title: 'Repeal of Title II of the Internal Security Act of 1950 ("Emergency Detention Act")',
      citation: 'Densho Encyclopedia, "Repeal of Title II of the Internal Security Act of 1950"',
      url: "https://encyclopedia.densho.org/Repeal_of_Title_II_of_the_Internal_Security_Act_of_1950_%28%22Emergency_Detention_Act%22%29/",
      publisher: "Densho",
    },
  ],
  perspectives: [
    {
      id: "wpr-congress-view",
      label: "Congress: the war power belongs to the legislature",
      argument:
        "Supporters of the War Powers Resolution point to Article I, which gives Congress alone the power to declare war and to fund the Army. According to CRS, Congress passed the law partly because of concern that its war power had withered during the Korean and Vietnam conflicts, and it enacted the law over a presidential veto. On this view, reporting deadlines and a withdrawal clock are how Congress keeps a say once troops are sent.",
      sourceIds: ["us-constitution", "crs-wpr-litigation", "frus-wpr-note"],
    },
    {
      id: "wpr-presidential-view",
      label: "Presidents: the Commander in Chief must be able to act",
      argument:
        'President Nixon vetoed the Resolution, and CRS reports that later Presidents have maintained they may begin military action on their own authority, with several calling parts of the law an unconstitutional limit on the Commander in Chief. President Clinton, for example, described a 1999 report as "consistent with" the Resolution. On this view, a fixed 60-day clock can tie a President\'s hands in a fast-moving crisis.',
      sourceIds: ["crs-wpr-litigation", "campbell-v-clinton", "frus-wpr-note"],
    },
    {
      id: "section-4001-narrow",
      label: "Bush administration: § 4001(a) reaches only civilian detention",
      argument:
        "In the Hamdi and Padilla litigation, the administration argued that the Non-Detention Act restricts detentions by the Attorney General, not those ordered by the President or carried out by the military, so it did not block holding citizens as enemy combatants.",
      sourceIds: ["crs-detention-citizens"],
    },
    {
      id: "section-4001-broad",
      label: "CRS analyst Louis Fisher: § 4001(a) covers all executive detention",
      argument:
        "Fisher concluded that Congress meant § 4001(a), which replaced the Emergency Detention Act, to restrict every kind of executive detention of citizens, including military detention, unless Congress has authorized it.",
      sourceIds: ["crs-detention-citizens", "non-detention-act"],
    },
    {
      id: "ieepa-tariffs-majority",
      label: "Learning Resources majority: IEEPA does not reach tariffs",
      argument:
        "Chief Justice Roberts, writing for a six-Justice majority, reasoned that IEEPA's power to regulate importation does not include imposing tariffs, which are a form of taxation the Constitution gives to Congress.",
      sourceIds: ["learning-resources-v-trump", "us-constitution"],
    },
    {
      id: "ieepa-tariffs-dissent",
      label: "Learning Resources dissent: regulating imports includes duties",
      argument:
        "Justice Kavanaugh, joined by Justices Thomas and Alito, argued that regulating importation has historically included imposing duties, and that Congress wrote IEEPA to give the President flexible tools against foreign threats.",
      sourceIds: ["learning-resources-v-trump"],
    },
  ],
  discussionQuestions: [
    "The War Powers Resolution lets a President use force for up to 60 days (plus 30) before Congress must act. Is that the right balance between speed and democratic control? What would you change?",
    "Martin v. Mott left it to the President to decide when an emergency exists, while Hamdi insisted on a neutral decision-maker for a detained citizen. When should courts defer to the President, and when should they look closely?",
    "The National Emergencies Act lets Congress end an emergency by joint resolution, which the President can veto. Does that give Congress a real check? What other tools does Congress have?",
    "The Emergency Detention Act was never used, yet a campaign worked for years to repeal it. Why might people want to repeal a law that has never been used?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution creates a government with divided powers and limits, and how those arrangements have changed over time.",
    },
    {
      framework: "C3",
      code: "D2.Civ.5.9-12",
      description:
        "Evaluate how well citizens and institutions, including Congress, the President and courts, address national problems.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyze how people use and challenge laws to address public issues, such as lawsuits over war powers and emergency declarations.",
    },
    {
      framework: "C3",
      code: "D2.His.1.9-12",
      description:
        "Evaluate how events such as Vietnam, the Cold War and September 11 shaped the laws Congress wrote in response.",
    },
  ],
  questions: [
    {
      id: "declare-war-excerpt-claim",
      type: "single-choice",
      prompt:
        'Read the excerpt from Article I, section 8: "To declare War, grant Letters of Marque and Reprisal, and make Rules concerning Captures on Land and Water." A classmate says: "Because the President is Commander in Chief, the Constitution lets the President alone decide to take the country to war." Which response best uses the text to check that claim?',
      difficulty: 1,
      objectiveIds: ["explain-constitutional-split"],
      sourceIds: ["us-constitution"],
      excerptSourceId: "us-constitution",
      explanation:
        "The excerpt is a power listed for **Congress** in Article I. Article II makes the President Commander in Chief, which means directing the forces, but the decision to declare war is assigned to Congress. The tempting answer about the Commander in Chief clause describes the President's role correctly but does not give the power to declare war.",
      choices: [
        {
          id: "congress-declares",
          text: "The clause appears in Article I's list of Congress's powers, so declaring war belongs to Congress even though the President commands the forces.",
          correct: true,
        },
        {
          id: "commander-controls",
          text: "The Commander in Chief clause includes the power to declare war, so the classmate is right.",
          feedback:
            "Article II makes the President commander of the forces, but the excerpt puts the power to declare war in Congress's list.",
        },
        {
          id: "shared-equally",
          text: "The clause says the President and Congress must declare war together by joint proclamation.",
          feedback:
            "The excerpt does not mention the President or a joint proclamation; it is one of Congress's listed powers.",
        },
        {
          id: "courts-decide",
          text: "The clause gives the Supreme Court the final say on when a war may begin.",
          feedback: "The excerpt is in Article I, about Congress. It says nothing about the courts.",
        },
      ],
    },
    {
      id: "wpr-withdrawal-days",
      type: "numeric",
      prompt:
        "Under the War Powers Resolution, how many days may armed forces stay in hostilities before they must be withdrawn, not counting the extra period allowed for a safe withdrawal, unless Congress declares war, authorizes force or extends the time?",
      difficulty: 1,
      objectiveIds: ["apply-statute-text"],
      sourceIds: ["war-powers-resolution", "frus-wpr-note"],
      explanation:
        "The base clock is **60 days**. The law allows up to 30 more days for a safe withdrawal, so 90 is the outside limit, not the base period. The 48 in the law is a number of **hours** for the report to Congress.",
      answer: { value: 60 },
      unit: "days",
      nearMisses: [
        {
          answer: { value: 90 },
          fraction: 0.5,
          feedback:
            "90 days is the outside limit only if the extra 30 days for safe withdrawal are used. The base period is 60.",
        },
        {
          answer: { value: 48 },
          fraction: 0,
          feedback:
            "48 is the number of hours the President has to report to Congress, not the number of days forces may stay.",
        },
      ],
    },
    {
      id: "wpr-report-scenario",
      type: "single-choice",
      prompt:
        "Without any declaration of war or authorization from Congress, a President orders Navy jets to strike targets in another country on a Monday at 9 a.m. Under the War Powers Resolution, what must happen first?",
      difficulty: 2,
      objectiveIds: ["apply-statute-text"],
      sourceIds: ["war-powers-resolution", "frus-wpr-note"],
      explanation:
        "The first requirement is a **report to Congress within 48 hours**, so by Wednesday at 9 a.m. The 60-day clock matters later; it does not require Congress to vote before the strikes. The Resolution does not make the President get a court's approval.",
      hints: ["Think about the law's two clocks: one measured in hours, one in days."],
      choices: [
        {
          id: "report-48",
          text: "The President must report to Congress within 48 hours, by about 9 a.m. Wednesday.",
          correct: true,
        },
        {
          id: "vote-first",
          text: "Congress must vote to approve the strikes before they begin.",
          feedback:
            "The Resolution lets the President act first; its limits are a report deadline and a later withdrawal clock.",
        },
        {
          id: "withdraw-60",
          text: "The forces must be withdrawn within 60 hours.",
          feedback: "The withdrawal clock is 60 days, not hours, and it comes after the reporting requirement.",
        },
        {
          id: "court-approval",
          text: "The President must obtain approval from a federal court within 48 hours.",
          feedback: "The report goes to Congress. No court approval is required.",
        },
      ],
    },
    {
      id: "statute-trigger-match",
      type: "matching",
      prompt: "Match each law with what sets it in motion. One trigger does not match any law in this lesson.",
      difficulty: 2,
      objectiveIds: ["compare-statute-triggers"],
      sourceIds: [
        "war-powers-resolution",
        "aumf-2001",
        "insurrection-act",
        "national-emergencies-act",
        "ieepa",
        "internal-security-act",
        "densho-eda-repeal",
        "alien-enemies-act",
      ],
      explanation:
        'The War Powers Resolution starts its clocks when the President sends forces into hostilities. The AUMF is aimed at those the President determines were behind the September 11 attacks or harbored them. The Insurrection Act is triggered by obstruction or rebellion that blocks ordinary law enforcement, or a state\'s request. The NEA is triggered by a presidential declaration of national emergency, and IEEPA needs that declaration plus an unusual and extraordinary threat based abroad. The Emergency Detention Act required a declared "internal security emergency." The leftover trigger, a declared war or invasion by a foreign nation, describes the Alien Enemies Act, which this lesson does not cover.',
      premises: [
        { id: "wpr", text: "War Powers Resolution" },
        { id: "aumf", text: "2001 AUMF" },
        { id: "insurrection", text: "Insurrection Act" },
        { id: "nea", text: "National Emergencies Act" },
        { id: "ieepa", text: "IEEPA" },
        { id: "eda", text: "Emergency Detention Act (1950)" },
      ],
      responses: [
        {
          id: "forces-into-hostilities",
          text: "The President sends armed forces into hostilities without a declaration of war",
        },
        {
          id: "sept-11-responsible",
          text: "Those the President determines planned, authorized, committed or aided the September 11 attacks, or harbored them",
        },
        {
          id: "obstruction-or-state-request",
          text: "Rebellion or unlawful obstruction that makes ordinary enforcement of federal law impracticable, or a state's request",
        },
        {
          id: "presidential-declaration",
          text: "A presidential declaration of a national emergency, published in the Federal Register",
        },
        {
          id: "foreign-threat-emergency",
          text: "An unusual and extraordinary threat based wholly or substantially abroad, plus a declared national emergency about it",
        },
        {
          id: "internal-security-emergency",
          text: 'A presidential declaration of an "internal security emergency" after war, invasion or an insurrection aiding a foreign enemy',
        },
        {
          id: "declared-war-invasion",
          text: "A declared war, or an invasion or predatory incursion by a foreign nation or government",
        },
      ],
      pairs: {
        wpr: "forces-into-hostilities",
        aumf: "sept-11-responsible",
        insurrection: "obstruction-or-state-request",
        nea: "presidential-declaration",
        ieepa: "foreign-threat-emergency",
        eda: "internal-security-emergency",
      },
    },
    {
      id: "war-powers-timeline",
      type: "ordering",
      prompt: "Put these events in chronological order, earliest first.",
      difficulty: 2,
      objectiveIds: ["compare-statute-triggers"],
      sourceIds: [
        "internal-security-act",
        "eo-10730",
        "non-detention-act",
        "war-powers-resolution",
        "national-emergencies-act",
        "aumf-2001",
        "hamdi-v-rumsfeld",
      ],
      explanation:
        "The Emergency Detention Act came first (1950), during the Korean War. Little Rock followed (1957). The 1970s brought a wave of limits: the Emergency Detention Act's repeal (1971), the War Powers Resolution (1973) and the National Emergencies Act (1976). The AUMF (2001) and Hamdi (2004) came after September 11. Notice the pattern: Congress wrote most of its limits on presidential emergency power in the early-to-mid 1970s.",
      items: [
        { id: "eda", text: "Congress passes the Emergency Detention Act over a presidential veto" },
        { id: "little-rock", text: "Federal troops are sent to Little Rock under the Insurrection Act" },
        { id: "repeal", text: "The Non-Detention Act repeals the Emergency Detention Act" },
        { id: "wpr", text: "Congress overrides the veto of the War Powers Resolution" },
        { id: "nea", text: "The National Emergencies Act is signed" },
        { id: "aumf", text: "The Authorization for Use of Military Force is signed" },
        { id: "hamdi", text: "The Supreme Court decides Hamdi v. Rumsfeld" },
      ],
      correctOrder: ["eda", "little-rock", "repeal", "wpr", "nea", "aumf", "hamdi"],
      scoring: "kendall-tau",
    },
    {
      id: "power-or-limit-sort",
      type: "categorize",
      prompt:
        "Sort each item: is it a power the Constitution gives Congress, a power the Constitution gives the President, or a limit Congress later wrote into a statute?",
      difficulty: 2,
      objectiveIds: ["explain-constitutional-split", "compare-statute-triggers"],
      sourceIds: [
        "us-constitution",
        "war-powers-resolution",
        "national-emergencies-act",
        "insurrection-act",
        "non-detention-act",
      ],
      explanation:
        "Declaring war, raising armies on two-year funding and providing for calling forth the militia are Article I powers of Congress. Commanding the armed forces is the President's Article II role. The 48-hour report, the emergency's yearly lapse, the proclamation to disperse and § 4001(a) are all limits Congress wrote into later statutes. A common mix-up is the militia: the Constitution gives Congress the power to provide for calling it forth, and Congress then delegated the calling-out to the President by statute.",
      categories: [
        { id: "congress-power", text: "Constitutional power of Congress" },
        { id: "president-power", text: "Constitutional power of the President" },
        { id: "statutory-limit", text: "Limit written into a statute" },
      ],
      items: [
        { id: "declare-war", text: "Declaring war", categoryId: "congress-power" },
        {
          id: "army-funding",
          text: "Raising armies, with funding for no more than two years at a time",
          categoryId: "congress-power",
        },
        {
          id: "militia",
          text: "Providing for calling forth the militia to suppress insurrections",
          categoryId: "congress-power",
        },
        { id: "commander", text: "Commanding the Army and Navy", categoryId: "president-power" },
        {
          id: "report-48",
          text: "Reporting to Congress within 48 hours of sending forces into hostilities",
          categoryId: "statutory-limit",
        },
        {
          id: "lapse",
          text: "A national emergency ending on its anniversary unless continued",
          categoryId: "statutory-limit",
        },
        {
          id: "disperse",
          text: "Issuing a proclamation to disperse before using troops at home",
          categoryId: "statutory-limit",
        },
        {
          id: "no-detention",
          text: "No detention of citizens except under an Act of Congress",
          categoryId: "statutory-limit",
        },
      ],
    },
    {
      id: "aumf-text-cloze",
      type: "cloze",
      prompt: "Complete the key phrase of the 2001 AUMF using the excerpt in the sources.",
      difficulty: 2,
      objectiveIds: ["apply-statute-text"],
      sourceIds: ["aumf-2001"],
      excerptSourceId: "aumf-2001",
      explanation:
        'The AUMF authorizes "all necessary and appropriate force" against those the **President determines** were involved in the September 11 attacks or **harbored** them. The word "determines" matters: Congress left it to the President to identify the targets, which is one reason the law has been stretched to cover groups formed after 2001.',
      text: "The President is authorized to use all necessary and appropriate force against those nations, organizations, or persons {{blank-1}} planned, authorized, committed, or aided the terrorist attacks that occurred on September 11, 2001, or {{blank-2}} such organizations or persons.",
      blanks: [
        {
          id: "blank-1",
          kind: "choice",
          choices: [
            { id: "he-determines", text: "he determines", correct: true },
            { id: "congress-finds", text: "Congress finds" },
            { id: "court-finds", text: "a court finds" },
          ],
        },
        {
          id: "blank-2",
          kind: "text",
          answers: [
            { text: "harbored" },
            { text: "harboured", feedback: "The statute uses the American spelling, harbored." },
          ],
          matching: { typoTolerance: 0.2 },
        },
      ],
    },
    {
      id: "ieepa-excerpt-scenario",
      type: "single-choice",
      prompt:
        'IEEPA\'s powers may be used "to deal with any unusual and extraordinary threat, which has its source in whole or substantial part outside the United States, to the national security, foreign policy, or economy of the United States, if the President declares a national emergency with respect to such threat." Which situation fits **both** conditions in the excerpt?',
      difficulty: 2,
      objectiveIds: ["apply-statute-text"],
      sourceIds: ["ieepa"],
      excerptSourceId: "ieepa",
      explanation:
        "The excerpt needs (1) a threat based wholly or substantially **outside** the United States and (2) a presidential **declaration** of national emergency about it. Only the foreign hacking group with a declared emergency meets both. A purely domestic problem fails the first condition, and a foreign threat without a declaration fails the second.",
      choices: [
        {
          id: "foreign-hackers-declared",
          text: "A foreign government's hacking unit attacks U.S. banks, and the President declares a national emergency about it.",
          correct: true,
        },
        {
          id: "domestic-strike",
          text: "A nationwide strike by U.S. truck drivers slows the economy, and the President declares a national emergency.",
          feedback: "The declaration is there, but the threat is based inside the United States.",
        },
        {
          id: "foreign-no-declaration",
          text: "A foreign cartel smuggles drugs into the country, but the President has not declared any emergency.",
          feedback: "The threat is based abroad, but the excerpt also requires a declared national emergency.",
        },
        {
          id: "hurricane",
          text: "A hurricane damages ports in Florida, and Congress passes a relief bill.",
          feedback: "The threat is domestic and the President has declared nothing under IEEPA.",
        },
      ],
    },
    {
      id: "nea-indefinite-claim",
      type: "true-false",
      prompt:
        'Claim to check: "Under the National Emergencies Act, once a President declares a national emergency it stays in force indefinitely unless Congress votes to end it."',
      difficulty: 2,
      objectiveIds: ["compare-statute-triggers"],
      sourceIds: ["national-emergencies-act"],
      answer: false,
      explanation:
        "False. An emergency **lapses on its anniversary** unless the President publishes a notice continuing it within the 90 days before that date. Congress can also end it by joint resolution. So the President must renew it each year; doing nothing ends it.",
      feedbackTrue:
        "Not quite: the Act makes each emergency lapse on its anniversary unless the President publishes a continuation notice.",
    },
    {
      id: "eda-never-used",
      type: "true-false",
      prompt:
        "True or false: The Emergency Detention Act of 1950 was used to detain suspected communists during the Korean War.",
      difficulty: 1,
      objectiveIds: ["compare-statute-triggers"],
      sourceIds: ["densho-eda-repeal", "crs-detention-citizens"],
      answer: false,
      explanation:
        'False. The Act could only be triggered by a presidential declaration of an "internal security emergency," and according to the Densho Encyclopedia no President ever made one, so no one was detained under it. It was still repealed in 1971 because critics feared it could be used in the future.',
      feedbackTrue:
        "The law was passed during the Korean War, but its detention power depended on a declaration that was never issued.",
    },
    {
      id: "non-detention-act-name",
      type: "short-text",
      prompt:
        'Read this excerpt from 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress." What is the common name of this 1971 provision, which replaced the Emergency Detention Act?',
      difficulty: 1,
      objectiveIds: ["apply-statute-text"],
      sourceIds: ["non-detention-act", "crs-detention-citizens"],
      excerptSourceId: "non-detention-act",
      explanation:
        "It is called the **Non-Detention Act**. The excerpt flips the 1950 approach: instead of giving the executive a detention power, it forbids detaining citizens unless Congress has passed a law allowing it.",
      answers: [
        { text: "Non-Detention Act" },
        { text: "Nondetention Act" },
        {
          text: "18 U.S.C. 4001(a)",
          fraction: 0.5,
          feedback: "That is its citation; the question asks for its common name, the Non-Detention Act.",
        },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "section-4001-who-argued",
      type: "single-choice",
      prompt:
        "After 2001, the government held two U.S. citizens, Yaser Hamdi and Jose Padilla, as enemy combatants. Which position about 18 U.S.C. § 4001(a) did the Bush administration take in that litigation?",
      difficulty: 3,
      objectiveIds: ["evaluate-checks"],
      sourceIds: ["crs-detention-citizens"],
      explanation:
        "The administration argued that § 4001(a) limits only detentions by the Attorney General, not by the President or the military. CRS analyst Louis Fisher took the opposite view: that Congress meant it to cover all executive detention, military included. This question asks who argued what, not which side is right.",
      choices: [
        {
          id: "only-ag",
          text: "That § 4001(a) limits only detentions by the Attorney General, not by the President or the military.",
          correct: true,
        },
        {
          id: "all-detention",
          text: "That § 4001(a) covers every kind of executive detention, including military detention.",
          feedback: "That was the conclusion of CRS analyst Louis Fisher, not the administration's argument.",
        },
        {
          id: "repealed",
          text: "That § 4001(a) had been repealed by the AUMF.",
          feedback: "No one in these sources claims the AUMF repealed § 4001(a).",
        },
        {
          id: "eda-revived",
          text: "That the Emergency Detention Act was still in force.",
          feedback: "The Emergency Detention Act was repealed in 1971.",
        },
      ],
    },
    {
      id: "hamdi-holding",
      type: "single-choice",
      prompt: "What did Justice O'Connor's plurality opinion in Hamdi v. Rumsfeld (2004) conclude?",
      difficulty: 2,
      objectiveIds: ["compare-statute-triggers", "evaluate-checks"],
      sourceIds: ["hamdi-v-rumsfeld"],
      explanation:
        "The plurality split the difference. It accepted that the **AUMF** allowed detaining enemy combatants in the narrow circumstances alleged, but held that due process requires a detained citizen to get notice and a meaningful chance to contest the facts before a neutral decision-maker. The tempting wrong answers each keep only one half of that holding.",
      choices: [
        {
          id: "detention-with-hearing",
          text: "The AUMF allowed the detention in the circumstances alleged, but a detained citizen must get notice and a meaningful chance to contest it before a neutral decision-maker.",
          correct: true,
        },
        {
          id: "no-detention",
          text: "The AUMF did not allow the military to detain anyone, so Hamdi had to be released at once.",
          feedback: "The plurality found the AUMF did allow detention in the narrow circumstances alleged.",
        },
        {
          id: "no-review",
          text: "Courts may not review any detention under the AUMF during wartime.",
          feedback:
            "The plurality said a state of war is not a blank check; it required a hearing before a neutral decision-maker.",
        },
        {
          id: "wpr-violation",
          text: "The detention violated the War Powers Resolution's 60-day limit.",
          feedback: "Hamdi was about detention and due process, not the War Powers Resolution's clock.",
        },
      ],
    },
    {
      id: "little-rock-proclamation-first",
      type: "single-choice",
      prompt:
        "In September 1957, President Eisenhower issued Proclamation 3204 on September 23 and Executive Order 10730 on September 24, sending troops to Little Rock. Why did the proclamation come first?",
      difficulty: 3,
      objectiveIds: ["apply-statute-text", "compare-statute-triggers"],
      sourceIds: ["insurrection-act", "eo-10730"],
      explanation:
        "The Insurrection Act requires the President to **first issue a proclamation ordering insurgents to disperse**. Proclamation 3204 ordered the obstruction to stop; when it did not, the executive order sent troops the next day. The order cited the Insurrection Act sections then numbered 332–334. No court or congressional approval was required.",
      hints: ["Look at the step the Insurrection Act requires before troops are used."],
      choices: [
        {
          id: "disperse-required",
          text: "The Insurrection Act requires a proclamation ordering the obstruction to disperse before troops are used.",
          correct: true,
        },
        {
          id: "congress-approval",
          text: "The proclamation asked Congress to approve the use of troops, which it did the next day.",
          feedback:
            "Congress did not vote; the Insurrection Act itself already delegated the power, subject to the proclamation step.",
        },
        {
          id: "wpr-report",
          text: "The proclamation was the 48-hour report required by the War Powers Resolution.",
          feedback: "The War Powers Resolution was passed in 1973, sixteen years later.",
        },
        {
          id: "court-order",
          text: "A federal court had to approve the proclamation before troops could move.",
          feedback:
            "A federal court had ordered desegregation, but the Act does not require court approval before troops are used.",
        },
      ],
    },
    {
      id: "martin-v-mott-deference",
      type: "single-choice",
      prompt:
        "In Martin v. Mott (1827), a New York militiaman was fined for refusing a call to federal service during the War of 1812. What did the Supreme Court say about who decides whether the emergency justifying such a call exists?",
      difficulty: 2,
      objectiveIds: ["compare-statute-triggers", "evaluate-checks"],
      sourceIds: ["martin-v-mott"],
      explanation:
        "The Court held that under the 1795 militia law the decision belongs to the **President**, and it is conclusive on everyone else, including state officials and courts. The tempting answer about governors reflects a real claim made in some states during the War of 1812, which the Court's reasoning rejected.",
      choices: [
        {
          id: "president-decides",
          text: "The President decides, and that decision is conclusive on everyone else.",
          correct: true,
        },
        {
          id: "governor-decides",
          text: "Each state's governor decides whether the state militia must go.",
          feedback:
            "Some state officials claimed this power during the War of 1812, but the Court held the decision belongs to the President.",
        },
        {
          id: "jury-decides",
          text: "A jury decides, case by case, whether the emergency was real.",
          feedback: "The Court held the President's judgment could not be reopened this way.",
        },
        {
          id: "congress-votes",
          text: "Congress must vote each time the militia is called out.",
          feedback: "Congress had already delegated the decision to the President in the 1795 law.",
        },
      ],
    },
    {
      id: "congress-tools-select",
      type: "multiple-choice",
      prompt:
        "Which of these are tools the Constitution or the statutes in this lesson give **Congress** to limit presidential war or emergency power? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["explain-constitutional-split", "evaluate-checks"],
      sourceIds: ["us-constitution", "war-powers-resolution", "national-emergencies-act", "crs-wpr-litigation"],
      scoring: "right-minus-wrong",
      explanation:
        "Congress can refuse to declare war or authorize force (so the War Powers clock runs out), limit Army funding to two years at a time, and end a national emergency by joint resolution. Declaring emergencies is the President's step, not a check on him. Lawsuits by members of Congress have mostly been dismissed without a ruling on the merits, so they have not worked as a reliable tool.",
      choices: [
        {
          id: "withhold-authorization",
          text: "Declining to declare war or authorize force, so the War Powers Resolution's 60-day clock runs out",
          correct: true,
        },
        { id: "two-year-funding", text: "Funding the Army for no more than two years at a time", correct: true },
        { id: "joint-resolution", text: "Passing a joint resolution to end a national emergency", correct: true },
        {
          id: "declare-emergency",
          text: "Declaring a national emergency itself",
          feedback: "Under the National Emergencies Act, the President declares emergencies.",
        },
        {
          id: "lawsuits-win",
          text: "Suing the President, since courts regularly rule on whether a military action is lawful",
          feedback:
            "CRS found that courts did not reach the merits in nearly all such suits, often for lack of standing.",
        },
      ],
    },
    {
      id: "wpr-who-argued",
      type: "single-choice",
      prompt:
        "According to the Congressional Research Service, what argument have several Presidents made about the War Powers Resolution?",
      difficulty: 2,
      objectiveIds: ["evaluate-checks"],
      sourceIds: ["crs-wpr-litigation", "frus-wpr-note"],
      explanation:
        "Presidents beginning with Nixon, who vetoed the law, have argued that they can start military action on their own authority and that parts of the Resolution unconstitutionally restrict the Commander in Chief. Members of Congress, by contrast, have argued that Article I gives Congress the war power. The question asks you to identify the Presidents' position, not to decide who is right.",
      choices: [
        {
          id: "infringes-cinc",
          text: "That parts of it unconstitutionally restrict the President's power as Commander in Chief",
          correct: true,
        },
        {
          id: "too-weak",
          text: "That it is too weak and should require Congress to vote before any use of force",
          feedback: "The sources record Presidents arguing the opposite: that the law restricts them too much.",
        },
        {
          id: "expired",
          text: "That it expired after the Vietnam War ended",
          feedback: "The Resolution has no expiration date and is still law at 50 U.S.C. §§ 1541–1548.",
        },
        {
          id: "courts-enforce",
          text: "That only the courts can enforce it",
          feedback: "No President in the sources argues this; in practice courts have rarely ruled on it.",
        },
      ],
    },
    {
      id: "learning-resources-sides",
      type: "single-choice",
      prompt:
        "Which statement accurately describes the two sides in Learning Resources, Inc. v. Trump (February 20, 2026)?",
      difficulty: 3,
      objectiveIds: ["evaluate-checks", "compare-statute-triggers"],
      sourceIds: ["learning-resources-v-trump"],
      explanation:
        "Chief Justice Roberts's majority held that IEEPA's power to regulate importation does not include tariffs, which are taxes the Constitution assigns to Congress. The dissent, by Justice Kavanaugh with Justices Thomas and Alito, argued that regulating imports has historically included duties. The case was about what IEEPA authorizes; no Justice said IEEPA itself was unconstitutional or that Presidents can never declare emergencies.",
      choices: [
        {
          id: "tariffs-vs-duties",
          text: "The majority said IEEPA's power to regulate importation does not include tariffs; the dissent said regulating imports has historically included duties.",
          correct: true,
        },
        {
          id: "struck-ieepa",
          text: "The majority struck down IEEPA as unconstitutional; the dissent said it was valid.",
          feedback: "The Court read what IEEPA allows; it did not strike the law down.",
        },
        {
          id: "no-emergencies",
          text: "The majority said Presidents may never declare national emergencies; the dissent said they may.",
          feedback: "The case concerned whether IEEPA covers tariffs, not whether emergencies may be declared.",
        },
        {
          id: "unanimous",
          text: "All nine Justices agreed that IEEPA allows tariffs.",
          feedback: "The vote was 6–3 that IEEPA does not authorize tariffs.",
        },
      ],
    },
  ],
} satisfies Lesson;
