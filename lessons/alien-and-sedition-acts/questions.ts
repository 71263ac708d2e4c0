import type { Lesson } from "civics-lessons";

/** The questions, in authored order. */
export const questions = [
  {
    id: "match-acts-to-what-they-did",
    type: "matching",
    prompt: "Match each 1798 law to what it did. One description does not match any law.",
    difficulty: 1,
    objectiveIds: ["describe-four-acts"],
    sourceIds: ["naturalization-act-1798", "alien-friends-act", "aea-statute", "sedition-act", "nara-todays-doc"],
    premises: [
      {
        id: "naturalization",
        text: "Naturalization Act",
      },
      {
        id: "alien-friends",
        text: "Alien Friends Act",
      },
      {
        id: "alien-enemies",
        text: "Alien Enemies Act",
      },
      {
        id: "sedition",
        text: "Sedition Act",
      },
    ],
    responses: [
      {
        id: "wartime-nationals",
        text: `\
Let the President restrain and remove non-naturalized nationals of a hostile nation in war or \
invasion`,
      },
      {
        id: "suspend-habeas",
        text: "Let the President suspend the writ of habeas corpus in wartime",
      },
      {
        id: "residency-14",
        text: "Raised the residence required for citizenship from 5 to 14 years",
      },
      {
        id: "false-writing",
        text: "Made it a crime to publish false, scandalous and malicious writing against the government",
      },
      {
        id: "deport-dangerous",
        text: "Let the President deport any alien he judged dangerous, even in peacetime",
      },
    ],
    pairs: {
      naturalization: "residency-14",
      "alien-friends": "deport-dangerous",
      "alien-enemies": "wartime-nationals",
      sedition: "false-writing",
    },
    explanation: `\
The Naturalization Act changed the path to citizenship (5 to 14 years). \
The Alien Friends Act reached any alien the President judged dangerous, with no war required. \
The Alien Enemies Act reached only nationals of a hostile nation and only in war or invasion. \
The Sedition Act punished certain writing against the government. \
None of the four laws dealt with habeas corpus. \
The two alien laws are the pair students mix up most: one needs no war, the other does.`,
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
      "elliot-kentucky-resolutions",
      "britannica-alien-sedition",
      "sedition-act",
      "gilder-lehrman-sedition",
    ],
    items: [
      {
        id: "alien-enemies",
        text: "Alien Enemies Act becomes law",
      },
      {
        id: "sedition-expires",
        text: "Sedition Act expires on its built-in end date",
      },
      {
        id: "sedition",
        text: "Sedition Act becomes law",
      },
      {
        id: "kentucky",
        text: "Kentucky's legislature adopts Jefferson's resolutions",
      },
      {
        id: "naturalization",
        text: "Naturalization Act becomes law",
      },
      {
        id: "naturalization-repealed",
        text: "Congress repeals the Naturalization Act",
      },
      {
        id: "virginia",
        text: "Virginia adopts Madison's resolutions",
      },
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
    explanation: `\
The laws came in quick succession in the summer of 1798: Naturalization (June 18), Alien Enemies \
(July 6), Sedition (July 14). \
The state protests followed: Kentucky's House and Senate passed theirs on November 10 and 13, and \
Virginia adopted its resolutions on December 21, 1798. \
The Sedition Act ran out on March 3, 1801, and Congress repealed the Naturalization Act in 1802. \
A common slip is to place the resolutions before the Sedition Act; they were a response to it, so \
they had to come after.`,
  },
  {
    id: "which-law-survives",
    type: "single-choice",
    prompt: "Which of the four 1798 laws is still in force today?",
    difficulty: 1,
    objectiveIds: ["explain-aea-survival"],
    sourceIds: ["aea-statute", "britannica-alien-sedition", "ludecke"],
    choices: [
      {
        id: "naturalization",
        text: "The Naturalization Act",
        feedback: "Congress repealed the Naturalization Act of 1798 in 1802.",
      },
      {
        id: "alien-enemies",
        text: "The Alien Enemies Act",
        correct: true,
      },
      {
        id: "sedition",
        text: "The Sedition Act",
        feedback: "The Sedition Act expired on March 3, 1801, the end date written into it.",
      },
      {
        id: "alien-friends",
        text: "The Alien Friends Act",
        feedback: `\
The Alien Friends Act was limited to two years and expired in 1800. \
Its name is easy to confuse with the Alien Enemies Act.`,
      },
    ],
    explanation: `\
Only the Alien Enemies Act survives. \
It is now 50 U.S.C. §§ 21–24, and in 1948 the Supreme Court called it the law of the land, \
virtually unchanged since 1798. \
The Alien Friends Act is the tempting wrong answer because the names are so alike, but it expired \
in 1800.`,
  },
  {
    id: "claim-all-expired",
    type: "true-false",
    prompt: `\
Check this often-repeated claim: all of the Alien and Sedition Acts had expired or been repealed \
by 1802.`,
    difficulty: 1,
    objectiveIds: ["explain-aea-survival"],
    sourceIds: ["britannica-alien-sedition", "aea-statute", "nara-todays-doc"],
    answer: false,
    feedbackTrue: `\
This is a common mistake, even in some respected summaries. \
Three of the laws ended, but the Alien Enemies Act had no end date and was never repealed.`,
    feedbackFalse: `\
Right. \
The Alien Enemies Act never expired and was never repealed; it is now 50 U.S.C. §§ 21–24.`,
    explanation: `\
The claim is false. \
The Alien Friends Act expired in 1800, the Sedition Act in 1801, and Congress repealed the \
Naturalization Act in 1802. \
The Alien Enemies Act is still law. \
The claim sounds right because the four laws are usually taught as a package.`,
  },
  {
    id: "naturalization-residence-years",
    type: "numeric",
    prompt: `\
Under the Naturalization Act of 1798, how many years of residence did an immigrant need before \
becoming a citizen?`,
    difficulty: 1,
    objectiveIds: ["describe-four-acts"],
    sourceIds: ["naturalization-act-1798", "nara-todays-doc"],
    answer: {
      value: 14,
    },
    nearMisses: [
      {
        answer: {
          value: 5,
        },
        fraction: 0,
        feedback: "Five years was the requirement before 1798. The new law raised it.",
      },
    ],
    unit: "years",
    explanation: `\
The act raised the requirement from 5 to 14 years. \
Students sometimes give 5, which was the old rule the law replaced. \
Congress repealed this law in 1802.`,
  },
  {
    id: "read-sedition-act-excerpt",
    type: "multiple-choice",
    prompt: `\
Read the excerpt from the Sedition Act: "any false, scandalous and malicious writing or writings \
against the government of the United States, or either house of the Congress of the United States, \
or the President of the United States." \
Writing against which of these does the excerpt cover? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["read-primary-text"],
    sourceIds: ["sedition-act", "britannica-resolutions"],
    excerptSourceId: "sedition-act",
    scoring: "every-decision-counts",
    choices: [
      {
        id: "government",
        text: "The government of the United States",
        correct: true,
      },
      {
        id: "house-of-congress",
        text: "Either house of Congress",
        correct: true,
      },
      {
        id: "vice-president",
        text: "The Vice President",
        feedback: `\
The Vice President is not named in the excerpt. \
At the time the Vice President was Thomas Jefferson, who later that year secretly drafted the \
Kentucky Resolutions against the laws.`,
      },
      {
        id: "state-governments",
        text: "State governments",
        feedback: "The excerpt names only federal institutions and the President.",
      },
      {
        id: "president",
        text: "The President",
        correct: true,
      },
    ],
    explanation: `\
The excerpt lists three targets: the federal government, either house of Congress, and the \
President. \
It does not name the Vice President. \
That office was then held by Thomas Jefferson, a leader of the opposition, which makes the list \
worth noticing. \
Reading the exact list, rather than assuming it covered every official, is the point of close \
reading.`,
  },
  {
    id: "resolutions-1798-clause",
    type: "single-choice",
    prompt: `\
Virginia's 1798 resolutions said the Sedition Act used a power "expressly and positively forbidden \
by one of the amendments thereto." \
Which amendment did they mean?`,
    difficulty: 2,
    objectiveIds: ["read-primary-text", "compare-arguments"],
    sourceIds: ["virginia-resolutions", "us-constitution", "gilder-lehrman-sedition"],
    excerptSourceId: "virginia-resolutions",
    choices: [
      {
        id: "tenth-amendment",
        text: "The Tenth Amendment's reservation of power to the states",
        feedback: `\
The resolutions did stress limits on federal power, but the phrase about a power "forbidden" by an \
amendment points to the one that directly restricts laws on speech and the press.`,
      },
      {
        id: "sixth-amendment",
        text: "The Sixth Amendment's guarantee of a trial by jury",
        feedback: `\
People charged under the Sedition Act did get jury trials. \
The complaint was that the law itself punished published criticism.`,
      },
      {
        id: "first-amendment",
        text: "The First Amendment's protection of speech and the press",
        correct: true,
      },
      {
        id: "fifth-amendment",
        text: "The Fifth Amendment's guarantee of due process of law",
        feedback: `\
The Sedition Act was a speech law; the resolutions' complaint about it concerned the press.`,
      },
    ],
    hints: ["The Sedition Act punished writing. Which amendment protects the press?"],
    explanation: `\
The First Amendment says "Congress shall make no law ... abridging the freedom of speech, or of \
the press," and the Sedition Act punished published writing. \
The Tenth Amendment is tempting because the resolutions also argued about states' rights, but it \
reserves undelegated powers rather than forbidding a specific kind of law.`,
  },
  {
    id: "kentucky-resolutions-author",
    type: "short-text",
    prompt: "Who secretly drafted the Kentucky Resolutions of 1798 while serving as Vice President?",
    difficulty: 1,
    objectiveIds: ["compare-arguments"],
    sourceIds: ["britannica-resolutions", "founders-kentucky-note"],
    answers: [
      {
        text: "Thomas Jefferson",
      },
      {
        text: "Jefferson",
      },
    ],
    matching: {
      caseSensitive: false,
      ignoreDiacritics: true,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
    explanation: `\
Thomas Jefferson, then Vice President, secretly drafted the Kentucky Resolutions; John \
Breckinridge introduced them. \
James Madison, the other common guess, drafted Virginia's resolutions. \
Jefferson kept his role secret at the time; John Taylor named him in print in 1814, and Jefferson \
confirmed it only in 1821.`,
  },
  {
    id: "feature-sort-1798",
    type: "categorize",
    prompt: "Sort each feature into the law it describes.",
    difficulty: 2,
    objectiveIds: ["describe-four-acts", "explain-aea-survival"],
    sourceIds: ["alien-friends-act", "aea-statute", "nara-todays-doc"],
    categories: [
      {
        id: "alien-friends",
        text: "Alien Friends Act",
      },
      {
        id: "alien-enemies",
        text: "Alien Enemies Act",
      },
    ],
    items: [
      {
        id: "concerning-aliens",
        text: 'Officially "An Act Concerning Aliens"',
        categoryId: "alien-friends",
      },
      {
        id: "proclamation",
        text: "Needs a public proclamation by the President",
        categoryId: "alien-enemies",
      },
      {
        id: "two-years",
        text: "Limited to two years",
        categoryId: "alien-friends",
      },
      {
        id: "war-or-invasion",
        text: `\
Needs a declared war or an invasion or predatory incursion by a foreign nation or government`,
        categoryId: "alien-enemies",
      },
      {
        id: "hostile-nationals",
        text: "Covers non-naturalized people aged 14 or older from the hostile nation",
        categoryId: "alien-enemies",
      },
      {
        id: "peacetime",
        text: "Could be used in peacetime",
        categoryId: "alien-friends",
      },
      {
        id: "no-end-date",
        text: "Has no end date and is still law",
        categoryId: "alien-enemies",
      },
      {
        id: "any-alien",
        text: "Reached any alien the President judged dangerous",
        categoryId: "alien-friends",
      },
    ],
    explanation: `\
The Alien Friends Act was broad (any alien, no war needed) but temporary (two years). \
The Alien Enemies Act is narrow (only nationals of a hostile nation, only in war or invasion, only \
after a proclamation) but permanent. \
Students often assume the law still on the books must be the broader one; it is the narrower one.`,
  },
  {
    id: "fates-of-the-acts-cloze",
    type: "cloze",
    prompt: "Complete the summary of what happened to each law.",
    difficulty: 2,
    objectiveIds: ["describe-four-acts", "explain-aea-survival"],
    sourceIds: ["britannica-alien-sedition", "nara-todays-doc", "aea-statute", "sedition-act"],
    text: `\
The Alien Friends Act expired in {{blank-1}}. \
The Sedition Act expired in 1801, on the date written into it. \
Congress {{blank-2}} the Naturalization Act in 1802. \
The Alien Enemies Act had no end date and is now found at Title {{blank-3}} of the U.S. \
Code.`,
    blanks: [
      {
        id: "blank-1",
        kind: "choice",
        choices: [
          {
            id: "y1800",
            text: "1800",
            correct: true,
          },
          {
            id: "y1801",
            text: "1801",
          },
          {
            id: "y1802",
            text: "1802",
          },
        ],
      },
      {
        id: "blank-2",
        kind: "choice",
        choices: [
          {
            id: "amended",
            text: "amended",
          },
          {
            id: "renewed",
            text: "renewed",
          },
          {
            id: "repealed",
            text: "repealed",
            correct: true,
          },
        ],
      },
      {
        id: "blank-3",
        kind: "text",
        answers: [
          {
            text: "50",
          },
        ],
      },
    ],
    explanation: `\
The Alien Friends Act ran its two-year course and expired in 1800; the Sedition Act expired in \
1801; Congress repealed the Naturalization Act in 1802. \
The Alien Enemies Act lives on at 50 U.S.C. §§ 21–24. \
A common error is to give 1800 for both alien laws, which wrongly suggests the Alien Enemies Act \
expired too.`,
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
      "fjc-sedition-narrative",
    ],
    categories: [
      {
        id: "supporters",
        text: "Federalist supporters of the laws",
      },
      {
        id: "critics",
        text: "Democratic-Republican critics of the laws",
      },
    ],
    items: [
      {
        id: "prior-restraint",
        text: "The First Amendment bans only prior restraint, not punishment after publication",
        categoryId: "supporters",
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
      {
        id: "security",
        text: "The Sedition Act is needed for national security during the Quasi-War",
        categoryId: "supporters",
      },
      {
        id: "forbidden",
        text: "The Sedition Act uses a power forbidden by an amendment to the Constitution",
        categoryId: "critics",
      },
      {
        id: "self-protection",
        text: "A government has an inherent right to protect itself",
        categoryId: "supporters",
      },
    ],
    explanation: `\
Supporters framed the laws as wartime security and read the First Amendment narrowly, as a ban on \
prior restraint. \
Critics, including the authors of the Virginia and Kentucky Resolutions, argued the Sedition Act \
violated the First Amendment, that the laws targeted political opponents, and that states could \
judge federal overreach. \
This question asks who argued what, not who was right. \
The charge about opponents was the critics' argument in 1798, but the later court record fits it: \
the Federal Judicial Center reports that everyone prosecuted under the Sedition Act was an opponent \
of the Adams administration.`,
  },
  {
    id: "survival-reason",
    type: "single-choice",
    prompt: "Why is the Alien Enemies Act still law when the other three 1798 laws are not?",
    difficulty: 2,
    objectiveIds: ["explain-aea-survival"],
    sourceIds: ["aea-statute", "britannica-alien-sedition", "nara-todays-doc", "ludecke", "frus-1918"],
    choices: [
      {
        id: "supreme-court",
        text: "The Supreme Court struck down the other three laws in 1803.",
        feedback: "The other laws ended by expiring or by repeal, not by a court ruling.",
      },
      {
        id: "virginia-kentucky",
        text: "Virginia and Kentucky persuaded Congress to cancel the other three.",
        feedback: "The resolutions protested the laws but did not end any of them.",
      },
      {
        id: "congress-lapse",
        text: "Congress let it lapse in 1800 and passed it again in 1918.",
        feedback: `\
It never lapsed. \
The 1918 law amended it, removing the limit to males; the Supreme Court later called it virtually \
unchanged since 1798.`,
      },
      {
        id: "end-date-congress",
        text: "It had no end date, and Congress never voted to repeal it.",
        correct: true,
      },
    ],
    explanation: `\
The difference is built into the laws. \
The Alien Friends Act (two years) and the Sedition Act (until March 3, 1801) had end dates, and \
Congress repealed the Naturalization Act in 1802. \
The Alien Enemies Act had no end date and was never repealed; its one major change was the 1918 \
amendment covering women. \
The 1918 date tempts some students into thinking the law was re-passed, but it was amended, not \
re-enacted.`,
  },
  {
    id: "original-scope-1798",
    type: "true-false",
    prompt: "As first written in 1798, the Alien Enemies Act applied only to males.",
    difficulty: 2,
    objectiveIds: ["explain-aea-survival"],
    sourceIds: ["aea-statute", "frus-1918"],
    answer: true,
    feedbackTrue: "Right. The limit to males lasted until the amendment of April 16, 1918.",
    feedbackFalse:
      'The 1798 text said "being males of the age of fourteen years and upwards." Women were added in 1918.',
    explanation: `\
The original Act reached only males. \
An Act of April 16, 1918 removed that limit, and President Wilson extended the alien-enemy rules \
to women by proclamation on April 19, 1918. \
Some summaries still describe the law as covering only men, which has been wrong since 1918.`,
  },
  {
    id: "apply-aea-excerpt",
    type: "single-choice",
    prompt: `\
Read the Alien Enemies Act excerpt. \
Suppose the United States has declared war on a country called Freedonia, and the President has \
issued a public proclamation. \
Which person fits the excerpt's description of those "liable to be apprehended, restrained, \
secured, and removed as alien enemies"?`,
    difficulty: 3,
    objectiveIds: ["read-primary-text", "explain-aea-survival"],
    sourceIds: ["aea-statute", "nara-enemy-aliens"],
    excerptSourceId: "aea-statute",
    choices: [
      {
        id: "naturalized",
        text: "A 50-year-old born in Freedonia who became a naturalized U.S. citizen years ago",
        feedback: `\
The excerpt covers only people "not actually naturalized." \
Naturalized citizens are outside it.`,
      },
      {
        id: "adult-citizen-of-enemy",
        text: "A 30-year-old Freedonian citizen living in Ohio who never became a U.S. citizen",
        correct: true,
      },
      {
        id: "us-born",
        text: "A U.S.-born citizen whose parents came from Freedonia",
        feedback: `\
This person is a U.S. citizen by birth, not an alien. \
The Act reaches only alien enemies, so no U.S. citizen is covered, whether born here or naturalized.`,
      },
      {
        id: "twelve-year-old",
        text: "A 12-year-old Freedonian citizen visiting relatives in Texas",
        feedback: 'The excerpt covers people "of the age of fourteen years and upward."',
      },
    ],
    hints: ["Check three things in the excerpt: nationality, age, and naturalization."],
    explanation: `\
The excerpt has three tests: the person is a native, citizen, denizen or subject of the hostile \
nation; is 14 or older; and is in the United States and not naturalized. \
Only the 30-year-old Freedonian who never naturalized meets all three. \
The U.S.-born child of immigrants is the key contrast: that person is not "naturalized" either, but \
is a citizen and not an alien, and the Act reaches only alien enemies.`,
  },
  {
    id: "resolutions-statements",
    type: "multiple-choice",
    prompt: `\
Which statements about the Virginia and Kentucky Resolutions are accurate? \
Select all that apply.`,
    difficulty: 2,
    objectiveIds: ["compare-arguments"],
    sourceIds: [
      "britannica-resolutions",
      "virginia-resolutions",
      "founders-kentucky-note",
      "britannica-alien-sedition",
    ],
    scoring: "right-minus-wrong",
    choices: [
      {
        id: "jefferson-publicly",
        text: "Jefferson publicly claimed Kentucky's resolutions in 1798.",
        feedback: `\
He kept silent. \
John Taylor named him in print in 1814, and Jefferson confirmed his role only in 1821.`,
      },
      {
        id: "authors-kept",
        text: "Both authors kept their roles secret at the time.",
        correct: true,
      },
      {
        id: "james-madison-drafted-kentucky",
        text: "James Madison drafted Kentucky's resolutions.",
        feedback: "Jefferson drafted Kentucky's; Madison drafted Virginia's.",
      },
      {
        id: "led-supreme-court",
        text: "They led the Supreme Court to strike down the Sedition Act.",
        feedback: "No court struck the law down; it expired on its own end date in 1801.",
      },
      {
        id: "james-madison-drafted-virginia",
        text: "James Madison drafted Virginia's resolutions.",
        correct: true,
      },
    ],
    explanation: `\
Madison drafted Virginia's resolutions and Jefferson drafted Kentucky's, both in secret. \
Jefferson did not claim his role in 1798; John Taylor named him in print in 1814, and Jefferson \
confirmed it only in 1821. \
The resolutions did not end the Sedition Act; it expired on March 3, 1801. \
Mixing up which author wrote which state's resolutions is the most common error.`,
  },
  {
    id: "name-the-conflict",
    type: "short-text",
    prompt: `\
What name do historians give the undeclared naval conflict with France during which the Alien and \
Sedition Acts were passed?`,
    difficulty: 1,
    objectiveIds: ["explain-context"],
    sourceIds: ["nara-todays-doc", "gilder-lehrman-sedition", "crs-lsb11269"],
    answers: [
      {
        text: "Quasi-War",
      },
      {
        text: "Quasi War",
      },
      {
        text: "the Quasi-War",
      },
    ],
    matching: {
      caseSensitive: false,
      ignoreDiacritics: true,
      ignorePunctuation: true,
      typoTolerance: 0.2,
    },
    explanation: `\
It is called the Quasi-War because the two countries fought at sea without a formal declaration of \
war. \
That matters for the Alien Enemies Act, passed during it: the Act required a declared war or an \
invasion, and it was not used until the War of 1812.`,
  },
  {
    id: "setting-summer-1798",
    type: "single-choice",
    prompt: `\
Which description best fits the situation when Congress passed the Alien and Sedition Acts in the \
summer of 1798?`,
    difficulty: 2,
    objectiveIds: ["explain-context"],
    sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "nara-todays-doc"],
    choices: [
      {
        id: "declared-war",
        text: "A declared war with France, approved by Congress that spring",
        feedback: "Congress never declared war on France; that is why the conflict is called the Quasi-War.",
      },
      {
        id: "war-1812-britain",
        text: "The War of 1812 against Britain, fought on land and at sea",
        feedback: `\
That war came 14 years later. \
It was, however, the first time the Alien Enemies Act was used.`,
      },
      {
        id: "undeclared-naval",
        text: "An undeclared naval war with France, under a Federalist Congress",
        correct: true,
      },
      {
        id: "undeclared-war",
        text: "An undeclared war with France, under a Democratic-Republican Congress",
        feedback: "Adams's own party, the Federalists, controlled Congress and passed the laws.",
      },
    ],
    explanation: `\
The laws came during the undeclared Quasi-War, passed by a Federalist Congress and signed by the \
Federalist President Adams, at a time when Democratic-Republican newspapers were attacking his \
policies. \
The War of 1812 is a tempting answer because the Alien Enemies Act was first used then, but the \
laws were passed 14 years earlier.`,
  },
  {
    id: "first-conviction-1798",
    type: "single-choice",
    prompt: "Who was the first person convicted under the Sedition Act, in October 1798?",
    difficulty: 2,
    objectiveIds: ["compare-arguments", "explain-context"],
    sourceIds: ["fjc-sedition-chronology", "fjc-sedition-narrative", "britannica-resolutions"],
    choices: [
      {
        id: "matthew-lyon",
        text: "Matthew Lyon, a sitting congressman from Vermont",
        correct: true,
      },
      {
        id: "james-madison",
        text: "James Madison, a former congressman from Virginia",
        feedback: `\
Madison attacked the law by secretly drafting Virginia's resolutions. \
He was not charged.`,
      },
      {
        id: "john-breckinridge",
        text: "John Breckinridge, a legislator in Kentucky",
        feedback: `\
Breckinridge introduced the Kentucky Resolutions in his state's House. \
He was not prosecuted.`,
      },
      {
        id: "alexander-hamilton",
        text: "Alexander Hamilton, a Federalist leader in New York",
        feedback: "Hamilton was a Federalist, on the side that passed the law; every defendant was an opponent.",
      },
    ],
    explanation: `\
Matthew Lyon, a Democratic-Republican congressman from Vermont, was convicted on October 9, 1798, \
sentenced to four months in jail and a $1,000 fine, and reelected while he was in jail. \
Madison and Breckinridge are tempting because they fought the laws, but they did so through state \
resolutions and were never charged. \
Hamilton was on the Federalist side.`,
  },
  {
    id: "prosecutions-record",
    type: "true-false",
    prompt: `\
According to the Federal Judicial Center, every person prosecuted under the Sedition Act was a \
political opponent of the Adams administration.`,
    difficulty: 2,
    objectiveIds: ["compare-arguments", "explain-context"],
    sourceIds: ["fjc-sedition-narrative"],
    answer: true,
    feedbackTrue: "Right. The Federal Judicial Center's account of the trials says exactly this.",
    feedbackFalse: `\
The Federal Judicial Center reports that all of the defendants, at least 26 people, were opponents \
of the administration.`,
    explanation: `\
The Federal Judicial Center, the federal courts' research agency, counts at least 26 people \
prosecuted and reports that all were political opponents of the Adams administration, from a \
leading opposition editor to a congressman. \
Students sometimes treat "the laws targeted the opposition" as only a partisan complaint of the \
time; the court record shows who was actually charged.`,
  },
] satisfies Lesson["questions"];
