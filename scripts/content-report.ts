/**
 * Plain-text report for editors: which lessons' `asOf` dates are too old, plus per-lesson counts
 * (words, questions by type, sources by kind, perspectives, reading grade).
 * Usage: npx tsx scripts/content-report.ts [--today YYYY-MM-DD] [--max-age-days 180] [--fail-on-stale]
 * (`npm run content:report`). Only the command line falls back to the current date; the functions
 * below always take `today` as an argument.
 */
import { IsoDateSchema, QUESTION_TYPES, SourceKindSchema } from "../src/schema/index.js";
import type { Lesson, QuestionType, SourceKind } from "../src/schema/types.js";
import { assessmentReport } from "./assessment-report.js";
import { loadLessons } from "./generate-catalog.js";
import { lessonReading, readingBudget, readingStats } from "./readability.js";

/** When a lesson counts as stale. */
export interface ReportOptions {
  /** The reference date, `YYYY-MM-DD`. */
  today: string;
  /** A lesson whose `asOf` is more than this many days before `today` is stale. */
  maxAgeDays: number;
}

/** One lesson's line of the report. */
export interface LessonReportRow {
  id: string;
  version: string;
  asOf: string;
  /** Days from `asOf` to `today`; negative when `asOf` is in the future. */
  ageDays: number;
  /** `asOf` is more than `maxAgeDays` old. */
  stale: boolean;
  /** Words of the reading, counted as scripts/check-lesson.ts counts them (Markdown included). */
  words: number;
  /** Flesch-Kincaid grade of the reading. */
  grade: number;
  /** The grade budget of the lesson's lowest grade band. */
  gradeBudget: number;
  questionsByType: Record<QuestionType, number>;
  sourcesByKind: Record<SourceKind, number>;
  perspectives: number;
}

/** The default `--max-age-days`. */
export const DEFAULT_MAX_AGE_DAYS = 180;

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Whole days from `from` to `to`, both `YYYY-MM-DD`.
 *
 * @example
 * daysBetween("2026-02-28", "2026-11-28")
 * //=> 273
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** The report row of one lesson. */
export function reportRow(lesson: Lesson, options: ReportOptions): LessonReportRow {
  const ageDays = daysBetween(lesson.asOf, options.today);
  const words = lesson.sections
    .flatMap((section) => section.body.split(/\s+/))
    .filter((word) => /[A-Za-z0-9]/.test(word)).length;
  return {
    id: lesson.id,
    version: lesson.version,
    asOf: lesson.asOf,
    ageDays,
    stale: ageDays > options.maxAgeDays,
    words,
    grade: readingStats(lessonReading(lesson)).grade,
    gradeBudget: readingBudget(lesson.gradeBands),
    questionsByType: countBy(
      QUESTION_TYPES,
      lesson.questions.map((q) => q.type),
    ),
    sourcesByKind: countBy(
      SourceKindSchema.options,
      lesson.sources.map((s) => s.kind),
    ),
    perspectives: lesson.perspectives.length,
  };
}

