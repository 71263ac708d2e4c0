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
    term: "Insurrection Act",
    definition: `\
The law, now 10 U.S.C. §§ 251–255, that lets the President use the militia and armed forces at \
home when rebellion or unlawful obstruction makes ordinary enforcement of federal law \
impracticable, or when a state asks for help.`,
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

In practice the line is blurry. \
Modern Presidents have sent forces into combat without a declaration of war and have argued that \
they do not always need Congress's approval. \
Congress has answered by writing statutes that set conditions on presidential action. \
This lesson looks at five of them, plus a sixth that Congress later repealed.`,
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
- The forces must come out within **60 days**, with **up to 30 more days** allowed for a safe \
withdrawal, unless Congress declares war, authorizes the use of force, or extends the time.

According to a Congressional Research Service (CRS) report, later Presidents have maintained that \
they can start military action on their own authority, and several have said parts of the law \
unconstitutionally restrict their power as Commander in Chief. \
When President Clinton reported on the 1999 air campaign against Yugoslavia, for example, he \
called his report "consistent with the War Powers Resolution."

Members of Congress have gone to court to enforce it. \
CRS counted eight such suits and found that in seven of the eight that reached a final ruling, the \
courts did not decide the merits. \
In *Campbell v. \
Clinton* (2000), for example, the federal appeals court in Washington, D.C. held that lawmakers \
challenging the 1999 air campaign against Yugoslavia lacked **standing**, meaning the legal right \
to sue.`,
    sourceIds: ["war-powers-resolution", "frus-wpr-note", "crs-wpr-litigation", "campbell-v-clinton"],
  },
  {
    id: "aumf-2001",
    heading: "The 2001 Authorization for Use of Military Force",
    body: `\
Three days after the September 11, 2001 attacks, Congress passed an **Authorization for Use of \
Military Force (AUMF)**. \
The Senate vote was 98–0, and the resolution met only one "no" vote in all of Congress. \
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
A federal court had ordered a high school desegregated, but Governor Orval Faubus called out the \
Arkansas National Guard, nine Black students were turned away on September 4, and a mob gathered \
on September 23. \
That day President Eisenhower issued Proclamation 3204 ordering the obstruction to stop. \
The next day, **Executive Order 10730** placed the Arkansas National Guard under federal control \
and sent about 1,000 soldiers of the 101st Airborne. \
The students entered under escort on September 25.

An early Supreme Court case gave the President wide room here. \
In *Martin v. \
Mott* (1827), a case about a 1795 militia law, the Supreme Court held that the President alone \
decides whether the emergency that allows calling out the militia has arisen, and that his \
decision binds everyone else.`,
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

A 2019 CRS analysis pointed out that the Act never defines "national emergency." \
A court reviewing a declaration could interpret the phrase, or it could decide there is no \
workable legal standard and treat the question as one for the political branches.

The **International Emergency Economic Powers Act (IEEPA)** became law on December 28, 1977. \
Its powers may be used "to deal with any unusual and extraordinary threat, which has its source in \
whole or substantial part outside the United States, to the national security, foreign policy, or \
economy of the United States, if the President declares a national emergency with respect to such \
threat." \
According to CRS, IEEPA grew out of the 1917 Trading with the Enemy Act, and Congress wrote both \
the NEA and IEEPA after discovering that the country had been in a declared national emergency for \
more than four decades.

CRS describes IEEPA as the center of modern U.S. economic sanctions. \
On January 20, 2025, Executive Order 14157 declared a national emergency under IEEPA concerning \
drug cartels. \
In 2025 the President also relied on IEEPA emergencies to impose tariffs. \
On February 20, 2026, in *Learning Resources, Inc. v. \
Trump*, the Supreme Court ruled 6–3 that IEEPA does not authorize tariffs. \
That was the last known ruling as of early 2026; later developments may have changed the picture.`,
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
Densho also describes a repeal campaign from 1967 to 1971, led by the Japanese American Citizens \
League, that drew on memories of the World War II incarceration of Japanese Americans.

On September 25, 1971, President Nixon signed the repeal. \
The same law added what is now 18 U.S.C. § 4001(a), the **Non-Detention Act**: "No citizen shall \
be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress."

How far § 4001(a) reaches became a live question after 2001. \
In the cases of Yaser Hamdi and Jose Padilla, the Bush administration argued that it limits only \
detentions by the Attorney General, not by the President or the military. \
A CRS analyst, Louis Fisher, concluded that Congress meant it to cover all executive detentions, \
military ones included.`,
    sourceIds: ["internal-security-act", "densho-eda-repeal", "non-detention-act", "crs-rs22130"],
  },
  {
    id: "comparison",
    heading: "Comparing the tools",
    body: `\
Use this table to compare the tools. \
"Courts" means what courts have actually done, not every question they could hear.

| Tool | Who triggers it | Main limits | What courts have reviewed |
|---|---|---|---|
| Declaring war (Art. \
I, § 8) | Congress | Only Congress declares war; Army funding lasts at most two years | Suits by \
lawmakers over undeclared wars have mostly ended without a ruling on the merits |
| War Powers Resolution | The President, by sending forces into hostilities | 48-hour report; 60 \
days plus up to 30, unless Congress acts | Lawmakers' suits dismissed, e.g., for lack of standing \
(*Campbell v. \
Clinton*) |
| 2001 AUMF | Congress authorized; the President determines the targets | Limited to those tied to \
the 9/11 attacks or harboring them | *Hamdi*: detention allowed, but a citizen must get a fair \
chance to contest it |
| Insurrection Act | The President, or a state's request | Proclamation to disperse first; \
obstruction must block normal law enforcement | *Martin v. \
Mott* (1795 militia law): the President decides whether the emergency exists |
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
