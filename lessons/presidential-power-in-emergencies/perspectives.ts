import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "lincoln-necessity",
    label: "Lincoln: necessity can justify acting before Congress does",
    argument: `\
In his July 4, 1861 message, Lincoln argued that a government facing rebellion cannot let itself \
"go to pieces" to avoid breaking one law. \
The Suspension Clause names the situations that allow suspension, rebellion or invasion, but not \
which branch may act, and Congress was not yet sitting. \
On this view, the President's duty to execute all the laws and preserve the government allowed him \
to act first, answerable afterward to Congress, which did later authorize suspension in 1863.`,
    sourceIds: ["lincoln-july-1861-message", "us-constitution", "habeas-corpus-act-1863", "youngstown"],
  },
  {
    id: "taney-congress-only",
    label: "Taney: only Congress may suspend the writ",
    argument: `\
Chief Justice Taney held in Ex parte Merryman that the power to suspend habeas corpus belongs to \
Congress alone. \
Supporters of this view point out that the Suspension Clause sits in Article I, the article that \
sets out Congress's powers and the limits on them. \
On this reading, allowing the executive to suspend the writ on its own would let the branch that \
makes arrests also decide that no court may examine them.`,
    sourceIds: ["ex-parte-merryman", "us-constitution"],
  },
  {
    id: "congress-as-partner",
    label: "Jackson and Chase: emergency power is strongest when Congress joins in",
    argument: `\
Justice Jackson's Youngstown concurrence ties the strength of presidential power to what Congress \
has done: maximum with Congress's authorization, lowest when the President acts against Congress's \
will. \
Chief Justice Chase's concurrence in Milligan took a related view, arguing that Congress could \
have authorized military commissions even though the President alone could not. \
On this view, the answer to a crisis is usually for the political branches to act together.`,
    sourceIds: ["youngstown", "ex-parte-milligan"],
  },
  {
    id: "rights-in-war",
    label: "Davis and O'Connor: the Constitution does not pause in wartime",
    argument: `\
Justice Davis wrote for the Court in Milligan that the Constitution protects "all classes of men, \
at all times, and under all circumstances," so civilians may not be tried by military commissions \
where courts are open. \
Justice O'Connor's Hamdi plurality held that even with congressional authorization, a citizen \
detainee must get a meaningful chance to contest the facts, because a state of war "is not a blank \
check for the President." \
On this view, individual rights limit emergency power whichever branch authorizes it.`,
    sourceIds: ["ex-parte-milligan", "hamdi-v-rumsfeld"],
  },
  {
    id: "energetic-executive",
    label: "Vinson, Thomas and the Trump v. United States majority: an energetic executive",
    argument: `\
Chief Justice Vinson, dissenting in Youngstown, argued that in a war Congress had funded, the \
President's duty to "take Care that the Laws be faithfully executed" let him keep steel flowing to \
the programs Congress had created while he asked Congress to act. \
Justice Thomas, dissenting in Hamdi, argued that wartime detention decisions belong to the \
political branches and that judges lack the expertise to second-guess them. \
Lawyers for Presidents have long relied on Curtiss-Wright's description of the President as the \
"sole organ" in foreign affairs, and in Zivotofsky (2015) the Court upheld an exclusive presidential \
power even against a statute. \
In Trump v. \
United States, the majority wrote that the Framers' design "has always demanded an energetic, \
independent Executive." \
On this view, a crisis needs one decision-maker who can act quickly, and courts should be slow to \
second-guess him.`,
    sourceIds: ["youngstown", "hamdi-v-rumsfeld", "zivotofsky-v-kerry", "us-v-curtiss-wright", "trump-v-united-states"],
  },
  {
    id: "limits-on-immunity",
    label: "Sotomayor and critics of broad power: no one above the law",
    argument: `\
Justice Sotomayor, dissenting in Trump v. \
United States with Justices Kagan and Jackson, argued that the decision "effectively creates a \
law-free zone around the President" and gives future Presidents room to misuse official power. \
Critics of broad readings of Curtiss-Wright point out that the case involved a President acting \
under a law Congress passed; as Chief Justice Roberts put it in Zivotofsky, it "held only that he \
could act pursuant to a legislative delegation." \
On this view, emergency power is safest when it rests on Congress's authorization and stays open to \
review in court.`,
    sourceIds: [
      "trump-v-united-states",
      "tnr-trump-immunity-dissent-2024",
      "zivotofsky-v-kerry",
      "us-v-curtiss-wright",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
Lincoln asked whether "all the laws but one" should go unexecuted to protect that one. \
Can a leader ever be justified in setting aside one legal limit to preserve the government? \
Who should decide afterward whether it was justified?`,
  `\
Jackson's framework makes Congress's choices central. \
What happens to the framework when Congress stays silent in a crisis, and does that give Congress \
too much or too little responsibility?`,
  `\
Milligan and Hamdi both say constitutional rights continue during war. \
Are there wartime limits on rights that courts should accept, and how should judges decide where \
they lie?`,
  `\
In Zivotofsky (2015), Chief Justice Roberts wrote that Curtiss-Wright's "sole organ" language \
"certainly has attraction for members of the Executive Branch," while the case itself involved a \
President acting under a law. \
Should broad phrases in court opinions guide later decisions, or only what the case actually \
decided? \
What are the risks of each approach?`,
] satisfies Lesson["discussionQuestions"];
