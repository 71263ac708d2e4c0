import type { PublicQuestion, PublicQuestionMap, QuestionOfType, QuestionType } from "civics-lessons";

/** Keys that carry answer-key material; none may reach a browser before submission. */
export const KEY_MATERIAL = [
  "correct",
  "answers",
  "pairs",
  "correctOrder",
  "categoryId",
  "explanation",
  "fraction",
  "feedback",
] as const;

/** Every key path in a JSON value whose key is answer-key material. */
export function keyMaterialIn(value: unknown, path = "$"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (!Array.isArray(value) && (KEY_MATERIAL as readonly string[]).includes(key)) found.push(here);
    found.push(...keyMaterialIn(child, here));
  }
  return found;
}

type Plan<K extends QuestionType> = (full: QuestionOfType<K>, pub: PublicQuestionMap[K]) => unknown;

/** The keyed response of each type, read from the full question (server side only). */
const keyed = {
  "single-choice": (full) => full.choices.find((c) => c.correct)?.id,
  "multiple-choice": (full) => full.choices.filter((c) => c.correct).map((c) => c.id),
  "true-false": (full) => full.answer,
  "short-text": (full) => full.answers[0]?.text,
  numeric: (full) => String("value" in full.answer ? full.answer.value : full.answer.min),
  ordering: (full) => full.correctOrder,
  matching: (full) => full.pairs,
  categorize: (full) => Object.fromEntries(full.items.map((item) => [item.id, item.categoryId])),
  cloze: (full) =>
    Object.fromEntries(
      full.blanks.map((b) => [b.id, b.kind === "choice" ? b.choices.find((c) => c.correct)?.id : b.answers[0]?.text]),
    ),
} satisfies { [K in QuestionType]: Plan<K> };

/** A complete, well-formed response that is usually not the key: first options, reversed orders. */
const others = {
  "single-choice": (_full, pub) => pub.choices[0]?.id,
  "multiple-choice": (_full, pub) => [pub.choices[0]?.id],
  "true-false": (full) => !full.answer,
  "short-text": () => "I am not sure",
  numeric: () => "7,5",
  ordering: (_full, pub) => pub.items.map((i) => i.id).reverse(),
  matching: (_full, pub) => Object.fromEntries(pub.premises.map((p) => [p.id, pub.responses[0]?.id])),
  categorize: (_full, pub) => Object.fromEntries(pub.items.map((i) => [i.id, pub.categories[0]?.id])),
  cloze: (_full, pub) =>
    Object.fromEntries(pub.blanks.map((b) => [b.id, b.kind === "choice" ? b.choices[0]?.id : "nobody"])),
} satisfies { [K in QuestionType]: Plan<K> };

/** The key for even positions, a plausible other answer for odd ones, so scores are partial. */
export function mixedResponse(full: QuestionOfType<QuestionType>, pub: PublicQuestion, position: number): unknown {
  const plan = (position % 2 === 0 ? keyed : others)[pub.type] as Plan<QuestionType>;
  return plan(full as never, pub as never);
}
