// Reports of government bodies, research services and organisations.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const acsKorematsu = {
  id: "acs-korematsu",
  kind: "report",
  title: 'Trump v. Hawaii and Chief Justice Roberts\'s "Korematsu overruled" parlor trick',
  citation: "American Constitution Society, Expert Forum, on Trump v. Hawaii and Korematsu",
  url: `\
https://acslaw.org/expertforum/trump-v-hawaii-and-chief-justice-robertss-korematsu-overruled-parlor-trick`,
  publisher: "American Constitution Society",
} satisfies BibliographyEntry;

export const annenbergPickeringTimeline = {
  id: "annenberg-pickering-timeline",
  kind: "report",
  title: "First federal judge impeached and convicted (timeline entry on John Pickering)",
  citation: `\
Annenberg Classroom, timeline: Judge first impeached, convicted (John Pickering, 1803-1804)`,
  url: "https://www.annenbergclassroom.org/timeline_event/judge-first-impeached-convicted/",
  publisher: "Annenberg Public Policy Center, Annenberg Classroom",
} satisfies BibliographyEntry;

export const annenbergSeditionExpires = {
  id: "annenberg-sedition-expires",
  kind: "report",
  title: "Sedition Act of 1798 expires (timeline entry)",
  citation: "Annenberg Classroom, timeline: Sedition Act of 1798 expires (1801)",
  url: "https://www.annenbergclassroom.org/timeline_event/sedition-act-1798-expires/",
  publisher: "Annenberg Public Policy Center, Annenberg Classroom",
} satisfies BibliographyEntry;

export const britannicaAlienSedition = {
  id: "britannica-alien-sedition",
  kind: "report",
  title: "Alien and Sedition Acts",
  citation: '"Alien and Sedition Acts," Britannica Kids (Students)',
  url: "https://kids.britannica.com/students/article/Alien-and-Sedition-Acts/272809",
  publisher: "Encyclopaedia Britannica",
} satisfies BibliographyEntry;

export const britannicaResolutions = {
  id: "britannica-resolutions",
  kind: "report",
  title: "Virginia and Kentucky Resolutions",
  citation: 'Britannica Kids (students edition), "Virginia and Kentucky Resolutions"',
  url: "https://kids.britannica.com/students/article/Virginia-and-Kentucky-Resolutions/599454",
  publisher: "Encyclopaedia Britannica",
} satisfies BibliographyEntry;

export const chroniclesOklahoma = {
  id: "chronicles-oklahoma",
  kind: "report",
  title: "The Chronicles of Oklahoma: article on Worcester v. Georgia and its aftermath",
  citation: `\
The Chronicles of Oklahoma (Oklahoma Historical Society), digitized at The Gateway to Oklahoma \
History, ark:/67531/metadc2031778`,
  url: "https://gateway.okhistory.org/ark:/67531/metadc2031778/m1/7/",
  publisher: "Oklahoma Historical Society",
} satisfies BibliographyEntry;

export const clearinghouseAbregoGarcia = {
  id: "clearinghouse-abrego-garcia",
  kind: "report",
  title: "Abrego Garcia v. Noem (case summary)",
  citation: `\
Civil Rights Litigation Clearinghouse, case no. \
46283, Abrego Garcia v. \
Noem (D. \
Md., filed Mar. \
24, 2025)`,
  url: "https://clearinghouse.net/case/46283",
  publisher: "Civil Rights Litigation Clearinghouse",
} satisfies BibliographyEntry;

export const cmsBarsky = {
  id: "cms-barsky",
  kind: "report",
  title: "U.S. legal responsibilities to asylum seekers",
  citation: "Robert Barsky, Center for Migration Studies of New York (Dec. 2018)",
  url: "https://cmsny.org/publications/barsky-us-legal-responsibilities-asylum-seekers/",
  publisher: "Center for Migration Studies of New York",
  date: "2018-12",
} satisfies BibliographyEntry;

export const columbiaPromisesToKeep = {
  id: "columbia-promises-to-keep",
  kind: "report",
  title: "Promises to Keep: Diplomatic Assurances Against Torture in US Terrorism Transfers",
  citation: "Columbia Law School Human Rights Institute, Promises to Keep (Dec. 2010)",
  url: "https://scholarship.law.columbia.edu/human_rights_institute/60/",
  publisher: "Columbia Law School Scholarship Archive",
  date: "2010-12",
} satisfies BibliographyEntry;

