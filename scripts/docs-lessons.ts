/**
 * Writes the teacher-facing lesson pages under docs/lessons/ from the lesson modules: for each lesson
 * a guide (`<id>.md`), a printable student quiz without answers (`<id>.quiz.md`) and an answer key
 * (`<id>.answer-key.md`), plus an index (`README.md`). The pages are committed so they read on a code
 * host, and TypeDoc turns them into the site's Lessons section (their frontmatter nests quiz and
 * key under each guide). `npm run docs:lessons` regenerates them; test/docs/lesson-guides.test.ts
 * fails when they are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lesson, QuestionOfType, QuestionType, Topic } from "../src/index.js";
import { loadLessons } from "./generate-catalog.js";
import { excerptOf, renderAnswerKey, renderGuide } from "./lesson-markdown.js";
import { lessonInFormOrder, PRINTED_FORMS, renderQuickKey, renderStudentForm } from "./printed-forms.js";
import { readingGrade } from "./readability.js";

/** The folder the pages are written to. */
export const lessonsDocsDir = fileURLToPath(new URL("../docs/lessons/", import.meta.url));

const GENERATED = (id: string) =>
  `<!-- Generated from lessons/${id}/ by scripts/docs-lessons.ts. Do not edit; run \`npm run docs:lessons\`. -->`;

const TOPICS: { [T in Topic]: string } = {
  "separation-of-powers": "Separation of powers",
  "wartime-statutes": "Wartime statutes",
  "detainee-transfers": "Detainee transfers",
};

/** Where each question type's scoring is explained; each type has a section anchored by its name. */
const GUIDE = "../guide/question-types.md";

type Rule<K extends QuestionType> = (q: QuestionOfType<K>) => string;

