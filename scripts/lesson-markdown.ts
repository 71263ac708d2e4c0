/**
 * Renders a lesson as Markdown: the teacher's guide, the student quiz (no answers) and the answer
 * key. Used for the checked-in snapshots (lessons/<id>/snapshot.md) and the docs.
 */
import type { Lesson, Question, QuestionOfType, QuestionType } from "../src/index.js";

type Renderer<K extends QuestionType> = (q: QuestionOfType<K>) => string[];

const letter = (i: number) => String.fromCharCode(65 + i);
const bullet = (lines: string[]) => lines.map((l) => `- ${l}`);
const cites = (ids: readonly string[]) => ids.map((id) => `[${id}]`).join(" ");
/** A source's citation with the lesson's pinpoint, as a reader looks it up. */
const citationOf = (s: Lesson["sources"][number]) => (s.pinpoint ? `${s.citation}, ${s.pinpoint}` : s.citation);

/** The student-facing body of each question type (authored option order; no key). */
const studentBody: { [K in QuestionType]: Renderer<K> } = {
  "single-choice": (q) => q.choices.map((c, i) => `- ${letter(i)}. ${c.text}`),
  "multiple-choice": (q) => ["*Select all that apply.*", "", ...q.choices.map((c, i) => `- ${letter(i)}. ${c.text}`)],
  "true-false": () => ["True / False"],
  "short-text": () => ["Answer: ________________"],
  numeric: (q) => [`Answer: ________${q.unit ? ` ${q.unit}` : ""}`],
  ordering: (q) => ["*Put in order:*", "", ...bullet(q.items.map((i) => i.text))],
  matching: (q) => [
    "*Match each item on the left with one on the right.*",
    "",
    ...q.premises.map((p, i) => `${i + 1}. ${p.text}`),
    "",
    ...q.responses.map((r, i) => `- ${letter(i)}. ${r.text}`),
  ],
  cloze: (q) => [
    q.text.replace(/\{\{([^{}]*)\}\}/g, "_____"),
    ...q.blanks.flatMap((b) =>
      b.kind === "choice" ? ["", `*Options for a blank:* ${b.choices.map((c) => c.text).join(" / ")}`] : [],
    ),
  ],
  categorize: (q) => [
    `*Sort into:* ${q.categories.map((c) => c.text).join(" · ")}`,
    "",
    ...bullet(q.items.map((i) => i.text)),
  ],
};

/** The answer and scoring rule of each question type. */
const answerKey: { [K in QuestionType]: Renderer<K> } = {
  "single-choice": (q) => [
    ...q.choices.map((c, i) => {
      const mark = c.correct ? "**correct**" : c.fraction !== undefined ? `partial credit ${c.fraction}` : "incorrect";
      return `- ${letter(i)}. ${c.text}: ${mark}${c.feedback ? `. Feedback: ${c.feedback}` : ""}`;
    }),
    ...(q.penalty ? [`- Negative marking: a wrong choice costs ${q.penalty} of the points.`] : []),
  ],
  "multiple-choice": (q) => [
    `Scoring: ${q.scoring ?? "all-or-nothing"}.`,
    ...q.choices.map(
      (c, i) =>
        `- ${letter(i)}. ${c.text}: ${c.correct ? "**select**" : "do not select"}${c.fraction !== undefined ? ` (fraction ${c.fraction})` : ""}${c.feedback ? `. Feedback: ${c.feedback}` : ""}`,
    ),
  ],
  "true-false": (q) => [`Answer: **${q.answer ? "True" : "False"}**`],
  "short-text": (q) => {
    const m = q.matching ?? {};
    const rules = [
      m.caseSensitive ? "case-sensitive" : "case-insensitive",
      m.ignoreDiacritics ? "diacritics ignored" : "",
      m.ignorePunctuation ? "punctuation ignored" : "",
      m.typoTolerance ? `typo tolerance ${m.typoTolerance}` : "",
    ].filter(Boolean);
    return [
      `Accepted answers (${rules.join(", ")}):`,
      ...bullet(
        q.answers.map(
          (a) =>
            `${a.text}${a.fraction !== undefined && a.fraction !== 1 ? ` (credit ${a.fraction})` : ""}${a.feedback ? `. Feedback: ${a.feedback}` : ""}`,
        ),
      ),
    ];
  },
  numeric: (q) => {
    const target = (t: QuestionOfType<"numeric">["answer"]) =>
      "min" in t
        ? `${t.min} to ${t.max}`
        : `${t.value}${t.tolerance ? ` ± ${t.tolerance}${t.toleranceType === "relative" ? " (relative)" : ""}` : ""}`;
    return [
      `Answer: **${target(q.answer)}**${q.unit ? ` ${q.unit}` : ""}`,
      ...bullet(
        (q.nearMisses ?? []).map(
          (n) => `Near miss ${target(n.answer)}: credit ${n.fraction}${n.feedback ? `. Feedback: ${n.feedback}` : ""}`,
        ),
      ),
    ];
  },
  ordering: (q) => [
    `Scoring: ${q.scoring ?? "position"}. Correct order:`,
    "",
    ...q.correctOrder.map((id, i) => `${i + 1}. ${q.items.find((x) => x.id === id)?.text}`),
  ],
  matching: (q) => [
    `Scoring: ${q.scoring ?? "per-pair"}.`,
    ...bullet(q.premises.map((p) => `${p.text} → **${q.responses.find((r) => r.id === q.pairs[p.id])?.text}**`)),
  ],
  cloze: (q) =>
    bullet(
      q.blanks.map((b) =>
        b.kind === "choice"
          ? `${b.id}: **${b.choices.find((c) => c.correct)?.text}**`
          : `${b.id}: **${b.answers.map((a) => a.text).join("** or **")}**`,
      ),
    ),
  categorize: (q) =>
    bullet(q.items.map((i) => `${i.text} → **${q.categories.find((c) => c.id === i.categoryId)?.text}**`)),
};

