import type { Lesson } from "civics-lessons";
import {
  annenbergPickeringTimeline,
  bourneFederalistAuthorship,
  crsLsb10242,
  dawsonFederalistAuthorship,
  federalist47,
  federalist51,
  federalist78,
  frusWprNote,
  locSamuelChase,
  marburyVMadison,
  masonObjections,
  montesquieuSpiritOfLaws,
  pickeringImpeachment,
  usConstitution,
  usVNixon,
  warPowersResolution,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  { ...usConstitution, pinpoint: "art. I, §§ 1-3, 7-9; art. II, §§ 1-4; art. III, § 1" },
  montesquieuSpiritOfLaws,
  masonObjections,
  {
    ...federalist47,
    excerpt: `\
The accumulation of all powers, legislative, executive, and judiciary, in the same hands, whether \
of one, a few, or many, and whether hereditary, self-appointed, or elective, may justly be \
pronounced the very definition of tyranny.`,
  },
  {
    ...federalist51,
    excerpt: `\
Ambition must be made to counteract ambition. ... \
If men were angels, no government would be necessary.`,
  },
  {
    ...federalist78,
    excerpt: `\
may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend \
upon the aid of the executive arm even for the efficacy of its judgments.`,
  },
  {
    ...marburyVMadison,
    excerpt: `\
It is emphatically the province and duty of the judicial department to say what the law is.`,
  },
  usVNixon,
  warPowersResolution,
  frusWprNote,
  pickeringImpeachment,
  annenbergPickeringTimeline,
  locSamuelChase,
  dawsonFederalistAuthorship,
  bourneFederalistAuthorship,
  crsLsb10242,
] satisfies Lesson["sources"];
