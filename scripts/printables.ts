/**
 * The printables of a lesson as self-contained HTML pages: the student handout, the activity
 * materials, the quiz (forms A and B) and the teacher's plan with the quick key. `npm run
 * docs:print` turns them into US Letter and A4 PDFs with Chromium (scripts/print-pdfs.ts), and the
 * docs site links to them.
 *
 * Lesson text is Markdown rendered by markdown-it with raw HTML off, so a `<script>` or an
 * `onload=` in a lesson prints as text and never runs. Everything that must stay on one sheet (a
 * question, a role card, the rubric, an exit ticket) is a `.box`; the PDF test checks that none is
 * split across pages. Student pages carry no ids, no source slugs and nothing from the key.
 */
import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import type { Lesson, ParsedLesson, Question } from "../src/index.js";
import { parseLesson } from "../src/schema/index.js";
import { excerptOf } from "./lesson-markdown.js";
import {
  keepLettersApart,
  letterOf,
  PRINTED_FORMS,
  type PrintedForm,
  quickAnswer,
  shownAs,
  studentLines,
} from "./printed-forms.js";
import { readingGrade } from "./readability.js";

/** The four printables of a lesson. */
export const PRINTABLE_KINDS = ["handout", "activity", "quiz", "plan"] as const;

/** One of {@link PRINTABLE_KINDS}. */
export type PrintableKind = (typeof PRINTABLE_KINDS)[number];

/** One printable page of a lesson. */
export interface Printable {
  /** The lesson it belongs to. */
  lessonId: string;
  /** Which printable. */
  kind: PrintableKind;
  /** Who it is for: student pages never carry key material. */
  audience: "student" | "teacher";
  /** Its title, also the PDF's running footer. */
  title: string;
  /** The whole page. */
  html: string;
}

/** What each printable is called on the page and in lists of materials. */
export const PRINTABLE_NAMES: { [K in PrintableKind]: string } = {
  handout: "Student handout",
  activity: "Activity materials",
  quiz: "Quiz forms A and B",
  plan: "Teacher's plan and quick key",
};

/** The file name of a printable, the same for its HTML and its PDFs: `<id>.<kind>.html`. */
export const printableFile = (lessonId: string, kind: PrintableKind, extension: "html" | "pdf"): string =>
  `${lessonId}.${kind}.${extension}`;

// Raw HTML off: lesson text can never become markup. Links keep markdown-it's protocol check,
// which drops javascript:, vbscript:, file: and data: targets.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const CSS_URL = new URL("../docs/assets/printables.css", import.meta.url);

/** Text as HTML: `<`, `>`, `&` and quotes escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const block = (text: string): string => markdown.render(text);
const inline = (text: string): string => markdown.renderInline(text);
const lines = (n: number): string =>
  n > 0 ? `<div class="lines">${'<span class="line"></span>'.repeat(n)}</div>` : "";
const box = (label: string, body: string, extra = ""): string =>
  `<section class="box${extra ? ` ${extra}` : ""}" data-box="${escapeHtml(label)}">${body}</section>`;

const NAME_LINE = '<p class="name-line">Name: ______________________ Class: __________ Date: __________</p>';

function page(lesson: ParsedLesson, kind: PrintableKind, body: string[]): string {
  const title = `${PRINTABLE_NAMES[kind]}: ${lesson.title}`;
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lesson.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${readFileSync(CSS_URL, "utf8")}</style>`,
    "</head>",
    `<body class="printable printable-${kind}">`,
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(lesson: ParsedLesson, kind: PrintableKind, meta: string, withName: boolean): string {
  return [
    "<header>",
    `<p class="doc-kind">${escapeHtml(PRINTABLE_NAMES[kind])}</p>`,
    `<h1>${escapeHtml(lesson.title)}</h1>`,
    `<p class="doc-meta">${meta}</p>`,
    withName ? NAME_LINE : "",
    "</header>",
  ].join("\n");
}

/** Numbers sources in the order a page first cites them, for footnotes instead of slugs. */
class Footnotes {
  readonly #numbers = new Map<string, number>();
  readonly #lesson: ParsedLesson;

