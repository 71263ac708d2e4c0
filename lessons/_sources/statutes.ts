// Statutes, session laws and court rules.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const aea1798Original = {
  id: "aea-1798-original",
  kind: "statute",
  title: "An Act respecting Alien Enemies (original 1798 text)",
  citation: "Act of July 6, 1798, ch. 66, § 1, 1 Stat. 577",
  url: `\
https://en.wikisource.org/wiki/United_States_Statutes_at_Large/Volume_1/5th_Congress/2nd_Session/Chapter_66`,
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 1)",
  date: "1798-07-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const aeaStatute = {
  id: "aea-statute",
  kind: "statute",
  title: "Alien Enemies Act (An Act Respecting Alien Enemies), as amended",
  citation: `\
50 U.S.C. §§ 21–24 (Act of July 6, 1798, ch. \
66, 1 Stat. \
577; R.S. § 4067; amended Apr. \
16, 1918, ch. \
55, 40 Stat. \
531)`,
  url: "https://foitimes.com/internment/AlienEnemiesAct.html",
  publisher: "FOITimes (copy of 50 U.S.C. §§ 21–24 from U.S. Code Online via GPO Access)",
  date: "1798-07-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const alienFriendsAct = {
  id: "alien-friends-act",
  kind: "statute",
  title: "Alien Friends Act (An Act Concerning Aliens)",
  citation: "Act of June 25, 1798, ch. 58, 1 Stat. 570",
  url: "https://en.wikisource.org/wiki/United_States_Statutes_at_Large/Volume_1/5th_Congress/2nd_Session/Chapter_58",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 1)",
  date: "1798-06-25",
  publicDomain: true,
} satisfies BibliographyEntry;

export const aumf2001 = {
  id: "aumf-2001",
  kind: "statute",
  title: "Authorization for Use of Military Force (S.J. Res. 23)",
  citation: `\
Authorization for Use of Military Force, Pub. \
L. \
107-40, 115 Stat. \
224 (2001) (S.J. \
Res. \
23)`,
  url: "https://www.congress.gov/bill/107th-congress/senate-joint-resolution/23/text/enr",
  publisher: "Congress.gov",
  date: "2001-09-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const civilLibertiesAct = {
  id: "civil-liberties-act",
  kind: "statute",
  title: "Civil Liberties Act of 1988",
  citation: "Civil Liberties Act of 1988, Pub. L. 100-383, 102 Stat. 903 (Title I at 102 Stat. 904)",
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_102_Part_1.djvu/941",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 102)",
  date: "1988-08-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const farra2242 = {
  id: "farra-2242",
  kind: "statute",
  title: "Foreign Affairs Reform and Restructuring Act of 1998, § 2242",
  citation: "Pub. L. 105-277, div. G, § 2242, 112 Stat. 2681-822 (1998) (8 U.S.C. § 1231 note)",
  url: "https://aila.org/library/pl-105-277-torture-convention",
  publisher: "American Immigration Lawyers Association (text of § 2242)",
  date: "1998-10-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const habeasCorpusAct1863 = {
  id: "habeas-corpus-act-1863",
  kind: "statute",
  title: `\
An Act relating to Habeas Corpus, and regulating Judicial Proceedings in Certain Cases (Habeas \
Corpus Act of 1863)`,
  citation: "Act of Mar. 3, 1863, 12 Stat. 755",
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_12.djvu/785",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 12)",
  date: "1863-03-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const habeasStatute = {
  id: "habeas-statute",
  kind: "statute",
  title: "Federal habeas corpus statute",
  citation: "28 U.S.C. § 2241",
  url: "https://www.law.cornell.edu/uscode/28/2241.shtml",
  publisher: "Legal Information Institute, Cornell Law School",
  publicDomain: true,
} satisfies BibliographyEntry;

