// Proclamations, executive orders and other acts of the President.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const acaRatification2025 = {
  id: "aca-ratification-2025",
  kind: "executive-action",
  title: "DHS Secretary ratifies interim final rule on Asylum Cooperative Agreements",
  citation: `\
Ratification of Department Action, DHS 2025-16809 (Sept. 2, 2025), as summarized by the \
Immigration Policy Tracking Project`,
  url: `\
https://immpolicytracking.org/policies/homeland-security-secretary-noem-ratifies-interim-final-rule-pertaining-to-asylum-cooperative-agreements`,
  publisher: "Immigration Policy Tracking Project",
  date: "2025-09-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const acaRule2019 = {
  id: "aca-rule-2019",
  kind: "executive-action",
  title: `\
Implementing Bilateral and Multilateral Asylum Cooperative Agreements Under the Immigration and \
Nationality Act (interim final rule)`,
  citation: "84 Fed. Reg. 63994 (Nov. 19, 2019)",
  url: "https://www.govinfo.gov/content/pkg/FR-2019-11-19/html/2019-25137.htm",
  publisher: "U.S. Government Publishing Office",
  date: "2019-11-19",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cartelConflictNotice2025 = {
  id: "cartel-conflict-notice-2025",
  kind: "executive-action",
  title: "Notice to Congress of a non-international armed conflict with designated cartels",
  citation: "Notice to Congress under 50 U.S.C. § 1543a (2025), text reprinted by GlobalSecurity.org",
  url: "https://www.globalsecurity.org/security/library/policy/national/cartels-conflicts_notice-to-congress_202509.htm",
  publisher: "The White House (text: GlobalSecurity.org)",
  date: "2025",
  publicDomain: true,
} satisfies BibliographyEntry;

export const catRegulations = {
  id: "cat-regulations",
  kind: "executive-action",
  title: "Regulations Concerning the Convention Against Torture (interim rule)",
  citation: "64 Fed. Reg. 8478 (Feb. 19, 1999) (codified at 8 C.F.R. §§ 208.16–208.18, 1208.16–1208.18)",
  url: "https://www.govinfo.gov/content/pkg/FR-1999-02-19/html/99-4140.htm",
  publisher: "U.S. Government Publishing Office",
  date: "1999-02-19",
  publicDomain: true,
} satisfies BibliographyEntry;

export const eo10730 = {
  id: "eo-10730",
  kind: "executive-action",
  title: "Executive Order 10730 (federal troops to Little Rock, Arkansas)",
  citation: "Exec. Order No. 10730 (Sept. 24, 1957)",
  url: "https://www.archives.gov/milestone-documents/executive-order-10730",
  publisher: "National Archives",
  date: "1957-09-24",
  publicDomain: true,
} satisfies BibliographyEntry;

export const eo14157 = {
  id: "eo-14157",
  kind: "executive-action",
  title: `\
Executive Order 14157, Designating Cartels and Other Organizations as Foreign Terrorist \
Organizations and Specially Designated Global Terrorists`,
  citation: "Exec. Order No. 14157, 90 Fed. Reg. 8439 (Jan. 29, 2025)",
  url: "https://www.govinfo.gov/content/pkg/CDOC-119hdoc30/html/CDOC-119hdoc30.htm",
  publisher: "U.S. Government Publishing Office",
  date: "2025-01-20",
  publicDomain: true,
} satisfies BibliographyEntry;

export const eo9066 = {
  id: "eo-9066",
  kind: "executive-action",
  title: "Executive Order 9066 (Authorizing the Secretary of War to Prescribe Military Areas)",
  citation: "Exec. Order No. 9066 (Feb. 19, 1942)",
  url: "https://nwc.edu/library/special/heart-mountain-digital-preservation-project-ethel-ryan-collection/documents.html",
  publisher: "Northwest College Library, Heart Mountain Digital Preservation Project (copy of the order)",
  date: "1942-02-19",
  publicDomain: true,
} satisfies BibliographyEntry;

export const frus1918 = {
  id: "frus-1918",
  kind: "executive-action",
  title: "Proclamation extending the alien enemy regulations to women (April 19, 1918)",
  citation: `\
Papers Relating to the Foreign Relations of the United States, 1918, Supplement 2, Document 188`,
  url: "https://history.state.gov/historicaldocuments/frus1918Supp02/d188",
  publisher: "U.S. Department of State, Office of the Historian",
  date: "1918-04-19",
  publicDomain: true,
} satisfies BibliographyEntry;

