import type { Lesson } from "civics-lessons";
import {
  aarpVTrump,
  aeaStatute,
  asrVTrump,
  crsLsb11269,
  dbuVTrump,
  dojLetterJan2026,
  enBancArgumentReport,
  eo14157,
  frus1918,
  ftoDesignations,
  gffVTrump,
  javVTrump,
  jggTro,
  juristReport,
  leavittStatement,
  ludecke,
  nicAssessment2025,
  proclamation10903,
  reutersMaduroArraignment2026,
  trumpVJgg,
  wapoFigures,
  wmmEnBancOrder,
  wmmPanel,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...aeaStatute,
    pinpoint: "§ 21",
    excerpt: `\
Whenever there is a declared war between the United States and any foreign nation or government, \
or any invasion or predatory incursion is perpetrated, attempted, or threatened against the \
territory of the United States by any foreign nation or government, and the President makes public \
proclamation of the event, all natives, citizens, denizens, or subjects of the hostile nation or \
government, being of the age of fourteen years and upward, who shall be within the United States \
and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed \
as alien enemies.`,
  },
  frus1918,
  ludecke,
  crsLsb11269,
  eo14157,
  ftoDesignations,
  {
    ...proclamation10903,
    excerpt: `\
Tren de Aragua (TdA) is a designated Foreign Terrorist Organization with thousands of members, \
many of whom have unlawfully infiltrated the United States and are conducting irregular warfare \
and undertaking hostile actions against the United States. … TdA is perpetrating, attempting, and \
threatening an invasion or predatory incursion against the territory of the United States.`,
  },
  jggTro,
  juristReport,
  wapoFigures,
  leavittStatement,
  {
    ...trumpVJgg,
    excerpt: `\
… within a reasonable time and in such a manner as will allow them to actually seek habeas relief \
in the proper venue before such removal occurs.`,
  },
  aarpVTrump,
  javVTrump,
  dbuVTrump,
  gffVTrump,
  asrVTrump,
  wmmPanel,
  wmmEnBancOrder,
  enBancArgumentReport,
  reutersMaduroArraignment2026,
  dojLetterJan2026,
  nicAssessment2025,
] satisfies Lesson["sources"];
