import type { Lesson } from "civics-lessons";
import {
  aarpVTrump,
  aea1798Original,
  aea1918Amendment,
  aeaStatute,
  apDeportationPlan2025,
  asrVTrump,
  britannicaAlienSedition,
  caulfieldLateralReading,
  crsLsb11269,
  dbuVTrump,
  enBancArgumentReport,
  eo9066,
  eo9066Overview,
  gffVTrump,
  inlGrantAgreement,
  javVTrump,
  jggDcCirDec2025,
  jggMandamus,
  jggMarch15Orders,
  jggProbableCause,
  jggRehearingDenied,
  leavittStatement,
  naraEnemyAliens,
  noemDeclaration,
  nprExchange,
  proclamation10903,
  trumpVJgg,
  wapoFigures,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...aeaStatute,
    excerpt: `\
… all natives, citizens, denizens, or subjects of the hostile nation or government, being of the \
age of fourteen years and upward, who shall be within the United States and not actually \
naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.`,
  },
  {
    ...aea1798Original,
    excerpt: `\
… all natives, citizens, denizens, or subjects of the hostile nation or government, being males of \
the age of fourteen years and upwards, who shall be within the United States, and not actually \
naturalized, shall be liable to be apprehended, restrained, secured and removed, as alien enemies.`,
  },
  aea1918Amendment,
  {
    ...eo9066,
    excerpt: "prescribe military areas ... from which any or all persons may be excluded",
  },
  eo9066Overview,
  naraEnemyAliens,
  britannicaAlienSedition,
  caulfieldLateralReading,
  proclamation10903,
  apDeportationPlan2025,
  inlGrantAgreement,
  wapoFigures,
  nprExchange,
  jggMarch15Orders,
  leavittStatement,
  jggProbableCause,
  jggMandamus,
  jggRehearingDenied,
  noemDeclaration,
  jggDcCirDec2025,
  trumpVJgg,
  aarpVTrump,
  javVTrump,
  dbuVTrump,
  gffVTrump,
  asrVTrump,
  enBancArgumentReport,
  crsLsb11269,
] satisfies Lesson["sources"];
