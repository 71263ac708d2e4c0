// Treaties and international instruments.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const cat = {
  id: "cat",
  kind: "treaty",
  title: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  citation: `\
Convention Against Torture, Dec. 10, 1984, S. Treaty Doc. No. 100-20 (ratified by the United \
States Oct. 21, 1994)`,
  url: "https://legislation.data.gov.uk/uksi/1997/1769/schedule/1/part/I/crossheading/3/made/data.html",
  publisher: "legislation.gov.uk (UK National Archives), text of Article 3",
  date: "1984-12-10",
} satisfies BibliographyEntry;

export const refugeeConvention = {
  id: "refugee-convention",
  kind: "treaty",
  title: "Convention Relating to the Status of Refugees",
  citation: "Convention Relating to the Status of Refugees, art. 33, July 28, 1951, 189 U.N.T.S. 137",
  url: "https://www.unhcr.org/3b66c2aa10",
  publisher: "UNHCR, the UN Refugee Agency (text of the Convention and Protocol)",
  date: "1951-07-28",
} satisfies BibliographyEntry;

export const refugeeProtocol = {
  id: "refugee-protocol",
  kind: "treaty",
  title: "Protocol Relating to the Status of Refugees",
  citation: `\
Protocol Relating to the Status of Refugees, Jan. 31, 1967, 606 U.N.T.S. 267 (U.S. accession \
effective Nov. 1, 1968)`,
  url: `\
https://docslib.org/doc/8866853/new-york-31-january-1967-entry-into-force-4-october-1967-in-accordance-with-article-viii-registration-4-october-1967`,
  publisher: "United Nations Treaty Collection status record (copy on Docslib)",
  date: "1967-01-31",
} satisfies BibliographyEntry;

export const stca2002 = {
  id: "stca-2002",
  kind: "treaty",
  title: "U.S.-Canada Safe Third Country Agreement",
  citation: "Agreement between the United States and Canada, signed Dec. 5, 2002 (in force Dec. 29, 2004)",
  url: "https://www.cic.gc.ca/english/department/laws-policy/safe-third.asp",
  publisher: "Immigration, Refugees and Citizenship Canada (text of the agreement)",
  date: "2002-12-05",
} satisfies BibliographyEntry;
