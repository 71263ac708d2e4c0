import type { Lesson } from "civics-lessons";

/**
 * Teaches how courts have judged presidential power in war and crisis, from Lincoln's suspension of habeas corpus to Youngstown, Justice Jackson's three categories, Curtiss-Wright, Milligan, Hamdi and Trump v. United States.
 *
 * @example
 * import { lesson } from "civics-lessons/lessons/presidential-power-in-emergencies";
 * lesson.title
 * //=> "Presidential Power in Emergencies"
 */
export const lesson = {
  id: "presidential-power-in-emergencies",
  version: "1.0.0",
  title: "Presidential Power in Emergencies",
  summary:
    "How far can a President go alone in a war or crisis? Students trace the answer from Lincoln and Ex parte Merryman through Youngstown and Justice Jackson's three categories to Hamdi v. Rumsfeld, and apply Jackson's framework to new scenarios.",
  topic: "separation-of-powers",
  gradeBands: ["9-12"],
  estimatedMinutes: 60,
  locale: "en",
  asOf: "2026-11-28",
  license: "CC-BY-4.0",
  credit:
    '"Presidential Power in Emergencies" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  objectives: [
    {
      id: "explain-youngstown",
      text: "Explain what the Supreme Court decided in Youngstown Sheet & Tube Co. v. Sawyer (1952) and the reasoning behind it.",
    },
    {
      id: "apply-jackson",
      text: "Apply Justice Jackson's three categories of presidential power to historical and hypothetical scenarios.",
    },
    {
      id: "compare-civil-war-cases",
      text: "Compare how President Lincoln, Chief Justice Taney and the Court in Ex parte Milligan viewed emergency power over habeas corpus and military trials.",
    },
    {
      id: "evaluate-limits",
      text: "Evaluate what Curtiss-Wright, Hamdi v. Rumsfeld and Trump v. United States say about the reach and the limits of presidential power.",
    },
  ],
  keyTerms: [
    {
      term: "Writ of habeas corpus",
      definition:
        "A court order requiring officials who hold a prisoner to bring the prisoner before a judge and show a lawful reason for the detention.",
      sourceIds: ["const-art-1-s9", "ex-parte-merryman"],
    },
    {
      term: "Suspension Clause",
      definition:
        'The clause in Article I, Section 9 that allows the privilege of habeas corpus to be suspended only "in Cases of Rebellion or Invasion" when public safety may require it.',
      sourceIds: ["const-art-1-s9"],
    },
    {
      term: "Military commission",
      definition: "A court run by the military rather than by the regular civilian court system.",
      sourceIds: ["ex-parte-milligan"],
    },
    {
      term: "Concurring opinion",
      definition:
        "An opinion by a justice who agrees with the Court's result but writes separately to give different or additional reasons.",
      sourceIds: ["youngstown", "teaching-american-history-youngstown"],
    },
    {
      term: "Plurality opinion",
      definition:
        "The lead opinion in a case where no single set of reasons wins a majority of the justices; it speaks for the largest group.",
      sourceIds: ["hamdi-v-rumsfeld"],
    },
    {
      term: "Zone of twilight",
      definition:
        "Justice Jackson's name for the middle category, where Congress has neither granted nor denied a power, so the President and Congress may share authority or its division is unclear.",
      sourceIds: ["youngstown"],
    },
    {
      term: "Lowest ebb",
      definition:
        "Justice Jackson's term for presidential power when the President acts against the expressed or implied will of Congress, relying only on the President's own constitutional powers.",
      sourceIds: ["youngstown"],
    },
    {
      term: "Delegation",
      definition: "Congress passing a law that hands part of its authority to the executive branch to use.",
      sourceIds: ["us-v-curtiss-wright"],
    },
    {
      term: "Dicta",
      definition:
        "Statements in a court opinion that go beyond what the court needed to decide the case. They can be influential, but they are not the holding.",
      sourceIds: ["lofgren-curtiss-wright"],
    },
    {
      term: "Enemy combatant",
      definition:
        "The status the government assigned to certain people it detained in the conflict that followed the September 11, 2001 attacks. In Hamdi, the detainee was a U.S. citizen.",
      sourceIds: ["hamdi-v-rumsfeld", "aumf-2001"],
    },
    {
      term: "Due process",
      definition:
        "The Constitution's guarantee of fair procedures before the government takes away life, liberty or property, such as notice and a chance to be heard by a neutral decisionmaker.",
      sourceIds: ["hamdi-v-rumsfeld"],
    },
    {
      term: "Authorization for Use of Military Force (AUMF)",
      definition:
        "The joint resolution Congress passed after the September 11, 2001 attacks, authorizing the President to use force against those responsible.",
      sourceIds: ["aumf-2001"],
    },
    {
      term: "Presidential immunity",
      definition:
        "Protection of a President or former President from certain legal proceedings. In 2024 the Court set out different levels of immunity from criminal prosecution for different kinds of acts.",
      sourceIds: ["trump-v-united-states"],
    },
  ],
  sections: [
    {
      id: "emergencies-and-the-constitution",
      heading: "Emergencies and the Constitution",
      body: 'The Constitution does not contain a general "emergency power." Instead, it spreads war and crisis powers between the branches. Congress may declare war, raise armies and call out the militia to "suppress Insurrections and repel Invasions." The President is "Commander in Chief" and must "take Care that the Laws be faithfully executed."\n\nOne clause speaks directly to crisis. The **Suspension Clause** in Article I says: "The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it." A **writ of habeas corpus** is a court order that makes jailers bring a prisoner before a judge and justify holding him. Notice what the clause leaves out: it does not say which branch may suspend the writ.\n\nThis lesson follows one question through American history. When a crisis strikes, how far can the President act alone?',
      sourceIds: ["const-art-1-s9", "const-art-2"],
    },
    {
      id: "lincoln-and-merryman",
      heading: "Lincoln, Merryman and the writ (1861-1863)",
      body: 'In April 1861, as the Civil War began and before Congress met in a special session, President Abraham Lincoln authorized his commanding general to suspend the writ along the military line between Philadelphia and Washington.\n\nOn May 25, 1861, soldiers arrested John Merryman, a Maryland man accused of helping destroy railroad bridges, and held him at Fort McHenry in Baltimore. His lawyers went to Chief Justice Roger Taney. Acting as a circuit judge, not for the full Supreme Court, Taney ruled in *Ex parte Merryman* that only Congress may suspend the writ. The Army did not produce Merryman, and the executive branch did not comply. Historians still dispute some popular details of the standoff, such as exactly how the Army commander responded, so dramatic retellings deserve caution.\n\nLincoln defended his actions in a message to Congress on July 4, 1861. He asked: "are all the laws but one to go unexecuted, and the Government itself go to pieces, lest that one be violated?"\n\nCongress later settled the question for the rest of the war. The Habeas Corpus Act of March 3, 1863 authorized the President to suspend the writ during the rebellion. Decades later, Justice Robert H. Jackson described that law as Congress eventually ratifying Lincoln\'s action.',
      sourceIds: [
        "lincoln-july-1861-message",
        "ex-parte-merryman",
        "tillman-merryman",
        "habeas-corpus-act-1863",
        "youngstown",
      ],
    },
    {
      id: "milligan",
      heading: "Ex parte Milligan: civilians and military trials (1866)",
      body: 'Lambdin Milligan, a civilian in Indiana, was arrested on October 5, 1864 and sentenced to hang by a **military commission**, a court run by the Army instead of the regular courts. The Supreme Court announced its judgment in *Ex parte Milligan* on April 3, 1866, and released its full opinions on December 17, 1866.\n\nAll nine justices agreed that Milligan\'s military trial could not stand. Writing for the Court, Justice David Davis held that military commissions cannot try civilians where the civil courts are open and working. He wrote: "The Constitution of the United States is a law for rulers and people, equally in war and in peace, and covers with the shield of its protection all classes of men, at all times, and under all circumstances."\n\nFour justices, in a concurrence written by Chief Justice Chase, agreed with the result but took a different view of power. They argued that Congress, though not the President acting alone, could have authorized such commissions.',
      sourceIds: ["ex-parte-milligan"],
    },
    {
      id: "curtiss-wright",
      heading: "Curtiss-Wright and foreign affairs (1936)",
      body: 'In 1934 Congress passed a joint resolution allowing the President to ban arms sales to Bolivia and Paraguay, which were fighting the Chaco War. In *United States v. Curtiss-Wright Export Corp.* (1936), the Court upheld that resolution 7-1, in an opinion by Justice Sutherland. It ruled that the resolution was not an unconstitutional **delegation** of Congress\'s power.\n\nThe Court said the national government\'s power over foreign affairs differs in origin and nature from its power at home. It also described "the very delicate, plenary and exclusive power of the President as the sole organ of the federal government in the field of international relations."\n\nThat "sole organ" phrase is often quoted to support broad presidential power. But read the facts closely: the President in Curtiss-Wright was acting under authority Congress had given him. According to an encyclopedia entry by Charles Lofgren, the broad "sole organ" language went beyond what the Court needed to decide, which is what lawyers call **dicta**. Today, courts usually test presidential power with the framework from *Youngstown*.',
      sourceIds: ["us-v-curtiss-wright", "lofgren-curtiss-wright", "teaching-american-history-youngstown"],
    },
    {
      id: "youngstown",
      heading: "Youngstown: the steel seizure (1952)",
      body: "During the Korean War, the steelworkers' union announced a nationwide strike. On April 8, 1952, to keep steel production going, President Harry Truman ordered his Secretary of Commerce, Charles Sawyer, to seize and run most of the nation's steel mills.\n\nNo statute authorized the seizure. In fact, when Congress wrote the Taft-Hartley Act in 1947, it had declined to give the President power to seize plants, and it provided other procedures for strikes that threatened the nation, such as a cooling-off period. Truman did not use them.\n\nOn June 2, 1952, the Supreme Court ruled 6-3 against the seizure in *Youngstown Sheet & Tube Co. v. Sawyer*. Justice Black's majority opinion stated: \"The President's power, if any, to issue the order must stem either from an act of Congress or from the Constitution itself.\" Neither one authorized this order, and the Court reasoned that the order was in effect lawmaking, which the Constitution gives to Congress. Chief Justice Vinson dissented, joined by Justices Reed and Minton.",
      sourceIds: ["youngstown", "teaching-american-history-youngstown"],
    },
    {
      id: "jackson-categories",
      heading: "Justice Jackson's three categories",
      body: 'Justice Jackson agreed with the result but wrote a separate **concurring opinion**. It has become the most influential opinion in the case. Jackson argued that presidential power is not fixed. It rises or falls depending on what Congress has done, and he sorted presidential actions into three categories:\n\n1. **Maximum authority.** "When the President acts pursuant to an express or implied authorization of Congress, his authority is at its maximum."\n2. **Zone of twilight.** When the President acts with neither a grant nor a denial of authority from Congress, "there is a zone of twilight in which he and Congress may have concurrent authority, or in which its distribution is uncertain."\n3. **Lowest ebb.** "When the President takes measures incompatible with the expressed or implied will of Congress, his power is at its lowest ebb." Then the President can rely only on his own constitutional powers, minus whatever powers the Constitution gives Congress over the matter.\n\nTo use the framework, ask first: has Congress said yes, said nothing, or said no? Congress\'s will can be implied as well as expressed, so a deliberate refusal to grant a power can count as a "no." The framework does not ask how serious the emergency is. Jackson\'s test is still widely cited by judges and by lawyers for Presidents.',
      sourceIds: ["youngstown", "teaching-american-history-youngstown"],
    },
    {
      id: "hamdi",
      heading: "Hamdi v. Rumsfeld: war is not a blank check (2004)",
      body: "After the attacks of September 11, 2001, Congress passed the **Authorization for Use of Military Force (AUMF)**, signed September 18, 2001. It authorized the President \"to use all necessary and appropriate force against those nations, organizations, or persons he determines planned, authorized, committed, or aided the terrorist attacks that occurred on September 11, 2001.\"\n\nThe government then held Hamdi, a U.S. citizen, as an **enemy combatant**. In *Hamdi v. Rumsfeld*, decided June 28, 2004, Justice O'Connor wrote a **plurality opinion** for four justices. It concluded that the AUMF authorized detaining enemy combatants in the narrow circumstances the government alleged. But it also held that **due process** required giving a citizen detainee notice and \"a meaningful opportunity to contest the factual basis for that detention before a neutral decisionmaker.\" O'Connor wrote that \"a state of war is not a blank check for the President when it comes to the rights of the Nation's citizens.\"\n\nOne way to read Hamdi through Jackson's framework: Congress's authorization put the detention in the strongest category, yet the Constitution's protections for individuals still limited what the President could do.",
      sourceIds: ["aumf-2001", "hamdi-v-rumsfeld", "youngstown"],
    },
    {
      id: "patterns",
      heading: "Patterns across the cases",
      body: 'Across these cases, courts have asked two questions. Does the President have authority, from the Constitution or from Congress? And even with authority, do individual rights still limit how it is used? Lincoln\'s early suspension was challenged in court, and Congress authorized suspension in 1863. Truman\'s seizure failed in part because it had no support from Congress, which had chosen other tools. The President in Curtiss-Wright and the detention in Hamdi both rested on laws Congress had passed.\n\nIn *Trump v. United States* (2024), the Court held 6-3, in an opinion by Chief Justice Roberts, that a former President has absolute immunity from criminal prosecution for acts within his "conclusive and preclusive constitutional authority," at least presumptive immunity for his other official acts, and "no immunity for unofficial acts."',
      sourceIds: [
        "ex-parte-merryman",
        "habeas-corpus-act-1863",
        "youngstown",
        "us-v-curtiss-wright",
        "hamdi-v-rumsfeld",
        "trump-v-united-states",
      ],
    },
  ],
  timeline: [
    {
      date: "1861-04",
      event:
        "President Lincoln authorizes his commanding general to suspend habeas corpus along the military line between Philadelphia and Washington.",
      sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman"],
    },
    {
      date: "1861-05-25",
      event:
        "Soldiers arrest John Merryman and hold him at Fort McHenry; within days Chief Justice Taney, sitting as a circuit judge, rules that only Congress may suspend the writ.",
      sourceIds: ["ex-parte-merryman", "tillman-merryman"],
    },
    {
      date: "1861-07-04",
      event: "Lincoln defends the suspension in a message to Congress in special session.",
      sourceIds: ["lincoln-july-1861-message"],
    },
    {
      date: "1863-03-03",
      event:
        "Congress passes the Habeas Corpus Act, authorizing the President to suspend the writ during the rebellion.",
      sourceIds: ["habeas-corpus-act-1863"],
    },
    {
      date: "1864-10-05",
      event: "Lambdin Milligan, an Indiana civilian, is arrested; a military commission later sentences him to hang.",
      sourceIds: ["ex-parte-milligan"],
    },
    {
      date: "1866-04-03",
      event: "The Supreme Court announces its judgment in Ex parte Milligan.",
      sourceIds: ["ex-parte-milligan"],
    },
    {
      date: "1866-12-17",
      event: "The justices release their full opinions in Ex parte Milligan.",
      sourceIds: ["ex-parte-milligan"],
    },
    {
      date: "1934",
      event: "Congress passes a joint resolution letting the President ban arms sales to Bolivia and Paraguay.",
      sourceIds: ["us-v-curtiss-wright"],
    },
    {
      date: "1936-12-21",
      event: "United States v. Curtiss-Wright Export Corp. upholds the arms embargo resolution, 7-1.",
      sourceIds: ["us-v-curtiss-wright"],
    },
    {
      date: "1947",
      event:
        "Congress passes the Taft-Hartley Act, providing procedures for strikes that threaten the nation but no power to seize plants.",
      sourceIds: ["youngstown", "teaching-american-history-youngstown"],
    },
    {
      date: "1952-04-08",
      event: "President Truman orders the seizure of most of the nation's steel mills during the Korean War.",
      sourceIds: ["youngstown"],
    },
    {
      date: "1952-06-02",
      event:
        "Youngstown Sheet & Tube Co. v. Sawyer strikes down the seizure, 6-3; Justice Jackson's concurrence sets out three categories.",
      sourceIds: ["youngstown"],
    },
    {
      date: "2001-09-18",
      event: "The Authorization for Use of Military Force is signed into law.",
      sourceIds: ["aumf-2001"],
    },
    {
      date: "2004-06-28",
      event:
        "Hamdi v. Rumsfeld: the plurality holds that a citizen held as an enemy combatant is owed notice and a meaningful chance to contest the facts.",
      sourceIds: ["hamdi-v-rumsfeld"],
    },
    {
      date: "2024-07-01",
      event:
        "Trump v. United States sets out levels of immunity from criminal prosecution for a former President's acts.",
      sourceIds: ["trump-v-united-states"],
    },
  ],
  sources: [
    {
      id: "const-art-1-s9",
      kind: "constitution",
      title: "U.S. Constitution, Article I, Section 9, Clause 2 (Suspension Clause)",
      citation: "U.S. Const. art. I, § 9, cl. 2",
      date: "1787-09-17",
      excerpt:
        "The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it.",
      publicDomain: true,
    },
    {
      id: "const-art-2",
      kind: "constitution",
      title: "U.S. Constitution, Article II (the executive branch)",
      citation: "U.S. Const. art. II, §§ 2-3",
      date: "1787-09-17",
      publicDomain: true,
    },
    {
      id: "lincoln-july-1861-message",
      kind: "other",
      title: "Message to Congress in Special Session",
      citation: "Abraham Lincoln, Message to Congress in Special Session (July 4, 1861)",
      publisher: "President of the United States",
      date: "1861-07-04",
      excerpt:
        "are all the laws but one to go unexecuted, and the Government itself go to pieces, lest that one be violated?",
      publicDomain: true,
    },
    {
      id: "ex-parte-merryman",
      kind: "case",
      title: "Ex parte Merryman",
      citation: "Ex parte Merryman, 17 F. Cas. 144 (C.C.D. Md. 1861) (No. 9487)",
      date: "1861",
      publicDomain: true,
    },
    {
      id: "tillman-merryman",
      kind: "other",
      title: "Ex parte Merryman: Myth, History, and Scholarship",
      citation: "Seth Barrett Tillman, Ex parte Merryman: Myth, History, and Scholarship, Military Law Review",
      url: "https://docslib.org/doc/8356870/ex-parte-merryman-myth-history-and-scholarship-seth-barrett-tillman-i",
      publisher: "Military Law Review",
    },
    {
      id: "habeas-corpus-act-1863",
      kind: "statute",
      title:
        "An Act relating to Habeas Corpus, and regulating Judicial Proceedings in Certain Cases (Habeas Corpus Act of 1863)",
      citation: "Act of Mar. 3, 1863, 12 Stat. 755",
      date: "1863-03-03",
      publicDomain: true,
    },
    {
      id: "ex-parte-milligan",
      kind: "case",
      title: "Ex parte Milligan",
      citation: "Ex parte Milligan, 71 U.S. (4 Wall.) 2 (1866)",
      publisher: "Supreme Court of the United States",
      date: "1866-12-17",
      excerpt:
        "The Constitution of the United States is a law for rulers and people, equally in war and in peace, and covers with the shield of its protection all classes of men, at all times, and under all circumstances.",
      publicDomain: true,
    },
    {
      id: "us-v-curtiss-wright",
      kind: "case",
      title: "United States v. Curtiss-Wright Export Corp.",
      citation: "United States v. Curtiss-Wright Export Corp., 299 U.S. 304 (1936)",
      publisher: "Supreme Court of the United States",
      date: "1936-12-21",
      publicDomain: true,
    },
    {
      id: "lofgren-curtiss-wright",
      kind: "other",
      title: "Encyclopedia entry on United States v. Curtiss-Wright Export Corp.",
      citation:
        "Charles Lofgren, encyclopedia entry on United States v. Curtiss-Wright Export Corp. (reprinted on vLex)",
      url: "https://law-journals-books.vlex.com/vid/curtiss-wright-export-corporation-u-51713595",
    },
    {
      id: "youngstown",
      kind: "case",
      title: "Youngstown Sheet & Tube Co. v. Sawyer (the Steel Seizure Case)",
      citation: "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952)",
      publisher: "Supreme Court of the United States",
      date: "1952-06-02",
      excerpt:
        "When the President acts pursuant to an express or implied authorization of Congress, his authority is at its maximum ... When the President acts in absence of either a congressional grant or denial of authority, he can only rely upon his own independent powers, but there is a zone of twilight in which he and Congress may have concurrent authority, or in which its distribution is uncertain. ... When the President takes measures incompatible with the expressed or implied will of Congress, his power is at its lowest ebb",
      publicDomain: true,
    },
    {
      id: "teaching-american-history-youngstown",
      kind: "other",
      title: "Youngstown Sheet & Tube Co. v. Sawyer (document introduction)",
      citation: "Teaching American History, introduction to Youngstown Sheet & Tube Co. v. Sawyer (1952)",
      url: "https://teachingamericanhistory.org/library/document/youngstown-sheet-tube-co-v-sawyer/",
      publisher: "Teaching American History",
    },
    {
      id: "aumf-2001",
      kind: "statute",
      title: "Authorization for Use of Military Force",
      citation: "Authorization for Use of Military Force, Pub. L. 107-40, 115 Stat. 224 (2001) (S.J. Res. 23)",
      url: "https://www.congress.gov/bill/107th-congress/senate-joint-resolution/23/text/enr",
      publisher: "U.S. Congress",
      date: "2001-09-18",
      publicDomain: true,
    },
    {
      id: "hamdi-v-rumsfeld",
      kind: "case",
      title: "Hamdi v. Rumsfeld",
      citation: "Hamdi v. Rumsfeld, 542 U.S. 507 (2004)",
      publisher: "Supreme Court of the United States",
      date: "2004-06-28",
      publicDomain: true,
    },
    {
      id: "trump-v-united-states",
      kind: "case",
      title: "Trump v. United States",
      citation: "Trump v. United States, 603 U.S. ___ (2024) (No. 23-939)",
      publisher: "Supreme Court of the United States",
      date: "2024-07-01",
      publicDomain: true,
    },
  ],
  perspectives: [
    {
      id: "lincoln-necessity",
      label: "Lincoln: necessity can justify acting before Congress does",
      argument:
        'In his July 4, 1861 message, Lincoln argued that a government facing rebellion cannot let itself "go to pieces" to avoid bending one law. The Suspension Clause names the situations that allow suspension, rebellion or invasion, but not which branch may act, and Congress was not yet sitting. On this view, the President\'s duty to execute all the laws and preserve the government allowed him to act first, answerable afterward to Congress, which did later authorize suspension in 1863.',
      sourceIds: ["lincoln-july-1861-message", "const-art-1-s9", "habeas-corpus-act-1863", "youngstown"],
    },
    {
      id: "taney-congress-only",
      label: "Taney: only Congress may suspend the writ",
      argument:
        "Chief Justice Taney held in Ex parte Merryman that the power to suspend habeas corpus belongs to Congress alone. Supporters of this view point out that the Suspension Clause sits in Article I, the article that sets out Congress's powers and the limits on them. On this reading, allowing the executive to suspend the writ on its own would let the branch that makes arrests also decide that no court may examine them.",
      sourceIds: ["ex-parte-merryman", "const-art-1-s9"],
    },
    {
      id: "congress-as-partner",
      label: "Jackson and Chase: emergency power is strongest when Congress joins in",
      argument:
        "Justice Jackson's Youngstown concurrence ties the strength of presidential power to what Congress has done: maximum with Congress's authorization, lowest when the President acts against Congress's will. Chief Justice Chase's concurrence in Milligan took a related view, arguing that Congress could have authorized military commissions even though the President alone could not. On this view, the answer to a crisis is usually for the political branches to act together.",
      sourceIds: ["youngstown", "ex-parte-milligan"],
    },
    {
      id: "rights-in-war",
      label: "Davis and O'Connor: the Constitution does not pause in wartime",
      argument:
        'Justice Davis wrote for the Court in Milligan that the Constitution protects "all classes of men, at all times, and under all circumstances," so civilians may not be tried by military commissions where courts are open. Justice O\'Connor\'s Hamdi plurality held that even with congressional authorization, a citizen detainee must get a meaningful chance to contest the facts, because a state of war "is not a blank check for the President." On this view, individual rights limit emergency power whichever branch authorizes it.',
      sourceIds: ["ex-parte-milligan", "hamdi-v-rumsfeld"],
    },
  ],
  discussionQuestions: [
    'Lincoln asked whether "all the laws but one" should go unexecuted to protect that one. Can a leader ever be justified in setting aside one legal limit to preserve the government? Who should decide afterward whether it was justified?',
    "Jackson's framework makes Congress's choices central. What happens to the framework when Congress stays silent in a crisis, and does that give Congress too much or too little responsibility?",
    "Milligan and Hamdi both say constitutional rights continue during war. Are there wartime limits on rights that courts should accept, and how should judges decide where they lie?",
    'Curtiss-Wright\'s "sole organ" phrase has been quoted far beyond the facts of the case. Why do memorable phrases in court opinions take on a life of their own, and how should careful readers guard against that?',
  ],
  standards: [
    {
      framework: "C3",
      code: "D2.Civ.4.9-12",
      description:
        "Explains how the Constitution gives the President and Congress powers and limits that have been tested and debated over time, especially in war and emergency.",
    },
    {
      framework: "C3",
      code: "D2.Civ.3.9-12",
      description:
        "Analyzes how the Constitution, statutes such as the 1863 Habeas Corpus Act and the 2001 AUMF, and court rulings shape how the government keeps order in a crisis.",
    },
    {
      framework: "C3",
      code: "D2.Civ.12.9-12",
      description:
        "Analyzes how individuals such as Merryman, Milligan and Hamdi used the courts to challenge government actions taken in emergencies.",
    },
    {
      framework: "C3",
      code: "D2.His.16.9-12",
      description:
        "Combines evidence from several primary sources (a presidential message, court opinions and constitutional text) into a reasoned argument about the past.",
    },
  ],
  questions: [
    {
      id: "jackson-category-scenarios",
      type: "categorize",
      prompt:
        "Sort each hypothetical scenario into the Jackson category it fits. Focus on what Congress has done, not on how serious the emergency is.",
      difficulty: 2,
      objectiveIds: ["apply-jackson"],
      sourceIds: ["youngstown"],
      excerptSourceId: "youngstown",
      explanation:
        "Jackson's categories turn on Congress's stance. When Congress has authorized the action, as with an arms-embargo resolution, a statute allowing suspension of habeas corpus, or a force authorization, the President's authority is at its maximum. When Congress has neither granted nor denied the power, the action falls in the zone of twilight. When the President acts against Congress's expressed or implied will, such as after Congress deliberately refused a power and chose other procedures, or against a statute's express ban, his power is at its lowest ebb. The tempting error is to treat a deliberate refusal as silence. Jackson counted implied will too.",
      hints: ["For each scenario, ask: has Congress said yes, said nothing, or said no?"],
      categories: [
        { id: "maximum", text: "Category 1: authorized by Congress (maximum authority)" },
        { id: "twilight", text: "Category 2: Congress has neither granted nor denied (zone of twilight)" },
        { id: "lowest-ebb", text: "Category 3: against Congress's will (lowest ebb)" },
      ],
      items: [
        {
          id: "embargo-resolution",
          text: "Congress passes a joint resolution allowing the President to ban arms sales to two warring countries, and the President issues the ban.",
          categoryId: "maximum",
        },
        {
          id: "suspension-statute",
          text: "Congress passes a law authorizing the President to suspend habeas corpus during a rebellion, and the President does so.",
          categoryId: "maximum",
        },
        {
          id: "force-authorization",
          text: 'Congress authorizes "all necessary and appropriate force" against the groups behind an attack, and the President sends troops against those groups.',
          categoryId: "maximum",
        },
        {
          id: "novel-crisis",
          text: "A new kind of emergency arises that no statute addresses; Congress has neither granted nor denied a power to respond, and the President issues a temporary order on his own authority.",
          categoryId: "twilight",
        },
        {
          id: "never-legislated",
          text: "Congress has never passed any law on a question, and the President acts using only his own constitutional powers.",
          categoryId: "twilight",
        },
        {
          id: "seizure-after-refusal",
          text: "Congress considered giving the President power to seize factories during strikes, chose not to, and created other procedures; the President seizes a factory anyway.",
          categoryId: "lowest-ebb",
        },
        {
          id: "statute-forbids",
          text: "A statute forbids spending money on a program, and the President orders the program to continue.",
          categoryId: "lowest-ebb",
        },
      ],
    },
    {
      id: "railroad-seizure-scenario",
      type: "single-choice",
      prompt:
        "Scenario: During an undeclared war, railroad workers announce a nationwide strike. Months earlier, Congress debated a bill that would let the President take over railroads during strikes, voted it down, and instead passed a law creating a 60-day cooling-off procedure. The President skips that procedure and orders the Army to run the railroads, citing the commander-in-chief power. Under Justice Jackson's framework, where does this action fall?",
      difficulty: 3,
      objectiveIds: ["apply-jackson"],
      sourceIds: ["youngstown"],
      excerptSourceId: "youngstown",
      explanation:
        "Congress considered the takeover power, rejected it, and chose a different procedure. That makes the takeover \"incompatible with the expressed or implied will of Congress,\" so the President's power is at its lowest ebb and he can rely only on his own constitutional powers minus Congress's. These facts closely track Youngstown, where Congress had passed over seizure when it wrote the Taft-Hartley Act. The tempting wrong answer is the zone of twilight. No statute expressly forbids the takeover, but Jackson's test counts Congress's implied will, and a deliberate rejection plus an alternative procedure expresses it.",
      hints: ["Jackson's third category covers Congress's \"expressed or implied\" will, not only an express ban."],
      choices: [
        {
          id: "lowest-ebb",
          text: "Category 3, lowest ebb: the order is incompatible with Congress's expressed or implied will.",
          correct: true,
        },
        {
          id: "maximum-wartime",
          text: "Category 1, maximum authority: the President is acting in wartime as commander in chief.",
          feedback:
            "Jackson's categories depend on what Congress has done, not on the President's title or the fact of war. Congress did not authorize this takeover.",
        },
        {
          id: "twilight-no-express-ban",
          text: "Category 2, zone of twilight: no statute expressly forbids the Army from running railroads.",
          feedback:
            "Tempting, but Congress was not silent. It rejected the takeover power and chose another procedure, which expresses its will even without an express ban.",
        },
        {
          id: "declared-wars-only",
          text: "None of the categories: Jackson's framework applies only in declared wars.",
          feedback:
            "The framework applies to presidential action generally. Youngstown itself arose during an undeclared war.",
        },
      ],
    },
    {
      id: "curtiss-wright-category",
      type: "single-choice",
      prompt:
        "In Curtiss-Wright (1936), the President banned arms sales to Bolivia and Paraguay under a 1934 joint resolution of Congress. Looking back with Jackson's 1952 framework, which category fits, and what follows for how the case is read?",
      difficulty: 2,
      objectiveIds: ["apply-jackson", "evaluate-limits"],
      sourceIds: ["us-v-curtiss-wright", "lofgren-curtiss-wright", "youngstown"],
      explanation:
        "Congress had authorized the embargo, so the President acted with Congress's backing, which is Jackson's first category. The holding therefore did not decide whether a President could act alone in foreign affairs without, or against, Congress. That is why the broad \"sole organ\" language is treated with care: the case upheld a power Congress had delegated. The tempting wrong answers misstate Congress's role. Congress did not oppose the embargo, and the Court upheld Congress's resolution rather than shutting Congress out of foreign affairs.",
      choices: [
        {
          id: "category-one",
          text: "Category 1, because the President acted under authority Congress had granted; so the holding did not decide whether a President may act alone in foreign affairs.",
          correct: true,
        },
        {
          id: "category-three",
          text: "Category 3, because Congress opposed the embargo; so the case shows a President can override Congress in foreign affairs.",
          feedback: "Congress did not oppose the embargo. It passed the joint resolution that authorized it.",
        },
        {
          id: "category-two",
          text: "Category 2, because Congress had said nothing about arms sales; so the case defines the zone of twilight.",
          feedback: "Congress had spoken, through the 1934 joint resolution.",
        },
        {
          id: "no-role-for-congress",
          text: "None, because Curtiss-Wright held that Congress has no role in foreign affairs.",
          feedback:
            "The Court upheld Congress's resolution as a valid delegation. Congress's role was the basis of the case.",
        },
      ],
    },
    {
      id: "emergency-power-timeline",
      type: "ordering",
      prompt:
        "Put these events in chronological order. Notice how the Civil War events respond to one another, and how later cases build on earlier ones.",
      difficulty: 2,
      objectiveIds: ["compare-civil-war-cases", "evaluate-limits"],
      sourceIds: [
        "lincoln-july-1861-message",
        "ex-parte-merryman",
        "habeas-corpus-act-1863",
        "ex-parte-milligan",
        "us-v-curtiss-wright",
        "youngstown",
        "hamdi-v-rumsfeld",
        "trump-v-united-states",
      ],
      explanation:
        "Lincoln authorized the suspension in April 1861. Merryman's arrest and Taney's ruling came in late May 1861. Congress authorized suspension by statute on March 3, 1863, and Milligan was decided in 1866 (judgment in April, opinions in December). Curtiss-Wright came in 1936, Youngstown in 1952, Hamdi in 2004 and Trump v. United States in 2024. A common slip is to place Curtiss-Wright after Youngstown. Curtiss-Wright came first, and today courts usually apply Youngstown's framework to it.",
      scoring: "kendall-tau",
      items: [
        {
          id: "lincoln-suspends",
          text: "Lincoln authorizes suspending habeas corpus between Philadelphia and Washington",
        },
        {
          id: "merryman-ruling",
          text: "Chief Justice Taney rules in Ex parte Merryman that only Congress may suspend the writ",
        },
        {
          id: "habeas-act",
          text: "Congress passes the Habeas Corpus Act authorizing the President to suspend the writ",
        },
        { id: "milligan-decided", text: "The Supreme Court decides Ex parte Milligan" },
        { id: "curtiss-wright-decided", text: "The Court decides United States v. Curtiss-Wright Export Corp." },
        { id: "youngstown-decided", text: "The Court decides Youngstown Sheet & Tube Co. v. Sawyer" },
        { id: "hamdi-decided", text: "The Court decides Hamdi v. Rumsfeld" },
        { id: "trump-decided", text: "The Court decides Trump v. United States" },
      ],
      correctOrder: [
        "lincoln-suspends",
        "merryman-ruling",
        "habeas-act",
        "milligan-decided",
        "curtiss-wright-decided",
        "youngstown-decided",
        "hamdi-decided",
        "trump-decided",
      ],
    },
    {
      id: "jackson-category-wording",
      type: "cloze",
      prompt: "Fill in Justice Jackson's own words for his three categories.",
      difficulty: 1,
      objectiveIds: ["apply-jackson", "explain-youngstown"],
      sourceIds: ["youngstown"],
      excerptSourceId: "youngstown",
      explanation:
        'Jackson wrote that with Congress\'s authorization the President\'s "authority is at its maximum"; with neither grant nor denial there is "a zone of twilight"; and against Congress\'s expressed or implied will "his power is at its lowest ebb." These phrases are how lawyers and judges still refer to the three categories.',
      text: 'With Congress\'s express or implied authorization, the President\'s "authority is at its {{blank-1}}." With neither a grant nor a denial of authority, "there is a zone of {{blank-2}}." Against the expressed or implied will of Congress, "his power is at its {{blank-3}}."',
      blanks: [
        {
          id: "blank-1",
          kind: "text",
          answers: [{ text: "maximum" }],
          matching: { caseSensitive: false, ignorePunctuation: true, typoTolerance: 0.2 },
        },
        {
          id: "blank-2",
          kind: "text",
          answers: [{ text: "twilight" }],
          matching: { caseSensitive: false, ignorePunctuation: true, typoTolerance: 0.2 },
        },
        {
          id: "blank-3",
          kind: "text",
          answers: [
            { text: "lowest ebb" },
            { text: "ebb", fraction: 0.5, feedback: 'Jackson\'s exact phrase is "lowest ebb."' },
          ],
          matching: { caseSensitive: false, ignorePunctuation: true, typoTolerance: 0.2 },
        },
      ],
    },
    {
      id: "jackson-concurrence-author",
      type: "short-text",
      prompt:
        "Which justice wrote the Youngstown concurrence that sorted presidential actions into three categories? (A last name is enough.)",
      difficulty: 1,
      objectiveIds: ["explain-youngstown"],
      sourceIds: ["youngstown", "teaching-american-history-youngstown"],
      explanation:
        "Justice Robert H. Jackson wrote the concurrence. Justice Black wrote the majority opinion, which rested on a simpler rule: the President's power must come from an act of Congress or from the Constitution. Jackson's separate opinion has become the most influential one in the case.",
      answers: [{ text: "Jackson" }, { text: "Robert Jackson" }, { text: "Robert H. Jackson" }],
      matching: { caseSensitive: false, ignorePunctuation: true, typoTolerance: 0.2 },
    },
    {
      id: "suspension-clause-text",
      type: "multiple-choice",
      prompt:
        'Read the Suspension Clause: "The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it." Which statements are supported by the words of the clause itself? Select all that apply.',
      difficulty: 2,
      objectiveIds: ["compare-civil-war-cases"],
      sourceIds: ["const-art-1-s9", "ex-parte-merryman", "lincoln-july-1861-message"],
      excerptSourceId: "const-art-1-s9",
      explanation:
        'The clause limits suspension to cases of rebellion or invasion when public safety may require it, and it is written in the passive voice ("shall not be suspended"), so it names no branch. That silence is why Lincoln and Taney could disagree. Taney and his supporters pointed to the clause\'s place in Article I, the article about Congress, but the words themselves do not say "Congress" or "the President." Nor do they mention a declaration of war.',
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "rebellion-or-invasion",
          text: "Suspension is allowed only in cases of rebellion or invasion, when public safety may require it.",
          correct: true,
        },
        {
          id: "no-branch-named",
          text: "The clause does not say which branch of government may suspend the writ.",
          correct: true,
        },
        {
          id: "president-only",
          text: "The clause says that only the President may suspend the writ.",
          feedback: "No branch is named. That gap is exactly what Lincoln and Taney disputed.",
        },
        {
          id: "declared-war",
          text: "The clause allows suspension whenever Congress declares war.",
          feedback: "The clause names rebellion or invasion, not a declaration of war.",
        },
      ],
    },
    {
      id: "lincoln-all-the-laws-but-one",
      type: "single-choice",
      prompt:
        'In his July 4, 1861 message to Congress, Lincoln asked: "are all the laws but one to go unexecuted, and the Government itself go to pieces, lest that one be violated?" What argument is Lincoln making?',
      difficulty: 2,
      objectiveIds: ["compare-civil-war-cases"],
      sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman"],
      excerptSourceId: "lincoln-july-1861-message",
      explanation:
        "Lincoln is making an argument from necessity. Strict obedience to one legal protection should not be allowed to bring down the government and leave every other law unenforced. This is Lincoln's argument, not a settled verdict. Chief Justice Taney reached the opposite conclusion about who may suspend the writ. The passage is not a reading of the Suspension Clause's text, and it does not propose sidelining Congress, to which the message was addressed.",
      choices: [
        {
          id: "necessity",
          text: "Strictly obeying one legal limit, the writ of habeas corpus, should not be allowed to make the whole government and all its other laws fail.",
          correct: true,
        },
        {
          id: "text-gives-president",
          text: "The wording of the Suspension Clause clearly gives the power to suspend the writ to the President alone.",
          feedback: "This passage argues from necessity, not from the clause's wording, which names no branch.",
        },
        {
          id: "sideline-congress",
          text: "Congress should have no role during a rebellion.",
          feedback:
            "Lincoln was addressing Congress in this message, and Congress later passed the 1863 Habeas Corpus Act.",
        },
        {
          id: "courts-decide-survival",
          text: "Courts should decide whether the government survives a rebellion.",
          feedback:
            "The passage is about the executive's duty to keep the laws in force, not about handing the decision to courts.",
        },
      ],
    },
    {
      id: "milligan-excerpt",
      type: "single-choice",
      prompt:
        'Justice Davis wrote in Ex parte Milligan: "The Constitution of the United States is a law for rulers and people, equally in war and in peace, and covers with the shield of its protection all classes of men, at all times, and under all circumstances." Which claim does this passage most directly reject?',
      difficulty: 2,
      objectiveIds: ["compare-civil-war-cases", "evaluate-limits"],
      sourceIds: ["ex-parte-milligan"],
      excerptSourceId: "ex-parte-milligan",
      explanation:
        '"Equally in war and in peace" and "at all times, and under all circumstances" reject the idea that constitutional protections lapse when leaders judge that an emergency requires it. On that basis the Court held that military commissions cannot try civilians where the civil courts are open and working. The passage expressly binds "rulers," so it does not exempt officials, and it says nothing against civilian courts or against Congress\'s war powers.',
      choices: [
        {
          id: "rights-suspended-in-war",
          text: "Constitutional protections may be set aside in wartime when leaders decide the emergency requires it.",
          correct: true,
        },
        {
          id: "officials-exempt",
          text: "The Constitution binds ordinary people but not government officials.",
          feedback: 'The passage says the Constitution is a law "for rulers and people" alike.',
        },
        {
          id: "no-trials",
          text: "Civilians accused of crimes may be tried in regular courts.",
          feedback:
            "The Court said civilians must be tried in the regular courts when those courts are open. It did not reject such trials.",
        },
        {
          id: "declare-war",
          text: "Congress has the power to declare war.",
          feedback:
            "Nothing in the passage questions Congress's war powers. It concerns the protections the Constitution gives people.",
        },
      ],
    },
    {
      id: "merryman-supreme-court-claim",
      type: "true-false",
      prompt: "True or false: Ex parte Merryman (1861) was a decision of the full U.S. Supreme Court.",
      difficulty: 2,
      objectiveIds: ["compare-civil-war-cases"],
      sourceIds: ["ex-parte-merryman", "tillman-merryman"],
      answer: false,
      explanation:
        "Chief Justice Taney decided Merryman alone, acting as a circuit judge (some scholars say in chambers), not for the Supreme Court. That is why it is cited to the Federal Cases reporter (17 F. Cas. 144), not to the U.S. Reports. The case is often misdescribed as a Supreme Court ruling, and popular stories about how the Army defied Taney are also disputed by historians.",
      feedbackTrue:
        "A common mistake. Taney ruled as a circuit judge, not for the Supreme Court; the case appears in the Federal Cases reporter.",
      feedbackFalse: "Correct. Taney ruled alone, as a circuit judge, not for the full Court.",
    },
    {
      id: "hamdi-no-hearing-claim",
      type: "true-false",
      prompt:
        "True or false: In Hamdi v. Rumsfeld (2004), the plurality held that because Congress had authorized military force, the government could hold a U.S. citizen as an enemy combatant without giving him any chance to challenge the facts.",
      difficulty: 2,
      objectiveIds: ["evaluate-limits"],
      sourceIds: ["hamdi-v-rumsfeld", "aumf-2001"],
      answer: false,
      explanation:
        'The plurality did find that the AUMF authorized detention in the narrow circumstances alleged. But it held that due process still required notice and "a meaningful opportunity to contest the factual basis for that detention before a neutral decisionmaker." Justice O\'Connor wrote that "a state of war is not a blank check for the President when it comes to the rights of the Nation\'s citizens."',
      feedbackTrue:
        "Half right: the plurality found the AUMF authorized detention, but it still required notice and a meaningful chance to contest the facts.",
      feedbackFalse: "Correct. Congressional authorization did not remove the citizen's right to a meaningful hearing.",
    },
    {
      id: "trump-v-united-states-claim",
      type: "true-false",
      prompt:
        "True or false: In Trump v. United States (2024), the Supreme Court held that a former President is immune from criminal prosecution for everything he did while in office.",
      difficulty: 3,
      objectiveIds: ["evaluate-limits"],
      sourceIds: ["trump-v-united-states"],
      answer: false,
      explanation:
        'The Court set out three levels. A former President has absolute immunity for acts within his "conclusive and preclusive constitutional authority," at least presumptive immunity for his other official acts, and "no immunity for unofficial acts." A claim that the ruling covers everything a President did in office leaves out the distinction between official and unofficial acts.',
      feedbackTrue: 'The ruling drew lines: it stated there is "no immunity for unofficial acts."',
      feedbackFalse: "Correct. The Court distinguished official acts from unofficial ones, which get no immunity.",
    },
    {
      id: "case-to-holding",
      type: "matching",
      prompt: "Match each case to what it decided. One description does not match any case.",
      difficulty: 2,
      objectiveIds: ["evaluate-limits", "explain-youngstown", "compare-civil-war-cases"],
      sourceIds: [
        "youngstown",
        "us-v-curtiss-wright",
        "ex-parte-merryman",
        "ex-parte-milligan",
        "hamdi-v-rumsfeld",
        "trump-v-united-states",
      ],
      explanation:
        "Youngstown struck down the steel seizure. Curtiss-Wright upheld a delegated arms-embargo power and used the \"sole organ\" phrase. Merryman was Taney's circuit ruling that only Congress may suspend habeas corpus. Milligan barred military trials of civilians where courts are open. Hamdi's plurality required notice and a meaningful hearing for a citizen detainee. Trump v. United States set out levels of criminal immunity. None of these cases held that a President may ignore court orders in an emergency. That description is a misconception, not a holding.",
      premises: [
        { id: "p-youngstown", text: "Youngstown Sheet & Tube Co. v. Sawyer (1952)" },
        { id: "p-curtiss-wright", text: "United States v. Curtiss-Wright Export Corp. (1936)" },
        { id: "p-merryman", text: "Ex parte Merryman (1861)" },
        { id: "p-milligan", text: "Ex parte Milligan (1866)" },
        { id: "p-hamdi", text: "Hamdi v. Rumsfeld (2004)" },
        { id: "p-trump", text: "Trump v. United States (2024)" },
      ],
      responses: [
        {
          id: "r-steel-seizure",
          text: "Struck down a President's wartime seizure of private steel mills that no statute or constitutional provision authorized",
        },
        {
          id: "r-embargo",
          text: 'Upheld a joint resolution letting the President ban arms sales abroad, and called the President the "sole organ" in international relations',
        },
        {
          id: "r-congress-suspends",
          text: "Held, in a ruling by Chief Justice Taney as a circuit judge, that only Congress may suspend habeas corpus",
        },
        {
          id: "r-no-military-trials",
          text: "Held that military commissions cannot try civilians where the civil courts are open and working",
        },
        {
          id: "r-meaningful-hearing",
          text: "Held (plurality) that a citizen held as an enemy combatant must get notice and a meaningful chance to contest the facts before a neutral decisionmaker",
        },
        {
          id: "r-immunity-levels",
          text: "Set out absolute, presumptive and no immunity from criminal prosecution for different kinds of acts by a former President",
        },
        { id: "r-ignore-courts", text: "Held that a President may disregard court orders during a national emergency" },
      ],
      pairs: {
        "p-youngstown": "r-steel-seizure",
        "p-curtiss-wright": "r-embargo",
        "p-merryman": "r-congress-suspends",
        "p-milligan": "r-no-military-trials",
        "p-hamdi": "r-meaningful-hearing",
        "p-trump": "r-immunity-levels",
      },
    },
    {
      id: "who-argued-what-civil-war",
      type: "categorize",
      prompt:
        "Each statement summarizes an argument made in the Civil War-era disputes over emergency power. Sort each one by who made it. You are identifying positions, not judging which side was right.",
      difficulty: 3,
      objectiveIds: ["compare-civil-war-cases"],
      sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman", "ex-parte-milligan"],
      explanation:
        "Lincoln argued from necessity that the government should not collapse to protect one law. Taney held that suspending habeas corpus is Congress's power. Justice Davis, for the Court in Milligan, held that the Constitution applies equally in war and peace and barred military trials of civilians where courts are open. Chief Justice Chase's concurrence agreed with the result but argued that Congress could have authorized military commissions. The Davis and Chase positions are easy to confuse because both reached the same result. The difference is whether Congress could have authorized the commissions.",
      categories: [
        { id: "lincoln", text: "President Lincoln (July 4, 1861 message)" },
        { id: "taney", text: "Chief Justice Taney (Ex parte Merryman)" },
        { id: "davis", text: "Justice Davis for the Court (Ex parte Milligan)" },
        { id: "chase", text: "Chief Justice Chase's concurrence (Ex parte Milligan)" },
      ],
      items: [
        {
          id: "government-must-not-collapse",
          text: "Refusing to suspend one legal protection should not be allowed to bring down the government and leave all its other laws unenforced.",
          categoryId: "lincoln",
        },
        {
          id: "congress-holds-suspension",
          text: "The power to suspend habeas corpus belongs to Congress, not the President.",
          categoryId: "taney",
        },
        {
          id: "war-and-peace-alike",
          text: "The Constitution governs rulers and people equally in war and in peace.",
          categoryId: "davis",
        },
        {
          id: "no-commissions-open-courts",
          text: "Military commissions may not try civilians where the civil courts are open and working.",
          categoryId: "davis",
        },
        {
          id: "congress-could-authorize",
          text: "Congress, though not the President acting alone, could have authorized military commissions in these circumstances.",
          categoryId: "chase",
        },
      ],
    },
    {
      id: "hamdi-through-jackson",
      type: "single-choice",
      prompt:
        "In Hamdi, the plurality found that the 2001 AUMF authorized detaining enemy combatants in the circumstances alleged, yet it still required notice and a fair hearing for a citizen detainee. What does this combination suggest about how Jackson's framework works?",
      difficulty: 3,
      objectiveIds: ["apply-jackson", "evaluate-limits"],
      sourceIds: ["hamdi-v-rumsfeld", "aumf-2001", "youngstown"],
      explanation:
        "Jackson's categories measure the President's power relative to Congress. Congressional authorization puts the President at his maximum, but it cannot authorize what the Constitution forbids. In Hamdi the Due Process Clause still required a meaningful chance to contest the facts. The tempting wrong answer treats category 1 as a guarantee of constitutionality. The plurality also did find authorization, so the case was not in category 3.",
      choices: [
        {
          id: "rights-still-limit",
          text: "Authorization from Congress puts the President in the strongest category, but it does not erase individual constitutional rights such as due process.",
          correct: true,
        },
        {
          id: "category-one-always-valid",
          text: "Any action in Jackson's first category is automatically constitutional.",
          feedback: "Hamdi shows otherwise: the detention was authorized, yet due process still imposed requirements.",
        },
        {
          id: "no-authorization",
          text: "The plurality found the AUMF authorized no detention at all, so the case fell in category 3.",
          feedback:
            "The plurality concluded that the AUMF did authorize detention in the narrow circumstances alleged.",
        },
        {
          id: "property-only",
          text: "Jackson's framework applies only to seizures of property, not to detentions of people.",
          feedback: "The framework concerns presidential power generally; it is not limited to property.",
        },
      ],
    },
    {
      id: "youngstown-majority-reasoning",
      type: "single-choice",
      prompt:
        "Why did Justice Black's majority opinion in Youngstown (1952) rule against President Truman's seizure of the steel mills?",
      difficulty: 1,
      objectiveIds: ["explain-youngstown"],
      sourceIds: ["youngstown"],
      explanation:
        'Black wrote that "The President\'s power, if any, to issue the order must stem either from an act of Congress or from the Constitution itself," and found that neither authorized the seizure. The order was in effect lawmaking, which belongs to Congress. The Korean War was still going on, so the Court did not deny that there was an emergency. It held that an emergency alone did not supply the missing authority.',
      choices: [
        {
          id: "no-source-of-power",
          text: "Neither an act of Congress nor the Constitution authorized the seizure, and the President's power must come from one of those sources.",
          correct: true,
        },
        {
          id: "war-over",
          text: "The Korean War had ended, so there was no emergency.",
          feedback:
            "The seizure took place during the Korean War. The Court's point was about the source of the power, not the absence of an emergency.",
        },
        {
          id: "paperwork-error",
          text: "Congress had ordered the mills seized, but the President used the wrong paperwork.",
          feedback: "Congress had not authorized seizure at all; it had declined to give that power.",
        },
        {
          id: "never-act",
          text: "The Court held that a President may never act in an emergency.",
          feedback:
            "Too broad. The Court held that this action lacked a source of authority, not that Presidents can never respond to emergencies.",
        },
      ],
    },
    {
      id: "curtiss-wright-accurate-statements",
      type: "multiple-choice",
      prompt:
        "Which statements about United States v. Curtiss-Wright Export Corp. (1936) are accurate? Select all that apply.",
      difficulty: 3,
      objectiveIds: ["evaluate-limits"],
      sourceIds: ["us-v-curtiss-wright", "lofgren-curtiss-wright", "youngstown"],
      explanation:
        "The Court upheld the 1934 joint resolution, said foreign-affairs power differs in origin and nature from domestic power, and used the \"sole organ\" phrase. It did not hold that a President may ignore Congress's foreign-affairs laws. The case was about a power Congress had granted. It also could not have replaced Jackson's framework, which came 16 years later in Youngstown (1952).",
      scoring: "right-minus-wrong",
      choices: [
        {
          id: "upheld-resolution",
          text: "The Court upheld a 1934 joint resolution letting the President ban arms sales to Bolivia and Paraguay.",
          correct: true,
        },
        {
          id: "different-origin",
          text: "The Court said the national government's power over foreign affairs differs in origin and nature from its power over domestic affairs.",
          correct: true,
        },
        {
          id: "sole-organ",
          text: 'The opinion described the President as the "sole organ" of the federal government in international relations.',
          correct: true,
        },
        {
          id: "ignore-congress",
          text: "The Court held that the President may ignore acts of Congress dealing with foreign affairs.",
          feedback:
            "The case upheld a power Congress had delegated; it did not involve the President defying Congress.",
        },
        {
          id: "after-youngstown",
          text: "The case came after Youngstown and replaced Jackson's framework.",
          feedback: "Curtiss-Wright (1936) came 16 years before Youngstown (1952).",
        },
      ],
    },
    {
      id: "habeas-act-1863-category",
      type: "single-choice",
      prompt:
        "Congress passed the Habeas Corpus Act on March 3, 1863, authorizing the President to suspend the writ during the rebellion. Using Jackson's framework, how did the Act change the legal footing of suspensions made under it?",
      difficulty: 2,
      objectiveIds: ["apply-jackson", "compare-civil-war-cases"],
      sourceIds: ["habeas-corpus-act-1863", "youngstown", "ex-parte-milligan"],
      explanation:
        "Once Congress expressly authorized suspension, a President suspending the writ under the Act acted \"pursuant to an express ... authorization of Congress,\" which is Jackson's first category. Jackson himself described the Act as Congress eventually ratifying Lincoln's action. Authorization did not end judicial review of wartime detentions and trials, though. The Court still decided Ex parte Milligan in 1866.",
      choices: [
        {
          id: "moved-to-category-one",
          text: "It placed them in Jackson's first category, because Congress had now expressly authorized suspension.",
          correct: true,
        },
        {
          id: "moved-to-category-three",
          text: "It placed them in the third category, because Congress was limiting the President.",
          feedback: "The Act granted the suspension power. It did not oppose the President's use of it.",
        },
        {
          id: "no-difference",
          text: "It made no difference, because only courts may authorize a suspension.",
          feedback:
            "The Suspension Clause does not give courts that role, and Jackson's framework treats Congress's authorization as significant.",
        },
        {
          id: "ended-review",
          text: "It ended all judicial review of wartime detentions and trials.",
          feedback: "Courts kept reviewing such cases. The Supreme Court decided Ex parte Milligan in 1866.",
        },
      ],
    },
  ],
} satisfies Lesson;
