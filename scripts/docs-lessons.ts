/**
 * Writes the docs site's Markdown pages from the lesson modules, and each lesson's printables as
 * HTML for the site to link to:
 *
 * - `docs/README.md`: the teacher-first home page, lessons by topic in teaching order, each with
 *   its summary, grade bands, minutes, standards and printables; `docs/public/README.md` is the
 *   same page without teacher materials, the home of the public build (`npm run docs:public`).
 * - `docs/lessons/`: what students may see. The index, and per lesson the lesson page (reading with
 *   numbered notes, key terms, timeline, perspectives, sources, discussion questions) and the quiz.
 * - `docs/teachers/`: what only teachers see. The index, and per lesson the teacher's plan with the
 *   quick key, and the full answer key. No student page links here.
 * - `docs/print/html/`: the printables (scripts/printables.ts), not committed.
 *
 * The Markdown is committed so it reads on a code host; test/docs/lesson-guides.test.ts fails when
 * it is stale. `npm run docs:lessons` regenerates everything.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lesson, ParsedLesson, QuestionOfType, QuestionType } from "../src/index.js";
import { parseLesson } from "../src/schema/index.js";
import { loadLessons } from "./generate-catalog.js";
import { excerptOf, renderAnswerKey, renderGuide } from "./lesson-markdown.js";
import { PRINTABLE_KINDS, PRINTABLE_NAMES, type PrintableKind, printableFile, renderPrintables } from "./printables.js";
import {
  keepLettersApart,
  lessonInFormOrder,
  PRINTED_FORMS,
  renderQuickKey,
  renderStudentForm,
} from "./printed-forms.js";
import { readingGrade } from "./readability.js";
import { TEACHING_ORDER } from "./teaching-order.js";

/** The docs folder; page paths below are relative to it. */
export const docsDir = fileURLToPath(new URL("../docs/", import.meta.url));

/** Where the printables' HTML goes (relative to docs/). */
export const PRINT_HTML = "print/html";

/** The folders (relative to docs/) whose Markdown this script owns, plus the two home pages. */
export const GENERATED_DIRS = ["lessons", "teachers"] as const;

/**
 * The notice that a page is generated, as a field of its front matter: the site renders Markdown
 * with raw HTML off, so an HTML comment would show as text. (The home pages have no front matter,
 * which TypeDoc does not read in a readme; test/docs/lesson-guides.test.ts guards them.)
 */
const GENERATED = (from: string) =>
  `generated: ${yamlString(`from ${from} by scripts/docs-lessons.ts; do not edit, run npm run docs:lessons`)}`;

/** Front matter: the generated notice and any fields. */
const frontMatter = (from: string, fields: string[] = []) => ["---", GENERATED(from), ...fields, "---", ""];

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
/** Text in a Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

function page(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}

/** The lessons in teaching order; a lesson the order does not name comes last, by id. */
export function inTeachingOrder<T extends { id: string }>(lessons: readonly T[]): T[] {
  const rank = new Map(TEACHING_ORDER.flatMap((u) => u.lessons).map((id, i) => [id, i]));
  return [...lessons].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.id.localeCompare(b.id));
}

/** The units in order, each with its lessons, skipping units with none. */
function units(lessons: readonly Lesson[]) {
  return TEACHING_ORDER.map((unit) => ({
    ...unit,
    members: inTeachingOrder(lessons.filter((l) => l.topic === unit.topic)),
  })).filter((u) => u.members.length > 0);
}

/** A link to a printable's HTML from a page in `from` (a folder relative to docs/). */
const printLink = (from: string, lesson: Lesson, kind: PrintableKind) =>
  `${from === "" ? "./" : "../"}${PRINT_HTML}/${printableFile(lesson.id, kind, "html")}`;

/** What a lesson offers on paper: the student printables always, the teacher's plan for teachers. */
function printables(from: string, lesson: Lesson, audience: "teacher" | "public"): string {
  const kinds = PRINTABLE_KINDS.filter((k) => audience === "teacher" || k !== "plan");
  const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
  return kinds.map((k) => `[${lower(PRINTABLE_NAMES[k])}](${printLink(from, lesson, k)})`).join(" · ");
}

const standardsLine = (lesson: Lesson) =>
  lesson.standards.length ? lesson.standards.map((s) => `${s.framework} ${s.code}`).join(", ") : "none listed";

/**
 * The home page: lessons by topic in teaching order, each with what a teacher needs to choose it.
 * The public variant leaves out the teacher materials and says so.
 */