export const ftoDesignations = {
  id: "fto-designations",
  kind: "executive-action",
  title: `\
Foreign Terrorist Organization designations of Tren de Aragua, MS-13 and six Mexican cartels`,
  citation: `\
U.S. \
Dep't of State, Foreign Terrorist Organization designations, 90 Fed. \
Reg. \
10030 (Feb. \
20, 2025)`,
  url: "https://www.scoop.co.nz/stories/WO2502/S00212/terrorist-designations-of-international-cartels.htm",
  publisher: "U.S. Department of State (Secretary Rubio's statement, reprinted by Scoop)",
  date: "2025-02-20",
  publicDomain: true,
} satisfies BibliographyEntry;

export const iceDirectiveFeb2025 = {
  id: "ice-directive-feb-2025",
  kind: "executive-action",
  title: "ICE directive to review the non-detained docket for re-detention and removal",
  citation: `\
U.S. Immigration and Customs Enforcement, email directive to Enforcement and Removal Operations \
(Feb. 18, 2025), as summarized by the Immigration Policy Tracking Project`,
  url: `\
https://immpolicytracking.org/policies/ice-directs-review-on-non-detained-docket-for-redetention-and-removal`,
  publisher: "Immigration Policy Tracking Project",
  date: "2025-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const proclamation10903 = {
  id: "proclamation-10903",
  kind: "executive-action",
  title: `\
Proclamation 10903, Invocation of the Alien Enemies Act Regarding the Invasion of the United \
States by Tren de Aragua`,
  citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025) (signed Mar. 14, 2025)",
  url: `\
https://immpolicytracking.org/policies/proclamation-invocation-of-the-alien-enemies-act-regarding-the-invasion-of-the-united-states-by-tren-de-aragua`,
  publisher: "The White House (entry and dates: Immigration Policy Tracking Project)",
  date: "2025-03-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const proclamation2525 = {
  id: "proclamation-2525",
  kind: "executive-action",
  title: "Proclamation 2525 (Alien Enemies: Japanese)",
  citation: "Proclamation No. 2525, 6 Fed. Reg. 6321, 55 Stat. pt. 2, 1700 (Dec. 7, 1941)",
  url: `\
https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_55_Part_2.djvu/827`,
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 55, pt. 2)",
  date: "1941-12-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const proclamations25262527 = {
  id: "proclamations-2526-2527",
  kind: "executive-action",
  title: "Proclamations 2526 and 2527 (Alien Enemies: German and Italian)",
  citation: `\
Proclamation No. \
2526, 6 Fed. \
Reg. \
6323 (Dec. \
8, 1941); Proclamation No. \
2527, 6 Fed. \
Reg. \
6324 (Dec. \
8, 1941)`,
  url: "https://transcription.si.edu/view/37224/AAA-AAA_kuniyasu_3135314",
  publisher: "Smithsonian Transcription Center (Justice Department summary of the December 1941 proclamations, 1942)",
  date: "1941-12-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const sapSjres902025 = {
  id: "sap-sjres90-2025",
  kind: "executive-action",
  title: "Statement of Administration Policy: S.J. Res. 90 (Venezuela war powers resolution)",
  citation: "Office of Management and Budget, Statement of Administration Policy on S.J. Res. 90 (Nov. 6, 2025)",
  url: `\
https://www.presidency.ucsb.edu/documents/statement-administration-policy-sj-res-90-joint-resolution-direct-the-removal-united`,
  publisher: "The American Presidency Project (UC Santa Barbara)",
  date: "2025-11-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const stateDeptAca2021 = {
  id: "state-dept-aca-2021",
  kind: "executive-action",
  title: `\
Suspending and Terminating the Asylum Cooperative Agreements with the Governments of El Salvador, \
Guatemala, and Honduras`,
  citation: "U.S. Department of State, press statement (Feb. 6, 2021)",
  url: `\
https://www.state.gov/suspending-and-terminating-the-asylum-cooperative-agreements-with-the-governments-el-salvador-guatemala-and-honduras/`,
  publisher: "U.S. Department of State",
  date: "2021-02-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const wprReportSept2025 = {
  id: "wpr-report-sept-2025",
  kind: "executive-action",
  title: "War Powers Resolution report on the September 2, 2025 strike",
  citation: `\
Letter from President Trump to congressional leaders (Sept. 4, 2025), published by Lawfare \
(Sept. 5, 2025)`,
  url: "https://www.lawfaremedia.org/article/trump-offers-first-legal-justification-for-venezuela-boat-strike",
  publisher: "The White House (letter published by Lawfare)",
  date: "2025-09-04",
  publicDomain: true,
} satisfies BibliographyEntry;
