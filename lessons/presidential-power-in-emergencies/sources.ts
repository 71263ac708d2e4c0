import type { Lesson } from "civics-lessons";
import {
  aumf2001,
  blackmanWhatAboutNixon2026,
  exParteMerryman,
  exParteMilligan,
  habeasCorpusAct1863,
  hamdiVRumsfeld,
  learningResourcesVTrump,
  lincolnJuly1861Message,
  lofgrenCurtissWright,
  teachingAmericanHistoryYoungstown,
  tillmanMerryman,
  tnrTrumpImmunityDissent2024,
  trumpVUnitedStates,
  usConstitution,
  usVCurtissWright,
  youngstown,
  zivotofskyVKerry,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...usConstitution,
    pinpoint: "art. I, § 9, cl. 2; art. II, §§ 2-3",
    excerpt: `\
The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of \
Rebellion or Invasion the public Safety may require it.`,
  },
  {
    ...lincolnJuly1861Message,
    excerpt: `\
To state the question more directly: are all the laws but one to go unexecuted, and the \
Government itself go to pieces, lest that one be violated?`,
  },
  exParteMerryman,
  tillmanMerryman,
  habeasCorpusAct1863,
  {
    ...exParteMilligan,
    excerpt: `\
The Constitution of the United States is a law for rulers and people, equally in war and in peace, \
and covers with the shield of its protection all classes of men, at all times, and under all \
circumstances.`,
  },
  usVCurtissWright,
  lofgrenCurtissWright,
  {
    ...youngstown,
    excerpt: `\
When the President acts pursuant to an express or implied authorization of Congress, his authority \
is at its maximum ... \
When the President acts in absence of either a congressional grant or denial of authority, he can \
only rely upon his own independent powers, but there is a zone of twilight in which he and \
Congress may have concurrent authority, or in which its distribution is uncertain. ... \
When the President takes measures incompatible with the expressed or implied will of Congress, his \
power is at its lowest ebb`,
  },
  teachingAmericanHistoryYoungstown,
  aumf2001,
  hamdiVRumsfeld,
  zivotofskyVKerry,
  trumpVUnitedStates,
  tnrTrumpImmunityDissent2024,
  learningResourcesVTrump,
  blackmanWhatAboutNixon2026,
] satisfies Lesson["sources"];
