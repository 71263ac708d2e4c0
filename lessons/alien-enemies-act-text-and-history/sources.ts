import type { Lesson } from "civics-lessons";
import {
  acsKorematsu,
  aeaStatute,
  civilLibertiesAct,
  crsLsb11269,
  crsRs22130,
  cwric,
  denshoAea,
  denshoSantaFe,
  discoverNikkeiRenunciation,
  dojLetterJan2026,
  dojRedress1999,
  enBancArgumentReport,
  endo,
  eo9066,
  famousTrialsKorematsu,
  frus1918,
  historyhubWwi,
  kluskens2017,
  korematsu,
  ludecke,
  naraEnemyAliens,
  naraWwi,
  nonDetentionAct,
  proclamation2525,
  proclamation10903,
  proclamations25262527,
  trumpVHawaii,
  usmsWwi,
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
or any invasion or predatory incursion is perpetrated ... against the territory of the United \
States by any foreign nation or government, and the President makes public proclamation of the \
event, all natives, citizens, denizens, or subjects of the hostile nation or government, being of \
the age of fourteen years and upward, who shall be within the United States and not actually \
naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies.`,
  },
  frus1918,
  crsLsb11269,
  naraWwi,
  historyhubWwi,
  usmsWwi,
  kluskens2017,
  {
    ...proclamation2525,
    excerpt: `\
an invasion has been perpetrated upon the territory of the United States by Empire of Japan`,
  },
  proclamations25262527,
  naraEnemyAliens,
  {
    ...ludecke,
    excerpt: "This Alien Enemy Act has remained the law of the land, virtually unchanged since 1798.",
  },
  denshoAea,
  denshoSantaFe,
  discoverNikkeiRenunciation,
  eo9066,
  korematsu,
  endo,
  cwric,
  civilLibertiesAct,
  dojRedress1999,
  trumpVHawaii,
  famousTrialsKorematsu,
  acsKorematsu,
  {
    ...nonDetentionAct,
    excerpt: `\
No citizen shall be imprisoned or otherwise detained by the United States except pursuant to an \
Act of Congress.`,
  },
  crsRs22130,
  proclamation10903,
  wmmPanel,
  wmmEnBancOrder,
  enBancArgumentReport,
  dojLetterJan2026,
] satisfies Lesson["sources"];
