/**
 * The cues the engine's shuffle cannot remove: ids that name a position, and authored order. Ids
 * reach the learner's browser with every option; authored order reaches anyone who reads the
 * lesson module, and every importer or platform that shows options as written. Guideline 20 of
 * Haladyna, Downing and Rodriguez (2002) asks authors to vary the key's position; see
 * docs/guide/writing-questions.md.
 */
import type { Question } from "../../src/index.js";
import { type OptionList, optionLists } from "./lists.js";
import { wordsOf } from "./words.js";

/**
 * Words that say what kind of entry an id belongs to, not what the entry says. Followed by a
 * letter or a number (`option-b`, `choice-3`, `item-4`), they leave the id nothing but a position.
 */
export const GENERIC_ID_WORDS: ReadonlySet<string> = new Set(
  (
    "option opt choice item premise prem response resp category cat group answer ans alternative alt entry " +
    "statement stmt step event element elem pair term def definition left lhs rhs col row card label value val"
  ).split(" "),
);

/** A bare letter or number, after an optional prefix of one or two letters (`p1`, `r-2`, `c1`), or a generic word. */
const POSITIONAL = new RegExp(
  `^(?:([a-z])|(\\d+)|[a-z]{1,2}-?(\\d+)|(?:${[...GENERIC_ID_WORDS].join("|")})(?:-([a-z])|-?(\\d+)))$`,
);

/**
 * The letter or number by which an id names a position, or `null` when the id says something else.
 * A prefix that repeats the id of the question or blank the entry belongs to (`q12-a`,
 * `who-vetoes-2`) is as generic as `option-`.
 *
 * @param id - An option, item, premise, response or category id.
 * @param scopes - Ids of the question (and blank) the entry belongs to.
 * @example
 * positionalToken("option-b")           //=> "b"
 * positionalToken("p1")                  //=> "1"
 * positionalToken("q12-c", ["q12"])      //=> "c"
 * positionalToken("chief-justice")       //=> null
 */
export function positionalToken(id: string, scopes: readonly string[] = []): string | null {
  let rest = id;
  for (const scope of scopes) {
    if (rest.startsWith(`${scope}-`) && rest.length > scope.length + 1) rest = rest.slice(scope.length + 1);
  }
  const match = POSITIONAL.exec(rest);
  if (!match) return null;
  return match.slice(1).find((group) => group !== undefined) ?? null;
}

const ENTRY_NAMES: Record<OptionList["kind"], string> = {
  choices: "option",
  "blank-choices": "option",
  items: "item",
  premises: "premise",
  responses: "response",
  categories: "category",
};

/** The ids a list's entries may repeat as a prefix: the question id, and for a blank's choices the blank id. */
function scopesOf(question: Question, list: OptionList): string[] {
  const blank = /\.blanks\[(\d+)\]/.exec(list.path);
  const blankId = blank && question.type === "cloze" ? question.blanks[Number(blank[1])]?.id : undefined;
  return blankId === undefined ? [question.id] : [question.id, blankId];
}

/** An id's final letter (after a hyphen) or number, and what comes before it: `tool-c` -> `tool`, `c`. */
function trailingToken(id: string): { prefix: string; token: string } | null {
  const match = /^(.*?)-?(\d+)$/.exec(id) ?? /^(?:(.*)-)?([a-z])$/.exec(id);
  return match?.[2] === undefined ? null : { prefix: match[1] ?? "", token: match[2] };
}

/**
 * The tokens of a list whose ids are one shared prefix and a different letter or number each
 * (`person-a`, `person-b`, `person-c`): a prefix every entry shares tells the entries apart no
 * more than `option-` does. Null when the list's ids say more than that.
 */
function sharedPrefixTokens(ids: readonly string[]): (string | null)[] | null {
  const split = ids.map(trailingToken);
  if (ids.length < 2 || split.some((s) => s === null)) return null;
  if (new Set(split.map((s) => s?.prefix)).size !== 1 || new Set(split.map((s) => s?.token)).size !== ids.length)
    return null;
  return split.map((s) => s?.token ?? null);
}

