import type { Lesson } from "civics-lessons";

/**
 * Teaches how the 1798 Alien Enemies Act was invoked against Tren de Aragua in 2025, the legal questions it raised, and how courts ruled as of early 2026.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/alien-enemies-act-in-2025";
 * lesson.title
 * //=> "The Alien Enemies Act in 2025: A 1798 Law in Court"
 */
export const lesson = {
  id: "alien-enemies-act-in-2025",
  version: "1.0.0",
  title: "The Alien Enemies Act in 2025: A 1798 Law in Court",
  summary:
    "In March 2025 the President invoked the 1798 Alien Enemies Act against members of the Venezuelan gang Tren de Aragua. Students read the statute and the proclamation, work through the legal questions the invocation raised, and compare how courts ruled, as of early 2026.",
  topic: "wartime-statutes",
  gradeBands: ["9-12", "college"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-02-28",
  license: "CC-BY-4.0",
  credit:
    '"The Alien Enemies Act in 2025: A 1798 Law in Court" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-statute",
      text: "Explain, using the text of 50 U.S.C. § 21, what must happen before the Alien Enemies Act can be used and whom it covers.",
    },
    {
      id: "describe-invocation",
      text: "Describe the steps from the 2025 terrorist designations to Proclamation 10903, including when the proclamation was signed, posted and published, and what it claims.",
    },
    {
      id: "analyze-legal-questions",
      text: "Analyze the four legal questions the invocation raised: invasion or predatory incursion, foreign nation or government, who decides, and what notice is due.",
    },
    {
      id: "compare-rulings",
      text: "Compare how courts in Texas, Colorado, New York, Pennsylvania and the Fifth Circuit ruled, and state what was still unresolved as of early 2026.",
    },
    {
      id: "attribute-perspectives",
      text: "Identify the arguments made by the administration, the challengers and the courts, and attribute each to its source.",
    },
  ],
  keyTerms: [
    {
      term: "Alien Enemies Act",
      definition:
        "A 1798 law, now 50 U.S.C. §§ 21–24, that lets the President detain and remove certain non-citizens from a hostile nation during a declared war or an invasion or predatory incursion by a foreign nation or government.",
      sourceIds: ["aea-statute"],
    },
    {
      term: "Alien enemy",
      definition:
        "Under the Act, a native, citizen, denizen or subject of the hostile nation or government who is 14 or older, is in the United States, and has not been naturalized.",
      sourceIds: ["aea-statute"],
    },
    {
      term: "Predatory incursion",
      definition:
        'One of the Act\'s triggers, named alongside "invasion." The statute does not define it, and judges disagreed in 2025 about whether it requires military, wartime action.',
      sourceIds: ["aea-statute", "dbu-v-trump", "asr-v-trump"],
    },
    {
      term: "Proclamation",
      definition:
        'A formal public announcement by the President. The Act works only after the President makes "public proclamation" of the war, invasion or incursion.',
      sourceIds: ["aea-statute", "proclamation-10903"],
    },
    {
      term: "Foreign Terrorist Organization (FTO)",
      definition:
        "A foreign group that the Secretary of State formally designates as a terrorist organization under section 219 of the Immigration and Nationality Act. The designation comes from a different law than the Alien Enemies Act.",
      sourceIds: ["eo-14157", "fto-designations"],
    },
    {
      term: "Lawful permanent resident",
      definition:
        'A non-citizen allowed to live in the United States permanently (a "green card" holder). Proclamation 10903 excludes lawful permanent residents from its coverage.',
      sourceIds: ["proclamation-10903"],
    },
    {
      term: "Temporary restraining order (TRO)",
      definition:
        "A short-term court order, issued quickly, that freezes a situation until the court can hear the case more fully.",
      sourceIds: ["jgg-district-court", "trump-v-jgg"],
    },
    {
      term: "Preliminary injunction",
      definition:
        "A court order that blocks an action while a lawsuit continues, issued after the court finds the challengers likely to win.",
      sourceIds: ["dbu-v-trump", "wmm-panel"],
    },
    {
      term: "Habeas corpus",
      definition:
        "A petition asking a court to decide whether a person's detention is lawful. The Supreme Court held that challenges to removal under the Act must be brought this way, in the district where the person is held.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      term: "Class action",
      definition:
        "A lawsuit brought on behalf of a whole group of people in the same situation. On March 15, 2025, a judge provisionally certified a class of everyone in U.S. custody subject to the proclamation.",
      sourceIds: ["jgg-district-court"],
    },
    {
      term: "Per curiam",
      definition: 'Latin for "by the court": an opinion issued in the name of the court without a named author.',
      sourceIds: ["trump-v-jgg", "aarp-v-trump"],
    },
    {
      term: "Rehearing en banc",
      definition:
        "A rehearing of a case by all the active judges of a court of appeals instead of a three-judge panel. Granting it wipes out (vacates) the panel's opinion.",
      sourceIds: ["wmm-en-banc-order"],
    },
  ],
  sections: [
    {
      id: "a-1798-law",
      heading: "A wartime law from 1798",
      body: `The **Alien Enemies Act** became law on July 6, 1798. It is still in force today as 50 U.S.C. §§ 21–24.

Section 21 says when the Act can be used. There are two situations. The first is a *declared war* between the United States and "any foreign nation or government." The second is an *invasion or predatory incursion* against U.S. territory that a foreign nation or government carries out, attempts or threatens. In either case, the President must also announce the event in a public **proclamation**.

The people the Act reaches are called **alien enemies**. They are natives, citizens, denizens or subjects of the hostile nation or government who are 14 or older, are inside the United States, and have not been naturalized (made U.S. citizens). They can be "apprehended, restrained, secured, and removed." The President sets the rules for how they are treated. Other sections give time to settle one's affairs before leaving (§ 22), give federal courts and judges jurisdiction (§ 23), and set out the duties of U.S. marshals (§ 24).

Congress has changed the Act once: in 1918 it removed the original limit to males. Before 2025, presidents had used the Act three times, in the War of 1812, World War I and World War II. In 1948 the Supreme Court called it "the law of the land, virtually unchanged since 1798."`,
      sourceIds: ["aea-statute", "aea-1918-amendment", "crs-lsb11269", "ludecke"],
    },
    {
      id: "designations",
      heading: "Step one: terrorist designations",
      body: `In his inaugural address on January 20, 2025, President Donald Trump said he would invoke the 1798 law against foreign gangs. The same day he signed **Executive Order 14157**. It declared a national emergency over cartels under the International Emergency Economic Powers Act. It directed the State Department and other agencies to consider naming cartels and similar groups as **Foreign Terrorist Organizations** (FTOs) or Specially Designated Global Terrorists. It also told the Attorney General and the Secretary of Homeland Security to be ready, within 14 days, to carry out any decision to invoke the Alien Enemies Act. The order was published in the Federal Register on January 29.

The State Department then designated eight groups as both FTOs and Specially Designated Global Terrorists: the Venezuelan gang Tren de Aragua (TdA), the gang MS-13 (Mara Salvatrucha), and six Mexican cartels. The notice is dated February 6, 2025. It was announced February 19 and published in the Federal Register on February 20.

A terrorist designation and the Alien Enemies Act are separate legal tools. The FTO label comes from the immigration laws. The Act's own text asks a different question: is there a declared war, or an invasion or predatory incursion by a foreign nation or government? A designation does not answer that question, and the Act does not mention terrorist lists. That is why the President issued a separate proclamation.`,
      sourceIds: ["inaugural-address-2025", "eo-14157", "fto-designations", "aea-statute", "crs-lsb11269"],
    },
    {
      id: "proclamation-10903",
      heading: "Step two: Proclamation 10903",
      body: `President Trump signed **Proclamation 10903**, "Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua," on March 14, 2025. The White House posted it on its website on March 15, and it was published in the Federal Register on March 20 (90 Fed. Reg. 13033). Many news reports say the Act was "invoked" on March 15, the day the proclamation became public.

The proclamation makes several claims. It says TdA is a designated Foreign Terrorist Organization with thousands of members, many of whom entered the United States unlawfully, and that they are "conducting irregular warfare and undertaking hostile actions" against the country. It says TdA works with Cártel de los Soles, which it ties to the government of Nicolás Maduro, and acts "at the direction, clandestine or otherwise," of that government. It calls Venezuela a "hybrid criminal state." Its central finding is that TdA "is perpetrating, attempting, and threatening an invasion or predatory incursion."

The proclamation covers Venezuelan citizens 14 or older who are TdA members, are in the United States, and are neither naturalized citizens nor **lawful permanent residents**. It orders that they be apprehended, detained and removed, and that property tied to TdA activity be seized. These are the government's findings. Whether a particular person is in fact a TdA member is a separate question of fact.

Events moved fast. Early on March 15, before the proclamation was public, the ACLU and Democracy Forward sued in federal court in Washington, D.C., for five Venezuelan men in immigration custody (*J.G.G. v. Trump*). That morning Chief Judge James E. Boasberg issued a **temporary restraining order** protecting the five. That evening he issued a second one covering a provisional **class** of everyone in U.S. custody subject to the proclamation, for 14 days. Planes carrying detainees were already in the air during that hearing. A White House official told the Washington Post that 261 people were flown to El Salvador that weekend: 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans under ordinary immigration law, and 23 Salvadorans the government said were MS-13 members. Whether the government obeyed the judge's orders that evening is a separate dispute that was still unresolved as of early 2026.`,
      sourceIds: ["proclamation-10903", "jgg-district-court", "jurist-report", "wapo-figures"],
    },
    {
      id: "legal-questions",
      heading: "Four legal questions",
      body: `The lawsuits that followed raised four main questions.

1. **Is a gang's activity an "invasion or predatory incursion"?** The Act does not define these words. The government argued that TdA's conduct is a predatory incursion. The challengers argued that using a wartime law in peacetime to skip ordinary deportation procedures goes beyond the President's power.

2. **Is the attacker a "foreign nation or government"?** The Act speaks of an attack "by any foreign nation or government." TdA is a criminal organization. The proclamation's answer is that TdA acts at the direction of the Maduro government. Whether courts must accept that finding depends on the next question.

3. **Who decides?** In *Ludecke v. Watkins* (1948), the Supreme Court held that the Act barred courts from reviewing the President's removal orders themselves. Courts could still decide whether the Act is valid and what it means, whether a declared war exists, and whether a person is an alien enemy. The administration argued that courts lack power over these decisions and cannot block an invocation. The challengers asked courts to decide for themselves what the statute's words mean.

4. **What notice and hearing are due?** On April 7, 2025, in *Trump v. J.G.G.*, the Supreme Court ruled 5–4 in an unsigned (**per curiam**) opinion and set aside Judge Boasberg's orders. It held that challenges must be brought as **habeas corpus** petitions in the district where a person is held, not in Washington, D.C. On notice, all nine justices agreed: detainees must be told they are subject to removal under the Act "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs." On May 16, in *A.A.R.P. v. Trump*, the Court (7–2) said notice given about 24 hours before removal, with no information on how to contest it, "surely does not pass muster." It left the exact process to the lower courts and kept in place its order blocking removals under the Act for that group of detainees.`,
      sourceIds: [
        "aea-statute",
        "proclamation-10903",
        "ludecke",
        "jurist-report",
        "leavitt-statement",
        "en-banc-argument-report",
        "trump-v-jgg",
        "aarp-v-trump",
      ],
    },
    {
      id: "district-courts",
      heading: "District courts split",
      body: `By mid-May 2025, federal judges in four states had ruled on the proclamation, and they did not agree.

- **Texas.** On May 1, Judge Fernando Rodriguez Jr. of the Southern District of Texas, in *J.A.V. v. Trump*, became the first judge to rule the invocation itself unlawful. He found that TdA's activities are not an "invasion" or "predatory incursion" and that the proclamation goes beyond what the Act allows. He permanently barred detention, transfer and removal under the Act in his district.
- **Colorado.** In *D.B.U. v. Trump*, Judge Charlotte Sweeney first (April 22) required 21 days' notice in a language the person understands, plus notice of the right to seek court review. On May 6, in a **preliminary injunction**, she held that "invasion" and "predatory incursion" require military, wartime action, which the proclamation does not show.
- **New York.** Also on May 6, Judge Alvin Hellerstein of the Southern District of New York, in *G.F.F. v. Trump*, held that the Act "was not validly invoked" because no war, invasion or predatory incursion had been shown. He also found the government's proposed notice inadequate.
- **Pennsylvania.** On May 13, Judge Stephanie Haines of the Western District of Pennsylvania, in *A.S.R. v. Trump*, became the first judge to uphold the invocation. She held that TdA's activity fits a "predatory incursion" and deferred to the President's finding that the Maduro government directs TdA. But she called the government's notice "constitutionally deficient" and required 21 days' notice in English and Spanish.

Judges Rodriguez and Haines were both appointed by President Trump, yet they reached opposite conclusions.`,
      sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "asr-v-trump"],
    },
    {
      id: "fifth-circuit",
      heading: "The Fifth Circuit, and what was last known",
      body: `The case that went furthest on appeal is *W.M.M. v. Trump*, the same litigation that produced *A.A.R.P.* On September 2, 2025, a three-judge panel of the U.S. Court of Appeals for the Fifth Circuit (Judges Southwick, Ramirez and Oldham) ruled against the government on the main question.

Judge Southwick, writing for the majority, said courts may not second-guess the President's findings of fact, but they may interpret the statute and apply it to the facts the President proclaimed. Taking the proclamation's facts as given, the majority found no invasion or predatory incursion, so the detainees were entitled to a preliminary injunction. On notice, the majority found the government's revised 7-day notice adequate on the record. Judge Ramirez disagreed on that point and would have required 21 days. Judge Oldham dissented in an opinion of roughly 130 pages, arguing that courts should defer to the President.

On September 30, 2025, the full Fifth Circuit granted **rehearing en banc**, which vacated the panel's opinion. All 17 active judges heard argument on January 22, 2026. A Justice Department lawyer, Drew Ensign, argued that TdA's conduct is a "predatory incursion" and that courts cannot block an invocation of the Act.

As of early 2026, the full court had not announced a decision, and the Supreme Court had not ruled on the central question of whether the invocation is lawful. In the newest sources, the Supreme Court's order blocking removals under the Act for the *A.A.R.P.* group was still in force, and sources from mid-2025 reported few or no further removals under the Act after mid-March 2025. Any of this may have changed since.`,
      sourceIds: ["wmm-panel", "wmm-en-banc-order", "en-banc-argument-report", "aarp-v-trump"],
    },
  ],
  timeline: [
    { date: "1798-07-06", event: "The Alien Enemies Act becomes law.", sourceIds: ["aea-statute"] },
    {
      date: "1918-04-16",
      event: "Congress amends the Act to remove its limit to males.",
      sourceIds: ["aea-1918-amendment"],
    },
    {
      date: "1948-06-21",
      event: "The Supreme Court decides Ludecke v. Watkins, limiting court review of removal orders under the Act.",
      sourceIds: ["ludecke"],
    },
    {
      date: "2025-01-20",
      event:
        "In his inaugural address the President says he will invoke the Act against foreign gangs; he signs Executive Order 14157 on cartels and terrorist designations.",
      sourceIds: ["inaugural-address-2025", "eo-14157"],
    },
    {
      date: "2025-02-20",
      event:
        "State Department designations of Tren de Aragua, MS-13 and six Mexican cartels as Foreign Terrorist Organizations are published in the Federal Register.",
      sourceIds: ["fto-designations"],
    },
    { date: "2025-03-14", event: "The President signs Proclamation 10903.", sourceIds: ["proclamation-10903"] },
    {
      date: "2025-03-15",
      event:
        "The proclamation is posted by the White House; the ACLU and Democracy Forward sue; Judge Boasberg issues two temporary restraining orders; 261 people are flown to El Salvador over the weekend, 137 of them under the Act.",
      sourceIds: ["proclamation-10903", "jgg-district-court", "wapo-figures"],
    },
    {
      date: "2025-03-20",
      event: "Proclamation 10903 is published in the Federal Register.",
      sourceIds: ["proclamation-10903"],
    },
    {
      date: "2025-04-07",
      event:
        "Trump v. J.G.G.: the Supreme Court (5–4) sends challenges to habeas courts where detainees are held and requires notice before removal.",
      sourceIds: ["trump-v-jgg"],
    },
    {
      date: "2025-04-19",
      event:
        "The Supreme Court orders the government not to remove members of the A.A.R.P. group under the Act until further order.",
      sourceIds: ["aarp-v-trump"],
    },
    {
      date: "2025-04-22",
      event: "Judge Sweeney (D. Colo.) requires 21 days' notice in a language the person understands.",
      sourceIds: ["dbu-v-trump"],
    },
    {
      date: "2025-05-01",
      event: "Judge Rodriguez (S.D. Tex.) rules the invocation unlawful in J.A.V. v. Trump.",
      sourceIds: ["jav-v-trump"],
    },
    {
      date: "2025-05-06",
      event:
        "Judge Sweeney (D. Colo.) and Judge Hellerstein (S.D.N.Y.) both rule that no invasion or predatory incursion has been shown.",
      sourceIds: ["dbu-v-trump", "gff-v-trump"],
    },
    {
      date: "2025-05-13",
      event: "Judge Haines (W.D. Pa.) upholds the invocation but requires 21 days' notice.",
      sourceIds: ["asr-v-trump"],
    },
    {
      date: "2025-05-16",
      event: "A.A.R.P. v. Trump: the Supreme Court (7–2) says about 24 hours' notice is not enough.",
      sourceIds: ["aarp-v-trump"],
    },
    {
      date: "2025-09-02",
      event: "A Fifth Circuit panel rules that the facts proclaimed show no invasion or predatory incursion.",
      sourceIds: ["wmm-panel"],
    },
    {
      date: "2025-09-30",
      event: "The full Fifth Circuit grants rehearing en banc, vacating the panel opinion.",
      sourceIds: ["wmm-en-banc-order"],
    },
    {
      date: "2026-01-22",
      event: "All 17 active Fifth Circuit judges hear argument; no decision had been reported as of early 2026.",
      sourceIds: ["en-banc-argument-report"],
    },
  ],
  sources: [
    {
      id: "aea-statute",
      kind: "statute",
      title: "Alien Enemies Act, as codified in the U.S. Code",
      citation: "50 U.S.C. §§ 21–24",
      publisher: "U.S. Government Publishing Office (U.S. Code)",
      excerpt:
        "Whenever there is a declared war between the United States and any foreign nation or government, or any invasion or predatory incursion is perpetrated, attempted, or threatened against the territory of the United States by any foreign nation or government, and the President makes public proclamation of the event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of fourteen years and upward, who shall be within the United States and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.",
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
      id: "ludecke",
      kind: "case",
      title: "Ludecke v. Watkins",
      citation: "Ludecke v. Watkins, 335 U.S. 160 (1948)",
      url: "https://en.wikisource.org/wiki/Ludecke_v._Watkins/Opinion_of_the_Court",
      publisher: "Supreme Court of the United States",
      date: "1948-06-21",
      publicDomain: true,
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
    {
      id: "inaugural-address-2025",
      kind: "other",
      title: "Inaugural Address of President Donald J. Trump",
      citation: "Donald J. Trump, Inaugural Address (Jan. 20, 2025)",
      publisher: "The White House",
      date: "2025-01-20",
      publicDomain: true,
    },
    {
      id: "eo-14157",
      kind: "executive-action",
      title:
        "Executive Order 14157, Designating Cartels and Other Organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists",
      citation: "Exec. Order No. 14157, 90 Fed. Reg. 8439 (Jan. 29, 2025)",
      url: "https://www.govinfo.gov/content/pkg/CDOC-119hdoc30/html/CDOC-119hdoc30.htm",
      publisher: "The White House",
      date: "2025-01-20",
      publicDomain: true,
    },
    {
      id: "fto-designations",
      kind: "executive-action",
      title: "Foreign Terrorist Organization designations of Tren de Aragua, MS-13 and six Mexican cartels",
      citation: "U.S. Dep't of State, Foreign Terrorist Organization designations, 90 Fed. Reg. 10030 (Feb. 20, 2025)",
      publisher: "U.S. Department of State",
      date: "2025-02-20",
      publicDomain: true,
    },
    {
      id: "proclamation-10903",
      kind: "executive-action",
      title:
        "Proclamation 10903, Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua",
      citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025)",
      publisher: "The White House",
      date: "2025-03-14",
      excerpt:
        "Tren de Aragua (TdA) is a designated Foreign Terrorist Organization with thousands of members, many of whom have unlawfully infiltrated the United States and are conducting irregular warfare and undertaking hostile actions against the United States. … TdA is perpetrating, attempting, and threatening an invasion or predatory incursion against the territory of the United States.",
      publicDomain: true,
    },
    {
      id: "jgg-district-court",
      kind: "case",
      title: "J.G.G. v. Trump: temporary restraining orders of March 15, 2025",
      citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (temporary restraining orders)",
      publisher: "U.S. District Court for the District of Columbia",
      date: "2025-03-15",
      publicDomain: true,
    },
    {
      id: "jurist-report",
      kind: "news",
      title: "JURIST report on Proclamation 10903 and the lawsuit filed by the ACLU and Democracy Forward",
      citation: "JURIST News (Mar. 2025)",
      url: "https://jurist.org/news/?p=276047",
      publisher: "JURIST",
      date: "2025-03",
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
      id: "leavitt-statement",
      kind: "other",
      title: "White House press secretary's statement on the March 15 court order",
      citation: "Karoline Leavitt, White House Press Secretary, statement posted on X (Mar. 17, 2025)",
      publisher: "The White House",
      date: "2025-03-17",
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
      excerpt:
        "… within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs.",
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
      title: "D.B.U. v. Trump: temporary restraining order and preliminary injunction",
      citation: "D.B.U. v. Trump (D. Colo. Apr. 22, 2025, and May 6, 2025) (Sweeney, J.)",
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
      id: "wmm-panel",
      kind: "case",
      title: "W.M.M. v. Trump (panel decision)",
      citation:
        "W.M.M. v. Trump, No. 25-10534 (5th Cir. Sept. 2, 2025), vacated on grant of reh'g en banc (5th Cir. Sept. 30, 2025)",
      publisher: "U.S. Court of Appeals for the Fifth Circuit",
      date: "2025-09-02",
      publicDomain: true,
    },
    {
      id: "wmm-en-banc-order",
      kind: "case",
      title: "W.M.M. v. Trump (order granting rehearing en banc)",
      citation: "W.M.M. v. Trump, No. 25-10534 (5th Cir. Sept. 30, 2025) (order granting rehearing en banc)",
      publisher: "U.S. Court of Appeals for the Fifth Circuit",
      date: "2025-09-30",
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
  ],
  perspectives: [
    {
      id: "administration",
      label: "The administration",
      argument:
        "The proclamation presents Tren de Aragua as an organized hostile force, thousands strong, that works with and takes direction from the Maduro government. On that view, its conduct is a \"predatory incursion\" by a foreign government within the Act's plain terms, and the President's findings about a foreign threat should control. The press secretary said federal courts generally lack jurisdiction over the President's foreign-affairs and Alien Enemies Act powers, and the Justice Department told the full Fifth Circuit that courts cannot block an invocation of the Act.",
      sourceIds: ["proclamation-10903", "leavitt-statement", "en-banc-argument-report"],
    },
    {
      id: "challengers",
      label: "The challengers (the detainees and their lawyers)",
      argument:
        "The lawyers for the Venezuelan men argued that the Act is a wartime law and that invoking it in peacetime to bypass ordinary deportation procedures goes beyond the President's authority. They said the men risked being sent to countries where they could face imprisonment or torture. They also argued that anyone designated must get real notice and time to go to court before removal, a point the Supreme Court largely accepted in J.G.G. and A.A.R.P.",
      sourceIds: ["jurist-report", "trump-v-jgg", "aarp-v-trump"],
    },
    {
      id: "courts-rejecting",
      label: "Judges who found the invocation unlawful",
      argument:
        'Judges Rodriguez, Sweeney and Hellerstein, and the Fifth Circuit panel majority, concluded that a criminal gang\'s activity, as described, is not an "invasion" or "predatory incursion." Judge Sweeney read those words to require military, wartime action. The panel majority did not question the President\'s facts; it held that courts still decide what the statute\'s words mean and whether the proclaimed facts meet them.',
      sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "wmm-panel"],
    },
    {
      id: "courts-deferring",
      label: "Judges who deferred to the President",
      argument:
        "Judge Haines held that TdA's activity fits a \"predatory incursion\" and deferred to the President's finding that the Maduro government directs it. Judge Oldham, dissenting from the Fifth Circuit panel, argued at length for deference to the President. Even so, Judge Haines required 21 days' notice, showing that deference on the invocation did not mean approving the government's notice.",
      sourceIds: ["asr-v-trump", "wmm-panel"],
    },
  ],
  discussionQuestions: [
    'Should the words "invasion" and "predatory incursion" in a 1798 law be read as people understood them then, or applied to newer threats such as transnational gangs? What would change under each approach?',
    "When a President makes findings of fact about a foreign threat, how much should courts defer? What are the risks of too much deference, and of too little?",
    "Judges who ruled against the government on the invocation still disagreed about notice (7 days or 21 days). What makes notice meaningful for someone facing removal?",
    "Terrorist designations and the Alien Enemies Act come from different laws. Should Congress say whether, or how, they connect? Who should make that choice?",
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explain how the Constitution and laws give the government powers and set limits on them, and how those limits are still argued over.",
    },
    {
      framework: "C3",
      code: "D2.Civ.3.9-12",
      description: "Analyze how laws and legal decisions affect national security and public order.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description: "Analyze how people use and challenge laws, including in court, to address public issues.",
    },
  ],
  questions: [
    {
      id: "aea-trigger-conditions",
      type: "multiple-choice",
      prompt:
        "Which of these conditions does the text of 50 U.S.C. § 21 name as triggers for the Alien Enemies Act (together with a public proclamation)? Select all that apply.",
      difficulty: 1,
      objectiveIds: ["explain-statute"],
      sourceIds: ["aea-statute", "eo-14157", "fto-designations"],
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "declared-war",
          text: "A declared war between the United States and a foreign nation or government",
          correct: true,
        },
        {
          id: "invasion-by-government",
          text: "An invasion or predatory incursion against U.S. territory by a foreign nation or government, whether carried out, attempted or threatened",
          correct: true,
        },
        {
          id: "fto-designation",
          text: "The State Department's designation of a group as a Foreign Terrorist Organization",
          feedback:
            "Terrorist designations come from a different law. Section 21 never mentions them, which is why a separate proclamation was needed.",
        },
        {
          id: "ieepa-emergency",
          text: "A national emergency declared under the International Emergency Economic Powers Act",
          feedback:
            "Executive Order 14157 declared such an emergency, but that is a separate statute with separate powers.",
        },
        {
          id: "crime-rise",
          text: "A rise in crime committed by non-citizens",
          feedback:
            "Crime is not named in the text. Whether a gang's conduct can count as an invasion or predatory incursion is what the courts argued about.",
        },
      ],
      explanation:
        "Section 21 names two triggers: a declared war, or an invasion or predatory incursion by a foreign nation or government. The tempting wrong answer is the terrorist designation, because it came first in 2025, but the Act's text does not mention terrorist lists. That gap is why the administration issued Proclamation 10903 and why courts had to decide whether TdA's activity met the Act's own words.",
    },
    {
      id: "statute-text-cloze",
      type: "cloze",
      prompt: "Read the excerpt from 50 U.S.C. § 21 in the sources, then complete the statute's wording.",
      difficulty: 2,
      objectiveIds: ["explain-statute"],
      sourceIds: ["aea-statute"],
      excerptSourceId: "aea-statute",
      hints: [
        "The Act reaches only people who have not become U.S. citizens.",
        "The age limit is written out as a word in the statute.",
      ],
      text: '"Whenever there is a declared {{blank-1}} between the United States and any foreign nation or government, or any invasion or {{blank-2}} is perpetrated, attempted, or threatened against the territory of the United States by any {{blank-3}}, and the President makes public {{blank-4}} of the event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of {{blank-5}} years and upward, who shall be within the United States and not actually {{blank-6}}, shall be liable to be apprehended, restrained, secured, and removed as alien enemies."',
      blanks: [
        { id: "blank-1", kind: "text", answers: [{ text: "war" }], matching: { ignorePunctuation: true } },
        {
          id: "blank-2",
          kind: "choice",
          choices: [
            { id: "predatory-incursion", text: "predatory incursion", correct: true },
            { id: "armed-rebellion", text: "armed rebellion" },
            { id: "mass-migration", text: "mass migration" },
            { id: "terrorist-attack", text: "terrorist attack" },
          ],
        },
        {
          id: "blank-3",
          kind: "choice",
          choices: [
            { id: "nation-or-government", text: "foreign nation or government", correct: true },
            { id: "terrorist-organization", text: "foreign terrorist organization" },
            { id: "criminal-organization", text: "foreign criminal organization" },
            { id: "person-or-group", text: "foreign person or group" },
          ],
        },
        { id: "blank-4", kind: "text", answers: [{ text: "proclamation" }], matching: { typoTolerance: 0.2 } },
        {
          id: "blank-5",
          kind: "text",
          answers: [{ text: "fourteen" }, { text: "14" }],
          matching: { typoTolerance: 0.2 },
        },
        {
          id: "blank-6",
          kind: "text",
          answers: [{ text: "naturalized" }, { text: "naturalised" }],
          matching: { typoTolerance: 0.2 },
        },
      ],
      explanation:
        'The statute\'s words are "declared war," "predatory incursion," "foreign nation or government," "public proclamation," "fourteen," and "naturalized." The phrase "foreign nation or government" matters most in 2025: the Act does not say "terrorist organization" or "criminal organization," which is why the proclamation tied Tren de Aragua to Venezuela\'s government.',
    },
    {
      id: "designation-not-a-trigger",
      type: "true-false",
      prompt:
        "True or false: Once the State Department designated Tren de Aragua a Foreign Terrorist Organization in February 2025, the Alien Enemies Act applied to TdA members without any further step by the President.",
      difficulty: 1,
      objectiveIds: ["describe-invocation", "explain-statute"],
      sourceIds: ["fto-designations", "aea-statute", "proclamation-10903"],
      answer: false,
      feedbackTrue:
        "Not so. The designation and the Act are separate legal tools; the Act requires a public proclamation of a war, invasion or predatory incursion.",
      feedbackFalse:
        "Correct. The President still had to issue a proclamation under the Act, which he signed on March 14, 2025.",
      explanation:
        'The February designations rest on other laws and do not mention the Alien Enemies Act\'s triggers. Section 21 requires the President to make "public proclamation of the event," so Proclamation 10903 (signed March 14, 2025) was the step that invoked the Act. It is easy to assume the terrorist label did the work because it came first.',
    },
    {
      id: "invocation-sequence",
      type: "ordering",
      prompt:
        "Put these steps in the order they happened. Pay attention to the difference between when the proclamation was signed, posted and published.",
      difficulty: 2,
      objectiveIds: ["describe-invocation"],
      sourceIds: ["eo-14157", "fto-designations", "proclamation-10903", "trump-v-jgg"],
      hints: [
        "A document is often signed before it is made public, and made public before it is printed in the Federal Register.",
      ],
      scoring: "position",
      items: [
        { id: "eo-signed", text: "The President signs Executive Order 14157 on cartels and terrorist designations" },
        {
          id: "fto-published",
          text: "The State Department's designations of TdA, MS-13 and six cartels are published in the Federal Register",
        },
        { id: "proclamation-signed", text: "The President signs Proclamation 10903" },
        { id: "proclamation-posted", text: "The White House posts Proclamation 10903 on its website" },
        { id: "proclamation-published", text: "Proclamation 10903 is published in the Federal Register" },
        { id: "jgg-decided", text: "The Supreme Court decides Trump v. J.G.G." },
      ],
      correctOrder: [
        "eo-signed",
        "fto-published",
        "proclamation-signed",
        "proclamation-posted",
        "proclamation-published",
        "jgg-decided",
      ],
      explanation:
        "Executive Order 14157 was signed January 20, 2025; the designations were published February 20; the proclamation was signed March 14, posted March 15 and published in the Federal Register March 20; Trump v. J.G.G. came April 7. The common mix-up is treating March 15 (when the proclamation became public) as the signing date.",
    },
    {
      id: "proclamation-coverage",
      type: "multiple-choice",
      prompt:
        "Suppose the government identifies each person below as a gang member. Which of them fall within the terms of Proclamation 10903? Select all that apply.",
      difficulty: 2,
      objectiveIds: ["describe-invocation", "explain-statute"],
      sourceIds: ["proclamation-10903", "aea-statute", "wapo-figures"],
      choices: [
        {
          id: "venezuelan-16",
          text: "A 16-year-old Venezuelan citizen identified as a TdA member, living in Texas, who is not a lawful permanent resident",
          correct: true,
        },
        {
          id: "venezuelan-expired-visa",
          text: "A 40-year-old Venezuelan citizen identified as a TdA member whose visa has expired",
          correct: true,
        },
        {
          id: "venezuelan-lpr",
          text: "A Venezuelan citizen identified as a TdA member who is a lawful permanent resident",
          feedback: "The proclamation excludes lawful permanent residents.",
        },
        {
          id: "salvadoran-ms13",
          text: "A Salvadoran citizen identified as an MS-13 member",
          feedback:
            "MS-13 was designated a terrorist organization, but Proclamation 10903 covers only Venezuelan citizens who are TdA members.",
        },
        {
          id: "venezuelan-12",
          text: "A 12-year-old Venezuelan citizen identified as a TdA member",
          feedback: "Both the Act and the proclamation start at age 14.",
        },
        {
          id: "naturalized-citizen",
          text: "A Venezuelan-born naturalized U.S. citizen identified as a TdA member",
          feedback: "Naturalized citizens are outside both the Act and the proclamation.",
        },
      ],
      explanation:
        "The proclamation covers Venezuelan citizens 14 or older who are TdA members, are in the United States, and are neither naturalized citizens nor lawful permanent residents. The tempting error is the Salvadoran MS-13 member: MS-13 was on the terrorist list, and 23 Salvadorans were flown to El Salvador that weekend, but not under this proclamation. Note that all of this assumes the membership claim is true; whether a person really is a member is the factual question that notice and a hearing exist to test.",
    },
    {
      id: "proclamation-prong-excerpt",
      type: "single-choice",
      prompt:
        "Read the excerpt from Proclamation 10903 in the sources. Which of the Alien Enemies Act's triggers is the proclamation relying on?",
      difficulty: 2,
      objectiveIds: ["analyze-legal-questions", "describe-invocation"],
      sourceIds: ["proclamation-10903", "aea-statute", "jurist-report"],
      excerptSourceId: "proclamation-10903",
      choices: [
        {
          id: "invasion-prong",
          text: "An invasion or predatory incursion that is being perpetrated, attempted and threatened",
          correct: true,
        },
        {
          id: "declared-war",
          text: "A declared war with Venezuela",
          feedback:
            "The proclamation does not claim a declared war. Reporters described it as the first modern use of the Act without one.",
        },
        {
          id: "ieepa",
          text: "A national emergency under the International Emergency Economic Powers Act",
          feedback: "That emergency came from Executive Order 14157, a different document under a different law.",
        },
        {
          id: "designation-alone",
          text: "TdA's designation as a Foreign Terrorist Organization, standing alone",
          feedback:
            "The proclamation mentions the designation, but its legal finding tracks the Act's invasion language.",
        },
      ],
      explanation:
        'The proclamation borrows the statute\'s own verbs: TdA "is perpetrating, attempting, and threatening an invasion or predatory incursion." That matches the second trigger in § 21. There was no declared war, so the whole dispute turned on whether the invasion-or-incursion trigger fits a gang.',
    },
    {
      id: "foreign-government-element",
      type: "single-choice",
      prompt:
        'Proclamation 10903 says TdA acts "at the direction, clandestine or otherwise," of the Maduro government. Why does that claim matter to the legal argument?',
      difficulty: 3,
      objectiveIds: ["analyze-legal-questions"],
      sourceIds: ["proclamation-10903", "aea-statute", "asr-v-trump"],
      choices: [
        {
          id: "nation-or-government",
          text: 'Section 21 requires an invasion or incursion "by any foreign nation or government," so tying TdA to Venezuela\'s government speaks to that requirement.',
          correct: true,
        },
        {
          id: "citizenship",
          text: "It is what makes TdA members Venezuelan citizens.",
          feedback: "Citizenship is a separate fact about each person; it does not depend on who directs the gang.",
        },
        {
          id: "fto-requirement",
          text: "A group can be designated a Foreign Terrorist Organization only if a government directs it.",
          feedback:
            "The terrorist designation is a separate step under a different law, and it came in February, before the proclamation made this claim.",
        },
        {
          id: "declared-war",
          text: "It turns the situation into a declared war.",
          feedback:
            "The Act treats a declared war as a separate trigger. A finding about who directs a gang does not create one.",
        },
      ],
      explanation:
        'The Act speaks of attacks by a "foreign nation or government," and TdA is a criminal organization. Linking TdA to the Maduro government is the proclamation\'s answer to that element. Judge Haines deferred to this finding. The wrong choices confuse the element with other issues: citizenship, the terrorist designation, or a declaration of war.',
    },
    {
      id: "ludecke-who-decides",
      type: "single-choice",
      prompt:
        "In Ludecke v. Watkins (1948), which question did the Supreme Court say courts could still decide in a case under the Alien Enemies Act?",
      difficulty: 2,
      objectiveIds: ["analyze-legal-questions"],
      sourceIds: ["ludecke"],
      hints: [
        "The Court separated the President's removal decision from questions about the law and the person's status.",
      ],
      choices: [
        { id: "is-alien-enemy", text: "Whether the person held is actually an alien enemy", correct: true },
        {
          id: "removal-wisdom",
          text: "Whether the President's removal order was a wise decision",
          feedback: "Ludecke held that the Act barred courts from reviewing the removal orders themselves.",
        },
        {
          id: "war-over",
          text: "Whether the war had ended once the fighting stopped",
          feedback:
            "The Court held that a declared war continued after fighting stopped; ending it was for the political branches.",
        },
        {
          id: "nothing",
          text: "Nothing: the Act bars every kind of court review",
          feedback: "The Court listed questions courts can still decide, including the Act's validity and meaning.",
        },
      ],
      explanation:
        "Ludecke held that courts may not review the President's removal orders under the Act, but they may decide whether the Act is valid and what it means, whether a declared war exists, and whether the person is an alien enemy. That split is why 2025 courts argued over whether they were interpreting the statute (allowed) or second-guessing the President (not allowed).",
    },
    {
      id: "jgg-notice-excerpt",
      type: "single-choice",
      prompt:
        "Scenario: officers hand a detainee a form saying he is designated an alien enemy as he is walked to a plane that leaves within the hour. Read the excerpt from Trump v. J.G.G. in the sources. Why does this notice fall short of what the Court required?",
      difficulty: 2,
      objectiveIds: ["analyze-legal-questions"],
      sourceIds: ["trump-v-jgg", "aarp-v-trump"],
      excerptSourceId: "trump-v-jgg",
      choices: [
        {
          id: "no-time-for-habeas",
          text: "It does not give him the time or the means to seek habeas relief in the proper court before he is removed.",
          correct: true,
        },
        {
          id: "not-written",
          text: "It was not given in writing.",
          feedback:
            "The form is written. The Court's test is about timing and manner: whether the person can actually get to court first.",
        },
        {
          id: "judge-must-give",
          text: "Notice must be delivered by a judge, not by officers.",
          feedback: "The excerpt says nothing about who delivers notice.",
        },
        {
          id: "jury-trial",
          text: "The Act requires a jury trial before any removal.",
          feedback: "Neither the Act nor the Court's order requires a jury trial.",
        },
      ],
      explanation:
        'The Court required notice "within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs." An hour at the plane\'s steps gives no real chance to file. In A.A.R.P. the Court later said even about 24 hours\' notice, with no information on how to contest it, "surely does not pass muster."',
    },
    {
      id: "habeas-petition-name",
      type: "short-text",
      prompt:
        "In Trump v. J.G.G., the Supreme Court said people challenging removal under the Act must file a petition for a writ of ______ in the district where they are held. Give the two-word Latin name.",
      difficulty: 1,
      objectiveIds: ["analyze-legal-questions"],
      sourceIds: ["trump-v-jgg"],
      answers: [
        { text: "habeas corpus" },
        { text: "writ of habeas corpus" },
        { text: "habeas", fraction: 0.75, feedback: "Right idea; the full name is habeas corpus." },
      ],
      matching: { ignorePunctuation: true, typoTolerance: 0.2 },
      explanation:
        "Habeas corpus is the traditional way to ask a court whether a detention is lawful. The Court held the detainees' claims fall within the core of habeas, so they belong in the district of confinement (Texas, for the first group), not in Washington, D.C., where the first suit was filed.",
    },
    {
      id: "court-rulings-match",
      type: "matching",
      prompt: "Match each court to its 2025 ruling on the Alien Enemies Act. One ruling is not used.",
      difficulty: 2,
      objectiveIds: ["compare-rulings"],
      sourceIds: ["jav-v-trump", "dbu-v-trump", "gff-v-trump", "asr-v-trump", "wmm-panel"],
      premises: [
        { id: "sd-tex", text: "Southern District of Texas (Judge Rodriguez, May 1)" },
        { id: "d-colo", text: "District of Colorado (Judge Sweeney, May 6)" },
        { id: "sdny", text: "Southern District of New York (Judge Hellerstein, May 6)" },
        { id: "wd-pa", text: "Western District of Pennsylvania (Judge Haines, May 13)" },
        { id: "fifth-panel", text: "Fifth Circuit panel (September 2)" },
      ],
      responses: [
        {
          id: "first-unlawful",
          text: "First ruling that the invocation itself was unlawful; permanently barred removals under the Act in that district",
        },
        {
          id: "military-action",
          text: 'Held that "invasion" and "predatory incursion" require military, wartime action',
        },
        {
          id: "not-validly-invoked",
          text: 'Held the Act "was not validly invoked" and found the proposed notice inadequate',
        },
        {
          id: "upheld-21-days",
          text: 'Upheld the invocation as a "predatory incursion" but required 21 days\' notice in English and Spanish',
        },
        {
          id: "no-incursion-7-days",
          text: "Took the President's facts as given, found no invasion or predatory incursion, and found 7-day notice adequate",
        },
        { id: "no-review", text: "Held that courts may not review any aspect of the invocation" },
      ],
      pairs: {
        "sd-tex": "first-unlawful",
        "d-colo": "military-action",
        sdny: "not-validly-invoked",
        "wd-pa": "upheld-21-days",
        "fifth-panel": "no-incursion-7-days",
      },
      explanation:
        "Three district judges (Texas, Colorado, New York) ruled against the invocation, while the Pennsylvania judge upheld it but still demanded 21 days' notice. The Fifth Circuit panel accepted the President's facts but held they did not amount to an invasion or predatory incursion. None of these courts held that courts may not review the invocation at all; that is closer to the government's argument.",
    },
    {
      id: "wmm-panel-notice-days",
      type: "numeric",
      prompt:
        "In its September 2, 2025 panel decision in W.M.M. v. Trump, the Fifth Circuit majority found the government's revised notice adequate on the record. How many days' notice was that?",
      difficulty: 2,
      objectiveIds: ["compare-rulings"],
      sourceIds: ["wmm-panel", "aarp-v-trump", "asr-v-trump"],
      hints: ["Judge Ramirez wanted three times as many days."],
      answer: { value: 7 },
      unit: "days",
      nearMisses: [
        {
          answer: { value: 21 },
          fraction: 0,
          feedback:
            "21 days is what Judge Ramirez would have required, and what Judges Sweeney and Haines ordered. The panel majority accepted less.",
        },
        {
          answer: { value: 1 },
          fraction: 0,
          feedback: 'About 24 hours is the notice the Supreme Court said "surely does not pass muster" in A.A.R.P.',
        },
      ],
      explanation:
        "The panel majority found the government's revised 7-day notice adequate on the record. Judge Ramirez dissented on that point and would have required 21 days. Because the full court later vacated the panel opinion, this holding no longer stands, but it shows how judges who agreed on the main question still differed on process.",
    },
    {
      id: "aea-removal-count",
      type: "numeric",
      prompt:
        "A White House official told the Washington Post that 261 people were flown to El Salvador on March 15–16, 2025. How many of them were Venezuelans removed under the Alien Enemies Act?",
      difficulty: 2,
      objectiveIds: ["describe-invocation"],
      sourceIds: ["wapo-figures"],
      answer: { value: 137 },
      unit: "people",
      nearMisses: [
        { answer: { value: 261 }, fraction: 0, feedback: "261 is everyone on the flights, under any law." },
        {
          answer: { value: 238 },
          fraction: 0,
          feedback:
            "238 is all the Venezuelans on the flights: 137 under the Act plus 101 under ordinary immigration law.",
        },
        {
          answer: { value: 101 },
          fraction: 0,
          feedback: "101 Venezuelans were removed under ordinary immigration law, not the Act.",
        },
      ],
      explanation:
        'The official\'s breakdown was 137 Venezuelans under the Alien Enemies Act, 101 other Venezuelans under ordinary immigration law, and 23 Salvadorans. Saying "261 people were deported under the Act" confuses the total with the part that used this law.',
    },
    {
      id: "who-argued-what",
      type: "categorize",
      prompt: "Sort each statement by who made it: the administration, the challengers, or a court in its ruling.",
      difficulty: 2,
      objectiveIds: ["attribute-perspectives"],
      sourceIds: [
        "proclamation-10903",
        "en-banc-argument-report",
        "leavitt-statement",
        "jurist-report",
        "aarp-v-trump",
        "dbu-v-trump",
        "asr-v-trump",
      ],
      categories: [
        { id: "administration", text: "The administration" },
        { id: "challengers", text: "The challengers" },
        { id: "court", text: "A court, in a ruling" },
      ],
      items: [
        {
          id: "irregular-warfare",
          text: "TdA is conducting irregular warfare and acts at the direction of the Maduro government.",
          categoryId: "administration",
        },
        {
          id: "cannot-block",
          text: "Courts cannot block the President's invocation of the Act.",
          categoryId: "administration",
        },
        {
          id: "no-jurisdiction",
          text: "Federal courts generally lack jurisdiction over the President's Alien Enemies Act powers.",
          categoryId: "administration",
        },
        {
          id: "peacetime-bypass",
          text: "Invoking the Act in peacetime to bypass ordinary deportation procedures is beyond the President's authority.",
          categoryId: "challengers",
        },
        {
          id: "risk-torture",
          text: "The five named men risked being sent to countries where they could face imprisonment or torture.",
          categoryId: "challengers",
        },
        {
          id: "24-hours",
          text: "Notice about 24 hours before removal, with no information on how to contest it, is not enough.",
          categoryId: "court",
        },
        {
          id: "military-action",
          text: '"Invasion" and "predatory incursion" require military, wartime action.',
          categoryId: "court",
        },
        {
          id: "fits-incursion",
          text: "TdA's activity fits a \"predatory incursion,\" and the President's finding about Maduro deserves deference.",
          categoryId: "court",
        },
      ],
      explanation:
        "The first three come from the proclamation, the Justice Department's argument to the full Fifth Circuit, and the White House press secretary. The next two are the challengers' claims as reported when they sued. The last three are court holdings: the Supreme Court in A.A.R.P., Judge Sweeney, and Judge Haines. Watch the last one: a statement that favors the government can still be a court's ruling. Sort by who said it, not by which side it helps.",
    },
    {
      id: "panel-who-decides",
      type: "single-choice",
      prompt:
        "How did the Fifth Circuit panel majority (September 2, 2025) handle the question of who decides whether the Act applies?",
      difficulty: 3,
      objectiveIds: ["analyze-legal-questions", "compare-rulings"],
      sourceIds: ["wmm-panel", "ludecke"],
      choices: [
        {
          id: "facts-given-law-decided",
          text: "It accepted the President's findings of fact but decided for itself whether those facts amount to an invasion or predatory incursion.",
          correct: true,
        },
        {
          id: "facts-false",
          text: "It found the President's factual claims about TdA to be false.",
          feedback:
            "The majority said courts may not second-guess the President's factual findings. It took them as given.",
        },
        {
          id: "no-review",
          text: "It held that courts cannot review the proclamation at all.",
          feedback: "That is closer to the government's position and to Judge Oldham's dissent.",
        },
        {
          id: "congress-only",
          text: "It held that only Congress can invoke the Act.",
          feedback:
            "The statute gives the President the power to proclaim the event; the panel did not hold otherwise.",
        },
      ],
      explanation:
        "Judge Southwick's majority drew a line like the one in Ludecke: the President's facts are not reviewed, but courts interpret the statute and apply it to those facts. On the proclaimed facts, it found no invasion or predatory incursion. The tempting wrong answer is that the court found the facts false; it expressly did not.",
    },
    {
      id: "en-banc-status",
      type: "true-false",
      prompt:
        "True or false: According to the newest sources for this lesson (early 2026), the full Fifth Circuit had heard argument in W.M.M. v. Trump but had not yet announced a decision.",
      difficulty: 1,
      objectiveIds: ["compare-rulings"],
      sourceIds: ["en-banc-argument-report", "wmm-en-banc-order"],
      answer: true,
      feedbackTrue: "Correct, as of early 2026. Check for newer rulings before relying on this.",
      feedbackFalse:
        "The full court heard argument on January 22, 2026; no decision had been reported in the sources, which run to about February 2026.",
      explanation:
        'The full court granted rehearing on September 30, 2025, which vacated the panel opinion, and heard argument on January 22, 2026. No decision appeared in the sources available for this lesson. Ongoing cases change, so an "as of" date tells you how current a statement is.',
    },
  ],
} satisfies Lesson;
