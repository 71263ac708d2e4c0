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
Mott, the Supreme Court holds that the President decides whether an emergency allowing him to call \
out the militia exists.`,
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
    date: "2026-02-20",
    event: `\
In Learning Resources, Inc. v. \
Trump, the Supreme Court holds 6–3 that IEEPA does not authorize tariffs.`,
    sourceIds: ["learning-resources-v-trump"],
  },
] satisfies Lesson["timeline"];
