import type { PublicQuestion } from "civics-lessons";

/**
 * A valid response to a public question: the first options, orders reversed, every text `text`
 * (1,000 three-byte characters make the largest valid response).
 */
export function validResponse(q: PublicQuestion, text = "Madison"): unknown {
  const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
  switch (q.type) {
    case "single-choice":
      return q.choices[0]?.id;
    case "multiple-choice":
      return ids(q.choices);
    case "true-false":
      return true;
    case "short-text":
      return text;
    case "numeric":
      return `1${"0".repeat(63)}`;
    case "ordering":
      return ids(q.items).reverse();
    case "matching":
      return Object.fromEntries(q.premises.map((p) => [p.id, q.responses[0]?.id]));
    case "categorize":
      return Object.fromEntries(q.items.map((i) => [i.id, q.categories[0]?.id]));
    case "cloze":
      return Object.fromEntries(q.blanks.map((b) => [b.id, b.kind === "choice" ? b.choices[0]?.id : text]));
  }
}
