import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1861-04",
    event: `\
President Lincoln authorizes his commanding general to suspend habeas corpus along the military \
line between Philadelphia and Washington.`,
    sourceIds: ["lincoln-july-1861-message", "ex-parte-merryman"],
  },
  {
    date: "1861-05-25",
    event: `\
Soldiers arrest John Merryman and hold him at Fort McHenry; within days Chief Justice Taney, \
sitting as a circuit judge, rules that only Congress may suspend the writ.`,
    sourceIds: ["ex-parte-merryman", "tillman-merryman"],
  },
  {
    date: "1861-07-04",
    event: "Lincoln defends the suspension in a message to Congress in special session.",
    sourceIds: ["lincoln-july-1861-message"],
  },
  {
    date: "1863-03-03",
    event: `\
Congress passes the Habeas Corpus Act, authorizing the President to suspend the writ during the \
rebellion.`,
    sourceIds: ["habeas-corpus-act-1863"],
  },
  {
    date: "1864-10-05",
    event: `\
Lambdin Milligan, an Indiana civilian, is arrested; a military commission later sentences him to \
hang.`,
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
    event: `\
Congress passes a joint resolution letting the President ban arms sales to Bolivia and Paraguay.`,
    sourceIds: ["us-v-curtiss-wright"],
  },
  {
    date: "1936-12-21",
    event: "United States v. Curtiss-Wright Export Corp. upholds the arms embargo resolution, 7-1.",
    sourceIds: ["us-v-curtiss-wright"],
  },
  {
    date: "1947",
    event: `\
Congress passes the Taft-Hartley Act, providing procedures for strikes that threaten the nation \
but no power to seize plants.`,
    sourceIds: ["youngstown", "teaching-american-history-youngstown"],
  },
  {
    date: "1952-04-08",
    event: `\
President Truman orders the seizure of most of the nation's steel mills during the Korean War.`,
    sourceIds: ["youngstown"],
  },
  {
    date: "1952-06-02",
    event: `\
Youngstown Sheet & Tube Co. v. \
Sawyer strikes down the seizure, 6-3; Justice Jackson's concurrence sets out three categories.`,
    sourceIds: ["youngstown"],
  },
  {
    date: "2001-09-18",
    event: "The Authorization for Use of Military Force is signed into law.",
    sourceIds: ["aumf-2001"],
  },
  {
    date: "2004-06-28",
    event: `\
Hamdi v. \
Rumsfeld: the plurality holds that a citizen held as an enemy combatant is owed notice and a \
meaningful chance to contest the facts.`,
    sourceIds: ["hamdi-v-rumsfeld"],
  },
  {
    date: "2015-06-08",
    event: `\
Zivotofsky v. \
Kerry: the Court holds that the power to recognize foreign nations belongs to the President alone, \
even against a contrary statute.`,
    sourceIds: ["zivotofsky-v-kerry"],
  },
  {
    date: "2024-07-01",
    event: `\
Trump v. \
United States sets out levels of immunity from criminal prosecution for a former President's acts.`,
    sourceIds: ["trump-v-united-states"],
  },
  {
    date: "2026-02-20",
    event: `\
Learning Resources, Inc. \
v. \
Trump: the Court rules 6-3 that the International Emergency Economic Powers Act does not authorize \
tariffs.`,
    sourceIds: ["learning-resources-v-trump"],
  },
] satisfies Lesson["timeline"];
