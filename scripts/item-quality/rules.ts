/**
 * The per-question rules of the item-quality lint. Each returns problems as `path: message`.
 * The guideline numbers refer to Haladyna, Downing and Rodriguez (2002); see
 * docs/guide/writing-questions.md.
 */
import type { Lesson, Question } from "../../src/index.js";
import { keyTexts, type OptionList, optionLists, publicLabels, visibleText } from "./lists.js";
import { contentWordForms, contentWords, wordsOf } from "./words.js";

/**
 * How far option lengths may spread: the longest option of a choice list may be at most `factor`
 * times the shortest plus `slack` characters. The factor keeps any option from being twice as long
 * as another (a difference a reader sees at a glance); the slack lets short names differ by a few
 * words ("Senate" and "House of Representatives").
 */
export const LENGTH_BAND = { factor: 2, slack: 12 } as const;

const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** Lists whose options compete for one pick and so must not differ in length: choices and blank choices. */
export function choiceLists(question: Question, index: number): OptionList[] {
  return optionLists(question, index).filter((list) => list.kind === "choices" || list.kind === "blank-choices");
}

/** The option lengths of a list, in characters of trimmed text. */
export const lengthsOf = (list: OptionList): number[] => list.options.map((o) => o.text.trim().length);

/** Guideline 24: options of a choice list within {@link LENGTH_BAND} of each other. */
export function lengthBandProblem(list: OptionList): string | null {
  const lengths = lengthsOf(list);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const limit = LENGTH_BAND.factor * shortest + LENGTH_BAND.slack;
  if (longest <= limit) return null;
  return `${list.path}: options run from ${shortest} to ${longest} characters; keep the longest within ${LENGTH_BAND.factor} × the shortest + ${LENGTH_BAND.slack} (${limit} here)`;
}

/** Whether the keyed option of a list is longer than every other option. */
export function keyIsStrictlyLongest(list: OptionList): boolean {
  const key = list.options.filter((o) => o.keyed);
  const others = list.options.filter((o) => !o.keyed);
  if (key.length !== 1 || others.length === 0) return false;
  return (key[0]?.text.trim().length ?? 0) > Math.max(...others.map((o) => o.text.trim().length));
}

/** Whether the keyed option of a list is shorter than every other option. */
export function keyIsStrictlyShortest(list: OptionList): boolean {
  const key = list.options.filter((o) => o.keyed);
  const others = list.options.filter((o) => !o.keyed);
  if (key.length !== 1 || others.length === 0) return false;
  return (key[0]?.text.trim().length ?? 0) < Math.min(...others.map((o) => o.text.trim().length));
}

/** Whether every keyed option of a select-all list is longer than every unkeyed one. */
export function keyedAreTheLongest(list: OptionList): boolean {
  const keyed = list.options.filter((o) => o.keyed).map((o) => o.text.trim().length);
  const unkeyed = list.options.filter((o) => !o.keyed).map((o) => o.text.trim().length);
  return keyed.length > 0 && unkeyed.length > 0 && Math.min(...keyed) > Math.max(...unkeyed);
}

/**
 * Public ids and titles that share a content word with the key. A word does not count when the
 * learner sees it anyway: in the prompt (or cloze passage), in every option of the list, or, for an
 * option's own id, in that option's text. True-false keys ("true", "false") always count, since
 * every true-false prompt shows both words.
 */