export const ieepa = {
  id: "ieepa",
  kind: "statute",
  title: "International Emergency Economic Powers Act",
  citation: "Pub. L. 95-223, tit. II, 91 Stat. 1626 (1977) (50 U.S.C. § 1701 et seq.)",
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_91.djvu/1660",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 91)",
  date: "1977-12-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const inaWithholding = {
  id: "ina-withholding",
  kind: "statute",
  title: "Withholding of removal (INA § 241(b)(3))",
  citation: "8 U.S.C. § 1231(b)(3)",
  url: `\
https://caselaw.lp.findlaw.com/casecode/uscodes/8/chapters/12/subchapters/ii/parts/iv/sections/section_1231.html`,
  publisher: "FindLaw (U.S. Code text as of Jan. 3, 2005)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const insurrectionAct = {
  id: "insurrection-act",
  kind: "statute",
  title: "Insurrection Act",
  citation: "10 U.S.C. §§ 251–255 (formerly §§ 331–335; renumbered by Pub. L. 114-328 (2016))",
  url: "https://codes.lp.findlaw.com/uscode/10/A/I/15/332",
  publisher: "FindLaw (text of former 10 U.S.C. § 332, now § 252)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const internalSecurityAct = {
  id: "internal-security-act",
  kind: "statute",
  title: "Internal Security Act of 1950, Title II (Emergency Detention Act)",
  citation: "Internal Security Act of 1950, tit. II, 64 Stat. 1019 (repealed 1971)",
  url: "https://books.google.com/books?id=cvEl4qL51vsC&pg=PA12236",
  publisher: "Google Books (scan of the U.S. Code, 50 U.S.C. ch. 23, subch. II)",
  date: "1950-09",
  publicDomain: true,
} satisfies BibliographyEntry;

export const nationalEmergenciesAct = {
  id: "national-emergencies-act",
  kind: "statute",
  title: "National Emergencies Act",
  citation: "Pub. L. 94-412, 90 Stat. 1255 (1976) (50 U.S.C. §§ 1601–1651)",
  url: "https://www.govtrack.us/congress/bills/94/hr3884/text",
  publisher: "GovTrack (enrolled text of H.R. 3884, 94th Congress)",
  date: "1976-09-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const naturalizationAct1798 = {
  id: "naturalization-act-1798",
  kind: "statute",
  title: "Naturalization Act of 1798",
  citation: "Act of June 18, 1798, ch. 54, 1 Stat. 566",
  url: "https://perno.com/amer/docs/naturalization%20act.htm",
  publisher: "perno.com (transcription of section 1 of the act)",
  date: "1798-06-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const ndaaFy2011 = {
  id: "ndaa-fy2011",
  kind: "statute",
  title: "Ike Skelton National Defense Authorization Act for Fiscal Year 2011, sections 1032–1033",
  citation: "Pub. L. No. 111-383, §§ 1032–1033 (Jan. 7, 2011)",
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_124.djvu/4377",
  publisher: "Wikisource (scan of 124 Stat. 4351)",
  date: "2011-01-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const nonDetentionAct = {
  id: "non-detention-act",
  kind: "statute",
  title: "Non-Detention Act of 1971",
  citation: "Pub. L. 92-128, 85 Stat. 347 (1971), codified at 18 U.S.C. § 4001(a)",
  url: "https://www.law.cornell.edu/uscode/text/18/4001",
  publisher: "Legal Information Institute, Cornell Law School (text of 18 U.S.C. § 4001 with its source credit)",
  date: "1971-09-25",
  publicDomain: true,
} satisfies BibliographyEntry;

export const refugeeAct1980 = {
  id: "refugee-act-1980",
  kind: "statute",
  title: "Refugee Act of 1980",
  citation: "Pub. L. 96-212, 94 Stat. 102 (1980)",
  url: "https://archives.gov/press/press-releases/2016/nr16-23.html",
  publisher: "U.S. National Archives and Records Administration",
  date: "1980-03-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const seditionAct = {
  id: "sedition-act",
  kind: "statute",
  title: `\
Sedition Act (An Act in Addition to the Act, Entitled "An Act for the Punishment of Certain Crimes \
Against the United States")`,
  citation: "Act of July 14, 1798, ch. 74, 1 Stat. 596",
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_1.djvu/718",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 1)",
  date: "1798-07-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const warPowersResolution = {
  id: "war-powers-resolution",
  kind: "statute",
  title: "War Powers Resolution",
  citation: `\
War Powers Resolution, Pub. L. 93-148, 87 Stat. 555 (1973) (codified at 50 U.S.C. §§ 1541–1548)`,
  url: "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_87.djvu/587",
  publisher: "Wikisource (transcription of U.S. Statutes at Large, vol. 87)",
  date: "1973-11-07",
  publicDomain: true,
} satisfies BibliographyEntry;
