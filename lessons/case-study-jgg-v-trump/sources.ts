import type { Lesson } from "civics-lessons";
import {
  aarpVTrump,
  acluPlaintiffs,
  aeaStatute,
  bloombergDeclarations,
  crsLsb11269,
  dcCirAdminStay,
  dcCirDec2025,
  dcCirEnBanc,
  dcCirMandamus,
  dcCirStayDenial,
  exParteGrossman,
  federalist78,
  govFilingMar16,
  jggContemptOpinion,
  jggDec8Order,
  jggSummaryJudgment,
  jggTro,
  leavittStatement,
  nprExchange,
  proclamation10903,
  reutersArrival2025,
  rule42,
  trumpVJgg,
  wapoFigures,
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
  wapoFigures,
  reutersArrival2025,
  nprExchange,
  leavittStatement,
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
  {
    ...federalist78,
    excerpt: `\
may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend \
upon the aid of the executive arm even for the efficacy of its judgments.`,
  },
  rule42,
  exParteGrossman,
] satisfies Lesson["sources"];