export function idLeakProblems(question: Question, index: number, lesson: Lesson): string[] {
  const visible = contentWords(visibleText(question));
  const keyWords = new Map<string, string>();
  for (const text of keyTexts(question)) {
    for (const word of contentWords(text)) {
      if (question.type === "true-false" || !visible.has(word)) keyWords.set(word, text);
    }
  }
  const lists = optionLists(question, index);
  for (const list of lists) {
    if (!list.options.some((o) => o.keyed) || list.options.length < 2) continue;
    const [first, ...rest] = list.options.map((o) => contentWords(o.text));
    for (const word of first ?? []) if (rest.every((words) => words.has(word))) keyWords.delete(word);
  }
  if (keyWords.size === 0) return [];

  const problems: string[] = [];
  const report = (path: string, what: string, value: string, exempt: Set<string>) => {
    const shared = [...contentWordForms(value)].filter(([stem]) => keyWords.has(stem) && !exempt.has(stem));
    if (shared.length === 0) return;
    const keys = [...new Set(shared.map(([stem]) => keyWords.get(stem) ?? ""))].map(quote).join(", ");
    problems.push(
      `${path}: ${what} ${quote(value)} shares ${shared.map(([, word]) => `"${word}"`).join(", ")} with the key (${keys}); use a neutral id`,
    );
  };
  const none = new Set<string>();
  for (const label of publicLabels(question, index, lesson)) report(label.path, label.what, label.value, none);
  for (const list of lists) {
    for (const option of list.options) report(`${option.path}.id`, "option id", option.id, contentWords(option.text));
  }
  return problems;
}

/** Guidelines 25 and 26: options that say "all of the above", "none of the above" and the like. */
const ABOVE = /\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|these|those|following|preceding|previous)\b/i;

/** Guideline 17: negative words, as a pattern source (the flags differ by use). */
const NEGATIVE_WORDS =
  "not|never|except|least|cannot|none|false|incorrect|untrue|(?:is|are|was|were|do|does|did|can|could|would|should|has|have|had)n['’]t";

/** A question that asks for the option that is not something: "Which ... NOT ...?", "... EXCEPT". */
const NEGATIVE_STEM = new RegExp(
  `\\b(?:which|what|who|whom|whose)\\b.*?\\b(${NEGATIVE_WORDS})\\b|\\b(except)\\b`,
  "gi",
);

/** A negative anywhere in a true-false statement. */
const NEGATIVE_STATEMENT = new RegExp(`\\b(${NEGATIVE_WORDS})\\b`, "gi");

/** Quoted passages are read, not answered: negatives inside them are the source's words. */
function withoutQuotations(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith(">"))
    .join("\n")
    .replace(/"[^"]*"|“[^”]*”/g, " ")
    .replace(/\btrue\s+or\s+false\b\s*[:?.]?/gi, " ");
}

/** The sentences that pose the task: those ending in "?", else the last one; a true-false statement whole. */
export function questionSentences(question: Question): string[] {
  const text = withoutQuotations(question.prompt).trim();
  if (question.type === "true-false") return [text];
  const sentences = text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const asking = sentences.filter((s) => s.endsWith("?"));
  return asking.length > 0 ? asking : sentences.slice(-1);
}

/** A negative counts as emphasised in capitals (`NOT`) or Markdown emphasis (`**not**`, `*not*`, `_not_`). */
function isEmphasised(sentence: string, at: number, word: string): boolean {
  return (word.length > 1 && word === word.toUpperCase()) || /[*_]$/.test(sentence.slice(0, at));
}

/**
 * Guideline 17: a choice question that asks for what is NOT so, and a true-false statement with a
 * negative, write the negative in capitals or bold. Other negatives in a stem ("why is this law
 * when the others are not?") do not turn the question around and pass.
 */
export function negativeProblems(question: Question, index: number): string[] {
  const pattern =
    question.type === "true-false"
      ? NEGATIVE_STATEMENT
      : question.type === "single-choice" || question.type === "multiple-choice"
        ? NEGATIVE_STEM
        : null;
  if (pattern === null) return [];
  const found: string[] = [];
  for (const sentence of questionSentences(question)) {
    for (const match of sentence.matchAll(pattern)) {
      const word = match[1] ?? match[2] ?? "";
      const at = match.index + match[0].length - word.length;
      if (!isEmphasised(sentence, at, word)) found.push(word);
    }
  }
  if (found.length === 0) return [];
  const words = [...new Set(found)].map((w) => `"${w}"`).join(", ");
  return [
    `questions[${index}].prompt: the question turns on ${words} without emphasis; ask it positively, or write the negative as **NOT**`,
  ];
}

/**
 * Guideline 28(b): a clang association, where the key alone repeats a content word of the stem.
 * Single choice only: there one option stands out.
 */
