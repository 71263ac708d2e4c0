/**
 * The item-quality lint: checks that a lesson's questions measure knowledge rather than
 * test-wiseness (CONTENT.md rule 11a; the guidelines are in docs/guide/writing-questions.md).
 *
 * `lessonItemQuality(lesson)` returns one lesson's problems as `path: message` and its figures;
 * `libraryItemQuality(lessons)` adds the library-wide limits. Pure: no I/O, no clock.
 *
 * Usage: npx tsx scripts/item-quality.ts [lesson-id ...]   (no id: every lesson and the library)
 * Exits 1 when it prints problems.
 */
import type { Lesson } from "../src/index.js";
import { authoredOrder, positionalIdProblems } from "./item-quality/positions.js";
import {
  aboveProblems,
  choiceLists,
  clangProblems,
  grammarProblems,
  idLeakProblems,
  keyedAreTheLongest,
  keyIsStrictlyLongest,
  keyIsStrictlyShortest,
  LENGTH_BAND,
  lengthBandProblem,
  negativeProblems,
} from "./item-quality/rules.js";

export { LENGTH_BAND };

/** The limits the lint holds lessons and the library to. */
export const ITEM_QUALITY_LIMITS = {
  /** Library-wide: the key is the strictly longest (or strictly shortest) option in at most this share of single-choice questions. */
  keyLongestShareLibrary: 0.3,
  /** One lesson: the key is the strictly longest (or shortest) option in at most this share of its single-choice questions. */
  keyLongestShareLesson: 0.5,
  /** Library-wide share of true-false questions whose answer is true. */
  trueShare: { min: 0.4, max: 0.6 },
  /** Library-wide: no keyed-option count covers more than this share of multiple-choice questions. */
  keyedCountShareMax: 0.5,
  /** Library-wide: multiple-choice questions use at least this many different keyed-option counts. */
  keyedCountsMin: 3,
  /** Library-wide: no authored position holds more than this share of the keys of single-key lists. */
  keyPositionShareMax: 0.4,
  /** The library-wide position limit applies from this many single-key lists (fewer cannot spread evenly). */
  keyPositionLibraryMin: 20,
  /** One lesson: with at least this many single-key lists, their keys may not all sit at one authored position. */
  keyPositionLessonMin: 3,
  /** Library-wide: at most this share of select-all questions have their keyed options authored first. */
  keyedFirstShareMax: 1 / 3,
  /** Library-wide: at most this share of ordering, matching and categorize questions are authored solved. */
  solvedOrderShareMax: 0.2,
} as const;

/** Counts that describe how a set of questions could be answered without knowledge. */
export interface ItemQualityFigures {
  /** Single-choice questions. */
  singleChoice: {
    /** How many. */
    questions: number;
    /** Those whose key is longer than every other option. */
    keyLongest: number;
    /** Those whose key is shorter than every other option. */
    keyShortest: number;
    /** How many would have the longest key if length carried no information: the sum of 1 / options. */
    keyLongestByChance: number;
  };
  /** True-false questions. */
  trueFalse: {
    /** How many. */
    questions: number;
    /** Those whose answer is true. */
    true: number;
  };
  /** Multiple-choice (select all that apply) questions. */
  multipleChoice: {
    /** How many. */
    questions: number;
    /** How many questions have each number of keyed options (`"2": 5` = five questions with two keys). */
    keyedCounts: Record<string, number>;
    /** Those whose keyed options are exactly the longest ones. */
    keyedLongest: number;
    /** Those whose keyed options are exactly the first ones as authored. */
    keyedFirst: number;
  };
  /** Lists with exactly one keyed option (single-choice questions and choice blanks), by the key's authored position. */
  keyPositions: {
    /** How many lists. */
    lists: number;
    /** `byPosition[i]`: lists whose key is authored at index i. */
    byPosition: number[];
  };
  /** Ordering, matching and categorize questions, and those authored in solved order. */
  solvedOrder: {
    /** How many questions. */
    questions: number;
    /** Those authored solved. */
    solved: number;
  };
  /** Option, item, premise, response and category ids that name only a position. */
  positionalIds: number;
  /** Choice lists (single and multiple choice, cloze blanks) and those outside the length band. */
  lengthBand: {
    /** How many lists. */
    lists: number;
    /** Lists whose longest option exceeds the band. */
    outside: number;
  };
  /** Public ids and titles that share a word with the key. */
  idLeaks: number;
  /** "All/none of the above", negatives without emphasis, grammatical cues, keys that alone echo the stem. */
  writingFlaws: number;
}

