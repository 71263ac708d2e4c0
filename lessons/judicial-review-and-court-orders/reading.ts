import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Judicial review",
    definition: `\
The power of a court to decide whether a law or an official act conflicts with the Constitution \
and, if it does, to refuse to apply it.`,
    sourceIds: ["marbury-v-madison", "us-constitution"],
  },
  {
    term: "Writ of mandamus",
    definition: `\
A court order directing an official or a lower court to perform a duty. \
Appeals courts sometimes use it to correct a lower court that has gone beyond its authority.`,
    sourceIds: ["marbury-v-madison", "dc-cir-mandamus"],
  },
  {
    term: "Good behaviour tenure",
    definition: `\
Article III's rule that federal judges hold office "during good Behaviour": in practice, for life \
unless impeached and removed.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Executive privilege",
    definition: `\
The President's claimed power to keep some communications confidential. \
United States v. \
Nixon held that it exists but is not absolute.`,
    sourceIds: ["us-v-nixon"],
  },
  {
    term: "Contempt of court",
    definition: `\
Disobeying a court's order. \
A court can respond with sanctions, which are its main tool for making orders stick.`,
    sourceIds: ["conan-contempt"],
  },
  {
    term: "Civil contempt",
    definition: `\
A sanction meant to make a party obey an order or to repay the side that was harmed. \
A sanction meant to force obedience ends when the party complies.`,
    sourceIds: ["conan-contempt", "gompers"],
  },
  {
    term: "Criminal contempt",
    definition: `\
Punishment for disobedience that has already happened. \
The penalty is fixed, later obedience does not erase it, and the accused receives the protections \
of a criminal case.`,
    sourceIds: ["conan-contempt", "rule-42"],
  },
  {
    term: "Disinterested prosecutor",
    definition: `\
A prosecutor with no personal stake in the outcome. \
Young v. \
United States ex rel. \
Vuitton bars courts from appointing the lawyer for the party that benefits from the order.`,
    sourceIds: ["young-v-vuitton"],
  },
  {
    term: "Pardon",
    definition: `\
The President's power to forgive offenses against the United States. \
Ex parte Grossman held that it reaches criminal contempt; the Court indicated, without deciding \
the point, that it does not reach civil contempt.`,
    sourceIds: ["us-constitution", "ex-parte-grossman", "conan-contempt-power"],
  },
  {
    term: "Impeachment",
    definition: `\
The process for removing federal officials, including judges: the House of Representatives brings \
charges and the Senate holds a trial.`,
    sourceIds: ["us-constitution", "hres-229"],
  },
  {
    term: "Appellate review",
    definition: `\
A higher court's review of a lower court's decision, which can affirm, reverse or vacate it.`,
    sourceIds: ["roberts-statement"],
  },
  {
    term: "Temporary restraining order",
    definition: `\
A short-term emergency court order that keeps things as they are until the court can hold a fuller \
hearing.`,
    sourceIds: ["jgg-tro"],
  },
  {
    term: "Universal injunction",
    definition: `\
A court order that blocks a government policy for everyone, not only for the parties who sued. \
Trump v. \
CASA held such orders likely exceed federal courts' authority.`,
    sourceIds: ["trump-v-casa"],
  },
  {
    term: "Apocryphal",
    definition: `\
Widely repeated but probably not authentic, such as a quotation with no evidence from the time it \
was supposedly said.`,
    sourceIds: ["chronicles-oklahoma"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "saying-what-the-law-is",
    heading: "Saying what the law is",
    body: `\
Article III of the Constitution places "the judicial Power of the United States" in one Supreme \
Court and in lower federal courts that Congress creates. \
Federal judges hold office "during good Behaviour," which in practice means they serve for life \
unless they are impeached and removed. \
That security is meant to let judges rule against powerful people without fear of losing their jobs.

The Constitution does not spell out **judicial review**, the power of courts to refuse to apply a \
law that conflicts with the Constitution. \
The Supreme Court claimed that power in *Marbury v. \
Madison*, decided February 24, 1803. \
Chief Justice John Marshall wrote: "It is emphatically the province and duty of the judicial \
department to say what the law is."

The case turned on a **writ of mandamus**, a court order telling an official to perform a duty. \
Marshall's opinion read Section 13 of the Judiciary Act of 1789 as letting the Supreme Court issue \
such writs in cases that begin in the Supreme Court itself (its "original jurisdiction"). \
Applied that way, the Court held, the section was unconstitutional, and it refused to apply it. \
It was the first time the Court held part of an act of Congress unconstitutional.`,
    sourceIds: ["us-constitution", "marbury-v-madison"],
  },
  {
    id: "neither-force-nor-will",
    heading: "Neither force nor will",
    body: `\
Why would anyone obey a court? \
Alexander Hamilton took up that question in *Federalist* No. \
78. \
The essay first appeared in a bound edition of the papers dated May 28, 1788, and then in New \
York's *Independent Journal* on June 14, 1788.

Hamilton called the judiciary the "least dangerous" branch. \
Congress controls the government's money and the President commands the armed forces, but courts \
control neither. \
In his words, the judiciary "may truly be said to have neither FORCE nor WILL, but merely \
judgment; and must ultimately depend upon the aid of the executive arm even for the efficacy of \
its judgments."

Hamilton used this weakness to argue that judges need secure tenure. \
It also names a lasting problem: a court's ruling works only if other people carry it out.`,
    sourceIds: ["federalist-78"],
  },
  {
    id: "resistance-and-enforcement",
    heading: "Resistance and enforcement: Georgia in 1832, Little Rock in 1957",
    body: `\
In *Worcester v. \
Georgia* (March 3, 1832), the Court, in an opinion by Marshall, struck down a Georgia law that \
made it a crime for "white persons" to live in Cherokee territory without a state license. \
It described the Cherokee Nation as a distinct community "in which the laws of Georgia can have no \
force" and reversed the conviction of the missionary Samuel Worcester. \
Georgia did not comply. \
Worcester and another missionary, Elizur Butler, stayed in prison until Georgia's governor \
pardoned them about a year later.

A famous line is often credited to President Andrew Jackson: "John Marshall has made his decision; \
now let him enforce it." \
Historians treat it as **likely apocryphal**. \
No evidence from 1832 shows Jackson saying it. \
It first appears in Horace Greeley's history *The American Conflict* (1864), second-hand and 32 \
years later. \
The ruling also did not order Jackson to do anything at the time. \
What the record does show is Jackson's attitude: in an April 7, 1832 letter to John Coffee, he \
wrote that "The decision of the supreme court has fell still born." \
He added that the Court could not force Georgia to obey it. \
(Printed copies of the letter differ slightly in the words that follow.)

In 1957 a President used force to carry out a court's order. \
Arkansas Governor Orval Faubus called out the state's National Guard on September 2, and nine \
Black students were turned away from school on September 4. \
When a mob gathered on September 23, President Dwight Eisenhower issued Proclamation 3204 ordering \
the obstruction to stop. \
The next day he signed Executive Order 10730, which placed the Arkansas Guard under federal \
control and sent about 1,000 soldiers of the 101st Airborne to enforce the federal court's \
desegregation order. \
The students entered under escort on September 25.

In *Cooper v. \
Aaron* (1958), a unanimous Court, with all nine justices named as authors, held that Little Rock's \
school board could not suspend desegregation because of violence and state resistance. \
State officials, it said, are bound by the Court's reading of the Constitution in *Brown v. \
Board of Education*, because "the federal judiciary is supreme in the exposition of the law of the \
Constitution."`,
    sourceIds: ["worcester", "chronicles-oklahoma", "jackson-coffee-letter", "eo-10730", "cooper-v-aaron"],
  },
  {
    id: "a-president-complies",
    heading: "A President complies: United States v. Nixon",
    body: `\
In 1974 President Richard Nixon claimed **executive privilege**, the President's power to keep \
some communications confidential, over tape recordings that had been subpoenaed for a criminal \
trial. \
In *United States v. \
Nixon* (July 24, 1974), the Court ruled 8–0; Justice William Rehnquist took no part because he had \
served in Nixon's Justice Department.

Chief Justice Warren Burger wrote that executive privilege exists but is not absolute. \
A general interest in confidentiality must give way to a specific, demonstrated need for evidence \
in a criminal trial. \
Nixon complied. \
Transcripts were released on August 5, and his resignation took effect on August 9, 1974. \
The Court had no way to seize the tapes on its own; the ruling worked because the President obeyed \
it.`,
    sourceIds: ["us-v-nixon"],
  },
  {
    id: "contempt",
    heading: "How courts enforce orders: contempt",
    body: `\
When someone disobeys a court order, the court's main tool is **contempt of court**. \
There are two kinds.

**Civil contempt** looks forward. \
It pressures a party to obey, or it repays the side that was harmed. \
Because obeying ends it, the Supreme Court has said the person held in civil contempt "carries the \
keys of his prison" (*Gompers v. \
Bucks Stove & Range Co.*, 1911).

**Criminal contempt** looks back. \
It punishes disobedience that has already happened, to protect the court's authority. \
The penalty is fixed, obeying later does not erase it, and the accused gets the protections of a \
criminal case.

Who prosecutes? \
Federal Rule of Criminal Procedure 42 says the court must first ask a government attorney to \
prosecute, unless the interest of justice calls for another attorney. \
If the government declines, the court must appoint another attorney. \
In *Young v. \
United States ex rel. \
Vuitton et Fils S.A.* \
(1987), the Supreme Court confirmed that courts may appoint private prosecutors for criminal \
contempt. \
It added that a court may not appoint the lawyer for the party that benefits from the order, \
because the prosecutor must be disinterested, meaning free of a personal stake.

The President's **pardon power** also matters. \
Article II lets the President "grant Reprieves and Pardons for Offences against the United States." \
In *Ex parte Grossman* (1925), President Calvin Coolidge had pardoned Philip Grossman, a Chicago \
man punished for contempt in a Prohibition case, and a federal district court jailed him again \
anyway. \
A unanimous Supreme Court held that the pardon power covers criminal contempt. \
It indicated, without deciding the question, that the pardon does not reach civil contempt, which \
exists for the benefit of the other party.`,
    sourceIds: [
      "conan-contempt",
      "gompers",
      "rule-42",
      "young-v-vuitton",
      "us-constitution",
      "ex-parte-grossman",
      "conan-contempt-power",
    ],
  },
  {
    id: "appeal-not-impeachment",
    heading: "Appeal or impeachment? The 2025-2026 dispute",
    body: `\
Federal judges can be removed only through **impeachment**: the House of Representatives brings \
charges and the Senate holds a trial. \
Removal needs two-thirds of senators present and is rare. \
A Fox News report in January 2026 counted 15 federal judges impeached in the nation's history, \
usually for crimes such as bribery. \
The only Supreme Court justice ever impeached, Samuel Chase, was acquitted by the Senate on March \
1, 1805.

On March 15, 2025, Chief Judge James E. \
Boasberg of the federal district court in Washington, D.C., issued a **temporary restraining \
order**, a short-term emergency order, pausing removals under President Donald Trump's Alien \
Enemies Act proclamation aimed at the Tren de Aragua gang. \
At a hearing he also told government lawyers that planes already in the air had to be returned. \
The planes were not turned back.

President Trump called for Boasberg's impeachment. \
On March 18, Representative Brandon Gill of Texas introduced H.Res. \
229, which charged the judge with "high crimes and misdemeanors." \
The resolution was referred to committee; the tracking records used for this lesson show no \
further action.

Hours later, Chief Justice John Roberts issued a rare public statement: "For more than two centuries, it has been established that impeachment is not an \
appropriate response to disagreement concerning a judicial decision. \
The normal appellate review process exists for that purpose." \
The statement named neither the President nor the judge and did not address the deportation case, \
but news reports treated it as a reply to the call for impeachment.

The push went on, over other rulings as well. \
At a Senate hearing on January 7, 2026, Senator Ted Cruz urged the House to impeach Boasberg, this \
time over secrecy orders the judge had approved in a 2023 investigation, and argued that \
impeachable misconduct need not be a crime. \
Senator Sheldon Whitehouse answered that appeal, not impeachment, is the remedy for decisions \
people think are wrong. \
On January 21, House Speaker Mike Johnson said he supported impeaching Boasberg. \
No House vote on impeaching him had been reported as of December 4, 2026 (last reports found: \
late January 2026).

The episode also tested contempt. \
On April 16, 2025, Boasberg found probable cause to hold the government in criminal contempt. \
A panel of the U.S. \
Court of Appeals for the D.C. \
Circuit paused that finding two days later and vacated it on August 8, 2025, by granting \
**mandamus**. \
On November 14, 2025, the full court declined to rehear the case but left room for proceedings to \
continue. \
In December 2025 an appeals panel paused his plan to hear witnesses. \
No ruling on that pause was reported through December 4, 2026 (last reports found: February \
2026), so the hearings remained on hold as far as the record shows.`,
    sourceIds: [
      "us-constitution",
      "fox-cruz-impeachment-hearing-2026",
      "loc-samuel-chase",
      "jgg-tro",
      "hres-229",
      "roberts-statement",
      "democracy-docket-judges-hearing-2026",
      "fox-johnson-judicial-impeachment-2026",
      "jgg-contempt-opinion",
      "dc-cir-mandamus",
      "dc-cir-en-banc",
      "dc-cir-dec-2025",
    ],
  },
  {
    id: "limits-on-remedies",
    heading: "Limits on remedies: Trump v. CASA (2025)",
    body: `\
Courts' power also depends on what they may order after they rule. \
A **universal injunction** blocks a policy for everyone, not only for the parties who sued. \
In *Trump v. \
CASA, Inc.* \
(June 27, 2025), the Court ruled 6–3, in an opinion by Justice Amy Coney Barrett, that universal \
injunctions likely go beyond the power to grant relief that Congress gave federal courts in the \
Judiciary Act of 1789. \
Barrett wrote: "Federal courts do not exercise general oversight of the Executive Branch; they \
resolve cases and controversies consistent with the authority Congress has given them."

The case grew out of lawsuits against Executive Order 14160 on birthright citizenship. \
The Court partly stayed three injunctions, but only where they went further than needed to give \
complete relief to each plaintiff with standing. \
Courts can still give the parties before them complete relief, and the majority pointed to class \
actions as a route to broader relief. \
Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented, and \
Justice Jackson also wrote her own dissent.

CASA did not decide whether the executive order itself is lawful. \
That question reached the Court separately, in *Trump v. \
Barbara*, a case the Court agreed on December 5, 2025 to review. \
On June 30, 2026, the Court ruled against the order. \
SCOTUSblog reported that the justices agreed with the challengers and the lower courts that the \
order cannot be reconciled with the Fourteenth Amendment's Citizenship Clause.`,
    sourceIds: ["trump-v-casa", "volokh-barbara-cert-2025", "scotusblog-barbara-ruling-2026"],
  },
] satisfies Lesson["sections"];
