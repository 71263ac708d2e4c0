import { MAX_TEXT_LENGTH } from "../../_lib/text.js";
import type { QuestionOfType, QuestionType } from "../../schema/types.js";
import { pointsOf } from "../score/_shared.js";
import type { PublicOption, PublicQuestionBase } from "./types.js";

export { MAX_TEXT_LENGTH };

/** Copies only the fields a learner may see; everything else stays behind. */
export function publicBase<K extends QuestionType>(question: Readonly<QuestionOfType<K>>): PublicQuestionBase<K> {
  return {
    id: question.id,
    type: question.type as K,
    prompt: question.prompt,
    points: pointsOf(question),
    difficulty: question.difficulty,
    objectiveIds: [...question.objectiveIds],
    tags: [...(question.tags ?? [])],
    hintCount: question.hints?.length ?? 0,
  };
}

/**
 * Lists options as `{ id, text }` in the given order. Ids missing from the order (content edited
 * after the attempt began) follow in authored order, so nothing is ever dropped.
 */
export function inOrder(
  entries: readonly { id: string; text: string }[],
  order: readonly string[] | undefined,
): PublicOption[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: PublicOption[] = [];
  for (const id of order ?? []) {
    const entry = byId.get(id);
    if (entry) {
      out.push({ id: entry.id, text: entry.text });
      byId.delete(id);
    }
  }
  for (const entry of byId.values()) out.push({ id: entry.id, text: entry.text });
  return out;
}
