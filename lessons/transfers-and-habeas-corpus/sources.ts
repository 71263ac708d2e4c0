import type { Lesson } from "civics-lessons";
import {
  apCustodyHearing2025,
  apUnElSalvador2025,
  boumedieneVBush,
  crsR40754,
  crsR42143,
  dhsVThuraissigiam,
  habeasStatute,
  jggCecotClassJune2025,
  jggFeb2026Order,
  jggSummaryJudgment,
  kiyembaI,
  kiyembaIi,
  leavittStatement,
  munafVGeren,
  ndaaFy2011,
  noemVAbregoGarcia,
  nprExchange,
  rasulVBush,
  rubioDeclarationJan2026,
  scotusblogAbregoGarcia,
  trumpVJgg,
  usConstitution,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...usConstitution,
    pinpoint: "art. I, § 9, cl. 2",
    excerpt: `\
The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of \
Rebellion or Invasion the public Safety may require it.`,
  },
  habeasStatute,
  rasulVBush,
  {
    ...boumedieneVBush,
    excerpt: "The laws and Constitution are designed to survive, and remain in force, in extraordinary times.",
  },
  munafVGeren,
  kiyembaI,
  kiyembaIi,
  ndaaFy2011,
  crsR42143,
  {
    ...trumpVJgg,
    excerpt: `\
within a reasonable time and in such a manner as will allow them to actually seek habeas relief in \
the proper venue before such removal occurs`,
  },
  {
    ...noemVAbregoGarcia,
    excerpt: "with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs",
  },
  scotusblogAbregoGarcia,
  jggCecotClassJune2025,
  jggSummaryJudgment,
  leavittStatement,
  apCustodyHearing2025,
  nprExchange,
  dhsVThuraissigiam,
  crsR40754,
  apUnElSalvador2025,
  rubioDeclarationJan2026,
  jggFeb2026Order,
] satisfies Lesson["sources"];
