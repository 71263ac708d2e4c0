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

export const abcIjAmendment2025 = {
  id: "abc-ij-amendment-2025",
  kind: "news",
  title: "Judge to hear arguments over whether ICE can re-detain Kilmar Abrego Garcia",
  citation: "ABC News, via WHIO (Dec. 2025), on the immigration judge's amendment adding a removal order",
  url: `\
https://www.whio.com/news/national/judge-hear-arguments-over-whether-ice-can-re-detain-kilmar-abrego-garcia/6YCVZ5AJBU6BJHH5SBKZTGPSDI/`,
  publisher: "WHIO (ABC News copy)",
  date: "2025-12",
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

export const anadoluLeavittBriefing2025 = {
  id: "anadolu-leavitt-briefing-2025",
  kind: "news",
  title: `\
White House says it did not violate written court order when it deported migrants to El Salvador`,
  citation: "Anadolu Agency (Mar. 17, 2025), on Karoline Leavitt's press briefing",
  url: `\
https://aa.com.tr/en/americas/white-house-says-it-did-not-violate-written-court-order-when-it-depo\
rted-migrants-to-el-salvador/3512211`,
  publisher: "Anadolu Agency",
  date: "2025-03-17",
} satisfies BibliographyEntry;

export const anewsIranWpr2026 = {
  id: "anews-iran-wpr-2026",
  kind: "news",
  title: "Trump submits war powers notification to Congress over strikes on Iran",
  citation: "Anadolu Agency, via A News (Mar. 3, 2026)",
  url: "https://www.anews.com.tr/world/2026/03/03/trump-submits-war-powers-notification-to-congress-over-strikes-on-iran",
  publisher: "A News (Anadolu Agency)",
  date: "2026-03-03",
} satisfies BibliographyEntry;

export const apBoatStrikeToll2026 = {
  id: "ap-boat-strike-toll-2026",
  kind: "news",
  title: "US confirms 126 deaths linked to strikes on alleged drug boats",
  citation: "Associated Press (Jan. 26, 2026), republished by The Independent",
  url: `\
https://www.the-independent.com/news/world/americas/us-politics/military-boat-strikes-venezuela-death-toll-b2908178.html`,
  publisher: "Associated Press (via The Independent)",
  date: "2026-01-26",
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

export const apHouseVenezuelaJan2026 = {
  id: "ap-house-venezuela-jan-2026",
  kind: "news",
  title: "House Republicans barely defeat Venezuela war powers resolution",
  citation: "Associated Press (Stephen Groves), Jan. 23, 2026, republished by Lincoln Daily News",
  url: "https://archives.lincolndailynews.com/2026/Jan/23/NEWS/news_q.shtml",
  publisher: "Associated Press (via Lincoln Daily News)",
  date: "2026-01-23",
} satisfies BibliographyEntry;

export const apMaduroCapture2026 = {
  id: "ap-maduro-capture-2026",
  kind: "news",
  title: "US strikes Venezuela, captures Maduro and his wife",
  citation: "Associated Press (Jan. 3, 2026), republished by The Tribune (Nassau)",
  url: "https://www.tribune242.com/news/2026/jan/03/us-strikes-venezuela-captures-maduro-and-his-wife",
  publisher: "Associated Press (via The Tribune)",
  date: "2026-01-03",
} satisfies BibliographyEntry;

export const apSaoudTestimony2026 = {
  id: "ap-saoud-testimony-2026",
  kind: "news",
  title: "Human smuggling case against Kilmar Abrego Garcia 'just kept getting stronger,' agent testifies",
  citation: "Associated Press, via Dayton Daily News (Feb. 2026)",
  url: `\
https://www.daytondailynews.com/news/nation-world/human-smuggling-case-against-kilmar-abrego-garcia-just-kept-getting-stronger-agent-testifies/VS3M3YV2VBO6ZIADBFPH25I2BU/`,
  publisher: "Dayton Daily News (Associated Press copy)",
  date: "2026-02",
} satisfies BibliographyEntry;

export const apSenateIran2026 = {
  id: "ap-senate-iran-2026",
  kind: "news",
  title: "US Senate Republicans vote down legislation to halt Iran war",
  citation: "Associated Press (Mar. 4, 2026), republished by the Shropshire Star",
  url: `\
https://www.shropshirestar.com/world-news/2026/03/04/us-senate-republicans-vote-down-legislation-to-halt-iran-war/`,
  publisher: "Associated Press (via the Shropshire Star)",
  date: "2026-03-04",
} satisfies BibliographyEntry;

export const apSenateVenezuelaJan2026 = {
  id: "ap-senate-venezuela-jan-2026",
  kind: "news",
  title: "Senate advances Venezuela war powers resolution, 52-47",
  citation: "Associated Press (Jan. 8, 2026), republished by the Salina Post",
  url: "https://salinapost.com/posts/1408e9e2-f8ed-45ba-86ed-549e04235e98",
  publisher: "Associated Press (via the Salina Post)",
  date: "2026-01-08",
} satisfies BibliographyEntry;

export const apUnElSalvador2025 = {
  id: "ap-un-el-salvador-2025",
  kind: "news",
  title: "Migrants deported from U.S. to Salvadoran prison remain under U.S. control",
  citation: `\
Associated Press, via NPR and WBHM (July 2025), on El Salvador's statement to U.N. investigators \
filed in J.G.G. v. Trump`,
  url: `\
https://wbhm.org/npr-story/migrants-deported-from-u-s-to-salvadoran-prison-remain-under-u-s-control`,
  publisher: "WBHM (NPR)",
  date: "2025-07",
} satisfies BibliographyEntry;

export const blackmanWhatAboutNixon2026 = {
  id: "blackman-what-about-nixon-2026",
  kind: "news",
  title: "What About Nixon? (on the dissent in Learning Resources v. Trump)",
  citation: "Josh Blackman, What About Nixon?, The Volokh Conspiracy, republished by inkl",
  url: "https://www.inkl.com/news/what-about-nixon",
  publisher: "The Volokh Conspiracy (via inkl)",
} satisfies BibliographyEntry;

export const bloombergDeclarations = {
  id: "bloomberg-declarations",
  kind: "news",
  title: "Judge Summons DOJ Lawyers for Testimony in Contempt Probe",
  citation: `\
Bloomberg Law (Dec. 8, 2025), on the declarations of Secretary Noem and Justice Department \
officials in J.G.G. v. Trump`,
  url: `\
https://news.bloomberglaw.com/federal-contracting/bove-cites-legal-shield-in-sharing-little-on-rem\
oval-flights`,
  publisher: "Bloomberg Law",
  date: "2025-12-08",
} satisfies BibliographyEntry;

export const bloombergDvd = {
  id: "bloomberg-dvd",
  kind: "news",
  title: "Supreme Court clears Trump to send migrants to South Sudan",
  citation: "Bloomberg Law, U.S. Law Week (July 3, 2025, updated)",
  url: `\
https://news.bgov.com/us-law-week/supreme-court-clears-trump-to-send-migrants-to-south-sudan`,
  publisher: "Bloomberg Law",
  date: "2025-07-03",
} satisfies BibliographyEntry;

export const bssNoMistake2025 = {
  id: "bss-no-mistake-2025",
  kind: "news",
  title: 'AFP report on Abrego Garcia\'s return and the White House statement that "there was no mistake"',
  citation: "Agence France-Presse, via BSS (June 7, 2025)",
  url: "https://www.bssnews.net/international/280843",
  publisher: "Bangladesh Sangbad Sangstha (AFP copy)",
  date: "2025-06-07",
} satisfies BibliographyEntry;

export const cecotAnniversary2024 = {
  id: "cecot-anniversary-2024",
  kind: "news",
  title: "El CECOT, el terror de los pandilleros terroristas, cumple un año",
  citation: "Tendencias SV (Jan. 31, 2024), on the first anniversary of CECOT's opening",
  url: "https://tendenciasv.com/2024/01/31/el-cecot-el-terror-de-los-pandilleros-terroristas-cumple-un-ano",
  publisher: "Tendencias SV",
  date: "2024-01-31",
} satisfies BibliographyEntry;

export const cernaDeclaration2025 = {
  id: "cerna-declaration-2025",
  kind: "news",
  title: "Government provides some details about deportation flights in response to judge",
  citation: `\
CBS News (Mar. 18, 2025), on the declaration of ICE official Robert Cerna in J.G.G. v. Trump`,
  url: "https://www.cbsnews.com/news/government-deportation-flights-details-response-to-judge/",
  publisher: "CBS News",
  date: "2025-03-18",
} satisfies BibliographyEntry;

export const cnnHrwResponses2025 = {
  id: "cnn-hrw-responses-2025",
  kind: "news",
  title: `\
Report on the Human Rights Watch and Cristosal study and the responses of the U.S. and Salvadoran \
governments`,
  citation: "CNN, via Local News 8 (Nov. 11, 2025)",
  url: `\
https://localnews8.com/news/national-world/cnn-world/2025/11/11/dozens-of-venezuelans-deported-from-us-to-notorious-salvadoran-prison-subjected-to-torture-rights-groups-claim-in-new-report/`,
  publisher: "Local News 8 (CNN copy)",
  date: "2025-11-11",
} satisfies BibliographyEntry;

export const democracyDocketJudgesHearing2026 = {
  id: "democracy-docket-judges-hearing-2026",
  kind: "news",
  title: "GOP senators threaten to impeach judges who rule against Trump",
  citation: "Democracy Docket, GOP senators threaten to impeach judges who rule against Trump (Jan. 7, 2026)",
  url: `\
https://www.democracydocket.com/news-alerts/gop-senators-threaten-to-impeach-judges-who-rule-again\
st-trump`,
  publisher: "Democracy Docket",
  date: "2026-01-07",
} satisfies BibliographyEntry;

export const dismissalReports = {
  id: "dismissal-reports",
  kind: "news",
  title: `\
Secondary report, citing Politico and ABC News, that the smuggling indictment was dismissed as \
vindictive`,
  citation: `\
The Congressional Insider (2026), relaying Politico and ABC News reporting and the U.S. attorney's \
response; the ruling and its date could not be confirmed`,
  url: "https://thecongressionalinsider.com/judge-exposes-shady-tactics-in-high-profile-case/",
  publisher: "The Congressional Insider (secondary website)",
  date: "2026",
} satisfies BibliographyEntry;

export const dojFilingMar252025 = {
  id: "doj-filing-mar-25-2025",
  kind: "news",
  title: "Trump administration doubles down on stand on deportation flights to El Salvador",
  citation: `\
CBS News (Mar. 26, 2025), on the Justice Department's filing of Mar. 25, 2025 in J.G.G. v. Trump`,
  url: `\
https://www.cbsnews.com/news/trump-administration-deportation-flights-el-salvador-doubles-down/`,
  publisher: "CBS News",
  date: "2025-03-26",
} satisfies BibliographyEntry;

export const dojLetterJan2026 = {
  id: "doj-letter-jan-2026",
  kind: "news",
  title: "Justice Department uses Maduro case to defend Trump's use of the Alien Enemies Act",
  citation: "CNN (Jan. 6, 2026), on the Justice Department's letter to the full Fifth Circuit in W.M.M. v. Trump",
  url: `\
https://kvia.com/politics/cnn-us-politics/2026/01/06/justice-department-uses-maduro-case-to-defend-trumps-use-of-alien-enemies-act-for-deportations`,
  publisher: "CNN (via KVIA)",
  date: "2026-01-06",
} satisfies BibliographyEntry;

export const dvdFirstCircuitStay2026 = {
  id: "dvd-first-circuit-stay-2026",
  kind: "news",
  title: "US Court of Appeals Grants Stay on Third-Country Removals Awaiting Legal Resolution",
  citation: `\
Legal News Feed (Mar. 17, 2026), report on the First Circuit's March 16, 2026 stay order in D.V.D. \
v. DHS`,
  url: `\
https://legalnewsfeed.com/2026/03/17/us-court-of-appeals-grants-stay-on-third-country-removals-awaiting-legal-resolution`,
  publisher: "Legal News Feed",
  date: "2026-03-17",
} satisfies BibliographyEntry;

export const dvdMerits2026 = {
  id: "dvd-merits-2026",
  kind: "news",
  title: "Associated Press report on Judge Murphy's final ruling on third-country removals",
  citation: "Associated Press, via WDBO (Feb. 25, 2026), report on D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)",
  url: "https://www.wdbo.com/news/politics/trump/H4XKFQ233EZW7HSW47JY63BVG4/",
  publisher: "WDBO (Associated Press copy)",
  date: "2026-02-25",
} satisfies BibliographyEntry;

export const dvdStayMotion2026 = {
  id: "dvd-stay-motion-2026",
  kind: "news",
  title: "Report on the government's motion to stay the third-country removal ruling",
  citation: "Law&Crime (Mar. 6, 2026), report on the government's emergency motion to the First Circuit",
  url: `\
https://lawandcrime.com/high-profile/an-unworkable-scheme-trump-admin-bashes-district-judge-for-serious-legal-errors-\
in-order-that-would-cause-massive-operational-disruption-to-3rd-country-deportation-policy/`,
  publisher: "Law&Crime",
  date: "2026-03-06",
} satisfies BibliographyEntry;

export const enBancArgumentReport = {
  id: "en-banc-argument-report",
  kind: "news",
  title: "Report on the full Fifth Circuit's January 22, 2026 argument in W.M.M. v. Trump",
  citation: 'Bloomberg Law, "Fifth Circuit Weighs Deferring to Trump on Deportation Authority" (Jan. 22, 2026)',
  url: "https://news.bloomberglaw.com/us-law-week/fifth-circuit-weighs-deferring-to-trump-on-deportation-authority",
  publisher: "Bloomberg Law",
  date: "2026-01-22",
} satisfies BibliographyEntry;

export const eswatiniArrival2025 = {
  id: "eswatini-arrival-2025",
  kind: "news",
  title: "Trump admin deports migrants from Laos, 4 other nations to Eswatini",
  citation: "Agence France-Presse, via Laotian Times (July 16, 2025)",
  url: `\
https://laotiantimes.com/2025/07/16/trump-admin-deports-migrants-from-laos-4-other-nations-to-eswatini/`,
  publisher: "Laotian Times (AFP copy)",
  date: "2025-07-16",
} satisfies BibliographyEntry;

export const eswatiniIom2025 = {
  id: "eswatini-iom-2025",
  kind: "news",
  title: "IOM not involved in Eswatini plan for US deportees, says agency",
  citation: "Reuters, via TimesLIVE (July 18, 2025)",
  url: `\
https://www.timeslive.co.za/news/africa/2025-07-18-iom-not-involved-in-eswatini-plan-for-us-deportees-says-agency/`,
  publisher: "TimesLIVE (Reuters copy)",
  date: "2025-07-18",
} satisfies BibliographyEntry;

export const eswatiniThirdGroup2026 = {
  id: "eswatini-third-group-2026",
  kind: "news",
  title: "Eswatini receives third batch of migrants deported by the US",
  citation: "Associated Press, via the Los Angeles Times (Mar. 12, 2026)",
  url: `\
https://www.latimes.com/world-nation/story/2026-03-12/eswatini-receives-third-batch-of-migrants-deported-by-u-s`,
  publisher: "Los Angeles Times (Associated Press copy)",
  date: "2026-03-12",
} satisfies BibliographyEntry;

export const foxCruzImpeachmentHearing2026 = {
  id: "fox-cruz-impeachment-hearing-2026",
  kind: "news",
  title: "Cruz demands impeachment of Boasberg and judge who sentenced Kavanaugh's attempted assassin",
  citation: `\
Fox News, Cruz demands impeachment of Boasberg and judge who sentenced Kavanaugh's attempted \
assassin (Jan. 7, 2026)`,
  url: `\
https://www.foxnews.com/politics/cruz-demands-impeachment-boasberg-judge-who-sentenced-kavanaughs-attempted-assassin`,
  publisher: "Fox News",
  date: "2026-01-07",
} satisfies BibliographyEntry;

export const foxJohnsonJudicialImpeachment2026 = {
  id: "fox-johnson-judicial-impeachment-2026",
  kind: "news",
  title: "Johnson changes tune on judicial impeachments after 'egregious abuses' of Trump agenda",
  citation: `\
Fox News, Johnson changes tune on judicial impeachments after 'egregious abuses' of Trump agenda \
(Jan. 21, 2026)`,
  url: `\
https://www.foxnews.com/politics/johnson-changes-tune-judicial-impeachments-after-egregious-abuses-trump-agenda`,
  publisher: "Fox News",
  date: "2026-01-21",
} satisfies BibliographyEntry;

export const foxMarch30Transfer2025 = {
  id: "fox-march-30-transfer-2025",
  kind: "news",
  title: "El Salvador accepts 17 more criminals linked to Tren de Aragua, MS-13 from Trump admin",
  citation: "Fox News (Mar. 31, 2025)",
  url: `\
https://www.foxnews.com/politics/el-salvador-accepts-17-more-criminals-linked-tren-de-aragua-ms-13-from-trump-admin`,
  publisher: "Fox News",
  date: "2025-03-31",
} satisfies BibliographyEntry;

export const fox5HouseIran2026 = {
  id: "fox5-house-iran-2026",
  kind: "news",
  title: "House rejects Iran war powers resolution",
  citation: "FOX 5 DC (Mar. 5, 2026)",
  url: "https://www.fox5dc.com/news/house-rejects-iran-war-powers-resolution",
  publisher: "FOX 5 DC",
  date: "2026-03-05",
} satisfies BibliographyEntry;

export const ghanaElevenSentHome2025 = {
  id: "ghana-eleven-sent-home-2025",
  kind: "news",
  title: "11 migrants deported by US to Ghana were sent home despite safety concerns, their lawyer says",
  citation: "Associated Press, via The Atlanta Journal-Constitution (Sept. 23, 2025)",
  url: `\
https://www.ajc.com/news/2025/09/11-migrants-deported-by-us-to-ghana-were-sent-home-despite-safety-concerns-their-lawyer-says`,
  publisher: "The Atlanta Journal-Constitution (Associated Press copy)",
  date: "2025-09-23",
} satisfies BibliographyEntry;

export const ghanaLawsuit2025 = {
  id: "ghana-lawsuit-2025",
  kind: "news",
  title: "Gambians, Nigerians sue US govt over deportation to Ghana",
  citation: `\
The Standard (Gambia) (Sept. 15, 2025), on the suit filed in the U.S. District Court for the \
District of Columbia`,
  url: "https://standard.gm/gambians-nigerians-sue-us-govt-over-deportation-to-ghana/",
  publisher: "The Standard (Banjul)",
  date: "2025-09-15",
} satisfies BibliographyEntry;

export const ghanaOnwardRemoval2025 = {
  id: "ghana-onward-removal-2025",
  kind: "news",
  title: "West African nationals deported by US to Ghana have all been sent to their home countries",
  citation: "Associated Press, via the Brandon Sun (Sept. 15, 2025)",
  url: `\
https://www.brandonsun.com/world/2025/09/15/west-african-nationals-deported-by-us-to-ghana-have-all-been-sent-to-their-home-countries`,
  publisher: "Brandon Sun (Associated Press copy)",
  date: "2025-09-15",
} satisfies BibliographyEntry;

export const ghanaSecondGroup2025 = {
  id: "ghana-second-group-2025",
  kind: "news",
  title: "Associated Press report on a further group of 14 West Africans deported from the U.S. to Ghana",
  citation: "Associated Press, via Newsmax (Oct. 14, 2025)",
  url: "https://www.newsmax.com/world/globaltalk/ghana-deportations-us/2025/10/14/id/1230372/",
  publisher: "Newsmax (Associated Press copy)",
  date: "2025-10-14",
} satisfies BibliographyEntry;

export const guardianSenateIranJune2026 = {
  id: "guardian-senate-iran-june-2026",
  kind: "news",
  title: "US Senate passes war powers resolution challenging Trump's Iran war authority",
  citation: "The Guardian (June 23, 2026)",
  publisher: "The Guardian",
  date: "2026-06-23",
} satisfies BibliographyEntry;

export const jggFeb2026Order = {
  id: "jgg-feb-2026-order",
  kind: "news",
  title: "Report on Judge Boasberg's February 12, 2026 order on returns of class members",
  citation: "CBS News (Feb. 12, 2026), on J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C.)",
  url: "https://www.cbsnews.com/news/trump-alien-enemies-act-venezuelan-migrants-return/",
  publisher: "CBS News",
  date: "2026-02-12",
} satisfies BibliographyEntry;

export const jtnSenateVenezuelaNov2025 = {
  id: "jtn-senate-venezuela-nov-2025",
  kind: "news",
  title: "Senate blocks measure to stop military action against Venezuela",
  citation: "Misty Severi, Just the News (Nov. 6, 2025)",
  url: `\
https://app.justthenews.com/government/congress/senate-blocks-measure-stop-military-action-against-venezuela`,
  publisher: "Just the News",
  date: "2025-11-06",
} satisfies BibliographyEntry;

export const juristFeb2026 = {
  id: "jurist-feb-2026",
  kind: "news",
  title: "US judge rules Abrego Garcia cannot be re-detained",
  citation: "JURIST (Feb. 2026), on Judge Xinis's ruling of Feb. 17, 2026",
  url: "https://www.jurist.org/news/2026/02/us-judge-rules-abrego-garcia-cannot-be-re-detained",
  publisher: "JURIST",
  date: "2026-02",
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

export const juristTroDec2025 = {
  id: "jurist-tro-dec-2025",
  kind: "news",
  title: "US federal judge orders ICE not to rearrest Kilmar Abrego Garcia",
  citation: "JURIST (Dec. 2025), on Judge Xinis's December 2025 release and restraining orders",
  url: `\
https://www.jurist.org/news/2025/12/us-federal-judge-orders-ice-not-to-rearrest-kilmar-abrego-garcia`,
  publisher: "JURIST",
  date: "2025-12",
} satisfies BibliographyEntry;

export const leavittConfidence2025 = {
  id: "leavitt-confidence-2025",
  kind: "news",
  title: "Report on Karoline Leavitt's March 19, 2025 answer about how the deported men were identified",
  citation: "The New Republic (Mar. 19, 2025)",
  url: `\
https://newrepublic.com/post/192940/donald-trump-press-secretary-karoline-leavitt-identify-deportation`,
  publisher: "The New Republic",
  date: "2025-03-19",
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

export const newRepublicGangDocuments2025 = {
  id: "new-republic-gang-documents-2025",
  kind: "news",
  title: "Report on the documents the administration released about Kilmar Abrego Garcia",
  citation: `\
The New Republic, report on the 2019 gang field interview sheet and related documents (Apr. 17, \
2025)`,
  url: `\
https://newrepublic.com/post/194101/donald-trump-pam-bondi-documents-kilmar-abrego-garcia-reveal-nothing`,
  publisher: "The New Republic",
  date: "2025-04-17",
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

export const notusFeb2026Order = {
  id: "notus-feb-2026-order",
  kind: "news",
  title: "Judge Orders Trump Administration to ‘Facilitate’ Return of 137 Venezuelans Deported to CECOT",
  citation: `\
NOTUS, Judge Orders Trump Administration to ‘Facilitate’ Return of 137 Venezuelans Deported to \
CECOT (Feb. 2026), on the order of Feb. 12, 2026 in J.G.G. v. Trump`,
  url: "https://www.notus.org/immigration/judge-order-facilitate-return-venezuelans-deported-cecot",
  publisher: "NOTUS",
  date: "2026-02",
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

export const nprFeb2026Order = {
  id: "npr-feb-2026-order",
  kind: "news",
  title: "Federal judge orders return of Venezuelan migrants deported to El Salvador under Alien Enemies Act",
  citation: `\
NPR, Federal judge orders return of Venezuelan migrants deported to El Salvador under Alien \
Enemies Act (Feb. 2026), on J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C.)`,
  url: `\
https://wbhm.org/npr-story/federal-judge-orders-return-of-venezuelan-migrants-deported-to-el-salvador-under-alien-enemies-act`,
  publisher: "NPR (via WBHM public radio)",
  date: "2026-02",
} satisfies BibliographyEntry;

export const nprIceDetention2025 = {
  id: "npr-ice-detention-2025",
  kind: "news",
  title: "Kilmar Abrego Garcia detained by ICE during Baltimore check-in",
  citation: "NPR, via WBHM (Aug. 25, 2025)",
  url: "https://wbhm.org/npr-story/kilmar-abrego-garcia-detained-by-ice-during-baltimore-check-in",
  publisher: "NPR (via WBHM)",
  date: "2025-08-25",
} satisfies BibliographyEntry;

export const nprSenateVenezuelaJan2026 = {
  id: "npr-senate-venezuela-jan-2026",
  kind: "news",
  title: "Senate Republicans block Venezuela war powers resolution",
  citation: "NPR (Jan. 14, 2026), republished by WBHM",
  url: "https://wbhm.org/npr-story/senate-republicans-block-venezuela-war-powers-resolution",
  publisher: "NPR (via WBHM)",
  date: "2026-01-14",
} satisfies BibliographyEntry;

export const responsibleStatecraftJan2026 = {
  id: "responsible-statecraft-jan-2026",
  kind: "news",
  title: "Senate Republicans kill Venezuela war powers resolution on a point of order",
  citation: "Responsible Statecraft (Jan. 14, 2026)",
  url: "https://responsiblestatecraft.org/venezuela-senate-war-powers",
  publisher: "Responsible Statecraft",
  date: "2026-01-14",
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

export const reutersIranTerminated2026 = {
  id: "reuters-iran-terminated-2026",
  kind: "news",
  title: "Trump administration says hostilities in Iran 'terminated' ahead of war powers deadline",
  citation: "Reuters (Apr. 30, 2026), republished by the Irish Examiner",
  url: "https://www.irishexaminer.com/world/arid-41837327.html",
  publisher: "Reuters (via the Irish Examiner)",
  date: "2026-04-30",
} satisfies BibliographyEntry;

export const reutersMaduroArraignment2026 = {
  id: "reuters-maduro-arraignment-2026",
  kind: "news",
  title: "Maduro pleads not guilty in New York court",
  citation: "Reuters (Jan. 5, 2026), republished by the Guyana Chronicle",
  url: "https://guyanachronicle.com/2026/01/05/maduro-pleads-not-guilty-in-new-york-court/",
  publisher: "Reuters (via Guyana Chronicle)",
  date: "2026-01-05",
} satisfies BibliographyEntry;

export const reutersPrisoners2025 = {
  id: "reuters-prisoners-2025",
  kind: "news",
  title: "Venezuela releases 48 detainees under prisoner swap deal",
  citation: "Reuters (July 21, 2025)",
  url: `\
https://d2443.cms.socastsrm.com/2025/07/21/venezuela-releases-48-detainees-under-prisoner-swap-deal`,
  publisher: "Reuters (copy on a member station site)",
  date: "2025-07-21",
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

export const rubioDeclarationJan2026 = {
  id: "rubio-declaration-jan-2026",
  kind: "news",
  title: "Report on Secretary of State Rubio's declaration in J.G.G. v. Trump",
  citation: "Law&Crime (Jan. 13, 2026), on the government's response to the December 22, 2025 ruling",
  url: `\
https://lawandcrime.com/high-profile/trump-admin-must-ignore-judges-order-to-give-due-process-to-detainees-because-its-own-arrest-of-maduro-created-delicate-situation-in-venezuela-rubio-says/`,
  publisher: "Law&Crime",
  date: "2026-01-13",
} satisfies BibliographyEntry;

export const rwandaAgreement2025 = {
  id: "rwanda-agreement-2025",
  kind: "news",
  title: "Rwanda agrees to take in up to 250 migrants deported from US",
  citation: "Reuters, via CNA (Aug. 2025)",
  url: "https://www.channelnewsasia.com/world/rwanda-agrees-take-in-up-250-migrants-deported-us-5276901",
  publisher: "CNA (Reuters copy)",
  date: "2025-08-05",
} satisfies BibliographyEntry;

export const rwandaArrivals2025 = {
  id: "rwanda-arrivals-2025",
  kind: "news",
  title: "Agence France-Presse report on the first seven deportees to arrive in Rwanda",
  citation: "Agence France-Presse, via TRT World (Aug. 28, 2025)",
  url: "https://www.trtworld.com/article/9e8f44dc2d86",
  publisher: "TRT World (AFP copy)",
  date: "2025-08-28",
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

export const scotusblogBarbaraRuling2026 = {
  id: "scotusblog-barbara-ruling-2026",
  kind: "news",
  title: "Supreme Court strikes down Trump's order ending birthright citizenship",
  citation: "SCOTUSblog, Supreme Court strikes down Trump's order ending birthright citizenship (June 30, 2026)",
  url: "https://www.scotusblog.com/2026/06/supreme-court-strikes-down-trumps-order-ending-birthright-citizenship/",
  publisher: "SCOTUSblog",
  date: "2026-06-30",
} satisfies BibliographyEntry;

export const sfrcReport2026 = {
  id: "sfrc-report-2026",
  kind: "news",
  title: `\
Associated Press report on the Senate Foreign Relations Committee Democrats' review of \
third-country deportations`,
  citation: `\
Associated Press, via Newsmax (Feb. 13, 2026), on the committee Democratic staff report "At What \
Cost?"`,
  url: `\
https://www.newsmax.com/world/globaltalk/trump-third-country-deportations-cost/2026/02/13/id/1246036/`,
  publisher: "Newsmax (Associated Press copy)",
  date: "2026-02-13",
} satisfies BibliographyEntry;

export const southSudanArrival2025 = {
  id: "south-sudan-arrival-2025",
  kind: "news",
  title: "US deports eight men to South Sudan after legal battle",
  citation: "Africanews (July 7, 2025)",
  url: "https://www.africanews.com/2025/07/07/us-deports-eight-men-to-south-sudan-after-legal-battle",
  publisher: "Africanews",
  date: "2025-07-07",
} satisfies BibliographyEntry;

export const southSudanStatement2025 = {
  id: "south-sudan-statement-2025",
  kind: "news",
  title: "South Sudan confirms reception of eight deportees by the U.S.",
  citation: "Voz (July 9, 2025), on the South Sudanese government's statement",
  url: `\
https://voz.us/en/world/250709/26690/south-sudan-confirms-reception-of-eight-deportees-by-the-u-s.html`,
  publisher: "Voz",
  date: "2025-07-09",
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

export const tnrTrumpImmunityDissent2024 = {
  id: "tnr-trump-immunity-dissent-2024",
  kind: "news",
  title: "New Republic report on Justice Sotomayor's dissent in Trump v. United States",
  citation: `\
The New Republic, report on Justice Sotomayor's dissent in Trump v. United States (2024)`,
  url: "https://newrepublic.com/post/183332/chilling-line-supreme-court-trump-immunity-ruling",
  publisher: "The New Republic",
  date: "2024",
} satisfies BibliographyEntry;

export const ugandaAgreement2025 = {
  id: "uganda-agreement-2025",
  kind: "news",
  title: "Uganda reaches agreement with US to take migrants",
  citation: "Agence France-Presse, via Hürriyet Daily News (Aug. 2025)",
  url: "https://www.hurriyetdailynews.com/uganda-reaches-agreement-with-us-to-take-migrants-212760",
  publisher: "Hürriyet Daily News (AFP copy)",
  date: "2025-08-21",
} satisfies BibliographyEntry;

export const unExpertsJuly2025 = {
  id: "un-experts-july-2025",
  kind: "news",
  title: "UN experts warn of torture risk as US deports migrants to third countries",
  citation: "Agence France-Presse, via Trends MENA (July 8, 2025), on a statement by 11 UN human-rights experts",
  url: "https://trendsmena.com/?p=265089",
  publisher: "Trends MENA (AFP copy)",
  date: "2025-07-08",
} satisfies BibliographyEntry;

export const usatodaySenateOct2025 = {
  id: "usatoday-senate-oct-2025",
  kind: "news",
  title: "Senate rejects war powers resolution on the Caribbean boat strikes",
  citation: "USA Today (Oct. 9, 2025), republished by The Spokesman-Review",
  url: "https://www.spokesman.com/stories/2025/oct/09/trump-ordered-strikes-on-caribbean-boats-have-kill/",
  publisher: "USA Today (via The Spokesman-Review)",
  date: "2025-10-09",
} satisfies BibliographyEntry;

export const volokhBarbaraCert2025 = {
  id: "volokh-barbara-cert-2025",
  kind: "news",
  title: "Supreme Court Agrees to Consider Birthright Citizenship (This Time for Real)",
  citation: `\
The Volokh Conspiracy, Supreme Court Agrees to Consider Birthright Citizenship (This Time for \
Real) (Dec. 5, 2025)`,
  url: `\
https://reason.com/volokh/2025/12/05/supreme-court-agrees-to-consider-birthright-citizenship-this-time-for-real/`,
  publisher: "Reason, The Volokh Conspiracy",
  date: "2025-12-05",
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

export const whReactionFeb2026 = {
  id: "wh-reaction-feb-2026",
  kind: "news",
  title: "Judge says US must help bring back some of the Venezuelans deported to notorious prison",
  citation: `\
Sudhin Thanawala, Judge says US must help bring back some of the Venezuelans deported to notorious \
prison, Associated Press (Feb. 12, 2026)`,
  url: `\
https://www.bastillepost.com/global/article/5610183-judge-says-us-must-help-bring-back-some-of-the-venezuelans-deported-to-notorious-prison`,
  publisher: "Associated Press (republished by Bastille Post)",
  date: "2026-02-12",
} satisfies BibliographyEntry;
