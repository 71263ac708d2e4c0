import type { Lesson } from "civics-lessons";

/**
 * Teaches what the four Alien and Sedition Acts of 1798 did, how each ended, how the Virginia and Kentucky Resolutions answered them, and why only the Alien Enemies Act is still law.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-and-sedition-acts";
 * lesson.title
 * //=> "The Alien and Sedition Acts of 1798"
 */
export const lesson = {
  id: "alien-and-sedition-acts",
  version: "1.0.0",
  title: "The Alien and Sedition Acts of 1798",
  summary:
    "During the undeclared Quasi-War with France, a Federalist Congress passed four laws on immigrants, aliens and speech. Three ended by 1802, but the Alien Enemies Act is still law today as 50 U.S.C. §§ 21–24.",
  topic: "wartime-statutes",
  gradeBands: ["9-12"],
  estimatedMinutes: 50,
  locale: "en",
  asOf: "2026-11-28",
  license: "CC-BY-4.0",
  credit:
    '"The Alien and Sedition Acts of 1798" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "describe-four-acts",
      text: "Describe what each of the four 1798 laws did and state how each one ended or whether it is still in force.",
    },
    {
      id: "explain-context",
      text: "Explain how the Quasi-War with France and the rivalry between Federalists and Democratic-Republicans shaped the laws.",
    },
    {
      id: "compare-arguments",
      text: "Compare the arguments of the laws' Federalist supporters with those of their critics, including the Virginia and Kentucky Resolutions and their authors.",
    },
    {
      id: "explain-aea-survival",
      text: "Explain why the Alien Enemies Act alone survives and correct common misstatements about it.",
    },
    {
      id: "read-primary-text",
      text: "Interpret short passages from the Sedition Act, the Alien Enemies Act, the Virginia Resolutions and the Constitution.",
    },
  ],
  keyTerms: [
    {
      term: "Alien",
      definition: "A person living in a country who is not a citizen of that country.",
      sourceIds: ["britannica-acts", "eac-alien-sedition"],
    },
    {
      term: "Naturalization",
      definition:
        "The legal process by which an immigrant becomes a citizen. The Constitution gives Congress the power to set a uniform rule for it.",
      sourceIds: ["constitution", "naturalization-act-1798"],
    },
    {
      term: "Quasi-War",
      definition:
        "The undeclared naval conflict between the United States and France during which the Alien and Sedition Acts were passed. Congress never formally declared war.",
      sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition"],
    },
    {
      term: "Federalists and Democratic-Republicans",
      definition:
        "The two political parties of the 1790s. Federalists, the party of President John Adams, controlled Congress in 1798; Democratic-Republicans, led by Thomas Jefferson and James Madison, opposed the Alien and Sedition Acts.",
      sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition"],
    },
    {
      term: "Sedition",
      definition:
        "Speech or action meant to stir up resistance to lawful authority. The Sedition Act of 1798 punished certain writing against the federal government, Congress or the President.",
      sourceIds: ["sedition-act"],
    },
    {
      term: "Alien enemy",
      definition:
        "Under the Alien Enemies Act, a native, citizen, denizen or subject of a hostile nation or government, aged 14 or older, who is in the United States and not naturalized, once the President has made a public proclamation.",
      sourceIds: ["aea-statute"],
    },
    {
      term: "Sunset date",
      definition:
        "A date written into a law on which the law stops having force unless it is renewed. The Alien Friends Act and the Sedition Act both had one; the Alien Enemies Act did not.",
      sourceIds: ["alien-friends-act", "sedition-act", "nara-todays-doc"],
    },
    {
      term: "Repeal",
      definition:
        "An act of the legislature that cancels an earlier law. Congress repealed the Naturalization Act of 1798 in 1802.",
      sourceIds: ["britannica-acts"],
    },
    {
      term: "Virginia and Kentucky Resolutions",
      definition:
        "Protests adopted by two state legislatures in 1798 arguing that the Alien and Sedition Acts were unconstitutional. Madison secretly drafted Virginia's; Jefferson secretly drafted Kentucky's.",
      sourceIds: ["britannica-resolutions", "virginia-resolutions"],
    },
    {
      term: "Nullification",
      definition:
        "The theory that a state may declare a federal law void inside its own borders. John C. Calhoun later built on the Virginia and Kentucky Resolutions to argue for it.",
      sourceIds: ["britannica-resolutions", "britannica-acts"],
    },
    {
      term: "Prior restraint",
      definition:
        "Government action that stops something from being published in the first place, such as requiring a license before printing. Many Federalists argued that the First Amendment banned only this.",
      sourceIds: ["eac-alien-sedition", "jinh-review"],
    },
  ],
  sections: [
    {
      id: "a-crisis-with-france",
      heading: "A crisis with France",
      body: `In 1798 the United States and France were fighting an undeclared war at sea. Historians call it the **Quasi-War**. Congress never declared war, but many Americans expected a wider conflict.

Politics at home was tense too. The **Federalists**, the party of President John Adams, controlled Congress. Their rivals, the **Democratic-Republicans**, the party of Thomas Jefferson and James Madison, opposed many of Adams's policies and attacked them in their newspapers.

Between June 18 and July 14, 1798, the Federalist-controlled Fifth Congress passed, and Adams signed, four laws now known together as the **Alien and Sedition Acts**. An **alien** is a person living in a country who is not one of its citizens. Three of the four laws dealt with aliens and immigrants. The fourth dealt with speech.`,
      sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition", "eac-alien-sedition"],
    },
    {
      id: "four-laws",
      heading: "Four laws in four weeks",
      body: `- **Naturalization Act (June 18, 1798).** *Naturalization* is the process by which an immigrant becomes a citizen. The Constitution gives Congress the power "To establish an uniform Rule of Naturalization." This law raised the years of residence needed before an immigrant could become a citizen from 5 to 14.
- **Alien Friends Act (June 25, 1798)**, officially "An Act Concerning Aliens." It let the President deport any alien he judged dangerous, even in peacetime. It was written to last only two years.
- **Alien Enemies Act (July 6, 1798)**, officially "An Act Respecting Alien Enemies." It could be used only during a declared war or an actual or threatened invasion by a foreign nation or government. It had no end date.
- **Sedition Act (July 14, 1798).** *Sedition* means stirring up resistance to lawful authority. This law made it a crime to publish "false, scandalous and malicious" writing against the federal government, either house of Congress or the President. The Gilder Lehrman Institute notes that it allowed a defendant to offer the truth of what he wrote as a defense. By its own terms it lasted only until March 3, 1801, the day before the next presidential term began.`,
      sourceIds: [
        "naturalization-act-1798",
        "alien-friends-act",
        "aea-statute",
        "sedition-act",
        "constitution",
        "nara-todays-doc",
        "gilder-lehrman-sedition",
      ],
    },
    {
      id: "friends-and-enemies",
      heading: "Friends and enemies: two different alien laws",
      body: `The names of the two alien laws point to a key difference.

The **Alien Friends Act** reached any alien, and it did not depend on a war. The President alone decided who was dangerous.

The **Alien Enemies Act** was narrower. It applied only when there was "a declared war" or when "any invasion or predatory incursion" against U.S. territory was carried out, attempted or threatened "by any foreign nation or government," and the President made a **public proclamation** (a formal, published announcement). Then it covered people from the hostile nation who were 14 or older, living in the United States, and not naturalized. As first written in 1798, it covered only males.

Critics aimed most of their fire at the Alien Friends Act and the Sedition Act. According to the *Encyclopedia of the American Constitution*, many Democratic-Republicans accepted that Congress had the power to pass the Naturalization Act and the Alien Enemies Act, even while doubting that those laws were needed.`,
      sourceIds: ["alien-friends-act", "aea-statute", "eac-alien-sedition", "virginia-resolutions"],
    },
    {
      id: "supporters",
      heading: "How supporters defended the laws",
      body: `Supporters presented the laws as security measures for a country on the edge of war. According to the Gilder Lehrman Institute, Federalists believed the Sedition Act was needed to protect the nation during the Quasi-War, and they feared that attacks in opposition newspapers would weaken the government. Federalists also argued that any government has an inherent right to protect itself.

On free speech, many Federalists read the First Amendment narrowly. In their view it banned **prior restraint**, meaning stopping something from being published in the first place. It did not, they said, forbid punishing false and harmful writing after it was published.`,
      sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "jinh-review"],
    },
    {
      id: "resolutions",
      heading: "The Virginia and Kentucky Resolutions",
      body: `Two state legislatures answered with formal protests.

- **Thomas Jefferson**, who was then Vice President, secretly drafted the **Kentucky Resolutions**. John Breckinridge introduced them, and Kentucky adopted them on November 10, 1798.
- **James Madison** drafted the **Virginia Resolutions** of December 21, 1798. He later defended them in the "Report of 1800."

The public did not learn who wrote them for roughly 25 years.

Both sets argued that the acts were unconstitutional. Virginia's resolutions said the Sedition Act used a power "expressly and positively forbidden by one of the amendments" to the Constitution. That was a reference to the First Amendment, which says Congress shall make no law abridging "the freedom of speech, or of the press." Madison and Jefferson rejected the Federalists' narrow reading of that amendment.

The resolutions also claimed that states had a role in judging when the federal government went beyond its powers. That claim had a long afterlife. John C. Calhoun later built on the resolutions in arguing for **nullification**, the theory that a state may declare a federal law void within its borders.`,
      sourceIds: [
        "britannica-resolutions",
        "britannica-acts",
        "virginia-resolutions",
        "constitution",
        "jinh-review",
        "gilder-lehrman-sedition",
      ],
    },
    {
      id: "expired-repealed-or-in-force",
      heading: "Expired, repealed, or still in force",
      body: `Three of the four laws are gone:

- The Alien Friends Act expired in 1800, when its two-year term ran out.
- The Sedition Act expired in 1801, on the end date written into it.
- Congress repealed the Naturalization Act in 1802.

The Alien Enemies Act is different. It had no end date, and Congress never repealed it. It was carried into the Revised Statutes as § 4067. An amendment of April 16, 1918 removed the limit to males, and President Woodrow Wilson extended the wartime rules for alien enemies to women by proclamation three days later. Today the law appears at **50 U.S.C. §§ 21–24**.

Presidents used it during three declared wars: the War of 1812, World War I and World War II. In 1948, in *Ludecke v. Watkins*, the Supreme Court wrote that the Act "has remained the law of the land, virtually unchanged since 1798."`,
      sourceIds: ["britannica-acts", "nara-todays-doc", "aea-statute", "frus-1918", "crs-lsb11269", "ludecke"],
    },
    {
      id: "common-mistakes",
      heading: "Common mistakes to watch for",
      body: `Because the four laws are usually taught as a package, summaries often blur them together. Check which law a claim is about.

- **"All the Alien and Sedition Acts expired or were repealed."** Not so. Only three ended. The Alien Enemies Act is still law.
- **"The Alien Friends and Alien Enemies Acts expired in 1800."** Only the Alien *Friends* Act expired that year.
- **"The Alien Enemies Act covers only men."** That was true only until the 1918 amendment.
- **"The Alien Enemies Act was the basis for imprisoning Japanese American citizens in World War II."** It was not. The Act reaches only people who are not naturalized, so it cannot reach citizens. The mass removal and incarceration of Japanese Americans rested on a separate authority, Executive Order 9066. A companion lesson covers that history.`,
      sourceIds: ["britannica-acts", "aea-statute", "frus-1918", "nara-enemy-aliens"],
    },
  ],
  timeline: [
    {
      date: "1798-06-18",
      event: "Naturalization Act raises the residence requirement for citizenship from 5 to 14 years.",
      sourceIds: ["naturalization-act-1798", "nara-todays-doc"],
    },
    {
      date: "1798-06-25",
      event: "Alien Friends Act lets the President deport aliens he judges dangerous; it is limited to two years.",
      sourceIds: ["alien-friends-act", "nara-todays-doc"],
    },
    {
      date: "1798-07-06",
      event: "Alien Enemies Act becomes law, with no end date.",
      sourceIds: ["aea-statute", "nara-todays-doc"],
    },
    {
      date: "1798-07-14",
      event: "Sedition Act becomes law; it is set to run until March 3, 1801.",
      sourceIds: ["sedition-act", "gilder-lehrman-sedition"],
    },
    {
      date: "1798-11-10",
      event: "Kentucky adopts resolutions secretly drafted by Vice President Thomas Jefferson.",
      sourceIds: ["britannica-resolutions"],
    },
    {
      date: "1798-12-21",
      event: "Virginia adopts resolutions drafted by James Madison.",
      sourceIds: ["britannica-resolutions", "virginia-resolutions"],
    },
    {
      date: "1800",
      event: "Alien Friends Act expires at the end of its two-year term.",
      sourceIds: ["britannica-acts", "nara-todays-doc"],
    },
    {
      date: "1801-03-03",
      event: "Sedition Act expires on the date written into it.",
      sourceIds: ["sedition-act", "gilder-lehrman-sedition"],
    },
    {
      date: "1802",
      event: "Congress repeals the Naturalization Act of 1798.",
      sourceIds: ["britannica-acts", "nara-todays-doc"],
    },
    {
      date: "1812",
      event: "The Alien Enemies Act is invoked during the War of 1812, its first use.",
      sourceIds: ["crs-lsb11269"],
    },
    {
      date: "1918-04-16",
      event: "Congress amends the Alien Enemies Act to remove its limit to males.",
      sourceIds: ["aea-statute", "frus-1918"],
    },
    {
      date: "1948-06-21",
      event:
        "In Ludecke v. Watkins, the Supreme Court calls the Act the law of the land, virtually unchanged since 1798.",
      sourceIds: ["ludecke"],
    },
  ],
  sources: [
    {
      id: "naturalization-act-1798",
      kind: "statute",
      title: "Naturalization Act of 1798",
      citation: "Act of June 18, 1798, ch. 54, 1 Stat. 566",
      publisher: "5th Congress",
      date: "1798-06-18",
      publicDomain: true,
    },
    {
      id: "alien-friends-act",
      kind: "statute",
      title: "Alien Friends Act (An Act Concerning Aliens)",
      citation: "Act of June 25, 1798, ch. 58, 1 Stat. 570",
      publisher: "5th Congress",
      date: "1798-06-25",
      publicDomain: true,
    },
    {
      id: "aea-statute",
      kind: "statute",
      title: "Alien Enemies Act (An Act Respecting Alien Enemies), as amended",
      citation:
        "Act of July 6, 1798, ch. 66, 1 Stat. 577; R.S. § 4067; amended Apr. 16, 1918, ch. 55, 40 Stat. 531; codified at 50 U.S.C. §§ 21–24",
      publisher: "5th Congress; U.S. Code",
      date: "1798-07-06",
      excerpt:
        "all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of fourteen years and upward, who shall be within the United States and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.",
      publicDomain: true,
    },
    {
      id: "sedition-act",
      kind: "statute",
      title:
        'Sedition Act (An Act in Addition to the Act, Entitled "An Act for the Punishment of Certain Crimes Against the United States")',
      citation: "Act of July 14, 1798, ch. 74, 1 Stat. 596",
      publisher: "5th Congress",
      date: "1798-07-14",
      excerpt:
        "any false, scandalous and malicious writing or writings against the government of the United States, or either house of the Congress of the United States, or the President of the United States",
      publicDomain: true,
    },
    {
      id: "constitution",
      kind: "constitution",
      title: "Constitution of the United States: Article I, Section 8, and the First Amendment",
      citation: "U.S. Const. art. I, § 8, cl. 4; U.S. Const. amend. I",
      excerpt: "Congress shall make no law ... abridging the freedom of speech, or of the press",
      publicDomain: true,
    },
    {
      id: "virginia-resolutions",
      kind: "other",
      title: "Virginia Resolutions of 1798",
      citation: "Resolutions of the General Assembly of Virginia, Dec. 21, 1798 (drafted by James Madison)",
      publisher: "General Assembly of Virginia",
      date: "1798-12-21",
      excerpt: "expressly and positively forbidden by one of the amendments thereto",
      publicDomain: true,
    },
    {
      id: "nara-todays-doc",
      kind: "report",
      title: "Today's Document from the National Archives: July 6",
      citation: "National Archives and Records Administration, Today's Document from the National Archives, July 6",
      url: "https://www.archives.gov/historical-docs/todays-doc/index.html?dod-date=706",
      publisher: "National Archives and Records Administration",
      publicDomain: true,
    },
    {
      id: "britannica-acts",
      kind: "report",
      title: "Alien and Sedition Acts",
      citation: 'Britannica Kids (students edition), "Alien and Sedition Acts"',
      url: "https://kids.britannica.com/students/article/Alien-and-Sedition-Acts/272809",
      publisher: "Encyclopaedia Britannica",
    },
    {
      id: "britannica-resolutions",
      kind: "report",
      title: "Virginia and Kentucky Resolutions",
      citation: 'Britannica Kids (students edition), "Virginia and Kentucky Resolutions"',
      url: "https://kids.britannica.com/students/article/Virginia-and-Kentucky-Resolutions/599454",
      publisher: "Encyclopaedia Britannica",
    },
    {
      id: "gilder-lehrman-sedition",
      kind: "report",
      title: "The Sedition Act, 1798 (Spotlight on a Primary Source)",
      citation: 'Gilder Lehrman Institute of American History, "The Sedition Act, 1798"',
      url: "https://www.gilderlehrman.org/history-resources/spotlight-primary-source/sedition-act-1798",
      publisher: "Gilder Lehrman Institute of American History",
    },
    {
      id: "eac-alien-sedition",
      kind: "report",
      title: "Alien and Sedition Acts (Encyclopedia of the American Constitution)",
      citation: 'Encyclopedia of the American Constitution, "Alien and Sedition Acts," via Encyclopedia.com',
      url: "https://encyclopedia.com/politics/encyclopedias-almanacs-transcripts-and-maps/alien-and-sedition-acts-naturalization-act-1",
      publisher: "Encyclopedia.com",
    },
    {
      id: "jinh-review",
      kind: "report",
      title:
        "Review of Press and Speech under Assault: The Early Supreme Court Justices, the Sedition Act of 1798, and the Campaign against Dissent",
      citation: "Journal of Interdisciplinary History, vol. 47, no. 4, p. 555 (book review)",
      url: "https://direct.mit.edu/jinh/article-abstract/47/4/555/49286/Press-and-Speech-under-Assault-The-Early-Supreme?redirectedFrom=fulltext",
      publisher: "MIT Press",
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
      id: "ludecke",
      kind: "case",
      title: "Ludecke v. Watkins",
      citation: "Ludecke v. Watkins, 335 U.S. 160 (1948)",
      url: "https://supreme.justia.com/cases/federal/us/335/160/",
      publisher: "Supreme Court of the United States",
      date: "1948-06-21",
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
  ],
  perspectives: [
    {
      id: "federalist-supporters",
      label: "Federalist supporters: security in a time of danger",
      argument: `The country was in an undeclared naval war with France and expected worse. Supporters argued that any government has an inherent right to protect itself, that opposition newspapers spreading false attacks could weaken the nation in a crisis, and that dangerous aliens should be removable. On the Constitution, they read the First Amendment as a ban on prior restraint, not on punishing false and malicious writing after it appeared.`,
      sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "jinh-review"],
    },
    {
      id: "republican-critics",
      label: "Democratic-Republican critics: the laws exceed federal power",
      argument: `Critics argued that the Sedition Act punished exactly the kind of political criticism the First Amendment protects, and that the Alien Friends Act gave the President power the Constitution never granted. Virginia's resolutions called the Sedition Act's power "expressly and positively forbidden" by an amendment. Critics also charged that the laws were aimed at the Federalists' political opponents. The Virginia and Kentucky Resolutions added that states could judge when the federal government overstepped.`,
      sourceIds: ["virginia-resolutions", "britannica-resolutions", "gilder-lehrman-sedition", "eac-alien-sedition"],
    },
  ],
  discussionQuestions: [
    "Federalists said a naval war with France justified punishing false and malicious criticism of the government. When, if ever, can national-security concerns justify limits on criticism of those in power? Who should decide?",
    "The Sedition Act was written to expire the day before the next presidential term began. What might that end date suggest about its authors' goals, and does a built-in end date make a controversial law more or less acceptable?",
    "The Virginia and Kentucky Resolutions defended free speech but also claimed a role for states in judging federal laws, an idea Calhoun later used for nullification. How should we judge an argument that is used for very different ends later on?",
    "The Alien Enemies Act has no end date and has stayed on the books for more than two centuries. Should emergency or wartime laws come with sunset dates, or is it wiser to keep them ready for future crises?",
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
      code: "D2.Civ.10.9-12",
      description:
        "Analyze how personal and political interests shape the way people apply constitutional rights and democratic principles.",
    },
    {
      framework: "C3",
      code: "D2.His.1.9-12",
      description:
        "Evaluate how historical events were shaped by the circumstances of their time and place as well as by broader historical context.",
    },
    {
      framework: "C3",
      code: "D2.His.4.9-12",
      description: "Analyze the complex and interacting factors that shaped the perspectives of people in the past.",
    },
  ],
  questions: [
    {
      id: "match-acts-to-what-they-did",
      type: "matching",
      prompt: "Match each 1798 law to what it did. One description does not match any law.",
      difficulty: 1,
      objectiveIds: ["describe-four-acts"],
      sourceIds: ["naturalization-act-1798", "alien-friends-act", "aea-statute", "sedition-act", "nara-todays-doc"],
      premises: [
        { id: "naturalization", text: "Naturalization Act" },
        { id: "alien-friends", text: "Alien Friends Act" },
        { id: "alien-enemies", text: "Alien Enemies Act" },
        { id: "sedition", text: "Sedition Act" },
      ],
      responses: [
        { id: "residency-14", text: "Raised the residence required for citizenship from 5 to 14 years" },
        { id: "deport-dangerous", text: "Let the President deport any alien he judged dangerous, even in peacetime" },
        {
          id: "wartime-nationals",
          text: "Let the President restrain and remove non-naturalized nationals of a hostile nation in war or invasion",
        },
        {
          id: "false-writing",
          text: "Made it a crime to publish false, scandalous and malicious writing against the government",
        },
        { id: "suspend-habeas", text: "Let the President suspend the writ of habeas corpus in wartime" },
      ],
      pairs: {
        naturalization: "residency-14",
        "alien-friends": "deport-dangerous",
        "alien-enemies": "wartime-nationals",
        sedition: "false-writing",
      },
      explanation:
        "The Naturalization Act changed the path to citizenship (5 to 14 years). The Alien Friends Act reached any alien the President judged dangerous, with no war required. The Alien Enemies Act reached only nationals of a hostile nation and only in war or invasion. The Sedition Act punished certain writing against the government. None of the four laws dealt with habeas corpus. The two alien laws are the pair students mix up most: one needs no war, the other does.",
    },
    {
      id: "order-1798-to-1802",
      type: "ordering",
      prompt: "Put these events in the order they happened, earliest first.",
      difficulty: 2,
      objectiveIds: ["describe-four-acts", "compare-arguments"],
      sourceIds: [
        "nara-todays-doc",
        "britannica-resolutions",
        "britannica-acts",
        "sedition-act",
        "gilder-lehrman-sedition",
      ],
      items: [
        { id: "naturalization", text: "Naturalization Act becomes law" },
        { id: "alien-enemies", text: "Alien Enemies Act becomes law" },
        { id: "sedition", text: "Sedition Act becomes law" },
        { id: "kentucky", text: "Kentucky adopts Jefferson's resolutions" },
        { id: "virginia", text: "Virginia adopts Madison's resolutions" },
        { id: "sedition-expires", text: "Sedition Act expires on its built-in end date" },
        { id: "naturalization-repealed", text: "Congress repeals the Naturalization Act" },
      ],
      correctOrder: [
        "naturalization",
        "alien-enemies",
        "sedition",
        "kentucky",
        "virginia",
        "sedition-expires",
        "naturalization-repealed",
      ],
      scoring: "kendall-tau",
      hints: ["All four laws passed in a single summer; the state protests came that fall and winter."],
      explanation:
        "The laws came in quick succession in the summer of 1798: Naturalization (June 18), Alien Enemies (July 6), Sedition (July 14). The state protests followed: Kentucky on November 10 and Virginia on December 21, 1798. The Sedition Act ran out on March 3, 1801, and Congress repealed the Naturalization Act in 1802. A common slip is to place the resolutions before the Sedition Act; they were a response to it, so they had to come after.",
    },
    {
      id: "which-law-survives",
      type: "single-choice",
      prompt: "Which of the four 1798 laws is still in force today?",
      difficulty: 1,
      objectiveIds: ["explain-aea-survival"],
      sourceIds: ["aea-statute", "britannica-acts", "ludecke"],
      choices: [
        { id: "alien-enemies", text: "The Alien Enemies Act", correct: true },
        {
          id: "alien-friends",
          text: "The Alien Friends Act",
          feedback:
            "The Alien Friends Act was limited to two years and expired in 1800. Its name is easy to confuse with the Alien Enemies Act.",
        },
        {
          id: "sedition",
          text: "The Sedition Act",
          feedback: "The Sedition Act expired on March 3, 1801, the end date written into it.",
        },
        {
          id: "naturalization",
          text: "The Naturalization Act",
          feedback: "Congress repealed the Naturalization Act of 1798 in 1802.",
        },
      ],
      explanation:
        "Only the Alien Enemies Act survives. It is now 50 U.S.C. §§ 21–24, and in 1948 the Supreme Court called it the law of the land, virtually unchanged since 1798. The Alien Friends Act is the tempting wrong answer because the names are so alike, but it expired in 1800.",
    },
    {
      id: "claim-all-expired",
      type: "true-false",
      prompt:
        "Check this often-repeated claim: all of the Alien and Sedition Acts had expired or been repealed by 1802.",
      difficulty: 1,
      objectiveIds: ["explain-aea-survival"],
      sourceIds: ["britannica-acts", "aea-statute", "nara-todays-doc"],
      answer: false,
      feedbackTrue:
        "This is a common mistake, even in some respected summaries. Three of the laws ended, but the Alien Enemies Act had no end date and was never repealed.",
      feedbackFalse: "Right. The Alien Enemies Act never expired and was never repealed; it is now 50 U.S.C. §§ 21–24.",
      explanation:
        "The claim is false. The Alien Friends Act expired in 1800, the Sedition Act in 1801, and Congress repealed the Naturalization Act in 1802. The Alien Enemies Act is still law. The claim sounds right because the four laws are usually taught as a package.",
    },
    {
      id: "naturalization-residence-years",
      type: "numeric",
      prompt:
        "Under the Naturalization Act of 1798, how many years of residence did an immigrant need before becoming a citizen?",
      difficulty: 1,
      objectiveIds: ["describe-four-acts"],
      sourceIds: ["naturalization-act-1798", "nara-todays-doc"],
      answer: { value: 14 },
      nearMisses: [
        {
          answer: { value: 5 },
          fraction: 0,
          feedback: "Five years was the requirement before 1798. The new law raised it.",
        },
      ],
      unit: "years",
      explanation:
        "The act raised the requirement from 5 to 14 years. Students sometimes give 5, which was the old rule the law replaced. Congress repealed this law in 1802.",
    },
    {
      id: "read-sedition-act-excerpt",
      type: "multiple-choice",
      prompt:
        'Read the excerpt from the Sedition Act: "any false, scandalous and malicious writing or writings against the government of the United States, or either house of the Congress of the United States, or the President of the United States." Writing against which of these does the excerpt cover? Select all that apply.',
      difficulty: 2,
      objectiveIds: ["read-primary-text"],
      sourceIds: ["sedition-act", "britannica-resolutions"],
      excerptSourceId: "sedition-act",
      scoring: "every-decision-counts",
      choices: [
        { id: "government", text: "The government of the United States", correct: true },
        { id: "house-of-congress", text: "Either house of Congress", correct: true },
        { id: "president", text: "The President", correct: true },
        {
          id: "vice-president",
          text: "The Vice President",
          feedback:
            "The Vice President is not named in the excerpt. At the time the Vice President was Thomas Jefferson, who later that year secretly drafted the Kentucky Resolutions against the laws.",
        },
        {
          id: "state-governments",
          text: "State governments",
          feedback: "The excerpt names only federal institutions and the President.",
        },
      ],
      explanation:
        "The excerpt lists three targets: the federal government, either house of Congress, and the President. It does not name the Vice President. That office was then held by Thomas Jefferson, a leader of the opposition, which makes the list worth noticing. Reading the exact list, rather than assuming it covered every official, is the point of close reading.",
    },
    {
      id: "virginia-resolutions-amendment",
      type: "single-choice",
      prompt:
        'Virginia\'s 1798 resolutions said the Sedition Act used a power "expressly and positively forbidden by one of the amendments thereto." Which amendment did they mean?',
      difficulty: 2,
      objectiveIds: ["read-primary-text", "compare-arguments"],
      sourceIds: ["virginia-resolutions", "constitution", "gilder-lehrman-sedition"],
      excerptSourceId: "virginia-resolutions",
      choices: [
        {
          id: "first",
          text: "The First Amendment, which bars Congress from abridging the freedom of speech or of the press",
          correct: true,
        },
        {
          id: "tenth",
          text: "The Tenth Amendment, which reserves undelegated powers to the states or the people",
          feedback:
            'The resolutions did stress limits on federal power, but the phrase about a power "forbidden" by an amendment points to the one that directly restricts laws on speech and the press.',
        },
        {
          id: "fifth",
          text: "The Fifth Amendment's guarantee of due process",
          feedback: "The Sedition Act was a speech law; the resolutions' complaint about it concerned the press.",
        },
        { id: "second", text: "The Second Amendment", feedback: "Nothing in the Sedition Act concerned arms." },
      ],
      hints: ["The Sedition Act punished writing. Which amendment protects the press?"],
      explanation:
        'The First Amendment says "Congress shall make no law ... abridging the freedom of speech, or of the press," and the Sedition Act punished published writing. The Tenth Amendment is tempting because the resolutions also argued about states\' rights, but it reserves undelegated powers rather than forbidding a specific kind of law.',
    },
    {
      id: "kentucky-resolutions-author",
      type: "short-text",
      prompt: "Who secretly drafted the Kentucky Resolutions of 1798 while serving as Vice President?",
      difficulty: 1,
      objectiveIds: ["compare-arguments"],
      sourceIds: ["britannica-resolutions"],
      answers: [
        { text: "Thomas Jefferson" },
        { text: "Jefferson" },
        {
          text: "John Breckinridge",
          fraction: 0.25,
          feedback: "Breckinridge introduced the resolutions in Kentucky, but someone else secretly wrote them.",
        },
      ],
      matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
      explanation:
        "Thomas Jefferson, then Vice President, secretly drafted the Kentucky Resolutions; John Breckinridge introduced them. James Madison, the other common guess, drafted Virginia's resolutions. The authors' roles were not publicly known for roughly 25 years.",
    },
    {
      id: "sort-alien-friends-vs-enemies",
      type: "categorize",
      prompt: "Sort each feature into the law it describes.",
      difficulty: 2,
      objectiveIds: ["describe-four-acts", "explain-aea-survival"],
      sourceIds: ["alien-friends-act", "aea-statute", "nara-todays-doc"],
      categories: [
        { id: "alien-friends", text: "Alien Friends Act" },
        { id: "alien-enemies", text: "Alien Enemies Act" },
      ],
      items: [
        { id: "peacetime", text: "Could be used in peacetime", categoryId: "alien-friends" },
        { id: "any-alien", text: "Reached any alien the President judged dangerous", categoryId: "alien-friends" },
        { id: "two-years", text: "Limited to two years", categoryId: "alien-friends" },
        { id: "concerning-aliens", text: 'Officially "An Act Concerning Aliens"', categoryId: "alien-friends" },
        {
          id: "war-or-invasion",
          text: "Needs a declared war or an invasion or predatory incursion by a foreign nation or government",
          categoryId: "alien-enemies",
        },
        { id: "proclamation", text: "Needs a public proclamation by the President", categoryId: "alien-enemies" },
        {
          id: "hostile-nationals",
          text: "Covers non-naturalized people aged 14 or older from the hostile nation",
          categoryId: "alien-enemies",
        },
        { id: "no-end-date", text: "Has no end date and is still law", categoryId: "alien-enemies" },
      ],
      explanation:
        "The Alien Friends Act was broad (any alien, no war needed) but temporary (two years). The Alien Enemies Act is narrow (only nationals of a hostile nation, only in war or invasion, only after a proclamation) but permanent. Students often assume the law still on the books must be the broader one; it is the narrower one.",
    },
    {
      id: "fates-of-the-acts-cloze",
      type: "cloze",
      prompt: "Complete the summary of what happened to each law.",
      difficulty: 2,
      objectiveIds: ["describe-four-acts", "explain-aea-survival"],
      sourceIds: ["britannica-acts", "nara-todays-doc", "aea-statute", "sedition-act"],
      text: "The Alien Friends Act expired in {{blank-1}}. The Sedition Act expired in 1801, on the date written into it. Congress {{blank-2}} the Naturalization Act in 1802. The Alien Enemies Act had no end date and is now found at Title {{blank-3}} of the U.S. Code.",
      blanks: [
        {
          id: "blank-1",
          kind: "choice",
          choices: [
            { id: "y1800", text: "1800", correct: true },
            { id: "y1801", text: "1801" },
            { id: "y1802", text: "1802" },
          ],
        },
        {
          id: "blank-2",
          kind: "choice",
          choices: [
            { id: "repealed", text: "repealed", correct: true },
            { id: "renewed", text: "renewed" },
            { id: "amended", text: "amended" },
          ],
        },
        {
          id: "blank-3",
          kind: "text",
          answers: [{ text: "50" }],
        },
      ],
      explanation:
        "The Alien Friends Act ran its two-year course and expired in 1800; the Sedition Act expired in 1801; Congress repealed the Naturalization Act in 1802. The Alien Enemies Act lives on at 50 U.S.C. §§ 21–24. A common error is to give 1800 for both alien laws, which wrongly suggests the Alien Enemies Act expired too.",
    },
    {
      id: "identify-who-argued-what",
      type: "categorize",
      prompt: "Sort each argument by who made it in the debate of 1798.",
      difficulty: 2,
      objectiveIds: ["compare-arguments"],
      sourceIds: [
        "gilder-lehrman-sedition",
        "eac-alien-sedition",
        "jinh-review",
        "virginia-resolutions",
        "britannica-resolutions",
      ],
      categories: [
        { id: "supporters", text: "Federalist supporters of the laws" },
        { id: "critics", text: "Democratic-Republican critics of the laws" },
      ],
      items: [
        {
          id: "security",
          text: "The Sedition Act is needed for national security during the Quasi-War",
          categoryId: "supporters",
        },
        {
          id: "prior-restraint",
          text: "The First Amendment bans only prior restraint, not punishment after publication",
          categoryId: "supporters",
        },
        {
          id: "self-protection",
          text: "A government has an inherent right to protect itself",
          categoryId: "supporters",
        },
        {
          id: "forbidden",
          text: "The Sedition Act uses a power forbidden by an amendment to the Constitution",
          categoryId: "critics",
        },
        {
          id: "states-judge",
          text: "States have a role in judging when the federal government exceeds its powers",
          categoryId: "critics",
        },
        {
          id: "aimed-at-opponents",
          text: "The laws are aimed at silencing the party out of power",
          categoryId: "critics",
        },
      ],
      explanation:
        "Supporters framed the laws as wartime security and read the First Amendment narrowly, as a ban on prior restraint. Critics, including the authors of the Virginia and Kentucky Resolutions, argued the Sedition Act violated the First Amendment, that the laws targeted political opponents, and that states could judge federal overreach. This question asks who argued what, not who was right.",
    },
    {
      id: "why-aea-survives",
      type: "single-choice",
      prompt: "Why is the Alien Enemies Act still law when the other three 1798 laws are not?",
      difficulty: 2,
      objectiveIds: ["explain-aea-survival"],
      sourceIds: ["aea-statute", "britannica-acts", "nara-todays-doc", "ludecke", "frus-1918"],
      choices: [
        {
          id: "no-end-date",
          text: "It had no end date and Congress never repealed it, while two of the others had built-in end dates and the third was repealed.",
          correct: true,
        },
        {
          id: "court-struck",
          text: "The Supreme Court struck down the other three laws but upheld this one.",
          feedback: "The other laws ended by expiring or by repeal, not by a court ruling.",
        },
        {
          id: "reenacted-1918",
          text: "Congress let it lapse in 1800 and passed a new version in 1918.",
          feedback:
            "It never lapsed. The 1918 law amended it, removing the limit to males; the Supreme Court later called it virtually unchanged since 1798.",
        },
        {
          id: "resolutions",
          text: "Virginia and Kentucky nullified the other three laws.",
          feedback: "The resolutions protested the laws but did not end any of them.",
        },
      ],
      explanation:
        "The difference is built into the laws. The Alien Friends Act (two years) and the Sedition Act (until March 3, 1801) had end dates, and Congress repealed the Naturalization Act in 1802. The Alien Enemies Act had no end date and was never repealed; its one major change was the 1918 amendment covering women. The 1918 date tempts some students into thinking the law was re-passed, but it was amended, not re-enacted.",
    },
    {
      id: "males-limit-original",
      type: "true-false",
      prompt: "As first written in 1798, the Alien Enemies Act applied to enemy nationals of both sexes.",
      difficulty: 2,
      objectiveIds: ["explain-aea-survival"],
      sourceIds: ["aea-statute", "frus-1918"],
      answer: false,
      feedbackTrue: "The 1798 text covered only males. Women were added by an amendment of April 16, 1918.",
      feedbackFalse: "Right. The limit to males lasted until the 1918 amendment.",
      explanation:
        "The original Act reached only males. An Act of April 16, 1918 removed that limit, and President Wilson extended the alien-enemy rules to women by proclamation on April 19, 1918. Some summaries still describe the law as covering only men, which has been wrong since 1918.",
    },
    {
      id: "apply-aea-excerpt",
      type: "single-choice",
      prompt:
        'Read the Alien Enemies Act excerpt. Suppose the United States has declared war on a country called Freedonia, and the President has issued a public proclamation. Which person fits the excerpt\'s description of those "liable to be apprehended, restrained, secured, and removed as alien enemies"?',
      difficulty: 3,
      objectiveIds: ["read-primary-text", "explain-aea-survival"],
      sourceIds: ["aea-statute", "nara-enemy-aliens"],
      excerptSourceId: "aea-statute",
      choices: [
        {
          id: "adult-citizen-of-enemy",
          text: "A 30-year-old Freedonian citizen living in Ohio who never became a U.S. citizen",
          correct: true,
        },
        {
          id: "naturalized",
          text: "A 50-year-old born in Freedonia who became a naturalized U.S. citizen years ago",
          feedback: 'The excerpt covers only people "not actually naturalized." Naturalized citizens are outside it.',
        },
        {
          id: "twelve-year-old",
          text: "A 12-year-old Freedonian citizen visiting relatives in Texas",
          feedback: 'The excerpt covers people "of the age of fourteen years and upward."',
        },
        {
          id: "us-born",
          text: "A U.S.-born citizen whose parents came from Freedonia",
          feedback:
            "This person is a U.S. citizen by birth, and the Act does not reach U.S. citizens, whether born or naturalized.",
        },
      ],
      hints: ["Check three things in the excerpt: nationality, age, and naturalization."],
      explanation:
        "The excerpt has three tests: the person is a native, citizen, denizen or subject of the hostile nation; is 14 or older; and is in the United States and not naturalized. Only the 30-year-old Freedonian who never naturalized meets all three. The U.S.-born child of immigrants is the key contrast: that person is a U.S. citizen, and the Act does not reach citizens.",
    },
    {
      id: "resolutions-statements",
      type: "multiple-choice",
      prompt: "Which statements about the Virginia and Kentucky Resolutions are accurate? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["compare-arguments"],
      sourceIds: ["britannica-resolutions", "virginia-resolutions", "britannica-acts"],
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "secret-authors",
          text: "The public did not learn who drafted them for roughly 25 years.",
          correct: true,
        },
        { id: "calhoun", text: "John C. Calhoun later built on them in arguing for nullification.", correct: true },
        { id: "madison-virginia", text: "James Madison drafted Virginia's resolutions.", correct: true },
        {
          id: "court-struck",
          text: "They led the Supreme Court to strike down the Sedition Act.",
          feedback: "No court struck the law down; it expired on its own end date in 1801.",
        },
        {
          id: "madison-kentucky",
          text: "James Madison drafted Kentucky's resolutions.",
          feedback: "Jefferson drafted Kentucky's; Madison drafted Virginia's.",
        },
      ],
      explanation:
        "Madison drafted Virginia's resolutions and Jefferson drafted Kentucky's, both in secret; their roles stayed hidden for about 25 years. Calhoun later drew on the resolutions for his theory of nullification. The resolutions did not end the Sedition Act; it expired on March 3, 1801. Mixing up which author wrote which state's resolutions is the most common error.",
    },
    {
      id: "name-the-conflict",
      type: "short-text",
      prompt:
        "What name do historians give the undeclared naval conflict with France during which the Alien and Sedition Acts were passed?",
      difficulty: 1,
      objectiveIds: ["explain-context"],
      sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition", "crs-lsb11269"],
      answers: [{ text: "Quasi-War" }, { text: "Quasi War" }, { text: "the Quasi-War" }],
      matching: { caseSensitive: false, ignoreDiacritics: true, ignorePunctuation: true, typoTolerance: 0.2 },
      explanation:
        "It is called the Quasi-War because the two countries fought at sea without a formal declaration of war. That matters for the Alien Enemies Act, passed during it: the Act required a declared war or an invasion, and it was not used until the War of 1812.",
    },
    {
      id: "context-of-passage",
      type: "single-choice",
      prompt:
        "Which description best fits the situation when Congress passed the Alien and Sedition Acts in the summer of 1798?",
      difficulty: 2,
      objectiveIds: ["explain-context"],
      sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "nara-todays-doc"],
      choices: [
        {
          id: "quasi-war-federalist",
          text: "An undeclared naval conflict with France, with a Federalist-controlled Congress facing sharp criticism from Democratic-Republican newspapers",
          correct: true,
        },
        {
          id: "declared-war-france",
          text: "A declared war with France that Congress had approved earlier that year",
          feedback: "Congress never declared war on France; that is why the conflict is called the Quasi-War.",
        },
        {
          id: "war-1812",
          text: "The War of 1812 with Britain",
          feedback: "That war came 14 years later. It was, however, the first time the Alien Enemies Act was used.",
        },
        {
          id: "republican-congress",
          text: "A Democratic-Republican Congress trying to limit President Adams's power",
          feedback: "Adams's own party, the Federalists, controlled Congress and passed the laws.",
        },
      ],
      explanation:
        "The laws came during the undeclared Quasi-War, passed by a Federalist Congress and signed by the Federalist President Adams, at a time when Democratic-Republican newspapers were attacking his policies. The War of 1812 is a tempting answer because the Alien Enemies Act was first used then, but the laws were passed 14 years earlier.",
    },
  ],
} satisfies Lesson;
