import type { Lesson } from "civics-lessons";
import {
  aeaStatute,
  alienFriendsAct,
  britannicaAlienSedition,
  britannicaResolutions,
  constitution,
  crsLsb11269,
  eacAlienSedition,
  frus1918,
  gilderLehrmanSedition,
  jinhReview,
  ludecke,
  naraEnemyAliens,
  naraTodaysDoc,
  naturalizationAct1798,
  seditionAct,
  virginiaResolutions,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  naturalizationAct1798,
  alienFriendsAct,
  {
    ...aeaStatute,
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
    ...constitution,
    excerpt: "Congress shall make no law ... abridging the freedom of speech, or of the press",
  },
  {
    ...virginiaResolutions,
    excerpt: "expressly and positively forbidden by one of the amendments thereto",
  },
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
] satisfies Lesson["sources"];
