// News reports.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const abcDeclarations2025 = {
  id: "abc-declarations-2025",
  kind: "news",
  title: "Lawyers say some deported by ICE weren't gang members, were targeted for tattoos",
  citation: "Laura Romero, ABC News (Mar. 21, 2025)",
  url: `\
https://abc7ny.com/post/lawyers-say-deported-ice-werent-gang-members-were-targeted-tattoos/16062214`,
  publisher: "ABC News",
  date: "2025-03-21",
} satisfies BibliographyEntry;

export const acluPlaintiffs = {
  id: "aclu-plaintiffs",
  kind: "news",
  title: `\
Law&Crime report on the plaintiffs' D.C. \
Circuit filing opposing the government's effort to end the contempt inquiry`,
  citation: "Law&Crime, late 2025",
  url: `\
https://lawandcrime.com/high-profile/venezuelans-urge-dc-circuit-to-slap-down-trump-doj-recycled-attempt-to-end-boasberg-contempt-probe/amp`,
  publisher: "Law&Crime",
} satisfies BibliographyEntry;

export const apCustodyHearing2025 = {
  id: "ap-custody-hearing-2025",
  kind: "news",
  title: "Judge seeks more information from Trump administration about prison deal with El Salvador",
  citation: "Michael Kunzelman and Nicholas Riccardi, Associated Press (May 8, 2025)",
  url: "https://archives.lincolndailynews.com/2025/May/08/NEWS/news_y.shtml",
  publisher: "Associated Press",
  date: "2025-05-08",
} satisfies BibliographyEntry;

export const apDeportationPlan2025 = {
  id: "ap-deportation-plan-2025",
  kind: "news",
  title: "US plans to deport about 300 alleged Venezuelan gang members to El Salvador",
  citation: "Associated Press (Mar. 15, 2025), republished by NBC Boston",
  url: `\
https://www.nbcboston.com/news/national-international/us-plans-to-deport-about-300-alleged-venezuelan-gang-members-to-el-salvador/3659544/`,
  publisher: "Associated Press",
  date: "2025-03-15",
} satisfies BibliographyEntry;

export const apFebruary2026 = {
  id: "ap-february-2026",
  kind: "news",
  title: `\
Associated Press report on the vindictive-prosecution hearing in the Abrego Garcia criminal case`,
  citation: `\
Associated Press, via WSOC-TV, report on the February 26, 2026 hearing before Judge Crenshaw (Feb. \
2026)`,
  url: "https://www.wsoctv.com/news/politics/kilmar-abrego-garcia/2LKG6FCG3EYEFFJSYKCXGFCFHI/",
  publisher: "Associated Press (via WSOC-TV)",
  date: "2026-02",
} satisfies BibliographyEntry;

export const bloombergDeclarations = {
  id: "bloomberg-declarations",
  kind: "news",
  title: "Bloomberg Law report on the government's declarations in the J.G.G. contempt inquiry",
  citation: "Bloomberg Law, late 2025",
  url: `\
https://news.bloomberglaw.com/federal-contracting/bove-cites-legal-shield-in-sharing-little-on-removal-flights`,
  publisher: "Bloomberg Law",
} satisfies BibliographyEntry;

export const bloombergDvd = {
  id: "bloomberg-dvd",
  kind: "news",
  title: "Supreme Court clears Trump to send migrants to South Sudan",
  citation: "Bloomberg Law, U.S. Law Week (June 2025)",
  url: `\
https://news.bgov.com/us-law-week/supreme-court-clears-trump-to-send-migrants-to-south-sudan`,
  publisher: "Bloomberg Law",
  date: "2025-06",
} satisfies BibliographyEntry;

export const dismissalReports = {
  id: "dismissal-reports",
  kind: "news",
  title: `\
Secondary report, citing Politico and ABC News, that the smuggling indictment was dismissed as \
vindictive`,
  citation: `\
BuzzyToday, “Judge brands DOJ prosecution vindictive in Garcia case” (2026), relaying Politico and \
ABC News reporting; date of the ruling not confirmed`,
  url: "https://www.buzzytoday.com/articles/judge-brands-doj-prosecution-vindictive-in-garcia-case",
  publisher: "BuzzyToday (aggregator)",
  date: "2026",
} satisfies BibliographyEntry;

