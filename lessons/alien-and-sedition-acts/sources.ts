import type { Lesson } from "civics-lessons";
import {
  aeaStatute,
  alienFriendsAct,
  annenbergSeditionExpires,
  britannicaAlienSedition,
  britannicaResolutions,
  callenderLetter1801,
  crsLsb11269,
  eacAlienSedition,
  elliotKentuckyResolutions,
  fjcSeditionChronology,
  fjcSeditionNarrative,
  foundersKentuckyNote,
  frus1918,
  gilderLehrmanSedition,
  jinhReview,
  ludecke,
  naraEnemyAliens,
  naraTodaysDoc,
  naturalizationAct1798,
  proclamation10903,
  seditionAct,
  usConstitution,
  virginiaResolutions,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  naturalizationAct1798,
  alienFriendsAct,
  {
    ...aeaStatute,
    pinpoint: "§ 21",
    excerpt: `\
all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age \
of fourteen years and upward, who shall be within the United States and not actually naturalized, \
shall be liable to be apprehended, restrained, secured, and removed as alien enemies.`,
  },
  {
    ...seditionAct,
    excerpt: `\
any false, scandalous and malicious writing or writings against the government of the United \
States, or either house of the Congress of the United States, or the President of the United States`,
  },
  {
    ...usConstitution,
    pinpoint: "amend. I",
    excerpt: "Congress shall make no law ... abridging the freedom of speech, or of the press",
  },
  {
    ...virginiaResolutions,
    excerpt: "expressly and positively forbidden by one of the amendments thereto",
  },
  elliotKentuckyResolutions,
  foundersKentuckyNote,
  fjcSeditionNarrative,
  fjcSeditionChronology,
  callenderLetter1801,
  annenbergSeditionExpires,
  naraTodaysDoc,
  britannicaAlienSedition,
  britannicaResolutions,
  gilderLehrmanSedition,
  eacAlienSedition,
  jinhReview,
  frus1918,
  crsLsb11269,
  ludecke,
  naraEnemyAliens,
  proclamation10903,
] satisfies Lesson["sources"];
