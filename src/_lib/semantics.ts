/**
 * The scoring semantics of authored questions, in one place: the defaults the schema fills in,
 * how numeric targets and tolerances become ranges, rounding, text normalisation, and the seeded
 * order of options. The schema, the engine and the exporters all read these rules from here (the
 * engine and exporters take questions as authored, defaults not yet filled in). No zod.
 */

import type {
  MultipleChoiceScoring,
  NumericTarget,
  OrderingScoring,
  QuestionOfType,
  TextMatching,
} from "../schema/types.js";

/** Every default of the content model. The schema's `.default()` calls read these values. */
export const DEFAULTS = {
  /** Points a question is worth. */
  points: 1,
  /** Credit of an accepted answer to typed text. */
  answerFraction: 1,
  /** Multiple-choice scoring mode. */
  multipleChoiceScoring: "all-or-nothing",
  /** Ordering scoring mode. */
  orderingScoring: "position",
  /** Matching scoring mode. */
  matchingScoring: "per-pair",
  /** Tolerance around a numeric value. */
  tolerance: 0,
  /** How a numeric tolerance is measured. */
  toleranceType: "absolute",
  /** Typed text matching: compare letter case. */
  caseSensitive: false,
  /** Typed text matching: treat `á` as `a`. */
  ignoreDiacritics: false,
  /** Typed text matching: drop punctuation. */
  ignorePunctuation: false,
  /** Typed text matching: edits allowed per character (0 = exact). */
  typoTolerance: 0,
  /** A lesson's language. */
  locale: "en",
} as const;

type MatchingScoring = NonNullable<QuestionOfType<"matching">["scoring"]>;

/** The points a question is worth. */
export function pointsOf(question: { points?: number | undefined }): number {
  return question.points ?? DEFAULTS.points;
}

/** A multiple-choice question's scoring mode. */
export function multipleChoiceScoringOf(question: {
  scoring?: MultipleChoiceScoring | undefined;
}): MultipleChoiceScoring {
  return question.scoring ?? DEFAULTS.multipleChoiceScoring;
}

/** An ordering question's scoring mode. */
export function orderingScoringOf(question: { scoring?: OrderingScoring | undefined }): OrderingScoring {
  return question.scoring ?? DEFAULTS.orderingScoring;
}

/** A matching question's scoring mode. */
export function matchingScoringOf(question: { scoring?: MatchingScoring | undefined }): MatchingScoring {
  return question.scoring ?? DEFAULTS.matchingScoring;
}

/** The credit an accepted answer to typed text earns. */
export function answerFractionOf(answer: { fraction?: number | undefined }): number {
  return answer.fraction ?? DEFAULTS.answerFraction;
}

/** The credit a selected choice adds under `fractions` scoring (an unlisted fraction adds nothing). */
export function choiceFractionOf(choice: { fraction?: number | undefined }): number {
  return choice.fraction ?? 0;
}

/**
 * The credit for picking one choice of a single-choice question: 1 for the keyed choice, else the
 * choice's own fraction, else minus the question's penalty (0 without negative marking).
 */
export function singleChoiceCreditOf(
  question: { penalty?: number | undefined },
  choice: { correct?: boolean | undefined; fraction?: number | undefined },
): number {
  if (choice.correct === true) return 1;
  return choice.fraction ?? (question.penalty ? -question.penalty : 0);
}

/** The ids of the choices keyed correct. */
export function keyedIds(choices: readonly { id: string; correct?: boolean | undefined }[]): string[] {
  const ids: string[] = [];
  for (const choice of choices) if (choice.correct === true) ids.push(choice.id);
  return ids;
}

/** Whether the positive fractions of a `fractions` multiple-choice question add up to 1 (within rounding). */
export function positiveFractionsAddUpToOne(choices: readonly { fraction?: number | undefined }[]): boolean {
  let sum = 0;
  for (const choice of choices) sum += Math.max(0, choiceFractionOf(choice));
  return Math.abs(sum - 1) <= 1e-9;
}

/** How typed text is compared, every option filled in. */
export interface TextMatchingRules {
  /** Compare letter case. */
  caseSensitive: boolean;
  /** Treat `á` as `a`. */
  ignoreDiacritics: boolean;
  /** Drop punctuation before comparing. */
  ignorePunctuation: boolean;
  /** Edits allowed per character of the accepted answer. */
  typoTolerance: number;
}

type TextMatchingInput = TextMatching;

