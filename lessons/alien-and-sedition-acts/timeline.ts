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
    date: "1798-11-10",
    event: "Kentucky adopts resolutions secretly drafted by Vice President Thomas Jefferson.",
    sourceIds: ["britannica-resolutions"],
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
] satisfies Lesson["timeline"];