/**
 * Option, item, premise, response and category ids that are only a letter or a number, alone or
 * after a generic prefix: a word such as `option` or `choice`, one or two letters (`p1`, `r2`), the
 * id of the question, or a prefix every entry of the list shares (`tool-a`, `tool-b`). A learner's
 * browser receives them with the options; authors number entries in the order they write them,
 * and often write the key first, so `option-a` and `p1 -> r1` point at the key whatever order the
 * options are shown in. A number the entry's own text shows (an id `1798` for the option "1798")
 * is not a position. Blank ids are exempt: a blank is a position in the passage anyway.
 *
 * @example
 * positionalIdProblems(questionWithOptionIds("option-a", "option-b"), 6)[0]
 * //=> 'questions[6].choices[0].id: option id "option-a" names a position ("a"), not the option; ...'
 */
export function positionalIdProblems(question: Question, index: number): string[] {
  const problems: string[] = [];
  for (const list of optionLists(question, index)) {
    const scopes = scopesOf(question, list);
    const shared = sharedPrefixTokens(list.options.map((o) => o.id));
    list.options.forEach((option, i) => {
      const token = positionalToken(option.id, scopes) ?? shared?.[i] ?? null;
      if (token === null) return;
      if (/^\d+$/.test(token) && wordsOf(option.text).includes(token)) return;
      problems.push(
        `${option.path}.id: ${ENTRY_NAMES[list.kind]} id "${option.id}" names a position ("${token}"), not the ${ENTRY_NAMES[list.kind]}; authors number in the order they write, so it hints at the key. Use words of its own text or a neutral id`,
      );
    });
  }
  return problems;
}

/** What a question's authored order says about its key. */
export interface AuthoredOrder {
  /** For each list with exactly one keyed option (single choice, a choice blank): the key's index as authored. */
  keyIndexes: number[];
  /** Select all that apply: whether the keyed options are exactly the first ones as authored; otherwise null. */
  keyedFirst: boolean | null;
  /**
   * Ordering, matching and categorize: whether the question is written solved (items in their correct
   * order; response i the match of premise i for every premise; items in runs by category, in the
   * categories' order); otherwise null.
   */
  solved: boolean | null;
}

/**
 * The authored positions of a question's key.
 *
 * @example
 * authoredOrder(singleChoiceWithKeyFirst)
 * //=> { keyIndexes: [0], keyedFirst: null, solved: null }
 */
export function authoredOrder(question: Question, index = 0): AuthoredOrder {
  const keyIndexes = optionLists(question, index)
    .filter((list) => list.kind === "choices" || list.kind === "blank-choices")
    .filter((list) => list.options.filter((o) => o.keyed).length === 1 && question.type !== "multiple-choice")
    .map((list) => list.options.findIndex((o) => o.keyed));
  let keyedFirst: boolean | null = null;
  let solved: boolean | null = null;
  switch (question.type) {
    case "multiple-choice": {
      const keyed = question.choices.map((c) => c.correct === true);
      const count = keyed.filter(Boolean).length;
      keyedFirst = count > 0 && keyed.every((k, i) => k === i < count);
      break;
    }
    case "ordering":
      solved = question.items.every((item, i) => question.correctOrder[i] === item.id);
      break;
    case "matching":
      solved = question.premises.every((premise, i) => question.pairs[premise.id] === question.responses[i]?.id);
      break;
    case "categorize": {
      const at = question.items.map((item) => question.categories.findIndex((c) => c.id === item.categoryId));
      solved = new Set(at).size > 1 && at.every((c, i) => i === 0 || c >= (at[i - 1] ?? 0));
      break;
    }
    default:
      break;
  }
  return { keyIndexes, keyedFirst, solved };
}