/** One line per question type: how a response earns its points. */
const scoringRule: { [K in QuestionType]: Rule<K> } = {
  "single-choice": (q) =>
    q.penalty ? `keyed choice; a wrong choice costs ${q.penalty} of the points` : "keyed choice earns all points",
  "multiple-choice": (q) => q.scoring ?? "all-or-nothing",
  "true-false": () => "right or wrong",
  "short-text": (q) =>
    q.matching?.typoTolerance ? `accepted answers, typo tolerance ${q.matching.typoTolerance}` : "accepted answers",
  numeric: (q) =>
    `${"min" in q.answer ? "range" : "value within tolerance"}${q.nearMisses?.length ? `, ${q.nearMisses.length} near miss${q.nearMisses.length === 1 ? "" : "es"}` : ""}`,
  ordering: (q) => q.scoring ?? "position",
  matching: (q) => q.scoring ?? "per-pair",
  cloze: (q) => `equal share per blank (${q.blanks.length})`,
  categorize: (q) => `equal share per item (${q.items.length})`,
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const pointsOf = (lesson: Lesson) => lesson.questions.reduce((sum, q) => sum + (q.points ?? 1), 0);
const yamlString = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML scalar

/**
 * Lines like `A. The President` are not list items in Markdown, so consecutive ones would run
 * together into one paragraph; a trailing backslash (a CommonMark hard break) keeps each on its line.
 */
function keepLettersApart(lines: string[]): string[] {
  const letter = /^[A-Z]\. /;
  return lines.map((line, i) => (letter.test(line) && letter.test(lines[i + 1] ?? "") ? `${line}\\` : line));
}

function page(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}

/** The teacher's guide: `renderGuide` with links to the quiz and key and the reading level. */
export function renderGuidePage(lesson: Lesson): string {
  const guide = renderGuide(lesson);
  const at = guide.indexOf("## Objectives");
  const materials = [
    `**For class:** [Student quiz](./${lesson.id}.quiz.md) (${plural(lesson.questions.length, "question")}, printable, no answers) · [Answer key](./${lesson.id}.answer-key.md) (answers, explanations and scoring; for teachers)`,
    "",
    `**Reading level:** Flesch-Kincaid grade ${readingGrade(lesson).toFixed(1)} (the reading sections).`,
    "",
  ];
  return page([
    "---",
    "children:",
    `  Student quiz: ./${lesson.id}.quiz.md`,
    `  Answer key: ./${lesson.id}.answer-key.md`,
    "---",
    "",
    GENERATED(lesson.id),
    "",
    ...guide.slice(0, at),
    ...materials,
    ...guide.slice(at),
  ]);
}

/**
 * The student quiz: forms A and B, each with a header to fill in and every question without its
 * answer, its options in the order the engine shows for the form's seed. Each form starts a new
 * printed page.
 */
export function renderQuizPage(lesson: Lesson): string {
  return page([
    GENERATED(lesson.id),
    "",
    `# Student quiz: ${lesson.title}`,
    "",
    `*${plural(lesson.questions.length, "question")}, ${plural(pointsOf(lesson), "point")}. Where it says "Select all that apply", mark every right choice. Forms ${PRINTED_FORMS.map((f) => f.name).join(" and ")} ask the same questions with the options in different orders.*`,
    "",
    ...PRINTED_FORMS.flatMap((form) =>
      keepLettersApart(renderStudentForm(lesson, form, (question) => excerptOf(lesson, question))),
    ),
  ]);
}

/** The answer key: scoring at a glance, every answer with its explanation, and the full sources. */
export function renderAnswerKeyPage(lesson: Lesson): string {
  const guide = renderGuide(lesson);
  const sources = guide.slice(guide.indexOf("## Sources"));
  return page([
    GENERATED(lesson.id),
    "",
    `# Answer key: ${lesson.title}`,
    "",
    `*For teachers: do not hand out. The student version is the [student quiz](./${lesson.id}.quiz.md); the lesson is in the [guide](./${lesson.id}.md).*`,
    "",
    ...renderQuickKey(lesson, PRINTED_FORMS),
    "## Scoring",
    "",
    `${plural(lesson.questions.length, "question")}, ${plural(pointsOf(lesson), "point")} in all. The rules are explained with worked examples in [Question types and scoring](${GUIDE}).`,
    "",
    "| # | Question id | Type | Points | Scoring |",
    "| --- | --- | --- | --- | --- |",
    ...lesson.questions.map(
      (q, i) =>
        `| ${i + 1} | \`${q.id}\` | [${q.type}](${GUIDE}#${q.type}) | ${q.points ?? 1} | ${(scoringRule[q.type] as Rule<QuestionType>)(q as never)} |`,
    ),
    "",
    "## Answers",
    "",
    `Letters are those of form ${PRINTED_FORMS[0]?.name} (seed \`${PRINTED_FORMS[0]?.seed}\`).`,
    "",
    ...renderAnswerKey(PRINTED_FORMS[0] ? lessonInFormOrder(lesson, PRINTED_FORMS[0]) : lesson),
    ...sources,
  ]);
}

/** The index of every lesson, grouped by topic. */
export function renderIndexPage(lessons: readonly Lesson[]): string {
  const sorted = [...lessons].sort((a, b) => a.id.localeCompare(b.id));
  const topics = (Object.keys(TOPICS) as Topic[]).filter((t) => sorted.some((l) => l.topic === t));
  return page([
    "---",
    "title: Lessons",
    "children:",
    ...topics.flatMap((t) => sorted.filter((l) => l.topic === t).map((l) => `  ${yamlString(l.title)}: ./${l.id}.md`)),
    "---",
    "",
    "<!-- Generated from the lessons/ folders by scripts/docs-lessons.ts. Do not edit; run `npm run docs:lessons`. -->",
    "",
    "# Lessons",
    "",
    `${plural(sorted.length, "lesson")}. Each has a teacher's guide (overview, key terms, reading, timeline, perspectives, primary sources, discussion questions), a printable student quiz without answers, and an answer key with explanations, sources and scoring rules. The reading grade is the Flesch-Kincaid grade of the reading sections.`,
    "",
    ...topics.flatMap((t) => [
      `## ${TOPICS[t]}`,
      "",
      "| Lesson | Grade bands | Minutes | Questions | Reading grade | Quiz | Answer key |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...sorted
        .filter((l) => l.topic === t)
        .map(
          (l) =>
            `| [${l.title}](./${l.id}.md) | ${l.gradeBands.join(", ")} | ${l.estimatedMinutes} | ${l.questions.length} | ${readingGrade(l).toFixed(1)} | [quiz](./${l.id}.quiz.md) | [key](./${l.id}.answer-key.md) |`,
        ),
      "",
    ]),
  ]);
}

/** Every page, keyed by file name under docs/lessons/. */
export function renderLessonDocs(lessons: readonly Lesson[]): Map<string, string> {
  const pages = new Map<string, string>([["README.md", renderIndexPage(lessons)]]);
  for (const lesson of lessons) {
    pages.set(`${lesson.id}.md`, renderGuidePage(lesson));
    pages.set(`${lesson.id}.quiz.md`, renderQuizPage(lesson));
    pages.set(`${lesson.id}.answer-key.md`, renderAnswerKeyPage(lesson));
  }
  return pages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = renderLessonDocs(await loadLessons());
  mkdirSync(lessonsDocsDir, { recursive: true });
  for (const name of readdirSync(lessonsDocsDir)) {
    if (name.endsWith(".md") && !pages.has(name)) rmSync(lessonsDocsDir + name);
  }
  for (const [name, text] of pages) writeFileSync(lessonsDocsDir + name, text);
  console.log(`docs/lessons: ${pages.size} pages`);
}