export function renderHome(lessons: readonly Lesson[], audience: "teacher" | "public"): string {
  const from = audience === "teacher" ? "" : "public";
  const up = from === "" ? "./" : "../";
  let n = 0;
  return page([
    "Sourced civics lessons on the separation of powers, wartime statutes and detainee transfers, ready to teach: a reading, a classroom activity, printable handouts and a quiz in two forms for each, with a typed quiz engine for developers.",
    "",
    "## For teachers",
    "",
    audience === "teacher"
      ? `Each lesson below has a **student page** (the reading, key terms, timeline, perspectives and sources, with numbered notes) and a **quiz** for students; the **teacher's plan** (timed procedure, activity, supports for English learners, extensions, writing task with rubric, exit ticket, quick key) and the **answer key** are under [Teacher materials](${up}teachers/README.md), kept off the student pages. Every printable prints on US Letter or A4 with each question, role card and rubric whole on one page.`
      : "Each lesson below has a **student page** (the reading, key terms, timeline, perspectives and sources, with numbered notes), printable handouts and a **quiz** in two forms. This public edition leaves out the teacher materials (plans and answer keys); build the teacher edition with `npm run docs`.",
    "",
    "**Search** the full text of every lesson with the search box at the top: try *impeachment* or *Marbury*.",
    "",
    ...units(lessons).flatMap((unit) => [
      `## ${unit.title}`,
      "",
      `*Teaching order: ${unit.why}*`,
      "",
      ...unit.members.flatMap((lesson) => [
        `### ${++n}. [${lesson.title}](${up}lessons/${lesson.id}.md)`,
        "",
        lesson.summary,
        "",
        `- **Grades** ${lesson.gradeBands.join(", ")} · **${lesson.estimatedMinutes} minutes** · reading grade ${readingGrade(lesson).toFixed(1)} · facts as of ${lesson.asOf}`,
        `- **Standards:** ${standardsLine(lesson)}`,
        `- **Print:** ${printables(from, lesson, audience)}`,
        ...(audience === "teacher"
          ? [
              `- **Teacher:** [plan and quick key](./teachers/${lesson.id}.md) · [answer key](./teachers/${lesson.id}.answer-key.md)`,
            ]
          : []),
        "",
      ]),
    ]),
    "## For developers",
    "",
    "The **API reference** (every export of the package, its schemas and its exporters) is one click away: the *API reference* link at the top of the menu on every page. Guides:",
    "",
    `- [Getting started](${up}guide/getting-started.md): install, the package's entry points, and a quiz in fifteen lines.`,
    `- [Embedding a quiz](${up}guide/embedding-a-quiz.md): public questions in the browser, response shapes and checking a response before it is sent.`,
    `- [Scoring on a server](${up}guide/scoring-on-a-server.md): quizzes, attempts, time limits, hints, results and mastery.`,
    `- [Question types and scoring](${up}guide/question-types.md): the nine question types and every scoring mode, with worked examples.`,
    `- [Authoring a lesson](${up}guide/authoring-a-lesson.md): the content model and the checks a lesson must pass.`,
    `- [Writing questions that measure knowledge](${up}guide/writing-questions.md): the item-writing rules and the lint that checks them.`,
    `- [Exporters](${up}guide/exporters.md): QTI, Moodle GIFT and xAPI.`,
  ]);
}

/** Numbers sources in order of first citation, as `[1]` links to the Notes section. */
class Notes {
  readonly #numbers = new Map<string, number>();
  readonly #lesson: Lesson;

  constructor(lesson: Lesson) {
    this.#lesson = lesson;
  }

  cite(ids: readonly string[]): string {
    return ids
      .map((id) => {
        if (!this.#numbers.has(id)) this.#numbers.set(id, this.#numbers.size + 1);
        return `[[${this.#numbers.get(id)}]](#notes)`;
      })
      .join("");
  }

  list(): string[] {
    return [...this.#numbers.keys()].flatMap((id, i) => {
      const s = this.#lesson.sources.find((x) => x.id === id);
      if (!s) return [];
      const parts = [
        `*${s.title}*`,
        s.pinpoint ? `${s.citation}, ${s.pinpoint}` : s.citation,
        s.publisher ?? "",
        s.date ?? "",
        s.url ? `<${s.url}>` : "",
      ].filter(Boolean);
      return [`${i + 1}. ${parts.join(". ")}.`];
    });
  }
}