export const conanContempt = {
  id: "conan-contempt",
  kind: "report",
  title: "Constitution Annotated: Article III, Section 1, Categories of Contempt",
  citation: `\
Cong. \
Research Serv., Constitution of the United States: Analysis and Interpretation, art. \
III, § 1 (Categories of Contempt)`,
  url: "https://www.law.cornell.edu/constitution-conan/article-3/section-1/categories-of-contempt",
  publisher: "Congressional Research Service (via Legal Information Institute)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const conanContemptPower = {
  id: "conan-contempt-power",
  kind: "report",
  title: `\
Constitution Annotated: Article III, Section 1, essay on the contempt power (ArtIII.S1.3.1.1)`,
  citation: `\
Cong. Rsch. Serv., Constitution of the United States: Analysis and Interpretation, \
ArtIII.S1.3.1.1`,
  url: "https://constitution.congress.gov/browse/essay/artIII_S1_3_1_1/",
  publisher: "Congressional Research Service (Congress.gov)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cristosal2022 = {
  id: "cristosal-2022",
  kind: "report",
  title: `\
Tercer informe situacional de casos de violaciones a derechos humanos durante el régimen de \
excepción`,
  citation: "Cristosal, third situation report on the state of exception (2022)",
  url: `\
https://cristosal.org/ES/tercer-informe-situacional-de-casos-de-violaciones-a-derechos-humanos-durante-el-regimen-de-excepcion/?amp=1`,
  publisher: "Cristosal",
  date: "2022",
} satisfies BibliographyEntry;

