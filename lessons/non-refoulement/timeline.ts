import type { Lesson } from "civics-lessons";

/** Dated events, oldest first. */
export const timeline = [
  {
    date: "1951-07-28",
    event: `\
The Convention Relating to the Status of Refugees is adopted; Article 33 bars returning refugees \
to persecution.`,
    sourceIds: ["refugee-convention"],
  },
  {
    date: "1967-01-31",
    event: "The Protocol Relating to the Status of Refugees is adopted.",
    sourceIds: ["refugee-protocol"],
  },
  {
    date: "1968-11-01",
    event: "The 1967 Protocol takes effect for the United States.",
    sourceIds: ["refugee-protocol"],
  },
  {
    date: "1980",
    event: "Congress passes the Refugee Act of 1980, its main law carrying out the Protocol.",
    sourceIds: ["refugee-act-1980"],
  },
  {
    date: "1987",
    event: `\
INS v. Cardoza-Fonseca holds that a well-founded fear can exist even when persecution is less \
likely than not.`,
    sourceIds: ["cardoza-fonseca"],
  },
  {
    date: "1993-06-21",
    event: `\
Sale v. Haitian Centers Council holds that Article 33 does not limit returns of people intercepted \
on the high seas.`,
    sourceIds: ["sale-v-haitian-centers"],
  },
  {
    date: "1994-10-21",
    event: "The United States ratifies the Convention Against Torture, declaring it not self-executing.",
    sourceIds: ["cat"],
  },
  {
    date: "1998-10-21",
    event: "FARRA § 2242 becomes law, making it U.S. policy not to return people to likely torture.",
    sourceIds: ["farra-2242"],
  },
  {
    date: "1999-02-19",
    event: "The first regulations creating CAT withholding and deferral of removal are published.",
    sourceIds: ["cat-regulations"],
  },
  {
    date: "2008-06-12",
    event: "Munaf v. Geren: courts may not block the transfer of U.S. citizens held in Iraq to Iraqi custody.",
    sourceIds: ["munaf-v-geren"],
  },
  {
    date: "2008-12-05",
    event: `\
Khouzam v. Attorney General: a person must get a chance to challenge a diplomatic assurance before \
protection is ended.`,
    sourceIds: ["khouzam-v-attorney-general"],
  },
  {
    date: "2009-04-07",
    event: "Kiyemba v. Obama: the D.C. Circuit reverses orders requiring notice before Guantánamo transfers.",
    sourceIds: ["kiyemba-ii"],
  },
  {
    date: "2019",
    event: "An immigration judge grants Kilmar Abrego Garcia withholding of removal to El Salvador.",
    sourceIds: ["scotusblog-abrego-garcia"],
  },
  {
    date: "2019-12-19",
    event: `\
The Board of Immigration Appeals affirms an immigration judge's 2019 decision denying Abrego \
Garcia release on bond.`,
    sourceIds: ["bia-abrego-bond-2019"],
  },
  {
    date: "2025-03-15",
    event: `\
Abrego Garcia is flown to El Salvador despite his withholding order; the government later calls it \
an "administrative error."`,
    sourceIds: ["scotusblog-abrego-garcia"],
  },
  {
    date: "2025-04-10",
    event: "Noem v. Abrego Garcia: the Supreme Court upholds the requirement to facilitate his release.",
    sourceIds: ["noem-v-abrego-garcia"],
  },
  {
    date: "2025-06-23",
    event: "The Supreme Court stays a lower-court order requiring notice before third-country removals.",
    sourceIds: ["dhs-v-dvd"],
  },
  {
    date: "2026-02-25",
    event: `\
Judge Murphy rules that the government's third-country removal policy is unlawful and requires \
meaningful notice first.`,
    sourceIds: ["dvd-merits-2026"],
  },
  {
    date: "2026-03-16",
    event: "The First Circuit puts the February ruling on hold while it hears the government's appeal.",
    sourceIds: ["dvd-first-circuit-stay-2026"],
  },
] satisfies Lesson["timeline"];