export function clangProblems(question: Question, index: number): string[] {
  if (question.type !== "single-choice") return [];
  const stem = contentWords(question.prompt);
  const words = question.choices.map((c) => contentWordForms(c.text));
  const echoes = words.map((own, i) =>
    [...own]
      .filter(([w]) => stem.has(w) && words.every((other, j) => j === i || !other.has(w)))
      .map(([, form]) => form),
  );
  const standing = echoes.flatMap((echo, i) => (echo.length > 0 ? [i] : []));
  const [only] = standing;
  if (standing.length !== 1 || only === undefined || question.choices[only]?.correct !== true) return [];
  return [
    `questions[${index}].choices[${only}].text: only the key repeats ${echoes[only]?.map((w) => `"${w}"`).join(", ")} from the prompt; use the word in a distractor too, or in none`,
  ];
}

/** The article a word takes by its sound, as far as spelling tells. */
export function articleFor(text: string): "a" | "an" {
  const word =
    text
      .trim()
      .replace(/^[^A-Za-z0-9]+/, "")
      .split(/[^A-Za-z0-9]/)[0] ?? "";
  if (word.length > 1 && word === word.toUpperCase() && /^[A-Z]/.test(word))
    return /^[AEFHILMNORSX]/.test(word) ? "an" : "a";
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return "an";
  if (/^(?:uni|use|usu|uti|eu|one|once|ur[aeiou])/.test(lower)) return "a";
  if (/^8|^11|^18/.test(lower)) return "an";
  return /^[aeiou]/.test(lower) ? "an" : "a";
}

const SINGULAR_MARKERS = new Set(["is", "was", "this", "that", "its", "has"]);
const PLURAL_MARKERS = new Set(["are", "were", "these", "those", "have", "two", "three", "four", "several", "many"]);
const IRREGULAR_PLURALS = new Set(["men", "women", "people", "children", "data", "criteria", "feet", "teeth"]);

/** Whether an option reads as plural: its last word is a regular or irregular plural. */
export function readsPlural(text: string): boolean {
  const last = wordsOf(text).at(-1) ?? "";
  return IRREGULAR_PLURALS.has(last) || (last.length > 3 && last.endsWith("s") && !/(?:ss|us|is|as)$/.test(last));
}

/** Guideline 28(c): the words before the options agree with every option, so grammar points at none. */
export function grammarProblems(question: Question, index: number): string[] {
  const problems: string[] = [];
  for (const list of choiceLists(question, index)) {
    const lead = list.lead.replace(/[\s_:.…-]+$/, "");
    if (lead.endsWith("?")) continue;
    const lastWord = wordsOf(lead).at(-1) ?? "";
    if (lastWord === "a" || lastWord === "an") {
      const clash = list.options.filter((o) => articleFor(o.text) !== lastWord);
      if (clash.length > 0)
        problems.push(
          `${list.path}: the text before the options ends with "${lastWord}", which does not fit ${clash.map((o) => quote(o.text)).join(", ")}; move the article into the options`,
        );
      continue;
    }
    const wants = SINGULAR_MARKERS.has(lastWord) ? false : PLURAL_MARKERS.has(lastWord) ? true : null;
    if (wants === null) continue;
    const clash = list.options.filter((o) => readsPlural(o.text) !== wants);
    if (clash.length > 0 && clash.length < list.options.length)
      problems.push(
        `${list.path}: "${lastWord}" before the options asks for ${wants ? "a plural" : "a singular"}, which ${clash.map((o) => quote(o.text)).join(", ")} is not; make every option agree with it`,
      );
  }
  return problems;
}

/** Guidelines 25 and 26: no "all of the above" or "none of the above" options. */
export function aboveProblems(question: Question, index: number): string[] {
  return choiceLists(question, index).flatMap((list) =>
    list.options
      .filter((o) => ABOVE.test(o.text))
      .map(
        (o) =>
          `${o.path}.text: ${quote(o.text)} refers to the other options; options are shuffled, and such options reward partial knowledge`,
      ),
  );
}
