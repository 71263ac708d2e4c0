import type { Lesson } from "civics-lessons";
import {
  aarpVTrump,
  acluPlaintiffs,
  aeaStatute,
  anadoluLeavittBriefing2025,
  bloombergDeclarations,
  cernaDeclaration2025,
  crsLsb11269,
  dcCirAdminStay,
  dcCirDec2025,
  dcCirEnBanc,
  dcCirMandamus,
  dcCirStayDenial,
  dojFilingMar252025,
  dojLetterJan2026,
  exParteGrossman,
  federalist78,
  govFilingMar16,
  jggContemptOpinion,
  jggDec8Order,
  jggFeb2026Order,
  jggSummaryJudgment,
  jggTro,
  leavittStatement,
  nprExchange,
  proclamation10903,
  reutersArrival2025,
  rubioDeclarationJan2026,
  rule42,
  trumpVJgg,
  wapoFigures,
  whReactionFeb2026,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...aeaStatute,
    excerpt: `\
any invasion or predatory incursion is perpetrated, attempted, or threatened against the territory \
of the United States by any foreign nation or government`,
  },
  crsLsb11269,
  {
    ...proclamation10903,
    excerpt: "is perpetrating, attempting, and threatening an invasion or predatory incursion",
  },
  jggTro,
  govFilingMar16,
  cernaDeclaration2025,
  dojFilingMar252025,
  wapoFigures,
  reutersArrival2025,
  nprExchange,
  leavittStatement,
  anadoluLeavittBriefing2025,
  bloombergDeclarations,
  acluPlaintiffs,
  dcCirStayDenial,
  {
    ...trumpVJgg,
    excerpt: `\
within a reasonable time and in such a manner as will allow them to actually seek habeas relief in \
the proper venue before such removal occurs`,
  },
  aarpVTrump,
  jggContemptOpinion,
  dcCirAdminStay,
  dcCirMandamus,
  dcCirEnBanc,
  jggDec8Order,
  dcCirDec2025,
  jggSummaryJudgment,
  dojLetterJan2026,
  rubioDeclarationJan2026,
  jggFeb2026Order,
  whReactionFeb2026,
  {
    ...federalist78,
    excerpt: `\
may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend \
upon the aid of the executive arm even for the efficacy of its judgments.`,
  },
  rule42,
  exParteGrossman,
] satisfies Lesson["sources"];
