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
    sourceIds: ["fto-designation"],
  },
  {
    date: "2025-03-12",
    event: "ICE arrests Abrego Garcia.",
    sourceIds: ["gwlr-abrego-garcia", "scotusblog-abrego-garcia"],
  },
  {
    date: "2025-03-15",
    event: `\
He is flown to El Salvador and held at CECOT; the government later calls the removal an \
“administrative error.”`,
    sourceIds: ["noem-v-abrego-garcia", "gwlr-abrego-garcia"],
  },
  {
    date: "2025-03-24",
    event: `\
He and his family sue federal officials in the U.S. \
District Court for the District of Maryland.`,
    sourceIds: ["clearinghouse-abrego-garcia"],
  },
  {
    date: "2025-04-04",
    event: `\
Judge Paula Xinis orders the government to “facilitate and effectuate” his return by April 7.`,
    sourceIds: ["xinis-order-april-2025", "scotusblog-abrego-garcia"],
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
In Noem v. \
Abrego Garcia, the Supreme Court keeps the requirement to “facilitate” his release and asks for \
clarification of “effectuate.”`,
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
Judge Xinis grants habeas corpus and orders his release from ICE custody; the White House says it \
will appeal.`,
    sourceIds: ["xinis-december-2025", "slate-december-2025"],
  },
  {
    date: "2026-02-26",
    event: "Judge Crenshaw hears testimony and arguments on the vindictive-prosecution claim.",
    sourceIds: ["ap-february-2026"],
  },
] satisfies Lesson["timeline"];
