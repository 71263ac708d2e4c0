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
  publisher: "U.S. District Court for the Western District of Pennsylvania",
  date: "2025-05-13",
  publicDomain: true,
} satisfies BibliographyEntry;

export const boumedieneVBush = {
  id: "boumediene-v-bush",
  kind: "case",
  title: "Boumediene v. Bush",
  citation: "Boumediene v. Bush, 553 U.S. 723 (2008)",
  publisher: "Supreme Court of the United States",
  date: "2008-06-12",
  publicDomain: true,
} satisfies BibliographyEntry;

export const campbellVClinton = {
  id: "campbell-v-clinton",
  kind: "case",
  title: "Campbell v. Clinton",
  citation: "Campbell v. Clinton, 203 F.3d 19 (D.C. Cir. 2000)",
  date: "2000-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cardozaFonseca = {
  id: "cardoza-fonseca",
  kind: "case",
  title: "INS v. Cardoza-Fonseca",
  citation: "INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)",
  date: "1987",
  publicDomain: true,
} satisfies BibliographyEntry;

export const cooperVAaron = {
  id: "cooper-v-aaron",
  kind: "case",
  title: "Cooper v. Aaron",
  citation: "Cooper v. Aaron, 358 U.S. 1 (1958)",
  publisher: "Supreme Court of the United States",
  date: "1958-09-29",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dbuVTrump = {
  id: "dbu-v-trump",
  kind: "case",
  title: "D.B.U. v. Trump: temporary restraining order and preliminary injunction",
  citation: "D.B.U. v. Trump (D. Colo. Apr. 22, 2025, and May 6, 2025) (Sweeney, J.)",
  publisher: "U.S. District Court for the District of Colorado",
  date: "2025-05-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirMandamus = {
  id: "dc-cir-mandamus",
  kind: "case",
  title: "D.C. Circuit ruling granting mandamus and vacating the J.G.G. probable-cause order",
  citation: `\
U.S. \
Court of Appeals for the D.C. \
Circuit, order and opinions of Aug. \
8, 2025, on the government's mandamus petition in the J.G.G. v. \
Trump contempt proceedings (Katsas and Rao, JJ.; Pillard, J., dissenting)`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
  date: "2025-08-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirStayDenial = {
  id: "dc-cir-stay-denial",
  kind: "case",
  title: "J.G.G. v. Trump: D.C. Circuit order denying a stay pending appeal",
  citation: `\
J.G.G. v. \
Trump (D.C. \
Cir. \
Mar. \
26, 2025) (order denying stay; Henderson and Millett, JJ., concurring; Walker, J., dissenting)`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit",
  date: "2025-03-26",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVDvd = {
  id: "dhs-v-dvd",
  kind: "case",
  title: "Department of Homeland Security v. D.V.D.",
  citation: "DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025) (order granting stay)",
  date: "2025-06-23",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVDvdClarification2025 = {
  id: "dhs-v-dvd-clarification-2025",
  kind: "case",
  title: `\
Department of Homeland Security v. \
D.V.D. \
(order clarifying the stay), Kagan, J., concurring`,
  citation: "DHS v. D.V.D., No. 24A1153 (U.S. July 3, 2025)",
  publisher: "Supreme Court of the United States",
  date: "2025-07-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dhsVDvdStay2025 = {
  id: "dhs-v-dvd-stay-2025",
  kind: "case",
  title: "Department of Homeland Security v. D.V.D. (order granting stay)",
  citation: "DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025)",
  publisher: "Supreme Court of the United States",
  date: "2025-06-23",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dvdInjunction2025 = {
  id: "dvd-injunction-2025",
  kind: "case",
  title: `\
D.V.D. v. \
Department of Homeland Security, order granting a class-wide preliminary injunction`,
  citation: "D.V.D. v. DHS (D. Mass. Apr. 18, 2025) (Murphy, J.)",
  publisher: "U.S. District Court for the District of Massachusetts",
  date: "2025-04-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const endo = {
  id: "endo",
  kind: "case",
  title: "Ex parte Endo",
  citation: "Ex parte Endo, 323 U.S. 283 (1944)",
  publisher: "Supreme Court of the United States",
  date: "1944-12-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteGrossman = {
  id: "ex-parte-grossman",
  kind: "case",
  title: "Ex parte Grossman",
  citation: "Ex parte Grossman, 267 U.S. 87 (1925)",
  publisher: "Supreme Court of the United States",
  date: "1925-03-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteMerryman = {
  id: "ex-parte-merryman",
  kind: "case",
  title: "Ex parte Merryman",
  citation: "Ex parte Merryman, 17 F. Cas. 144 (C.C.D. Md. 1861) (No. 9487)",
  date: "1861",
  publicDomain: true,
} satisfies BibliographyEntry;

export const exParteMilligan = {
  id: "ex-parte-milligan",
  kind: "case",
  title: "Ex parte Milligan",
  citation: "Ex parte Milligan, 71 U.S. (4 Wall.) 2 (1866)",
  publisher: "Supreme Court of the United States",
  date: "1866-12-17",
  publicDomain: true,
} satisfies BibliographyEntry;

export const gffVTrump = {
  id: "gff-v-trump",
  kind: "case",
  title: "G.F.F. v. Trump",
  citation: "G.F.F. v. Trump, No. 1:25-cv-2886 (S.D.N.Y. May 6, 2025) (Hellerstein, J.)",
  publisher: "U.S. District Court for the Southern District of New York",
  date: "2025-05-06",
  publicDomain: true,
} satisfies BibliographyEntry;

export const gompers = {
  id: "gompers",
  kind: "case",
  title: "Gompers v. Bucks Stove & Range Co.",
  citation: "Gompers v. Bucks Stove & Range Co., 221 U.S. 418 (1911)",
  publisher: "Supreme Court of the United States",
  date: "1911",
  publicDomain: true,
} satisfies BibliographyEntry;

export const hamdiVRumsfeld = {
  id: "hamdi-v-rumsfeld",
  kind: "case",
  title: "Hamdi v. Rumsfeld",
  citation: "Hamdi v. Rumsfeld, 542 U.S. 507 (2004)",
  date: "2004-06-28",
  publicDomain: true,
} satisfies BibliographyEntry;

export const javVTrump = {
  id: "jav-v-trump",
  kind: "case",
  title: "J.A.V. v. Trump",
  citation: "J.A.V. v. Trump (S.D. Tex. May 1, 2025) (Rodriguez, J.)",
  publisher: "U.S. District Court for the Southern District of Texas",
  date: "2025-05-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggCecotClassJune2025 = {
  id: "jgg-cecot-class-june-2025",
  kind: "case",
  title: "J.G.G. v. Trump, memorandum opinion certifying the CECOT class",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. June 4, 2025)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-06-04",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggContemptOpinion = {
  id: "jgg-contempt-opinion",
  kind: "case",
  title: "J.G.G. v. Trump: memorandum opinion finding probable cause of criminal contempt",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Apr. 16, 2025) (memorandum opinion)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-04-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggDcCirDec2025 = {
  id: "jgg-dc-cir-dec-2025",
  kind: "case",
  title: "J.G.G. v. Trump: D.C. Circuit orders of December 2025",
  citation: `\
J.G.G. v. \
Trump (D.C. \
Cir. \
Dec. \
12 and 15, 2025) (orders staying hearings and directing briefing)`,
  publisher: "U.S. Court of Appeals for the D.C. Circuit",
  date: "2025-12-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggMandamus = {
  id: "jgg-mandamus",
  kind: "case",
  title: "J.G.G. v. Trump: D.C. Circuit panel decision granting mandamus",
  citation: `\
J.G.G. v. \
Trump (D.C. \
Cir. \
Aug. \
8, 2025) (granting mandamus and vacating the probable-cause order) (Katsas and Rao, JJ.; Pillard, \
J., dissenting)`,
  publisher: "U.S. Court of Appeals for the D.C. Circuit",
  date: "2025-08-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggMarch15Orders = {
  id: "jgg-march-15-orders",
  kind: "case",
  title: "J.G.G. v. Trump: March 15, 2025 hearing and temporary restraining orders",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 15, 2025) (hearing and minute order)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-03-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggProbableCause = {
  id: "jgg-probable-cause",
  kind: "case",
  title: "J.G.G. v. Trump: opinion finding probable cause of criminal contempt",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Apr. 16, 2025)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-04-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggRehearingDenied = {
  id: "jgg-rehearing-denied",
  kind: "case",
  title: "J.G.G. v. Trump: order denying rehearing en banc",
  citation: "J.G.G. v. Trump (D.C. Cir. Nov. 14, 2025) (en banc) (order denying rehearing)",
  publisher: "U.S. Court of Appeals for the D.C. Circuit",
  date: "2025-11-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggSummaryJudgment = {
  id: "jgg-summary-judgment",
  kind: "case",
  title: "J.G.G. v. Trump: ruling of December 22, 2025 on due process for the men sent to CECOT",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 22, 2025) (summary judgment)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-12-22",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggSummaryJudgmentDec2025 = {
  id: "jgg-summary-judgment-dec-2025",
  kind: "case",
  title: "J.G.G. v. Trump, opinion granting summary judgment to the CECOT class on due process",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 22, 2025)",
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-12-22",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggTro = {
  id: "jgg-tro",
  kind: "case",
  title: "J.G.G. v. Trump: temporary restraining orders and minute order of March 15, 2025",
  citation: `\
J.G.G. v. \
Trump, No. \
1:25-cv-00766-JEB (D.D.C. \
Mar. \
15, 2025) (temporary restraining orders; minute order)`,
  publisher: "U.S. District Court for the District of Columbia",
  date: "2025-03-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const khouzamVAttorneyGeneral = {
  id: "khouzam-v-attorney-general",
  kind: "case",
  title: "Khouzam v. Attorney General of the United States",
  citation: "Khouzam v. Att'y Gen., 549 F.3d 235 (3d Cir. 2008)",
  date: "2008-12-05",
  publicDomain: true,
} satisfies BibliographyEntry;

export const kiyembaI = {
  id: "kiyemba-i",
  kind: "case",
  title: "Kiyemba v. Obama (Kiyemba I)",
  citation: "Kiyemba v. Obama, 555 F.3d 1022 (D.C. Cir. 2009)",
  publisher: "U.S. Court of Appeals for the D.C. Circuit",
  date: "2009-02-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const kiyembaIi = {
  id: "kiyemba-ii",
  kind: "case",
  title: "Kiyemba v. Obama (Kiyemba II)",
  citation: "Kiyemba v. Obama, 561 F.3d 509 (D.C. Cir. 2009)",
  publisher: "U.S. Court of Appeals for the D.C. Circuit",
  date: "2009-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const korematsu = {
  id: "korematsu",
  kind: "case",
  title: "Korematsu v. United States",
  citation: "Korematsu v. United States, 323 U.S. 214 (1944)",
  publisher: "Supreme Court of the United States",
  date: "1944-12-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const learningResourcesVTrump = {
  id: "learning-resources-v-trump",
  kind: "case",
  title: "Learning Resources, Inc. v. Trump",
  citation: "Learning Resources, Inc. v. Trump, 607 U.S. ___ (2026) (Nos. 24-1287, 25-250)",
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
  publisher: "Supreme Court of the United States",
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
  publisher: "Supreme Court of the United States",
  date: "2025-04-10",
  publicDomain: true,
} satisfies BibliographyEntry;

export const rasulVBush = {
  id: "rasul-v-bush",
  kind: "case",
  title: "Rasul v. Bush",
  citation: "Rasul v. Bush, 542 U.S. 466 (2004)",
  publisher: "Supreme Court of the United States",
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
  publisher: "Supreme Court of the United States",
  date: "2025-06-27",
  publicDomain: true,
} satisfies BibliographyEntry;

export const trumpVHawaii = {
  id: "trump-v-hawaii",
  kind: "case",
  title: "Trump v. Hawaii",
  citation: "Trump v. Hawaii, 585 U.S. 667 (2018)",
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
  publisher: "Supreme Court of the United States",
  date: "2024-07-01",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usVCurtissWright = {
  id: "us-v-curtiss-wright",
  kind: "case",
  title: "United States v. Curtiss-Wright Export Corp.",
  citation: "United States v. Curtiss-Wright Export Corp., 299 U.S. 304 (1936)",
  publisher: "Supreme Court of the United States",
  date: "1936-12-21",
  publicDomain: true,
} satisfies BibliographyEntry;

export const usVNixon = {
  id: "us-v-nixon",
  kind: "case",
  title: "United States v. Nixon",
  citation: "United States v. Nixon, 418 U.S. 683 (1974)",
  publisher: "Supreme Court of the United States",
  date: "1974-07-24",
  publicDomain: true,
} satisfies BibliographyEntry;

export const wmmEnBancOrder = {
  id: "wmm-en-banc-order",
  kind: "case",
  title: "W.M.M. v. Trump (order granting rehearing en banc)",
  citation: "W.M.M. v. Trump, No. 25-10534 (5th Cir. Sept. 30, 2025) (order granting rehearing en banc)",
  publisher: "U.S. Court of Appeals for the Fifth Circuit",
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
  publisher: "U.S. Court of Appeals for the Fifth Circuit",
  date: "2025-09-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const wmmVTrump = {
  id: "wmm-v-trump",
  kind: "case",
  title: "W.M.M. v. Trump",
  citation: `\
W.M.M. v. \
Trump, No. \
25-10534 (5th Cir. \
Sept. \
2, 2025), reh'g en banc granted (5th Cir. \
Sept. \
30, 2025)`,
  publisher: "U.S. Court of Appeals for the Fifth Circuit",
  date: "2025-09-02",
  publicDomain: true,
} satisfies BibliographyEntry;

export const worcester = {
  id: "worcester",
  kind: "case",
  title: "Worcester v. Georgia",
  citation: "Worcester v. Georgia, 31 U.S. (6 Pet.) 515 (1832)",
  publisher: "Supreme Court of the United States",
  date: "1832-03-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const youngVVuitton = {
  id: "young-v-vuitton",
  kind: "case",
  title: "Young v. United States ex rel. Vuitton et Fils S.A.",
  citation: "Young v. United States ex rel. Vuitton et Fils S.A., 481 U.S. 787 (1987)",
  publisher: "Supreme Court of the United States",
  date: "1987-05-26",
  publicDomain: true,
} satisfies BibliographyEntry;

export const youngstown = {
  id: "youngstown",
  kind: "case",
  title: "Youngstown Sheet & Tube Co. v. Sawyer (the Steel Seizure Case)",
  citation: "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952)",
  publisher: "Supreme Court of the United States",
  date: "1952-06-02",
  publicDomain: true,
} satisfies BibliographyEntry;
