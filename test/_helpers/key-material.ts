import type { Lesson } from "civics-lessons";

/**
 * Text compared without spaces, hyphens, case or typographic variants, as it comes out of HTML or a
 * PDF (pdftotext joins a word hyphenated at a line end, dropping its hyphen).
 */
export const squeeze = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\s\u00ad-]+/g, "")
    .toLowerCase();

/** Markdown reduced to the words a reader sees. */
const visible = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#]/g, "")
    .trim();

/**
 * The first 160 visible characters of a text. A key's explanation may open with a sentence the
 * reading also has; the whole opening, not one sentence, is what only the key prints.
 */
const opening = (markdown: string): string => squeeze(visible(markdown)).slice(0, 160);

/**
 * What only a teacher may see, as squeezed snippets to look for in a student page: every question's
 * explanation and option feedback, the plan's "look for" notes, and the words that head a key.
 */
export function keyMaterial(lesson: Lesson): { what: string; snippet: string }[] {
  const out: { what: string; snippet: string }[] = [
    { what: "the quick key heading", snippet: squeeze("Quick key") },
    { what: "a look-for note", snippet: squeeze("Look for:") },
  ];
  for (const q of lesson.questions) {
    out.push({ what: `explanation of ${q.id}`, snippet: opening(q.explanation) });
    const options = "choices" in q ? q.choices : [];
    for (const c of options) {
      if ("feedback" in c && c.feedback)
        out.push({ what: `feedback on ${q.id}/${c.id}`, snippet: opening(c.feedback) });
    }
  }
  const plan = lesson.plan;
  if (plan) {
    for (const [i, t] of plan.exitTicket.entries())
      out.push({ what: `exit ticket ${i + 1} look-for`, snippet: opening(t.lookFor) });
    for (const [i, w] of (plan.activity.worksheet ?? []).entries())
      out.push({ what: `worksheet ${i + 1} look-for`, snippet: opening(w.lookFor) });
  }
  // A one-line note ("Congress repealed the act in 1802.") can be a fact the reading states too.
  return out.filter((k) => k.snippet.length >= 60 || k.what.startsWith("the ") || k.what.startsWith("a "));
}

/** Ids a student page must not show: question and objective ids, and source ids in brackets. */
export function idsOf(lesson: Lesson): string[] {
  return [
    ...lesson.questions.map((q) => q.id),
    ...lesson.objectives.map((o) => o.id),
    ...lesson.sources.map((s) => `[${s.id}]`),
  ];
}