/** One lesson's problems and figures. */
export interface ItemQualityReport {
  /** The lesson id. */
  id: string;
  /** Every problem as `path: message`. */
  problems: string[];
  /** The lesson's figures. */
  figures: ItemQualityFigures;
}

/** Every lesson's report, the summed figures and the library-wide problems. */
export interface LibraryItemQuality {
  /** One report per lesson, in the order given. */
  lessons: ItemQualityReport[];
  /** The figures of all lessons together. */
  figures: ItemQualityFigures;
  /** Problems with the library-wide limits, as `library.<figure>: message`. */
  problems: string[];
}

const percent = (part: number, whole: number): string => (whole === 0 ? "0%" : `${((100 * part) / whole).toFixed(1)}%`);

function emptyFigures(): ItemQualityFigures {
  return {
    singleChoice: { questions: 0, keyLongest: 0, keyShortest: 0, keyLongestByChance: 0 },
    trueFalse: { questions: 0, true: 0 },
    multipleChoice: { questions: 0, keyedCounts: {}, keyedLongest: 0, keyedFirst: 0 },
    keyPositions: { lists: 0, byPosition: [] },
    solvedOrder: { questions: 0, solved: 0 },
    positionalIds: 0,
    lengthBand: { lists: 0, outside: 0 },
    idLeaks: 0,
    writingFlaws: 0,
  };
}

/**
 * Checks one lesson's questions: option lengths, keyed counts, true-false balance, ids that spell the
 * key and the item-writing rules.
 *
 * @param lesson - A lesson as authored.
 * @returns Its problems (`path: message`, paths inside the lesson) and figures.
 * @example
 * lessonItemQuality(lesson).problems
 * //=> ['questions[12].id: question id "montesquieu-name" shares "montesquieu" with the key ("Montesquieu"); use a neutral id']
 */
export function lessonItemQuality(lesson: Lesson): ItemQualityReport {
  const figures = emptyFigures();
  const problems: string[] = [];
  const longestKeys: string[] = [];
  const shortestKeys: string[] = [];
  const trueFalse: boolean[] = [];
  const keyedCounts: number[] = [];
  const keyIndexes: number[] = [];
  const keyLists: string[] = [];

  lesson.questions.forEach((question, index) => {
    for (const list of choiceLists(question, index)) {
      figures.lengthBand.lists += 1;
      const outside = lengthBandProblem(list);
      if (outside !== null) {
        figures.lengthBand.outside += 1;
        problems.push(outside);
      }
    }
    const [choices] = choiceLists(question, index);
    if (question.type === "single-choice" && choices) {
      figures.singleChoice.questions += 1;
      figures.singleChoice.keyLongestByChance += 1 / question.choices.length;
      if (keyIsStrictlyLongest(choices)) longestKeys.push(question.id);
      if (keyIsStrictlyShortest(choices)) shortestKeys.push(question.id);
    }
    if (question.type === "multiple-choice" && choices) {
      const keyed = question.choices.filter((c) => c.correct === true).length;
      keyedCounts.push(keyed);
      if (keyed === question.choices.length)
        problems.push(`questions[${index}].choices: every option is keyed, so selecting all of them earns full credit`);
      else if (keyedAreTheLongest(choices)) {
        figures.multipleChoice.keyedLongest += 1;
        problems.push(
          `questions[${index}].choices: the ${keyed} keyed options are the ${keyed} longest; lengthen some distractors or shorten some keys`,
        );
      }
    }
    if (question.type === "true-false") trueFalse.push(question.answer);

    const order = authoredOrder(question, index);
    for (const at of order.keyIndexes) {
      keyIndexes.push(at);
      keyLists.push(question.id);
    }
    if (order.keyedFirst === true) figures.multipleChoice.keyedFirst += 1;
    if (order.solved !== null) {
      figures.solvedOrder.questions += 1;
      if (order.solved) figures.solvedOrder.solved += 1;
    }

    const positional = positionalIdProblems(question, index);
    figures.positionalIds += positional.length;
    problems.push(...positional);

    const leaks = idLeakProblems(question, index, lesson);
    figures.idLeaks += leaks.length;
    const flaws = [
      ...aboveProblems(question, index),
      ...negativeProblems(question, index),
      ...grammarProblems(question, index),
      ...clangProblems(question, index),
    ];
    figures.writingFlaws += flaws.length;
    problems.push(...leaks, ...flaws);
  });

  const sc = figures.singleChoice;
  sc.keyLongest = longestKeys.length;
  sc.keyShortest = shortestKeys.length;
  for (const [ids, which] of [
    [longestKeys, "longest"],
    [shortestKeys, "shortest"],
  ] as const) {
    if (ids.length > ITEM_QUALITY_LIMITS.keyLongestShareLesson * sc.questions)
      problems.push(
        `questions: the key is the strictly ${which} option in ${ids.length} of ${sc.questions} single-choice questions (at most half allowed): ${ids.join(", ")}`,
      );
  }

  figures.keyPositions = { lists: keyIndexes.length, byPosition: countPositions(keyIndexes) };
  const [onlyPosition] = new Set(keyIndexes);
  if (keyIndexes.length >= ITEM_QUALITY_LIMITS.keyPositionLessonMin && new Set(keyIndexes).size === 1)
    problems.push(
      `questions: the key is authored at position ${(onlyPosition ?? 0) + 1} in all ${keyIndexes.length} single-key lists (${[...new Set(keyLists)].join(", ")}); vary where the key is written`,
    );

  figures.trueFalse = { questions: trueFalse.length, true: trueFalse.filter(Boolean).length };
  if (trueFalse.length >= 2 && new Set(trueFalse).size === 1)
    problems.push(
      `questions: all ${trueFalse.length} true-false answers are ${trueFalse[0]}; make some ${!trueFalse[0]}`,
    );

  figures.multipleChoice.questions = keyedCounts.length;
  for (const count of keyedCounts)
    figures.multipleChoice.keyedCounts[count] = (figures.multipleChoice.keyedCounts[count] ?? 0) + 1;
  if (keyedCounts.length >= 2 && new Set(keyedCounts).size === 1)
    problems.push(
      `questions: all ${keyedCounts.length} select-all questions have ${keyedCounts[0]} keyed options; vary the number`,
    );

  return { id: lesson.id, problems, figures };
}

