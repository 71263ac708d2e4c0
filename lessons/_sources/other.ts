// Books, essays, speeches, letters, guides and other documents.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const bellingerStatement2008 = {
  id: "bellinger-statement-2008",
  kind: "other",
  title: `\
Diplomatic Assurances: Statement for the Record by John B. Bellinger III, Legal Adviser to the \
Secretary of State`,
  citation: `\
Statement of John B. Bellinger III, in Diplomatic Assurances and Rendition to Torture: The \
Perspective of the State Department's Legal Adviser, Hearing Before the Subcomm. on International \
Organizations, Human Rights, and Oversight of the H. Comm. on Foreign Affairs, 110th Cong. (June \
10, 2008) (Serial No. 110-192)`,
  url: `\
https://docslib.org/download/3236025/diplomatic-assurances-and-rendition-to-torture-the-perspective-of-the-state-department-s-legal-adviser`,
  publisher: "Docslib (copy of the printed hearing record)",
  date: "2008-06-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const bourneFederalistAuthorship = {
  id: "bourne-federalist-authorship",
  kind: "other",
  title: "The Authorship of the Federalist (Edward Gaylord Bourne)",
  citation: `\
Edward Gaylord Bourne, The Authorship of the Federalist, in Essays in Historical Criticism, at \
125`,
  url: "https://en.wikisource.org/wiki/Page:Essays_in_Historical_Criticism.djvu/145",
  publisher: "Wikisource (transcription of Essays in Historical Criticism)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const bukeleStatement2025 = {
  id: "bukele-statement-2025",
  kind: "other",
  title: "Statements by President Nayib Bukele on the arrival of deportees from the United States",
  citation: "Nayib Bukele, posts on X (Mar. 16, 2025)",
  url: `\
https://www.cnnchile.com/mundo/bukele-afirma-que-238-sujetos-del-tren-de-aragua-fueron-enviados-desde-ee-uu-y-ya-estan-en-la-carcel-de-maxima-seguridad_20250316/`,
  publisher: "CNN Chile (report embedding the post)",
  date: "2025-03-16",
} satisfies BibliographyEntry;