export const enBancArgumentReport = {
  id: "en-banc-argument-report",
  kind: "news",
  title: "Report on the full Fifth Circuit's January 22, 2026 argument in W.M.M. v. Trump",
  citation: "The Epoch Times (Jan. 2026)",
  url: `\
https://californiainsider.com/news/appeals-court-considers-trumps-ability-to-deport-under-alien-enemies-act-5974752`,
  publisher: "The Epoch Times",
  date: "2026-01",
} satisfies BibliographyEntry;

export const juristReport = {
  id: "jurist-report",
  kind: "news",
  title: `\
JURIST report on Proclamation 10903 and the lawsuit filed by the ACLU and Democracy Forward`,
  citation: "JURIST News (Mar. 2025)",
  url: "https://jurist.org/news/?p=276047",
  publisher: "JURIST",
  date: "2025-03",
} satisfies BibliographyEntry;

export const lawcrimeCustodyFiling2025 = {
  id: "lawcrime-custody-filing-2025",
  kind: "news",
  title: `\
Report on the Justice Department's filing arguing that men removed to El Salvador are not in U.S. \
custody`,
  citation: "Law&Crime (May 2025)",
  url: `\
https://celebjam.com/crime/in-defiance-of-the-supreme-courts-decision-trump-admin-accuses-aclu-of-defying-scotus-by-trying-to-keep-alien-enemies-act-case-before-judge-boasberg`,
  publisher: "Law&Crime",
  date: "2025-05",
} satisfies BibliographyEntry;

export const ljrStateOfException2022 = {
  id: "ljr-state-of-exception-2022",
  kind: "news",
  title: `\
A pedido do presidente Nayib Bukele, Congresso decreta estado de exceção por escalada de crimes em \
El Salvador`,
  citation: "LatAm Journalism Review (2022)",
  url: `\
https://latamjournalismreview.org/pt-br/news/a-pedido-do-presidente-nayib-bukele-congresso-decreta-estado-de-excecao-por-escalada-de-crimes-em-el-salvador`,
  publisher: "LatAm Journalism Review (Knight Center for Journalism in the Americas)",
} satisfies BibliographyEntry;

export const msnowFacilitate = {
  id: "msnow-facilitate",
  kind: "news",
  title: "Report on Judge Xinis's ruling about the meaning of “facilitate”",
  citation: `\
MS NOW, Deadline: Legal Blog, report on Judge Xinis's order rejecting the “domestic obstacles” \
reading (Apr. \
16, 2025)`,
  url: `\
https://www.ms.now/deadline-white-house/deadline-legal-blog/kilmar-abrego-garcia-facilitate-judge-paula-xinis-rcna201495`,
  publisher: "MS NOW",
  date: "2025-04-16",
} satisfies BibliographyEntry;

export const newRepublicXinis = {
  id: "new-republic-xinis",
  kind: "news",
  title: "Judge orders Trump administration to return wrongly deported man",
  citation: "The New Republic, report on Judge Xinis's April 2025 ruling (Apr. 2025)",
  url: `\
https://newrepublic.com/post/193651/judge-orders-trump-administration-return-wrongly-deported-man`,
  publisher: "The New Republic",
  date: "2025-04",
} satisfies BibliographyEntry;

export const notusAgreement2025 = {
  id: "notus-agreement-2025",
  kind: "news",
  title: "Report on the U.S.-El Salvador grant agreement disclosed in a court filing",
  citation: "NOTUS (2025)",
  url: "https://www.notus.org/courts/el-salvador-court-filing-cecot-agreement",
  publisher: "NOTUS",
  date: "2025",
} satisfies BibliographyEntry;

export const nprExchange = {
  id: "npr-exchange",
  kind: "news",
  title: "10 Americans are freed by Venezuela in a prisoner swap for migrants in El Salvador",
  citation: "NPR (July 18, 2025), via KASU",
  url: `\
https://www.kasu.org/politics/2025-07-18/10-americans-are-freed-by-venezuela-in-a-prisoner-swap-for-migrants-in-el-salvador`,
  publisher: "NPR",
  date: "2025-07-18",
} satisfies BibliographyEntry;

export const nytRobertsStatement = {
  id: "nyt-roberts-statement",
  kind: "news",
  title: `\
New York Times coverage of Chief Justice Roberts' statement and the call to impeach Judge Boasberg`,
  citation: "The New York Times, Mar. 18, 2025",
  publisher: "The New York Times",
  date: "2025-03-18",
} satisfies BibliographyEntry;

