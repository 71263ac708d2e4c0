import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "wpr-congress-view",
    label: "Congress: the war power belongs to the legislature",
    argument: `\
Supporters of the War Powers Resolution point to Article I, which gives Congress alone the power \
to declare war and to fund the Army. \
According to CRS, Congress passed the law partly because of concern that its war power had \
withered during the Korean and Vietnam conflicts, and it enacted the law over a presidential veto. \
On this view, reporting deadlines and a withdrawal clock are how Congress keeps a say once troops \
are sent.`,
    sourceIds: ["us-constitution", "crs-wpr-litigation", "frus-wpr-note"],
  },
  {
    id: "wpr-presidential-view",
    label: "Presidents: the Commander in Chief must be able to act",
    argument: `\
President Nixon vetoed the Resolution, and CRS reports that later Presidents have maintained they \
may begin military action on their own authority, with several calling parts of the law an \
unconstitutional limit on the Commander in Chief. \
President Clinton, for example, described a 1999 report as "consistent with" the Resolution. \
On this view, a fixed 60-day clock can tie a President's hands in a fast-moving crisis.`,
    sourceIds: ["crs-wpr-litigation", "campbell-v-clinton", "frus-wpr-note"],
  },
  {
    id: "section-4001-narrow",
    label: "Bush administration: § 4001(a) reaches only civilian detention",
    argument: `\
In the Hamdi and Padilla litigation, the administration argued that the Non-Detention Act \
restricts detentions by the Attorney General, not those ordered by the President or carried out by \
the military, so it did not block holding citizens as enemy combatants.`,
    sourceIds: ["crs-rs22130"],
  },
  {
    id: "section-4001-broad",
    label: "CRS analyst Louis Fisher: § 4001(a) covers all executive detention",
    argument: `\
Fisher concluded that Congress meant § 4001(a), which replaced the Emergency Detention Act, to \
restrict every kind of executive detention of citizens, including military detention, unless \
Congress has authorized it.`,
    sourceIds: ["crs-rs22130", "non-detention-act"],
  },
  {
    id: "section-4001-plurality",
    label: "Hamdi plurality (2004): the AUMF is the Act of Congress",
    argument: `\
Justice O'Connor's plurality did not decide whether § 4001(a) covers military detention. \
It reasoned that the AUMF itself authorized holding people captured fighting in Afghanistan, so \
any Act-of-Congress requirement was met, while due process still entitled a citizen to a fair \
hearing. \
Justices Souter and Ginsburg disagreed, reading the AUMF as too general to satisfy § 4001(a).`,
    sourceIds: ["hamdi-v-rumsfeld", "crs-rs22130"],
  },
  {
    id: "ieepa-tariffs-majority",
    label: "Learning Resources majority: IEEPA does not reach tariffs",
    argument: `\
Chief Justice Roberts, writing for a six-Justice majority, reasoned that IEEPA's power to regulate \
importation does not include imposing tariffs, which are a form of taxation the Constitution gives \
to Congress.`,
    sourceIds: ["learning-resources-v-trump", "us-constitution"],
  },
  {
    id: "ieepa-tariffs-dissent",
    label: "Learning Resources dissent: regulating imports includes duties",
    argument: `\
Justice Kavanaugh, joined by Justices Thomas and Alito, argued that regulating importation has \
historically included imposing duties, and that Congress wrote IEEPA to give the President \
flexible tools against foreign threats. \
Justice Thomas also wrote a dissent of his own.`,
    sourceIds: ["learning-resources-v-trump"],
  },
  {
    id: "administration-2025",
    label: "The administration (2025–2026): these operations did not need Congress's approval",
    argument: `\
The President reported the boat strikes under his Article II power as Commander in Chief and Chief \
Executive, told Congress the United States was in a "non-international armed conflict" with \
designated cartels, and formally opposed a Senate resolution to end the strikes. \
Its lawyers said strikes that put no U.S. \
forces at risk are not "hostilities" under the War Powers Resolution, and that the raid on Caracas \
was support for arresting an indicted fugitive that did not "rise to the level of war" in the \
constitutional sense. \
In April 2026 it said a ceasefire had "terminated" the hostilities with Iran. \
Senate leaders who agreed said the Venezuela resolution tried "to stop something that is not \
happening," because no U.S. \
troops were on the ground there.`,
    sourceIds: [
      "wpr-report-sept-2025",
      "cartel-conflict-notice-2025",
      "sap-sjres90-2025",
      "just-security-wpr-hostilities-2025",
      "olc-maduro-opinion-2026",
      "reuters-iran-terminated-2026",
      "responsible-statecraft-jan-2026",
    ],
  },
  {
    id: "critics-2025",
    label: "Critics in Congress (2025–2026): lethal strikes and a raid on a capital are hostilities",
    argument: `\
Senator Tim Kaine called the claim that the Venezuela campaign involved no hostilities "a violation \
of every reasonable meaning of that term," and Senator Rand Paul asked whether a military blockade \
of a country is not war. \
On this view, only Congress can authorize a campaign of lethal strikes or the capture of a foreign \
leader, and the War Powers Resolution's clock exists for exactly these cases. \
In June 2026 majorities in both chambers voted to direct the President to remove U.S. \
forces from hostilities against Iran.`,
    sourceIds: [
      "responsible-statecraft-jan-2026",
      "npr-senate-venezuela-jan-2026",
      "sjres98",
      "hconres86",
      "guardian-senate-iran-june-2026",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
The War Powers Resolution lets a President use force for up to 60 days (plus 30) before Congress \
must act. \
Is that the right balance between speed and democratic control? \
What would you change?`,
  `\
Martin v. \
Mott left it to the President to decide when an emergency exists, while Hamdi insisted on a \
neutral decision-maker for a detained citizen. \
When should courts defer to the President, and when should they look closely?`,
  `\
The National Emergencies Act lets Congress end an emergency by joint resolution, which the \
President can veto. \
Does that give Congress a real check? \
What other tools does Congress have?`,
  `\
The Emergency Detention Act was never used, yet a campaign worked for years to repeal it. \
Why might people want to repeal a law that has never been used?`,
] satisfies Lesson["discussionQuestions"];
