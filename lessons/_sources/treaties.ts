// Treaties and international instruments.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const cat = {
  id: "cat",
  kind: "treaty",
  title: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  citation: "Convention Against Torture (ratified by the United States Oct. 21, 1994)",
} satisfies BibliographyEntry;

export const refugeeConvention = {
  id: "refugee-convention",
  kind: "treaty",
  title: "Convention Relating to the Status of Refugees",
  citation: "Convention Relating to the Status of Refugees, art. 33, July 28, 1951, 189 U.N.T.S. 137",
  date: "1951-07-28",
} satisfies BibliographyEntry;

export const refugeeProtocol = {
  id: "refugee-protocol",
  kind: "treaty",
  title: "Protocol Relating to the Status of Refugees",
  citation: `\
Protocol Relating to the Status of Refugees, Jan. \
31, 1967 (U.S. accession effective Nov. \
1, 1968)`,
  date: "1967-01-31",
} satisfies BibliographyEntry;

export const stca2002 = {
  id: "stca-2002",
  kind: "treaty",
  title: "U.S.-Canada Safe Third Country Agreement",
  citation: `\
Agreement between the United States and Canada, signed Dec. \
5, 2002 (in force Dec. \
29, 2004)`,
  date: "2002-12-05",
} satisfies BibliographyEntry;
