import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Alien",
    definition: "A person living in a country who is not a citizen of that country.",
    sourceIds: ["britannica-alien-sedition", "eac-alien-sedition"],
  },
  {
    term: "Naturalization",
    definition: `\
The legal process by which an immigrant becomes a citizen. \
The Constitution gives Congress the power to set a uniform rule for it.`,
    sourceIds: ["us-constitution", "naturalization-act-1798"],
  },
  {
    term: "Quasi-War",
    definition: `\
The undeclared naval conflict between the United States and France during which the Alien and \
Sedition Acts were passed. \
Congress never formally declared war.`,
    sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition"],
  },
  {
    term: "Federalists and Democratic-Republicans",
    definition: `\
The two political parties of the 1790s. \
Federalists, the party of President John Adams, controlled Congress in 1798; \
Democratic-Republicans, led by Thomas Jefferson and James Madison, opposed the Alien and Sedition \
Acts.`,
    sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition"],
  },
  {
    term: "Sedition",
    definition: `\
Speech or action meant to stir up resistance to lawful authority. \
The Sedition Act of 1798 punished certain writing against the federal government, Congress or the \
President.`,
    sourceIds: ["sedition-act"],
  },
  {
    term: "Alien enemy",
    definition: `\
Under the Alien Enemies Act, a native, citizen, denizen or subject of a hostile nation or \
government, aged 14 or older, who is in the United States and not naturalized, once the President \
has made a public proclamation.`,
    sourceIds: ["aea-statute"],
  },
  {
    term: "Sunset date",
    definition: `\
A date written into a law on which the law stops having force unless it is renewed. \
The Alien Friends Act and the Sedition Act both had one; the Alien Enemies Act did not.`,
    sourceIds: ["alien-friends-act", "sedition-act", "nara-todays-doc"],
  },
  {
    term: "Repeal",
    definition: `\
An act of the legislature that cancels an earlier law. \
Congress repealed the Naturalization Act of 1798 in 1802.`,
    sourceIds: ["britannica-alien-sedition"],
  },
  {
    term: "Virginia and Kentucky Resolutions",
    definition: `\
Protests adopted by two state legislatures in 1798 arguing that the Alien and Sedition Acts were \
unconstitutional. \
Madison drafted Virginia's and Jefferson drafted Kentucky's, and both kept their roles secret at \
the time.`,
    sourceIds: ["britannica-resolutions", "virginia-resolutions", "founders-kentucky-note"],
  },
  {
    term: "Nullification",
    definition: `\
The theory that a state may declare a federal law void inside its own borders. \
John C. \
Calhoun later built on the Virginia and Kentucky Resolutions to argue for it.`,
    sourceIds: ["britannica-resolutions", "britannica-alien-sedition"],
  },
  {
    term: "Prior restraint",
    definition: `\
Government action that stops something from being published in the first place, such as requiring \
a license before printing. \
Many Federalists argued that the First Amendment banned only this.`,
    sourceIds: ["eac-alien-sedition", "jinh-review"],
  },
  {
    term: "Pardon",
    definition: `\
A President's order that forgives a federal crime and ends its punishment. \
Jefferson pardoned people convicted under the Sedition Act after he took office in 1801.`,
    sourceIds: ["annenberg-sedition-expires"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "a-crisis-with-france",
    heading: "A crisis with France",
    body: `\
In 1798 the United States and France were fighting an undeclared war at sea. \
Historians call it the **Quasi-War**. \
Congress never declared war, but many Americans expected a wider conflict.

Politics at home was tense too. \
The **Federalists**, the party of President John Adams, controlled Congress. \
Their rivals, the **Democratic-Republicans**, the party of Thomas Jefferson and James Madison, \
opposed many of Adams's policies and attacked them in their newspapers.

Between June 18 and July 14, 1798, the Federalist-controlled Fifth Congress passed, and Adams \
signed, four laws now known together as the **Alien and Sedition Acts**. \
An **alien** is a person living in a country who is not one of its citizens. \
Three of the four laws dealt with aliens and immigrants. \
The fourth dealt with speech.`,
    sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition", "eac-alien-sedition"],
  },
  {
    id: "four-laws",
    heading: "Four laws in four weeks",
    body: `\
- **Naturalization Act (June 18, 1798).** \
*Naturalization* is the process by which an immigrant becomes a citizen. \
Article I, section 8 of the Constitution gives Congress the power "To establish an uniform Rule of \
Naturalization." \
This law raised the years of residence needed before an immigrant could become a citizen from 5 to \
14.
- **Alien Friends Act (June 25, 1798)**, officially "An Act Concerning Aliens." \
It let the President deport any alien he judged dangerous, even in peacetime. \
It was written to last only two years.
- **Alien Enemies Act (July 6, 1798)**, officially "An Act Respecting Alien Enemies." \
It could be used only during a declared war or an actual or threatened invasion by a foreign \
nation or government. \
It had no end date.
- **Sedition Act (July 14, 1798).** \
*Sedition* means stirring up resistance to lawful authority. \
This law made it a crime to publish "false, scandalous and malicious" writing against the federal \
government, either house of Congress or the President. \
The Gilder Lehrman Institute notes that it allowed a defendant to offer the truth of what he wrote \
as a defense. \
By its own terms it lasted only until March 3, 1801, the day before the next presidential term \
began.`,
    sourceIds: [
      "naturalization-act-1798",
      "alien-friends-act",
      "aea-statute",
      "sedition-act",
      "us-constitution",
      "nara-todays-doc",
      "gilder-lehrman-sedition",
    ],
  },
  {
    id: "friends-and-enemies",
    heading: "Friends and enemies: two different alien laws",
    body: `\
The names of the two alien laws point to a key difference.

The **Alien Friends Act** reached any alien, and it did not depend on a war. \
The President alone decided who was dangerous.

The **Alien Enemies Act** was narrower. \
It applied only when there was "a declared war" or when "any invasion or predatory incursion" \
against U.S. territory was carried out, attempted or threatened "by any foreign nation or \
government," and the President made a **public proclamation** (a formal, published announcement). \
Then it covered people from the hostile nation who were 14 or older, living in the United States, \
and not naturalized. \
As first written in 1798, it covered only males.

Critics aimed most of their fire at the Alien Friends Act and the Sedition Act. \
According to the *Encyclopedia of the American Constitution*, many Democratic-Republicans accepted \
that Congress had the power to pass the Naturalization Act and the Alien Enemies Act, even while \
doubting that those laws were needed.`,
    sourceIds: ["alien-friends-act", "aea-statute", "eac-alien-sedition", "virginia-resolutions"],
  },
  {
    id: "supporters",
    heading: "How supporters defended the laws",
    body: `\
Supporters presented the laws as security measures for a country on the edge of war. \
According to the Gilder Lehrman Institute, Federalists believed the Sedition Act was needed to \
protect the nation during the Quasi-War, and they feared that attacks in opposition newspapers \
would weaken the government. \
Federalists also argued that any government has an inherent right to protect itself.

On free speech, many Federalists read the First Amendment narrowly. \
In their view it banned **prior restraint**, meaning stopping something from being published in \
the first place. \
It did not, they said, forbid punishing false and harmful writing after it was published.`,
    sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "jinh-review"],
  },
  {
    id: "sedition-act-in-court",
    heading: "The Sedition Act in court",
    body: `\
The Sedition Act was not just words on paper. \
The Federal Judicial Center, the research agency of the federal courts, counts at least 26 people \
prosecuted under it or for similar charges between 1798 and 1801. \
It reports that every defendant was a political opponent of the Adams administration. \
Counts differ among historians; the center's figure of 26 is a minimum.

- **Matthew Lyon**, a Democratic-Republican congressman from Vermont, was the first person \
convicted, in October 1798. \
He was sentenced to four months in jail and a $1,000 fine, and his voters reelected him while he \
was in jail.
- **Thomas Cooper**, a Pennsylvania writer, was convicted in 1800 for criticizing President Adams.
- **James Callender**, a journalist, was tried in Richmond, Virginia, in 1800. \
In February 1801 he wrote from the Richmond jail that he would be released once his $200 fine was \
paid.

After Jefferson became President in 1801, he pardoned people convicted under the law.`,
    sourceIds: [
      "fjc-sedition-narrative",
      "fjc-sedition-chronology",
      "callender-letter-1801",
      "annenberg-sedition-expires",
    ],
  },
  {
    id: "resolutions",
    heading: "The Virginia and Kentucky Resolutions",
    body: `\
Two state legislatures answered with formal protests.

- **Thomas Jefferson**, who was then Vice President, secretly drafted the **Kentucky Resolutions**. \
John Breckinridge introduced them. \
The Kentucky House passed them on November 10, 1798, and the state Senate agreed on November 13.
- **James Madison** drafted the **Virginia Resolutions** of December 21, 1798. \
He later defended them in the "Report of 1800."

Both men kept their roles secret at the time. \
John Taylor named Jefferson as Kentucky's author in print in 1814, but Jefferson did not confirm it \
until 1821.

Both sets argued that the acts were unconstitutional. \
Virginia's resolutions said the Sedition Act used a power "expressly and positively forbidden by \
one of the amendments" to the Constitution. \
That was a reference to the First Amendment, which says Congress shall make no law abridging "the \
freedom of speech, or of the press." \
Madison and Jefferson rejected the Federalists' narrow reading of that amendment.

The resolutions also claimed that states had a role in judging when the federal government went \
beyond its powers. \
That claim had a long afterlife. \
John C. \
Calhoun later built on the resolutions in arguing for **nullification**, the theory that a state \
may declare a federal law void within its borders.`,
    sourceIds: [
      "britannica-resolutions",
      "britannica-alien-sedition",
      "elliot-kentucky-resolutions",
      "founders-kentucky-note",
      "virginia-resolutions",
      "us-constitution",
      "jinh-review",
      "gilder-lehrman-sedition",
    ],
  },
  {
    id: "expired-repealed-or-in-force",
    heading: "Expired, repealed, or still in force",
    body: `\
Three of the four laws are gone:

- The Alien Friends Act expired in 1800, when its two-year term ran out.
- The Sedition Act expired in 1801, on the end date written into it.
- Congress repealed the Naturalization Act in 1802.

The Alien Enemies Act is different. \
It had no end date, and Congress never repealed it. \
It was carried into the Revised Statutes as § 4067. \
An amendment of April 16, 1918 removed the limit to males, and President Woodrow Wilson extended \
the wartime rules for alien enemies to women by proclamation three days later. \
Today the law appears at **50 U.S.C. §§ 21–24**.

Presidents used it during three declared wars: the War of 1812, World War I and World War II. \
In 1948, in *Ludecke v. \
Watkins*, the Supreme Court wrote that the Act "has remained the law of the land, virtually \
unchanged since 1798."

In March 2025 President Trump invoked the Act against members of the Venezuelan gang Tren de \
Aragua, relying on its invasion language rather than a declared war. \
Courts have disagreed about that use, and the dispute was still unresolved when this lesson was \
last checked. \
A companion lesson, "The Alien Enemies Act in 2025," follows it.`,
    sourceIds: [
      "britannica-alien-sedition",
      "nara-todays-doc",
      "aea-statute",
      "frus-1918",
      "crs-lsb11269",
      "ludecke",
      "proclamation-10903",
    ],
  },
  {
    id: "common-mistakes",
    heading: "Common mistakes to watch for",
    body: `\
Because the four laws are usually taught as a package, summaries often blur them together. \
Check which law a claim is about.

- **"All the Alien and Sedition Acts expired or were repealed."** \
Not so. \
Only three ended. \
The Alien Enemies Act is still law.
- **"The Alien Friends and Alien Enemies Acts expired in 1800."** \
Only the Alien *Friends* Act expired that year.
- **"The Alien Enemies Act covers only men."** \
That was true only until the 1918 amendment.
- **"The Alien Enemies Act was the basis for imprisoning Japanese American citizens in World War \
II."** \
It was not. \
The Act reaches only *alien* enemies, so it cannot reach U.S. citizens, whether they were born \
citizens or naturalized. \
The mass removal and incarceration of Japanese Americans rested on a separate authority, Executive \
Order 9066. \
A companion lesson covers that history.`,
    sourceIds: ["britannica-alien-sedition", "aea-statute", "frus-1918", "nara-enemy-aliens"],
  },
] satisfies Lesson["sections"];
