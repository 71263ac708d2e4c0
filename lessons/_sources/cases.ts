// Court decisions and orders.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const aarpVTrump = {
  id: "aarp-v-trump",
  kind: "case",
  title: "A.A.R.P. v. Trump (Supreme Court No. 24A1007)",
  citation: `\
A.A.R.P. v. \
Trump, No. \
24A1007 (U.S. \
Apr. \
19, 2025) (order); A.A.R.P. v. \
Trump, No. \
24A1007 (U.S. \
May 16, 2025) (per curiam)`,
  url: "https://supremecourt.gov/docket/docketfiles/html/public/24a1007.html",
  publisher: "Supreme Court of the United States",
  date: "2025-05-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const asrVTrump = {
  id: "asr-v-trump",
  kind: "case",
  title: "A.S.R. v. Trump",
  citation: "A.S.R. v. Trump (W.D. Pa. May 13, 2025) (Haines, J.)",
  url: "https://ktbb.com/post/?p=1411536",
  publisher: "U.S. District Court for the Western District of Pennsylvania (report: ABC News, via KTBB)",
  date: "2025-05-13",
  publicDomain: true,
} satisfies BibliographyEntry;

export const biaAbregoBond2019 = {
  id: "bia-abrego-bond-2019",
  kind: "case",
  title: "Matter of Abrego Garcia (Board of Immigration Appeals, bond appeal)",
  citation: `\
Matter of Abrego Garcia (B.I.A. Dec. 19, 2019) (unpublished decision dismissing appeal from denial \
of bond)`,
  url: "https://en.wikisource.org/wiki/Matter_of_Abrego_Garcia_(BIA_2019)",
  publisher: "Wikisource (transcription)",
  date: "2019-12-19",
  publicDomain: true,
} satisfies BibliographyEntry;

export const boumedieneVBush = {
  id: "boumediene-v-bush",
  kind: "case",
  title: "Boumediene v. Bush",
  citation: "Boumediene v. Bush, 553 U.S. 723 (2008)",
  url: "https://teachingamericanhistory.org/document/boumediene-v-bush/",
  publisher: "Teaching American History, Ashbrook Center (excerpts of the opinions)",
  date: "2008-06-12",
  publicDomain: true,
} satisfies BibliographyEntry;

