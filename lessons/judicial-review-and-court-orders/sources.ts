import type { Lesson } from "civics-lessons";
import {
  chroniclesOklahoma,
  conanContempt,
  conanContemptPower,
  cooperVAaron,
  dcCirDec2025,
  dcCirEnBanc,
  dcCirMandamus,
  democracyDocketJudgesHearing2026,
  eo10730,
  exParteGrossman,
  federalist78,
  foxCruzImpeachmentHearing2026,
  foxJohnsonJudicialImpeachment2026,
  gompers,
  hres229,
  jacksonCoffeeLetter,
  jggContemptOpinion,
  jggTro,
  locSamuelChase,
  marburyVMadison,
  robertsStatement,
  rule42,
  scotusblogBarbaraRuling2026,
  trumpVCasa,
  usConstitution,
  usVNixon,
  volokhBarbaraCert2025,
  worcester,
  youngVVuitton,
} from "../_sources/index.js";

/** What the lesson cites, from the shared bibliography, with its own pinpoints and excerpts. */
export const sources = [
  {
    ...usConstitution,
    pinpoint: "art. I, §§ 2-3; art. II, § 2, cl. 1; art. III, § 1",
  },
  {
    ...federalist78,
    excerpt: `\
may truly be said to have neither FORCE nor WILL, but merely judgment; and must ultimately depend \
upon the aid of the executive arm even for the efficacy of its judgments.`,
  },
  {
    ...marburyVMadison,
    excerpt: `\
It is emphatically the province and duty of the judicial department to say what the law is.`,
  },
  worcester,
  jacksonCoffeeLetter,
  chroniclesOklahoma,
  eo10730,
  cooperVAaron,
  usVNixon,
  gompers,
  conanContempt,
  conanContemptPower,
  {
    ...rule42,
    excerpt: `\
The court must request that the contempt be prosecuted by an attorney for the government, unless \
the interest of justice requires the appointment of another attorney. \
If the government declines the request, the court must appoint another attorney to prosecute the \
contempt.`,
  },
  youngVVuitton,
  exParteGrossman,
  locSamuelChase,
  jggTro,
  hres229,
  {
    ...robertsStatement,
    excerpt: `\
For more than two centuries, it has been established that impeachment is not an appropriate \
response to disagreement concerning a judicial decision. \
The normal appellate review process exists for that purpose.`,
  },
  foxCruzImpeachmentHearing2026,
  democracyDocketJudgesHearing2026,
  foxJohnsonJudicialImpeachment2026,
  jggContemptOpinion,
  dcCirMandamus,
  dcCirEnBanc,
  dcCirDec2025,
  trumpVCasa,
  volokhBarbaraCert2025,
  scotusblogBarbaraRuling2026,
] satisfies Lesson["sources"];