export const reutersArrival2025 = {
  id: "reuters-arrival-2025",
  kind: "news",
  title: "Alleged Venezuelan gang members deported by U.S. arrive in El Salvador",
  citation: "Reuters (Mar. 16, 2025), republished by the Honolulu Star-Advertiser",
  url: `\
https://staradvertiser.com/2025/03/16/breaking-news/alleged-venezuelan-gang-members-deported-by-u-s-arrive-in-el-salvador`,
  publisher: "Reuters",
  date: "2025-03-16",
} satisfies BibliographyEntry;

export const reutersCecotOpening2023 = {
  id: "reuters-cecot-opening-2023",
  kind: "news",
  title: "Photo report on the opening of El Salvador's CECOT prison in Tecoluca",
  citation: "Reuters Pictures, caption for photograph RC2B3Z9B0J8R (Feb. 2, 2023)",
  url: "https://pictures.reuters.com/archive/EL-SALVADOR-GANGS-PRISON-RC2B3Z9B0J8R.html",
  publisher: "Reuters",
  date: "2023-02-02",
} satisfies BibliographyEntry;

export const reutersIceDetention = {
  id: "reuters-ice-detention",
  kind: "news",
  title: "Report on ICE re-detaining Abrego Garcia and the proposal to remove him to Uganda",
  citation: `\
Reuters report, reposted by Newsbeep, on Abrego Garcia's detention by ICE in Baltimore (Aug. \
2025)`,
  url: "https://www.newsbeep.com/?p=82740",
  publisher: "Reuters (reposted by Newsbeep)",
  date: "2025-08",
} satisfies BibliographyEntry;

export const reutersUn2025 = {
  id: "reuters-un-2025",
  kind: "news",
  title: "Deported Venezuelans believed held at El Salvador mega-prison, UN says",
  citation: "Reuters (May 13, 2025)",
  url: "https://our.today/deported-venezuelans-believed-held-at-el-salvador-mega-prison-un-says",
  publisher: "Reuters",
  date: "2025-05-13",
} satisfies BibliographyEntry;

export const scotusblogAbregoGarcia = {
  id: "scotusblog-abrego-garcia",
  kind: "news",
  title: `\
Justices direct government to facilitate return of Maryland man mistakenly deported to El Salvador`,
  citation: "SCOTUSblog (Apr. 2025)",
  url: `\
https://scotusblog.com/2025/04/justices-direct-government-to-facilitate-return-of-maryland-man-mistakenly-deported-to-el-salvador`,
  publisher: "SCOTUSblog",
  date: "2025-04",
} satisfies BibliographyEntry;

export const slateDecember2025 = {
  id: "slate-december-2025",
  kind: "news",
  title: "How the Trump administration's most-wanted man finally went free",
  citation: `\
Slate, reposted by Reader Supported News, on Judge Xinis's December 11, 2025 release order (Dec. \
2025)`,
  url: `\
https://www.rsn.org/001/how-the-trump-administrations-most-wanted-man-finally-went-free.html`,
  publisher: "Slate (reposted by Reader Supported News)",
  date: "2025-12",
} satisfies BibliographyEntry;

export const spectrumJune2025 = {
  id: "spectrum-june-2025",
  kind: "news",
  title: "Kilmar Abrego Garcia returning to United States from El Salvador to face charges",
  citation: "Spectrum News 13, report on Abrego Garcia's return and indictment (June 6, 2025)",
  url: `\
https://mynews13.com/fl/orlando/immigration/2025/06/06/kilmar-abrego-garcia-returning-united-states-from-el-salvador-face-charges-`,
  publisher: "Spectrum News 13",
  date: "2025-06-06",
} satisfies BibliographyEntry;

export const volokhFacilitate = {
  id: "volokh-facilitate",
  kind: "news",
  title: "Trump Takes Dangerous Steps Towards Defying Court Orders in Garcia Abrego Case",
  citation: `\
The Volokh Conspiracy (Reason), commentary on the government's reading of “facilitate” (Apr. \
15, 2025)`,
  url: `\
https://reason.com/volokh/2025/04/15/trump-takes-big-step-towards-defying-court-orders-in-garcia-abrego-case/`,
  publisher: "Reason",
  date: "2025-04-15",
} satisfies BibliographyEntry;

export const wapoFigures = {
  id: "wapo-figures",
  kind: "news",
  title: "White House Official Says 137 Immigrants Deported under Alien Enemies Act",
  citation: "The Washington Post (Mar. 2025), republished by The Japan News, Mar. 18, 2025",
  url: "https://japannews.yomiuri.co.jp/news-services/washingtonpost/20250318-243963",
  publisher: "The Washington Post",
  date: "2025-03",
} satisfies BibliographyEntry;