export const campbellVClinton = {
  id: "campbell-v-clinton",
  kind: "case",
  title: "Campbell v. Clinton",
  citation: "Campbell v. Clinton, 203 F.3d 19 (D.C. Cir. 2000)",
  url: "https://casetext.com/case/campbell-v-clinton-8",
  publisher: "Casetext (text of the opinion)",
  date: "2000-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cardozaFonseca = {
  id: "cardoza-fonseca",
  kind: "case",
  title: "INS v. Cardoza-Fonseca",
  citation: "INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)",
  url: "https://cetient.com/case/9430882/immigration-and-naturalization-service-v-cardoza-fonseca",
  publisher: "Cetient (case-law database)",
  date: "1987-03-09",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cooperVAaron = {
  id: "cooper-v-aaron",
  kind: "case",
  title: "Cooper v. Aaron",
  citation: "Cooper v. Aaron, 358 U.S. 1 (1958)",
  url: `\
https://opencasebook.org/casebooks/6029-constitutional-structures/resources/3.1.3-cooper-v-aaron-3\
58-us-1-1958/`,
  publisher: "Harvard Law School Library, Open Casebook (excerpt of the opinion)",
  date: "1958-09-29",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dbuVTrump = {
  id: "dbu-v-trump",
  kind: "case",
  title: "D.B.U. v. Trump: temporary restraining order and preliminary injunction",
  citation: "D.B.U. v. Trump (D. Colo. Apr. 22, 2025, and May 6, 2025) (Sweeney, J.)",
  url: `\
https://www.coloradopolitics.com/2025/04/22/federal-judge-blocks-government-from-summarily-removing-alien-enemies-from-colorado-cc286cbf-50d6-5a43-be74-21487346b7a0`,
  publisher: "U.S. District Court for the District of Colorado (report: Colorado Politics)",
  date: "2025-05-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirMandamus = {
  id: "dc-cir-mandamus",
  kind: "case",
  title: "D.C. Circuit ruling granting mandamus and vacating the J.G.G. probable-cause order",
  citation: `\
U.S. Court of Appeals for the D.C. Circuit, order and opinions of Aug. 8, 2025, on the \
government's mandamus petition in the J.G.G. v. Trump contempt proceedings (Katsas and Rao, JJ.; \
Pillard, J., dissenting)`,
  url: `\
https://reason.com/volokh/2025/08/08/divided-d-c-circuit-panel-nixes-judge-boasbergs-criminal-cont\
empt-order-against-trump-administration`,
  publisher: `\
U.S. Court of Appeals for the District of Columbia Circuit (excerpts published by the Volokh \
Conspiracy)`,
  date: "2025-08-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirStayDenial = {
  id: "dc-cir-stay-denial",
  kind: "case",
  title: "J.G.G. v. Trump: D.C. Circuit order denying a stay pending appeal",
  citation: `\
J.G.G. v. Trump (D.C. Cir. Mar. 26, 2025) (order denying stay; Henderson and Millett, JJ., \
concurring; Walker, J., dissenting)`,
  url: "https://talkingpointsmemo.com/news/dc-circuit-venezuelan-migrants-alien-enemies-act",
  publisher: `\
U.S. Court of Appeals for the District of Columbia Circuit (reported by Talking Points Memo)`,
  date: "2025-03-26",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVDvd = {
  id: "dhs-v-dvd",
  kind: "case",
  title: "Department of Homeland Security v. D.V.D.",
  citation: "DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025) (order granting stay)",
  url: "https://app.midpage.ai/case/dhs-v-d-v-d-11082085",
  publisher: "Midpage (case summary and order)",
  date: "2025-06-23",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVDvdClarification2025 = {
  id: "dhs-v-dvd-clarification-2025",
  kind: "case",
  title: "Department of Homeland Security v. D.V.D. (order clarifying the stay), Kagan, J., concurring",
  citation: "DHS v. D.V.D., No. 24A1153 (U.S. July 3, 2025)",
  url: "https://www.stevevladeck.com/p/164-justice-kagans-dvd-concurrence",
  publisher: "One First (Steve Vladeck), commentary quoting the concurrence",
  date: "2025-07-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVThuraissigiam = {
  id: "dhs-v-thuraissigiam",
  kind: "case",
  title: "Department of Homeland Security v. Thuraissigiam",
  citation: "Department of Homeland Security v. Thuraissigiam, No. 19-161, 140 S. Ct. 1959 (2020)",
  url: "https://www.scotusblog.com/case-files/cases/department-of-homeland-security-v-thuraissigiam/",
  publisher: "SCOTUSblog (case page)",
  date: "2020-06-25",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dvdInjunction2025 = {
  id: "dvd-injunction-2025",
  kind: "case",
  title: "D.V.D. v. Department of Homeland Security, order granting a class-wide preliminary injunction",
  citation: "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass. Apr. 18, 2025) (Murphy, J.)",
  url: "https://clearinghouse.net/case/46279",
  publisher: "Civil Rights Litigation Clearinghouse (case summary and docket)",
  date: "2025-04-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const endo = {
  id: "endo",
  kind: "case",
  title: "Ex parte Endo",
  citation: "Ex parte Endo, 323 U.S. 283 (1944)",
  url: "https://case-law.vlex.com/vid/323-u-s-283-606468990",
  publisher: "Supreme Court of the United States (text as reported in the United States Reports, via vLex)",
  date: "1944-12-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteGrossman = {
  id: "ex-parte-grossman",
  kind: "case",
  title: "Ex parte Grossman",
  citation: "Ex parte Grossman, 267 U.S. 87 (1925)",
  url: "https://www.openjurist.org/267/us/87",
  publisher: "OpenJurist",
  date: "1925-03-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteMerryman = {
  id: "ex-parte-merryman",
  kind: "case",
  title: "Ex parte Merryman",
  citation: "Ex parte Merryman, 17 F. Cas. 144 (C.C.D. Md. 1861) (No. 9487)",
  url: "https://en.wikisource.org/wiki/Page:Federal_Cases,_Volume_17.djvu/149",
  publisher: "Wikisource (transcription of Federal Cases, vol. 17)",
  date: "1861",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteMilligan = {
  id: "ex-parte-milligan",
  kind: "case",
  title: "Ex parte Milligan",
  citation: "Ex parte Milligan, 71 U.S. (4 Wall.) 2 (1866)",
  url: "https://law2.umkc.edu/faculty/Projects/FTrials/conlaw/milligan.html",
  publisher: "University of Missouri-Kansas City School of Law, Famous Trials (opinion text)",
  date: "1866-12-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const gffVTrump = {
  id: "gff-v-trump",
  kind: "case",
  title: "G.F.F. v. Trump",
  citation: "G.F.F. v. Trump, No. 1:25-cv-2886 (S.D.N.Y. May 6, 2025) (Hellerstein, J.)",
  url: "https://talkingpointsmemo.com/news/judge-alien-enemies-act-trump-new-york",
  publisher: "U.S. District Court for the Southern District of New York (report: Talking Points Memo)",
  date: "2025-05-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const gompers = {
  id: "gompers",
  kind: "case",
  title: "Gompers v. Bucks Stove & Range Co.",
  citation: "Gompers v. Bucks Stove & Range Co., 221 U.S. 418 (1911)",
  url: "https://supreme.justia.com/us/221/418",
  publisher: "Justia",
  date: "1911-05-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const hamdiVRumsfeld = {
  id: "hamdi-v-rumsfeld",
  kind: "case",
  title: "Hamdi v. Rumsfeld",
  citation: "Hamdi v. Rumsfeld, 542 U.S. 507 (2004)",
  url: "https://www.law.cornell.edu/supct/html/03-6696.ZS.html",
  publisher: "Cornell Law School, Legal Information Institute",
  date: "2004-06-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jamaVIce = {
  id: "jama-v-ice",
  kind: "case",
  title: "Jama v. Immigration and Customs Enforcement",
  citation: "Jama v. Immigration and Customs Enforcement, 543 U.S. 335 (2005)",
  url: "https://supreme.justia.com/cases/federal/us/543/03-674/",
  publisher: "Justia (syllabus and opinions)",
  date: "2005-01-12",
  publicDomain: true,
} satisfies BibliographyEntry;

export const javVTrump = {
  id: "jav-v-trump",
  kind: "case",
  title: "J.A.V. v. Trump",
  citation: "J.A.V. v. Trump (S.D. Tex. May 1, 2025) (Rodriguez, J.)",
  url: "https://theweek.com/politics/trump-deportations-court-ruling",
  publisher: "U.S. District Court for the Southern District of Texas (report: The Week, May 2, 2025)",
  date: "2025-05-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggCecotClassJune2025 = {
  id: "jgg-cecot-class-june-2025",
  kind: "case",
  title: "J.G.G. v. Trump, memorandum opinion certifying the CECOT class",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. June 4, 2025)",
  url: `\
https://www.ms.now/deadline-white-house/deadline-legal-blog/judge-boasberg-kafka-el-salvador-cecot-trump-rcna211052`,
  publisher: "MS NOW, Deadline: Legal Blog (June 5, 2025 report quoting the opinion)",
  date: "2025-06-04",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggContemptOpinion = {
  id: "jgg-contempt-opinion",
  kind: "case",
  title: "J.G.G. v. Trump: memorandum opinion finding probable cause of criminal contempt",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Apr. 16, 2025) (memorandum opinion)",
  url: `\
https://www.nbcmiami.com/news/business/money-report/judge-finds-probable-cause-to-hold-trump-admin\
istration-in-criminal-contempt-in-deportation-flights-case/3593352/`,
  publisher: "U.S. District Court for the District of Columbia (quoted by NBC/CNBC)",
  date: "2025-04-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggSummaryJudgment = {
  id: "jgg-summary-judgment",
  kind: "case",
  title: "J.G.G. v. Trump: ruling of December 22, 2025 on due process for the men sent to CECOT",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 22, 2025) (summary judgment)",
  url: `\
https://www.business-standard.com/amp/world-news/judge-orders-trump-admin-to-allow-court-challenges-for-venezuelan-migrants-125122300085_1.html`,
  publisher:
    "U.S. District Court for the District of Columbia (reported by the Associated Press, via Business Standard)",
  date: "2025-12-22",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggTro = {
  id: "jgg-tro",
  kind: "case",
  title: "J.G.G. v. Trump: temporary restraining orders and minute order of March 15, 2025",
  citation: `\
J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (temporary restraining orders; \
minute order)`,
  url: "https://clearinghouse.net/case/46232/",
  publisher: `\
U.S. District Court for the District of Columbia (docket summary: Civil Rights Litigation \
Clearinghouse)`,
  date: "2025-03-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const khouzamVAttorneyGeneral = {
  id: "khouzam-v-attorney-general",
  kind: "case",
  title: "Khouzam v. Attorney General of the United States",
  citation: "Khouzam v. Att'y Gen., 549 F.3d 235 (3d Cir. 2008)",
  url: "https://cetient.com/case/3033374/khouzam-v-atty-gen-usa",
  publisher: "Cetient (case-law database)",
  date: "2008-12-05",
  publicDomain: true,
} satisfies BibliographyEntry;

export const kiyembaI = {
  id: "kiyemba-i",
  kind: "case",
  title: "Kiyemba v. Obama (Kiyemba I)",
  citation: "Kiyemba v. Obama, 555 F.3d 1022 (D.C. Cir. 2009)",
  url: "https://www.leagle.com/decision/infco20090218162",
  publisher: "Leagle",
  date: "2009-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const kiyembaIi = {
  id: "kiyemba-ii",
  kind: "case",
  title: "Kiyemba v. Obama (Kiyemba II)",
  citation: "Kiyemba v. Obama, 561 F.3d 509 (D.C. Cir. 2009)",
  url: "https://casetext.com/case/kiyemba-v-obama-3",
  publisher: "Casetext",
  date: "2009-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const korematsu = {
  id: "korematsu",
  kind: "case",
  title: "Korematsu v. United States",
  citation: "Korematsu v. United States, 323 U.S. 214 (1944)",
  url: "https://supreme.justia.com/cases/federal/us/323/214/",
  publisher: "Justia (syllabus and opinions)",
  date: "1944-12-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const learningResourcesVTrump = {
  id: "learning-resources-v-trump",
  kind: "case",
  title: "Learning Resources, Inc. v. Trump",
  citation: "Learning Resources, Inc. v. Trump, 607 U.S. ___ (2026) (Nos. 24-1287, 25-250)",
  url: "https://www.supremecourt.gov/opinions/25pdf/24-1287_4gcj.pdf",
  publisher: "Supreme Court of the United States",
  date: "2026-02-20",
  publicDomain: true,
} satisfies BibliographyEntry;

export const ludecke = {
  id: "ludecke",
  kind: "case",
  title: "Ludecke v. Watkins",
  citation: "Ludecke v. Watkins, 335 U.S. 160 (1948)",
  url: "https://supreme.justia.com/cases/federal/us/335/160/",
  publisher: "Justia",
  date: "1948-06-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const marburyVMadison = {
  id: "marbury-v-madison",
  kind: "case",
  title: "Marbury v. Madison",
  citation: "Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)",
  url: "https://www.archives.gov/exhibits/charters/charters_of_freedom_zoom_8.1.1.html",
  publisher: "National Archives",
  date: "1803-02-24",
  publicDomain: true,
} satisfies BibliographyEntry;

export const martinVMott = {
  id: "martin-v-mott",
  kind: "case",
  title: "Martin v. Mott",
  citation: "Martin v. Mott, 25 U.S. (12 Wheat.) 19 (1827)",
  url: "https://supreme.justia.com/cases/federal/us/25/19/",
  publisher: "Justia",
  date: "1827",
  publicDomain: true,
} satisfies BibliographyEntry;

export const munafVGeren = {
  id: "munaf-v-geren",
  kind: "case",
  title: "Munaf v. Geren",
  citation: "Munaf v. Geren, 553 U.S. 674 (2008)",
  url: "https://supreme.justia.com/cases/federal/us/553/674/opinion.html",
  publisher: "Justia",
  date: "2008-06-12",
  publicDomain: true,
} satisfies BibliographyEntry;

export const noemVAbregoGarcia = {
  id: "noem-v-abrego-garcia",
  kind: "case",
  title: "Noem v. Abrego Garcia (order on the application to vacate)",
  citation: "Noem v. Abrego Garcia, No. 24A949 (U.S. Apr. 10, 2025)",
  url: `\
https://supremecourt.gov/Search.aspx?FileName=%2Fdocket%2Fdocketfiles%2Fhtml%2Fpublic%5C24a949.html`,
  publisher: "Supreme Court of the United States (docket)",
  date: "2025-04-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const rasulVBush = {
  id: "rasul-v-bush",
  kind: "case",
  title: "Rasul v. Bush",
  citation: "Rasul v. Bush, 542 U.S. 466 (2004)",
  url: "https://fdocuments.us/document/rasul-v-bush-542-us-466-2004.html",
  publisher: "fdocuments (copy of the reported opinion and syllabus)",
  date: "2004-06-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const saleVHaitianCenters = {
  id: "sale-v-haitian-centers",
  kind: "case",
  title: "Sale v. Haitian Centers Council, Inc.",
  citation: "Sale v. Haitian Centers Council, Inc., 509 U.S. 155 (1993)",
  url: "https://supreme.justia.com/cases/federal/us/509/155/case.html",
  publisher: "Justia",
  date: "1993-06-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const trumpVCasa = {
  id: "trump-v-casa",
  kind: "case",
  title: "Trump v. CASA, Inc.",
  citation: "Trump v. CASA, Inc., Nos. 24A884, 24A885, 24A886 (U.S. June 27, 2025)",
  url: "https://www.supremecourt.gov/opinions/24pdf/24a884_8n59.pdf",
  publisher: "Supreme Court of the United States",
  date: "2025-06-27",
  publicDomain: true,
} satisfies BibliographyEntry;

export const trumpVHawaii = {
  id: "trump-v-hawaii",
  kind: "case",
  title: "Trump v. Hawaii",
  citation: "Trump v. Hawaii, 585 U.S. 667 (2018)",
  url: "https://www.supremecourt.gov/opinions/17pdf/17-965_h315.pdf",
  publisher: "Supreme Court of the United States",
  date: "2018-06-26",
  publicDomain: true,
} satisfies BibliographyEntry;

export const trumpVJgg = {
  id: "trump-v-jgg",
  kind: "case",
  title: "Trump v. J.G.G.",
  citation: "Trump v. J.G.G., No. 24A931, 604 U.S. ___ (2025) (per curiam)",
  url: "https://supreme.justia.com/cases/federal/us/604/24a931",
  publisher: "Supreme Court of the United States",
  date: "2025-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const trumpVUnitedStates = {
  id: "trump-v-united-states",
  kind: "case",
  title: "Trump v. United States",
  citation: "Trump v. United States, 603 U.S. ___ (2024) (No. 23-939)",
  url: "https://www.supremecourt.gov/opinions/23pdf/23-939_e2pg.pdf",
  publisher: "Supreme Court of the United States",
  date: "2024-07-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usVCurtissWright = {
  id: "us-v-curtiss-wright",
  kind: "case",
  title: "United States v. Curtiss-Wright Export Corp.",
  citation: "United States v. Curtiss-Wright Export Corp., 299 U.S. 304 (1936)",
  url: "https://case-law.vlex.com/vid/united-states-v-export-892011052",
  publisher: "vLex (opinion text)",
  date: "1936-12-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usVNixon = {
  id: "us-v-nixon",
  kind: "case",
  title: "United States v. Nixon",
  citation: "United States v. Nixon, 418 U.S. 683 (1974)",
  url: "https://academic.brooklyn.cuny.edu/history/johnson/usvnixon.htm",
  publisher: "Brooklyn College, City University of New York (copy of the opinion)",
  date: "1974-07-24",
  publicDomain: true,
} satisfies BibliographyEntry;

export const wmmEnBancOrder = {
  id: "wmm-en-banc-order",
  kind: "case",
  title: "W.M.M. v. Trump (order granting rehearing en banc)",
  citation: "W.M.M. v. Trump, No. 25-10534 (5th Cir. Sept. 30, 2025) (order granting rehearing en banc)",
  url: "https://takethefifth.blog/2025/10/01/september-30-2025-opinions",
  publisher: "Take the Fifth (digest of the order, Oct. 1, 2025)",
  date: "2025-09-30",
  publicDomain: true,
} satisfies BibliographyEntry;

export const wmmPanel = {
  id: "wmm-panel",
  kind: "case",
  title: "W.M.M. v. Trump (panel decision)",
  citation: `\
W.M.M. v. \
Trump, No. \
25-10534 (5th Cir. \
Sept. \
2, 2025), vacated on grant of reh'g en banc (5th Cir. \
Sept. \
30, 2025)`,
  url: "https://takethefifth.blog/2025/09/08/september-1-3-2025-opinions",
  publisher: "Take the Fifth (digest of the panel opinions, Sept. 8, 2025)",
  date: "2025-09-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const worcester = {
  id: "worcester",
  kind: "case",
  title: "Worcester v. Georgia",
  citation: "Worcester v. Georgia, 31 U.S. (6 Pet.) 515 (1832)",
  url: "https://gilderlehrman.org/collection/glc09688",
  publisher: "Gilder Lehrman Institute of American History (1832 printing of the opinion)",
  date: "1832-03-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const youngVVuitton = {
  id: "young-v-vuitton",
  kind: "case",
  title: "Young v. United States ex rel. Vuitton et Fils S.A.",
  citation: "Young v. United States ex rel. Vuitton et Fils S.A., 481 U.S. 787 (1987)",
  url: "https://supreme.justia.com/cases/federal/us/481/787/",
  publisher: "Justia",
  date: "1987-05-26",
  publicDomain: true,
} satisfies BibliographyEntry;

export const youngstown = {
  id: "youngstown",
  kind: "case",
  title: "Youngstown Sheet & Tube Co. v. Sawyer (the Steel Seizure Case)",
  citation: "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952)",
  url: "https://supreme.justia.com/cases/federal/us/343/579/",
  publisher: "Justia",
  date: "1952-06-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const zivotofskyVKerry = {
  id: "zivotofsky-v-kerry",
  kind: "case",
  title: "Zivotofsky v. Kerry",
  citation: "Zivotofsky v. Kerry, No. 13-628 (U.S. June 8, 2015)",
  url: "https://en.wikisource.org/wiki/Page:Zivotofsky_v._Kerry.pdf/66",
  publisher: "Wikisource (transcription of the opinion)",
  date: "2015-06-08",
  publicDomain: true,
} satisfies BibliographyEntry;