/** The student page of a lesson: everything students read, with numbered notes and no ids or keys. */
export function renderLessonPage(lesson: Lesson): string {
  const notes = new Notes(lesson);
  const body = [
    `# ${lesson.title}`,
    "",
    lesson.summary,
    "",
    `*Grades ${lesson.gradeBands.join(", ")} · ${lesson.estimatedMinutes} minutes · facts as of ${lesson.asOf}*`,
    "",
    `**Print:** ${printables("lessons", lesson, "public")} · **On screen:** [the quiz](./${lesson.id}.quiz.md)`,
    "",
    "## What you will learn",
    "",
    ...lesson.objectives.map((o) => `- ${o.text}`),
    "",
    "## Key terms",
    "",
    ...lesson.keyTerms.map((k) => `- **${k.term}**: ${k.definition}`),
    "",
    "## Reading",
    "",
    ...lesson.sections.flatMap((s) => [`### ${s.heading}`, "", s.body, "", `Sources: ${notes.cite(s.sourceIds)}`, ""]),
    ...(lesson.timeline.length
      ? [
          "## Timeline",
          "",
          "| Date | Event |",
          "| --- | --- |",
          ...lesson.timeline.map((t) => `| ${t.date} | ${cell(t.event)} ${notes.cite(t.sourceIds)} |`),
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
            `Sources: ${notes.cite(p.sourceIds)}`,
            "",
          ]),
        ]
      : []),
    ...(lesson.sources.some((s) => s.excerpt)
      ? [
          "## From the sources",
          "",
          ...lesson.sources
            .filter((s) => s.excerpt)
            .flatMap((s) => [`> ${s.excerpt}`, ">", `> — ${s.title} ${notes.cite([s.id])}`, ""]),
        ]
      : []),
    "## Questions to discuss",
    "",
    ...lesson.discussionQuestions.map((d, i) => `${i + 1}. ${d}`),
    "",
  ];
  return page([
    ...frontMatter(`lessons/${lesson.id}/`, ["children:", `  Quiz: ./${lesson.id}.quiz.md`]),
    ...body,
    "## Notes",
    "",
    "The numbers in the text point to these sources.",
    "",
    ...notes.list(),
  ]);
}

/**
 * The student quiz: forms A and B, each with a header to fill in and every question without its
 * answer, its options in the order the engine shows for the form's seed. Each form starts a new
 * printed page.
 */
export function renderQuizPage(lesson: Lesson): string {
  return page([
    ...frontMatter(`lessons/${lesson.id}/`),
    `# Quiz: ${lesson.title}`,
    "",
    `*${plural(lesson.questions.length, "question")}, ${plural(pointsOf(lesson), "point")}. Where it says "Select all that apply", mark every right choice. Forms ${PRINTED_FORMS.map((f) => f.name).join(" and ")} ask the same questions with the options in different orders. For paper, print the [quiz printable](${printLink("lessons", lesson, "quiz")}), which keeps every question whole on one page.*`,
    "",
    ...PRINTED_FORMS.flatMap((form) =>
      keepLettersApart(renderStudentForm(lesson, form, (question) => excerptOf(lesson, question))),
    ),
  ]);
}

