import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "keep-branches-separate",
    label: "Anti-Federalist critics such as George Mason: keep the branches apart",
    argument: `\
Critics of the proposed Constitution invoked Montesquieu's maxim that the legislative, executive \
and judicial departments should be "separate and distinct," and charged that the plan broke it. \
George Mason's published objections of 1787 argued that because the President had no proper \
council of advisers, the Senate's share in appointments and treaties would bind part of the \
legislature to the executive. \
He also objected that making the Vice President the Senate's presiding officer mixed executive and \
legislative power. \
On this view, every such overlap blurs who is responsible for a decision and gives ambitious \
officials an opening to combine their powers, which is the very danger the separation was meant to \
prevent.`,
    sourceIds: ["mason-objections", "federalist-47", "montesquieu-spirit-of-laws", "us-constitution"],
  },
  {
    id: "blend-to-check",
    label: "Madison: partial blending is compatible with liberty",
    argument: `\
Madison agreed that putting all legislative, executive and judicial power in the same hands is \
"the very definition of tyranny," but argued in Federalist No. \
47 that Montesquieu's principle does not forbid every overlap. \
In Federalist No. \
51 he argued that some sharing is what makes separation last: by giving each branch the means and \
the motive to resist the others ("Ambition must be made to counteract ambition"), the Constitution \
lets the branches guard their own boundaries instead of relying on written rules alone.`,
    sourceIds: ["federalist-47", "federalist-51"],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Madison wrote, "If men were angels, no government would be necessary." \
Should a government be designed on the assumption that officials will seek more power? \
What are the costs of building in so much distrust?`,
  `\
Which check described in this lesson do you think is most effective at limiting a branch, and \
which is hardest to use? \
Explain your reasoning with an example.`,
  `\
Judicial review is not spelled out in the Constitution's text. \
Should that affect how much weight the other branches give to the courts' constitutional rulings? \
Why or why not?`,
  `\
Some people argue that checks and balances make government slow and prone to gridlock; others say \
slowness protects liberty. \
When is the slowness worth it, and when is it a problem?`,
] satisfies Lesson["discussionQuestions"];