  constructor(lesson: ParsedLesson) {
    this.#lesson = lesson;
  }

  /** Superscript note numbers for these source ids. */
  cite(ids: readonly string[]): string {
    const numbers = ids.map((id) => {
      if (!this.#numbers.has(id)) this.#numbers.set(id, this.#numbers.size + 1);
      return this.#numbers.get(id);
    });
    return numbers.length ? `<sup class="fn">${numbers.join(", ")}</sup>` : "";
  }

  /** The numbered notes: each source's title, citation, publisher, date and link. */
  list(): string {
    const items = [...this.#numbers.keys()].flatMap((id) => {
      const s = this.#lesson.sources.find((x) => x.id === id);
      if (!s) return [];
      const parts = [
        `<cite>${escapeHtml(s.title)}</cite>`,
        escapeHtml(s.pinpoint ? `${s.citation}, ${s.pinpoint}` : s.citation),
        s.publisher ? escapeHtml(s.publisher) : "",
        s.date ? escapeHtml(s.date) : "",
        s.url ? escapeHtml(s.url) : "",
      ].filter(Boolean);
      return [`<li>${parts.join(". ")}.</li>`];
    });
    return `<ol class="notes">${items.join("")}</ol>`;
  }
}

const minutesText = (lesson: ParsedLesson) =>
  `Grades ${escapeHtml(lesson.gradeBands.join(", "))} · ${lesson.estimatedMinutes} minutes · facts as of ${escapeHtml(lesson.asOf)}`;

/** The student handout: what students read and answer, with numbered notes instead of source ids. */
export function renderHandout(lesson: ParsedLesson): string {
  const notes = new Footnotes(lesson);
  const plan = lesson.plan;
  const body = [
    header(lesson, "handout", minutesText(lesson), true),
    "<h2>What you will learn</h2>",
    `<ul>${lesson.objectives.map((o) => `<li>${inline(o.text)}</li>`).join("")}</ul>`,
    "<h2>Key terms</h2>",
    ...lesson.keyTerms.map(
      (k) => `<p class="term"><strong>${escapeHtml(k.term)}:</strong> ${inline(k.definition)}</p>`,
    ),
    "<h2>Reading</h2>",
    ...lesson.sections.map((s) => `<h3>${escapeHtml(s.heading)}</h3>${block(s.body)}${notes.cite(s.sourceIds)}`),
    ...(lesson.timeline.length
      ? [
          "<h2>Timeline</h2>",
          `<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>${lesson.timeline
            .map((t) => `<tr><td>${escapeHtml(t.date)}</td><td>${inline(t.event)}${notes.cite(t.sourceIds)}</td></tr>`)
            .join("")}</tbody></table>`,
        ]
      : []),
    ...(lesson.perspectives.length
      ? [
          "<h2>Perspectives</h2>",
          ...lesson.perspectives.map((p) =>
            box("perspective", `<h3>${escapeHtml(p.label)}</h3>${block(p.argument)}${notes.cite(p.sourceIds)}`),
          ),
        ]
      : []),
    ...(lesson.sources.some((s) => s.excerpt)
      ? [
          "<h2>From the sources</h2>",
          ...lesson.sources
            .filter((s) => s.excerpt)
            .map(
              (s) =>
                `<blockquote>${block(s.excerpt ?? "")}<p>— ${escapeHtml(s.title)}${notes.cite([s.id])}</p></blockquote>`,
            ),
        ]
      : []),
    "<h2>Questions to discuss</h2>",
    "<p>Write a short answer to each question before the discussion. There is no single right answer: use the reading to support yours.</p>",
    ...lesson.discussionQuestions.map((d, i) =>
      box(`discussion-${i + 1}`, `<p><span class="box-label">${i + 1}.</span> ${inline(d)}</p>${lines(4)}`),
    ),
    ...(plan
      ? [
          '<h2 class="sheet">Writing task</h2>',
          box("writing", `${block(plan.writing.prompt)}<p>Write your answer on lined paper.</p>`),
          box("rubric", `<h3>How your writing will be scored</h3>${rubricTable(plan)}`),
        ]
      : []),
    "<h2>Notes</h2>",
    "<p>The numbers in the text point to these sources.</p>",
    notes.list(),
  ];
  return page(lesson, "handout", body);
}