/** The teacher's page of a lesson: overview, the plan (when the lesson has one) and the quick key. */
export function renderPlanPage(input: Lesson): string {
  const lesson: ParsedLesson = parseLesson(input);
  const plan = lesson.plan;
  const number = new Map(lesson.objectives.map((o, i) => [o.id, `O${i + 1}`]));
  const refs = (ids: readonly string[]) => ids.map((id) => number.get(id) ?? id).join(", ");
  const materials = new Map(plan?.materials.map((m) => [m.id, m.name]) ?? []);
  let clock = 0;
  return page([
    ...frontMatter(`lessons/${lesson.id}/`, ["children:", `  Answer key: ./${lesson.id}.answer-key.md`]),
    `# Teacher's plan: ${lesson.title}`,
    "",
    `*For teachers. Students see the [lesson page](../lessons/${lesson.id}.md) and the [quiz](../lessons/${lesson.id}.quiz.md).*`,
    "",
    "| Grades | Minutes | Reading grade | Facts as of | Version |",
    "| --- | --- | --- | --- | --- |",
    `| ${lesson.gradeBands.join(", ")} | ${lesson.estimatedMinutes} | ${readingGrade(lesson).toFixed(1)} | ${lesson.asOf} | ${lesson.version} |`,
    "",
    `**Print:** ${printables("teachers", lesson, "teacher")} · [answer key](./${lesson.id}.answer-key.md)`,
    "",
    ...(plan ? ["## Essential question", "", plan.essentialQuestion, ""] : []),
    "## Objectives",
    "",
    ...lesson.objectives.map((o, i) => `- **O${i + 1}** ${o.text}`),
    "",
    "## Standards",
    "",
    ...lesson.standards.map((s) => `- ${s.framework} ${s.code}: ${s.description}`),
    "",
    ...(plan
      ? [
          "## Before class",
          "",
          ...plan.preparation.map((p) => `- ${p}`),
          "",
          "## Materials",
          "",
          "| Material | How many |",
          "| --- | --- |",
          ...plan.materials.map((m) => `| ${cell(m.name)} | ${cell(m.quantity)} |`),
          "",
          `## Procedure (${lesson.estimatedMinutes} minutes)`,
          "",
          ...plan.steps.flatMap((s, i) => {
            const from = clock;
            clock += s.minutes;
            const uses = s.materialIds.map((id) => materials.get(id) ?? id);
            return [
              `### ${i + 1}. ${s.title}`,
              "",
              `*${s.minutes} min (${from}–${clock}) · ${s.phase} · ${refs(s.objectiveIds)}${uses.length ? ` · ${uses.join("; ")}` : ""}*`,
              "",
              s.instructions,
              "",
            ];
          }),
          `## Activity: ${plan.activity.title}`,
          "",
          `**Format:** ${plan.activity.format.replaceAll("-", " ")} · **Grouping:** ${plan.activity.grouping}`,
          "",
          `**Question:** ${plan.activity.question}`,
          "",
          plan.activity.studentInstructions,
          "",
          ...plan.activity.roleCards.flatMap((c) => [`### Role: ${c.role}`, "", c.brief, ""]),
          ...plan.activity.worksheet.flatMap((w, i) => [
            `### Worksheet ${i + 1}`,
            "",
            w.prompt,
            "",
            `*Look for:* ${w.lookFor}`,
            "",
          ]),
          "## Differentiation",
          "",
          "### Words to know",
          "",
          "| Word | In plain words |",
          "| --- | --- |",
          ...plan.differentiation.glossary.map((g) => `| ${cell(g.term)} | ${cell(g.plain)} |`),
          "",
          "### Sentence starters",
          "",
          ...plan.differentiation.sentenceFrames.map((f) => `- ${f.replaceAll("___", "\\_\\_\\_")}`),
          "",
          ...(plan.differentiation.supports.length
            ? ["### Supports", "", ...plan.differentiation.supports.map((s) => `- ${s}`), ""]
            : []),
          "### Extensions",
          "",
          ...plan.differentiation.extensions.flatMap((e) => [`- **${e.title}.** ${e.task}`]),
          "",
          "## Writing task",
          "",
          plan.writing.prompt,
          "",
          `*Objectives: ${refs(plan.writing.objectiveIds)}*`,
          "",
          "| Criterion | 4 Exceeds | 3 Meets | 2 Approaching | 1 Beginning |",
          "| --- | --- | --- | --- | --- |",
          ...plan.writing.rubric.map(
            (r) =>
              `| ${cell(r.criterion)} | ${cell(r.exceeds)} | ${cell(r.meets)} | ${cell(r.approaching)} | ${cell(r.beginning)} |`,
          ),
          "",
          "## Exit ticket",
          "",
          ...plan.exitTicket.flatMap((t, i) => [
            `${i + 1}. ${t.prompt} *(${refs(t.objectiveIds)})* Look for: ${t.lookFor}`,
          ]),
          "",
        ]
      : ["*This lesson has no plan yet.*", ""]),
    ...renderQuickKey(lesson, PRINTED_FORMS).map((line) =>
      line.replace(`(./${lesson.id}.quiz.md)`, `(../lessons/${lesson.id}.quiz.md)`),
    ),
  ]);
}

