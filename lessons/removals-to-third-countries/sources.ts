import type { Lesson } from "civics-lessons";
import {
  acaRatification2025,
  acaRule2019,
  bloombergDvd,
  cat,
  dhsVDvd,
  dhsVDvdClarification2025,
  dvdFirstCircuitStay2026,
  dvdInjunction2025,
  dvdMerits2026,
  dvdStayMotion2026,
  eswatiniArrival2025,
  eswatiniIom2025,
  eswatiniThirdGroup2026,
  farra2242,
  ghanaLawsuit2025,
  ghanaOnwardRemoval2025,
  iceDirectiveFeb2025,
  immpolicyGuatemalaAca2019,
  inaWithholding,
  jamaVIce,
  rwandaAgreement2025,
  rwandaArrivals2025,
  sfrcAcaReport2021,
  sfrcReport2026,
  southSudanArrival2025,
  southSudanStatement2025,
  stateDeptAca2021,
  stca2002,
  ugandaAgreement2025,
  unExpertsJuly2025,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...jamaVIce,
    pinpoint: "syllabus",
    excerpt: `\
(4) if that is "impracticable, inadvisable or impossible," he shall be removed to another country \
whose government will accept him`,
  },
  inaWithholding,
  cat,
  {
    ...farra2242,
    excerpt: `\
It shall be the policy of the United States not to expel, extradite, or otherwise effect the \
involuntary return of any person to a country in which there are substantial grounds for believing \
the person would be in danger of being subjected to torture, regardless of whether the person is \
physically present in the United States.`,
  },
  iceDirectiveFeb2025,
  dvdInjunction2025,
  bloombergDvd,
  dhsVDvd,
  {
    ...dhsVDvdClarification2025,
    excerpt: "I do not see how a district court can compel compliance with an order that this Court has stayed",
  },
  southSudanArrival2025,
  southSudanStatement2025,
  dvdMerits2026,
  dvdStayMotion2026,
  dvdFirstCircuitStay2026,
  unExpertsJuly2025,
  eswatiniArrival2025,
  eswatiniIom2025,
  eswatiniThirdGroup2026,
  ghanaOnwardRemoval2025,
  ghanaLawsuit2025,
  rwandaAgreement2025,
  rwandaArrivals2025,
  ugandaAgreement2025,
  sfrcReport2026,
  stca2002,
  immpolicyGuatemalaAca2019,
  acaRule2019,
  sfrcAcaReport2021,
  stateDeptAca2021,
  acaRatification2025,
] satisfies Lesson["sources"];
