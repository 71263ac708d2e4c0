import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "classify-claims",
    type: "categorize",
    prompt: `\
Each statement below circulated in some form in 2025. \
Using the lesson's primary sources, sort each one as accurate, inaccurate, or disputed (courts or \
parties still disagree and no final decision has settled it).`,
    difficulty: 2,
    objectiveIds: ["classify-claims"],
    sourceIds: [
      "aea-statute",
      "frus-1918",
      "eo-9066",
      "britannica-alien-sedition",
      "ap-deportation-plan-2025",
      "democracy-forward-release-2025",
      "wapo-figures",
      "proclamation-10903",
      "trump-v-jgg",
      "crs-lsb11269",
      "jgg-contempt-opinion",
      "dc-cir-mandamus",
      "jav-v-trump",
      "asr-v-trump",
      "en-banc-argument-report",
      "nic-assessment-2025",
      "doj-letter-jan-2026",
    ],
    hints: [
      `\
A claim is disputed only when courts or the parties still disagree. \
If the law's text or a dated document answers it, it is accurate or inaccurate.`,
    ],
    categories: [
      {
        id: "accurate",
        text: "Accurate",
      },
      {
        id: "inaccurate",
        text: "Inaccurate",
      },
      {
        id: "disputed",
        text: "Disputed",
      },
    ],
    items: [
      {
        id: "261-and-137",
        text: `\
A White House official said 261 people were flown to El Salvador on March 15–16, 2025, and 137 of \
them were removed under the Act.`,
        categoryId: "accurate",
      },
      {
        id: "defied-order",
        text: "The administration defied Judge Boasberg's order.",
        categoryId: "disputed",
      },
      {
        id: "only-men",
        text: "The Act applies only to men.",
        categoryId: "inaccurate",
      },
      {
        id: "signed-and-published",
        text: `\
Proclamation 10903 was signed March 14, 2025, and published in the Federal Register March 20, 2025.`,
        categoryId: "accurate",
      },
      {
        id: "too-late",
        text: "The judge's ruling came too late because the flights had already left.",
        categoryId: "disputed",
      },
      {
        id: "notice-required",
        text: `\
The Supreme Court said people designated under the Act must get notice in time to seek habeas \
relief before removal.`,
        categoryId: "accurate",
      },
      {
        id: "all-expired-1800",
        text: "The Alien and Sedition Acts all expired in 1800.",
        categoryId: "inaccurate",
      },
      {
        id: "three-prior-uses",
        text: `\
Before 2025, the Act had been invoked three times: in the War of 1812, World War I and World War II.`,
        categoryId: "accurate",
      },
      {
        id: "over-250-under-act",
        text: "More than 250 people were removed under the Alien Enemies Act on March 15–16, 2025.",
        categoryId: "inaccurate",
      },
      {
        id: "maduro-link",
        text: "Tren de Aragua acts at the direction of Venezuela's government.",
        categoryId: "disputed",
      },
      {
        id: "is-incursion",
        text: 'Tren de Aragua\'s activity counts as an "invasion or predatory incursion" under the Act.',
        categoryId: "disputed",
      },
      {
        id: "only-aea-in-force",
        text: "Of the four 1798 Alien and Sedition Acts, only the Alien Enemies Act is still in force.",
        categoryId: "accurate",
      },
      {
        id: "six-million",
        text: "The grant agreement disclosed in court paid El Salvador $6 million.",
        categoryId: "inaccurate",
      },
      {
        id: "scotus-upheld",
        text: `\
In April 2025 the Supreme Court ruled that invoking the Act against Tren de Aragua was lawful.`,
        categoryId: "inaccurate",
      },
      {
        id: "interned-citizens",
        text: "The Act was last used to intern Japanese-American citizens.",
        categoryId: "inaccurate",
      },
    ],
    explanation: `\
The accurate items match a primary source or an official count. \
The inaccurate items are contradicted by one: the Act's "not actually naturalized" wording and \
Executive Order 9066 (internment), the 1918 amendment (men), the current U.S. \
Code (expiry), the grant agreement ($4.76 million, not $6 million), the official breakdown of 137 \
(count), and the text \
of Trump v. \
J.G.G., which decided where and how to sue, not whether the invocation was lawful. \
The disputed items are still before courts or contested by the parties: whether the March 15 order \
was violated, whether a gang's activity is an invasion or predatory incursion, and whether Maduro's \
government directs the gang (the proclamation and the Justice Department say yes; an April 2025 \
intelligence assessment said probably not; no court has decided). \
Note that "too late" and "defied the order" are opposite claims about the same dispute, and both \
are disputed.`,
  },
  {
    id: "claim-to-settling-source",
    type: "matching",
    prompt: "Match each claim to the source that would settle it. Two sources are not used.",
    difficulty: 2,
    objectiveIds: ["identify-settling-source"],
    sourceIds: [
      "aea-statute",
      "frus-1918",
      "eo-9066",
      "democracy-forward-release-2025",
      "proclamation-10903",
      "trump-v-jgg",
      "wapo-figures",
    ],
    premises: [
      {
        id: "only-men",
        text: '"The Act applies only to men."',
      },
      {
        id: "interned-citizens",
        text: '"The Act was last used to intern Japanese-American citizens."',
      },
      {
        id: "six-million",
        text: '"The payment to El Salvador was $6 million."',
      },
      {
        id: "signed-march-13",
        text: '"The proclamation was signed on March 13, 2025."',
      },
      {
        id: "scotus-upheld",
        text: '"The Supreme Court ruled the invocation lawful."',
      },
      {
        id: "over-250",
        text: '"More than 250 people were removed under the Act that weekend."',
      },
    ],
    responses: [
      {
        id: "current-text-1918",
        text: "The current text of 50 U.S.C. § 21 and the 1918 act that amended it",
      },
      {
        id: "opinion-column",
        text: "An opinion column about the deportations",
      },
      {
        id: "official-breakdown",
        text: "The White House official's breakdown of the flights by legal authority",
      },
      {
        id: "grant-agreement",
        text: "The grant agreement with El Salvador disclosed in court",
      },
      {
        id: "jgg-opinion",
        text: "The Supreme Court's per curiam opinion in Trump v. J.G.G.",
      },
      {
        id: "social-post",
        text: "A widely shared social-media post repeating the claim",
      },
      {
        id: "federal-register",
        text: "Proclamation 10903 as published in the Federal Register",
      },
      {
        id: "naturalized-eo-9066",
        text: 'The Act\'s "not actually naturalized" wording, read with Executive Order 9066',
      },
    ],
    pairs: {
      "only-men": "current-text-1918",
      "interned-citizens": "naturalized-eo-9066",
      "six-million": "grant-agreement",
      "signed-march-13": "federal-register",
      "scotus-upheld": "jgg-opinion",
      "over-250": "official-breakdown",
    },
    explanation: `\
Each claim is settled by the document that actually contains the fact: the statute's text and its \
amendment, the order that authorized incarceration, the agreement itself, the proclamation as \
published (which gives its date), the Court's own opinion, and the official count by legal \
authority. \
A post or a column can point you to a claim, but repeating it does not settle it.`,
  },
  {
    id: "which-source-internment",
    type: "single-choice",
    prompt: `\
A classmate cites a 2025 news story saying the Alien Enemies Act was "last used to intern \
Japanese-American citizens." \
Which source would best settle whether that is right?`,
    difficulty: 2,
    objectiveIds: ["identify-settling-source", "classify-claims"],
    sourceIds: ["aea-statute", "eo-9066", "nara-enemy-aliens"],
    choices: [
      {
        id: "three-2025-news",
        text: "Three more 2025 news stories that repeat the same claim about the Act and citizens",
        feedback: "Stories often repeat one another. Agreement among copies is not confirmation.",
      },
      {
        id: "popular-post",
        text: "A popular post by a history enthusiast with many thousands of followers online",
        feedback: "Popularity is not evidence. Go to the documents themselves.",
      },
      {
        id: "act-text-covers",
        text: "The Act's text about who it covers, compared with the text of Executive Order 9066",
        correct: true,
      },
      {
        id: "proclamation-10903",
        text: "Proclamation 10903, the 2025 order that invoked the Act against Tren de Aragua",
        feedback: "The 2025 proclamation does not address how the Act was used in World War II.",
      },
    ],
    explanation: `\
The Act reaches only people "not actually naturalized," so it cannot reach citizens. \
Executive Order 9066 let commanders exclude "any or all persons," which is how citizens were \
removed. \
The National Archives' overview confirms the Act's separate World War II program for enemy aliens. \
More copies of the same story feel convincing but add no new evidence.`,
  },
  {
    id: "which-source-payment",
    type: "single-choice",
    prompt: `\
Which source would settle how much money the U.S. agreement with El Salvador actually provided?`,
    difficulty: 1,
    objectiveIds: ["identify-settling-source"],
    sourceIds: ["democracy-forward-release-2025", "ap-deportation-plan-2025"],
    choices: [
      {
        id: "foreign-leader",
        text: "A foreign leader's social-media comments about the agreement's fee",
        feedback: "Comments can describe a deal loosely; the written agreement states its terms.",
      },
      {
        id: "march-2025-news",
        text: "The March 2025 news report describing internal planning memos",
        feedback: `\
That report is accurate about what the memos suggested, but a planned figure is not the \
agreement's terms.`,
      },
      {
        id: "average-dollar",
        text: "An average of every dollar figure reported in the news",
        feedback: "Averaging different measurements produces a number that measures nothing.",
      },
      {
        id: "grant-agreement",
        text: "The grant agreement itself, released through litigation",
        correct: true,
      },
    ],
    explanation: `\
The agreement disclosed in court shows a $4.76 million State Department grant. \
The March report of about $6 million was accurate as a report of what internal memos described, \
which is why it is tempting, but it measured a planned price, not the agreement's terms. \
Both rest on about $20,000 per person: about 300 people were planned, and 238 were sent.`,
  },
  {
    id: "acts-timeline",
    type: "ordering",
    prompt: `\
To check the claim "the Alien and Sedition Acts all expired in 1800," put these events in order.`,
    difficulty: 2,
    objectiveIds: ["classify-claims", "apply-checking-method"],
    sourceIds: ["aea-1798-original", "britannica-alien-sedition", "frus-1918", "eo-9066", "proclamation-10903"],
    scoring: "kendall-tau",
    items: [
      {
        id: "naturalization-repealed",
        text: "Congress repeals the 1798 Naturalization Act",
      },
      {
        id: "sedition-expires",
        text: "The Sedition Act expires",
      },
      {
        id: "aea-enacted",
        text: "Congress passes the Alien Enemies Act",
      },
      {
        id: "proclamation-10903-signed",
        text: "The President signs Proclamation 10903",
      },
      {
        id: "eo-9066-signed",
        text: "President Roosevelt signs Executive Order 9066",
      },
      {
        id: "alien-friends-expires",
        text: "The Alien Friends Act expires",
      },
      {
        id: "males-limit-removed",
        text: "Congress removes the Alien Enemies Act's limit to males",
      },
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
    explanation: `\
1798: the Act is passed. \
1800: the Alien Friends Act expires. \
1801: the Sedition Act expires. \
1802: the Naturalization Act is repealed. \
1918: the "males" limit is removed. \
1942: Executive Order 9066. \
2025: Proclamation 10903. \
The timeline shows why the claim fails: only one act ended in 1800, and the Alien Enemies Act was \
still being amended in 1918 and used in 2025.`,
  },
  {
    id: "why-flights-disputed",
    type: "single-choice",
    prompt: `\
Why is the claim "the judge's ruling came too late because the flights had already left" labeled \
disputed rather than accurate or inaccurate?`,
    difficulty: 3,
    objectiveIds: ["explain-disputes", "classify-claims"],
    sourceIds: [
      "jgg-tro",
      "cerna-declaration-2025",
      "leavitt-statement",
      "jgg-contempt-opinion",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "dc-cir-dec-2025",
    ],
    choices: [
      {
        id: "judge-april-finding",
        text: "The judge's April finding proved the government was wrong, so the question is closed.",
        feedback: "A probable-cause finding is a preliminary step, and it was set aside on appeal.",
      },
      {
        id: "appeals-court",
        text: "An appeals court ruled that the judge was wrong, and that ruling settled the question.",
        feedback: `\
The panel vacated the probable-cause finding, but the full court's judges were divided and the \
inquiry continued. \
No court made a final finding either way.`,
      },
      {
        id: "planes-timing",
        text: "The planes' timing is supported, but whether the order was violated has no final finding.",
        correct: true,
      },
      {
        id: "nobody-knows",
        text: "Nobody knows whether any of the planes had taken off when the judge spoke at the hearing.",
        feedback: `\
The record supports that planes were in the air during the hearing. \
The dispute is about what legal effect the orders had.`,
      },
    ],
    explanation: `\
The claim bundles a supported fact with a legal conclusion. \
Two planes were in the air during the hearing; a third left after the written order, and an ICE \
official swore that everyone on it had a final removal order under ordinary immigration law. \
The White House said the order came after the men had left U.S. \
territory; Judge Boasberg found probable cause of willful disregard; a D.C. \
Circuit panel vacated that finding; a dissenting judge said six of eleven judges thought the panel \
erred; and in December 2025 the inquiry was paused again. \
As of December 4, 2026 there was no final finding, so a careful writer reports the dispute rather \
than resolving it.`,
  },
  {
    id: "flights-who-said-what",
    type: "matching",
    prompt: `\
Match each person to the position they took on the March 15, 2025 order. \
One position is not used.`,
    difficulty: 2,
    objectiveIds: ["explain-disputes"],
    sourceIds: ["leavitt-statement", "jgg-contempt-opinion", "dc-cir-mandamus", "bloomberg-declarations"],
    premises: [
      {
        id: "leavitt",
        text: "Karoline Leavitt, White House press secretary (March 17, 2025)",
      },
      {
        id: "boasberg",
        text: "Chief Judge James E. Boasberg (April 16, 2025)",
      },
      {
        id: "katsas",
        text: "Judge Katsas, D.C. Circuit panel (August 8, 2025)",
      },
      {
        id: "pillard",
        text: "Judge Pillard, dissenting (August 8, 2025)",
      },
      {
        id: "noem",
        text: "Kristi Noem, Secretary of Homeland Security (court declaration)",
      },
    ],
    responses: [
      {
        id: "planes-returned",
        text: "The planes were turned around and returned to the United States.",
      },
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
      {
        id: "instructions-clear",
        text: "The oral instructions made clear what compliance required.",
      },
      {
        id: "decided-on-advice",
        text: "She decided to complete the transfer on advice relayed from Justice Department leadership.",
      },
    ],
    pairs: {
      leavitt: "no-lawful-basis",
      boasberg: "willful-disregard",
      katsas: "removing-ambiguous",
      pillard: "instructions-clear",
      noem: "decided-on-advice",
    },
    explanation: `\
Attributing each position to its source is how you report a disputed question fairly. \
The unused statement is false: the planes were not turned around. \
Notice that judges on the same court reached different conclusions, which is one sign a question \
is disputed.`,
  },
  {
    id: "numbers-what-they-measure",
    type: "matching",
    prompt: `\
Each number below appeared in 2025 coverage. \
Match it to what it measures. \
One description is not used.`,
    difficulty: 2,
    objectiveIds: ["apply-checking-method"],
    sourceIds: ["wapo-figures", "npr-exchange", "ap-deportation-plan-2025", "democracy-forward-release-2025"],
    premises: [
      {
        id: "n-261",
        text: "261",
      },
      {
        id: "n-137",
        text: "137",
      },
      {
        id: "n-238",
        text: "238",
      },
      {
        id: "n-252",
        text: "252",
      },
      {
        id: "n-6m",
        text: "$6 million",
      },
      {
        id: "n-476m",
        text: "$4.76 million",
      },
    ],
    responses: [
      {
        id: "everyone-flown",
        text: "Everyone flown to El Salvador on March 15–16, 2025, per a White House official",
      },
      {
        id: "grant-amount",
        text: "The State Department grant in the agreement disclosed in court",
      },
      {
        id: "under-act",
        text: "Venezuelans removed under the Alien Enemies Act that weekend",
      },
      {
        id: "tda-in-agreement",
        text: `\
The Venezuelans the grant agreement refers to as TdA members held in El Salvador after the March \
flights`,
      },
      {
        id: "planned-price",
        text: `\
The price AP reported in March 2025, citing internal memos, for holding about 300 people for a year`,
      },
      {
        id: "returned-by-court",
        text: "People a court ordered returned to the United States",
      },
      {
        id: "july-exchange",
        text: `\
Venezuelans sent from El Salvador to Venezuela on July 18, 2025, including men who arrived in April`,
      },
    ],
    pairs: {
      "n-261": "everyone-flown",
      "n-137": "under-act",
      "n-238": "tda-in-agreement",
      "n-252": "july-exchange",
      "n-6m": "planned-price",
      "n-476m": "grant-amount",
    },
    explanation: `\
All six numbers are correct for what they count, which is why they get mixed up. \
261 is everyone flown; 137 is the part removed under the Act; 238 is the Venezuelans on the March \
flights (137 plus 101 under ordinary immigration law), the group the grant agreement refers to; \
252 is a later count that includes April arrivals; $6 million was a reported planned price; $4.76 \
million is the grant in the agreement. \
The two dollar figures agree on price: 300 × $20,000 is $6 million, and 238 × $20,000 is $4.76 \
million.`,
  },
  {
    id: "aea-removal-count",
    type: "numeric",
    prompt: `\
According to the breakdown a White House official gave the Washington Post, how many people were \
removed to El Salvador under the Alien Enemies Act on March 15–16, 2025?`,
    difficulty: 1,
    objectiveIds: ["apply-checking-method"],
    sourceIds: ["wapo-figures"],
    answer: {
      value: 137,
    },
    unit: "people",
    nearMisses: [
      {
        answer: {
          value: 261,
        },
        fraction: 0,
        feedback: "261 is everyone flown that weekend, under any law.",
      },
      {
        answer: {
          value: 252,
        },
        fraction: 0,
        feedback: "252 is a July count of Venezuelans sent to Venezuela, including men who arrived in April.",
      },
      {
        answer: {
          value: 238,
        },
        fraction: 0,
        feedback: `\
238 is all Venezuelans on the March flights, including 101 removed under ordinary immigration law.`,
      },
    ],
    explanation: `\
The official breakdown was 137 under the Alien Enemies Act, 101 other Venezuelans under ordinary \
immigration law, and 23 Salvadorans: 261 in all. \
A claim about the Act must use the count of people removed under the Act.`,
  },
  {
    id: "grant-amount",
    type: "numeric",
    prompt: `\
The grant agreement with El Salvador disclosed in court provided how many million dollars? \
(Enter a number such as 2.5.)`,
    difficulty: 2,
    objectiveIds: ["apply-checking-method", "classify-claims"],
    sourceIds: ["democracy-forward-release-2025", "ap-deportation-plan-2025"],
    answer: {
      value: 4.76,
      tolerance: 0.1,
    },
    unit: "million dollars",
    nearMisses: [
      {
        answer: {
          value: 6,
          tolerance: 0.01,
        },
        fraction: 0,
        feedback: `\
$6 million is what AP reported in March from internal memos, a planned price. \
The agreement shows a different amount.`,
      },
    ],
    explanation: `\
The agreement shows a $4.76 million grant from the State Department's Bureau of International \
Narcotics and Law Enforcement Affairs. \
Some reports round it to $4.8 million. \
The earlier $6 million figure was accurate as a report of planning memos, which is why it spread, \
but it does not describe the agreement: the grant covers the 238 men actually sent, at about \
$20,000 each.`,
  },
  {
    id: "price-2025-per-person",
    type: "numeric",
    prompt: `\
AP reported a planned payment of about $6 million to hold about 300 people for a year. \
The grant agreement provided $4.76 million for the 238 men sent in March. \
What price per person, in dollars, do both figures imply?`,
    difficulty: 2,
    objectiveIds: ["apply-checking-method"],
    sourceIds: ["ap-deportation-plan-2025", "democracy-forward-release-2025"],
    answer: {
      value: 20000,
    },
    unit: "dollars",
    nearMisses: [
      {
        answer: {
          value: 15867,
          tolerance: 10,
        },
        fraction: 0,
        feedback: `\
That divides the grant by 300, the planned number. \
The grant was for the 238 men actually sent.`,
      },
      {
        answer: {
          value: 25210,
          tolerance: 10,
        },
        fraction: 0,
        feedback: `\
That divides the planned $6 million by 238. \
The $6 million was for about 300 people.`,
      },
    ],
    explanation: `\
$6,000,000 ÷ 300 = $20,000, and $4,760,000 ÷ 238 = $20,000. \
The two totals differ because they count different groups, not because either source got the \
price wrong. \
Before calling a number wrong, ask what it counts.`,
  },
  {
    id: "lateral-reading-scenario",
    type: "single-choice",
    prompt: `\
You find an unfamiliar website with a polished design and a detailed "About us" page. \
It says the Alien Enemies Act was repealed decades ago. \
Following the lateral-reading method, what should you do first?`,
    difficulty: 1,
    objectiveIds: ["apply-checking-method"],
    sourceIds: ["caulfield-lateral-reading"],
    choices: [
      {
        id: "leave-site-open",
        text: "Leave the site and open new tabs to see what other sources say about it and its claim.",
        correct: true,
      },
      {
        id: "trust-design",
        text: "Trust it if the design looks professional and there are no spelling or grammar mistakes.",
        feedback: "Design is easy to fake and says nothing about accuracy.",
      },
      {
        id: "read-site-page",
        text: 'Read the site\'s "About us" page closely to judge whether the people behind it are credible.',
        feedback: "What a site says about itself is the least independent evidence you can get.",
      },
      {
        id: "keep-reading",
        text: "Keep reading the site to see whether its other articles on the law seem reasonable.",
        feedback: "That is reading vertically, staying inside the source you are trying to evaluate.",
      },
    ],
    explanation: `\
Lateral readers get their bearings from other sources before trusting a new one. \
Here, a quick lateral check would also lead you upstream to the current U.S. \
Code, which still contains the Act. \
The tempting answer, reading the About page, relies on the site to vouch for itself.`,
  },
  {
    id: "number-checking-habits",
    type: "multiple-choice",
    prompt: `\
A story says "252 Venezuelans deported under the Alien Enemies Act were freed in July." \
Which checks would help you test this sentence? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["apply-checking-method"],
    sourceIds: ["wapo-figures", "npr-exchange", "caulfield-lateral-reading"],
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "official-breakdown",
        text: "Compare it with the official breakdown of the March flights by legal authority",
        correct: true,
      },
      {
        id: "252-back-first",
        text: "Trace the 252 back to where it first appeared, such as a government statement",
        correct: true,
      },
      {
        id: "treat-252-261",
        text: "Treat 252 and 261 as the same group, since the two numbers are so close",
        feedback: "Close numbers can measure very different groups.",
      },
      {
        id: "see-includes",
        text: "See whether it includes people sent to El Salvador at other times, such as April",
        correct: true,
      },
      {
        id: "ask-group-252",
        text: "Ask what group the 252 counts and under what law each was removed",
        correct: true,
      },
      {
        id: "accept-number",
        text: "Accept the number if several well-known outlets repeat the same figure",
        feedback: "Outlets often repeat one another; repetition is not confirmation.",
      },
    ],
    explanation: `\
252 counts Venezuelans sent from El Salvador to Venezuela in July, including April arrivals; only \
137 were removed under the Act in March. \
Asking what a number counts, comparing it with an official breakdown, checking dates and going \
upstream to where the number first appeared would expose the error. \
Counting how many outlets repeat a number does not.`,
  },
  {
    id: "original-text-excerpt",
    type: "single-choice",
    prompt: `\
Read the excerpt from the original 1798 Act in the sources. \
A classmate says the claim "the Act applies only to men" is accurate because the original law says \
"males." \
What is the best response?`,
    difficulty: 2,
    objectiveIds: ["classify-claims", "apply-checking-method"],
    sourceIds: ["aea-1798-original", "frus-1918", "aea-statute"],
    excerptSourceId: "aea-1798-original",
    choices: [
      {
        id: "claim-disputed",
        text: "The claim is disputed, because the 1798 text and the current text of the law disagree.",
        feedback: "No one disputes what the current text says. An outdated fact is inaccurate, not disputed.",
      },
      {
        id: "classmate-original",
        text: "The classmate is right, because the original text of a law always controls how it is read today.",
        feedback: "Congress can amend a law; the current text is what applies.",
      },
      {
        id: "1798-text-said",
        text: 'The 1798 text said "males," but a 1918 amendment removed that limit, so the claim is wrong now.',
        correct: true,
      },
      {
        id: "1798-text-never",
        text: "The 1798 text never mentioned males; the limit was added by an amendment in 1918.",
        feedback: `\
Read the excerpt again: it says "being males of the age of fourteen years and upwards." \
The 1918 amendment removed that limit.`,
      },
    ],
    explanation: `\
The original text covered people "being males of the age of fourteen years and upwards." \
The Act of April 16, 1918 struck out the limit; the current § 21 says "being of the age of \
fourteen years and upward." \
Checking the date of the text you are reading is part of going to the primary source.`,
  },
  {
    id: "cloze-1942-reasoning",
    type: "cloze",
    prompt: `\
Read the excerpt from the current text of 50 U.S.C. § 21 in the sources, then complete the \
reasoning.`,
    difficulty: 2,
    objectiveIds: ["classify-claims", "identify-settling-source"],
    sourceIds: ["aea-statute", "eo-9066"],
    excerptSourceId: "aea-statute",
    text: `\
The Act reaches people "within the United States and not actually {{blank-1}}." \
So a U.S. citizen {{blank-2}} be treated as an alien enemy under this text, and the claim that the \
Act was used to intern Japanese-American citizens is {{blank-3}}. \
The mass incarceration of Japanese Americans rested mainly on {{blank-4}}.`,
    blanks: [
      {
        id: "blank-1",
        kind: "text",
        answers: [
          {
            text: "naturalized",
          },
          {
            text: "naturalised",
          },
        ],
        matching: {
          typoTolerance: 0.2,
        },
      },
      {
        id: "blank-2",
        kind: "choice",
        choices: [
          {
            id: "can",
            text: "can",
          },
          {
            id: "cannot",
            text: "cannot",
            correct: true,
          },
        ],
      },
      {
        id: "blank-3",
        kind: "choice",
        choices: [
          {
            id: "inaccurate",
            text: "inaccurate",
            correct: true,
          },
          {
            id: "disputed",
            text: "disputed",
          },
          {
            id: "accurate",
            text: "accurate",
          },
        ],
      },
      {
        id: "blank-4",
        kind: "choice",
        choices: [
          {
            id: "eo-9066",
            text: "Executive Order 9066",
            correct: true,
          },
          {
            id: "proclamation-2525",
            text: "Proclamation 2525",
          },
          {
            id: "sedition-act",
            text: "the Sedition Act",
          },
        ],
      },
    ],
    explanation: `\
The statute covers only people who are "not actually naturalized," so citizens fall outside it. \
The claim is inaccurate, not disputed, because the text answers it. \
Proclamation 2525 is the tempting wrong choice: it did use the Act, but against Japanese \
nationals, not citizens. \
Executive Order 9066 was the main basis for incarcerating citizens.`,
  },
  {
    id: "eo-9066-excerpt",
    type: "single-choice",
    prompt: `\
Read the excerpt from Executive Order 9066 in the sources and compare it with the Alien Enemies \
Act. \
Which difference explains why Executive Order 9066, not the Act, could be used against U.S. \
citizens?`,
    difficulty: 3,
    objectiveIds: ["identify-settling-source", "classify-claims"],
    sourceIds: ["eo-9066", "aea-statute", "endo"],
    excerptSourceId: "eo-9066",
    choices: [
      {
        id: "order-reach-persons",
        text: 'The order could reach "any or all persons," while the Act reaches only those "not actually naturalized."',
        correct: true,
      },
      {
        id: "act-used-peacetime",
        text: "The Act could be used only in peacetime, while the order was written for use during a war.",
        feedback: `\
The Act is a wartime law: it applies during a declared war or an invasion or predatory incursion.`,
      },
      {
        id: "order-applied",
        text: "The order applied only to German nationals, while the Act covered both Japanese nationals and U.S. citizens.",
        feedback: "The order named no group at all, and the Act covers no citizens.",
      },
      {
        id: "executive-order",
        text: "Executive Order 9066 was a law passed by Congress, while the Act was a presidential order.",
        feedback:
          "It was the reverse: the order was signed by President Roosevelt, and the Act was passed by Congress.",
      },
    ],
    explanation: `\
Reading the two texts side by side settles the claim. \
The order's "any or all persons" has no citizenship limit; the Act's "not actually naturalized" \
does. \
That is why citizens were incarcerated under the order and not under the Act.`,
  },
  {
    id: "still-in-force",
    type: "short-text",
    prompt: `\
Of the four 1798 laws known as the Alien and Sedition Acts, which one is still federal law today? \
Give its name.`,
    difficulty: 1,
    objectiveIds: ["classify-claims"],
    sourceIds: ["britannica-alien-sedition", "aea-statute"],
    answers: [
      {
        text: "Alien Enemies Act",
      },
      {
        text: "Alien Enemy Act",
      },
      {
        text: "An Act respecting Alien Enemies",
      },
      {
        text: "Act respecting Alien Enemies",
      },
    ],
    matching: {
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
    explanation: `\
The Alien Enemies Act never expired and is codified at 50 U.S.C. §§ 21–24. \
The Alien Friends Act, a different law that reached aliens even in peacetime, expired in 1800. \
Confusing the two leads to the "all expired in 1800" error.`,
  },
  {
    id: "proclamation-proves-claim",
    type: "true-false",
    prompt: `\
True or false: Reading Proclamation 10903 settles whether Tren de Aragua acts at the direction of \
Venezuela's government.`,
    difficulty: 2,
    objectiveIds: ["identify-settling-source", "explain-disputes"],
    sourceIds: ["proclamation-10903", "asr-v-trump", "jav-v-trump", "nic-assessment-2025", "doj-letter-jan-2026"],
    answer: false,
    feedbackTrue: `\
The proclamation is the best evidence of what the government claimed, not proof that the claim is \
true.`,
    feedbackFalse: `\
Right. \
A primary source settles what it says; whether its factual claims are true is a separate question.`,
    explanation: `\
Proclamation 10903 is the primary source for the government's finding that TdA acts at the Maduro \
government's direction. \
Judge Haines deferred to that finding, and other courts resolved their cases without testing it. \
Other evidence points both ways: an April 2025 intelligence assessment judged that the Maduro \
government probably was not directing TdA, while in January 2026 the Justice Department said \
Maduro's indictment "reinforces" the finding. \
So the proclamation settles the claim "the government asserted this," but not the claim "this is \
true."`,
  },
  {
    id: "scotus-merits-status",
    type: "true-false",
    prompt: `\
True or false: As of December 4, 2026, the Supreme Court had decided whether Tren de Aragua's activity \
is an "invasion or predatory incursion" under the Alien Enemies Act.`,
    difficulty: 1,
    objectiveIds: ["classify-claims", "explain-disputes"],
    sourceIds: ["trump-v-jgg", "aarp-v-trump", "en-banc-argument-report"],
    answer: false,
    feedbackTrue: `\
Not as of December 4, 2026. \
Trump v. \
J.G.G. and A.A.R.P. dealt with where to sue and what notice is due.`,
    feedbackFalse: "Correct, as of December 4, 2026. Check for newer rulings before relying on this.",
    explanation: `\
The Supreme Court's 2025 rulings addressed venue and notice, not the central question. \
The full Fifth Circuit heard argument on January 22, 2026, and no decision had been reported in \
the sources as of December 4, 2026. \
Any claim about the final answer should carry an "as of" date.`,
  },
  {
    id: "assessment-2025-finding",
    type: "true-false",
    prompt: `\
True or false: A U.S. \
intelligence assessment dated April 7, 2025 judged it unlikely that Venezuela's government was \
directing Tren de Aragua's operations in the United States.`,
    difficulty: 2,
    objectiveIds: ["explain-disputes", "identify-settling-source"],
    sourceIds: ["nic-assessment-2025", "proclamation-10903"],
    answer: true,
    feedbackFalse: `\
The memorandum, released in May 2025, said the Maduro government "probably does not have a policy \
of cooperating with TDA and is not directing" its operations in the United States.`,
    explanation: `\
True. \
The National Intelligence Council's memorandum reached that judgment, with FBI analysts partly \
dissenting. \
It was released in May 2025 after a public-records request. \
It is strong evidence about what the intelligence agencies concluded, but it is not a court ruling, \
so the claim that TdA acts at the Maduro government's direction remains disputed.`,
  },
  {
    id: "plane-three-timing",
    type: "true-false",
    prompt: `\
True or false: One of the three planes that carried Venezuelan men from Texas toward El Salvador \
on March 15, 2025 took off after the judge's written order was entered.`,
    difficulty: 2,
    objectiveIds: ["explain-disputes", "apply-checking-method"],
    sourceIds: ["cerna-declaration-2025", "jgg-tro"],
    answer: true,
    feedbackFalse: `\
Two planes left during the hearing, but an ICE official's sworn declaration says a third took off \
after the order.`,
    explanation: `\
True. \
An ICE official swore that the third plane left after the order, but that everyone on it had a \
final removal order under ordinary immigration law, so none was removed under the proclamation \
alone. \
The timing is a checkable fact; whether the order was obeyed is still disputed.`,
  },
] satisfies Lesson["questions"];
