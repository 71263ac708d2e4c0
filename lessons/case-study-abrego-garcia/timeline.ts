import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "2019",
    event: `\
An immigration judge denies Abrego Garcia asylum but grants him withholding of removal to El \
Salvador.`,
    sourceIds: ["scotusblog-abrego-garcia", "gwlr-abrego-garcia"],
  },
  {
    date: "2019-12-19",
    event: `\
The Board of Immigration Appeals affirms an immigration judge's decision denying him release on \
bond, a ruling that credited an informant's claim of MS-13 membership.`,
    sourceIds: ["bia-abrego-bond-2019"],
  },
  {
    date: "2022-11",
    event: "A traffic stop ends with a warning; the 2025 criminal charges later grow out of this stop.",
    sourceIds: ["spectrum-june-2025"],
  },
  {
    date: "2023-01-31",
    event: "President Nayib Bukele inaugurates CECOT, El Salvador's mega-prison, in Tecoluca.",
    sourceIds: ["reuters-cecot-opening-2023"],
  },
  {
    date: "2025-02-20",
    event: `\
The State Department's designation of MS-13 and other groups as foreign terrorist organizations is \
published in the Federal Register.`,
    sourceIds: ["fto-designations"],
  },
  {
    date: "2025-03-12",
    event: "ICE arrests Abrego Garcia.",
    sourceIds: ["gwlr-abrego-garcia", "scotusblog-abrego-garcia"],
  },
  {
    date: "2025-03-15",
    event: `\
He is flown to El Salvador and held at CECOT; in court an ICE official later calls the removal an \
“administrative error,” a description the White House later rejects.`,
    sourceIds: ["noem-v-abrego-garcia", "gwlr-abrego-garcia", "bss-no-mistake-2025"],
  },
  {
    date: "2025-03-24",
    event: "He and his family sue federal officials in the U.S. District Court for the District of Maryland.",
    sourceIds: ["clearinghouse-abrego-garcia"],
  },
  {
    date: "2025-04-04",
    event: "Judge Paula Xinis orders the government to “facilitate and effectuate” his return by April 7.",
    sourceIds: ["clearinghouse-abrego-garcia", "new-republic-xinis", "scotusblog-abrego-garcia"],
  },
  {
    date: "2025-04-07",
    event: `\
The Fourth Circuit refuses to pause the order; Chief Justice Roberts enters an administrative stay.`,
    sourceIds: ["scotusblog-abrego-garcia"],
  },
  {
    date: "2025-04-10",
    event: `\
In Noem v. Abrego Garcia, the Supreme Court keeps the requirement to “facilitate” his release and \
asks for clarification of “effectuate.”`,
    sourceIds: ["noem-v-abrego-garcia", "scotusblog-abrego-garcia"],
  },
  {
    date: "2025-06-06",
    event: `\
He is returned to the United States to face a two-count indictment in the Middle District of \
Tennessee.`,
    sourceIds: ["spectrum-june-2025"],
  },
  {
    date: "2025-10-03",
    event: `\
Judge Waverly Crenshaw finds a “realistic likelihood” that the prosecution is vindictive and \
orders discovery and a hearing.`,
    sourceIds: ["crenshaw-october-2025"],
  },
  {
    date: "2025-12-11",
    event: `\
Judge Xinis grants habeas corpus and orders his release from ICE custody; that night an \
immigration judge adds a removal order to his 2019 case.`,
    sourceIds: ["xinis-december-2025", "abc-ij-amendment-2025"],
  },
  {
    date: "2025-12-12",
    event: "Judge Xinis temporarily bars ICE from detaining him again.",
    sourceIds: ["jurist-tro-dec-2025"],
  },
  {
    date: "2026-02-17",
    event: "Judge Xinis rules that ICE may not re-detain him because the period for removing him had run out.",
    sourceIds: ["jurist-feb-2026"],
  },
  {
    date: "2026-02-26",
    event: `\
Judge Crenshaw hears testimony and arguments on the vindictive-prosecution claim; prosecutors deny \
any retaliation.`,
    sourceIds: ["ap-february-2026", "ap-saoud-testimony-2026"],
  },
] satisfies Lesson["timeline"];
