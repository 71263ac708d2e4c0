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
  publisher: "Columbia Law School Human Rights Institute",
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
The U.N. \
Convention Against Torture: Overview of U.S. \
Implementation Policy Concerning the Removal of Aliens`,
  citation: `\
Michael John Garcia, Congressional Research Service, Report RL32276 (updated Jan. \
25, 2008)`,
  url: `\
https://congressionalresearch.com/RL32276/document.php?study=The+U.N.+Convention+Against+Torture+Overview+of+U.S.+Implementation+Policy+Concerning+the+Removal+of+Aliens`,
  publisher: "Congressional Research Service",
  date: "2008-01-25",
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
  publisher: "Commission on Wartime Relocation and Internment of Civilians",
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

export const dictAmericanHistory = {
  id: "dict-american-history",
  kind: "report",
  title: "Internment, Wartime (Dictionary of American History)",
  citation: 'Dictionary of American History, "Internment, Wartime," via Encyclopedia.com',
  publisher: "Encyclopedia.com",
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

export const hrwCristosal2025 = {
  id: "hrw-cristosal-2025",
  kind: "report",
  title: '"You Have Arrived in Hell"',
  citation: "Human Rights Watch and Cristosal, report (Nov. 12, 2025)",
  publisher: "Human Rights Watch; Cristosal",
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

export const usmsWwi = {
  id: "usms-wwi",
  kind: "report",
  title: "U.S. Marshals Service history: World War I",
  citation: "U.S. Marshals Service, history page on World War I enemy alien enforcement",
  url: "https://www.usmarshals.gov/history/ww1/ww1.htm",
  publisher: "U.S. Marshals Service",
  publicDomain: true,
} satisfies BibliographyEntry;
