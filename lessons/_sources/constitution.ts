// The U.S. Constitution, by article, clause and amendment.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const constAmend5 = {
  id: "const-amend-5",
  kind: "constitution",
  title: "U.S. Constitution, Fifth Amendment",
  citation: "U.S. Const. amend. V",
  url: "https://www.gpo.gov/fdsys/pkg/HMAN-112/html/HMAN-112-pg92-3.htm",
  publisher: "U.S. Government Publishing Office (House Manual, 112th Congress)",
  date: "1791",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usConstitution = {
  id: "us-constitution",
  kind: "constitution",
  title: "Constitution of the United States",
  citation: "U.S. Const.",
  url: "https://www.archives.gov/founding-docs/constitution-transcript",
  publisher: "National Archives",
  date: "1787-09-17",
  publicDomain: true,
} satisfies BibliographyEntry;
