import type { Lesson } from "civics-lessons";

/** Competing views, each in its own words and sourced. */
export const perspectives = [
  {
    id: "government",
    label: "The federal government",
    argument: `\
In court, Justice Department lawyers conceded that sending Abrego Garcia to El Salvador was an \
administrative error; White House officials later said there was no mistake, because they regard \
him as an MS-13 member. The government pointed to a 2019 immigration judge's bond ruling, affirmed \
by the Board of Immigration Appeals, that credited an informant's report of his membership, and \
argued that MS-13's designation as a terrorist organization made him ineligible for withholding \
and his return a danger to the public. Once he was held by El Salvador, it argued, the \
Constitution leaves dealings with foreign governments to the President, so courts could not order \
diplomacy; it read “facilitate” to mean removing domestic obstacles to his return. In the criminal \
case, prosecutors denied retaliation: the former acting U.S. attorney testified that the decision \
to charge was his own.`,
    sourceIds: [
      "noem-v-abrego-garcia",
      "bss-no-mistake-2025",
      "bia-abrego-bond-2019",
      "govt-application-april-2025",
      "msnow-facilitate",
      "volokh-facilitate",
      "ap-february-2026",
    ],
  },
  {
    id: "abrego-garcia-lawyers",
    label: "Abrego Garcia and his lawyers",
    argument: `\
His lawyers argued that he was taken without any legal process, against a 2019 order that \
protected him from removal to El Salvador, in violation of the withholding law and the Fifth \
Amendment. He denied belonging to MS-13 and noted he had never been charged with a crime before; \
his lawyers said the 2019 bond ruling rested on a single police report and an unnamed informant. \
They argued that the government, which sent him to El Salvador, had to take real steps to bring \
him back. After he was indicted, they argued that the charges were retaliation for his lawsuit and \
should be dismissed as vindictive. After his release in December 2025, they argued that ICE could \
not hold him again because it had no realistic plan to remove him.`,
    sourceIds: [
      "clearinghouse-abrego-garcia",
      "noem-v-abrego-garcia",
      "msnow-facilitate",
      "crenshaw-october-2025",
      "new-republic-gang-documents-2025",
      "jurist-feb-2026",
    ],
  },
  {
    id: "courts",
    label: "The courts' rulings",
    argument: `\
Judge Xinis ordered his return, said she had seen no evidence of gang membership, and later \
rejected the narrow reading of “facilitate.” The Supreme Court, with no noted dissent, upheld the \
duty to facilitate his release while telling the district court to respect the executive branch's \
role in foreign affairs. In the criminal case, Judge Crenshaw found a realistic likelihood of \
vindictiveness, a preliminary step, and held a hearing. Judge Xinis later ordered his release from \
ICE custody (December 2025) and ruled that ICE could not detain him again (February 2026). \
Secondary websites report that Judge Crenshaw later dismissed the charges, but that ruling could \
not be confirmed.`,
    sourceIds: [
      "clearinghouse-abrego-garcia",
      "new-republic-xinis",
      "msnow-facilitate",
      "noem-v-abrego-garcia",
      "crenshaw-october-2025",
      "dismissal-reports",
      "xinis-december-2025",
      "jurist-feb-2026",
    ],
  },
] satisfies Lesson["perspectives"];

/** Open questions for class discussion (not scored). */
export const discussionQuestions = [
  `\
The Supreme Court required the government to “facilitate” Abrego Garcia's release but told the \
lower court to respect the executive branch's role in foreign affairs. How should courts balance \
one person's rights against the President's role in dealing with other countries?`,
  `\
The government called the removal an administrative error. When the government admits a mistake \
but the person is now held by another country, what should the government be required to do, and \
who should decide?`,
  `\
His lawyers argued the criminal charges were retaliation for his lawsuit. What evidence should a \
judge look for before deciding that a prosecution is vindictive, and why does the law treat that \
question seriously?`,
  `\
Some later facts in this case, such as the reported dismissal of the charges, rest on limited \
reporting. How should citizens discuss a fast-moving court case when some facts are not yet \
confirmed?`,
] satisfies Lesson["discussionQuestions"];
