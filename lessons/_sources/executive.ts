// Proclamations, executive orders and other acts of the President.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const catRegulations = {
  id: "cat-regulations",
  kind: "executive-action",
  title: "Regulations Concerning the Convention Against Torture (interim rule)",
  citation: "64 Fed. Reg. 8478 (Feb. 19, 1999) (codified at 8 C.F.R. §§ 208.16–208.18, 1208.16–1208.18)",
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

export const ftoDesignation = {
  id: "fto-designation",
  kind: "executive-action",
  title: `\
State Department designation of Tren de Aragua, MS-13 and six Mexican cartels as Foreign Terrorist \
Organizations`,
  citation: "90 Fed. Reg. 10030 (Feb. 20, 2025) (State Department notice dated Feb. 6, 2025)",
  publisher: "U.S. Department of State",
  date: "2025-02-20",
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
  publisher: "U.S. Department of State",
  date: "2025-02-20",
  publicDomain: true,
} satisfies BibliographyEntry;

export const proclamation10903 = {
  id: "proclamation-10903",
  kind: "executive-action",
  title: `\
Proclamation 10903, Invocation of the Alien Enemies Act Regarding the Invasion of the United \
States by Tren de Aragua`,
  citation: "Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025) (signed Mar. 14, 2025)",
  publisher: "The White House",
  date: "2025-03-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const proclamation2525 = {
  id: "proclamation-2525",
  kind: "executive-action",
  title: "Proclamation 2525 (Alien Enemies: Japanese)",
  citation: "Proclamation No. 2525, 6 Fed. Reg. 6321, 55 Stat. pt. 2, 1700 (Dec. 7, 1941)",
  url: `\
https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_55_Part_2.djvu/827`,
  publisher: "President Franklin D. Roosevelt",
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
  publisher: "President Franklin D. Roosevelt",
  date: "1941-12-08",
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
