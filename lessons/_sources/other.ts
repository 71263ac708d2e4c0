// Books, essays, speeches, letters, guides and other documents.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const bellingerStatement2008 = {
  id: "bellinger-statement-2008",
  kind: "other",
  title: `\
Diplomatic Assurances: Statement for the Record by John B. \
Bellinger III, Legal Adviser to the Secretary of State`,
  citation: `\
Statement of John B. \
Bellinger III before the House Foreign Affairs Subcommittee on International Organizations, Human \
Rights, and Oversight (June 10, 2008)`,
  publisher: "U.S. Department of State",
  date: "2008-06-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const bukeleStatement2025 = {
  id: "bukele-statement-2025",
  kind: "other",
  title: "Statements by President Nayib Bukele on the arrival of deportees from the United States",
  citation: "Nayib Bukele, posts on X (Mar. 16, 2025)",
  publisher: "Office of the President of El Salvador",
  date: "2025-03-16",
} satisfies BibliographyEntry;

export const caulfieldLateralReading = {
  id: "caulfield-lateral-reading",
  kind: "other",
  title: 'What "Reading Laterally" Means',
  citation: "Mike Caulfield, Web Literacy for Student Fact-Checkers, ch. 16 (2017)",
  url: "https://webliteracy.pressbooks.com/chapter/what-reading-laterally-means/",
  publisher: "Mike Caulfield (Pressbooks)",
  date: "2017",
} satisfies BibliographyEntry;

export const denshoEdaRepeal = {
  id: "densho-eda-repeal",
  kind: "other",
  title: 'Repeal of Title II of the Internal Security Act of 1950 ("Emergency Detention Act")',
  citation: 'Densho Encyclopedia, "Repeal of Title II of the Internal Security Act of 1950"',
  url: `\
https://encyclopedia.densho.org/Repeal_of_Title_II_of_the_Internal_Security_Act_of_1950_%28%22Emergency_Detention_Act%22%29/`,
  publisher: "Densho",
} satisfies BibliographyEntry;

export const eo9066Overview = {
  id: "eo-9066-overview",
  kind: "other",
  title: "Executive Order 9066 (encyclopedia article)",
  citation: '"Executive Order 9066," Wikipedia',
  url: "https://en.wikipedia.org/wiki/Executive_Order_9066",
  publisher: "Wikipedia",
} satisfies BibliographyEntry;

export const federalist47 = {
  id: "federalist-47",
  kind: "other",
  title: "The Federalist No. 47",
  citation: "The Federalist No. 47 (James Madison) (Jan. 30, 1788)",
  date: "1788-01-30",
  publicDomain: true,
} satisfies BibliographyEntry;