function rubricTable(plan: NonNullable<ParsedLesson["plan"]>): string {
  const head =
    "<tr><th>Criterion</th><th>4 Exceeds</th><th>3 Meets</th><th>2 Approaching</th><th>1 Beginning</th></tr>";
  const rows = plan.writing.rubric.map(
    (r) =>
      `<tr><th>${escapeHtml(r.criterion)}</th><td>${escapeHtml(r.exceeds)}</td><td>${escapeHtml(r.meets)}</td><td>${escapeHtml(r.approaching)}</td><td>${escapeHtml(r.beginning)}</td></tr>`,
  );
  return `<table class="rubric"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table><p class="doc-meta">Each criterion is scored from 4 (exceeds the standard) to 1 (beginning).</p>`;
}

/** The activity materials: instructions, role cards or worksheet, supports and the exit ticket slip. */
export function renderActivity(lesson: ParsedLesson): string {
  const plan = lesson.plan;
  if (!plan) return page(lesson, "activity", [header(lesson, "activity", minutesText(lesson), false)]);
  const { activity, differentiation } = plan;
  const body = [
    header(lesson, "activity", `${escapeHtml(activity.title)} · ${escapeHtml(activity.grouping)}`, true),
    box("instructions", `<h2>${escapeHtml(activity.question)}</h2>${block(activity.studentInstructions)}`),
    ...(activity.roleCards.length
      ? [
          "<h2>Role cards</h2>",
          "<p>Cut along the dashed lines. Each student or pair takes one card.</p>",
          ...activity.roleCards.map((card) =>
            box(`role-${card.id}`, `<h3>${escapeHtml(card.role)}</h3>${block(card.brief)}${lines(3)}`, "cut"),
          ),
        ]
      : []),
    ...(activity.worksheet.length
      ? [
          "<h2>Worksheet</h2>",
          ...activity.worksheet.map((w, i) =>
            box(
              `worksheet-${i + 1}`,
              `<p><span class="box-label">${i + 1}.</span></p>${block(w.prompt)}${lines(w.lines)}`,
            ),
          ),
        ]
      : []),
    '<h2 class="sheet">Words to know</h2>',
    `<table class="glossary"><tbody>${differentiation.glossary
      .map((g) => `<tr><th>${escapeHtml(g.term)}</th><td>${escapeHtml(g.plain)}</td></tr>`)
      .join("")}</tbody></table>`,
    box(
      "sentence-frames",
      `<h3>Sentence starters</h3><ul>${differentiation.sentenceFrames.map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul>`,
    ),
    '<h2 class="sheet">Exit ticket</h2>',
    box(
      "exit-ticket",
      `${NAME_LINE}${plan.exitTicket
        .map((t, i) => `<p><span class="box-label">${i + 1}.</span> ${escapeHtml(t.prompt)}</p>${lines(3)}`)
        .join("")}`,
      "cut",
    ),
  ];
  return page(lesson, "activity", body);
}

function questionBox(lesson: ParsedLesson, question: Question, i: number, form: PrintedForm): string {
  const points = question.points ?? 1;
  const label = `<p><span class="box-label">${i + 1}.</span> <span class="points">(${points} point${points === 1 ? "" : "s"})</span></p>`;
  const excerpt = excerptOf(lesson, question);
  const content = [
    inlineBlock(question.prompt),
    ...(excerpt.length ? [block(excerpt.join("\n"))] : []),
    block(keepLettersApart(studentLines(shownAs(question, form))).join("\n")),
  ];
  return box(`form-${form.name.toLowerCase()}-q${i + 1}`, `${label}${content.join("")}`);
}