/** The answer key: scoring at a glance, every answer with its explanation, and the full sources. */
export function renderAnswerKeyPage(lesson: Lesson): string {
  const guide = renderGuide(lesson);
  const sources = guide.slice(guide.indexOf("## Sources"));
  return page([
    ...frontMatter(`lessons/${lesson.id}/`),
    `# Answer key: ${lesson.title}`,
    "",
    `*For teachers: do not hand out. The student version is the [quiz](../lessons/${lesson.id}.quiz.md); the plan is the [teacher's plan](./${lesson.id}.md).*`,
    "",
    ...renderQuickKey(lesson, PRINTED_FORMS).map((line) =>
      line.replace(`(./${lesson.id}.quiz.md)`, `(../lessons/${lesson.id}.quiz.md)`),
    ),
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

/** The student index: every lesson by topic in teaching order, without teacher materials. */
export function renderIndexPage(lessons: readonly Lesson[]): string {
  const all = units(lessons);
  return page([
    ...frontMatter("the lessons/ folders", [
      "title: Lessons",
      "children:",
      ...all.flatMap((u) => u.members.map((l) => `  ${yamlString(l.title)}: ./${l.id}.md`)),
    ]),
    "# Lessons",
    "",
    `${plural(lessons.length, "lesson")} in three units, in the order they are meant to be taught. Each lesson has a page to read (the reading, key terms, timeline, perspectives and sources) and a quiz in two forms; the printables are the same material laid out for paper.`,
    "",
    ...all.flatMap((u) => [
      `## ${u.title}`,
      "",
      ...u.members.flatMap((l, i) => [
        `${i + 1}. **[${l.title}](./${l.id}.md)**: ${l.summary} *(Grades ${l.gradeBands.join(", ")}, ${l.estimatedMinutes} minutes.)* [Quiz](./${l.id}.quiz.md) · Print: ${printables("lessons", l, "public")}`,
      ]),
      "",
    ]),
  ]);
}

/** The teachers' index: plans and answer keys by topic in teaching order. */
export function renderTeachersIndex(lessons: readonly Lesson[]): string {
  const all = units(lessons);
  return page([
    ...frontMatter("the lessons/ folders", [
      "title: Teacher materials",
      "children:",
      ...all.flatMap((u) => u.members.map((l) => `  ${yamlString(l.title)}: ./${l.id}.md`)),
    ]),
    "# Teacher materials",
    "",
    "For each lesson: the **teacher's plan** (essential question, preparation, materials, a timed procedure, the classroom activity, supports for English learners and extensions, a writing task with a four-level rubric, the exit ticket) with the **quick key** for both quiz forms, and the full **answer key** with explanations and scoring. Student pages never link here. A public build of the site (`npm run docs:public`) leaves this section out.",
    "",
    ...all.flatMap((u) => [
      `## ${u.title}`,
      "",
      `*${u.why}*`,
      "",
      "| Lesson | Minutes | Activity | Plan | Answer key |",
      "| --- | --- | --- | --- | --- |",
      ...u.members.map(
        (l) =>
          `| ${cell(l.title)} | ${l.estimatedMinutes} | ${l.plan ? cell(l.plan.activity.title) : "none yet"} | [plan](./${l.id}.md) · [print](${printLink("teachers", l, "plan")}) | [key](./${l.id}.answer-key.md) |`,
      ),
      "",
    ]),
  ]);
}

/** Every Markdown page, keyed by its path under docs/. */
export function renderLessonDocs(lessons: readonly Lesson[]): Map<string, string> {
  const pages = new Map<string, string>([
    ["README.md", renderHome(lessons, "teacher")],
    ["public/README.md", renderHome(lessons, "public")],
    ["lessons/README.md", renderIndexPage(lessons)],
    ["teachers/README.md", renderTeachersIndex(lessons)],
  ]);
  for (const lesson of lessons) {
    pages.set(`lessons/${lesson.id}.md`, renderLessonPage(lesson));
    pages.set(`lessons/${lesson.id}.quiz.md`, renderQuizPage(lesson));
    pages.set(`teachers/${lesson.id}.md`, renderPlanPage(lesson));
    pages.set(`teachers/${lesson.id}.answer-key.md`, renderAnswerKeyPage(lesson));
  }
  return pages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lessons = await loadLessons();
  const pages = renderLessonDocs(lessons);
  for (const dir of [...GENERATED_DIRS, "public"]) {
    mkdirSync(docsDir + dir, { recursive: true });
    for (const name of readdirSync(docsDir + dir)) {
      if (name.endsWith(".md") && !pages.has(`${dir}/${name}`)) rmSync(`${docsDir}${dir}/${name}`);
    }
  }
  for (const [path, text] of pages) {
    mkdirSync(dirname(docsDir + path), { recursive: true });
    writeFileSync(docsDir + path, text);
  }
  rmSync(docsDir + PRINT_HTML, { recursive: true, force: true });
  mkdirSync(docsDir + PRINT_HTML, { recursive: true });
  let printed = 0;
  for (const lesson of lessons) {
    for (const p of renderPrintables(lesson)) {
      writeFileSync(`${docsDir}${PRINT_HTML}/${printableFile(lesson.id, p.kind, "html")}`, p.html);
      printed++;
    }
  }
  console.log(`docs: ${pages.size} pages, ${printed} printables`);
}