export const crsCatImplementation = {
  id: "crs-cat-implementation",
  kind: "report",
  title: `\
The U.N. Convention Against Torture: Overview of U.S. Implementation Policy Concerning the Removal \
of Aliens`,
  citation: `\
Michael John Garcia and Johannes Nordin, Congressional Research Service, Report RL32276 (updated \
Jan. 21, 2009)`,
  url: "https://www.hsdl.org/c/abstract/?docid=38823",
  publisher: "Homeland Security Digital Library (record of the CRS report)",
  date: "2009-01-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsIeepa = {
  id: "crs-ieepa",
  kind: "report",
  title: "The International Emergency Economic Powers Act: Origins, Evolution, and Use",
  citation: "Congressional Research Service, Report R45618",
  url: `\
https://www.everycrsreport.com/changes/20190320_R45618_44791ad0fa18051aeff40ec0dcc984e73e8266a3__20190801_R45618_4ada899474d4efdee5d85cb685c3afc55e353d7a.html`,
  publisher: "Congressional Research Service",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsLsb10242 = {
  id: "crs-lsb10242",
  kind: "report",
  title: "Can the Department of Defense Build the Border Wall?",
  citation: `\
Cong. Rsch. Serv., Legal Sidebar LSB10242, Can the Department of Defense Build the Border Wall? \
(updated Feb. 18, 2019)`,
  url: "https://www.everycrsreport.com/reports/LSB10242.html",
  publisher: "Congressional Research Service (via EveryCRSReport)",
  date: "2019-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsLsb11269 = {
  id: "crs-lsb11269",
  kind: "report",
  title: `\
The Alien Enemy Act: History and Potential Use to Remove Members of International Criminal Cartels`,
  citation: "Cong. Rsch. Serv., Legal Sidebar LSB11269 (Feb. 18, 2025)",
  url: `\
https://www.everycrsreport.com/files/2025-02-18_LSB11269_b0df90ee93283ea51fb583f4cec928b642923be0.html`,
  publisher: "Congressional Research Service",
  date: "2025-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsNeaDefinition = {
  id: "crs-nea-definition",
  kind: "report",
  title: "Definition of National Emergency under the National Emergencies Act",
  citation: "Congressional Research Service, Legal Sidebar LSB10267 (Mar. 1, 2019)",
  url: `\
https://www.everycrsreport.com/files/2019-03-01_LSB10267_1a9301cfeabd5a9c0a346a6520da2df915140c8a.html`,
  publisher: "Congressional Research Service",
  date: "2019-03-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsR40754 = {
  id: "crs-r40754",
  kind: "report",
  title: "Guantanamo Detention Center: Legislative Activity in the 111th Congress",
  citation: "Michael John Garcia, Congressional Research Service, Report R40754 (Jan. 13, 2011)",
  url: "https://www.everycrsreport.com/files/20110113_R40754_f3821af796ac23ad6a112f442f62e98193f3e004.html",
  publisher: "EveryCRSReport.com",
  date: "2011-01-13",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsR42143 = {
  id: "crs-r42143",
  kind: "report",
  title: "Wartime Detention Provisions in Recent Defense Authorization Legislation",
  citation: "Congressional Research Service, Report R42143 (Mar. 14, 2016)",
  url: `\
https://www.everycrsreport.com/files/20160314_R42143_b8569a94bdaa3bd6234d55fdacd15921684c7665.html`,
  publisher: "Congressional Research Service",
  date: "2016-03-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsRs22130 = {
  id: "crs-rs22130",
  kind: "report",
  title: "Detention of U.S. Citizens",
  citation: "Louis Fisher, Cong. Rsch. Serv., Report RS22130 (Apr. 28, 2005)",
  url: "https://www.everycrsreport.com/reports/RS22130.html",
  publisher: "Congressional Research Service",
  date: "2005",
  publicDomain: true,
} satisfies BibliographyEntry;

export const crsWprLitigation = {
  id: "crs-wpr-litigation",
  kind: "report",
  title: `\
War Powers Litigation Initiated by Members of Congress Since the Enactment of the War Powers \
Resolution`,
  citation: "Congressional Research Service, Report RL30352",
  url: "https://www.everycrsreport.com/reports/RL30352.html",
  publisher: "Congressional Research Service",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cwric = {
  id: "cwric",
  kind: "report",
  title: `\
Personal Justice Denied: Report of the Commission on Wartime Relocation and Internment of Civilians`,
  citation: "Commission on Wartime Relocation and Internment of Civilians, Personal Justice Denied",
  url: "https://npshistory.com/publications/incarceration/personal-justice-denied/intro.htm",
  publisher: "NPS History (copy of the Commission's report)",
  publicDomain: true,
} satisfies BibliographyEntry;

export const denshoAea = {
  id: "densho-aea",
  kind: "report",
  title: "Detention Under the Alien Enemies Act in World War II",
  citation: 'Densho, "Detention Under the Alien Enemies Act in World War II" (Apr. 3, 2025)',
  url: "https://densho.org/catalyst/detention-under-the-alien-enemies-act-in-world-war-ii",
  publisher: "Densho",
  date: "2025-04-03",
} satisfies BibliographyEntry;

export const denshoSantaFe = {
  id: "densho-santa-fe",
  kind: "report",
  title: "Santa Fe (detention facility)",
  citation: 'Densho Encyclopedia, "Santa Fe (detention facility)"',
  url: "https://encyclopedia.densho.org/Santa%20Fe%20(detention%20facility)",
  publisher: "Densho",
} satisfies BibliographyEntry;

export const discoverNikkeiRenunciation = {
  id: "discover-nikkei-renunciation",
  kind: "report",
  title: `\
Legalizing Detention: Segregated Japanese Americans and the Justice Department's Renunciation \
Program, Part 6`,
  citation: "Barbara Takei, Discover Nikkei (Japanese American National Museum), Apr. 19, 2013",
  url: "https://www.discovernikkei.org/journal/2013/4/19/legalizing-detention-6/",
  publisher: "Japanese American National Museum, Discover Nikkei",
  date: "2013-04-19",
} satisfies BibliographyEntry;

export const dojRedress1999 = {
  id: "doj-redress-1999",
  kind: "report",
  title: `\
Justice Department press release on the close of the Office of Redress Administration (February \
1999)`,
  citation: "U.S. Department of Justice, Office of Public Affairs, press release, February 1999",
  url: "https://www.justice.gov/archive/opa/pr/1999/February/059cr.htm",
  publisher: "U.S. Department of Justice",
  date: "1999-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const eacAlienSedition = {
  id: "eac-alien-sedition",
  kind: "report",
  title: "Alien and Sedition Acts (Encyclopedia of the American Constitution)",
  citation: 'Encyclopedia of the American Constitution, "Alien and Sedition Acts," via Encyclopedia.com',
  url: `\
https://encyclopedia.com/politics/encyclopedias-almanacs-transcripts-and-maps/alien-and-sedition-acts-naturalization-act-1`,
  publisher: "Encyclopedia.com",
} satisfies BibliographyEntry;

export const famousTrialsKorematsu = {
  id: "famous-trials-korematsu",
  kind: "report",
  title: "Did the Roberts Court overrule Korematsu?",
  citation: 'Famous Trials, "Did the Roberts Court Overrule Korematsu?"',
  url: "https://famous-trials.com/korematsu/2565-did-the-roberts-court-overrule-korematsu",
  publisher: "Famous Trials (Douglas O. Linder)",
} satisfies BibliographyEntry;

export const fjcSeditionChronology = {
  id: "fjc-sedition-chronology",
  kind: "report",
  title: "The Sedition Act Trials: The Judicial Process, a Chronology",
  citation: `\
Federal Judicial Center, The Sedition Act Trials: Historical Background and Documents, "The \
Judicial Process: A Chronology" (Bruce A. Ragsdale, 2005)`,
  url: "https://www.fjc.gov/history/home.nsf/page/tu_sedition_chronology.html",
  publisher: "Federal Judicial Center",
  date: "2005",
  publicDomain: true,
} satisfies BibliographyEntry;

export const fjcSeditionNarrative = {
  id: "fjc-sedition-narrative",
  kind: "report",
  title: "The Sedition Act Trials: A Short Narrative",
  citation: `\
Federal Judicial Center, The Sedition Act Trials: Historical Background and Documents, "A Short \
Narrative" (Bruce A. Ragsdale, 2005)`,
  url: "https://www.fjc.gov/history/home.nsf/page/tu_sedition_narrative.html",
  publisher: "Federal Judicial Center",
  date: "2005",
  publicDomain: true,
} satisfies BibliographyEntry;

export const frusWprNote = {
  id: "frus-wpr-note",
  kind: "report",
  title: `\
Foreign Relations of the United States, 1969–1976, Volume XXXV, Document 26 (editorial note on the \
War Powers Resolution)`,
  citation: "Foreign Relations of the United States, 1969–1976, vol. XXXV, doc. 26 (editorial note)",
  url: "https://history.state.gov/historicaldocuments/frus1969-76v35/d26",
  publisher: "U.S. Department of State, Office of the Historian",
  publicDomain: true,
} satisfies BibliographyEntry;

export const gilderLehrmanSedition = {
  id: "gilder-lehrman-sedition",
  kind: "report",
  title: "The Sedition Act, 1798 (Spotlight on a Primary Source)",
  citation: 'Gilder Lehrman Institute of American History, "The Sedition Act, 1798"',
  url: "https://www.gilderlehrman.org/history-resources/spotlight-primary-source/sedition-act-1798",
  publisher: "Gilder Lehrman Institute of American History",
} satisfies BibliographyEntry;

export const gwlrAbregoGarcia = {
  id: "gwlr-abrego-garcia",
  kind: "report",
  title: "Kilmar Abrego Garcia (On the Docket)",
  citation: "George Washington Law Review, On the Docket, “Kilmar Abrego Garcia” (2025)",
  url: "https://www.gwlr.org/kilmar-abrego-garcia",
  publisher: "George Washington Law Review",
  date: "2025",
} satisfies BibliographyEntry;

export const hconres86 = {
  id: "hconres86",
  kind: "report",
  title: `\
H. Con. Res. 86: directing the President, under section 5(c) of the War Powers Resolution, to \
remove U.S. Armed Forces from hostilities with Iran`,
  citation: "H. Con. Res. 86, 119th Cong. (2026) (engrossed in the House)",
  url: "https://www.govinfo.gov/content/pkg/BILLS-119hconres86eh/xml/BILLS-119hconres86eh.xml",
  publisher: "U.S. Government Publishing Office (govinfo)",
  date: "2026-06-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const historyhubWwi = {
  id: "historyhub-wwi",
  kind: "report",
  title: "WWI Enemy Alien Registrations, Permits, and Enforcement",
  citation: `\
National Archives History Hub, Immigration and Naturalization blog, "WWI Enemy Alien \
Registrations, Permits, and Enforcement"`,
  url: `\
https://historyhub.history.gov/genealogy/immigration-and-naturalization-records/b/immigration-naturalization-blog/posts/wwi-enemy-alien-registrations-permits-and-enforcement`,
  publisher: "National Archives and Records Administration",
  publicDomain: true,
} satisfies BibliographyEntry;

export const hrwCatUnderstanding = {
  id: "hrw-cat-understanding",
  kind: "report",
  title: "U.S. Legal Obligations (background briefing on the Maher Arar case)",
  citation: 'Human Rights Watch, background briefing on the Arar case, section "U.S. Legal Obligations"',
  url: "https://www.hrw.org/legacy/backgrounder/eca/canada/arar/4.htm",
  publisher: "Human Rights Watch",
} satisfies BibliographyEntry;

export const hrwCristosal2025 = {
  id: "hrw-cristosal-2025",
  kind: "report",
  title: `\
"You Have Arrived in Hell": Torture and Other Abuses Against Venezuelans in El Salvador's Mega \
Prison`,
  citation: "Human Rights Watch and Cristosal, report (Nov. 12, 2025)",
  url: "https://havanatimes.org/news/venezuelans-deported-from-usa-tortured-in-salvadoran-prison/",
  publisher: "Havana Times (IPS report on the study)",
  date: "2025-11-12",
} satisfies BibliographyEntry;

export const immpolicyGuatemalaAca2019 = {
  id: "immpolicy-guatemala-aca-2019",
  kind: "report",
  title: "DHS signs third-country agreement to deport migrants to Guatemala",
  citation: "Immigration Policy Tracking Project (2019)",
  url: `\
https://immpolicytracking.org/policies/dhs-signs-third-country-agreement-to-deport-migrants-to-guatemala/`,
  publisher: "Immigration Policy Tracking Project",
} satisfies BibliographyEntry;

export const jinhReview = {
  id: "jinh-review",
  kind: "report",
  title: `\
Review of Press and Speech under Assault: The Early Supreme Court Justices, the Sedition Act of \
1798, and the Campaign against Dissent`,
  citation: "Journal of Interdisciplinary History, vol. 47, no. 4, p. 555 (book review)",
  url: `\
https://direct.mit.edu/jinh/article-abstract/47/4/555/49286/Press-and-Speech-under-Assault-The-Early-Supreme?redirectedFrom=fulltext`,
  publisher: "MIT Press",
} satisfies BibliographyEntry;

export const justSecurityWprCartels = {
  id: "just-security-wpr-cartels",
  kind: "report",
  title: "Expert Backgrounder on War Powers Resolution 60-Day Clock for Boat Strikes Expiring Monday",
  citation: "Rebecca Ingber and Jessica Thibodeau, Just Security (Oct. 2025)",
  url: "https://www.justsecurity.org/123717/war-powers-resolution-60-drug-cartels",
  publisher: "Just Security",
  date: "2025-10",
} satisfies BibliographyEntry;

export const justSecurityWprHostilities2025 = {
  id: "just-security-wpr-hostilities-2025",
  kind: "report",
  title: "Dissecting the Trump Administration's Effort to Circumvent the War Powers Resolution for Boat Strikes",
  citation:
    'Just Security (Nov. 2025), analysis of the administration\'s position that the boat strikes are not "hostilities"',
  url: "https://www.justsecurity.org/123844/war-powers-resolution-venezuela-boat-strikes",
  publisher: "Just Security",
  date: "2025-11",
} satisfies BibliographyEntry;

export const kluskens2017 = {
  id: "kluskens-2017",
  kind: "report",
  title: "Internment of Enemy Aliens During World War I",
  citation:
    "Claire Prechtel Kluskens, NGS Magazine, vol. 43, no. 2 (Apr.–June 2017); the author's summary of the article on her blog, Twelve Key",
  url: "https://twelvekey.com/category/world-war-i/",
  publisher: "Claire Prechtel Kluskens (author's own blog; article published by the National Genealogical Society)",
  date: "2017",
} satisfies BibliographyEntry;

export const locSamuelChase = {
  id: "loc-samuel-chase",
  kind: "report",
  title: "Federal Impeachment research guide: Samuel Chase",
  citation: "Library of Congress, Federal Impeachment research guide, Samuel Chase",
  url: "https://guides.loc.gov/federal-impeachment/samuel-chase",
  publisher: "Library of Congress",
  publicDomain: true,
} satisfies BibliographyEntry;

export const naraEnemyAliens = {
  id: "nara-enemy-aliens",
  kind: "report",
  title: "World War II Enemy Alien Control Program Overview",
  citation: `\
National Archives and Records Administration, "World War II Enemy Alien Control Program Overview"`,
  url: "https://www.archives.gov/research/immigration/enemy-aliens-overview.html",
  publisher: "National Archives and Records Administration",
  publicDomain: true,
} satisfies BibliographyEntry;

export const naraTodaysDoc = {
  id: "nara-todays-doc",
  kind: "report",
  title: "Today's Document from the National Archives: July 6",
  citation: `\
National Archives and Records Administration, Today's Document from the National Archives, July 6`,
  url: "https://www.archives.gov/historical-docs/todays-doc/index.html?dod-date=706",
  publisher: "National Archives and Records Administration",
  publicDomain: true,
} satisfies BibliographyEntry;

export const naraWwi = {
  id: "nara-wwi",
  kind: "report",
  title: "World War I Enemy Alien Records",
  citation: 'National Archives and Records Administration, "World War I Enemy Alien Records"',
  url: "https://www.archives.gov/research/immigration/enemy-aliens/ww1",
  publisher: "National Archives and Records Administration",
  publicDomain: true,
} satisfies BibliographyEntry;

export const nicAssessment2025 = {
  id: "nic-assessment-2025",
  kind: "report",
  title: "Venezuela: Examining Regime Ties to Tren de Aragua (National Intelligence Council memorandum)",
  citation: `\
National Intelligence Council, memorandum of Apr. 7, 2025, released May 5, 2025, as quoted by the \
Associated Press (May 7, 2025)`,
  url: "https://archives.lincolndailynews.com/2025/May/07/NEWS/news_ab.shtml",
  publisher: "National Intelligence Council (text quoted by the Associated Press)",
  date: "2025-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const olcMaduroOpinion2026 = {
  id: "olc-maduro-opinion-2026",
  kind: "report",
  title: "Office of Legal Counsel memorandum on the operation to capture Nicolás Maduro (redacted)",
  citation: `\
U.S. Dep't of Justice, Office of Legal Counsel, memorandum for the Legal Adviser to the National \
Security Council (Dec. 23, 2025), released in redacted form Jan. 13, 2026`,
  url: `\
https://www.lawfaremedia.org/article/trump-administration-releases-legal-opinion-on-maduro-capture--attacks-on-venezuela`,
  publisher: "U.S. Department of Justice (released copy published by Lawfare)",
  date: "2025-12-23",
  publicDomain: true,
} satisfies BibliographyEntry;

export const refugeesIntl2019 = {
  id: "refugees-intl-2019",
  kind: "report",
  title: `\
Refugees International opposes Asylum Cooperative Agreements with Guatemala, El Salvador, and \
Honduras`,
  citation: "Refugees International (Dec. 23, 2019)",
  url: `\
https://www.refugeesinternational.org/reports/2019/12/23/refugees-international-opposes-asylum-cooperative-agreements-with-guatemala-el-salvador-and-honduras`,
  publisher: "Refugees International",
  date: "2019-12-23",
} satisfies BibliographyEntry;

export const sfrcAcaReport2021 = {
  id: "sfrc-aca-report-2021",
  kind: "report",
  title: `\
Cruelty, Coercion, and Legal Contortions: The Trump Administration's Unsafe Asylum Cooperative \
Agreements with Guatemala, Honduras, and El Salvador`,
  citation: "Senate Committee on Foreign Relations, majority staff report, S. Prt. 117-13 (Jan. 18, 2021)",
  url: "https://govinfo.gov/content/pkg/CPRT-117SPRT44788/html/CPRT-117SPRT44788.htm",
  publisher: "U.S. Government Publishing Office",
  date: "2021-01-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const sjres98 = {
  id: "sjres98",
  kind: "report",
  title: "S.J. Res. 98: directing removal of U.S. Armed Forces from hostilities in or against Venezuela",
  citation: "S.J. Res. 98, 119th Cong. (introduced in the Senate, 2026)",
  url: "https://www.congress.gov/119/bills/sjres98/BILLS-119sjres98is.htm",
  publisher: "Congress.gov",
  date: "2026-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usmsWwi = {
  id: "usms-wwi",
  kind: "report",
  title: "U.S. Marshals Service history: World War I",
  citation: "U.S. Marshals Service, history page on World War I enemy alien enforcement",
  url: "https://www.usmarshals.gov/who-we-are/history/historical-reading-room/us-marshals-during-world-war-i",
  publisher: "U.S. Marshals Service",
  publicDomain: true,
} satisfies BibliographyEntry;