const inlineBlock = (text: string): string => `<div class="prompt">${block(text)}</div>`;

/** The quiz: forms A and B, each on its own sheets, every question in a box with room to answer. */
export function renderQuiz(lesson: ParsedLesson): string {
  const points = lesson.questions.reduce((sum, q) => sum + (q.points ?? 1), 0);
  const body = [
    header(
      lesson,
      "quiz",
      `${lesson.questions.length} questions · ${points} points · version ${escapeHtml(lesson.version)}`,
      false,
    ),
    ...PRINTED_FORMS.flatMap((form, f) => [
      `<h2${f > 0 ? ' class="sheet"' : ""}>Form ${escapeHtml(form.name)}</h2>`,
      NAME_LINE,
      `<p class="doc-meta">Form ${escapeHtml(form.name)} · seed ${escapeHtml(form.seed)}. Where it says "Select all that apply", mark every right choice.</p>`,
      ...lesson.questions.map((q, i) => questionBox(lesson, q, i, form)),
    ]),
  ];
  return page(lesson, "quiz", body);
}

/** The teacher's plan: overview, procedure with minutes, activity notes, supports, writing, exit ticket, quick key. */
export function renderPlan(lesson: ParsedLesson): string {
  const plan = lesson.plan;
  const meta = `${minutesText(lesson)} · reading grade ${readingGrade(lesson).toFixed(1)} · version ${escapeHtml(lesson.version)}`;
  if (!plan) return page(lesson, "plan", [header(lesson, "plan", meta, false), quickKey(lesson)]);
  const objectiveNumber = new Map(lesson.objectives.map((o, i) => [o.id, i + 1]));
  const objectiveRefs = (ids: readonly string[]) => ids.map((id) => `O${objectiveNumber.get(id)}`).join(", ");
  const materialName = new Map(plan.materials.map((m) => [m.id, m.name]));
  let clock = 0;
  const body = [
    header(lesson, "plan", meta, false),
    box(
      "essential-question",
      `<p><span class="box-label">Essential question:</span> ${escapeHtml(plan.essentialQuestion)}</p>`,
    ),
    "<h2>Objectives</h2>",
    `<ul class="labelled">${lesson.objectives.map((o, i) => `<li><strong>O${i + 1}</strong> ${inline(o.text)}</li>`).join("")}</ul>`,
    "<h2>Standards</h2>",
    `<ul>${lesson.standards.map((s) => `<li>${escapeHtml(`${s.framework} ${s.code}`)}: ${escapeHtml(s.description)}</li>`).join("")}</ul>`,
    "<h2>Before class</h2>",
    `<ul>${plan.preparation.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`,
    "<h2>Materials</h2>",
    `<table><thead><tr><th>Material</th><th>How many</th></tr></thead><tbody>${plan.materials
      .map((m) => `<tr><td>${escapeHtml(m.name)}</td><td>${escapeHtml(m.quantity)}</td></tr>`)
      .join("")}</tbody></table>`,
    `<h2>Procedure (${lesson.estimatedMinutes} minutes)</h2>`,
    ...plan.steps.map((s, i) => {
      const from = clock;
      clock += s.minutes;
      const uses = s.materialIds.map((id) => materialName.get(id) ?? id).join("; ");
      return box(
        `step-${i + 1}`,
        `<h3>${i + 1}. ${escapeHtml(s.title)} <span class="doc-meta">(${s.minutes} min, ${from}–${clock}; ${escapeHtml(s.phase)}; ${objectiveRefs(s.objectiveIds)})</span></h3>${block(s.instructions)}${uses ? `<p><em>Materials:</em> ${escapeHtml(uses)}</p>` : ""}`,
      );
    }),
    `<h2>Activity: ${escapeHtml(plan.activity.title)}</h2>`,
    `<p><strong>Format:</strong> ${escapeHtml(plan.activity.format.replaceAll("-", " "))} · <strong>Grouping:</strong> ${escapeHtml(plan.activity.grouping)}</p>`,
    `<p><strong>Question:</strong> ${escapeHtml(plan.activity.question)}</p>`,
    ...(plan.activity.roleCards.length
      ? [`<p><strong>Roles:</strong> ${plan.activity.roleCards.map((c) => escapeHtml(c.role)).join("; ")}</p>`]
      : []),
    ...plan.activity.worksheet.map((w, i) =>
      box(
        `worksheet-key-${i + 1}`,
        `<p><span class="box-label">Worksheet ${i + 1}.</span></p>${block(w.prompt)}<p class="teacher-only">Look for: ${escapeHtml(w.lookFor)}</p>`,
      ),
    ),
    "<h2>Differentiation</h2>",
    "<h3>Supports</h3>",
    `<ul>${[...plan.differentiation.supports, "Words to know (plain-words glossary) and sentence starters are on the last sheets of the activity materials."].map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ul>`,
    "<h3>Extensions</h3>",
    ...plan.differentiation.extensions.map((e) =>
      box("extension", `<p><strong>${escapeHtml(e.title)}.</strong></p>${block(e.task)}`),
    ),
    "<h2>Writing task</h2>",
    box(
      "writing",
      `${block(plan.writing.prompt)}<p class="doc-meta">Objectives: ${objectiveRefs(plan.writing.objectiveIds)}</p>`,
    ),
    box("rubric", `<p class="box-label">Rubric for the writing task</p>${rubricTable(plan)}`),
    "<h2>Exit ticket</h2>",
    ...plan.exitTicket.map((t, i) =>
      box(
        `exit-${i + 1}`,
        `<p><span class="box-label">${i + 1}.</span> ${escapeHtml(t.prompt)} <span class="doc-meta">(${objectiveRefs(t.objectiveIds)})</span></p><p class="teacher-only">Look for: ${escapeHtml(t.lookFor)}</p>`,
      ),
    ),
    quickKey(lesson),
  ];
  return page(lesson, "plan", body);
}

