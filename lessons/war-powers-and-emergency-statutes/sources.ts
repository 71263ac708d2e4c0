import type { Lesson } from "civics-lessons";
import {
  aeaStatute,
  aumf2001,
  campbellVClinton,
  crsIeepa,
  crsNeaDefinition,
  crsRs22130,
  crsWprLitigation,
  denshoEdaRepeal,
  eo10730,
  eo14157,
  frusWprNote,
  hamdiVRumsfeld,
  ieepa,
  insurrectionAct,
  internalSecurityAct,
  learningResourcesVTrump,
  martinVMott,
  nationalEmergenciesAct,
  nonDetentionAct,
  usConstitution,
  warPowersResolution,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...usConstitution,
    pinpoint: "art. I, §§ 7–8; art. II, § 2",
    excerpt: `\
To declare War, grant Letters of Marque and Reprisal, and make Rules concerning Captures on Land \
and Water`,
  },
  warPowersResolution,
  frusWprNote,
  crsWprLitigation,
  campbellVClinton,
  {
    ...aumf2001,
    excerpt: `\
to use all necessary and appropriate force against those nations, organizations, or persons he \
determines planned, authorized, committed, or aided the terrorist attacks that occurred on \
September 11, 2001, or harbored such organizations or persons`,
  },
  hamdiVRumsfeld,
  insurrectionAct,
  eo10730,
  martinVMott,
  nationalEmergenciesAct,
  crsNeaDefinition,
  {
    ...ieepa,
    excerpt: `\
to deal with any unusual and extraordinary threat, which has its source in whole or substantial \
part outside the United States, to the national security, foreign policy, or economy of the United \
States, if the President declares a national emergency with respect to such threat`,
  },
  crsIeepa,
  eo14157,
  learningResourcesVTrump,
  internalSecurityAct,
  {
    ...nonDetentionAct,
    excerpt: `\
No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an \
Act of Congress.`,
  },
  aeaStatute,
  crsRs22130,
  denshoEdaRepeal,
] satisfies Lesson["sources"];
