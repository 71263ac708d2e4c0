// Briefs, motions, declarations and other filings in court.
// One record per document; lessons import the records they cite.
import type { BibliographyEntry } from "./entry.js";

export const crenshawOctober2025 = {
  id: "crenshaw-october-2025",
  kind: "court-filing",
  title: `\
Order finding a realistic likelihood of vindictive prosecution and ordering discovery and a hearing`,
  citation: "United States v. Abrego Garcia (M.D. Tenn. Oct. 3, 2025) (Crenshaw, J.) (order)",
  url: `\
https://www.bastillepost.com/global/article/5253636-abrego-garcia-wins-request-for-hearing-on-whether-smuggling-charges-are-illegally-vindictive`,
  publisher: "Bastille Post (Associated Press report on the order)",
  date: "2025-10-03",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirAdminStay = {
  id: "dc-cir-admin-stay",
  kind: "court-filing",
  title: "D.C. Circuit administrative stay of the J.G.G. probable-cause order",
  citation: `\
U.S. Court of Appeals for the D.C. Circuit, order of Apr. 18, 2025 (administrative stay; Katsas \
and Rao, JJ.; Pillard, J., dissenting)`,
  url: `\
https://reason.com/volokh/2025/04/19/d-c-circuit-stays-judge-boasbergs-criminal-contempt-proceedin\
gs/`,
  publisher: `\
U.S. Court of Appeals for the District of Columbia Circuit (reported by the Volokh Conspiracy)`,
  date: "2025-04-18",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirDec2025 = {
  id: "dc-cir-dec-2025",
  kind: "court-filing",
  title: `\
D.C. Circuit orders of December 12 and 15, 2025 (administrative stay of hearings; briefing \
order)`,
  citation: `\
U.S. Court of Appeals for the D.C. Circuit, orders of Dec. 12 and Dec. 15, 2025 (Rao and Walker, \
JJ.; Childs, J., would deny)`,
  url: `\
https://www.ms.now/deadline-white-house/deadline-legal-blog/trump-appointees-again-save-trump-offi\
cials-from-contempt-inquiry-for-now`,
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit (reported by MS NOW)",
  date: "2025-12-15",
  publicDomain: true,
} satisfies BibliographyEntry;

export const dcCirEnBanc = {
  id: "dc-cir-en-banc",
  kind: "court-filing",
  title: "D.C. Circuit order denying rehearing en banc in the J.G.G. contempt proceedings",
  citation: `\
U.S. Court of Appeals for the D.C. Circuit, order denying rehearing en banc (Nov. 14, 2025) \
(Pan, J., dissenting)`,
  url: "https://www.lawdork.com/p/dc-circuit-wont-review-contempt-appeal",
  publisher: "U.S. Court of Appeals for the District of Columbia Circuit (reported by Law Dork)",
  date: "2025-11-14",
  publicDomain: true,
} satisfies BibliographyEntry;

export const govFilingMar16 = {
  id: "gov-filing-mar-16",
  kind: "court-filing",
  title: "J.G.G. v. Trump: government filing of March 16, 2025 on the timing of the removals",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Mar. 16, 2025) (defendants' notice)",
  url: `\
https://theepochtimes.com/us/plaintiffs-urge-judge-to-address-federal-governments-possible-violati\
on-of-federal-court-order-5826781`,
  publisher: "U.S. Department of Justice (quoted by The Epoch Times)",
  date: "2025-03-16",
  publicDomain: true,
} satisfies BibliographyEntry;

export const govtApplicationApril2025 = {
  id: "govt-application-april-2025",
  kind: "court-filing",
  title: "Government's application to the Supreme Court to vacate the district court's April 4, 2025 order",
  citation: `\
Government's application to vacate the district court's order, Noem v. Abrego Garcia, No. 24A949 \
(U.S. filed Apr. 7, 2025)`,
  url: "https://www.supremecourt.gov/docket/docketfiles/html/public/24a949.html",
  publisher: "Supreme Court of the United States (docket listing the application and its filings)",
  date: "2025-04-07",
  publicDomain: true,
} satisfies BibliographyEntry;

export const jggDec8Order = {
  id: "jgg-dec-8-order",
  kind: "court-filing",
  title: "J.G.G. v. Trump: order of December 8, 2025 on the government's declarations",
  citation: "J.G.G. v. Trump, No. 1:25-cv-00766-JEB (D.D.C. Dec. 8, 2025)",
  url: `\
https://talkingpointsmemo.com/morning-memo/boasberg-contempt-of-court-inquiry-erez-reuveni-drew-en\
sign`,
  publisher: "U.S. District Court for the District of Columbia (reported by Talking Points Memo)",
  date: "2025-12-08",
  publicDomain: true,
} satisfies BibliographyEntry;

export const xinisDecember2025 = {
  id: "xinis-december-2025",
  kind: "court-filing",
  title: "Order granting habeas corpus and directing Abrego Garcia's immediate release from ICE custody",
  citation: `\
Order of Dec. 11, 2025 (D. Md.) (Xinis, J.) granting Abrego Garcia's petition for a writ of habeas \
corpus`,
  url: `\
https://www.journal-news.com/news/nation-world/judge-allows-kilmar-abrego-garcia-to-remain-free-while-she-considers-immigration-issues/5VJ363U4INKBFJJNVECWVVIZPQ/`,
  publisher: "Associated Press, via Journal-News (Dec. 22, 2025 report on the order)",
  date: "2025-12-11",
  publicDomain: true,
} satisfies BibliographyEntry;
