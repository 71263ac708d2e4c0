// Briefs, motions, declarations and other filings in court.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const crenshawOctober2025 = {
  id: "crenshaw-october-2025",
  kind: "court-filing",
  title: `\
Order finding a realistic likelihood of vindictive prosecution and ordering discovery and a hearing`,
  citation: "United States v. Abrego Garcia (M.D. Tenn. Oct. 3, 2025) (Crenshaw, J.) (order)",
  publisher: "U.S. District Court for the Middle District of Tennessee",
  date: "2025-10-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirAdminStay = {
  id: "dc-cir-admin-stay",
  kind: "court-filing",
  title: "D.C. Circuit administrative stay of the J.G.G. probable-cause order",
  citation: `\
U.S. \
Court of Appeals for the D.C. \
Circuit, order of Apr. \
18, 2025 (administrative stay; Katsas and Rao, JJ.; Pillard, J., dissenting)`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
  date: "2025-04-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirDec2025 = {
  id: "dc-cir-dec-2025",
  kind: "court-filing",
  title: `\
D.C. \
Circuit orders of December 12 and 15, 2025 (administrative stay of hearings; briefing order)`,
  citation: `\
U.S. \
Court of Appeals for the D.C. \
Circuit, orders of Dec. \
12 and Dec. \
15, 2025 (Rao and Walker, JJ.; Childs, J., would deny)`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
  date: "2025-12-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirEnBanc = {
  id: "dc-cir-en-banc",
  kind: "court-filing",
  title: "D.C. Circuit order denying rehearing en banc in the J.G.G. contempt proceedings",
  citation: `\
U.S. \
Court of Appeals for the D.C. \
Circuit, order denying rehearing en banc (Nov. \
14, 2025) (Pan, J., dissenting)`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
  date: "2025-11-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const govFilingMar16 = {
  id: "gov-filing-mar-16",
  kind: "court-filing",
  title: "J.G.G. v. Trump: government filing of March 16, 2025 on the timing of the removals",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 16, 2025) (defendants' filing)",
  publisher: "U.S. Department of Justice",
  date: "2025-03-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const govtApplicationApril2025 = {
  id: "govt-application-april-2025",
  kind: "court-filing",
  title: `\
Government's application to the Supreme Court to vacate the district court's April 4, 2025 order`,
  citation: `\
Government's application to vacate the district court's order, Noem v. \
Abrego Garcia, No. \
24A949 (U.S. filed Apr. \
7, 2025)`,
  publisher: "U.S. Department of Justice",
  date: "2025-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const inlGrantAgreement = {
  id: "inl-grant-agreement",
  kind: "court-filing",
  title: "State Department grant agreement with El Salvador, disclosed in litigation",
  citation: `\
U.S. \
Dep't of State, Bureau of International Narcotics and Law Enforcement Affairs, grant agreement \
with the Government of El Salvador ($4.76 million), released through litigation brought by \
Democracy Forward (2025)`,
  publisher: "U.S. Department of State",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggDec8Order = {
  id: "jgg-dec-8-order",
  kind: "court-filing",
  title: "J.G.G. v. Trump: order of December 8, 2025 on the government's declarations",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 8, 2025)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-12-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const noemDeclaration = {
  id: "noem-declaration",
  kind: "court-filing",
  title: "Declaration of Secretary of Homeland Security Kristi Noem",
  citation: "Declaration of Kristi Noem, J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. 2025)",
  publisher: "U.S. Department of Homeland Security",
  date: "2025",
  publicDomain: true,
} satisfies BibliographyEntry;

export const xinisDecember2025 = {
  id: "xinis-december-2025",
  kind: "court-filing",
  title: `\
Order granting habeas corpus and directing Abrego Garcia's immediate release from ICE custody`,
  citation: `\
Order of Dec. \
11, 2025 (D. \
Md.) \
(Xinis, J.) granting Abrego Garcia's petition for a writ of habeas corpus`,
  publisher: "U.S. District Court for the District of Maryland",
  date: "2025-12-11",
  publicDomain: true,
} satisfies BibliographyEntry;

export const xinisOrderApril2025 = {
  id: "xinis-order-april-2025",
  kind: "court-filing",
  title: "Order directing the government to facilitate and effectuate Abrego Garcia's return",
  citation: "Abrego Garcia v. Noem, No. 25-cv-951 (D. Md. Apr. 4, 2025) (Xinis, J.) (order)",
  publisher: "U.S. District Court for the District of Maryland",
  date: "2025-04-04",
  publicDomain: true,
} satisfies BibliographyEntry;
