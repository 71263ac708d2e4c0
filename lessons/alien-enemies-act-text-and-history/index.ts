import type { Lesson } from "civics-lessons";

/**
 * Teaches the text of the Alien Enemies Act (50 U.S.C. § 21), its uses from 1812 through World War II, Ludecke v. Watkins, and how Alien Enemies Act internment differed from the mass incarceration of Japanese Americans under Executive Order 9066.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-enemies-act-text-and-history";
 * lesson.title
 * //=> "The Alien Enemies Act: Text and History"
 */
export const lesson = {
  id: "alien-enemies-act-text-and-history",
  version: "1.0.0",
  title: "The Alien Enemies Act: Text and History",
  summary:
    "A close reading of the 1798 Alien Enemies Act and how presidents used it in the War of 1812 and both world wars, what the Supreme Court said about it in Ludecke v. Watkins, and why it was not the law behind the mass incarceration of Japanese Americans.",
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"The Alien Enemies Act: Text and History" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "read-statute",
      text: "Identify the elements of 50 U.S.C. § 21 (the triggering events, the proclamation requirement and who is covered) from the statute's own words.",
    },
    {
      id: "trace-uses",
      text: "Trace how the Act was used in the War of 1812, World War I and World War II, and explain what the 1918 amendment changed.",
    },
    {
      id: "explain-ludecke",
      text: "Explain what Ludecke v. Watkins (1948) held about court review of the Act, and compare the majority and dissenting views.",
    },
    {
      id: "distinguish-eo9066",
      text: "Distinguish Alien Enemies Act internment of enemy nationals from the mass incarceration of Japanese Americans under Executive Order 9066, and evaluate how courts and Congress later responded.",
    },
    {
      id: "explain-non-detention",
      text: "Explain what the Non-Detention Act of 1971 provides and whom its text protects.",
    },
  ],
  keyTerms: [
    {
      term: "Alien enemy",
      definition:
        "Under 50 U.S.C. § 21, a native, citizen, denizen or subject of a hostile nation or government who is 14 or older, is in the United States and is not naturalized, once the President has made a public proclamation.",
      sourceIds: ["aea-statute"],
    },
    {
      term: "Declared war",
      definition: "A war that Congress has formally declared. It is the first of the Act's two triggering events.",
      sourceIds: ["aea-statute", "ludecke"],
    },
    {
      term: "Invasion or predatory incursion",
      definition:
        "The Act's second triggering event: an invasion or predatory incursion against U.S. territory that is carried out, attempted or threatened by a foreign nation or government. The statute does not define the phrase, and judges have disagreed about what it covers.",
      sourceIds: ["aea-statute", "wmm-v-trump"],
    },
    {
      term: "Public proclamation",
      definition:
        "A formal, published announcement by the President. The Act requires one before anyone becomes liable to be treated as an alien enemy.",
      sourceIds: ["aea-statute"],
    },
    {
      term: "Naturalization",
      definition:
        'The legal process by which an immigrant becomes a citizen. The Act reaches only people who are "not actually naturalized," so it cannot reach U.S. citizens.',
      sourceIds: ["aea-statute", "nara-enemy-aliens"],
    },
    {
      term: "Internment",
      definition:
        "Holding civilians in government custody during wartime. In World War II, the Justice Department interned enemy nationals and some family members under the Alien Enemies Act proclamations.",
      sourceIds: ["nara-enemy-aliens"],
    },
    {
      term: "Executive Order 9066",
      definition:
        "Roosevelt's order of February 19, 1942 letting military commanders set up areas from which any or all persons could be excluded. It became the basis for removing and incarcerating about 120,000 people of Japanese ancestry.",
      sourceIds: ["eo-9066", "endo"],
    },
    {
      term: "Exclusion order",
      definition:
        "A military order barring certain people from an area. Fred Korematsu was convicted of violating one on the West Coast.",
      sourceIds: ["korematsu"],
    },
    {
      term: "Issei and Nisei",
      definition:
        "Issei were immigrants from Japan, whom the racial naturalization laws of the time barred from becoming citizens. Nisei were their U.S.-born children, who were citizens by birth.",
      sourceIds: ["densho-aea", "cwric"],
    },
    {
      term: "Writ of habeas corpus",
      definition:
        "A court order requiring the government to justify holding a person in custody. Kurt Ludecke sought one to challenge his removal order.",
      sourceIds: ["ludecke"],
    },
    {
      term: "Dicta",
      definition:
        "Statements in a court opinion that are not necessary to decide the case and so do not bind later courts the way a holding does.",
      sourceIds: ["famous-trials-korematsu", "acs-korematsu"],
    },
    {
      term: "Redress",
      definition:
        "A remedy for a wrong. The Civil Liberties Act of 1988 provided an official apology and $20,000 payments to eligible Japanese Americans who had been incarcerated.",
      sourceIds: ["civil-liberties-act", "doj-redress-1999"],
    },
    {
      term: "Non-Detention Act",
      definition:
        "A 1971 law, now 18 U.S.C. § 4001(a), saying the United States may imprison or detain a citizen only under an act of Congress. It repealed the Emergency Detention Act of 1950.",
      sourceIds: ["non-detention-act", "crs-rs22130"],
    },
  ],
  sections: [
    {
      id: "reading-section-21",
      heading: "Reading the statute closely",
      body: `The Alien Enemies Act began as a law of July 6, 1798. Its core is **50 U.S.C. § 21**, one long sentence with four working parts.

1. **A triggering event.** There must be "a declared war between the United States and any foreign nation or government," *or* an "invasion or predatory incursion" against U.S. territory that is carried out, attempted or threatened "by any foreign nation or government." The statute does not define either phrase, and what they cover has been argued over in court.
2. **A public proclamation.** The President must make "public proclamation of the event."
3. **Who is covered.** The Act names "all natives, citizens, denizens, or subjects of the hostile nation or government" who are "of the age of fourteen years and upward," are "within the United States," and are "not actually naturalized."
4. **What follows.** Those people become "liable to be apprehended, restrained, secured, and removed as alien enemies." The President may set the rules for how they are treated.

The other sections are short. Section 22 gives time to settle one's affairs and leave. Section 23 gives federal courts and judges jurisdiction, and section 24 sets out the duties of U.S. marshals.

Two features matter most. The Act is tied to conflict with a foreign *nation or government*. And because it reaches only people who are not naturalized, it cannot reach U.S. citizens.`,
      sourceIds: ["aea-statute", "crs-lsb11269"],
    },
    {
      id: "one-amendment",
      heading: "One major change since 1798",
      body: `The original Act covered only **males**. During World War I, Congress amended it on April 16, 1918 to remove that limit. Three days later President Woodrow Wilson extended the rules for alien enemies to women by proclamation.

Otherwise the text has barely moved. In 1948 the Supreme Court said the Act "has remained the law of the land, virtually unchanged since 1798." Summaries that describe it as covering only men have been out of date since 1918.`,
      sourceIds: ["aea-statute", "frus-1918", "ludecke"],
    },
    {
      id: "early-uses",
      heading: "The War of 1812 and World War I",
      body: `Before 2025, presidents invoked the Act three times, each in connection with a declared war.

**War of 1812.** According to the *Dictionary of American History*, British subjects in the United States had to report personal details to the authorities. Some British merchants were ordered to move inland, away from the coast, but were otherwise left free.

**World War I.** On April 6, 1917, the day the United States declared war on Germany, Wilson proclaimed unnaturalized German males aged 14 and older to be alien enemies. He issued 12 regulations limiting what alien enemies could do. Regulation 12 allowed the summary arrest of an alien enemy believed to be aiding the enemy. In November 1917 further regulations required alien enemies to register.

According to the National Archives, about 480,000 German enemy aliens registered and about 6,300 were arrested under presidential warrants. Far fewer were held in the Army's camps at Fort Oglethorpe and Fort McPherson in Georgia and Fort Douglas in Utah. The U.S. Marshals Service counts roughly 2,300 enemy aliens in those camps. A common error is to say "more than 6,000 were interned," which mixes up arrests with internment.`,
      sourceIds: ["crs-lsb11269", "dict-american-history", "nara-wwi", "historyhub-wwi", "usms-wwi"],
    },
    {
      id: "world-war-ii",
      heading: "World War II: Proclamations 2525–2527",
      body: `On December 7, 1941, the day of the attack on Pearl Harbor, President Franklin D. Roosevelt issued **Proclamation 2525**, covering Japanese nationals. Congress did not declare war on Japan until the next day. So the proclamation rested on the Act's invasion language, declaring that "an invasion has been perpetrated upon the territory of the United States by Empire of Japan." On December 8, **Proclamations 2526 and 2527** applied the same rules to German and Italian nationals.

The FBI and other agencies arrested thousands of people. The Justice Department ran the program. Many people were released or paroled after hearings before local alien enemy hearing boards; others were interned. By the end of the war, according to the National Archives, over 31,000 suspected enemy aliens and family members had been interned. That total included a few Jewish refugees from Nazi Germany and more than 6,600 people sent to the United States from Latin American countries. Some families, including U.S.-citizen spouses and children, chose to join interned relatives.`,
      sourceIds: ["proclamation-2525", "proclamations-2526-2527", "nara-enemy-aliens"],
    },
    {
      id: "ludecke",
      heading: "Ludecke v. Watkins (1948): how far may courts look?",
      body: `On July 14, 1945, President Harry Truman issued Proclamation 2655. It directed the removal of alien enemies whom the Attorney General considered dangerous. In January 1946 the Attorney General ordered the removal of **Kurt Ludecke**, a German national. Ludecke asked a federal court for a **writ of habeas corpus**, an order requiring the government to justify holding him.

On June 21, 1948, the Supreme Court ruled against him, 5–4. Justice Felix Frankfurter's majority opinion held that:

- the Act bars courts from reviewing the removal decision itself;
- courts may still decide whether the Act is valid and what it means, whether a "declared war" exists, and whether the person really is an alien enemy;
- a declared war with Germany still existed even though the fighting had stopped, because ending a state of war is for the political branches; and
- read this way, the Act does not violate the Bill of Rights.

Justice Hugo Black dissented, joined by Justices Douglas, Murphy and Rutledge. He called the idea that the nation was still at war with Germany "a pure fiction." He argued that deporting Ludecke without a fair hearing, subject to court review, denied due process.`,
      sourceIds: ["ludecke"],
    },
    {
      id: "two-programs",
      heading: "Two different programs",
      body: `A common mistake about the Act concerns Japanese Americans.

On February 19, 1942, Roosevelt signed **Executive Order 9066**. It let the Secretary of War and military commanders "prescribe military areas ... from which any or all persons may be excluded." The order named no ethnic group, but it became the basis for removing people of Japanese ancestry from the West Coast. Together with military exclusion orders and a 1942 act of Congress enforcing them, it led to the incarceration of about 120,000 people of Japanese ancestry, most in 10 War Relocation Authority camps. About two-thirds of them were U.S. citizens, most of them U.S.-born **Nisei**, the children of Japanese immigrants.

The Alien Enemies Act could not have done this, because it cannot reach citizens. The two programs overlapped only for the **Issei**, immigrants from Japan whom the racial naturalization laws of the time barred from becoming citizens. As non-citizens, they were also alien enemies under Proclamation 2525.

The two programs are often blended together, and some reports have said the Act was used to intern 120,000 Japanese Americans. That is wrong as stated. The Act supported the Justice Department's internment of Japanese, German and Italian nationals, which by war's end, counting family members who joined them, had held over 31,000 people. Executive Order 9066 supported the mass incarceration of Japanese Americans.`,
      sourceIds: ["eo-9066", "nara-enemy-aliens", "densho-aea", "cwric", "endo"],
    },
    {
      id: "looking-back",
      heading: "Courts and Congress look back",
      body: `- **Korematsu v. United States** (December 18, 1944). By 6–3, in an opinion by Justice Black, the Court upheld Fred Korematsu's conviction for violating a West Coast exclusion order. It said racial classifications are "immediately suspect" but found "pressing public necessity." It said it was not ruling on the detention orders. Justices Roberts, Murphy and Jackson dissented.
- **Ex parte Endo** (same day). A unanimous Court, in an opinion by Justice Douglas, held that the War Relocation Authority could not keep holding Mitsuye Endo, a citizen the government conceded was loyal. The ruling helped lead to reopening the West Coast to Japanese Americans.
- **A federal commission** later concluded that Executive Order 9066 was "not justified by military necessity." It named the causes as "race prejudice, war hysteria, and a failure of political leadership."
- **The Civil Liberties Act of 1988**, signed by President Reagan on August 10, 1988, acknowledged the injustice and apologized on behalf of the people of the United States. It also created an education fund and authorized $20,000 payments to eligible survivors. When the Justice Department's redress office closed in February 1999, it had paid 82,219 people, more than $1.6 billion in all.
- **Trump v. Hawaii** (2018). In a case about a presidential travel-restriction proclamation, which the Court upheld, Chief Justice Roberts wrote for the majority that "Korematsu was gravely wrong the day it was decided, has been overruled in the court of history, and—to be clear—'has no place in law under the Constitution.'" Whether that passage formally overruled Korematsu is debated.`,
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
      body: `On September 25, 1971, President Nixon signed the **Non-Detention Act**. It repealed the Emergency Detention Act, which was Title II of the Internal Security Act of 1950, a law passed over President Truman's veto. It also added a rule now found at 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress."

A Congressional Research Service analysis concluded that Congress meant the rule to limit all executive detention of citizens, including military detention. The question came up in the Hamdi and Padilla cases of the 2000s. Notice whom the text protects: *citizens*. The Alien Enemies Act, by contrast, reaches only non-citizens.`,
      sourceIds: ["non-detention-act", "crs-rs22130"],
    },
    {
      id: "the-act-today",
      heading: "The Act today",
      body: `The Act is still law. On March 14, 2025, President Trump signed **Proclamation 10903**, invoking it against members of the Venezuelan gang Tren de Aragua. It relied on the "invasion or predatory incursion" language, not a declared war.

Judges have disagreed about that use. The administration argued that the gang's activity, which it said Venezuela's government directs, is a predatory incursion. In September 2025 a divided Fifth Circuit panel held that the facts the President proclaimed did not show one; the dissenting judge argued that courts should defer to the President. The full Fifth Circuit then set that ruling aside to rehear the case and heard argument on January 22, 2026. As of early 2026 it had not ruled, and the Supreme Court had not ruled on whether the invocation was lawful. This may have changed. Other lessons in this library cover that story.`,
      sourceIds: ["proclamation-10903", "wmm-v-trump"],
    },
  ],
  timeline: [
    {
      date: "1798-07-06",
      event: "The Alien Enemies Act becomes law, covering males 14 and older.",
      sourceIds: ["aea-statute"],
    },
    {
      date: "1812",
      event: "The Act is invoked for the first time, during the War of 1812.",
      sourceIds: ["crs-lsb11269", "dict-american-history"],
    },
    {
      date: "1917-04-06",
      event:
        "As the U.S. declares war on Germany, Wilson proclaims German males 14 and older alien enemies and issues 12 regulations.",
      sourceIds: ["nara-wwi"],
    },
    {
      date: "1917-11",
      event: "Eight more regulations add a registration requirement for alien enemies.",
      sourceIds: ["nara-wwi", "historyhub-wwi"],
    },
    {
      date: "1918-04-16",
      event: "Congress amends the Act to remove the limit to males.",
      sourceIds: ["aea-statute", "frus-1918"],
    },
    {
      date: "1941-12-07",
      event:
        "Roosevelt issues Proclamation 2525 on Japanese nationals, citing an invasion, one day before Congress declares war.",
      sourceIds: ["proclamation-2525"],
    },
    {
      date: "1941-12-08",
      event: "Proclamations 2526 and 2527 cover German and Italian nationals.",
      sourceIds: ["proclamations-2526-2527"],
    },
    {
      date: "1942-02-19",
      event: "Roosevelt signs Executive Order 9066, a separate authority from the Alien Enemies Act.",
      sourceIds: ["eo-9066"],
    },
    {
      date: "1944-12-18",
      event: "The Supreme Court decides Korematsu v. United States and Ex parte Endo.",
      sourceIds: ["korematsu", "endo"],
    },
    {
      date: "1945-07-14",
      event: "Truman's Proclamation 2655 directs removal of alien enemies deemed dangerous.",
      sourceIds: ["ludecke"],
    },
    {
      date: "1948-06-21",
      event: "Ludecke v. Watkins limits court review of removal orders under the Act, 5–4.",
      sourceIds: ["ludecke"],
    },
    {
      date: "1971-09-25",
      event: "Nixon signs the Non-Detention Act, now 18 U.S.C. § 4001(a).",
      sourceIds: ["non-detention-act"],
    },
    { date: "1988-08-10", event: "Reagan signs the Civil Liberties Act of 1988.", sourceIds: ["civil-liberties-act"] },
    {
      date: "1999-02-05",
      event: "The Justice Department's redress office closes after paying 82,219 people.",
      sourceIds: ["doj-redress-1999"],
    },
    {
      date: "2018-06-26",
      event: 'In Trump v. Hawaii, the Court calls Korematsu "gravely wrong."',
      sourceIds: ["trump-v-hawaii"],
    },
    {
      date: "2025-03-14",
      event: "Trump signs Proclamation 10903 invoking the Act against Tren de Aragua.",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2026-01-22",
      event: "The full Fifth Circuit hears argument in W.M.M. v. Trump; no ruling had been found as of early 2026.",
      sourceIds: ["wmm-v-trump"],
    },
  ],
  sources: [
    {
      id: "aea-statute",
      kind: "statute",
      title: "Alien Enemies Act, 50 U.S.C. §§ 21–24",
      citation:
        "50 U.S.C. §§ 21–24 (Act of July 6, 1798, ch. 66, 1 Stat. 577; R.S. § 4067; amended Apr. 16, 1918, ch. 55, 40 Stat. 531)",
      publisher: "U.S. Code",
      date: "1798-07-06",
      excerpt:
        "Whenever there is a declared war between the United States and any foreign nation or government, or any invasion or predatory incursion is perpetrated ... against the territory of the United States by any foreign nation or government, and the President makes public proclamation of the event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of fourteen years and upward, who shall be within the United States and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.",
      publicDomain: true,
    },
    {
      id: "frus-1918",
      kind: "executive-action",
      title: "Proclamation extending the alien enemy regulations to women (April 19, 1918)",
      citation: "Papers Relating to the Foreign Relations of the United States, 1918, Supplement 2, Document 188",
      url: "https://history.state.gov/historicaldocuments/frus1918Supp02/d188",
      publisher: "U.S. Department of State, Office of the Historian",
      date: "1918-04-19",
      publicDomain: true,
    },
    {
      id: "crs-lsb11269",
      kind: "report",
      title: "Congressional Research Service Legal Sidebar on the Alien Enemies Act",
      citation: "Congressional Research Service, Legal Sidebar LSB11269 (Feb. 18, 2025)",
      url: "https://www.everycrsreport.com/files/2025-02-18_LSB11269_b0df90ee93283ea51fb583f4cec928b642923be0.html",
      publisher: "Congressional Research Service",
      date: "2025-02-18",
      publicDomain: true,
    },
    {
      id: "dict-american-history",
      kind: "report",
      title: "Internment, Wartime (Dictionary of American History)",
      citation: 'Dictionary of American History, "Internment, Wartime," via Encyclopedia.com',
      publisher: "Encyclopedia.com",
    },
    {
      id: "nara-wwi",
      kind: "report",
      title: "World War I Enemy Alien Records",
      citation: 'National Archives and Records Administration, "World War I Enemy Alien Records"',
      url: "https://www.archives.gov/research/immigration/enemy-aliens/ww1",
      publisher: "National Archives and Records Administration",
      publicDomain: true,
    },
    {
      id: "historyhub-wwi",
      kind: "report",
      title: "WWI Enemy Alien Registrations, Permits, and Enforcement",
      citation:
        'National Archives History Hub, Immigration and Naturalization blog, "WWI Enemy Alien Registrations, Permits, and Enforcement"',
      url: "https://historyhub.history.gov/genealogy/immigration-and-naturalization-records/b/immigration-naturalization-blog/posts/wwi-enemy-alien-registrations-permits-and-enforcement",
      publisher: "National Archives and Records Administration",
      publicDomain: true,
    },
    {
      id: "usms-wwi",
      kind: "report",
      title: "U.S. Marshals Service history: World War I",
      citation: "U.S. Marshals Service, history page on World War I enemy alien enforcement",
      url: "https://www.usmarshals.gov/history/ww1/ww1.htm",
      publisher: "U.S. Marshals Service",
      publicDomain: true,
    },
    {
      id: "proclamation-2525",
      kind: "executive-action",
      title: "Proclamation 2525 (Alien Enemies: Japanese)",
      citation: "Proclamation No. 2525, 6 Fed. Reg. 6321, 55 Stat. pt. 2, 1700 (Dec. 7, 1941)",
      url: "https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_55_Part_2.djvu/827",
      publisher: "President Franklin D. Roosevelt",
      date: "1941-12-07",
      excerpt: "an invasion has been perpetrated upon the territory of the United States by Empire of Japan",
      publicDomain: true,
    },
    {
      id: "proclamations-2526-2527",
      kind: "executive-action",
      title: "Proclamations 2526 and 2527 (Alien Enemies: German and Italian)",
      citation:
        "Proclamation No. 2526, 6 Fed. Reg. 6323 (Dec. 8, 1941); Proclamation No. 2527, 6 Fed. Reg. 6324 (Dec. 8, 1941)",
      publisher: "President Franklin D. Roosevelt",
      date: "1941-12-08",
      publicDomain: true,
    },
    {
      id: "nara-enemy-aliens",
      kind: "report",
      title: "World War II Enemy Alien Control Program Overview",
      citation: 'National Archives and Records Administration, "World War II Enemy Alien Control Program Overview"',
      url: "https://www.archives.gov/research/immigration/enemy-aliens-overview.html",
      publisher: "National Archives and Records Administration",
      publicDomain: true,
    },
    {
      id: "ludecke",
      kind: "case",
      title: "Ludecke v. Watkins",
      citation: "Ludecke v. Watkins, 335 U.S. 160 (1948)",
      url: "https://supreme.justia.com/cases/federal/us/335/160/",
      publisher: "Supreme Court of the United States",
      date: "1948-06-21",
      excerpt: "This Alien Enemy Act has remained the law of the land, virtually unchanged since 1798.",
      publicDomain: true,
    },
    {
      id: "densho-aea",
      kind: "report",
      title: "Detention Under the Alien Enemies Act in World War II",
      citation: 'Densho, "Detention Under the Alien Enemies Act in World War II" (Apr. 3, 2025)',
      url: "https://densho.org/catalyst/detention-under-the-alien-enemies-act-in-world-war-ii",
      publisher: "Densho",
      date: "2025-04-03",
    },
    {
      id: "eo-9066",
      kind: "executive-action",
      title: "Executive Order 9066 (Authorizing the Secretary of War to Prescribe Military Areas)",
      citation: "Exec. Order No. 9066 (Feb. 19, 1942)",
      publisher: "President Franklin D. Roosevelt",
      date: "1942-02-19",
      publicDomain: true,
    },
    {
      id: "korematsu",
      kind: "case",
      title: "Korematsu v. United States",
      citation: "Korematsu v. United States, 323 U.S. 214 (1944)",
      publisher: "Supreme Court of the United States",
      date: "1944-12-18",
      publicDomain: true,
    },
    {
      id: "endo",
      kind: "case",
      title: "Ex parte Endo",
      citation: "Ex parte Endo, 323 U.S. 283 (1944)",
      publisher: "Supreme Court of the United States",
      date: "1944-12-18",
      publicDomain: true,
    },
    {
      id: "cwric",
      kind: "report",
      title: "Personal Justice Denied: Report of the Commission on Wartime Relocation and Internment of Civilians",
      citation: "Commission on Wartime Relocation and Internment of Civilians, Personal Justice Denied",
      publisher: "Commission on Wartime Relocation and Internment of Civilians",
      publicDomain: true,
    },
    {
      id: "civil-liberties-act",
      kind: "statute",
      title: "Civil Liberties Act of 1988",
      citation: "Civil Liberties Act of 1988, Pub. L. 100-383, 102 Stat. 903 (Title I at 102 Stat. 904)",
      publisher: "100th Congress",
      date: "1988-08-10",
      publicDomain: true,
    },
    {
      id: "doj-redress-1999",
      kind: "report",
      title: "Justice Department press release on the close of the Office of Redress Administration (February 1999)",
      citation: "U.S. Department of Justice, Office of Public Affairs, press release, February 1999",
      url: "https://www.justice.gov/archive/opa/pr/1999/February/059cr.htm",
      publisher: "U.S. Department of Justice",
      date: "1999-02",
      publicDomain: true,
    },
    {
      id: "trump-v-hawaii",
      kind: "case",
      title: "Trump v. Hawaii",
      citation: "Trump v. Hawaii, 585 U.S. 667 (2018)",
      publisher: "Supreme Court of the United States",
      date: "2018-06-26",
      publicDomain: true,
    },
    {
      id: "famous-trials-korematsu",
      kind: "report",
      title: "Did the Roberts Court overrule Korematsu?",
      citation: 'Famous Trials, "Did the Roberts Court Overrule Korematsu?"',
      url: "https://famous-trials.com/korematsu/2565-did-the-roberts-court-overrule-korematsu",
      publisher: "Famous Trials (Douglas O. Linder)",
    },
    {
      id: "acs-korematsu",
      kind: "report",
      title: 'Trump v. Hawaii and Chief Justice Roberts\'s "Korematsu overruled" parlor trick',
      citation: "American Constitution Society, Expert Forum, on Trump v. Hawaii and Korematsu",
      url: "https://acslaw.org/expertforum/trump-v-hawaii-and-chief-justice-robertss-korematsu-overruled-parlor-trick",
      publisher: "American Constitution Society",
    },
    {
      id: "non-detention-act",
      kind: "statute",
      title: "Non-Detention Act of 1971",
      citation: "Pub. L. 92-128, 85 Stat. 347 (1971), codified at 18 U.S.C. § 4001(a)",
      publisher: "92nd Congress",
      date: "1971-09-25",
      excerpt:
        "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress.",
      publicDomain: true,
    },
    {
      id: "crs-rs22130",
      kind: "report",
      title: "Congressional Research Service report on detention of U.S. citizens under 18 U.S.C. § 4001(a)",
      citation: "Louis Fisher, Congressional Research Service, Report RS22130 (2005)",
      url: "https://www.everycrsreport.com/reports/RS22130.html",
      publisher: "Congressional Research Service",
      date: "2005",
      publicDomain: true,
    },
    {
      id: "proclamation-10903",
      kind: "executive-action",
      title:
        "Proclamation 10903, Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua",
      citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025) (signed Mar. 14, 2025)",
      publisher: "President Donald J. Trump",
      date: "2025-03-14",
      publicDomain: true,
    },
    {
      id: "wmm-v-trump",
      kind: "case",
      title: "W.M.M. v. Trump",
      citation:
        "W.M.M. v. Trump, No. 25-10534 (5th Cir. Sept. 2, 2025), reh'g en banc granted (5th Cir. Sept. 30, 2025)",
      publisher: "U.S. Court of Appeals for the Fifth Circuit",
      date: "2025-09-02",
      publicDomain: true,
    },
  ],
  perspectives: [
    {
      id: "ludecke-majority",
      label: "Ludecke majority (Frankfurter): wartime removals belong to the President",
      argument: `Congress gave these wartime decisions to the President in 1798, and the Act had stood virtually unchanged for 150 years. Courts still have a real but limited role: they can decide whether the Act is valid, what it means, whether a declared war exists, and whether a person is in fact an alien enemy. Whether a state of war has ended is a political judgment for Congress and the President, not for judges. Read this way, the Act is consistent with the Bill of Rights.`,
      sourceIds: ["ludecke"],
    },
    {
      id: "ludecke-dissent",
      label: "Ludecke dissent (Black, Douglas, Murphy, Rutledge): a hearing and court review are required",
      argument: `Justice Black argued that treating the country as still at war with Germany after the fighting ended was "a pure fiction," and that deporting a legally admitted resident without a fair hearing, reviewable in court, denies due process. Justice Douglas, in a separate dissent, argued that habeas corpus should let courts ask more than whether the person is an alien enemy, as they could in any other deportation case.`,
      sourceIds: ["ludecke"],
    },
    {
      id: "hawaii-repudiation",
      label: "Reading Trump v. Hawaii as ending Korematsu's authority",
      argument: `The Court's own words leave no room for Korematsu: it was "gravely wrong the day it was decided" and "has no place in law under the Constitution." On this reading, whatever label is attached to the passage, no court or lawyer could rely on Korematsu today, and the Court meant to say so plainly.`,
      sourceIds: ["trump-v-hawaii", "famous-trials-korematsu"],
    },
    {
      id: "hawaii-dicta",
      label: "Reading the passage as dicta, not a formal overruling",
      argument: `Many scholars note that Trump v. Hawaii concerned a different policy. The statement about Korematsu was not needed to decide the case, so it is dicta rather than a holding that formally overruled the 1944 decision. Precision matters here too: Korematsu itself upheld a conviction for violating an exclusion order, not the camps.`,
      sourceIds: ["acs-korematsu", "famous-trials-korematsu", "korematsu"],
    },
  ],
  discussionQuestions: [
    "Ludecke held that ending a state of war is for the political branches, not the courts. What are the benefits and risks of letting courts decide questions like whether a war or an invasion exists?",
    "The Alien Enemies Act applies to people because of their nationality, not because of anything they did. Is that approach ever justified in wartime? What safeguards, if any, should go with it?",
    "Why do you think the Alien Enemies Act and Executive Order 9066 are so often confused? What does the confusion cost when people debate the Act today?",
    "The Civil Liberties Act of 1988 apologized and paid redress more than 40 years after the incarceration. What should a government owe people when it later decides a wartime policy was wrong?",
    "The Non-Detention Act protects citizens; the Alien Enemies Act reaches only non-citizens. Should the level of legal protection in wartime depend on citizenship?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution grants and limits government powers, and how those limits have been tested and argued over through time.",
    },
    {
      framework: "C3",
      code: "D2.Civ.8.9-12",
      description:
        "Evaluate how political and legal systems in different times and places have upheld or fallen short of democratic principles.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description: "Analyze how people use and challenge laws, including through the courts, to address public issues.",
    },
    {
      framework: "C3",
      code: "D2.His.16.9-12",
      description:
        "Build a reasoned argument about the past by combining evidence from several relevant sources and interpretations.",
    },
  ],
  questions: [
    {
      id: "section-21-cloze",
      type: "cloze",
      prompt: "Fill in the missing words of 50 U.S.C. § 21, the heart of the Alien Enemies Act.",
      difficulty: 2,
      objectiveIds: ["read-statute"],
      sourceIds: ["aea-statute"],
      text: "Whenever there is a {{blank-1}} war between the United States and any foreign nation or government, or any {{blank-2}} or predatory incursion is perpetrated ... against the territory of the United States by any foreign nation or government, and the President makes {{blank-3}} of the event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of {{blank-4}} years and upward, who shall be within the United States and not actually {{blank-5}}, shall be liable to be apprehended, restrained, secured, and removed as {{blank-6}}.",
      blanks: [
        {
          id: "blank-1",
          kind: "choice",
          choices: [
            { id: "declared", text: "declared", correct: true },
            { id: "threatened", text: "threatened" },
            { id: "undeclared", text: "undeclared" },
          ],
        },
        {
          id: "blank-2",
          kind: "text",
          answers: [{ text: "invasion" }],
          matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
        },
        {
          id: "blank-3",
          kind: "choice",
          choices: [
            { id: "public-proclamation", text: "public proclamation", correct: true },
            { id: "request-to-congress", text: "a request to Congress" },
            { id: "court-finding", text: "a court finding" },
          ],
        },
        {
          id: "blank-4",
          kind: "text",
          answers: [{ text: "fourteen" }, { text: "14" }],
          matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
        },
        {
          id: "blank-5",
          kind: "text",
          answers: [{ text: "naturalized" }, { text: "naturalised" }],
          matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
        },
        {
          id: "blank-6",
          kind: "text",
          answers: [{ text: "alien enemies" }],
          matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
        },
      ],
      hints: ["The Act has two possible triggers, then needs an act by the President before anyone is covered."],
      explanation:
        'The statute\'s triggers are a declared war or an invasion or predatory incursion by a foreign nation or government. Either way, the President must make a public proclamation. It then covers people 14 and older who are not naturalized and calls them alien enemies. A tempting wrong choice is "threatened" war: the word "threatened" does appear, but it describes an invasion or incursion, not a war.',
    },
    {
      id: "what-section-21-requires",
      type: "multiple-choice",
      prompt:
        "Read the excerpt from 50 U.S.C. § 21. Which of these does the excerpt require before a person becomes liable to be treated as an alien enemy? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["read-statute"],
      sourceIds: ["aea-statute", "ludecke"],
      excerptSourceId: "aea-statute",
      scoring: "every-decision-counts",
      choices: [
        {
          id: "trigger",
          text: "A declared war, or an invasion or predatory incursion by a foreign nation or government",
          correct: true,
        },
        { id: "proclamation", text: "A public proclamation by the President", correct: true },
        {
          id: "age-status",
          text: "The person is 14 or older, in the United States and not naturalized",
          correct: true,
        },
        {
          id: "court-finding",
          text: "A court finding that the person is dangerous",
          feedback:
            "The excerpt says nothing about a court finding of dangerousness. In Ludecke, the Court held that courts may not review the removal decision itself.",
        },
        {
          id: "congress-vote",
          text: "A vote of Congress approving each removal",
          feedback:
            "The excerpt gives Congress no role in individual cases. Congress's part is the law itself and, for the war trigger, a declaration of war.",
        },
      ],
      explanation:
        "The excerpt sets three conditions: a triggering event, a public proclamation, and a person who fits the description (from the hostile nation, 14 or older, in the United States, not naturalized). It requires no individual court finding and no vote of Congress on each person. Students often assume a hearing on dangerousness is built into the statute; it is not, which is why Ludecke's limits on court review mattered.",
    },
    {
      id: "males-limit-today",
      type: "true-false",
      prompt:
        "Check this claim, which appeared in some 2025 coverage: the Alien Enemies Act applies only to male citizens of a hostile nation.",
      difficulty: 1,
      objectiveIds: ["trace-uses"],
      sourceIds: ["aea-statute", "frus-1918"],
      answer: false,
      feedbackTrue: "That was true of the 1798 text, but an amendment of April 16, 1918 removed the limit to males.",
      feedbackFalse:
        "Right. The limit to males was removed in 1918, and the Act covers only people 14 and older who are not naturalized.",
      explanation:
        "The claim is out of date by more than a century. Congress removed the limit to males on April 16, 1918, and Wilson extended the alien-enemy rules to women on April 19, 1918. The claim is also imprecise in another way: the Act covers natives, citizens, denizens or subjects of the hostile nation only if they are 14 or older and not naturalized.",
    },
    {
      id: "wwi-arrest-count",
      type: "numeric",
      prompt:
        "About how many enemy aliens were arrested under presidential warrants in the United States during World War I? Round to the nearest hundred.",
      difficulty: 2,
      objectiveIds: ["trace-uses"],
      sourceIds: ["historyhub-wwi", "usms-wwi", "nara-wwi"],
      answer: { min: 6000, max: 6600 },
      nearMisses: [
        {
          answer: { min: 2000, max: 2600 },
          fraction: 0,
          feedback:
            "About 2,300 is the Marshals Service count of enemy aliens held in the Army's camps. Far more were arrested than were held there.",
        },
        {
          answer: { min: 450000, max: 520000 },
          fraction: 0,
          feedback: "That is roughly how many German enemy aliens registered, not how many were arrested.",
        },
      ],
      unit: "people",
      explanation:
        "The National Archives and the U.S. Marshals Service give about 6,300 arrests under presidential warrants. About 480,000 German enemy aliens registered, and roughly 2,300 were held in the Army's camps. Keeping the three numbers apart (registered, arrested, held in camps) avoids a common error: saying that more than 6,000 were interned.",
    },
    {
      id: "proclamation-2525-invasion",
      type: "single-choice",
      prompt:
        'Proclamation 2525, issued December 7, 1941, declared that "an invasion has been perpetrated upon the territory of the United States by Empire of Japan." Why did it rely on invasion language?',
      difficulty: 3,
      objectiveIds: ["read-statute", "trace-uses"],
      sourceIds: ["proclamation-2525", "aea-statute"],
      excerptSourceId: "proclamation-2525",
      choices: [
        {
          id: "no-declaration-yet",
          text: "Congress had not yet declared war on Japan; it did so the next day, so the Act's invasion trigger was the one available that day.",
          correct: true,
        },
        {
          id: "declared-war-insufficient",
          text: "A declared war is not enough under the Act; the President must always also find an invasion.",
          feedback:
            "The Act's triggers are alternatives: a declared war or an invasion or predatory incursion. Either one is enough.",
        },
        {
          id: "citizens",
          text: "Invasion language let the proclamation reach U.S. citizens of Japanese ancestry.",
          feedback: "No trigger lets the Act reach citizens. It covers only people who are not naturalized.",
        },
        {
          id: "congress-refused",
          text: "Congress had voted against declaring war on Japan.",
          feedback: "Congress declared war on Japan on December 8, 1941, one day after the proclamation.",
        },
      ],
      hints: ["Compare the proclamation's date with the date Congress declared war on Japan."],
      explanation:
        "Roosevelt acted on the day of the Pearl Harbor attack, before Congress declared war on December 8. The statute's alternative trigger, an invasion by a foreign nation or government, covered that day. This matters for claims that a modern invocation is the first without a declared war: the 1941 proclamation also rested on the invasion language, though a declaration followed within a day.",
    },
    {
      id: "ludecke-holdings",
      type: "multiple-choice",
      prompt: "Which of these did the Supreme Court hold in Ludecke v. Watkins (1948)? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["explain-ludecke"],
      sourceIds: ["ludecke"],
      scoring: "right-minus-wrong",
      choices: [
        { id: "no-review", text: "The Act bars courts from reviewing the removal order itself.", correct: true },
        {
          id: "limited-questions",
          text: "Courts may still decide whether a declared war exists and whether the person is an alien enemy.",
          correct: true,
        },
        {
          id: "war-continues",
          text: "A declared war with Germany still existed even though the fighting had stopped.",
          correct: true,
        },
        {
          id: "war-ended",
          text: "The declared war ended when the fighting stopped, so Ludecke had to be released.",
          feedback:
            "That was closer to Justice Black's dissent. The majority held that ending a state of war is for the political branches.",
        },
        {
          id: "bill-of-rights",
          text: "The Act violates the Bill of Rights when used after fighting ends.",
          feedback:
            "The majority held that, read with its limited court review, the Act does not violate the Bill of Rights.",
        },
      ],
      explanation:
        "The 5–4 majority held that courts cannot review the removal decision, but can decide the Act's validity and meaning, whether a declared war exists and whether the person is an alien enemy. It held that the war with Germany continued legally after the fighting, and that the Act so read does not violate the Bill of Rights. The wrong choices describe the dissent's view, which is easy to confuse with the holding.",
    },
    {
      id: "ludecke-opinions-matching",
      type: "matching",
      prompt: "Match each Ludecke opinion to the argument it made. One argument was made by none of them.",
      difficulty: 3,
      objectiveIds: ["explain-ludecke"],
      sourceIds: ["ludecke"],
      premises: [
        { id: "frankfurter", text: "Justice Frankfurter, for the majority" },
        { id: "black", text: "Justice Black, dissenting" },
        { id: "douglas", text: "Justice Douglas, dissenting" },
      ],
      responses: [
        {
          id: "political-branches",
          text: "Ending a state of war is for the political branches, so a declared war with Germany still existed.",
        },
        {
          id: "pure-fiction",
          text: 'Calling the nation still at war with Germany is "a pure fiction," and deportation without a fair hearing reviewable in court denies due process.',
        },
        {
          id: "habeas-scope",
          text: "Habeas corpus should let courts ask more than whether the petitioner is in fact an alien enemy.",
        },
        {
          id: "expired",
          text: "The Act expired in 1800 along with the Alien Friends Act, so no one could be removed under it.",
        },
      ],
      pairs: { frankfurter: "political-branches", black: "pure-fiction", douglas: "habeas-scope" },
      explanation:
        "Frankfurter's majority left the question of when a war ends to Congress and the President. Black's dissent called the continuing state of war a fiction and demanded a fair, reviewable hearing. Douglas's dissent argued that habeas review should be as broad as in other deportation cases. No justice claimed the Act had expired: only the Alien Friends Act expired in 1800. The question asks you to identify who argued what, not to decide who was right.",
    },
    {
      id: "sort-internment-vs-incarceration",
      type: "categorize",
      prompt:
        "Sort each feature: does it describe Alien Enemies Act internment in World War II, the mass incarceration under Executive Order 9066, or both?",
      difficulty: 3,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: [
        "nara-enemy-aliens",
        "densho-aea",
        "eo-9066",
        "proclamation-2525",
        "proclamations-2526-2527",
        "korematsu",
        "cwric",
        "aea-statute",
      ],
      categories: [
        { id: "aea", text: "Alien Enemies Act internment" },
        { id: "eo9066", text: "Executive Order 9066 incarceration" },
        { id: "both", text: "Both" },
      ],
      items: [
        { id: "statute-1798", text: "Rested on a 1798 statute now at 50 U.S.C. §§ 21–24", categoryId: "aea" },
        {
          id: "proclamations",
          text: "Began with Proclamations 2525, 2526 and 2527 in December 1941",
          categoryId: "aea",
        },
        { id: "three-nationalities", text: "Covered Japanese, German and Italian nationals", categoryId: "aea" },
        {
          id: "not-naturalized",
          text: "Legal authority reached only people who were not naturalized",
          categoryId: "aea",
        },
        {
          id: "hearing-boards",
          text: "Run by the Justice Department, with hearings before local alien enemy hearing boards",
          categoryId: "aea",
        },
        {
          id: "latin-america",
          text: "Included more than 6,600 people sent from Latin American countries",
          categoryId: "aea",
        },
        {
          id: "military-areas",
          text: 'Rested on an order letting military commanders exclude "any or all persons" from military areas',
          categoryId: "eo9066",
        },
        {
          id: "two-thirds-citizens",
          text: "About 120,000 people of Japanese ancestry, about two-thirds of them U.S. citizens",
          categoryId: "eo9066",
        },
        { id: "wra-camps", text: "Most people held in 10 War Relocation Authority camps", categoryId: "eo9066" },
        {
          id: "korematsu",
          text: "Its exclusion orders were at issue in Korematsu v. United States",
          categoryId: "eo9066",
        },
        { id: "issei", text: "Could reach Issei, Japanese immigrants barred from naturalizing", categoryId: "both" },
        {
          id: "roosevelt",
          text: "Put in place by President Franklin D. Roosevelt during World War II",
          categoryId: "both",
        },
      ],
      explanation:
        "The Alien Enemies Act program rested on the 1798 statute and the December 1941 proclamations. It reached only non-naturalized Japanese, German and Italian nationals, ran through Justice Department hearings, and held over 31,000 people including family members and Latin American deportees. Executive Order 9066 was a separate authority that led to the incarceration of about 120,000 people of Japanese ancestry, most of them citizens, in War Relocation Authority camps. The programs overlapped for the Issei, who could not naturalize. The most tempting mistake is to place the 120,000 figure under the Act.",
    },
    {
      id: "issei-in-both",
      type: "single-choice",
      prompt:
        "Why could some Issei be affected by both the Alien Enemies Act program and the Executive Order 9066 program?",
      difficulty: 2,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["densho-aea", "nara-enemy-aliens", "aea-statute", "eo-9066"],
      choices: [
        {
          id: "barred-from-naturalizing",
          text: "The racial naturalization laws of the time barred them from becoming citizens, so they were non-naturalized Japanese nationals, and they were also of Japanese ancestry.",
          correct: true,
        },
        {
          id: "chose-not",
          text: "They had chosen not to become citizens, unlike German and Italian immigrants.",
          feedback: "It was not a matter of choice: the law then barred Japanese immigrants from naturalizing.",
        },
        {
          id: "aea-amended",
          text: "Congress amended the Alien Enemies Act in 1942 to cover people of Japanese ancestry.",
          feedback: "The Act's one major amendment came in 1918 and concerned women. It was not changed in 1942.",
        },
        {
          id: "citizens",
          text: "They were U.S. citizens, and both programs applied to citizens.",
          feedback:
            "The Issei were not citizens. The Alien Enemies Act cannot reach citizens; the U.S.-born Nisei were the citizens affected by EO 9066.",
        },
      ],
      explanation:
        "Issei could not naturalize under the racial laws of the time. That made them non-naturalized Japanese nationals, so they were alien enemies under Proclamation 2525, and as people of Japanese ancestry they were also subject to the exclusion orders under EO 9066. Their U.S.-born children, the Nisei, were citizens and so were outside the Alien Enemies Act.",
    },
    {
      id: "correct-the-claim",
      type: "single-choice",
      prompt:
        "Some 2025 news reports said the Alien Enemies Act was last used to detain Japanese American civilians. Which correction is most accurate?",
      difficulty: 2,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["nara-enemy-aliens", "eo-9066", "aea-statute", "cwric"],
      choices: [
        {
          id: "two-authorities",
          text: "In World War II the Act supported the internment of Japanese, German and Italian nationals who were not citizens; the mass incarceration of about 120,000 people of Japanese ancestry, mostly citizens, rested on Executive Order 9066.",
          correct: true,
        },
        {
          id: "report-accurate",
          text: "The report is accurate: the Act was the legal basis for the West Coast camps.",
          feedback:
            "The West Coast removals and the War Relocation Authority camps rested on Executive Order 9066 and military orders, not the Act.",
        },
        {
          id: "never-used",
          text: "The Act was never used in World War II.",
          feedback: "It was used: Proclamations 2525, 2526 and 2527 of December 1941 invoked it.",
        },
        {
          id: "only-germans",
          text: "In World War II the Act was used only against Germans.",
          feedback: "The December 1941 proclamations covered Japanese, German and Italian nationals.",
        },
      ],
      explanation:
        "The claim blends two programs. The Act reached only non-naturalized nationals (Japanese, German and Italian), about 31,000 people including family members by war's end. The mass incarceration of Japanese Americans, most of them citizens, rested on Executive Order 9066, which the Act could not have authorized because it cannot reach citizens.",
    },
    {
      id: "what-korematsu-upheld",
      type: "single-choice",
      prompt: "What did the Supreme Court uphold in Korematsu v. United States (1944)?",
      difficulty: 2,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["korematsu"],
      choices: [
        {
          id: "conviction",
          text: "Fred Korematsu's conviction for violating a West Coast exclusion order",
          correct: true,
        },
        {
          id: "camps",
          text: "The detention of Japanese Americans in War Relocation Authority camps",
          feedback:
            "The Court said it was not ruling on the detention orders. That issue arose in Ex parte Endo, decided the same day.",
        },
        {
          id: "aea-citizens",
          text: "Use of the Alien Enemies Act against U.S. citizens",
          feedback: "Korematsu did not involve the Alien Enemies Act, which cannot reach citizens.",
        },
        {
          id: "struck-eo",
          text: "Nothing; it struck down Executive Order 9066",
          feedback: "The Court ruled 6–3 against Korematsu.",
        },
      ],
      explanation:
        'Korematsu upheld a criminal conviction for violating an exclusion order, 6–3. The Court called racial classifications "immediately suspect" but found "pressing public necessity," and it expressly did not decide the lawfulness of detention. Saying Korematsu upheld the camps is a common overstatement.',
    },
    {
      id: "endo-holding",
      type: "true-false",
      prompt:
        "In Ex parte Endo (1944), the Supreme Court unanimously held that the War Relocation Authority could not keep detaining a citizen whom the government conceded was loyal.",
      difficulty: 1,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["endo"],
      answer: true,
      feedbackTrue: "Right. Endo was unanimous and was decided the same day as Korematsu.",
      feedbackFalse:
        "This statement is accurate. Students sometimes confuse Endo with Korematsu, which went the other way on a different question.",
      explanation:
        "Endo, decided December 18, 1944, was unanimous, with Justice Douglas writing. It concerned continued detention of Mitsuye Endo, a citizen conceded to be loyal, and it helped lead to reopening the West Coast. Korematsu, decided the same day, upheld a conviction for violating an exclusion order, which is why the two are easy to mix up.",
    },
    {
      id: "trump-v-hawaii-and-korematsu",
      type: "single-choice",
      prompt: "Which statement most accurately describes what Trump v. Hawaii (2018) did with regard to Korematsu?",
      difficulty: 3,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["trump-v-hawaii", "famous-trials-korematsu", "acs-korematsu"],
      choices: [
        {
          id: "repudiated-debated",
          text: 'The majority called Korematsu "gravely wrong the day it was decided," and scholars debate whether that passage formally overruled it or was dicta.',
          correct: true,
        },
        {
          id: "formal-overrule",
          text: "The Court formally overruled Korematsu as the holding of the case, and everyone agrees on that.",
          feedback:
            'Many scholars call the passage dicta because Trump v. Hawaii concerned a different policy. Treat "formally overruled" as one side of a debate.',
        },
        {
          id: "reaffirmed",
          text: "The Court relied on Korematsu to uphold the travel restrictions.",
          feedback: "The majority expressly repudiated Korematsu.",
        },
        {
          id: "aea",
          text: "The Court held that the Alien Enemies Act could no longer be used.",
          feedback: "Trump v. Hawaii did not involve the Alien Enemies Act.",
        },
      ],
      explanation:
        'The majority, in an opinion by Chief Justice Roberts, wrote that Korematsu "was gravely wrong the day it was decided." Whether that formally overruled Korematsu is contested: some read it as ending Korematsu\'s authority in any case, while many scholars call it dicta in a case about a different policy. The correct answer describes both the words and the debate, without picking a side.',
    },
    {
      id: "civil-liberties-act-provisions",
      type: "multiple-choice",
      prompt: "Which of these did the Civil Liberties Act of 1988 do? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["distinguish-eo9066"],
      sourceIds: ["civil-liberties-act", "doj-redress-1999"],
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "acknowledged",
          text: "Acknowledged the injustice of the evacuation, relocation and internment",
          correct: true,
        },
        { id: "apologized", text: "Apologized on behalf of the people of the United States", correct: true },
        { id: "payments", text: "Authorized $20,000 redress payments to eligible survivors", correct: true },
        { id: "education-fund", text: "Created a public education fund", correct: true },
        {
          id: "overruled",
          text: "Overruled Korematsu v. United States",
          feedback:
            "The Act did not address Korematsu's holding; it acknowledged the injustice, apologized and paid redress.",
        },
        {
          id: "repealed-aea",
          text: "Repealed the Alien Enemies Act",
          feedback: "The Alien Enemies Act remains law at 50 U.S.C. §§ 21–24.",
        },
      ],
      explanation:
        "The 1988 Act acknowledged the injustice, apologized, created an education fund and authorized $20,000 payments. By the time the Justice Department's redress office closed in February 1999, it had paid 82,219 people more than $1.6 billion. It did not overrule Korematsu or touch the Alien Enemies Act, a separate law that is still in force.",
    },
    {
      id: "read-non-detention-act",
      type: "single-choice",
      prompt:
        'Read the text of 18 U.S.C. § 4001(a): "No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an Act of Congress." Which paraphrase is most accurate?',
      difficulty: 2,
      objectiveIds: ["explain-non-detention"],
      sourceIds: ["non-detention-act", "crs-rs22130"],
      excerptSourceId: "non-detention-act",
      choices: [
        {
          id: "act-of-congress",
          text: "The United States may hold a citizen only when a law passed by Congress authorizes it.",
          correct: true,
        },
        {
          id: "any-person",
          text: "No person, citizen or not, may be detained without a jury trial.",
          feedback: 'The text says "citizen," not "person," and it says nothing about juries.',
        },
        {
          id: "emergency",
          text: "The President may detain citizens during a declared national emergency.",
          feedback: "The text does the opposite: it requires an act of Congress, not just a presidential decision.",
        },
        {
          id: "aliens",
          text: "Non-citizens may be detained only under an act of Congress.",
          feedback:
            "The text protects citizens. The Alien Enemies Act, which reaches only non-citizens, is a separate law.",
        },
      ],
      explanation:
        'The text sets a rule for citizens: detention by the United States needs authority from an act of Congress. A Congressional Research Service analysis concluded that Congress meant this to cover all executive detention, including military detention. The tempting wrong answer swaps "citizen" for "person"; reading the exact word matters.',
    },
    {
      id: "law-repealed-in-1971",
      type: "short-text",
      prompt:
        "The Non-Detention Act of 1971 repealed Title II of the Internal Security Act of 1950. What was that title called?",
      difficulty: 2,
      objectiveIds: ["explain-non-detention"],
      sourceIds: ["non-detention-act", "crs-rs22130"],
      answers: [
        { text: "Emergency Detention Act" },
        { text: "the Emergency Detention Act" },
        { text: "Emergency Detention Act of 1950" },
      ],
      matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
      explanation:
        'Title II of the Internal Security Act of 1950, passed over President Truman\'s veto, was the Emergency Detention Act. The 1971 law repealed it and replaced it with the rule in 18 U.S.C. § 4001(a). Students sometimes answer "Alien Enemies Act," but that 1798 law was not repealed and is still in force.',
    },
    {
      id: "order-aea-history",
      type: "ordering",
      prompt: "Put these events in order, earliest first.",
      difficulty: 2,
      objectiveIds: ["trace-uses", "distinguish-eo9066"],
      sourceIds: [
        "nara-wwi",
        "frus-1918",
        "proclamation-2525",
        "eo-9066",
        "ludecke",
        "non-detention-act",
        "civil-liberties-act",
        "trump-v-hawaii",
      ],
      items: [
        { id: "wilson-proclamation", text: "Wilson proclaims German males 14 and older alien enemies" },
        { id: "males-limit-removed", text: "Congress removes the Act's limit to males" },
        { id: "japanese-nationals-proclamation", text: "Proclamation 2525 covers Japanese nationals" },
        { id: "eo-9066", text: "Executive Order 9066 is signed" },
        { id: "ludecke", text: "Ludecke v. Watkins is decided" },
        { id: "non-detention", text: "The Non-Detention Act becomes law" },
        { id: "civil-liberties", text: "The Civil Liberties Act apologizes and authorizes redress" },
        { id: "hawaii", text: 'Trump v. Hawaii calls Korematsu "gravely wrong"' },
      ],
      correctOrder: [
        "wilson-proclamation",
        "males-limit-removed",
        "japanese-nationals-proclamation",
        "eo-9066",
        "ludecke",
        "non-detention",
        "civil-liberties",
        "hawaii",
      ],
      scoring: "longest-ordered-subsequence",
      explanation:
        "1917 (Wilson's proclamation), 1918 (amendment), December 1941 (Proclamation 2525), February 1942 (EO 9066), 1948 (Ludecke), 1971 (Non-Detention Act), 1988 (Civil Liberties Act), 2018 (Trump v. Hawaii). The order shows that Proclamation 2525 came about ten weeks before EO 9066: the Act's program for enemy nationals was already running when the separate mass removal began.",
    },
  ],
} satisfies Lesson;
