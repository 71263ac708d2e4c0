import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1787-09-17",
    event: `\
The Constitution is signed, giving Congress the power to declare war and making the President \
Commander in Chief.`,
    sourceIds: ["us-constitution"],
  },
  {
    date: "1827",
    event: `\
In Martin v. \
Mott, the Supreme Court holds that under a 1795 law the President decides whether the danger of \
invasion that allows calling out the militia exists.`,
    sourceIds: ["martin-v-mott"],
  },
  {
    date: "1950-09",
    event: `\
Congress passes the Internal Security Act over President Truman's veto; its Title II is the \
Emergency Detention Act.`,
    sourceIds: ["internal-security-act", "densho-eda-repeal"],
  },
  {
    date: "1957-09-24",
    event: `\
Executive Order 10730 sends federal troops to Little Rock under the Insurrection Act, a day after \
Proclamation 3204.`,
    sourceIds: ["eo-10730"],
  },
  {
    date: "1971-09-25",
    event: `\
President Nixon signs the repeal of the Emergency Detention Act, adding 18 U.S.C. § 4001(a).`,
    sourceIds: ["non-detention-act", "crs-rs22130"],
  },
  {
    date: "1973-11-07",
    event: "Congress overrides President Nixon's veto of the War Powers Resolution.",
    sourceIds: ["war-powers-resolution", "frus-wpr-note"],
  },
  {
    date: "1976-09-14",
    event: "President Ford signs the National Emergencies Act.",
    sourceIds: ["national-emergencies-act"],
  },
  {
    date: "1977-12-28",
    event: "IEEPA becomes law.",
    sourceIds: ["ieepa"],
  },
  {
    date: "2001-09-18",
    event: "President George W. Bush signs the Authorization for Use of Military Force.",
    sourceIds: ["aumf-2001"],
  },
  {
    date: "2004-06-28",
    event: `\
Hamdi v. \
Rumsfeld: a citizen detained under the AUMF must get a meaningful chance to contest the detention.`,
    sourceIds: ["hamdi-v-rumsfeld"],
  },
  {
    date: "2016-12-23",
    event: "The Insurrection Act is renumbered as 10 U.S.C. §§ 251–255.",
    sourceIds: ["insurrection-act"],
  },
  {
    date: "2025-01-20",
    event: "Executive Order 14157 declares a national emergency under IEEPA concerning drug cartels.",
    sourceIds: ["eo-14157"],
  },
  {
    date: "2025-09-02",
    event: `\
The first U.S. \
military strike on a boat the administration says carried drugs; the President reports it to \
Congress two days later.`,
    sourceIds: ["wpr-report-sept-2025", "just-security-wpr-cartels"],
  },
  {
    date: "2025-10-08",
    event: "The Senate rejects a war-powers resolution on the boat strikes, 48–51.",
    sourceIds: ["usatoday-senate-oct-2025"],
  },
  {
    date: "2026-01-03",
    event: "U.S. forces capture Nicolás Maduro in Caracas.",
    sourceIds: ["ap-maduro-capture-2026"],
  },
  {
    date: "2026-01-14",
    event: `\
After voting 52–47 to take up a Venezuela resolution, the Senate upholds a point of order against \
it, 51–50, with the Vice President breaking the tie.`,
    sourceIds: ["ap-senate-venezuela-jan-2026", "npr-senate-venezuela-jan-2026", "sjres98"],
  },
  {
    date: "2026-01-22",
    event: "The House rejects a Venezuela war-powers resolution on a 215–215 tie.",
    sourceIds: ["ap-house-venezuela-jan-2026"],
  },
  {
    date: "2026-02-20",
    event: `\
In Learning Resources, Inc. v. \
Trump, the Supreme Court holds 6–3 that IEEPA does not authorize tariffs.`,
    sourceIds: ["learning-resources-v-trump"],
  },
  {
    date: "2026-02-28",
    event: "U.S. and Israeli strikes on Iran begin; the President reports to Congress on March 2.",
    sourceIds: ["anews-iran-wpr-2026"],
  },
  {
    date: "2026-04-30",
    event: `\
As the 60-day limit arrives, the administration says an April 7 ceasefire has "terminated" the \
hostilities with Iran.`,
    sourceIds: ["reuters-iran-terminated-2026"],
  },
  {
    date: "2026-06-23",
    event: `\
The Senate, 50–48, joins the House in adopting a concurrent resolution directing the President to \
remove U.S. forces from hostilities against Iran.`,
    sourceIds: ["hconres86", "guardian-senate-iran-june-2026"],
  },
] satisfies Lesson["timeline"];
