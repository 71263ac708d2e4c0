import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Separation of powers",
    definition: `\
Dividing the work of government among separate branches, so that making laws, carrying them out \
and judging cases are not all held by the same people.`,
    sourceIds: ["montesquieu-spirit-of-laws", "federalist-47"],
  },
  {
    term: "Checks and balances",
    definition: `\
Tools that let each branch limit the others, such as the veto, Senate confirmation and \
impeachment, so that no branch can act entirely alone.`,
    sourceIds: ["federalist-51", "us-constitution"],
  },
  {
    term: "The Federalist",
    definition: `\
A series of 85 essays by Alexander Hamilton, James Madison and John Jay, published in 1787-88 \
under the pen name "Publius," urging ratification of the Constitution. \
Also called the Federalist Papers.`,
    sourceIds: ["federalist-47", "federalist-51", "federalist-78"],
  },
  {
    term: "Veto",
    definition: `\
The President's refusal to sign a bill passed by Congress. \
The President returns the bill, with objections, to the house where it started.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Veto override",
    definition: `\
Passing a vetoed bill again by a two-thirds vote in each house of Congress, which makes it law \
without the President's signature.`,
    sourceIds: ["us-constitution", "frus-wpr-note"],
  },
  {
    term: "Power of the purse",
    definition: `\
Congress's control over federal spending. \
No money may be taken from the Treasury unless a law (an appropriation) provides for it.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Appropriation",
    definition: "A law that sets aside a specific amount of money for a specific purpose.",
    sourceIds: ["us-constitution"],
  },
  {
    term: "Advice and consent",
    definition: `\
The Senate's role in approving the President's nominees for top offices and judgeships, and in \
approving treaties (which needs two-thirds of the senators present).`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Impeachment",
    definition: `\
A formal charge of wrongdoing against an official, brought by the House of Representatives. \
The Senate then holds a trial; conviction needs two-thirds of the senators present and removes the \
official from office.`,
    sourceIds: ["us-constitution"],
  },
  {
    term: "Judicial review",
    definition: `\
The power of courts to decide that a law or government action conflicts with the Constitution and \
so cannot be enforced. \
The Supreme Court first used it against an act of Congress in Marbury v. \
Madison (1803).`,
    sourceIds: ["marbury-v-madison"],
  },
  {
    term: "Executive privilege",
    definition: `\
A President's claim to keep certain communications confidential. \
The Supreme Court has held that it exists but is not absolute.`,
    sourceIds: ["us-v-nixon"],
  },
  {
    term: "Good behaviour tenure",
    definition: `\
Article III lets federal judges hold office "during good Behaviour," which in practice means they \
may serve for life unless impeached and removed.`,
    sourceIds: ["us-constitution", "federalist-78"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "why-divide-power",
    heading: "Why divide power?",
    body: `\
When delegates signed the Constitution on September 17, 1787, they were trying to solve a hard \
problem. \
The new national government had to be strong enough to work, but not so strong that it could \
threaten people's liberty.

Their answer is called **separation of powers**. \
The work of governing is split among three branches. \
One makes the laws, one carries them out, and one decides cases about them.

The idea had a famous source. \
In *The Spirit of the Laws* (1748), the writer Montesquieu warned that liberty is in danger when \
the same person or group holds the power to make laws, to enforce them and to judge. \
Both supporters and critics of the Constitution cited him.

To persuade New Yorkers to ratify the Constitution, Alexander Hamilton, James Madison and John Jay \
wrote 85 essays. \
They appeared mainly in New York newspapers in 1787-88 under a shared pen name, "Publius," and are \
known as *The Federalist* (or the Federalist Papers). \
The essays did not carry their authors' own names. \
Later editions printed lists of who wrote which essay, and the lists did not agree. \
Hamilton's list and Madison's own list both claimed about a dozen essays, including No. \
51. \
An 1818 edition printed the essays Madison had corrected himself, and historians have since \
credited No. \
51 to Madison.`,
    sourceIds: [
      "us-constitution",
      "montesquieu-spirit-of-laws",
      "federalist-47",
      "federalist-51",
      "dawson-federalist-authorship",
      "bourne-federalist-authorship",
    ],
  },
  {
    id: "three-articles",
    heading: "Three articles, three branches",
    body: `\
**Article I** creates Congress, made up of the Senate and the House of Representatives, and gives \
it "All legislative Powers herein granted." \
Congress writes the laws. \
Its list of powers includes the power "To declare War," to "raise and support Armies," to set "an \
uniform Rule of Naturalization" (the rules for becoming a citizen), and to call out the militia to \
"suppress Insurrections and repel Invasions." \
Article I also holds the **power of the purse**: "No Money shall be drawn from the Treasury, but \
in Consequence of Appropriations made by Law."

**Article II** gives "the executive Power" to a President, who carries out the laws. \
The President is "Commander in Chief of the Army and Navy," must "take Care that the Laws be \
faithfully executed," and may grant "Reprieves and Pardons for Offences against the United States, \
except in Cases of Impeachment." \
The President nominates ambassadors, Supreme Court justices and other officers, but appoints them \
only "by and with the Advice and Consent of the Senate." \
Treaties also need the Senate: two-thirds of the senators present must agree.

**Article III** vests "The judicial Power of the United States" in "one supreme Court" and in \
lower courts that Congress creates. \
Federal judges "hold their Offices during good Behaviour," which in practice means they can serve \
for life unless they are impeached and removed. \
Courts act by deciding the cases that come before them.`,
    sourceIds: ["us-constitution"],
  },
  {
    id: "federalist-47",
    heading: "Federalist No. 47: blending is not tyranny",
    body: `\
Critics of the proposed Constitution, known as **Anti-Federalists**, charged that it broke \
Montesquieu's rule that the branches be kept "separate and distinct." \
The plan did mix some jobs. \
The President takes part in lawmaking through the veto, and the Senate takes part in appointments \
and treaties. \
George Mason of Virginia, who refused to sign the Constitution, objected that this tied the Senate \
too closely to the President. \
He also objected that the Vice President, an executive officer, would preside over the Senate.

Madison answered in **Federalist No. \
47** (January 30, 1788). \
He accepted the core of Montesquieu's warning: "The accumulation of all powers, legislative, \
executive, and judiciary, in the same hands, whether of one, a few, or many, and whether \
hereditary, self-appointed, or elective, may justly be pronounced the very definition of tyranny."

Notice the word "elective." \
Madison did not think elections alone made concentrated power safe. \
But he argued that Montesquieu's principle forbids piling all power into one place, not every \
overlap between branches. \
Some partial blending of the branches, he said, is compatible with it.`,
    sourceIds: ["federalist-47", "montesquieu-spirit-of-laws", "us-constitution", "mason-objections"],
  },
  {
    id: "federalist-51",
    heading: "Federalist No. 51: ambition against ambition",
    body: `\
Madison then asked how the division of power could be kept in place in practice. \
He took up that question in **Federalist No. \
51**, first printed in New York's *Independent Journal* on February 6, 1788. \
The *New-York Packet* reprinted it two days later, so some editions date it February 8.

His answer was to give the people in each branch both the tools and the motive to defend their \
branch's powers. \
"Ambition must be made to counteract ambition," he wrote. \
Officials who care about their own branch's authority will push back when another branch reaches \
too far.

Madison was frank about why such devices are needed: "If men were angels, no government would be \
necessary." \
Because people are not angels, he argued, a government must be able to control the governed and \
must also be made to control itself.

He added that Americans would enjoy a "double security" for their rights. \
Power is divided between the national government and the states, and then divided again among the \
branches of each. \
This system of overlapping, competing powers is called **checks and balances**.`,
    sourceIds: ["federalist-51"],
  },
  {
    id: "least-dangerous-branch",
    heading: 'Federalist No. 78: the "least dangerous" branch',
    body: `\
In **Federalist No. \
78**, Hamilton called the judiciary the "least dangerous" branch. \
Congress controls the money and the President commands the armed forces, but the courts control \
neither. \
The judiciary, he wrote, "may truly be said to have neither FORCE nor WILL, but merely judgment; \
and must ultimately depend upon the aid of the executive arm even for the efficacy of its \
judgments."

Hamilton also defended tenure during good behavior as a protection for judges' independence. \
And he argued that courts must treat the Constitution as the fundamental law, which ranks above \
ordinary laws. \
That idea is closely tied to judicial review.`,
    sourceIds: ["federalist-78", "us-constitution"],
  },
  {
    id: "checks-in-action",
    heading: "The checks in action",
    body: `\
**Veto and override.** \
Every bill that passes both houses goes to the President. \
If the President vetoes it, the bill goes back to Congress. \
It becomes law anyway only if two-thirds of each house vote to pass it again. \
In 1973, for example, President Richard Nixon vetoed the War Powers Resolution. \
That law requires the President to report to Congress within 48 hours of sending forces into \
hostilities and generally to withdraw them within 60 days unless Congress approves. \
On November 7, 1973, Congress overrode the veto, 284-135 in the House and 75-18 in the Senate.

**The power of the purse.** \
Because money can be spent only under appropriations made by law, Congress can fund, limit or \
refuse to fund what the executive wants to do. \
The Framers even put a time limit on military spending: money to support armies may not be \
appropriated "for a longer Term than two Years." \
Refusing money is not always the end of the story, because a President may look for funds Congress \
has already provided. \
In 2019, after Congress gave less than the President asked for a border wall, he declared a \
national emergency and invoked a law that lets emergency military construction use unspent \
construction money.

**Appointments and confirmation.** \
The President picks nominees for top offices and for the federal courts, but the Senate must \
consent. \
The Senate can reject a nominee, and through its vote on judges it also shapes the courts.

**Impeachment.** \
The House has "the sole Power of Impeachment," meaning the power to bring formal charges. \
The Senate holds the trial, and conviction takes two-thirds of the senators present. \
When a President is tried, the Chief Justice presides. \
The President, Vice President and all civil officers, including judges, can be removed for \
"Treason, Bribery, or other high Crimes and Misdemeanors." \
Judge John Pickering of New Hampshire was the first federal judge impeached and removed (impeached \
in 1803, convicted in 1804). \
Justice Samuel Chase is the only Supreme Court justice ever impeached; the Senate acquitted him in \
1805, so he kept his seat.

**Judicial review.** \
The Constitution does not spell out a power to strike down laws. \
In *Marbury v. \
Madison* (1803), Chief Justice John Marshall wrote, "It is emphatically the province and duty of \
the judicial department to say what the law is." \
The Court then held that a section of the Judiciary Act of 1789 conflicted with the Constitution, \
the first time it struck down part of an act of Congress. \
Courts check the President too. \
In *United States v. \
Nixon* (1974), the Court ruled 8-0 that executive privilege is not absolute when evidence is \
needed for a criminal trial, so Nixon had to turn over recordings that had been subpoenaed.`,
    sourceIds: [
      "us-constitution",
      "war-powers-resolution",
      "frus-wpr-note",
      "pickering-impeachment",
      "annenberg-pickering-timeline",
      "loc-samuel-chase",
      "marbury-v-madison",
      "us-v-nixon",
      "crs-lsb10242",
    ],
  },
] satisfies Lesson["sections"];
