import type { Lesson } from "civics-lessons";

/**
 * Teaches students to check claims from 2025 coverage of the Alien Enemies Act deportations against primary sources and label each accurate, inaccurate or disputed.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/checking-claims-in-the-news";
 * lesson.title
 * //=> "Checking Claims in the News: The 2025 Alien Enemies Act Deportations"
 */
export const lesson = {
  id: "checking-claims-in-the-news",
  version: "1.0.0",
  title: "Checking Claims in the News: The 2025 Alien Enemies Act Deportations",
  summary:
    "Students take claims that circulated in 2025 news coverage of the Alien Enemies Act deportations and check them against statutes, proclamations, court rulings and filings. They label each claim accurate, inaccurate or disputed, name the source that settles it, and practice lateral reading and checking what a number measures.",
  topic: "wartime-statutes",
  gradeBands: ["9-12"],
  estimatedMinutes: 55,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"Checking Claims in the News: The 2025 Alien Enemies Act Deportations" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "classify-claims",
      text: "Classify claims about the 2025 Alien Enemies Act deportations as accurate, inaccurate or disputed, and justify each label with evidence.",
    },
    {
      id: "identify-settling-source",
      text: "Identify the primary source that would settle a factual claim, such as a statute, a proclamation, a court opinion or a court filing.",
    },
    {
      id: "apply-checking-method",
      text: "Apply lateral reading, going upstream to the original source, and checking what a number or date measures.",
    },
    {
      id: "explain-disputes",
      text: "Explain why a claim that courts or parties still dispute should be reported as disputed, and describe each side's position.",
    },
  ],
  keyTerms: [
    {
      term: "Claim",
      definition:
        'A statement that can be checked against evidence. "The Act applies only to men" is a claim; "the Act is unfair" is an opinion.',
      sourceIds: ["caulfield-lateral-reading"],
    },
    {
      term: "Primary source",
      definition:
        "The original document or record itself, such as a statute, a proclamation, a court opinion, a court filing or an official count.",
      sourceIds: ["caulfield-lateral-reading", "aea-statute-current"],
    },
    {
      term: "Secondary source",
      definition:
        "A source that describes or summarizes primary sources, such as a news story or an encyclopedia entry. It can be useful, and it can be wrong.",
      sourceIds: ["caulfield-lateral-reading", "britannica-alien-sedition"],
    },
    {
      term: "Lateral reading",
      definition:
        "Checking an unfamiliar source by leaving it and opening new tabs to see what other sources say about the site and its claim, instead of judging it by its own pages.",
      sourceIds: ["caulfield-lateral-reading"],
    },
    {
      term: "Going upstream",
      definition:
        "Tracing a claim back through the stories that repeat it to where it started, and then to the primary source.",
      sourceIds: ["caulfield-lateral-reading"],
    },
    {
      term: "Disputed claim",
      definition:
        "A claim that courts or the parties still disagree about, with no final decision settling it. A careful writer reports each side's position and what was last known instead of picking a winner.",
      sourceIds: ["jgg-probable-cause", "jgg-mandamus"],
    },
    {
      term: '"As of" date',
      definition:
        "The date of the newest information a statement rests on. It tells readers how current the statement is and that later events may have changed it.",
      sourceIds: ["en-banc-argument-report", "jgg-dc-cir-dec-2025"],
    },
    {
      term: "Naturalization",
      definition:
        'The legal process by which a non-citizen becomes a U.S. citizen. The Alien Enemies Act reaches only people "not actually naturalized."',
      sourceIds: ["aea-statute-current"],
    },
    {
      term: "Alien Enemies Act",
      definition:
        "A 1798 law, now 50 U.S.C. §§ 21–24, letting the President detain and remove non-naturalized nationals of a hostile nation during a declared war or an invasion or predatory incursion.",
      sourceIds: ["aea-statute-current", "aea-1798-original"],
    },
    {
      term: "Executive Order 9066",
      definition:
        'President Franklin Roosevelt\'s order of February 19, 1942, letting military commanders exclude "any or all persons" from military areas. It was the main basis for the mass incarceration of Japanese Americans.',
      sourceIds: ["eo-9066", "eo-9066-overview"],
    },
    {
      term: "Probable cause",
      definition:
        "A preliminary finding that there is enough evidence to go forward. It is not a final finding of guilt.",
      sourceIds: ["jgg-probable-cause"],
    },
    {
      term: "Grant agreement",
      definition: "A written agreement setting out money a government agency provides and what it may be used for.",
      sourceIds: ["inl-grant-agreement"],
    },
  ],
  sections: [
    {
      id: "three-labels",
      heading: "Accurate, inaccurate or disputed",
      body: `In 2025 the Alien Enemies Act went from a history-book topic to a front-page story almost overnight. Reporters had to explain a 1798 law, a fast-moving court fight and a tangle of numbers, often within hours. Some claims in the coverage were right, some were wrong, and some described questions that courts were still deciding.

In this lesson you will check such claims and give each one of three labels:

- **Accurate**: the best available sources, especially primary sources, support it.
- **Inaccurate**: the primary sources contradict it, for example a law's text, a dated document or an official count.
- **Disputed**: courts or the parties still disagree, and no final decision has settled it. Your job is to report each side's position and what was last known, not to pick a winner.

A **claim** is a statement that can be checked. "The Act is unfair" is an opinion. "The Act applies only to men" is a claim: you can read the law and see.`,
      sourceIds: ["caulfield-lateral-reading", "aea-statute-current"],
    },
    {
      id: "method",
      heading: "A method for checking",
      body: `Professional fact-checkers read differently from most people. The educator Mike Caulfield, drawing on research by Sam Wineburg's team at Stanford, describes a few moves they use. Four habits matter most here.

**Go upstream.** Most online content repeats something published elsewhere. Trace a claim back to where it started, and then to the **primary source**: the document itself, such as a statute, a proclamation, a court opinion or a filing. A **secondary source**, such as a news story or an encyclopedia entry, describes primary sources and can get them wrong.

**Read laterally.** When you land on an unfamiliar site, don't judge it by its own "About" page or its design. Leave it and open new tabs to see what other sources say about the site and the claim.

**Check what a number or date measures.** A count of what, by whom, over what period? Was a document signed, made public or printed on that date? Two correct numbers can measure different things.

**Check whether the matter is still open.** In ongoing cases, note the **"as of" date** of your newest information and say what was last known. Rulings can be appealed, paused or reversed.

Repetition is not evidence. When many stories say the same thing, they may all be copying one earlier source.`,
      sourceIds: ["caulfield-lateral-reading"],
    },
    {
      id: "claim-internment",
      heading: 'Claim: "The Act was last used to intern Japanese-American citizens"',
      body: `Versions of this claim appeared in 2025 coverage. It is **inaccurate**, and the primary sources show why.

Start with the statute. It reaches people inside the United States who are "not actually naturalized." A U.S. citizen cannot be an alien enemy under this text.

The Act *was* used in World War II. Right after Pearl Harbor, President Franklin Roosevelt issued Proclamations 2525, 2526 and 2527, covering Japanese, German and Italian nationals. According to the National Archives, more than 31,000 suspected enemy aliens and their family members had been interned by the end of the war, many after hearings before local boards.

The mass removal and incarceration of about 120,000 people of Japanese ancestry, most of them U.S. citizens, rested mainly on a different authority: **Executive Order 9066**, signed February 19, 1942. It let military commanders "prescribe military areas ... from which any or all persons may be excluded." It named no group and had no citizenship limit.

The two programs overlapped for one group. Japanese immigrants (Issei) were barred from naturalizing by the racial laws of the time, so they were alien enemies under the Act. Their U.S.-born children (Nisei) were citizens and were not.`,
      sourceIds: ["aea-statute-current", "nara-enemy-aliens", "eo-9066", "eo-9066-overview"],
    },
    {
      id: "claims-text",
      heading: "Claims about the law's text and history",
      body: `**"The Act applies only to men."** This was true once. The 1798 text covered people "being males of the age of fourteen years and upwards." An act of April 16, 1918, struck out that limit, and the current text says only "being of the age of fourteen years and upward." As a statement about the law in 2025, the claim is **inaccurate**. An outdated fact is not a current one.

**"The Alien and Sedition Acts all expired in 1800."** In 1798 Congress passed four laws now grouped under that name: a Naturalization Act raising the residence requirement for citizenship from 5 to 14 years; the Alien Friends Act, letting the President deport any alien he judged dangerous, even in peacetime; the Alien Enemies Act, for wartime; and the Sedition Act, punishing false and malicious writing against the government. The Alien Friends Act expired in 1800 and the Sedition Act in 1801, and the Naturalization Act was repealed in 1802. The Alien Enemies Act never expired, which is why it could be invoked in 2025. The claim is **inaccurate**. The settling source is the current U.S. Code, where the Act still appears.`,
      sourceIds: ["aea-1798-original", "aea-1918-amendment", "aea-statute-current", "britannica-alien-sedition"],
    },
    {
      id: "claims-numbers",
      heading: "Claims with numbers and dates",
      body: `**"The payment to El Salvador was $6 million."** On March 15, 2025, the Associated Press reported, citing internal memos, that the United States would pay El Salvador about $6 million to hold about 300 alleged Tren de Aragua members for a year. That was a report of a planned price. Later, a grant agreement released through a lawsuit by the group Democracy Forward showed a $4.76 million State Department grant for Salvadoran law-enforcement needs, including the costs of detaining "the 238 TdA members." As a description of the agreement, "$6 million" is **inaccurate**. As a description of what AP reported in March, it is accurate. Ask what the number measures.

**"More than 250 people were deported under the Alien Enemies Act."** A White House official told the Washington Post that 261 people were flown to El Salvador on March 15–16, 2025: 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans under ordinary immigration law, and 23 Salvadorans said to be MS-13 members. A different figure, 252, counts the Venezuelans El Salvador sent to Venezuela on July 18, 2025, including men who arrived in April. Each number is right for what it counts, but the claim that more than 250 were removed *under the Act* is **inaccurate**: the official count was 137.

**Dates.** Proclamation 10903 was signed March 14, 2025, posted by the White House March 15, and published in the Federal Register March 20. Saying it was "issued March 15" describes when it became public; saying it was signed March 13 is wrong.`,
      sourceIds: [
        "ap-payment-report",
        "inl-grant-agreement",
        "wapo-figures",
        "npr-july-exchange",
        "proclamation-10903",
      ],
    },
    {
      id: "claim-flights",
      heading: 'Claim: "The judge\'s ruling came too late because the flights had already left"',
      body: `This claim is **disputed**. It also shows how one sentence can mix checkable facts with a contested conclusion.

What the record supports: on the evening of March 15, 2025, Chief Judge James E. Boasberg held an emergency hearing while planes carrying detainees were in the air. He told government lawyers that any plane carrying class members that was about to take off or in the air had to be returned. His written order, entered afterward, barred removals but did not repeat the instruction to turn the planes around.

What is disputed is what follows from those facts:

- The White House press secretary said the administration did not "refuse to comply," that the order had "no lawful basis," and that it came after the men "had already been removed from U.S. territory."
- On April 16, 2025, Judge Boasberg found **probable cause** that the government had shown "willful disregard" of his order, a first step toward criminal contempt.
- On August 8, a divided D.C. Circuit panel set that finding aside. Judge Katsas wrote that the order's word "removing" was ambiguous; Judge Rao wrote that the court could no longer coerce compliance with an order the Supreme Court had vacated. Judge Pillard, dissenting, found the instructions clear.
- On November 14 the full D.C. Circuit declined to rehear the case, although, according to a dissenting judge, six of its eleven judges believed the panel had erred. In the resumed inquiry, Homeland Security Secretary Kristi Noem declared that she had decided to complete the transfer on legal advice. In December an appeals panel paused the inquiry again and called for briefs due December 29, 2025, and January 5, 2026.

As of early 2026, no court had made a final finding on whether the order was violated. So the opposite claim, "the administration defied the court," is also disputed.`,
      sourceIds: [
        "jgg-march-15-orders",
        "leavitt-statement",
        "jgg-probable-cause",
        "jgg-mandamus",
        "jgg-rehearing-denied",
        "noem-declaration",
        "jgg-dc-cir-dec-2025",
      ],
    },
    {
      id: "claims-courts",
      heading: "Claims about what the courts decided",
      body: `**"The Supreme Court approved the deportations."** On April 7, 2025, in *Trump v. J.G.G.*, the Court (5–4) set aside Judge Boasberg's orders because the challenges belonged in habeas petitions in the district where detainees were held. It also said detainees must get notice in time to seek habeas relief before removal. On May 16, in *A.A.R.P. v. Trump*, it said about 24 hours' notice was not enough. Neither ruling decided whether the invocation itself is lawful. The claim that the Court upheld the invocation is **inaccurate**; the claim that it ruled for the government on where to sue is accurate.

**"Courts have ruled the invocation illegal."** District judges in Texas, Colorado and New York ruled against it, and a judge in Pennsylvania upheld it. A Fifth Circuit panel ruled against it, but the full court vacated that ruling and heard argument on January 22, 2026. As of early 2026, no final ruling had settled whether Tren de Aragua's activity is an "invasion or predatory incursion." That question, and the broad claim that the invocation is illegal (or legal), is **disputed**.`,
      sourceIds: [
        "trump-v-jgg",
        "aarp-v-trump",
        "jav-v-trump",
        "dbu-v-trump",
        "gff-v-trump",
        "asr-v-trump",
        "en-banc-argument-report",
      ],
    },
  ],
  timeline: [
    {
      date: "1798-07-06",
      event: "The Alien Enemies Act becomes law, applying to males 14 and older.",
      sourceIds: ["aea-1798-original"],
    },
    { date: "1800", event: "The Alien Friends Act expires.", sourceIds: ["britannica-alien-sedition"] },
    { date: "1801", event: "The Sedition Act expires.", sourceIds: ["britannica-alien-sedition"] },
    { date: "1802", event: "Congress repeals the 1798 Naturalization Act.", sourceIds: ["britannica-alien-sedition"] },
    {
      date: "1918-04-16",
      event: "Congress removes the Alien Enemies Act's limit to males.",
      sourceIds: ["aea-1918-amendment"],
    },
    {
      date: "1941-12",
      event: "Proclamations 2525, 2526 and 2527 apply the Act to Japanese, German and Italian nationals.",
      sourceIds: ["nara-enemy-aliens"],
    },
    { date: "1942-02-19", event: "President Roosevelt signs Executive Order 9066.", sourceIds: ["eo-9066"] },
    { date: "2025-03-14", event: "The President signs Proclamation 10903.", sourceIds: ["proclamation-10903"] },
    {
      date: "2025-03-15",
      event:
        "The proclamation is posted; AP reports a planned payment of about $6 million; Judge Boasberg's evening hearing takes place while planes are in the air.",
      sourceIds: ["proclamation-10903", "ap-payment-report", "jgg-march-15-orders"],
    },
    {
      date: "2025-03-20",
      event: "Proclamation 10903 is published in the Federal Register.",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2025-04-07",
      event: "Trump v. J.G.G.: challenges belong in habeas where detainees are held; notice is required.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      date: "2025-04-16",
      event: "Judge Boasberg finds probable cause of criminal contempt.",
      sourceIds: ["jgg-probable-cause"],
    },
    {
      date: "2025-05-16",
      event: "A.A.R.P. v. Trump: about 24 hours' notice is not enough.",
      sourceIds: ["aarp-v-trump"],
    },
    {
      date: "2025-07-18",
      event: "El Salvador sends 252 Venezuelans to Venezuela in a three-country exchange.",
      sourceIds: ["npr-july-exchange"],
    },
    {
      date: "2025-08-08",
      event: "A divided D.C. Circuit panel vacates the probable-cause finding.",
      sourceIds: ["jgg-mandamus"],
    },
    {
      date: "2025-11-14",
      event: "The full D.C. Circuit declines to rehear the contempt appeal.",
      sourceIds: ["jgg-rehearing-denied"],
    },
    {
      date: "2025-12-15",
      event:
        "An appeals panel, having paused the contempt hearings, orders briefs due December 29, 2025, and January 5, 2026.",
      sourceIds: ["jgg-dc-cir-dec-2025"],
    },
    {
      date: "2026-01-22",
      event: "The full Fifth Circuit hears argument on the invocation; no decision had been reported as of early 2026.",
      sourceIds: ["en-banc-argument-report"],
    },
  ],
  sources: [
    {
      id: "aea-statute-current",
      kind: "statute",
      title: "Alien Enemies Act, current text in the U.S. Code",
      citation: "50 U.S.C. § 21",
      publisher: "U.S. Government Publishing Office (U.S. Code)",
      excerpt:
        "… all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of fourteen years and upward, who shall be within the United States and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.",
      publicDomain: true,
    },
    {
      id: "aea-1798-original",
      kind: "statute",
      title: "An Act respecting Alien Enemies (original 1798 text)",
      citation: "Act of July 6, 1798, ch. 66, § 1, 1 Stat. 577",
      url: "https://en.m.wikisource.org/wiki/United_States_Statutes_at_Large/Volume_1/5th_Congress/2nd_Session/Chapter_66",
      publisher: "U.S. Congress (Statutes at Large)",
      date: "1798-07-06",
      excerpt:
        "… all natives, citizens, denizens, or subjects of the hostile nation or government, being males of the age of fourteen years and upwards, who shall be within the United States, and not actually naturalized, shall be liable to be apprehended, restrained, secured and removed, as alien enemies.",
      publicDomain: true,
    },
    {
      id: "aea-1918-amendment",
      kind: "statute",
      title: "Act of April 16, 1918, amending the Alien Enemies Act",
      citation: "Act of Apr. 16, 1918, ch. 55, 40 Stat. 531",
      publisher: "U.S. Congress",
      date: "1918-04-16",
      publicDomain: true,
    },
    {
      id: "eo-9066",
      kind: "executive-action",
      title: "Executive Order 9066",
      citation: "Exec. Order No. 9066 (Feb. 19, 1942)",
      publisher: "The White House",
      date: "1942-02-19",
      excerpt: "prescribe military areas ... from which any or all persons may be excluded",
      publicDomain: true,
    },
    {
      id: "eo-9066-overview",
      kind: "other",
      title: "Executive Order 9066 (encyclopedia article)",
      citation: '"Executive Order 9066," Wikipedia',
      url: "https://en.wikipedia.org/wiki/Executive_Order_9066",
      publisher: "Wikipedia",
    },
    {
      id: "nara-enemy-aliens",
      kind: "report",
      title: "World War II Enemy Alien Control Program Overview",
      citation: "National Archives and Records Administration, World War II Enemy Alien Control Program Overview",
      url: "https://www.archives.gov/research/immigration/enemy-aliens-overview.html",
      publisher: "National Archives and Records Administration",
      publicDomain: true,
    },
    {
      id: "britannica-alien-sedition",
      kind: "other",
      title: "Alien and Sedition Acts",
      citation: '"Alien and Sedition Acts," Britannica Kids (Students)',
      url: "https://kids.britannica.com/students/article/Alien-and-Sedition-Acts/272809",
      publisher: "Encyclopaedia Britannica",
    },
    {
      id: "caulfield-lateral-reading",
      kind: "other",
      title: 'What "Reading Laterally" Means',
      citation: "Mike Caulfield, Web Literacy for Student Fact-Checkers, ch. 16 (2017)",
      url: "https://webliteracy.pressbooks.com/chapter/what-reading-laterally-means/",
      publisher: "Mike Caulfield (Pressbooks)",
      date: "2017",
    },
    {
      id: "proclamation-10903",
      kind: "executive-action",
      title:
        "Proclamation 10903, Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua",
      citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025)",
      publisher: "The White House",
      date: "2025-03-14",
      publicDomain: true,
    },
    {
      id: "ap-payment-report",
      kind: "news",
      title: "AP report on a planned U.S. payment to El Salvador to hold alleged gang members",
      citation: "Associated Press (Mar. 15, 2025), republished by NBC Boston",
      url: "https://www.nbcboston.com/news/national-international/us-plans-to-deport-about-300-alleged-venezuelan-gang-members-to-el-salvador/3659544/",
      publisher: "Associated Press",
      date: "2025-03-15",
    },
    {
      id: "inl-grant-agreement",
      kind: "court-filing",
      title: "State Department grant agreement with El Salvador, disclosed in litigation",
      citation:
        "U.S. Dep't of State, Bureau of International Narcotics and Law Enforcement Affairs, grant agreement with the Government of El Salvador ($4.76 million), released through litigation brought by Democracy Forward (2025)",
      publisher: "U.S. Department of State",
      publicDomain: true,
    },
    {
      id: "wapo-figures",
      kind: "news",
      title: "White House figures on the March 15–16, 2025 removal flights, as reported by The Washington Post",
      citation: "The Washington Post (Mar. 2025), republished by The Japan News, Mar. 18, 2025",
      url: "https://japannews.yomiuri.co.jp/news-services/washingtonpost/20250318-243963",
      publisher: "The Washington Post",
      date: "2025-03",
    },
    {
      id: "npr-july-exchange",
      kind: "news",
      title: "NPR report on the July 18, 2025 exchange among the United States, El Salvador and Venezuela",
      citation: "NPR (July 18, 2025), via KASU",
      url: "https://www.kasu.org/politics/2025-07-18/10-americans-are-freed-by-venezuela-in-a-prisoner-swap-for-migrants-in-el-salvador",
      publisher: "NPR",
      date: "2025-07-18",
    },
    {
      id: "jgg-march-15-orders",
      kind: "case",
      title: "J.G.G. v. Trump: March 15, 2025 hearing and temporary restraining orders",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (hearing and minute order)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-03-15",
      publicDomain: true,
    },
    {
      id: "leavitt-statement",
      kind: "other",
      title: "White House press secretary's statement on the March 15 court order",
      citation: "Karoline Leavitt, White House Press Secretary, statement posted on X (Mar. 17, 2025)",
      publisher: "The White House",
      date: "2025-03-17",
      publicDomain: true,
    },
    {
      id: "jgg-probable-cause",
      kind: "case",
      title: "J.G.G. v. Trump: opinion finding probable cause of criminal contempt",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Apr. 16, 2025)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-04-16",
      publicDomain: true,
    },
    {
      id: "jgg-mandamus",
      kind: "case",
      title: "J.G.G. v. Trump: D.C. Circuit panel decision granting mandamus",
      citation:
        "J.G.G. v. Trump (D.C. Cir. Aug. 8, 2025) (granting mandamus and vacating the probable-cause order) (Katsas and Rao, JJ.; Pillard, J., dissenting)",
      publisher: "U.S. Court of Appeals for the D.C. Circuit",
      date: "2025-08-08",
      publicDomain: true,
    },
    {
      id: "jgg-rehearing-denied",
      kind: "case",
      title: "J.G.G. v. Trump: order denying rehearing en banc",
      citation: "J.G.G. v. Trump (D.C. Cir. Nov. 14, 2025) (en banc) (order denying rehearing)",
      publisher: "U.S. Court of Appeals for the D.C. Circuit",
      date: "2025-11-14",
      publicDomain: true,
    },
    {
      id: "noem-declaration",
      kind: "court-filing",
      title: "Declaration of Secretary of Homeland Security Kristi Noem",
      citation: "Declaration of Kristi Noem, J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. 2025)",
      publisher: "U.S. Department of Homeland Security",
      date: "2025",
      publicDomain: true,
    },
    {
      id: "jgg-dc-cir-dec-2025",
      kind: "case",
      title: "J.G.G. v. Trump: D.C. Circuit orders of December 2025",
      citation: "J.G.G. v. Trump (D.C. Cir. Dec. 12 and 15, 2025) (orders staying hearings and directing briefing)",
      publisher: "U.S. Court of Appeals for the D.C. Circuit",
      date: "2025-12-15",
      publicDomain: true,
    },
    {
      id: "trump-v-jgg",
      kind: "case",
      title: "Trump v. J.G.G.",
      citation: "Trump v. J.G.G., 604 U.S. ___ (2025) (per curiam)",
      url: "https://supreme.justia.com/cases/federal/us/604/24a931",
      publisher: "Supreme Court of the United States",
      date: "2025-04-07",
      publicDomain: true,
    },
    {
      id: "aarp-v-trump",
      kind: "case",
      title: "A.A.R.P. v. Trump",
      citation: "A.A.R.P. v. Trump, No. 24A1007 (U.S. May 16, 2025) (per curiam)",
      url: "https://supremecourt.gov/docket/docketfiles/html/public/24a1007.html",
      publisher: "Supreme Court of the United States",
      date: "2025-05-16",
      publicDomain: true,
    },
    {
      id: "jav-v-trump",
      kind: "case",
      title: "J.A.V. v. Trump",
      citation: "J.A.V. v. Trump (S.D. Tex. May 1, 2025) (Rodriguez, J.)",
      publisher: "U.S. District Court for the Southern District of Texas",
      date: "2025-05-01",
      publicDomain: true,
    },
    {
      id: "dbu-v-trump",
      kind: "case",
      title: "D.B.U. v. Trump",
      citation: "D.B.U. v. Trump (D. Colo. May 6, 2025) (Sweeney, J.) (preliminary injunction)",
      publisher: "U.S. District Court for the District of Colorado",
      date: "2025-05-06",
      publicDomain: true,
    },
    {
      id: "gff-v-trump",
      kind: "case",
      title: "G.F.F. v. Trump",
      citation: "G.F.F. v. Trump, No. 1:25-cv-2886 (S.D.N.Y. May 6, 2025) (Hellerstein, J.)",
      publisher: "U.S. District Court for the Southern District of New York",
      date: "2025-05-06",
      publicDomain: true,
    },
    {
      id: "asr-v-trump",
      kind: "case",
      title: "A.S.R. v. Trump",
      citation: "A.S.R. v. Trump (W.D. Pa. May 13, 2025) (Haines, J.)",
      publisher: "U.S. District Court for the Western District of Pennsylvania",
      date: "2025-05-13",
      publicDomain: true,
    },
    {
      id: "en-banc-argument-report",
      kind: "news",
      title: "Report on the full Fifth Circuit's January 22, 2026 argument in W.M.M. v. Trump",
      citation: "The Epoch Times (Jan. 2026)",
      url: "https://californiainsider.com/news/appeals-court-considers-trumps-ability-to-deport-under-alien-enemies-act-5974752",
      publisher: "The Epoch Times",
      date: "2026-01",
    },
    {
      id: "crs-lsb11269",
      kind: "report",
      title: "The Alien Enemy Act: History and Potential Use to Remove Members of International Criminal Cartels",
      citation: "Cong. Rsch. Serv., Legal Sidebar LSB11269 (Feb. 18, 2025; updated Apr. 2, 2025)",
      url: "https://www.everycrsreport.com/files/2025-02-18_LSB11269_b0df90ee93283ea51fb583f4cec928b642923be0.html",
      publisher: "Congressional Research Service",
      date: "2025-02-18",
      publicDomain: true,
    },
  ],
  perspectives: [
    {
      id: "white-house-on-order",
      label: "The White House and DHS: the order was not violated",
      argument:
        "The press secretary said the administration did not refuse to comply: the order had no lawful basis, it came after the men had left U.S. territory, the written order and the government's actions did not conflict, and courts generally lack jurisdiction over these foreign-affairs powers. Secretary Noem told the court she made the decision to complete the transfer after legal advice from department leadership.",
      sourceIds: ["leavitt-statement", "noem-declaration"],
    },
    {
      id: "district-judge-on-order",
      label: "Judge Boasberg: probable cause of willful disregard",
      argument:
        "Judge Boasberg found probable cause that the government showed willful disregard of both his written order and his explicit oral instruction to return the planes. In his view the government could address the problem by asserting custody of the men so they could bring habeas challenges, or by identifying the officials who decided not to halt the transfers.",
      sourceIds: ["jgg-probable-cause", "jgg-march-15-orders"],
    },
    {
      id: "appeals-majority-on-order",
      label: "D.C. Circuit panel majority: no basis to proceed with criminal contempt",
      argument:
        "Judge Katsas reasoned that the order's word \"removing\" could mean expelling someone from U.S. territory or handing over custody, so it was too ambiguous to support a criminal contempt conviction. Judge Rao reasoned that once the Supreme Court vacated the order, the district court could not coerce compliance with it, and that doing so intruded on the President's foreign-affairs powers.",
      sourceIds: ["jgg-mandamus"],
    },
    {
      id: "appeals-dissent-on-order",
      label: "Appeals judges who disagreed with the panel",
      argument:
        "Judge Pillard, dissenting, concluded that the oral instructions made clear what compliance required and that mandamus was improper. When the full court declined rehearing, a dissenting judge wrote that six of the eleven judges believed the panel had erred, and the ruling left room for the inquiry to continue.",
      sourceIds: ["jgg-mandamus", "jgg-rehearing-denied"],
    },
    {
      id: "government-on-invocation",
      label: "The government: the invocation is lawful",
      argument:
        "Proclamation 10903 describes Tren de Aragua as a hostile force acting at the direction of the Maduro government and finds that it is carrying out an invasion or predatory incursion. Judge Haines agreed that its activity fits a predatory incursion and deferred to the President's finding about Maduro.",
      sourceIds: ["proclamation-10903", "asr-v-trump"],
    },
    {
      id: "courts-against-invocation",
      label: "Courts that rejected the invocation",
      argument:
        "Judges in Texas, Colorado and New York held that a gang's activity, as described, is not an invasion or predatory incursion under the Act; one read those words to require military, wartime action. Their rulings stand alongside the Pennsylvania ruling, and the question was before the full Fifth Circuit as of early 2026.",
      sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "en-banc-argument-report"],
    },
  ],
  discussionQuestions: [
    "The claim about the flights mixes an undisputed fact (planes were in the air) with a disputed conclusion (the order did not apply). How would you rewrite it so that every part is accurate?",
    '"The Act applies only to men" was true before 1918. Should an outdated claim be labeled inaccurate, or does it need a different label? What would you tell a reader?',
    "Some of the errors in this lesson appeared in well-known outlets. What does that suggest about relying on a source's reputation alone?",
    "If courts never reach a final ruling on a disputed question, who, if anyone, gets to say it is settled?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D3.1.9-12",
      description:
        "Gather information from many sources and use each source's origin, authority and context to decide how to use it.",
    },
    {
      framework: "C3",
      code: "D3.2.9-12",
      description: "Judge how credible a source is, including by checking how others who know the subject regard it.",
    },
    {
      framework: "C3",
      code: "D2.His.10.9-12",
      description: "Spot the limits of different kinds of historical evidence and of differing secondary accounts.",
    },
    {
      framework: "C3",
      code: "D4.1.9-12",
      description:
        "Build arguments from precise claims and evidence from several sources, while acknowledging counterclaims and weak points in the evidence.",
    },
  ],
  questions: [
    {
      id: "classify-claims",
      type: "categorize",
      prompt:
        "Each statement below circulated in some form in 2025. Using the lesson's primary sources, sort each one as accurate, inaccurate, or disputed (courts or parties still disagree and no final decision has settled it).",
      difficulty: 2,
      objectiveIds: ["classify-claims"],
      sourceIds: [
        "aea-statute-current",
        "aea-1918-amendment",
        "eo-9066",
        "britannica-alien-sedition",
        "ap-payment-report",
        "inl-grant-agreement",
        "wapo-figures",
        "proclamation-10903",
        "trump-v-jgg",
        "crs-lsb11269",
        "jgg-probable-cause",
        "jgg-mandamus",
        "jav-v-trump",
        "asr-v-trump",
        "en-banc-argument-report",
      ],
      hints: [
        "A claim is disputed only when courts or the parties still disagree. If the law's text or a dated document answers it, it is accurate or inaccurate.",
      ],
      categories: [
        { id: "accurate", text: "Accurate" },
        { id: "inaccurate", text: "Inaccurate" },
        { id: "disputed", text: "Disputed" },
      ],
      items: [
        {
          id: "three-prior-uses",
          text: "Before 2025, the Act had been invoked three times: in the War of 1812, World War I and World War II.",
          categoryId: "accurate",
        },
        {
          id: "261-and-137",
          text: "A White House official said 261 people were flown to El Salvador on March 15–16, 2025, and 137 of them were removed under the Act.",
          categoryId: "accurate",
        },
        {
          id: "only-aea-in-force",
          text: "Of the four 1798 Alien and Sedition Acts, only the Alien Enemies Act is still in force.",
          categoryId: "accurate",
        },
        {
          id: "notice-required",
          text: "The Supreme Court said people designated under the Act must get notice in time to seek habeas relief before removal.",
          categoryId: "accurate",
        },
        {
          id: "signed-and-published",
          text: "Proclamation 10903 was signed March 14, 2025, and published in the Federal Register March 20, 2025.",
          categoryId: "accurate",
        },
        {
          id: "interned-citizens",
          text: "The Act was last used to intern Japanese-American citizens.",
          categoryId: "inaccurate",
        },
        { id: "only-men", text: "The Act applies only to men.", categoryId: "inaccurate" },
        { id: "all-expired-1800", text: "The Alien and Sedition Acts all expired in 1800.", categoryId: "inaccurate" },
        { id: "six-million", text: "The payment to El Salvador was $6 million.", categoryId: "inaccurate" },
        {
          id: "over-250-under-act",
          text: "More than 250 people were removed under the Alien Enemies Act on March 15–16, 2025.",
          categoryId: "inaccurate",
        },
        {
          id: "scotus-upheld",
          text: "In April 2025 the Supreme Court ruled that invoking the Act against Tren de Aragua was lawful.",
          categoryId: "inaccurate",
        },
        {
          id: "too-late",
          text: "The judge's ruling came too late because the flights had already left.",
          categoryId: "disputed",
        },
        { id: "defied-order", text: "The administration defied Judge Boasberg's order.", categoryId: "disputed" },
        {
          id: "is-incursion",
          text: 'Tren de Aragua\'s activity counts as an "invasion or predatory incursion" under the Act.',
          categoryId: "disputed",
        },
      ],
      explanation:
        'The accurate items match a primary source or an official count. The inaccurate items are contradicted by one: the Act\'s "not actually naturalized" wording and Executive Order 9066 (internment), the 1918 amendment (men), the current U.S. Code (expiry), the grant agreement (payment), the official breakdown of 137 (count), and the text of Trump v. J.G.G., which decided where and how to sue, not whether the invocation was lawful. The disputed items are still before courts or contested by the parties: whether the March 15 order was violated, and whether a gang\'s activity is an invasion or predatory incursion. Note that "too late" and "defied the order" are opposite claims about the same dispute, and both are disputed.',
    },
    {
      id: "claim-to-settling-source",
      type: "matching",
      prompt: "Match each claim to the source that would settle it. Two sources are not used.",
      difficulty: 2,
      objectiveIds: ["identify-settling-source"],
      sourceIds: [
        "aea-statute-current",
        "aea-1918-amendment",
        "eo-9066",
        "inl-grant-agreement",
        "proclamation-10903",
        "trump-v-jgg",
        "wapo-figures",
      ],
      premises: [
        { id: "only-men", text: '"The Act applies only to men."' },
        { id: "interned-citizens", text: '"The Act was last used to intern Japanese-American citizens."' },
        { id: "six-million", text: '"The payment to El Salvador was $6 million."' },
        { id: "signed-march-13", text: '"The proclamation was signed on March 13, 2025."' },
        { id: "scotus-upheld", text: '"The Supreme Court ruled the invocation lawful."' },
        { id: "over-250", text: '"More than 250 people were removed under the Act that weekend."' },
      ],
      responses: [
        { id: "current-text-1918", text: "The current text of 50 U.S.C. § 21 and the 1918 act that amended it" },
        {
          id: "naturalized-eo-9066",
          text: 'The Act\'s "not actually naturalized" wording, read with Executive Order 9066',
        },
        { id: "grant-agreement", text: "The grant agreement with El Salvador disclosed in court" },
        { id: "federal-register", text: "Proclamation 10903 as published in the Federal Register" },
        { id: "jgg-opinion", text: "The Supreme Court's per curiam opinion in Trump v. J.G.G." },
        { id: "official-breakdown", text: "The White House official's breakdown of the flights by legal authority" },
        { id: "social-post", text: "A widely shared social-media post repeating the claim" },
        { id: "opinion-column", text: "An opinion column about the deportations" },
      ],
      pairs: {
        "only-men": "current-text-1918",
        "interned-citizens": "naturalized-eo-9066",
        "six-million": "grant-agreement",
        "signed-march-13": "federal-register",
        "scotus-upheld": "jgg-opinion",
        "over-250": "official-breakdown",
      },
      explanation:
        "Each claim is settled by the document that actually contains the fact: the statute's text and its amendment, the order that authorized incarceration, the agreement itself, the proclamation as published (which gives its date), the Court's own opinion, and the official count by legal authority. A post or a column can point you to a claim, but repeating it does not settle it.",
    },
    {
      id: "which-source-internment",
      type: "single-choice",
      prompt:
        'A classmate cites a 2025 news story saying the Alien Enemies Act was "last used to intern Japanese-American citizens." Which source would best settle whether that is right?',
      difficulty: 2,
      objectiveIds: ["identify-settling-source", "classify-claims"],
      sourceIds: ["aea-statute-current", "eo-9066", "nara-enemy-aliens"],
      choices: [
        {
          id: "statute-and-eo",
          text: "The text of the Act (who it covers) compared with the text of Executive Order 9066",
          correct: true,
        },
        {
          id: "more-news",
          text: "Three more news stories from 2025 that say the same thing",
          feedback: "Stories often repeat one another. Agreement among copies is not confirmation.",
        },
        {
          id: "proclamation-10903",
          text: "Proclamation 10903",
          feedback: "The 2025 proclamation does not address how the Act was used in World War II.",
        },
        {
          id: "popular-post",
          text: "A popular post by a history enthusiast with many followers",
          feedback: "Popularity is not evidence. Go to the documents themselves.",
        },
      ],
      explanation:
        'The Act reaches only people "not actually naturalized," so it cannot reach citizens. Executive Order 9066 let commanders exclude "any or all persons," which is how citizens were removed. The National Archives\' overview confirms the Act\'s separate World War II program for enemy aliens. More copies of the same story feel convincing but add no new evidence.',
    },
    {
      id: "which-source-payment",
      type: "single-choice",
      prompt: "Which source would settle how much money the U.S. agreement with El Salvador actually provided?",
      difficulty: 1,
      objectiveIds: ["identify-settling-source"],
      sourceIds: ["inl-grant-agreement", "ap-payment-report"],
      choices: [
        { id: "grant-agreement", text: "The grant agreement itself, released through litigation", correct: true },
        {
          id: "march-memo-report",
          text: "The March 2025 news report describing internal memos",
          feedback:
            "That report is accurate about what the memos suggested, but a planned figure is not the agreement's terms.",
        },
        {
          id: "officials-remarks",
          text: "A foreign leader's social-media comments about the fee",
          feedback: "Comments can describe a deal loosely; the written agreement states its terms.",
        },
        {
          id: "average",
          text: "An average of every figure reported in the news",
          feedback: "Averaging different measurements produces a number that measures nothing.",
        },
      ],
      explanation:
        "The agreement disclosed in court shows a $4.76 million State Department grant. The March report of about $6 million was accurate as a report of what internal memos described, which is why it is tempting, but it measured a planned price, not the agreement's terms.",
    },
    {
      id: "acts-timeline",
      type: "ordering",
      prompt: 'To check the claim "the Alien and Sedition Acts all expired in 1800," put these events in order.',
      difficulty: 2,
      objectiveIds: ["classify-claims", "apply-checking-method"],
      sourceIds: [
        "aea-1798-original",
        "britannica-alien-sedition",
        "aea-1918-amendment",
        "eo-9066",
        "proclamation-10903",
      ],
      scoring: "kendall-tau",
      items: [
        { id: "aea-enacted", text: "Congress passes the Alien Enemies Act" },
        { id: "alien-friends-expires", text: "The Alien Friends Act expires" },
        { id: "sedition-expires", text: "The Sedition Act expires" },
        { id: "naturalization-repealed", text: "Congress repeals the 1798 Naturalization Act" },
        { id: "males-limit-removed", text: "Congress removes the Alien Enemies Act's limit to males" },
        { id: "eo-9066-signed", text: "President Roosevelt signs Executive Order 9066" },
        { id: "proclamation-10903-signed", text: "The President signs Proclamation 10903" },
      ],
      correctOrder: [
        "aea-enacted",
        "alien-friends-expires",
        "sedition-expires",
        "naturalization-repealed",
        "males-limit-removed",
        "eo-9066-signed",
        "proclamation-10903-signed",
      ],
      explanation:
        '1798: the Act is passed. 1800: the Alien Friends Act expires. 1801: the Sedition Act expires. 1802: the Naturalization Act is repealed. 1918: the "males" limit is removed. 1942: Executive Order 9066. 2025: Proclamation 10903. The timeline shows why the claim fails: only one act ended in 1800, and the Alien Enemies Act was still being amended in 1918 and used in 2025.',
    },
    {
      id: "why-flights-disputed",
      type: "single-choice",
      prompt:
        'Why is the claim "the judge\'s ruling came too late because the flights had already left" labeled disputed rather than accurate or inaccurate?',
      difficulty: 3,
      objectiveIds: ["explain-disputes", "classify-claims"],
      sourceIds: [
        "jgg-march-15-orders",
        "leavitt-statement",
        "jgg-probable-cause",
        "jgg-mandamus",
        "jgg-rehearing-denied",
        "jgg-dc-cir-dec-2025",
      ],
      choices: [
        {
          id: "conclusion-contested",
          text: "Its facts (planes were in the air) are supported, but its conclusion (the order did not apply) is still contested by the parties and judges, with no final ruling.",
          correct: true,
        },
        {
          id: "times-unknown",
          text: "Nobody knows whether the planes had taken off when the judge spoke.",
          feedback:
            "The record supports that planes were in the air during the hearing. The dispute is about what legal effect the orders had.",
        },
        {
          id: "judge-overruled",
          text: "An appeals court proved the judge was wrong.",
          feedback:
            "The panel vacated the probable-cause finding, but the full court's judges were divided and the inquiry continued. No court made a final finding either way.",
        },
        {
          id: "government-found-liable",
          text: "The judge proved the government was wrong.",
          feedback: "A probable-cause finding is a preliminary step, and it was set aside on appeal.",
        },
      ],
      explanation:
        "The claim bundles a supported fact with a legal conclusion. The White House said the order came after the men had left U.S. territory; Judge Boasberg found probable cause of willful disregard; a D.C. Circuit panel vacated that finding; a dissenting judge said six of eleven judges thought the panel erred; and in December 2025 the inquiry was paused again. As of early 2026 there was no final finding, so a careful writer reports the dispute rather than resolving it.",
    },
    {
      id: "flights-who-said-what",
      type: "matching",
      prompt: "Match each person to the position they took on the March 15, 2025 order. One position is not used.",
      difficulty: 2,
      objectiveIds: ["explain-disputes"],
      sourceIds: ["leavitt-statement", "jgg-probable-cause", "jgg-mandamus", "noem-declaration"],
      premises: [
        { id: "leavitt", text: "Karoline Leavitt, White House press secretary (March 17, 2025)" },
        { id: "boasberg", text: "Chief Judge James E. Boasberg (April 16, 2025)" },
        { id: "katsas", text: "Judge Katsas, D.C. Circuit panel (August 8, 2025)" },
        { id: "pillard", text: "Judge Pillard, dissenting (August 8, 2025)" },
        { id: "noem", text: "Kristi Noem, Secretary of Homeland Security (court declaration)" },
      ],
      responses: [
        {
          id: "no-lawful-basis",
          text: "The order had no lawful basis and came after the men had been removed from U.S. territory.",
        },
        {
          id: "willful-disregard",
          text: "There was probable cause that the government showed willful disregard of the order.",
        },
        {
          id: "removing-ambiguous",
          text: 'The order\'s word "removing" was too ambiguous to support criminal contempt.',
        },
        { id: "instructions-clear", text: "The oral instructions made clear what compliance required." },
        {
          id: "decided-on-advice",
          text: "She decided to complete the transfer after legal advice from department leadership.",
        },
        { id: "planes-returned", text: "The planes were turned around and returned to the United States." },
      ],
      pairs: {
        leavitt: "no-lawful-basis",
        boasberg: "willful-disregard",
        katsas: "removing-ambiguous",
        pillard: "instructions-clear",
        noem: "decided-on-advice",
      },
      explanation:
        "Attributing each position to its source is how you report a disputed question fairly. The unused statement is false: the planes were not turned around. Notice that judges on the same court reached different conclusions, which is one sign a question is disputed.",
    },
    {
      id: "numbers-what-they-measure",
      type: "matching",
      prompt: "Each number below appeared in 2025 coverage. Match it to what it measures. One description is not used.",
      difficulty: 2,
      objectiveIds: ["apply-checking-method"],
      sourceIds: ["wapo-figures", "npr-july-exchange", "ap-payment-report", "inl-grant-agreement"],
      premises: [
        { id: "n-261", text: "261" },
        { id: "n-137", text: "137" },
        { id: "n-238", text: "238" },
        { id: "n-252", text: "252" },
        { id: "n-6m", text: "$6 million" },
        { id: "n-476m", text: "$4.76 million" },
      ],
      responses: [
        {
          id: "everyone-flown",
          text: "Everyone flown to El Salvador on March 15–16, 2025, per a White House official",
        },
        { id: "under-act", text: "Venezuelans removed under the Alien Enemies Act that weekend" },
        {
          id: "tda-in-agreement",
          text: "The Venezuelans the grant agreement refers to as TdA members held in El Salvador after the March flights",
        },
        {
          id: "july-exchange",
          text: "Venezuelans sent from El Salvador to Venezuela on July 18, 2025, including men who arrived in April",
        },
        {
          id: "planned-price",
          text: "The price AP reported in March 2025, citing internal memos, for holding about 300 people for a year",
        },
        { id: "grant-amount", text: "The State Department grant in the agreement disclosed in court" },
        { id: "returned-by-court", text: "People a court ordered returned to the United States" },
      ],
      pairs: {
        "n-261": "everyone-flown",
        "n-137": "under-act",
        "n-238": "tda-in-agreement",
        "n-252": "july-exchange",
        "n-6m": "planned-price",
        "n-476m": "grant-amount",
      },
      explanation:
        "All six numbers are correct for what they count, which is why they get mixed up. 261 is everyone flown; 137 is the part removed under the Act; 238 is the Venezuelans on the March flights (137 plus 101 under ordinary immigration law), the group the grant agreement refers to; 252 is a later count that includes April arrivals; $6 million was a reported planned price; $4.76 million is the grant in the agreement.",
    },
    {
      id: "aea-removal-count",
      type: "numeric",
      prompt:
        "According to the breakdown a White House official gave the Washington Post, how many people were removed to El Salvador under the Alien Enemies Act on March 15–16, 2025?",
      difficulty: 1,
      objectiveIds: ["apply-checking-method"],
      sourceIds: ["wapo-figures"],
      answer: { value: 137 },
      unit: "people",
      nearMisses: [
        { answer: { value: 261 }, fraction: 0, feedback: "261 is everyone flown that weekend, under any law." },
        {
          answer: { value: 252 },
          fraction: 0,
          feedback: "252 is a July count of Venezuelans sent to Venezuela, including men who arrived in April.",
        },
        {
          answer: { value: 238 },
          fraction: 0,
          feedback:
            "238 is all Venezuelans on the March flights, including 101 removed under ordinary immigration law.",
        },
      ],
      explanation:
        "The official breakdown was 137 under the Alien Enemies Act, 101 other Venezuelans under ordinary immigration law, and 23 Salvadorans: 261 in all. A claim about the Act must use the count of people removed under the Act.",
    },
    {
      id: "grant-amount",
      type: "numeric",
      prompt:
        "The grant agreement with El Salvador disclosed in court provided how many million dollars? (Enter a number such as 2.5.)",
      difficulty: 2,
      objectiveIds: ["apply-checking-method", "classify-claims"],
      sourceIds: ["inl-grant-agreement", "ap-payment-report"],
      answer: { value: 4.76, tolerance: 0.01 },
      unit: "million dollars",
      nearMisses: [
        {
          answer: { value: 6, tolerance: 0.01 },
          fraction: 0,
          feedback:
            "$6 million is what AP reported in March from internal memos, a planned price. The agreement shows a different amount.",
        },
      ],
      explanation:
        "The agreement shows a $4.76 million grant from the State Department's Bureau of International Narcotics and Law Enforcement Affairs. The earlier $6 million figure was accurate as a report of planning memos, which is why it spread, but it does not describe the agreement.",
    },
    {
      id: "lateral-reading-scenario",
      type: "single-choice",
      prompt:
        'You find an unfamiliar website with a polished design and a detailed "About us" page. It says the Alien Enemies Act was repealed decades ago. Following the lateral-reading method, what should you do first?',
      difficulty: 1,
      objectiveIds: ["apply-checking-method"],
      sourceIds: ["caulfield-lateral-reading"],
      choices: [
        {
          id: "open-new-tabs",
          text: "Leave the site and open new tabs to see what other sources say about the site and about the claim.",
          correct: true,
        },
        {
          id: "read-about-page",
          text: 'Read the site\'s "About us" page closely to judge its credibility.',
          feedback: "What a site says about itself is the least independent evidence you can get.",
        },
        {
          id: "judge-design",
          text: "Trust it if the design is professional and there are no typos.",
          feedback: "Design is easy to fake and says nothing about accuracy.",
        },
        {
          id: "scroll-more",
          text: "Keep reading the site to see whether its other articles seem reasonable.",
          feedback: "That is reading vertically, staying inside the source you are trying to evaluate.",
        },
      ],
      explanation:
        "Lateral readers get their bearings from other sources before trusting a new one. Here, a quick lateral check would also lead you upstream to the current U.S. Code, which still contains the Act. The tempting answer, reading the About page, relies on the site to vouch for itself.",
    },
    {
      id: "number-checking-habits",
      type: "multiple-choice",
      prompt:
        'A story says "252 Venezuelans deported under the Alien Enemies Act were freed in July." Which checks would help you test this sentence? Select all that apply.',
      difficulty: 2,
      objectiveIds: ["apply-checking-method"],
      sourceIds: ["wapo-figures", "npr-july-exchange", "caulfield-lateral-reading"],
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "what-counted",
          text: "Ask what group the 252 counts, and whether all of them were removed under the Act",
          correct: true,
        },
        {
          id: "compare-breakdown",
          text: "Compare it with the official breakdown of the March flights by legal authority",
          correct: true,
        },
        {
          id: "check-dates",
          text: "Check whether the count includes people sent to El Salvador at different times, such as in April",
          correct: true,
        },
        {
          id: "count-outlets",
          text: "Accept it if several outlets repeat the same number",
          feedback: "Outlets often repeat one another; repetition is not confirmation.",
        },
        {
          id: "round-it",
          text: "Treat 252 and 261 as the same, since they are close",
          feedback: "Close numbers can measure very different groups.",
        },
      ],
      explanation:
        "252 counts Venezuelans sent from El Salvador to Venezuela in July, including April arrivals; only 137 were removed under the Act in March. Asking what a number counts, comparing it with an official breakdown and checking dates would expose the error. Counting how many outlets repeat a number does not.",
    },
    {
      id: "original-text-excerpt",
      type: "single-choice",
      prompt:
        'Read the excerpt from the original 1798 Act in the sources. A classmate says the claim "the Act applies only to men" is accurate because the original law says "males." What is the best response?',
      difficulty: 2,
      objectiveIds: ["classify-claims", "apply-checking-method"],
      sourceIds: ["aea-1798-original", "aea-1918-amendment", "aea-statute-current"],
      excerptSourceId: "aea-1798-original",
      choices: [
        {
          id: "outdated",
          text: 'The 1798 text did say "males," but a 1918 amendment removed that limit, so the claim is inaccurate about the law today.',
          correct: true,
        },
        {
          id: "original-controls",
          text: "The classmate is right, because the original text of a law always controls.",
          feedback: "Congress can amend a law; the current text is what applies.",
        },
        {
          id: "disputed",
          text: "The claim is disputed, because the 1798 text and the current text disagree.",
          feedback: "No one disputes what the current text says. An outdated fact is inaccurate, not disputed.",
        },
        {
          id: "never-said",
          text: "The 1798 text never mentioned males.",
          feedback: 'Read the excerpt again: it says "being males of the age of fourteen years and upwards."',
        },
      ],
      explanation:
        'The original text covered people "being males of the age of fourteen years and upwards." The Act of April 16, 1918 struck out the limit; the current § 21 says "being of the age of fourteen years and upward." Checking the date of the text you are reading is part of going to the primary source.',
    },
    {
      id: "naturalized-cloze",
      type: "cloze",
      prompt: "Read the excerpt from the current text of 50 U.S.C. § 21 in the sources, then complete the reasoning.",
      difficulty: 2,
      objectiveIds: ["classify-claims", "identify-settling-source"],
      sourceIds: ["aea-statute-current", "eo-9066"],
      excerptSourceId: "aea-statute-current",
      text: 'The Act reaches people "within the United States and not actually {{blank-1}}." So a U.S. citizen {{blank-2}} be treated as an alien enemy under this text, and the claim that the Act was used to intern Japanese-American citizens is {{blank-3}}. The mass incarceration of Japanese Americans rested mainly on {{blank-4}}.',
      blanks: [
        {
          id: "blank-1",
          kind: "text",
          answers: [{ text: "naturalized" }, { text: "naturalised" }],
          matching: { typoTolerance: 0.2 },
        },
        {
          id: "blank-2",
          kind: "choice",
          choices: [
            { id: "cannot", text: "cannot", correct: true },
            { id: "can", text: "can" },
          ],
        },
        {
          id: "blank-3",
          kind: "choice",
          choices: [
            { id: "inaccurate", text: "inaccurate", correct: true },
            { id: "accurate", text: "accurate" },
            { id: "disputed", text: "disputed" },
          ],
        },
        {
          id: "blank-4",
          kind: "choice",
          choices: [
            { id: "eo-9066", text: "Executive Order 9066", correct: true },
            { id: "proclamation-2525", text: "Proclamation 2525" },
            { id: "sedition-act", text: "the Sedition Act" },
          ],
        },
      ],
      explanation:
        'The statute covers only people who are "not actually naturalized," so citizens fall outside it. The claim is inaccurate, not disputed, because the text answers it. Proclamation 2525 is the tempting wrong choice: it did use the Act, but against Japanese nationals, not citizens. Executive Order 9066 was the main basis for incarcerating citizens.',
    },
    {
      id: "eo-9066-excerpt",
      type: "single-choice",
      prompt:
        "Read the excerpt from Executive Order 9066 in the sources and compare it with the Alien Enemies Act. Which difference explains why Executive Order 9066, not the Act, could be used against U.S. citizens?",
      difficulty: 3,
      objectiveIds: ["identify-settling-source", "classify-claims"],
      sourceIds: ["eo-9066", "aea-statute-current", "eo-9066-overview"],
      excerptSourceId: "eo-9066",
      choices: [
        {
          id: "any-or-all",
          text: 'The order let commanders exclude "any or all persons" from military areas, with no citizenship limit, while the Act reaches only people "not actually naturalized."',
          correct: true,
        },
        {
          id: "germans-only",
          text: "The order applied only to German nationals.",
          feedback: "The order named no group at all, which is the point of the comparison.",
        },
        {
          id: "peacetime-act",
          text: "The Act applies only in peacetime.",
          feedback: "The Act is a wartime law: it applies during a declared war or an invasion or predatory incursion.",
        },
        {
          id: "congress-passed",
          text: "Executive Order 9066 was a law passed by Congress.",
          feedback: "It was an executive order signed by President Roosevelt.",
        },
      ],
      explanation:
        'Reading the two texts side by side settles the claim. The order\'s "any or all persons" has no citizenship limit; the Act\'s "not actually naturalized" does. That is why citizens were incarcerated under the order and not under the Act.',
    },
    {
      id: "still-in-force",
      type: "short-text",
      prompt:
        "Of the four 1798 laws known as the Alien and Sedition Acts, which one is still federal law today? Give its name.",
      difficulty: 1,
      objectiveIds: ["classify-claims"],
      sourceIds: ["britannica-alien-sedition", "aea-statute-current"],
      answers: [
        { text: "Alien Enemies Act" },
        { text: "Alien Enemy Act" },
        { text: "An Act respecting Alien Enemies" },
        { text: "Act respecting Alien Enemies" },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
      explanation:
        'The Alien Enemies Act never expired and is codified at 50 U.S.C. §§ 21–24. The Alien Friends Act, a different law that reached aliens even in peacetime, expired in 1800. Confusing the two leads to the "all expired in 1800" error.',
    },
    {
      id: "proclamation-proves-claim",
      type: "true-false",
      prompt:
        "True or false: Reading Proclamation 10903 settles whether Tren de Aragua acts at the direction of Venezuela's government.",
      difficulty: 2,
      objectiveIds: ["identify-settling-source", "explain-disputes"],
      sourceIds: ["proclamation-10903", "asr-v-trump", "jav-v-trump"],
      answer: false,
      feedbackTrue:
        "The proclamation is the best evidence of what the government claimed, not proof that the claim is true.",
      feedbackFalse:
        "Right. A primary source settles what it says; whether its factual claims are true is a separate question.",
      explanation:
        'Proclamation 10903 is the primary source for the government\'s finding that TdA acts at the Maduro government\'s direction. Judge Haines deferred to that finding, and other courts resolved their cases without testing it. So the proclamation settles the claim "the government asserted this," but not the claim "this is true."',
    },
    {
      id: "scotus-merits-status",
      type: "true-false",
      prompt:
        'True or false: As of early 2026, the Supreme Court had decided whether Tren de Aragua\'s activity is an "invasion or predatory incursion" under the Alien Enemies Act.',
      difficulty: 1,
      objectiveIds: ["classify-claims", "explain-disputes"],
      sourceIds: ["trump-v-jgg", "aarp-v-trump", "en-banc-argument-report"],
      answer: false,
      feedbackTrue:
        "Not as of early 2026. Trump v. J.G.G. and A.A.R.P. dealt with where to sue and what notice is due.",
      feedbackFalse: "Correct, as of early 2026. Check for newer rulings before relying on this.",
      explanation:
        'The Supreme Court\'s 2025 rulings addressed venue and notice, not the central question. The full Fifth Circuit heard argument on January 22, 2026, and no decision had been reported in the sources. Any claim about the final answer should carry an "as of" date.',
    },
  ],
} satisfies Lesson;
