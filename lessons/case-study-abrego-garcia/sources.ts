import type { Lesson } from "civics-lessons";
import {
  apFebruary2026,
  clearinghouseAbregoGarcia,
  cmsBarsky,
  constAmend5,
  crenshawOctober2025,
  dismissalReports,
  federalist78,
  ftoDesignation,
  govtApplicationApril2025,
  gwlrAbregoGarcia,
  inaWithholding,
  msnowFacilitate,
  newRepublicXinis,
  noemVAbregoGarcia,
  reutersCecotOpening2023,
  reutersIceDetention,
  scotusblogAbregoGarcia,
  slateDecember2025,
  spectrumJune2025,
  suspensionClause,
  volokhFacilitate,
  xinisDecember2025,
  xinisOrderApril2025,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...noemVAbregoGarcia,
    excerpt: `\
with due regard for the deference owed to the Executive Branch in the conduct of foreign affairs`,
  },
  govtApplicationApril2025,
  xinisOrderApril2025,
  clearinghouseAbregoGarcia,
  scotusblogAbregoGarcia,
  gwlrAbregoGarcia,
  newRepublicXinis,
  msnowFacilitate,
  volokhFacilitate,
  spectrumJune2025,
  crenshawOctober2025,
  reutersIceDetention,
  xinisDecember2025,
  slateDecember2025,
  apFebruary2026,
  dismissalReports,
  inaWithholding,
  cmsBarsky,
  {
    ...constAmend5,
    excerpt: "No person shall be ... deprived of life, liberty, or property, without due process of law",
  },
  suspensionClause,
  {
    ...federalist78,
    excerpt: `\
may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend \
upon the aid of the executive arm even for the efficacy of its judgments.`,
  },
  reutersCecotOpening2023,
  ftoDesignation,
] satisfies Lesson["sources"];