/** The excerpt a question is built on, as a Markdown quotation with its citation (none without one). */
export function excerptOf(lesson: Lesson, q: Question): string[] {
  const source = q.excerptSourceId ? lesson.sources.find((s) => s.id === q.excerptSourceId) : undefined;
  return source?.excerpt ? [`> ${source.excerpt}`, ">", `> — ${citationOf(source)}`, ""] : [];
}

/** The student quiz: prompts and options, no answers. */
export function renderQuiz(lesson: Lesson): string[] {
  return lesson.questions.flatMap((q, i) => {
    const body = (studentBody[q.type] as Renderer<QuestionType>)(q as never);
    return [`### ${i + 1}. ${q.prompt}`, "", ...excerptOf(lesson, q), ...body, ""];
  });
}

/** The answer key: answers, scoring rules, explanations and sources. */
export function renderAnswerKey(lesson: Lesson): string[] {
  return lesson.questions.flatMap((q, i) => {
    const key = (answerKey[q.type] as Renderer<QuestionType>)(q as never);
    return [
      `### ${i + 1}. ${q.prompt}`,
      "",
      `*${q.type}, ${q.points ?? 1} point${(q.points ?? 1) === 1 ? "" : "s"}, difficulty ${q.difficulty}, objectives: ${q.objectiveIds.join(", ")}; id \`${q.id}\`*`,
      "",
      ...key,
      "",
      `**Why:** ${q.explanation}`,
      "",
      ...(q.hints?.length ? [`Hints: ${q.hints.join(" / ")}`, ""] : []),
      `Sources: ${cites(q.sourceIds)}`,
      "",
    ];
  });
}

/** The teacher's guide: everything but the quiz. */
export function renderGuide(lesson: Lesson): string[] {
  const sourceLine = (s: Lesson["sources"][number]) =>
    `- **[${s.id}]** ${s.title}. ${citationOf(s)}.${s.publisher ? ` ${s.publisher}.` : ""}${s.date ? ` ${s.date}.` : ""}${s.url ? ` <${s.url}>` : ""}${s.publicDomain ? " *(public domain)*" : ""}`;
  return [
    `# ${lesson.title}`,
    "",
    lesson.summary,
    "",
    `| Grade bands | Minutes | Topic | Facts as of | Version |`,
    `| --- | --- | --- | --- | --- |`,
    `| ${lesson.gradeBands.join(", ")} | ${lesson.estimatedMinutes} | ${lesson.topic} | ${lesson.asOf} | ${lesson.version} |`,
    "",
    ...(lesson.credit ? [`*${lesson.credit}*`, ""] : []),
    "## Objectives",
    "",
    ...lesson.objectives.map((o) => `- **${o.id}**: ${o.text}`),
    "",
    "## Standards",
    "",
    ...lesson.standards.map((s) => `- ${s.framework} ${s.code}: ${s.description}`),
    "",
    "## Key terms",
    "",
    ...lesson.keyTerms.map((k) => `- **${k.term}**: ${k.definition} ${cites(k.sourceIds)}`),
    "",
    "## Reading",
    "",
    ...lesson.sections.flatMap((s) => [`### ${s.heading}`, "", s.body, "", `Sources: ${cites(s.sourceIds)}`, ""]),
    ...(lesson.timeline.length
      ? [
          "## Timeline",
          "",
          "| Date | Event | Sources |",
          "| --- | --- | --- |",
          ...lesson.timeline.map((t) => `| ${t.date} | ${t.event} | ${cites(t.sourceIds)} |`),
          "",
        ]
      : []),
    ...(lesson.perspectives.length
      ? [
          "## Perspectives",
          "",
          ...lesson.perspectives.flatMap((p) => [
            `### ${p.label}`,
            "",
            p.argument,
            "",
            `Sources: ${cites(p.sourceIds)}`,
            "",
          ]),
        ]
      : []),
    "## Primary-source excerpts",
    "",
    ...lesson.sources
      .filter((s) => s.excerpt)
      .flatMap((s) => [`> ${s.excerpt}`, ">", `> — ${citationOf(s)} [${s.id}]`, ""]),
    "## Discussion questions",
    "",
    ...lesson.discussionQuestions.map((d, i) => `${i + 1}. ${d}`),
    "",
    "## Sources",
    "",
    ...lesson.sources.map(sourceLine),
    "",
  ];
}

/** The full snapshot: guide, quiz and answer key in one Markdown file. */
export function renderSnapshot(lesson: Lesson): string {
  return [
    "<!-- Generated from this folder's files by test/lessons/lessons.test.ts. Do not edit; run `npm run test:unit -- -u` after changing the lesson. -->",
    "",
    ...renderGuide(lesson),
    "## Quiz",
    "",
    ...renderQuiz(lesson),
    "## Answer key",
    "",
    ...renderAnswerKey(lesson),
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}
