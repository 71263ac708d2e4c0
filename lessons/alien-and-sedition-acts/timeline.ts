import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1798-06-18",
    event: "Naturalization Act raises the residence requirement for citizenship from 5 to 14 years.",
    sourceIds: ["naturalization-act-1798", "nara-todays-doc"],
  },
  {
    date: "1798-06-25",
    event: `\
Alien Friends Act lets the President deport aliens he judges dangerous; it is limited to two years.`,
    sourceIds: ["alien-friends-act", "nara-todays-doc"],
  },
  {
    date: "1798-07-06",
    event: "Alien Enemies Act becomes law, with no end date.",
    sourceIds: ["aea-statute", "nara-todays-doc"],
  },
  {
    date: "1798-07-14",
    event: "Sedition Act becomes law; it is set to run until March 3, 1801.",
    sourceIds: ["sedition-act", "gilder-lehrman-sedition"],
  },
  {
    date: "1798-10-09",
    event: `\
Congressman Matthew Lyon of Vermont becomes the first person convicted under the Sedition Act.`,
    sourceIds: ["fjc-sedition-chronology"],
  },
  {
    date: "1798-11-13",
    event: `\
Kentucky's Senate agrees to resolutions secretly drafted by Vice President Thomas Jefferson, which \
the state House passed on November 10.`,
    sourceIds: ["elliot-kentucky-resolutions", "britannica-resolutions"],
  },
  {
    date: "1798-12-21",
    event: "Virginia adopts resolutions drafted by James Madison.",
    sourceIds: ["britannica-resolutions", "virginia-resolutions"],
  },
  {
    date: "1800",
    event: "Alien Friends Act expires at the end of its two-year term.",
    sourceIds: ["britannica-alien-sedition", "nara-todays-doc"],
  },
  {
    date: "1801-03-03",
    event: "Sedition Act expires on the date written into it.",
    sourceIds: ["sedition-act", "gilder-lehrman-sedition"],
  },
  {
    date: "1802",
    event: "Congress repeals the Naturalization Act of 1798.",
    sourceIds: ["britannica-alien-sedition", "nara-todays-doc"],
  },
  {
    date: "1812",
    event: "The Alien Enemies Act is invoked during the War of 1812, its first use.",
    sourceIds: ["crs-lsb11269"],
  },
  {
    date: "1814",
    event: "John Taylor names Jefferson in print as the author of the Kentucky Resolutions.",
    sourceIds: ["founders-kentucky-note"],
  },
  {
    date: "1918-04-16",
    event: "Congress amends the Alien Enemies Act to remove its limit to males.",
    sourceIds: ["aea-statute", "frus-1918"],
  },
  {
    date: "1948-06-21",
    event: `\
In Ludecke v. \
Watkins, the Supreme Court calls the Act the law of the land, virtually unchanged since 1798.`,
    sourceIds: ["ludecke"],
  },
  {
    date: "2025-03-14",
    event: `\
President Trump signs Proclamation 10903, invoking the Alien Enemies Act against members of Tren de \
Aragua.`,
    sourceIds: ["proclamation-10903"],
  },
] satisfies Lesson["timeline"];