/** How many of the indexes are 0, 1, 2, ...: `[3, 1]` for `[0, 1, 0, 0]`. */
function countPositions(indexes: readonly number[]): number[] {
  const counts: number[] = [];
  for (const at of indexes) {
    while (counts.length <= at) counts.push(0);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

function addPositions(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

function addFigures(a: ItemQualityFigures, b: ItemQualityFigures): ItemQualityFigures {
  const keyedCounts = { ...a.multipleChoice.keyedCounts };
  for (const [count, n] of Object.entries(b.multipleChoice.keyedCounts))
    keyedCounts[count] = (keyedCounts[count] ?? 0) + n;
  return {
    singleChoice: {
      questions: a.singleChoice.questions + b.singleChoice.questions,
      keyLongest: a.singleChoice.keyLongest + b.singleChoice.keyLongest,
      keyShortest: a.singleChoice.keyShortest + b.singleChoice.keyShortest,
      keyLongestByChance: a.singleChoice.keyLongestByChance + b.singleChoice.keyLongestByChance,
    },
    trueFalse: { questions: a.trueFalse.questions + b.trueFalse.questions, true: a.trueFalse.true + b.trueFalse.true },
    multipleChoice: {
      questions: a.multipleChoice.questions + b.multipleChoice.questions,
      keyedCounts,
      keyedLongest: a.multipleChoice.keyedLongest + b.multipleChoice.keyedLongest,
      keyedFirst: a.multipleChoice.keyedFirst + b.multipleChoice.keyedFirst,
    },
    keyPositions: {
      lists: a.keyPositions.lists + b.keyPositions.lists,
      byPosition: addPositions(a.keyPositions.byPosition, b.keyPositions.byPosition),
    },
    solvedOrder: {
      questions: a.solvedOrder.questions + b.solvedOrder.questions,
      solved: a.solvedOrder.solved + b.solvedOrder.solved,
    },
    positionalIds: a.positionalIds + b.positionalIds,
    lengthBand: {
      lists: a.lengthBand.lists + b.lengthBand.lists,
      outside: a.lengthBand.outside + b.lengthBand.outside,
    },
    idLeaks: a.idLeaks + b.idLeaks,
    writingFlaws: a.writingFlaws + b.writingFlaws,
  };
}

/**
 * The library-wide problems of summed figures: the longest (and shortest) key share, the
 * true-false balance and the spread of keyed-option counts.
 *
 * @example
 * libraryProblems(figures)
 * //=> ["library.trueFalse: 4 of 29 true-false answers are true (13.8%); keep it within 40%-60%"]
 */
export function libraryProblems(figures: ItemQualityFigures): string[] {
  const limits = ITEM_QUALITY_LIMITS;
  const problems: string[] = [];
  const sc = figures.singleChoice;
  for (const [count, which] of [
    [sc.keyLongest, "longest"],
    [sc.keyShortest, "shortest"],
  ] as const) {
    if (count > limits.keyLongestShareLibrary * sc.questions)
      problems.push(
        `library.singleChoice: the key is the strictly ${which} option in ${count} of ${sc.questions} questions (${percent(count, sc.questions)}); at most ${100 * limits.keyLongestShareLibrary}% allowed (chance: ${percent(sc.keyLongestByChance, sc.questions)})`,
      );
  }
  const tf = figures.trueFalse;
  if (tf.questions > 0) {
    const share = tf.true / tf.questions;
    if (share < limits.trueShare.min || share > limits.trueShare.max)
      problems.push(
        `library.trueFalse: ${tf.true} of ${tf.questions} true-false answers are true (${percent(tf.true, tf.questions)}); keep it within ${100 * limits.trueShare.min}%-${100 * limits.trueShare.max}%`,
      );
  }
  const mc = figures.multipleChoice;
  if (mc.questions > 0) {
    const counts = Object.entries(mc.keyedCounts);
    const [mostCount, most] = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ["", 0]);
    if (counts.length < limits.keyedCountsMin)
      problems.push(
        `library.multipleChoice: select-all questions use only ${counts.length} different keyed counts (${counts.map(([k]) => k).join(", ")}); use at least ${limits.keyedCountsMin}`,
      );
    if (most > limits.keyedCountShareMax * mc.questions)
      problems.push(
        `library.multipleChoice: ${most} of ${mc.questions} select-all questions have ${mostCount} keyed options (${percent(most, mc.questions)}); at most ${100 * limits.keyedCountShareMax}% may share one count`,
      );
    if (mc.keyedFirst > limits.keyedFirstShareMax * mc.questions)
      problems.push(
        `library.multipleChoice: the keyed options are authored first in ${mc.keyedFirst} of ${mc.questions} select-all questions (${percent(mc.keyedFirst, mc.questions)}); at most a third allowed`,
      );
  }
  const kp = figures.keyPositions;
  kp.byPosition.forEach((count, at) => {
    if (kp.lists >= limits.keyPositionLibraryMin && count > limits.keyPositionShareMax * kp.lists)
      problems.push(
        `library.keyPositions: the key is authored at position ${at + 1} in ${count} of ${kp.lists} single-key lists (${percent(count, kp.lists)}); at most ${100 * limits.keyPositionShareMax}% may share one position`,
      );
  });
  const so = figures.solvedOrder;
  if (so.solved > limits.solvedOrderShareMax * so.questions)
    problems.push(
      `library.solvedOrder: ${so.solved} of ${so.questions} ordering, matching and categorize questions are authored in solved order (${percent(so.solved, so.questions)}); at most ${100 * limits.solvedOrderShareMax}% allowed`,
    );
  return problems;
}

/**
 * Checks every lesson and the library-wide limits.
 *
 * @param lessons - The lessons of the library.
 * @returns Each lesson's report, the summed figures and the library-wide problems.
 * @example
 * libraryItemQuality(lessons).problems
 * //=> ["library.singleChoice: the key is the strictly longest option in 73 of 85 questions (85.9%); ..."]
 */
export function libraryItemQuality(lessons: readonly Lesson[]): LibraryItemQuality {
  const reports = lessons.map(lessonItemQuality);
  const figures = reports.reduce((sum, report) => addFigures(sum, report.figures), emptyFigures());
  return { lessons: reports, figures, problems: libraryProblems(figures) };
}

/** The figures as `[label, value]` cells, for tables. */
export function figureCells(figures: ItemQualityFigures): [string, string][] {
  const sc = figures.singleChoice;
  const tf = figures.trueFalse;
  const mc = figures.multipleChoice;
  const counts = Object.entries(mc.keyedCounts)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([k, n]) => `${k}:${n}`)
    .join(" ");
  return [
    ["SC", String(sc.questions)],
    ["Key longest", `${sc.keyLongest} (${percent(sc.keyLongest, sc.questions)})`],
    ["Key shortest", `${sc.keyShortest} (${percent(sc.keyShortest, sc.questions)})`],
    ["Chance", percent(sc.keyLongestByChance, sc.questions)],
    ["TF true", `${tf.true}/${tf.questions}`],
    ["MC keyed counts", counts || "-"],
    ["MC keys longest", String(mc.keyedLongest)],
    ["Key at 1/2/3/4", figures.keyPositions.byPosition.join("/") || "-"],
    ["MC keys first", String(mc.keyedFirst)],
    ["Solved order", `${figures.solvedOrder.solved}/${figures.solvedOrder.questions}`],
    ["Positional ids", String(figures.positionalIds)],
    ["Out of band", `${figures.lengthBand.outside}/${figures.lengthBand.lists}`],
    ["Id leaks", String(figures.idLeaks)],
    ["Writing", String(figures.writingFlaws)],
  ];
}

/** A plain-text table; the first column left-aligned, the rest right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * The figures of each lesson and of the library as a plain-text table.
 *
 * @example
 * itemQualityTable(libraryItemQuality(lessons)).at(-1)
 * //=> "all lessons  85  73 (85.9%)  ...  180"
 */
export function itemQualityTable(library: LibraryItemQuality): string[] {
  const header = figureCells(library.figures).map(([label]) => label);
  const rows = library.lessons.map((report) => [
    report.id,
    ...figureCells(report.figures).map(([, value]) => value),
    String(report.problems.length),
  ]);
  if (library.lessons.length > 1) {
    const problems = library.lessons.reduce((n, report) => n + report.problems.length, library.problems.length);
    rows.push(["all lessons", ...figureCells(library.figures).map(([, value]) => value), String(problems)]);
  }
  return textTable(["Lesson", ...header, "Problems"], rows);
}

/** What the columns of {@link itemQualityTable} mean. */
export const ITEM_QUALITY_LEGEND: readonly string[] = [
  "Item quality (SC single choice; key longest/shortest: the key is strictly the longest/shortest option;",
  "chance: share of SC questions whose key would be longest if length said nothing; MC keyed counts: keys:questions;",
  `out of band: choice lists whose longest option exceeds ${LENGTH_BAND.factor} x the shortest + ${LENGTH_BAND.slack} characters;`,
  "key at 1/2/3/4: single-key lists (SC and choice blanks) by the key's authored position; MC keys first: keyed options",
  "authored first; solved order: ordering, matching and categorize questions authored solved, of all such questions):",
];

/**
 * The lint's full text output: the figures table, then every problem under its lesson, then the
 * library-wide problems.
 */
export function formatItemQuality(library: LibraryItemQuality, options: { includeLibrary: boolean }): string {
  const out: string[] = [...ITEM_QUALITY_LEGEND, ...itemQualityTable(library)];
  for (const report of library.lessons) {
    if (report.problems.length === 0) continue;
    out.push("", `${report.id} (${report.problems.length} problems):`, ...report.problems.map((p) => `  ${p}`));
  }
  if (options.includeLibrary && library.problems.length > 0)
    out.push("", "Library-wide:", ...library.problems.map((p) => `  ${p}`));
  return `${out.join("\n")}\n`;
}

/** What the command line prints and its exit code. */
export interface CliOutcome {
  /** Text for standard output. */
  stdout: string;
  /** Text for standard error. */
  stderr: string;
  /** 0 without problems, 1 with problems, 2 for an unknown lesson id. */
  exitCode: number;
}

/**
 * The command line over given lessons: no ids checks the library (with its limits), ids check only
 * those lessons.
 *
 * @example
 * itemQualityCli(["no-such-lesson"], lessons).exitCode
 * //=> 2
 */
export function itemQualityCli(argv: readonly string[], all: readonly Lesson[]): CliOutcome {
  const unknown = argv.filter((id) => !all.some((lesson) => lesson.id === id));
  if (unknown.length > 0)
    return {
      stdout: "",
      stderr: `unknown lesson(s): ${unknown.join(", ")}\nknown: ${all.map((l) => l.id).join(", ")}\n`,
      exitCode: 2,
    };
  const chosen = argv.length === 0 ? all : all.filter((lesson) => argv.includes(lesson.id));
  const library = libraryItemQuality(chosen);
  const includeLibrary = argv.length === 0;
  const failed = library.lessons.some((r) => r.problems.length > 0) || (includeLibrary && library.problems.length > 0);
  return { stdout: formatItemQuality(library, { includeLibrary }), stderr: "", exitCode: failed ? 1 : 0 };
}

if (process.argv[1]?.endsWith("item-quality.ts")) {
  const { loadLessons } = await import("./generate-catalog.js");
  const outcome = itemQualityCli(process.argv.slice(2), await loadLessons());
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}
