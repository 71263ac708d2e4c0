/**
 * Flesch-Kincaid grade of a lesson's reading, and the grade budget each band allows.
 * Usage: npx tsx scripts/readability.ts [<lesson-id> ...]   (prints grade and budget per lesson)
 */
import { syllable } from "syllable";
import type { GradeBand, Lesson } from "../src/schema/types.js";
import { lessonIds } from "./lesson-ids.js";

/** Counts behind a Flesch-Kincaid grade. */
export interface ReadingStats {
  /** Tokens that contain a letter or digit. */
  words: number;
  /** Sentences; every paragraph, list item and heading ends at least one. */
  sentences: number;
  /** Syllables; a number counts one per digit (a rough stand-in for how it is read aloud). */
  syllables: number;
  /** Flesch-Kincaid grade level, rounded to one decimal; 0 for text without words. */
  grade: number;
}

/**
 * Highest Flesch-Kincaid grade each band's reading may reach. A lesson written for several bands
 * must meet the budget of its lowest band, because the youngest readers set the bar.
 * 9-12 allows 12.5 rather than 12: formal citations ("50 U.S.C. § 21", case names) and statutory
 * terms that the lesson defines (habeas corpus, non-refoulement) lift the score by about half a
 * grade without making the prose harder for a student who has read the key terms.
 */
export const READING_GRADE_BUDGETS = {
  "K-2": 3,
  "3-5": 6,
  "6-8": 9,
  "9-12": 12.5,
  college: 16,
} as const satisfies Record<GradeBand, number>;

const BAND_ORDER: readonly GradeBand[] = ["K-2", "3-5", "6-8", "9-12", "college"];

/**
 * The budget that applies to a lesson: that of its lowest grade band.
 *
 * @example
 * readingBudget(["9-12", "college"])
 * //=> 12.5
 */
export function readingBudget(gradeBands: readonly GradeBand[]): number {
  const lowest = BAND_ORDER.find((band) => gradeBands.includes(band)) ?? "college";
  return READING_GRADE_BUDGETS[lowest];
}

/** Words that end in a period without ending a sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  "v",
  "vs",
  "no",
  "nos",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "gen",
  "gov",
  "sen",
  "rep",
  "art",
  "arts",
  "sec",
  "secs",
  "ch",
  "cl",
  "amend",
  "stat",
  "fed",
  "reg",
  "cong",
  "sess",
  "res",
  "cir",
  "supp",
  "ct",
  "dept",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "co",
  "corp",
  "ltd",
  "vol",
  "pp",
  "para",
  "cf",
  "al",
  "approx",
]);

/**
 * Markdown reduced to the words a student reads: tables, code, URLs, link targets, HTML and markup
 * removed. Paragraphs, list items and headings become separate lines.
 *
 * @example
 * plainText("## Powers\n\n- The **veto** ([text](https://example.gov/a))\n\n| a | b |\n|---|---|")
 * //=> "Powers\nThe veto (text)"
 */