/** The quick key on a sheet of its own: question number → answer in each form's letters. */
function quickKey(lesson: ParsedLesson): string {
  const head = `<tr><th>#</th>${PRINTED_FORMS.map((f) => `<th>Form ${escapeHtml(f.name)}</th>`).join("")}</tr>`;
  const rows = lesson.questions.map(
    (q, i) =>
      `<tr><td>${i + 1}</td>${PRINTED_FORMS.map((f) => `<td>${escapeHtml(quickAnswer(q, shownAs(q, f)))}</td>`).join("")}</tr>`,
  );
  return [
    '<h2 class="sheet">Quick key</h2>',
    `<p class="doc-meta">Answers in the letters of each form (seeds ${PRINTED_FORMS.map((f) => escapeHtml(f.seed)).join(", ")}). Letters run ${letterOf(0)}, ${letterOf(1)}, ${letterOf(2)}… in the order printed on the form.</p>`,
    box(
      "quick-key",
      `<p class="box-label">Answers by question number</p><table class="quick-key"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table><p class="doc-meta">Both forms ask the same questions in the same order; only the letters of the options differ.</p>`,
    ),
  ].join("\n");
}

const RENDER: { [K in PrintableKind]: (lesson: ParsedLesson) => string } = {
  handout: renderHandout,
  activity: renderActivity,
  quiz: renderQuiz,
  plan: renderPlan,
};

/**
 * Every printable of a lesson. A lesson without a plan still gets a handout, its quiz and a plan
 * page with the quick key.
 *
 * @example
 * renderPrintables(lesson).map((p) => p.kind)
 * //=> ["handout", "activity", "quiz", "plan"]
 */
export function renderPrintables(input: Lesson): Printable[] {
  const lesson = parseLesson(input);
  return PRINTABLE_KINDS.map((kind) => ({
    lessonId: lesson.id,
    kind,
    audience: kind === "plan" ? "teacher" : "student",
    title: `${PRINTABLE_NAMES[kind]}: ${lesson.title}`,
    html: RENDER[kind](lesson),
  }));
}
