import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "federalist-supporters",
    label: "Federalist supporters: security in a time of danger",
    argument: `\
The country was in an undeclared naval war with France and expected worse. \
Supporters argued that any government has an inherent right to protect itself, that opposition \
newspapers spreading false attacks could weaken the nation in a crisis, and that dangerous aliens \
should be removable. \
On the Constitution, they read the First Amendment as a ban on prior restraint, not on punishing \
false and malicious writing after it appeared. \
They could also point out that the Sedition Act let a defendant offer the truth of what he wrote as \
a defense.`,
    sourceIds: ["gilder-lehrman-sedition", "eac-alien-sedition", "jinh-review"],
  },
  {
    id: "republican-critics",
    label: "Democratic-Republican critics: the laws exceed federal power",
    argument: `\
Critics argued that the Sedition Act punished exactly the kind of political criticism the First \
Amendment protects, and that the Alien Friends Act gave the President power the Constitution never \
granted. \
Virginia's resolutions called the Sedition Act's power "expressly and positively forbidden" by an \
amendment. \
Critics also charged that the laws were aimed at the Federalists' political opponents. \
The court record fits that charge: the Federal Judicial Center reports that every person \
prosecuted was an opponent of the Adams administration, among them a sitting congressman. \
The Virginia and Kentucky Resolutions added that states could judge when the federal government \
overstepped.`,
    sourceIds: [
      "virginia-resolutions",
      "britannica-resolutions",
      "gilder-lehrman-sedition",
      "eac-alien-sedition",
      "fjc-sedition-narrative",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Federalists said a naval war with France justified punishing false and malicious criticism of the \
government. \
When, if ever, can national-security concerns justify limits on criticism of those in power? \
Who should decide?`,
  `\
The Sedition Act was written to expire the day before the next presidential term began. \
What might that end date suggest about its authors' goals, and does a built-in end date make a \
controversial law more or less acceptable?`,
  `\
The Virginia and Kentucky Resolutions defended free speech but also claimed a role for states in \
judging federal laws, an idea Calhoun later used for nullification. \
How should we judge an argument that is used for very different ends later on?`,
  `\
The Alien Enemies Act has no end date and has stayed on the books for more than two centuries. \
Should emergency or wartime laws come with sunset dates, or is it wiser to keep them ready for \
future crises?`,
] satisfies Lesson["discussionQuestions"];
