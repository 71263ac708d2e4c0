import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1748",
    event: `\
Montesquieu publishes The Spirit of the Laws, the source of the separation-of-powers maxim the \
Framers debated.`,
    sourceIds: ["montesquieu-spirit-of-laws"],
  },
  {
    date: "1787-09-17",
    event: `\
Delegates sign the Constitution, which divides power among Congress (Article I), the President \
(Article II) and the courts (Article III).`,
    sourceIds: ["us-constitution"],
  },
  {
    date: "1788-01-30",
    event: `\
Federalist No. \
47 (Madison) answers the charge that the Constitution mixes the branches too much.`,
    sourceIds: ["federalist-47"],
  },
  {
    date: "1788-02-06",
    event: `\
Federalist No. \
51 (Madison) appears in the Independent Journal; the New-York Packet reprints it on February 8.`,
    sourceIds: ["federalist-51"],
  },
  {
    date: "1788-05-28",
    event: `\
Federalist No. \
78 (Hamilton) first appears in the McLean bound edition; the Independent Journal prints it on June \
14, 1788.`,
    sourceIds: ["federalist-78"],
  },
  {
    date: "1803-02-24",
    event: `\
Marbury v. \
Madison: the Supreme Court holds part of an act of Congress unconstitutional for the first time.`,
    sourceIds: ["marbury-v-madison"],
  },
  {
    date: "1803-03-02",
    event: "The House impeaches Judge John Pickering of New Hampshire.",
    sourceIds: ["pickering-impeachment", "annenberg-pickering-timeline"],
  },
  {
    date: "1804-03-12",
    event: `\
The Senate convicts Pickering, the first federal judge removed by impeachment; the same day the \
House impeaches Justice Samuel Chase.`,
    sourceIds: ["pickering-impeachment", "annenberg-pickering-timeline", "loc-samuel-chase"],
  },
  {
    date: "1805-03-01",
    event: "The Senate acquits Justice Chase, the only Supreme Court justice ever impeached.",
    sourceIds: ["loc-samuel-chase"],
  },
  {
    date: "1973-10-24",
    event: "President Nixon vetoes the War Powers Resolution.",
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
  },
  {
    date: "1973-11-07",
    event: `\
Congress overrides the veto (House 284-135, Senate 75-18), and the War Powers Resolution becomes \
law.`,
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
  },
  {
    date: "1974-07-24",
    event: "United States v. Nixon: the Court rules 8-0 that executive privilege is not absolute.",
    sourceIds: ["us-v-nixon"],
  },
] satisfies Lesson["timeline"];