export const federalist51 = {
  id: "federalist-51",
  kind: "other",
  title: `\
The Federalist No. \
51: The Structure of the Government Must Furnish the Proper Checks and Balances Between the \
Different Departments`,
  citation: "The Federalist No. 51 (James Madison), New York Packet (Feb. 8, 1788)",
  date: "1788-02-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const federalist78 = {
  id: "federalist-78",
  kind: "other",
  title: "The Federalist No. 78 (Alexander Hamilton)",
  citation: `\
The Federalist No. \
78 (Alexander Hamilton), in The Federalist, vol. \
2 (J. & A. \
McLean, May 28, 1788); Independent Journal (New York), June 14, 1788`,
  date: "1788-05-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const hres229 = {
  id: "hres-229",
  kind: "other",
  title: `\
H.Res. \
229: Impeaching James E. \
Boasberg, United States District Court Chief Judge for the District of Columbia, for high crimes \
and misdemeanors`,
  citation: "H.R. Res. 229, 119th Cong. (2025)",
  publisher: "U.S. House of Representatives",
  date: "2025-03-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const inauguralAddress2025 = {
  id: "inaugural-address-2025",
  kind: "other",
  title: "Inaugural Address of President Donald J. Trump",
  citation: "Donald J. Trump, Inaugural Address (Jan. 20, 2025)",
  publisher: "The White House",
  date: "2025-01-20",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jacksonCoffeeLetter = {
  id: "jackson-coffee-letter",
  kind: "other",
  title: "Letter from Andrew Jackson to John Coffee",
  citation: "Letter from Andrew Jackson to John Coffee (Apr. 7, 1832)",
  date: "1832-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const leavittStatement = {
  id: "leavitt-statement",
  kind: "other",
  title: "Statements of White House Press Secretary Karoline Leavitt on the March 15 order",
  citation: `\
Karoline Leavitt, White House Press Secretary, statement posted on X (Mar. \
17, 2025) and press remarks (Mar. \
17–19, 2025)`,
  publisher: "The White House",
  date: "2025-03-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const leavittStatement2025 = {
  id: "leavitt-statement-2025",
  kind: "other",
  title: "Statement by White House Press Secretary Karoline Leavitt on the March 15 removal flights",
  citation: "Karoline Leavitt, post on X (Mar. 17, 2025)",
  publisher: "The White House",
  date: "2025-03-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const lincolnJuly1861Message = {
  id: "lincoln-july-1861-message",
  kind: "other",
  title: "Message to Congress in Special Session",
  citation: "Abraham Lincoln, Message to Congress in Special Session (July 4, 1861)",
  publisher: "President of the United States",
  date: "1861-07-04",
  publicDomain: true,
} satisfies BibliographyEntry;

export const lofgrenCurtissWright = {
  id: "lofgren-curtiss-wright",
  kind: "other",
  title: "Encyclopedia entry on United States v. Curtiss-Wright Export Corp.",
  citation: `\
Charles Lofgren, encyclopedia entry on United States v. \
Curtiss-Wright Export Corp. \
(reprinted on vLex)`,
  url: "https://law-journals-books.vlex.com/vid/curtiss-wright-export-corporation-u-51713595",
} satisfies BibliographyEntry;

export const montesquieuSpiritOfLaws = {
  id: "montesquieu-spirit-of-laws",
  kind: "other",
  title: "The Spirit of the Laws",
  citation: "Montesquieu, The Spirit of the Laws (De l'esprit des lois) (1748)",
  date: "1748",
  publicDomain: true,
} satisfies BibliographyEntry;

export const noloAsylumComparison = {
  id: "nolo-asylum-comparison",
  kind: "other",
  title: `\
Which Should I Apply for: Asylum, Withholding of Removal, and/or Protection Under Convention \
Against Torture?`,
  citation: `\
Nolo Legal Encyclopedia, "Which Should I Apply for: Asylum, Withholding of Removal, and/or \
Protection Under Convention Against Torture?"`,
  publisher: "Nolo",
} satisfies BibliographyEntry;

export const pickeringImpeachment = {
  id: "pickering-impeachment",
  kind: "other",
  title: "Article on the impeachment of Judge John Pickering",
  citation: `\
Constitutional Law Reporter, article on the impeachment of Judge John Pickering (Apr. \
4, 2017)`,
  url: "https://constitutionallawreporter.com/2017/04/04/john-pickering-federal-judge-impeachment",
  publisher: "Constitutional Law Reporter",
  date: "2017-04-04",
} satisfies BibliographyEntry;

export const robertsStatement = {
  id: "roberts-statement",
  kind: "other",
  title: "Statement of Chief Justice John G. Roberts, Jr.",
  citation: "Statement of Chief Justice John G. Roberts, Jr. (Mar. 18, 2025)",
  publisher: "Supreme Court of the United States",
  date: "2025-03-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const rule42 = {
  id: "rule-42",
  kind: "other",
  title: "Federal Rule of Criminal Procedure 42: Criminal Contempt",
  citation: "Fed. R. Crim. P. 42(a)(2) (as amended effective Dec. 1, 2002)",
  date: "2002-12-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const teachingAmericanHistoryYoungstown = {
  id: "teaching-american-history-youngstown",
  kind: "other",
  title: "Youngstown Sheet & Tube Co. v. Sawyer (document introduction)",
  citation: "Teaching American History, introduction to Youngstown Sheet & Tube Co. v. Sawyer (1952)",
  url: "https://teachingamericanhistory.org/library/document/youngstown-sheet-tube-co-v-sawyer/",
  publisher: "Teaching American History",
} satisfies BibliographyEntry;

export const tillmanMerryman = {
  id: "tillman-merryman",
  kind: "other",
  title: "Ex parte Merryman: Myth, History, and Scholarship",
  citation: `\
Seth Barrett Tillman, Ex parte Merryman: Myth, History, and Scholarship, Military Law Review`,
  url: `\
https://docslib.org/doc/8356870/ex-parte-merryman-myth-history-and-scholarship-seth-barrett-tillman-i`,
  publisher: "Military Law Review",
} satisfies BibliographyEntry;

export const virginiaResolutions = {
  id: "virginia-resolutions",
  kind: "other",
  title: "Virginia Resolutions of 1798",
  citation: "Resolutions of the General Assembly of Virginia, Dec. 21, 1798 (drafted by James Madison)",
  publisher: "General Assembly of Virginia",
  date: "1798-12-21",
  publicDomain: true,
} satisfies BibliographyEntry;
