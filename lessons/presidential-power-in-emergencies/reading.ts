import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Writ of habeas corpus",
    definition: `\
A court order requiring officials who hold a prisoner to bring the prisoner before a judge and \
show a lawful reason for the detention.`,
    sourceIds: ["us-constitution", "ex-parte-merryman"],
  },
  {
    term: "Suspension Clause",
    definition: `\
The clause in Article I, Section 9 that allows the privilege of habeas corpus to be suspended only \
"in Cases of Rebellion or Invasion" when public safety may require it.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Military commission",
    definition: "A court run by the military rather than by the regular civilian court system.",
    sourceIds: ["ex-parte-milligan"],
  },
  {
    term: "Concurring opinion",
    definition: `\
An opinion by a justice who agrees with the Court's result but writes separately to give different \
or additional reasons.`,
    sourceIds: ["youngstown", "teaching-american-history-youngstown"],
  },
  {
    term: "Plurality opinion",
    definition: `\
The lead opinion in a case where no single set of reasons wins a majority of the justices; it \
speaks for the largest group.`,
    sourceIds: ["hamdi-v-rumsfeld"],
  },
  {
    term: "Zone of twilight",
    definition: `\
Justice Jackson's name for the middle category, where Congress has neither granted nor denied a \
power, so the President and Congress may share authority or its division is unclear.`,
    sourceIds: ["youngstown"],
  },
  {
    term: "Lowest ebb",
    definition: `\
Justice Jackson's term for presidential power when the President acts against the expressed or \
implied will of Congress, relying only on the President's own constitutional powers.`,
    sourceIds: ["youngstown"],
  },
  {
    term: "Delegation",
    definition: "Congress passing a law that hands part of its authority to the executive branch to use.",
    sourceIds: ["us-v-curtiss-wright"],
  },
  {
    term: "Dicta",
    definition: `\
Statements in a court opinion that go beyond what the court needed to decide the case. \
They can be influential, but they are not the holding.`,
    sourceIds: ["zivotofsky-v-kerry", "lofgren-curtiss-wright"],
  },
  {
    term: "Enemy combatant",
    definition: `\
The status the government assigned to certain people it detained in the conflict that followed the \
September 11, 2001 attacks. \
In Hamdi, the detainee was a U.S. citizen.`,
    sourceIds: ["hamdi-v-rumsfeld", "aumf-2001"],
  },
  {
    term: "Due process",
    definition: `\
The Constitution's guarantee of fair procedures before the government takes away life, liberty or \
property, such as notice and a chance to be heard by a neutral decisionmaker.`,
    sourceIds: ["hamdi-v-rumsfeld"],
  },
  {
    term: "Authorization for Use of Military Force (AUMF)",
    definition: `\
The joint resolution Congress passed after the September 11, 2001 attacks, authorizing the \
President to use force against those responsible.`,
    sourceIds: ["aumf-2001"],
  },
  {
    term: "Presidential immunity",
    definition: `\
Protection of a President or former President from certain legal proceedings. \
In 2024 the Court set out different levels of immunity from criminal prosecution for different \
kinds of acts.`,
    sourceIds: ["trump-v-united-states"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "emergencies-and-the-constitution",
    heading: "Emergencies and the Constitution",
    body: `\
The Constitution does not contain a general "emergency power." \
Instead, it spreads war and crisis powers between the branches. \
Congress may declare war, raise armies and call out the militia to "suppress Insurrections and \
repel Invasions." \
The President is "Commander in Chief" and must "take Care that the Laws be faithfully executed."

One clause speaks directly to crisis. \
The **Suspension Clause** in Article I says: "The Privilege of the Writ of Habeas Corpus shall not \
be suspended, unless when in Cases of Rebellion or Invasion the public Safety may require it." \
A **writ of habeas corpus** is a court order that makes jailers bring a prisoner before a judge \
and justify holding him. \
Notice what the clause leaves out: it does not say which branch may suspend the writ.

This lesson follows one question through American history. \
When a crisis strikes, how far can the President act alone?`,
    sourceIds: ["us-constitution"],
  },
  {
    id: "lincoln-and-merryman",
    heading: "Lincoln, Merryman and the writ (1861-1863)",
    body: `\
In April 1861, as the Civil War began and before Congress met in a special session, President \
Abraham Lincoln authorized his commanding general to suspend the writ along the military line \
between Philadelphia and Washington.

On May 25, 1861, soldiers arrested John Merryman, a Maryland man accused of helping destroy \
railroad bridges, and held him at Fort McHenry in Baltimore. \
His lawyers went to Chief Justice Roger Taney. \
Acting as a circuit judge, not for the full Supreme Court, Taney ruled in *Ex parte Merryman* that \
only Congress may suspend the writ. \
The Army did not produce Merryman, and the executive branch did not comply. \
Historians still dispute some popular details of the standoff, such as exactly how the Army \
commander responded, so dramatic retellings deserve caution.

Lincoln defended his actions in a message to Congress on July 4, 1861. \
He asked: "are all the laws but one to go unexecuted, and the Government itself go to pieces, \
lest that one be violated?" \
(Printed editions of the message differ slightly in punctuation and capital letters.)

Congress later settled the question for the rest of the war. \
The Habeas Corpus Act of March 3, 1863 authorized the President to suspend the writ during the \
rebellion. \
Decades later, Justice Robert H. \
Jackson described that law as Congress eventually ratifying Lincoln's action.`,
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
    body: `\
Lambdin Milligan, a civilian in Indiana, was arrested on October 5, 1864 and sentenced to hang by \
a **military commission**, a court run by the Army instead of the regular courts. \
The Supreme Court announced its judgment in *Ex parte Milligan* on April 3, 1866, and released its \
full opinions on December 17, 1866.

All nine justices agreed that Milligan's military trial could not stand. \
Writing for the Court, Justice David Davis held that military commissions cannot try civilians \
where the civil courts are open and working. \
He wrote: "The Constitution of the United States is a law for rulers and people, equally in war \
and in peace, and covers with the shield of its protection all classes of men, at all times, and \
under all circumstances."

Four justices, in a concurrence written by Chief Justice Chase, agreed with the result but took a \
different view of power. \
They argued that Congress, though not the President acting alone, could have authorized such \
commissions.`,
    sourceIds: ["ex-parte-milligan"],
  },
  {
    id: "curtiss-wright",
    heading: "Curtiss-Wright and foreign affairs (1936)",
    body: `\
In 1934 Congress passed a joint resolution allowing the President to ban arms sales to Bolivia and \
Paraguay, which were fighting the Chaco War. \
In *United States v. \
Curtiss-Wright Export Corp.* \
(1936), the Court upheld that resolution 7-1, in an opinion by Justice Sutherland. \
It ruled that the resolution was not an unconstitutional **delegation** of Congress's power.

The Court said the national government's power over foreign affairs differs in origin and nature \
from its power at home. \
It also described "the very delicate, plenary and exclusive power of the President as the sole \
organ of the federal government in the field of international relations."

That "sole organ" phrase is often quoted to support broad presidential power, and the historian \
Charles Lofgren describes the opinion as a strong endorsement of independent presidential authority \
in foreign affairs. \
But read the facts closely: the President in Curtiss-Wright was acting under authority Congress \
had given him. \
In *Zivotofsky v. \
Kerry* (2015), the Court noted that point, and Chief Justice Roberts, dissenting, wrote that \
Curtiss-Wright "held only that he could act pursuant to a legislative delegation." \
Lines in an opinion that go beyond what the case needed to decide are called **dicta**. \
Roberts added that the "sole organ" language "certainly has attraction for members of the \
Executive Branch," whose lawyers cite it often. \
Today, courts usually test presidential power with the framework from *Youngstown*.`,
    sourceIds: [
      "us-v-curtiss-wright",
      "lofgren-curtiss-wright",
      "zivotofsky-v-kerry",
      "teaching-american-history-youngstown",
    ],
  },
  {
    id: "youngstown",
    heading: "Youngstown: the steel seizure (1952)",
    body: `\
During the Korean War, the steelworkers' union announced a nationwide strike. \
On April 8, 1952, to keep steel production going, President Harry Truman ordered his Secretary of \
Commerce, Charles Sawyer, to seize and run most of the nation's steel mills.

No statute authorized the seizure. \
In fact, when Congress wrote the Taft-Hartley Act in 1947, it had declined to give the President \
power to seize plants, and it provided other procedures for strikes that threatened the nation, \
such as a cooling-off period. \
Truman did not use them.

On June 2, 1952, the Supreme Court ruled 6-3 against the seizure in *Youngstown Sheet & Tube Co. v. \
Sawyer*. \
Justice Black's majority opinion stated: "The President's power, if any, to issue the order must \
stem either from an act of Congress or from the Constitution itself." \
Neither one authorized this order, and the Court reasoned that the order was in effect lawmaking, \
which the Constitution gives to Congress. \
Chief Justice Vinson dissented, joined by Justices Reed and Minton. \
He argued that Truman "was performing his duty under the Constitution to 'take Care that the Laws \
be faithfully executed'". \
Congress had funded the war and the defense programs that needed steel, and in Vinson's words, \
"Rather than fail to execute either legislative program, the President acted to execute both." \
Truman had told Congress at once and invited it to act. \
Vinson also wrote that there was no "question of unlimited executive power in this case."`,
    sourceIds: ["youngstown", "teaching-american-history-youngstown"],
  },
  {
    id: "jackson-categories",
    heading: "Justice Jackson's three categories",
    body: `\
Justice Jackson agreed with the result but wrote a separate **concurring opinion**. \
It has become the most influential opinion in the case. \
Jackson argued that presidential power is not fixed. \
It rises or falls depending on what Congress has done, and he sorted presidential actions into \
three categories:

1. \
**Maximum authority.** \
"When the President acts pursuant to an express or implied authorization of Congress, his \
authority is at its maximum."
2. \
**Zone of twilight.** \
When the President acts with neither a grant nor a denial of authority from Congress, "there is a \
zone of twilight in which he and Congress may have concurrent authority, or in which its \
distribution is uncertain."
3. \
**Lowest ebb.** \
"When the President takes measures incompatible with the expressed or implied will of Congress, \
his power is at its lowest ebb." \
Then the President can rely only on his own constitutional powers, minus whatever powers the \
Constitution gives Congress over the matter.

To use the framework, ask first: has Congress said yes, said nothing, or said no? \
Congress's will can be implied as well as expressed, so a deliberate refusal to grant a power can \
count as a "no." \
The category depends on what Congress has done, not on how serious the emergency is. \
But inside the zone of twilight, Jackson wrote, "any actual test of power is likely to depend on the \
imperatives of events and contemporary imponderables rather than on abstract theories of law." \
The categories are a starting point, not an automatic answer. \
In *Zivotofsky v. \
Kerry* (2015), the Court placed a President's action in the third category, because it conflicted \
with a passport law, and still ruled for the President: the power to recognize foreign nations, the \
Court held, belongs to the President alone. \
Jackson's test is still widely cited by judges and by lawyers for Presidents.`,
    sourceIds: ["youngstown", "teaching-american-history-youngstown", "zivotofsky-v-kerry"],
  },
  {
    id: "hamdi",
    heading: "Hamdi v. Rumsfeld: war is not a blank check (2004)",
    body: `\
After the attacks of September 11, 2001, Congress passed the **Authorization for Use of Military \
Force (AUMF)**, signed September 18, 2001. \
It authorized the President "to use all necessary and appropriate force against those nations, \
organizations, or persons he determines planned, authorized, committed, or aided the terrorist \
attacks that occurred on September 11, 2001."

The government then held Hamdi, a U.S. citizen, as an **enemy combatant**. \
In *Hamdi v. \
Rumsfeld*, decided June 28, 2004, Justice O'Connor wrote a **plurality opinion** for four justices. \
It concluded that the AUMF authorized detaining enemy combatants in the narrow circumstances the \
government alleged. \
But it also held that **due process** required giving a citizen detainee notice and "a meaningful \
opportunity to contest the factual basis for that detention before a neutral decisionmaker." \
O'Connor wrote that "a state of war is not a blank check for the President when it comes to the \
rights of the Nation's citizens."

Justice Thomas dissented, arguing that the detention "falls squarely within the Federal \
Government's war powers" and that judges "lack the expertise and capacity to second-guess that \
decision." \
If more procedures were needed, he wrote, Congress could provide them.

One way to read Hamdi through Jackson's framework: Congress's authorization put the detention in \
the strongest category, yet the Constitution's protections for individuals still limited what the \
President could do.`,
    sourceIds: ["aumf-2001", "hamdi-v-rumsfeld", "youngstown"],
  },
  {
    id: "patterns",
    heading: "Patterns across the cases",
    body: `\
Across these cases, courts have asked two questions. \
Does the President have authority, from the Constitution or from Congress? \
And even with authority, do individual rights still limit how it is used? \
Lincoln's early suspension was challenged in court, and Congress authorized suspension in 1863. \
Truman's seizure failed in part because it had no support from Congress, which had chosen other \
tools. \
The President in Curtiss-Wright and the detention in Hamdi both rested on laws Congress had passed.

In *Trump v. \
United States* (2024), the Court held 6-3, in an opinion by Chief Justice Roberts, that a former \
President has absolute immunity from criminal prosecution for acts within his "conclusive and \
preclusive constitutional authority," at least presumptive immunity for his other official acts, \
and "no immunity for unofficial acts." \
The phrase "conclusive and preclusive" comes from Jackson's Youngstown opinion. \
Roberts wrote that the Framers' design "has always demanded an energetic, independent Executive," \
and that "The President is not above the law." \
Justice Sotomayor, dissenting with Justices Kagan and Jackson, warned that the Court "effectively \
creates a law-free zone around the President."

Congress's role still decides many cases. \
On February 20, 2026, in *Learning Resources, Inc. \
v. \
Trump*, the Court ruled 6-3 that an emergency law, the International Emergency Economic Powers \
Act, does not give the President power to impose tariffs, a power the Constitution gives Congress. \
Justice Kavanaugh, joined by Justices Thomas and Alito, dissented; among other points, the dissent \
relied on President Nixon's 1971 import duties under an earlier version of the law.`,
    sourceIds: [
      "ex-parte-merryman",
      "habeas-corpus-act-1863",
      "youngstown",
      "us-v-curtiss-wright",
      "hamdi-v-rumsfeld",
      "trump-v-united-states",
      "tnr-trump-immunity-dissent-2024",
      "learning-resources-v-trump",
      "blackman-what-about-nixon-2026",
    ],
  },
] satisfies Lesson["sections"];
