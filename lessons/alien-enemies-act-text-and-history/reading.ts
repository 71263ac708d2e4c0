import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Alien enemy",
    definition: `\
Under 50 U.S.C. § 21, a native, citizen, denizen or subject of a hostile nation or government who \
is 14 or older, is in the United States and is not naturalized, once the President has made a \
public proclamation.`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Declared war",
    definition: `\
A war that Congress has formally declared. \
It is the first of the Act's two triggering events.`,
    sourceIds: ["aea-statute", "ludecke"],
  },
  {
    term: "Invasion or predatory incursion",
    definition: `\
The Act's second triggering event: an invasion or predatory incursion against U.S. territory that \
is carried out, attempted or threatened by a foreign nation or government. \
The statute does not define the phrase, and judges have disagreed about what it covers.`,
    sourceIds: ["aea-statute", "wmm-panel"],
  },
  {
    term: "Public proclamation",
    definition: `\
A formal, published announcement by the President. \
The Act requires one before anyone becomes liable to be treated as an alien enemy.`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Naturalization",
    definition: `\
The legal process by which an immigrant becomes a citizen. \
The Act reaches only alien enemies, so it cannot reach U.S. citizens, whether born or naturalized; \
its text also leaves out anyone "actually naturalized."`,
    sourceIds: ["aea-statute", "nara-enemy-aliens"],
  },
  {
    term: "Internment",
    definition: `\
Holding civilians in government custody during wartime. \
In World War II, the Justice Department interned enemy nationals and some family members under the \
Alien Enemies Act proclamations.`,
    sourceIds: ["nara-enemy-aliens"],
  },
  {
    term: "Executive Order 9066",
    definition: `\
Roosevelt's order of February 19, 1942 letting military commanders set up areas from which any or \
all persons could be excluded. \
It became the basis for removing and incarcerating about 120,000 people of Japanese ancestry.`,
    sourceIds: ["eo-9066", "endo"],
  },
  {
    term: "Exclusion order",
    definition: `\
A military order barring certain people from an area. \
Fred Korematsu was convicted of violating one on the West Coast.`,
    sourceIds: ["korematsu"],
  },
  {
    term: "Issei and Nisei",
    definition: `\
Issei were immigrants from Japan, whom the racial naturalization laws of the time barred from \
becoming citizens. \
Nisei were their U.S.-born children, who were citizens by birth.`,
    sourceIds: ["densho-aea", "cwric"],
  },
  {
    term: "Writ of habeas corpus",
    definition: `\
A court order requiring the government to justify holding a person in custody. \
Kurt Ludecke sought one to challenge his removal order.`,
    sourceIds: ["ludecke"],
  },
  {
    term: "Dicta",
    definition: `\
Statements in a court opinion that are not necessary to decide the case and so do not bind later \
courts the way a holding does.`,
    sourceIds: ["famous-trials-korematsu", "acs-korematsu"],
  },
  {
    term: "Redress",
    definition: `\
A remedy for a wrong. \
The Civil Liberties Act of 1988 provided an official apology and $20,000 payments to eligible \
Japanese Americans who had been incarcerated.`,
    sourceIds: ["civil-liberties-act", "doj-redress-1999"],
  },
  {
    term: "Non-Detention Act",
    definition: `\
A 1971 law, now 18 U.S.C. § 4001(a), saying the United States may imprison or detain a citizen \
only under an act of Congress. \
It repealed the Emergency Detention Act of 1950.`,
    sourceIds: ["non-detention-act", "crs-rs22130"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "reading-section-21",
    heading: "Reading the statute closely",
    body: `\
The Alien Enemies Act began as a law of July 6, 1798. \
Its core is **50 U.S.C. § 21**, which has two sentences and four working parts. \
The first sentence sets the trigger, the proclamation and who is covered; the second lets the \
President set the rules.

1. \
**A triggering event.** \
There must be "a declared war between the United States and any foreign nation or government," \
*or* an "invasion or predatory incursion" against U.S. territory that is carried out, attempted or \
threatened "by any foreign nation or government." \
The statute does not define either phrase, and what they cover has been argued over in court.
2. \
**A public proclamation.** \
The President must make "public proclamation of the event."
3. \
**Who is covered.** \
The Act names "all natives, citizens, denizens, or subjects of the hostile nation or government" \
who are "of the age of fourteen years and upward," are "within the United States," and are "not \
actually naturalized."
4. \
**What follows.** \
Those people become "liable to be apprehended, restrained, secured, and removed as alien enemies." \
In a second sentence, the statute lets the President set the rules for how they are treated.

The other sections are short. \
Section 22 gives time to settle one's affairs and leave. \
Section 23 lets federal courts and judges hear complaints against alien enemies and order removal \
after a hearing, and section 24 sets out the duties of U.S. \
marshals.

Two features matter most. \
The Act is tied to conflict with a foreign *nation or government*. \
And because it reaches only *alien* enemies, it cannot reach U.S. citizens, whether they were born \
citizens or naturalized.`,
    sourceIds: ["aea-statute", "crs-lsb11269"],
  },
  {
    id: "one-amendment",
    heading: "One major change since 1798",
    body: `\
The original Act covered only **males**. \
During World War I, Congress amended it on April 16, 1918 to remove that limit. \
Three days later President Woodrow Wilson extended the rules for alien enemies to women by \
proclamation.

Otherwise the text has barely moved. \
In 1948 the Supreme Court said the Act "has remained the law of the land, virtually unchanged \
since 1798." \
Summaries that describe it as covering only men have been out of date since 1918.`,
    sourceIds: ["aea-statute", "frus-1918", "ludecke"],
  },
  {
    id: "early-uses",
    heading: "The War of 1812 and World War I",
    body: `\
Before 2025, presidents invoked the Act three times, each in connection with a declared war.

**War of 1812.** \
The government first used the Act during the War of 1812, against British subjects living in the \
United States.

**World War I.** \
On April 6, 1917, the day the United States declared war on Germany, Wilson proclaimed \
unnaturalized German males aged 14 and older to be alien enemies. \
He issued 12 regulations limiting what alien enemies could do. \
Regulation 12 allowed the summary arrest of an alien enemy believed to be aiding the enemy. \
In November 1917 further regulations required alien enemies to register.

According to the National Archives, about 480,000 German enemy aliens registered and about 6,300 \
were arrested under presidential warrants. \
The U.S. \
Marshals Service reports the same 6,300 arrests and says marshals interviewed about 2,300 enemy \
aliens in military camps. \
Counts of how many were "interned" depend on what a writer counts. \
A National Archives archivist, Claire Prechtel Kluskens, writes of "over 6,000" interned, while \
other accounts count only those held in the Army camps. \
When you see a number, check whether it means registered, arrested, interviewed or held.`,
    sourceIds: ["crs-lsb11269", "nara-wwi", "historyhub-wwi", "usms-wwi", "kluskens-2017"],
  },
  {
    id: "world-war-ii",
    heading: "World War II: Proclamations 2525–2527",
    body: `\
On December 7, 1941, the day of the attack on Pearl Harbor, President Franklin D. \
Roosevelt issued **Proclamation 2525**, covering Japanese nationals. \
Congress did not declare war on Japan until the next day. \
So the proclamation rested on the Act's invasion language, declaring that "an invasion has been \
perpetrated upon the territory of the United States by Empire of Japan." \
On December 8, **Proclamations 2526 and 2527** applied the same rules to German and Italian \
nationals.

The FBI and other agencies arrested thousands of people. \
The Justice Department ran the program. \
Many people were released or paroled after hearings before local alien enemy hearing boards; \
others were interned. \
By the end of the war, according to the National Archives, over 31,000 suspected enemy aliens and \
family members had been interned. \
That total included a few Jewish refugees from Nazi Germany and more than 6,600 people sent to the \
United States from Latin American countries. \
Some families, including U.S.-citizen spouses and children, chose to join interned relatives.`,
    sourceIds: ["proclamation-2525", "proclamations-2526-2527", "nara-enemy-aliens"],
  },
  {
    id: "ludecke",
    heading: "Ludecke v. Watkins (1948): how far may courts look?",
    body: `\
On July 14, 1945, President Harry Truman issued Proclamation 2655. \
It directed the removal of alien enemies whom the Attorney General considered dangerous. \
In January 1946 the Attorney General ordered the removal of **Kurt Ludecke**, a German national. \
Ludecke asked a federal court for a **writ of habeas corpus**, an order requiring the government \
to justify holding him.

On June 21, 1948, the Supreme Court ruled against him, 5–4. \
Justice Felix Frankfurter's majority opinion held that:

- the Act bars courts from reviewing the removal decision itself;
- courts may still decide whether the Act is valid and what it means, whether a "declared war" \
exists, and whether the person really is an alien enemy;
- a declared war with Germany still existed even though the fighting had stopped, because ending a \
state of war is for the political branches; and
- read this way, the Act does not violate the Bill of Rights.

Justice Hugo Black dissented, joined by Justices Douglas, Murphy and Rutledge. \
He called the idea that the nation was still at war with Germany "a pure fiction." \
He argued that deporting Ludecke without a fair hearing, subject to court review, denied due \
process.`,
    sourceIds: ["ludecke"],
  },
  {
    id: "two-programs",
    heading: "Two different programs",
    body: `\
A common mistake about the Act concerns Japanese Americans.

On February 19, 1942, Roosevelt signed **Executive Order 9066**. \
It let the Secretary of War and military commanders "prescribe military areas ... from which any \
or all persons may be excluded." \
The order named no ethnic group, but it became the basis for removing people of Japanese ancestry \
from the West Coast. \
Together with military exclusion orders and a 1942 act of Congress enforcing them, it led to the \
incarceration of about 120,000 people of Japanese ancestry, most in 10 War Relocation Authority \
camps. \
About two-thirds of them were U.S. citizens, most of them U.S.-born **Nisei**, the children of \
Japanese immigrants.

The Alien Enemies Act could not have done this, because it cannot reach citizens. \
The two programs overlapped mainly for the **Issei**, immigrants from Japan whom the racial \
naturalization laws of the time barred from becoming citizens. \
As non-citizens, they were also alien enemies under Proclamation 2525.

A smaller group overlapped too. \
A 1944 law let citizens renounce their citizenship during the war. \
Some U.S.-born Nisei who renounced at the Tule Lake segregation center were then treated as alien \
enemies and moved to Justice Department camps; the Densho Encyclopedia counts 866 of these \
"renunciants" at Santa Fe, New Mexico. \
Once they had renounced, they were no longer citizens, so the Act could reach them.

The two programs are often blended together, and some reports have said the Act was used to intern \
120,000 Japanese Americans. \
That is wrong as stated. \
The Act supported the Justice Department's internment of Japanese, German and Italian nationals, \
which by war's end, counting family members who joined them, had held over 31,000 people. \
Executive Order 9066 supported the mass incarceration of Japanese Americans.`,
    sourceIds: [
      "eo-9066",
      "nara-enemy-aliens",
      "densho-aea",
      "densho-santa-fe",
      "discover-nikkei-renunciation",
      "cwric",
      "endo",
    ],
  },
  {
    id: "looking-back",
    heading: "Courts and Congress look back",
    body: `\
- **Korematsu v. \
United States** (December 18, 1944). \
By 6–3, in an opinion by Justice Black, the Court upheld Fred Korematsu's conviction for violating \
a West Coast exclusion order. \
It said racial classifications are "immediately suspect" but found "pressing public necessity." \
It said it was not ruling on the detention orders. \
Justices Roberts, Murphy and Jackson dissented.
- **Ex parte Endo** (same day). \
A unanimous Court, in an opinion by Justice Douglas, held that the War Relocation Authority could \
not keep holding Mitsuye Endo, a citizen the government conceded was loyal. \
The ruling helped lead to reopening the West Coast to Japanese Americans.
- **A federal commission** later concluded that Executive Order 9066 was "not justified by \
military necessity." \
It named the causes as "race prejudice, war hysteria, and a failure of political leadership."
- **The Civil Liberties Act of 1988**, signed by President Reagan on August 10, 1988, acknowledged \
the injustice and apologized on behalf of the people of the United States. \
It also created an education fund and authorized $20,000 payments to eligible survivors. \
When the Justice Department's redress office closed in February 1999, it had paid 82,219 people, \
more than $1.6 billion in all.
- **Trump v. \
Hawaii** (2018). \
In a case about a presidential travel-restriction proclamation, which the Court upheld, Chief \
Justice Roberts wrote for the majority that "Korematsu was gravely wrong the day it was decided, \
has been overruled in the court of history, and—to be clear—'has no place in law under the \
Constitution.'" \
Whether that passage formally overruled Korematsu is debated.`,
    sourceIds: [
      "korematsu",
      "endo",
      "cwric",
      "civil-liberties-act",
      "doj-redress-1999",
      "trump-v-hawaii",
      "famous-trials-korematsu",
    ],
  },
  {
    id: "non-detention-act",
    heading: "The Non-Detention Act of 1971",
    body: `\
On September 25, 1971, President Nixon signed the **Non-Detention Act**. \
It repealed the Emergency Detention Act, which was Title II of the Internal Security Act of 1950, \
a law passed over President Truman's veto. \
It also added a rule now found at 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or \
otherwise detained by the United States except pursuant to an Act of Congress."

A Congressional Research Service analysis concluded that Congress meant the rule to limit all \
executive detention of citizens, including military detention. \
The question came up in the Hamdi and Padilla cases of the 2000s. \
Notice whom the text protects: *citizens*. \
The Alien Enemies Act, by contrast, reaches only non-citizens.`,
    sourceIds: ["non-detention-act", "crs-rs22130"],
  },
  {
    id: "the-act-today",
    heading: "The Act today",
    body: `\
The Act is still law. \
On March 14, 2025, President Trump signed **Proclamation 10903**, invoking it against members of \
the Venezuelan gang Tren de Aragua. \
It relied on the "invasion or predatory incursion" language, not a declared war.

Judges have disagreed about that use. \
The administration argued that the gang's activity, which it said Venezuela's government directs, \
is a predatory incursion. \
In September 2025 a divided Fifth Circuit panel held that the facts the President proclaimed did \
not show one; the dissenting judge argued that courts should defer to the President. \
The full Fifth Circuit then set that ruling aside to rehear the case and heard argument on January \
22, 2026. \
That month, after U.S. \
forces captured Venezuela's leader, Nicolás Maduro, the Justice Department told the full court \
that his indictment supported the proclamation's findings; legal experts quoted by CNN said \
criminal charges do not show an invasion. \
As of December 4, 2026, no ruling by the full court had been reported in the sources available, \
and the Supreme Court had not decided whether the invocation was lawful. \
Other lessons in this library cover that story.`,
    sourceIds: [
      "proclamation-10903",
      "wmm-panel",
      "wmm-en-banc-order",
      "en-banc-argument-report",
      "doj-letter-jan-2026",
    ],
  },
] satisfies Lesson["sections"];