/** Text matching options with their defaults filled in. */
export function textMatchingOf(matching: TextMatchingInput | undefined): TextMatchingRules {
  return {
    caseSensitive: matching?.caseSensitive ?? DEFAULTS.caseSensitive,
    ignoreDiacritics: matching?.ignoreDiacritics ?? DEFAULTS.ignoreDiacritics,
    ignorePunctuation: matching?.ignorePunctuation ?? DEFAULTS.ignorePunctuation,
    typoTolerance: matching?.typoTolerance ?? DEFAULTS.typoTolerance,
  };
}

// Typographic quotes, primes and dashes, folded to their ASCII forms.
const SINGLE_QUOTES = /[\u2018-\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const WHITESPACE = /\s+/gu;
const MARKS = /\p{M}+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/**
 * Normalises text for comparison: NFKC, typographic quotes and dashes folded, whitespace
 * collapsed and trimmed, then, as the options say, case-folded and stripped of diacritics or
 * punctuation. An option left out takes its default.
 */
export function normalizeText(text: string, options: TextMatchingInput = {}): string {
  let out = text.normalize("NFKC").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
  if (options.ignoreDiacritics ?? DEFAULTS.ignoreDiacritics)
    out = out.normalize("NFD").replace(MARKS, "").normalize("NFC");
  if (options.ignorePunctuation ?? DEFAULTS.ignorePunctuation) out = out.replace(PUNCTUATION, " ");
  if (!(options.caseSensitive ?? DEFAULTS.caseSensitive)) out = out.toLowerCase();
  return out.replace(WHITESPACE, " ").trim();
}

type NumericTargetInput = NumericTarget;

/** A value target's tolerance in the answer's units (a relative tolerance is a share of the value). */
export function absoluteTolerance(target: Extract<NumericTarget, { value: number }>): number {
  const tolerance = target.tolerance ?? DEFAULTS.tolerance;
  const relative = (target.toleranceType ?? DEFAULTS.toleranceType) === "relative";
  return relative ? tolerance * Math.abs(target.value) : tolerance;
}

/** The inclusive range a numeric target accepts, before any floating-point margin. */
export function targetRange(target: NumericTargetInput): { min: number; max: number } {
  if ("min" in target) return { min: target.min, max: target.max };
  const allowed = absoluteTolerance(target);
  return { min: target.value - allowed, max: target.value + allowed };
}

/**
 * The relative size of the floating-point margin: 10^-14, the precision Moodle's numerical
 * question type works to. Decimal-to-binary error (0.1 + 0.2 against 0.3) is far smaller.
 */
const MARGIN = 1e-14;

/** The margin around a bound of size `scale`: relative to it, and never below MARGIN² (for bounds at 0). */
function marginFor(scale: number): number {
  return MARGIN * Math.max(Math.abs(scale), MARGIN);
}

/**
 * Whether a value hits a numeric target. A value target accepts value ± tolerance widened by a
 * margin scaled to the larger of the value and the tolerance (as Moodle's nominal tolerance does);
 * a range widens each end by a margin scaled to that end alone, so `{ min: 0, max: 1e10 }` does
 * not accept -5 and `{ value: 1.602e-19 }` does not accept 0.
 */
export function hitsTarget(value: number, target: NumericTargetInput): boolean {
  if ("min" in target)
    return value >= target.min - marginFor(target.min) && value <= target.max + marginFor(target.max);
  const allowed = absoluteTolerance(target);
  return Math.abs(value - target.value) <= allowed + marginFor(Math.max(allowed, Math.abs(target.value)));
}

/** Longest numeric text read; longer is `too_long`. */
const MAX_NUMBER_TEXT = 64;

/** Digits grouped in threes by one separator: `1,234,567`, `6 000`. */
function groupedDigits(text: string, separator: string): string | null {
  const groups = text.split(separator);
  const [first, ...rest] = groups as [string, ...string[]];
  if (!/^\d{1,3}$/.test(first) || rest.length === 0 || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join("");
}

/** Reads the part before the exponent as plain decimal digits with a `.` point, or null. */
function plainMantissa(text: string): string | null {
  const spaced = text.replace(/[\u00a0\u2009\u202f]/g, " ");
  const commas = spaced.split(",").length - 1;
  const dots = spaced.split(".").length - 1;
  let point: "," | "." | null = null;
  if (commas > 0 && dots > 0) point = spaced.lastIndexOf(",") > spaced.lastIndexOf(".") ? "," : ".";
  else if (dots === 1) point = ".";
  else if (commas === 1) {
    // One comma: a thousands separator before exactly three digits ("6,000"), else a decimal comma ("0,67").
    const [whole = "", fraction = ""] = spaced.split(",");
    point = /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction) ? null : ",";
  }
  if (point !== null && spaced.split(point).length !== 2) return null;
  const [whole = "", fraction = ""] = point === null ? [spaced] : spaced.split(point);
  if (!/^\d*$/.test(fraction) || (whole === "" && fraction === "")) return null;
  let digits = whole;
  if (!/^\d*$/.test(whole)) {
    const separator = [",", ".", " "].find((s) => s !== point && whole.includes(s));
    digits = (separator !== undefined && groupedDigits(whole, separator)) || "";
    if (digits === "") return null;
  }
  return `${digits}.${fraction}`;
}

/**
 * Reads a numeric response: a finite number, or text (at most 64 characters) holding one. The
 * text may have a sign (`+`, `-` or `−`), an exponent (`1.6e-19`, `6.02E23`), and either `.` or
 * `,` as the decimal separator. Digits may be grouped in threes by `,`, `.` or a space
 * (`1,234,567`, `1.234.567`, `6 000`). The rule that settles `6,000` against `0,67`:
 *
 * - with both `.` and `,`, the last one is the decimal separator (`1,234.5`, `1.234,5`);
 * - a separator that appears more than once groups thousands (`1,234,567`);
 * - a single `.` is a decimal point (`6.000` is 6);
 * - a single `,` groups thousands when it follows one to three digits (not starting with 0) and
 *   comes before exactly three (`6,000` is 6000, `12,345` is 12345); otherwise it is a decimal
 *   comma (`0,67`, `3,14159`, `0,670`).
 *
 * @returns The number, or why the response cannot be read: `empty_response`, `wrong_type`,
 *   `too_long` or `not_a_number`.
 */
export function readNumber(response: unknown): number | "empty_response" | "wrong_type" | "too_long" | "not_a_number" {
  if (response === undefined || response === null) return "empty_response";
  if (typeof response === "number") return Number.isFinite(response) ? response : "not_a_number";
  if (typeof response !== "string") return "wrong_type";
  const text = response.trim();
  if (text === "") return "empty_response";
  if (text.length > MAX_NUMBER_TEXT) return "too_long";
  const parts = /^([+\-\u2212]?)([\d.,\u0020\u00a0\u2009\u202f]+)(?:[eE]([+\-\u2212]?\d+))?$/.exec(text);
  const mantissa = parts ? plainMantissa(parts[2] as string) : null;
  if (!parts || mantissa === null) return "not_a_number";
  const sign = parts[1] === "" || parts[1] === "+" ? "" : "-";
  const exponent = (parts[3] ?? "0").replace("\u2212", "-");
  const value = Number(`${sign}${mantissa}e${exponent}`);
  return Number.isFinite(value) ? value : "not_a_number";
}

/** Rounds points to 6 decimals, so binary noise (0.1 + 0.2) disappears; -0 becomes 0. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0;
}

/** earned / possible as a percentage with two decimals (0 when nothing was possible). */
export function percentOf(earned: number, possible: number): number {
  return possible > 0 ? Math.round((earned / possible) * 10000) / 100 : 0;
}

/**
 * A 32-bit hash of a string: FNV-1a over UTF-16 code units, then murmur3's 32-bit finaliser so
 * every input bit reaches every output bit.
 */
export function hashString(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Orders entries by a hash of (seed, scope, id). The order depends only on the seed, the scope (a
 * question id, say) and the set of ids: never on their incoming order, and never on which entry
 * is keyed. That is the one policy for every order a learner sees: it carries no information
 * about the key, so it may by chance equal the keyed order (for n items, 1 seed in n!).
 */
export function orderByHash<T extends { id: string }>(entries: readonly T[], seed: string, scope: string): T[] {
  const prefix = `${seed}\u0000${scope}\u0000`;
  // The second hash only breaks ties of the first; the id breaks the (astronomically rare) rest.
  return entries
    .map((entry) => ({
      entry,
      id: entry.id,
      a: hashString(prefix + entry.id),
      b: hashString(prefix + entry.id, 0x9e3779b9),
    }))
    .sort((x, y) => x.a - y.a || x.b - y.b || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((k) => k.entry);
}

/** The ids of `entries` in {@link orderByHash} order. */
export function shuffledIds(entries: readonly { id: string }[], seed: string, scope: string): string[] {
  return orderByHash(entries, seed, scope).map((e) => e.id);
}

/** Shuffles the movable entries into the movable slots; entries marked fixed keep their index. */
export function shuffleKeepingFixed(
  entries: readonly { id: string; fixed?: boolean | undefined }[],
  seed: string,
  scope: string,
): string[] {
  const movable = orderByHash(
    entries.filter((e) => !e.fixed),
    seed,
    scope,
  );
  let next = 0;
  return entries.map((e) => (e.fixed ? e : (movable[next++] as (typeof entries)[number])).id);
}
