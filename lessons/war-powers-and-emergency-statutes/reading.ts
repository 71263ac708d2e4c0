import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Declare War Clause",
    definition: `\
The part of Article I, section 8 that gives Congress, not the President, the power "To declare War."`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Commander in Chief",
    definition: `\
The President's role under Article II, section 2 as head of the Army and Navy, and of state \
militias when called into national service.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "War Powers Resolution",
    definition: `\
A 1973 law, passed over President Nixon's veto, that requires the President to report to Congress \
within 48 hours of sending forces into hostilities and to withdraw them after 60 days (plus up to \
30) unless Congress approves.`,
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
  },
  {
    term: "Authorization for Use of Military Force (AUMF)",
    definition: `\
A law in which Congress approves military action without formally declaring war. \
The 2001 AUMF targets those the President determines were responsible for the September 11 attacks \
and those who harbored them.`,
    sourceIds: ["aumf-2001"],
  },
  {
    term: "Hostilities",
    definition: `\
The War Powers Resolution's trigger word, which the law does not define. \
Presidents have argued that some uses of force, such as strikes that put no U.S. \
troops at risk, are not hostilities, so the law's clock does not start.`,
    sourceIds: ["war-powers-resolution", "just-security-wpr-hostilities-2025"],
  },
  {
    term: "Insurrection Act",
    definition: `\
The law, now 10 U.S.C. §§ 251–255, that lets the President use the militia and armed forces at \
home when rebellion or unlawful obstruction makes ordinary enforcement of federal law \
impracticable, when violence deprives people of constitutional rights that a state will not \
protect, or when a state asks for help.`,
    sourceIds: ["insurrection-act"],
  },
  {
    term: "Proclamation to disperse",
    definition: `\
A public order the President must issue under the Insurrection Act, commanding insurgents to \
disperse, before using troops under it.`,
    sourceIds: ["insurrection-act", "eo-10730"],
  },
  {
    term: "National emergency",
    definition: `\
A formal presidential declaration under the National Emergencies Act that switches on special \
powers found in other statutes. \
The Act does not define the term.`,
    sourceIds: ["national-emergencies-act", "crs-nea-definition"],
  },
  {
    term: "Joint resolution",
    definition: `\
A measure passed by both houses of Congress that goes to the President for signature or veto, like \
a bill. \
Congress can end a national emergency with one.`,
    sourceIds: ["national-emergencies-act", "us-constitution"],
  },
  {
    term: "IEEPA",
    definition: `\
The International Emergency Economic Powers Act of 1977, which lets the President regulate \
economic dealings to meet an unusual and extraordinary threat from abroad once he declares a \
national emergency about it.`,
    sourceIds: ["ieepa", "crs-ieepa"],
  },
  {
    term: "Emergency Detention Act",
    definition: `\
Title II of the Internal Security Act of 1950. \
It allowed detention of people thought likely to commit espionage or sabotage after the President \
declared an "internal security emergency." \
It was never triggered and was repealed in 1971.`,
    sourceIds: ["internal-security-act", "densho-eda-repeal", "crs-rs22130"],
  },
  {
    term: "Non-Detention Act",
    definition: `\
The 1971 law, codified at 18 U.S.C. § 4001(a), that repealed the Emergency Detention Act and bars \
detaining a U.S. citizen except under an Act of Congress.`,
    sourceIds: ["non-detention-act", "crs-rs22130"],
  },
  {
    term: "Standing",
    definition: `\
A plaintiff's right to bring a case in federal court, which requires a concrete injury of their \
own. \
In Campbell v. \
Clinton, a War Powers Resolution suit by members of Congress was dismissed for lack of it.`,
    sourceIds: ["campbell-v-clinton", "crs-wpr-litigation"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "constitutional-split",
    heading: "Who holds the war power?",
    body: `\
The Constitution splits war powers between two branches. \
Article I, section 8 lists powers of **Congress**. \
It may "declare War." \
It may raise and support armies. \
No money for the Army may be set aside for more than two years at a time. \
It may also "provide for calling forth the Militia to execute the Laws of the Union, suppress \
Insurrections and repel Invasions."

Article II, section 2 makes the **President** the "Commander in Chief" of the armed forces. \
So Congress decides whether the nation goes to war and pays for the military. \
The President directs the forces.

In practice the line is blurry: modern Presidents have sent forces into combat without a \
declaration of war, and Congress has answered with statutes that set conditions on them.`,
    sourceIds: ["us-constitution", "crs-wpr-litigation"],
  },
  {
    id: "war-powers-resolution",
    heading: "The War Powers Resolution (1973)",
    body: `\
Near the end of the Vietnam War, Congress passed the **War Powers Resolution**. \
President Nixon vetoed it on October 24, 1973. \
Congress overrode the veto on November 7, 1973, by votes of 284–135 in the House and 75–18 in the \
Senate.

The law sets two clocks:

- The President must **report to Congress within 48 hours** after sending armed forces into \
hostilities, or into situations where hostilities are clearly about to start.
- The forces must come out within **60 days** of that report, or of when it was due. \
Up to **30 more days** are allowed for a safe withdrawal. \
Congress can lift that deadline by declaring war, authorizing the use of force, or extending the \
time.

Section 3 adds a duty to consult: the President "in every possible instance shall consult with \
Congress before introducing" forces into hostilities. \
Presidents and Congress have long disagreed about what counts as consulting.

According to a Congressional Research Service (CRS) report, later Presidents have maintained that \
they can start military action on their own authority. \
Several have said parts of the law unconstitutionally restrict their power as Commander in Chief. \
When President Clinton reported on the 1999 air campaign against Yugoslavia, for example, he \
called his report "consistent with the War Powers Resolution."

Members of Congress have gone to court to enforce it. \
In a 2012 report, CRS counted eight such suits and found that in seven of the eight that reached \
a final ruling, the courts did not decide the merits. \
In *Campbell v. \
Clinton* (2000), for example, the federal appeals court in Washington, D.C. held that lawmakers \
challenging the 1999 air campaign against Yugoslavia lacked **standing**, meaning the legal right \
to sue.`,
    sourceIds: ["war-powers-resolution", "frus-wpr-note", "crs-wpr-litigation", "campbell-v-clinton"],
  },
  {
    id: "tested-2025-2026",
    heading: "The War Powers Resolution tested, 2025–2026",
    body: `\
Since September 2, 2025, the military has struck boats in the Caribbean and the eastern Pacific \
the administration says carry drugs for designated terrorist groups. \
By late January 2026 the U.S. \
military counted 126 dead, including people lost at sea. \
The President reported the first strike to Congress, citing his Article II power as Commander in \
Chief and Chief Executive. \
As the 60-day limit neared in early November, the administration told lawmakers the strikes were \
not "hostilities," since U.S. \
forces were not at risk, so the limit did not apply.

On January 3, 2026, U.S. \
forces captured Venezuela's leader, Nicolás Maduro, in Caracas to face U.S. \
drug charges. \
A Justice Department opinion called the raid support for an arrest that did not "rise to the \
level of war" in the constitutional sense, so Congress's approval was not needed.

The Senate rejected war-powers resolutions 48–51 (October 8, 2025) and 49–51 (November 6). \
On January 8, 2026 it voted 52–47 to take up one on Venezuela. \
Six days later, 51–50 with the Vice President breaking a tie, it ruled that the resolution could \
not get a fast-track vote because no hostilities were under way. \
The House rejected a Venezuela resolution on a 215–215 tie on January 22.

After U.S. \
and Israeli strikes on Iran began on February 28, 2026, the President reported to Congress, and \
both chambers rejected war-powers resolutions in March. \
When the 60-day limit arrived in late April, the administration said an April 7 ceasefire had \
"terminated" the hostilities. \
In June both chambers adopted a concurrent resolution directing the President to remove U.S. \
forces from hostilities against Iran; the Senate voted 50–48 on June 23. \
Such a resolution is not sent to the President, and reports called it largely symbolic. \
As of December 4, 2026, Congress had not authorized force against Venezuela, the cartels or Iran, \
and no court had ruled on these operations.`,
    sourceIds: [
      "wpr-report-sept-2025",
      "just-security-wpr-cartels",
      "ap-boat-strike-toll-2026",
      "just-security-wpr-hostilities-2025",
      "ap-maduro-capture-2026",
      "olc-maduro-opinion-2026",
      "usatoday-senate-oct-2025",
      "jtn-senate-venezuela-nov-2025",
      "ap-senate-venezuela-jan-2026",
      "responsible-statecraft-jan-2026",
      "npr-senate-venezuela-jan-2026",
      "sjres98",
      "ap-house-venezuela-jan-2026",
      "anews-iran-wpr-2026",
      "ap-senate-iran-2026",
      "fox5-house-iran-2026",
      "reuters-iran-terminated-2026",
      "hconres86",
      "guardian-senate-iran-june-2026",
      "war-powers-resolution",
    ],
  },
  {
    id: "aumf-2001",
    heading: "The 2001 Authorization for Use of Military Force",
    body: `\
Three days after the September 11, 2001 attacks, Congress passed an **Authorization for Use of \
Military Force (AUMF)**, with a single "no" vote in all of Congress. \
President George W. \
Bush signed it on September 18, 2001.

The key sentence authorizes the President "to use all necessary and appropriate force against \
those nations, organizations, or persons he determines planned, authorized, committed, or aided \
the terrorist attacks that occurred on September 11, 2001, or harbored such organizations or \
persons." \
The AUMF also states that it is the kind of specific authorization the War Powers Resolution \
requires, so the 60-day clock does not cut it off.

Courts have reviewed how the AUMF is used. \
In *Hamdi v. \
Rumsfeld* (2004), Justice O'Connor's plurality opinion agreed that the AUMF allowed the military \
to detain enemy combatants in the narrow circumstances alleged. \
But it held that a U.S. citizen held that way must get notice and "a meaningful opportunity to \
contest the factual basis for that detention before a neutral decisionmaker." \
She wrote that "a state of war is not a blank check for the President when it comes to the rights \
of the Nation's citizens."`,
    sourceIds: ["aumf-2001", "hamdi-v-rumsfeld"],
  },
  {
    id: "insurrection-act",
    heading: "The Insurrection Act: troops at home",
    body: `\
The **Insurrection Act**, now 10 U.S.C. §§ 251–255 (renumbered in 2016 from §§ 331–335), covers \
using the military inside the country. \
It lets the President act when a state asks for help, or when "unlawful obstructions, \
combinations, or assemblages, or rebellion" make it impracticable to enforce federal law through \
the courts in the ordinary way.

There is a built-in step: **before** using troops, the President must issue a **proclamation \
ordering the insurgents to disperse**.

Little Rock, Arkansas, in 1957 shows the steps. \
After a mob blocked nine Black students from a high school a federal court had ordered \
desegregated, President Eisenhower issued Proclamation 3204 on September 23 ordering the \
obstruction to stop. \
The next day, **Executive Order 10730** federalized the Arkansas National Guard and sent about \
1,000 soldiers of the 101st Airborne, and the students entered under escort on September 25.

An older case about the militia gave the President wide room. \
*Martin v. \
Mott* (1827) concerned a 1795 law letting the President call out the militia against invasion. \
The Supreme Court held that the President alone decides whether the danger has arisen, and that \
his decision binds everyone else. \
Courts have cited its reasoning for the insurrection powers too.`,
    sourceIds: ["insurrection-act", "eo-10730", "martin-v-mott"],
  },
  {
    id: "emergencies-and-ieepa",
    heading: "National emergencies and IEEPA",
    body: `\
Many statutes give the President extra powers that switch on only during a national emergency. \
The **National Emergencies Act**, signed by President Ford on September 14, 1976, set rules for \
using them. \
It ended, after two years, the powers flowing from emergencies already in effect. \
For new ones, the President must publish the declaration in the Federal Register and name the \
statutory powers he will use. \
Each emergency **lapses on its anniversary** unless the President publishes a notice continuing it. \
Congress can end one by **joint resolution**, which, like a bill, the President may veto.

A 2019 CRS analysis noted that the Act never defines "national emergency," so a court might treat \
the question as one for the political branches.

The **International Emergency Economic Powers Act (IEEPA)** became law on December 28, 1977. \
Its powers may be used "to deal with any unusual and extraordinary threat, which has its source in \
whole or substantial part outside the United States, to the national security, foreign policy, or \
economy of the United States, if the President declares a national emergency with respect to such \
threat."

CRS describes IEEPA as the center of modern U.S. economic sanctions. \
On January 20, 2025, Executive Order 14157 declared a national emergency under IEEPA concerning \
drug cartels. \
In 2025 the President also relied on IEEPA emergencies to impose tariffs. \
On February 20, 2026, in *Learning Resources, Inc. v. \
Trump*, the Supreme Court ruled 6–3 that IEEPA does not authorize tariffs.`,
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
    body: `\
In 1950, during the Korean War, Congress passed the Internal Security Act over President Truman's \
veto. \
Its Title II, the **Emergency Detention Act**, let the President declare an "internal security \
emergency" in case of war, invasion, or an insurrection aiding a foreign enemy. \
The government could then detain people it had reason to believe "probably will engage in" \
espionage or sabotage.

According to the Densho Encyclopedia, no President ever declared such an emergency, so no one was \
held under the law. \
A 1967–1971 campaign led by the Japanese American Citizens League won its repeal.

On September 25, 1971, President Nixon signed the repeal. \
The same law added what is now 18 U.S.C. § 4001(a), the **Non-Detention Act**: "No citizen shall \
be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress."

How far § 4001(a) reaches became a live question after 2001. \
In the cases of Yaser Hamdi and Jose Padilla, the Bush administration argued that it limits only \
detentions by the Attorney General, not by the President or the military. \
A CRS analyst, Louis Fisher, concluded that Congress meant it to cover all executive detentions, \
military ones included. \
In *Hamdi* (2004), the plurality did not settle that dispute: it treated the AUMF itself as the Act \
of Congress that § 4001(a) requires, at least for people captured fighting in Afghanistan. \
Justices Souter and Ginsburg disagreed.`,
    sourceIds: ["internal-security-act", "densho-eda-repeal", "non-detention-act", "crs-rs22130", "hamdi-v-rumsfeld"],
  },
  {
    id: "comparison",
    heading: "Comparing the tools",
    body: `\
| Tool | Who triggers it | Main limits | What courts have reviewed |
|---|---|---|---|
| Declaring war (Art. \
I, § 8) | Congress | Only Congress declares war; Army funding lasts at most two years | Suits by \
lawmakers mostly dismissed without a ruling on the merits |
| War Powers Resolution | The President, by sending forces into hostilities | 48-hour report; 60 \
days plus up to 30, unless Congress acts | Suits dismissed, e.g., for lack of standing (*Campbell \
v. \
Clinton*); none on the 2025–26 operations |
| 2001 AUMF | Congress authorized; the President determines the targets | Limited to those tied to \
the 9/11 attacks or harboring them | *Hamdi*: detention allowed, but a citizen must get a fair \
chance to contest it |
| Insurrection Act | The President, or a state's request | Proclamation to disperse first; \
obstruction must block normal law enforcement | *Martin v. \
Mott* (1795 militia law, invasion power): the President decides whether the danger exists |
| National Emergencies Act | The President declares | Publication; named powers; yearly lapse \
unless continued; joint resolution | "Emergency" undefined; courts may treat it as a political \
question |
| IEEPA | The President, after declaring an emergency about a foreign-based threat | Only the \
powers the statute grants | *Learning Resources* (2026): no tariff power |
| Emergency Detention Act (1950–1971) | The President, by declaring an internal security emergency \
| Repealed; § 4001(a) now requires an Act of Congress to detain citizens | Never tested, since no \
emergency was declared |`,
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
] satisfies Lesson["sections"];