export const callenderLetter1801 = {
  id: "callender-letter-1801",
  kind: "other",
  title: "James Thomson Callender to Thomas Jefferson, 23 February 1801",
  citation: `\
Letter from James Thomson Callender to Thomas Jefferson (Richmond Jail, Feb. 23, 1801), in The \
Papers of Thomas Jefferson, vol. 33`,
  url: "https://founders.archives.gov/documents/Jefferson/01-33-02-0044",
  publisher: "Founders Online, National Archives",
  date: "1801-02-23",
  publicDomain: true,
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

export const dawsonFederalistAuthorship = {
  id: "dawson-federalist-authorship",
  kind: "other",
  title: `\
The Fœderalist (Dawson edition, 1863): introduction on the disputed authorship of the essays`,
  citation: "Introduction, in The Fœderalist (Dawson ed., 1863)",
  url: "https://en.wikisource.org/wiki/Page:Federalist,_Dawson_edition,_1863.djvu/55",
  publisher: "Wikisource (transcription of the 1863 Dawson edition)",
  date: "1863",
  publicDomain: true,
} satisfies BibliographyEntry;

export const democracyForwardRelease2025 = {
  id: "democracy-forward-release-2025",
  kind: "other",
  title: "Release of the U.S.-El Salvador agreement documents obtained in litigation",
  citation: `\
Democracy Forward, release of documents including the letter of agreement dated Mar. 22, 2025 \
(Sept. 9, 2025)`,
  url: "https://democracyforward.org/updates/us-sv-gulag-docrelease",
  publisher: "Democracy Forward",
  date: "2025-09-09",
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

export const elliotKentuckyResolutions = {
  id: "elliot-kentucky-resolutions",
  kind: "other",
  title: "Kentucky Resolutions of 1798, with the legislature's record of their passage",
  citation: `\
Kentucky Resolutions of 1798 (passed by the House of Representatives Nov. 10, 1798; concurred in \
by the Senate Nov. 13, 1798), printed text at p. 645`,
  url: "https://books.google.com/books?id=NdxCAAAAIAAJ&pg=PA647",
  publisher: "Google Books (scan of a nineteenth-century printing)",
  date: "1798-11-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const federalist47 = {
  id: "federalist-47",
  kind: "other",
  title: "The Federalist No. 47",
  citation: `\
The Federalist No. 47 (James Madison) (Jan. 30, 1788), in The Federalist (The Gideon Edition) \
(George W. Carey & James McClellan eds., Liberty Fund 2001)`,
  url: "https://oll.libertyfund.org/title/jay-the-federalist-gideon-ed",
  publisher: "Liberty Fund, Online Library of Liberty",
  date: "1788-01-30",
  publicDomain: true,
} satisfies BibliographyEntry;

export const federalist51 = {
  id: "federalist-51",
  kind: "other",
  title: `\
The Federalist No. 51: The Structure of the Government Must Furnish the Proper Checks and \
Balances Between the Different Departments`,
  citation: `\
The Federalist No. 51 (James Madison), Independent Journal (New York), Feb. 6, 1788, reprinted \
in the New-York Packet, Feb. 8, 1788`,
  url: "https://avalon.law.yale.edu/18th_century/fed51.asp",
  publisher: "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
  date: "1788-02-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const federalist78 = {
  id: "federalist-78",
  kind: "other",
  title: "The Federalist No. 78 (Alexander Hamilton)",
  citation: `\
The Federalist No. 78 (Alexander Hamilton), in The Federalist, vol. 2 (J. & A. McLean, May 28, \
1788); Independent Journal (New York), June 14, 1788`,
  url: "https://avalon.law.yale.edu/18th_century/fed78.asp",
  publisher: "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
  date: "1788-05-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const foundersKentuckyNote = {
  id: "founders-kentucky-note",
  kind: "other",
  title: "Editorial Note: The Kentucky Resolutions of 1798",
  citation: "The Papers of Thomas Jefferson, vol. 30, editorial note on the Kentucky Resolutions of 1798",
  url: "https://founders.archives.gov/documents/Jefferson/01-30-02-0370-0001",
  publisher: "Founders Online, National Archives (Princeton University Press)",
} satisfies BibliographyEntry;

export const hres229 = {
  id: "hres-229",
  kind: "other",
  title: `\
H.Res. 229: Impeaching James E. Boasberg, United States District Court Chief Judge for the \
District of Columbia, for high crimes and misdemeanors`,
  citation: "H.R. Res. 229, 119th Cong. (2025)",
  url: `\
https://hozzl.com/p/119-hres-bill-number-229-impeaching-james-e-boasberg-united-states-district-co\
urt-chief-judge-for-the-district-of-columbia-for-high-crimes-and-misdemeanors`,
  publisher: "U.S. House of Representatives (status as shown by the Hozzl bill tracker)",
  date: "2025-03-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jacksonCoffeeLetter = {
  id: "jackson-coffee-letter",
  kind: "other",
  title: "Letter from Andrew Jackson to John Coffee",
  citation: `\
Letter from Andrew Jackson to John Coffee (Apr. 7, 1832), in 4 Correspondence of Andrew Jackson \
430 (John Spencer Bassett ed.)`,
  date: "1832-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const leavittStatement = {
  id: "leavitt-statement",
  kind: "other",
  title: "Statements of White House Press Secretary Karoline Leavitt on the March 15 order",
  citation: `\
Karoline Leavitt, White House Press Secretary, statement released late on Mar. 16, 2025 and \
posted on X (Mar. 17, 2025), and press remarks (Mar. 17–19, 2025)`,
  url: `\
https://justthenews.com/government/courts-law/trump-admin-ignores-judges-order-stop-deportation-tr\
en-de-aragua-gang-members`,
  publisher: "The White House (statement as reported by Just the News)",
  date: "2025-03-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const lincolnJuly1861Message = {
  id: "lincoln-july-1861-message",
  kind: "other",
  title: "Message to Congress in Special Session",
  citation: `\
Abraham Lincoln, Message to Congress in Special Session (July 4, 1861), as reprinted in Lincoln's \
Suspension of Habeas Corpus, Bulletin of the University of Wisconsin, at 222`,
  url: "https://en.wikisource.org/wiki/Page:Lincoln's_Suspension_of_Habeas_Corpus.djvu/12",
  publisher: "President of the United States (text: Wikisource transcription of the Wisconsin bulletin)",
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

export const masonObjections = {
  id: "mason-objections",
  kind: "other",
  title: "Objections to this Constitution of Government (George Mason, 1787)",
  citation: `\
George Mason, Objections to this Constitution of Government (1787), in 1 Elliot's Debates on the \
Adoption of the Federal Constitution, at 495-96`,
  url: "https://en.wikisource.org/wiki/Page:Debates_in_the_Several_State_Conventions,_v1.djvu/515",
  publisher: "Wikisource (transcription of Elliot's Debates, vol. 1)",
  date: "1787-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const montesquieuSpiritOfLaws = {
  id: "montesquieu-spirit-of-laws",
  kind: "other",
  title: "The Spirit of the Laws",
  citation: `\
Montesquieu, The Spirit of the Laws (De l'esprit des lois), bk. XI, ch. 6 (1748) (Thomas Nugent \
trans.)`,
  url: `\
https://courses.lumenlearning.com/atd-pima-westerncivilization2/chapter/baron-de-montesquieu/`,
  publisher: "Lumen Learning (excerpt of Book XI in an open course reader)",
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
  url: `\
https://www.nolo.com/legal-encyclopedia/differences-between-asylum-withholding-removal-protection-under-convention-against-tortur`,
  publisher: "Nolo",
} satisfies BibliographyEntry;

export const pickeringImpeachment = {
  id: "pickering-impeachment",
  kind: "other",
  title: `\
Hinds' Precedents of the House of Representatives, vol. 3, ch. 71: the impeachment and trial of \
John Pickering`,
  citation: `\
Hinds' Precedents of the House of Representatives, vol. 3, ch. 71 (impeachment and trial of \
Judge John Pickering)`,
  url: "https://govinfo.gov/content/pkg/GPO-HPREC-HINDS-V3/html/GPO-HPREC-HINDS-V3-20.htm",
  publisher: "U.S. Government Publishing Office (govinfo)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const robertsStatement = {
  id: "roberts-statement",
  kind: "other",
  title: "Statement of Chief Justice John G. Roberts, Jr.",
  citation: "Statement of Chief Justice John G. Roberts, Jr. (Mar. 18, 2025)",
  url: "https://www.deseret.com/politics/2025/03/18/john-roberts-statement-on-impeachment-trump/",
  publisher: "Supreme Court of the United States (text as reported by the Deseret News)",
  date: "2025-03-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const rule42 = {
  id: "rule-42",
  kind: "other",
  title: "Federal Rule of Criminal Procedure 42: Criminal Contempt",
  citation: "Fed. R. Crim. P. 42(a)(2) (as amended effective Dec. 1, 2002)",
  url: "https://justia.com/criminal/docs/frcrimp/rule42",
  publisher: "Justia",
  date: "2002-12-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const teachingAmericanHistoryYoungstown = {
  id: "teaching-american-history-youngstown",
  kind: "other",
  title: "Youngstown Sheet & Tube Co. v. Sawyer (document introduction)",
  citation: `\
Teaching American History, introduction to Youngstown Sheet & Tube Co. v. Sawyer (1952)`,
  url: "https://teachingamericanhistory.org/document/youngstown-sheet-tube-co-v-sawyer/",
  publisher: "Teaching American History",
} satisfies BibliographyEntry;

export const tillmanMerryman = {
  id: "tillman-merryman",
  kind: "other",
  title: "Ex parte Merryman: Myth, History, and Scholarship",
  citation: `\
Seth Barrett Tillman, Ex parte Merryman: Myth, History, and Scholarship, Military Law Review`,
  url: "https://ris.maynoothuniversity.ie/live/!W_VA_PUBLICATION.POPUP?LAYOUT=N&OBJECT_ID=2194253",
  publisher: "Maynooth University research record (article published in the Military Law Review)",
} satisfies BibliographyEntry;

export const virginiaResolutions = {
  id: "virginia-resolutions",
  kind: "other",
  title: "Virginia Resolutions of 1798",
  citation: "Resolutions of the General Assembly of Virginia, Dec. 21, 1798 (drafted by James Madison)",
  url: "https://founders.archives.gov/documents/Madison/01-17-02-0128",
  publisher: "Founders Online, National Archives (General Assembly of Virginia)",
  date: "1798-12-21",
  publicDomain: true,
} satisfies BibliographyEntry;