/** A plain-text table; `align` has one letter per column, `l` or `r` (default: first left, rest right). */
function table(header: readonly string[], rows: readonly (readonly string[])[], align = "l"): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => ((align[i] ?? "r") === "l" ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const QUESTION_ABBREVIATIONS: Record<QuestionType, string> = {
  "single-choice": "SC",
  "multiple-choice": "MC",
  "true-false": "TF",
  "short-text": "ST",
  numeric: "NU",
  ordering: "OR",
  matching: "MA",
  cloze: "CL",
  categorize: "CA",
};

const SOURCE_ABBREVIATIONS: Record<SourceKind, string> = {
  constitution: "CON",
  statute: "STA",
  case: "CAS",
  treaty: "TRE",
  "executive-action": "EXE",
  "court-filing": "FIL",
  report: "REP",
  news: "NEW",
  other: "OTH",
};

function legend(abbreviations: Record<string, string>): string {
  return Object.entries(abbreviations)
    .map(([name, short]) => `${short} ${name}`)
    .join(", ");
}

/**
 * The report as plain text: stale lessons first, then an overview table and the question and source
 * counts per lesson.
 *
 * @example
 * contentReport(lessons, { today: "2026-11-28", maxAgeDays: 180 })
 * //=> "Content report: 13 lessons on 2026-11-28 ..."
 */
export function contentReport(lessons: readonly Lesson[], options: ReportOptions): string {
  const rows = [...lessons].sort((a, b) => a.id.localeCompare(b.id)).map((lesson) => reportRow(lesson, options));
  const stale = rows.filter((row) => row.stale).sort((a, b) => b.ageDays - a.ageDays || a.id.localeCompare(b.id));
  const future = rows.filter((row) => row.ageDays < 0);
  const overBudget = rows.filter((row) => row.grade > row.gradeBudget);
  const out: string[] = [
    `Content report: ${rows.length} lessons on ${options.today}; stale when asOf is more than ${options.maxAgeDays} days old.`,
    "",
  ];

  if (stale.length === 0) {
    out.push("No stale lessons.");
  } else {
    out.push(`Needs review (${stale.length} stale):`);
    out.push(
      ...table(
        ["Lesson", "As of", "Days"],
        stale.map((row) => [row.id, row.asOf, String(row.ageDays)]),
        "llr",
      ).map((line) => `  ${line}`),
    );
  }
  if (future.length)
    out.push("", `asOf after ${options.today} (check the date): ${future.map((r) => r.id).join(", ")}`);
  if (overBudget.length) {
    const list = overBudget.map((r) => `${r.id} ${r.grade.toFixed(1)} > ${r.gradeBudget}`).join(", ");
    out.push("", `Reading grade over budget: ${list}`);
  }

  out.push("", "Overview (Grade: Flesch-Kincaid grade of the reading / budget of the lowest grade band):");
  out.push(
    ...table(
      ["Lesson", "Version", "As of", "Days", "Status", "Words", "Grade", "Questions", "Sources", "Perspectives"],
      rows.map((row) => [
        row.id,
        row.version,
        row.asOf,
        String(row.ageDays),
        row.stale ? "STALE" : row.ageDays < 0 ? "FUTURE" : "ok",
        String(row.words),
        `${row.grade.toFixed(1)}/${row.gradeBudget}`,
        String(sum(Object.values(row.questionsByType))),
        String(sum(Object.values(row.sourcesByKind))),
        String(row.perspectives),
      ]),
      "lllrl",
    ),
  );

  out.push("", `Questions by type (${legend(QUESTION_ABBREVIATIONS)}):`);
  const types = QUESTION_TYPES.filter((type) => rows.some((row) => row.questionsByType[type] > 0));
  const questionRows = rows.map((row) => [
    row.id,
    ...types.map((type) => String(row.questionsByType[type])),
    String(sum(Object.values(row.questionsByType))),
  ]);
  questionRows.push([
    "all lessons",
    ...types.map((type) => String(sum(rows.map((row) => row.questionsByType[type])))),
    String(sum(rows.map((row) => sum(Object.values(row.questionsByType))))),
  ]);
  out.push(...table(["Lesson", ...types.map((type) => QUESTION_ABBREVIATIONS[type]), "Total"], questionRows));

  out.push("", `Sources by kind (${legend(SOURCE_ABBREVIATIONS)}):`);
  const kinds = SourceKindSchema.options.filter((kind) => rows.some((row) => row.sourcesByKind[kind] > 0));
  const sourceRows = rows.map((row) => [
    row.id,
    ...kinds.map((kind) => String(row.sourcesByKind[kind])),
    String(sum(Object.values(row.sourcesByKind))),
  ]);
  sourceRows.push([
    "all lessons",
    ...kinds.map((kind) => String(sum(rows.map((row) => row.sourcesByKind[kind])))),
    String(sum(rows.map((row) => sum(Object.values(row.sourcesByKind))))),
  ]);
  out.push(...table(["Lesson", ...kinds.map((kind) => SOURCE_ABBREVIATIONS[kind]), "Total"], sourceRows));

  out.push("", ...assessmentReport([...lessons].sort((a, b) => a.id.localeCompare(b.id))));

  return `${out.join("\n")}\n`;
}

/** Command-line options after parsing. */
export interface ReportArguments extends ReportOptions {
  failOnStale: boolean;
}

/**
 * Parses the command line. `defaultToday` is used only when `--today` is absent; the CLI passes the
 * current date, tests pass a fixed one. Throws on a malformed argument.
 */
export function parseReportArguments(argv: readonly string[], defaultToday: string): ReportArguments {
  const options: ReportArguments = { today: defaultToday, maxAgeDays: DEFAULT_MAX_AGE_DAYS, failOnStale: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split("=", 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === "--today") {
      const today = value();
      if (!IsoDateSchema.safeParse(today).success)
        throw new Error(`--today must be a real date YYYY-MM-DD, not "${today}"`);
      options.today = today;
    } else if (flag === "--max-age-days") {
      const days = value();
      if (!/^\d+$/.test(days)) throw new Error(`--max-age-days must be a whole number of days, not "${days}"`);
      options.maxAgeDays = Number(days);
    } else if (flag === "--fail-on-stale") {
      options.failOnStale = true;
    } else {
      throw new Error(`unknown argument "${arg}"`);
    }
  }
  return options;
}

if (process.argv[1]?.endsWith("content-report.ts")) {
  try {
    const options = parseReportArguments(process.argv.slice(2), new Date().toISOString().slice(0, 10));
    const lessons = await loadLessons();
    process.stdout.write(contentReport(lessons, options));
    const stale = lessons.some((lesson) => daysBetween(lesson.asOf, options.today) > options.maxAgeDays);
    process.exitCode = options.failOnStale && stale ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error("Usage: content-report.ts [--today YYYY-MM-DD] [--max-age-days 180] [--fail-on-stale]");
    process.exitCode = 2;
  }
}
