import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "ludecke-majority",
    label: "Ludecke majority (Frankfurter): wartime removals belong to the President",
    argument: `\
Congress gave these wartime decisions to the President in 1798, and the Act had stood virtually \
unchanged for 150 years. \
Courts still have a real but limited role: they can decide whether the Act is valid, what it \
means, whether a declared war exists, and whether a person is in fact an alien enemy. \
Whether a state of war has ended is a political judgment for Congress and the President, not for \
judges. \
Read this way, the Act is consistent with the Bill of Rights.`,
    sourceIds: ["ludecke"],
  },
  {
    id: "ludecke-dissent",
    label: `\
Ludecke dissent (Black, Douglas, Murphy, Rutledge): a hearing and court review are required`,
    argument: `\
Justice Black argued that treating the country as still at war with Germany after the fighting \
ended was "a pure fiction," and that deporting a legally admitted resident without a fair hearing, \
reviewable in court, denies due process. \
Justice Douglas, in a separate dissent, argued that habeas corpus should let courts ask more than \
whether the person is an alien enemy, as they could in any other deportation case.`,
    sourceIds: ["ludecke"],
  },
  {
    id: "hawaii-repudiation",
    label: "Reading Trump v. Hawaii as ending Korematsu's authority",
    argument: `\
The Court's own words leave no room for Korematsu: it was "gravely wrong the day it was decided" \
and "has no place in law under the Constitution." \
On this reading, whatever label is attached to the passage, no court or lawyer could rely on \
Korematsu today, and the Court meant to say so plainly.`,
    sourceIds: ["trump-v-hawaii", "famous-trials-korematsu"],
  },
  {
    id: "hawaii-dicta",
    label: "Reading the passage as dicta, not a formal overruling",
    argument: `\
Many scholars note that Trump v. \
Hawaii concerned a different policy. \
The statement about Korematsu was not needed to decide the case, so it is dicta rather than a \
holding that formally overruled the 1944 decision. \
Precision matters here too: Korematsu itself upheld a conviction for violating an exclusion order, \
not the camps.`,
    sourceIds: ["acs-korematsu", "famous-trials-korematsu", "korematsu"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Ludecke held that ending a state of war is for the political branches, not the courts. \
What are the benefits and risks of letting courts decide questions like whether a war or an \
invasion exists?`,
  `\
The Alien Enemies Act applies to people because of their nationality, not because of anything they \
did. \
Is that approach ever justified in wartime? \
What safeguards, if any, should go with it?`,
  `\
Why do you think the Alien Enemies Act and Executive Order 9066 are so often confused? \
What does the confusion cost when people debate the Act today?`,
  `\
The Civil Liberties Act of 1988 apologized and paid redress more than 40 years after the \
incarceration. \
What should a government owe people when it later decides a wartime policy was wrong?`,
  `\
The Non-Detention Act protects citizens; the Alien Enemies Act reaches only non-citizens. \
Should the level of legal protection in wartime depend on citizenship?`,
] satisfies Lesson["discussionQuestions"];
