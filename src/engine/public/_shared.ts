import { pointsOf } from "../../_lib/semantics.js";
import { MAX_TEXT_LENGTH } from "../../_lib/text.js";
import type { QuestionOfType, QuestionType } from "../../schema/types.js";
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
  const rest = new Map(entries.map((e) => [e.id, e]));
  const listed: { id: string; text: string }[] = [];
  for (const id of order ?? []) {
    const entry = rest.get(id);
    if (entry) {
      listed.push(entry);
      rest.delete(id);
    }
  }
  return [...listed, ...rest.values()].map(({ id, text }) => ({ id, text }));
}
