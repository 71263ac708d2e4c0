import type { Lesson } from "civics-lessons";
import {
  apFebruary2026,
  bellingerStatement2008,
  biaAbregoBond2019,
  bloombergDvd,
  bssNoMistake2025,
  cardozaFonseca,
  cat,
  catRegulations,
  cmsBarsky,
  columbiaPromisesToKeep,
  constAmend5,
  crsCatImplementation,
  dhsVDvd,
  dvdFirstCircuitStay2026,
  dvdMerits2026,
  dvdStayMotion2026,
  farra2242,
  hrwCatUnderstanding,
  inaWithholding,
  khouzamVAttorneyGeneral,
  kiyembaIi,
  munafVGeren,
  newRepublicGangDocuments2025,
  noemVAbregoGarcia,
  noloAsylumComparison,
  refugeeAct1980,
  refugeeConvention,
  refugeeProtocol,
  saleVHaitianCenters,
  scotusblogAbregoGarcia,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  refugeeConvention,
  refugeeProtocol,
  cat,
  refugeeAct1980,
  inaWithholding,
  {
    ...farra2242,
    excerpt: `\
It shall be the policy of the United States not to expel, extradite, or otherwise effect the \
involuntary return of any person to a country in which there are substantial grounds for believing \
the person would be in danger of being subjected to torture, regardless of whether the person is \
physically present in the United States.`,
  },
  catRegulations,
  crsCatImplementation,
  cmsBarsky,
  {
    ...saleVHaitianCenters,
    excerpt: `\
No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the \
frontiers of territories where his life or freedom would be threatened on account of his race, \
religion, nationality, membership of a particular social group or political opinion.`,
  },
  cardozaFonseca,
  noloAsylumComparison,
  {
    ...constAmend5,
    excerpt: "No person shall be ... deprived of life, liberty, or property, without due process of law",
  },
  bellingerStatement2008,
  columbiaPromisesToKeep,
  khouzamVAttorneyGeneral,
  munafVGeren,
  kiyembaIi,
  scotusblogAbregoGarcia,
  noemVAbregoGarcia,
  dhsVDvd,
  bloombergDvd,
  hrwCatUnderstanding,
  biaAbregoBond2019,
  newRepublicGangDocuments2025,
  bssNoMistake2025,
  apFebruary2026,
  dvdMerits2026,
  dvdStayMotion2026,
  dvdFirstCircuitStay2026,
] satisfies Lesson["sources"];
