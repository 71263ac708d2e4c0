// The U.S. Constitution, by article, clause and amendment.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const constAmend5 = {
  id: "const-amend-5",
  kind: "constitution",
  title: "U.S. Constitution, Fifth Amendment",
  citation: "U.S. Const. amend. V",
  date: "1791",
  publicDomain: true,
} satisfies BibliographyEntry;

export const constArt1 = {
  id: "const-art-1",
  kind: "constitution",
  title: "U.S. Constitution, Article I",
  citation: "U.S. Const. art. I",
  date: "1787-09-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const constArt2 = {
  id: "const-art-2",
  kind: "constitution",
  title: "U.S. Constitution, Article II",
  citation: "U.S. Const. art. II",
  date: "1787-09-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const constArt3 = {
  id: "const-art-3",
  kind: "constitution",
  title: "U.S. Constitution, Article III",
  citation: "U.S. Const. art. III",
  date: "1787-09-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const constitution = {
  id: "constitution",
  kind: "constitution",
  title: "Constitution of the United States: Article I, Section 8, and the First Amendment",
  citation: "U.S. Const. art. I, § 8, cl. 4; U.S. Const. amend. I",
  publicDomain: true,
} satisfies BibliographyEntry;

export const suspensionClause = {
  id: "suspension-clause",
  kind: "constitution",
  title: "U.S. Constitution, Article I, Section 9, Clause 2 (Suspension Clause)",
  citation: "U.S. Const. art. I, § 9, cl. 2",
  date: "1787-09-17",
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