export function plainText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      continue;
    }
    if (fenced) continue;
    if (line === "" || /^\|/.test(line) || /^([-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const marker = /^(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/;
    if (marker.test(line)) {
      flush();
      paragraph.push(line.replace(/^(>\s?)+/, "").replace(marker, ""));
      if (/^#/.test(line)) flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks
    .map((block) =>
      block
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/<https?:\/\/[^>]*>/g, "")
        .replace(/https?:\/\/\S+/g, "")
        .replace(/<\/?[A-Za-z][^>]*>/g, "")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/(\*\*|__|\*|~~)/g, "")
        .replace(/(^|\s)_([^_]+)_(?=\s|[.,;:!?)]|$)/g, "$1$2")
        .replace(/(\d)[\u2013\u2014](\d)/g, "$1-$2")
        .replace(/[\u2013\u2014]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((block) => /[A-Za-z0-9]/.test(block))
    .join("\n");
}

const CLOSERS = /["'\u201d\u2019)\]]+$/;
const OPENERS = /^["'\u201c\u2018([]+/;

function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(CLOSERS, "");
  if (!/[.!?]$/.test(bare)) return false;
  if (next === undefined) return true;
  if (!/^[A-Z0-9]/.test(next.replace(OPENERS, ""))) return false;
  if (/[!?]$/.test(bare)) return true;
  const word = bare.replace(OPENERS, "").slice(0, -1);
  if (/\./.test(word)) return false; // U.S., e.g., J.G.G.
  if (/^[A-Z]$/.test(word)) return false; // an initial: James E. Boasberg
  const lower = word.toLowerCase();
  // "No. 1" numbers a case or an essay; "no." before a capital ends a sentence.
  if (lower === "no" || lower === "nos") return !/^\d/.test(next);
  return !ABBREVIATIONS.has(lower);
}

function syllablesOf(word: string): number {
  const letters = word.replace(/[^A-Za-z\u00C0-\u024F'-]/g, "");
  if (letters === "") return Math.max(1, word.replace(/\D/g, "").length);
  return Math.max(1, syllable(letters));
}

/**
 * Splits plain text (see {@link plainText}) into sentences. Every line ends at least one sentence;
 * abbreviations ("U.S.", "v.", "Mar.") and initials ("James E. Boasberg") do not end one.
 *
 * @example
 * sentences("In Ludecke v. Watkins the Court ruled. The government won.")
 * //=> ["In Ludecke v. Watkins the Court ruled.", "The government won."]
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split("\n")) {
    const tokens = line.split(/\s+/).filter((t) => t !== "");
    let current: string[] = [];
    tokens.forEach((token, i) => {
      current.push(token);
      if (endsSentence(token, tokens[i + 1])) {
        result.push(current.join(" "));
        current = [];
      }
    });
    if (current.length > 0) result.push(current.join(" "));
  }
  return result.filter((sentence) => /[A-Za-z0-9]/.test(sentence));
}

/** The words of a sentence: its tokens that contain a letter or digit. */
function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t));
}

/**
 * Words, sentences, syllables and Flesch-Kincaid grade of plain text (see {@link plainText}).
 *
 * @example
 * readingStats("The court ruled. The government appealed.").sentences
 * //=> 2
 */
export function readingStats(text: string): ReadingStats {
  const all = sentences(text);
  const words = all.flatMap(wordsOf);
  const syllables = words.reduce((n, word) => n + syllablesOf(word), 0);
  const grade = words.length === 0 ? 0 : 0.39 * (words.length / all.length) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences: all.length, syllables, grade: Math.round(grade * 10) / 10 };
}

/**
 * The longest sentences of a text by word count, longest first: where an editor should start when a
 * reading is over its grade budget.
 *
 * @example
 * longestSentences("Short one. This one is a little longer.", 1)
 * //=> ["This one is a little longer."]
 */
export function longestSentences(text: string, count: number): string[] {
  return sentences(text)
    .map((sentence, index) => ({ sentence, index, words: wordsOf(sentence).length }))
    .sort((a, b) => b.words - a.words || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.sentence);
}

/** The plain text of a lesson's reading: its section bodies, in order. */
export function lessonReading(lesson: Lesson): string {
  return lesson.sections.map((section) => plainText(section.body)).join("\n");
}

/**
 * Flesch-Kincaid grade of a lesson's reading (its section bodies, Markdown, tables and URLs removed).
 *
 * @example
 * readingGrade(lesson)
 * //=> 11.4
 */
export function readingGrade(lesson: Lesson): number {
  return readingStats(lessonReading(lesson)).grade;
}

if (process.argv[1]?.endsWith("readability.ts")) {
  const requested = process.argv.slice(2);
  const ids = requested.length ? requested : lessonIds();
  let over = false;
  for (const id of ids) {
    const { lesson } = (await import(`../lessons/${id}/index.ts`)) as { lesson: Lesson };
    const stats = readingStats(lessonReading(lesson));
    const budget = readingBudget(lesson.gradeBands);
    if (stats.grade > budget) over = true;
    console.log(
      `${id}: grade ${stats.grade.toFixed(1)} (budget ${budget} for ${lesson.gradeBands.join(", ")}); ` +
        `${stats.words} words, ${stats.sentences} sentences, ${stats.syllables} syllables`,
    );
  }
  process.exitCode = over ? 1 : 0;
}
