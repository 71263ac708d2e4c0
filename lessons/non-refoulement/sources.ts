import type { Lesson } from "civics-lessons";
import {
  bellingerStatement2008,
  bloombergDvd,
  cardozaFonseca,
  cat,
  catRegulations,
  cmsBarsky,
  columbiaPromisesToKeep,
  constAmend5,
  crsCatImplementation,
  dhsVDvd,
  farra2242,
  inaWithholding,
  khouzamVAttorneyGeneral,
  kiyembaIi,
  munafVGeren,
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
] satisfies Lesson["sources"];
