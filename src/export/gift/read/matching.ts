import type { Question } from "../../../schema/types.js";
import { withFormat } from "./convert.js";
import type { Draft } from "./draft.js";
import { split } from "./draft.js";
import { unprotect } from "./escapes.js";

/** The schema's limits on matching questions. */
const MAX_PREMISES = 20;
const MAX_RESPONSES = 26;

/**
 * Reads `{=premise -> response ... = -> extra response}`. Each line is split at its first `->`,
 * as Moodle does; identical responses are one response. Ids come from the texts, so they never
 * pair premise i with response i.
 */
export function matchingQuestion(draft: Draft, answerText: string, offset: number): Question | null {
  // First the lines as written: every line must have "->" and a response. Premise texts are
  // converted only once the counts are known to fit, so a huge bank line costs no conversions.
  const lines = split(answerText, "=", offset).map((part) => {
    const raw = part.text.trim().replace(/^=/, "");
    const arrow = raw.indexOf("->");
    if (arrow === -1) draft.block.fail(part.offset, `the matching line "${unprotect(raw).trim()}" has no "->"`);
    const response = unprotect(raw.slice(arrow + 2)).trim();
    if (response === "") draft.block.fail(part.offset, 'a matching line has nothing after "->"');
    return { premise: raw.slice(0, arrow), response };
  });
  const written = lines.filter((l) => l.premise.trim() !== "").length;
  const distinct = new Set(lines.map((l) => l.response)).size;
  if (written > MAX_PREMISES || distinct > MAX_RESPONSES) {
    draft.report(
      "skipped",
      "not_representable",
      `Matching questions hold at most ${MAX_PREMISES} premises and ${MAX_RESPONSES} responses; this one has ${written} and ${distinct}.`,
    );
    return null;
  }
  const premises: { id: string; text: string }[] = [];
  const responses = new Map<string, { id: string; text: string }>();
  const pairs: Record<string, string> = {};
  for (const line of lines) {
    let response = responses.get(line.response);
    if (response === undefined) {
      response = { id: draft.ids.hashed("", draft.id, "response", line.response), text: line.response };
      responses.set(line.response, response);
    }
    const premise = draft.plain(withFormat(line.premise, draft.format), "premises");
    if (premise === "") continue;
    const id = draft.ids.hashed("", draft.id, "premise", premise);
    premises.push({ id, text: premise });
    pairs[id] = response.id;
  }
  if (premises.length < 2 || responses.size < 2) {
    draft.report(
      "skipped",
      "not_representable",
      "Matching questions need at least two premises and two different responses.",
    );
    return null;
  }
  return { ...draft.base(), type: "matching", premises, responses: [...responses.values()], pairs };
}
