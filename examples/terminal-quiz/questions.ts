import { type PublicQuestion, type PublicQuestionMap, type QuestionType, validateResponse } from "civics-lessons";
import { hanging, plain, REASONS, type Style, wrap } from "./format.js";

/** Returned by a prompt when the input has ended. */
export const END = Symbol("end of input");

/** What the question prompts need from the terminal. */
export interface QuestionIO {
  /** Shows `prompt` and reads one line (hint requests already handled), or END when input has ended. */
  ask(prompt: string): Promise<string | typeof END>;
  /** Prints a line. */
  say(text?: string): void;
  /** Styling (plain when colour is off). */
  style: Style;
  /** Columns to wrap at. */
  width: number;
}

type Option = { id: string; text: string };

/** Shows one type of question and reads a response in the engine's shape from typed lines. */
type Asker<K extends QuestionType> = (question: PublicQuestionMap[K], io: QuestionIO) => Promise<unknown>;

/** Prints `label` then `text`, wrapped, with later lines lined up under the text. */
function sayHanging(io: QuestionIO, indent: string, label: string, text: string): void {
  io.say(hanging(label, text, io.width, indent));
}

/** Prints numbered options with a hanging indent. */
function listOptions(io: QuestionIO, options: readonly Option[], indent = "  "): void {
  options.forEach((option, i) => {
    sayHanging(io, indent, `${i + 1}) `.padStart(options.length > 9 ? 4 : 3), option.text);
  });
}

/** Reads numbers 1-n from a line ("2 1 3", "2,1,3"); null when any is not a listed number. */
function readNumbers(line: string, count: number): number[] | null {
  const words = line.split(/[\s,;]+/).filter(Boolean);
  const numbers = words.map((word) => (/^\d+$/.test(word) ? Number(word) : Number.NaN));
  return numbers.every((n) => n >= 1 && n <= count) ? numbers : null;
}

/** Asks until the line is one listed number, and returns that option's id. */
async function pickOne(io: QuestionIO, prompt: string, options: readonly Option[]): Promise<string | typeof END> {
  for (;;) {
    const line = await io.ask(prompt);
    if (line === END) return END;
    const numbers = readNumbers(line, options.length);
    if (numbers?.length === 1) return (options[(numbers[0] as number) - 1] as Option).id;
    io.say(`  Type one number from 1 to ${options.length}.`);
  }
}

/** Asks until the line lists only valid numbers, and returns their ids in the order typed. */
async function pickMany(io: QuestionIO, prompt: string, options: readonly Option[]): Promise<string[] | typeof END> {
  for (;;) {
    const line = await io.ask(prompt);
    if (line === END) return END;
    const numbers = readNumbers(line, options.length);
    if (numbers && numbers.length > 0) return numbers.map((n) => (options[n - 1] as Option).id);
    io.say(`  Type numbers from 1 to ${options.length}, separated by spaces.`);
  }
}

/** Asks for one value per entry (premise, item or blank); END as soon as input ends. */
async function perEntry<T extends { id: string }>(
  entries: readonly T[],
  read: (entry: T, index: number) => Promise<string | typeof END>,
): Promise<Record<string, string> | typeof END> {
  const record: Record<string, string> = {};
  for (const [index, entry] of entries.entries()) {
    const value = await read(entry, index);
    if (value === END) return END;
    record[entry.id] = value;
  }
  return record;
}

const letter = (i: number) => String.fromCharCode(65 + (i % 26));

const askers = {
  "single-choice": async (q, io) => {
    listOptions(io, q.choices);
    return pickOne(io, `Your choice (1-${q.choices.length}): `, q.choices);
  },
  "multiple-choice": async (q, io) => {
    listOptions(io, q.choices);
    io.say(io.style.dim("  Select all that apply: type their numbers, e.g. 1 3."));
    return pickMany(io, "Your choices: ", q.choices);
  },
  "true-false": async (_q, io) => {
    for (;;) {
      const line = await io.ask("True or false? (t/f): ");
      if (line === END) return END;
      const word = line.trim().toLowerCase();
      if (["t", "true", "y", "yes"].includes(word)) return true;
      if (["f", "false", "n", "no"].includes(word)) return false;
      io.say("  Type t for true or f for false.");
    }
  },
  "short-text": async (_q, io) => {
    const line = await io.ask("Your answer: ");
    return line === END ? END : line.trim();
  },
  numeric: async (q, io) => {
    const line = await io.ask(`Your answer${q.unit ? ` (${q.unit})` : ""}: `);
    return line === END ? END : line.trim();
  },
  ordering: async (q, io) => {
    listOptions(io, q.items);
    io.say(io.style.dim(`  Type all ${q.items.length} numbers in the right order, first to last, e.g. 2 1 3.`));
    return pickMany(io, "Your order: ", q.items);
  },
  matching: async (q, io) => {
    io.say("  Match each entry with one of these:");
    listOptions(io, q.responses, "    ");
    return perEntry(q.premises, (premise, i) => {
      sayHanging(io, "  ", `${letter(i)}. `, premise.text);
      return pickOne(io, `   ${letter(i)} matches (1-${q.responses.length}): `, q.responses);
    });
  },
  cloze: async (q, io) => {
    let n = 0;
    const numbered = q.text.replace(/\{\{[^{}]*\}\}/g, () => `[${++n}]`);
    io.say(wrap(plain(numbered), io.width, "  "));
    return perEntry(q.blanks, async (blank, i) => {
      if (blank.kind === "choice") {
        io.say(`  Blank [${i + 1}]:`);
        listOptions(io, blank.choices, "    ");
        return pickOne(io, `  [${i + 1}] (1-${blank.choices.length}): `, blank.choices);
      }
      const line = await io.ask(`  [${i + 1}] type the missing words: `);
      return line === END ? END : line.trim();
    });
  },
  categorize: async (q, io) => {
    io.say("  Sort each item into one of these categories:");
    listOptions(io, q.categories, "    ");
    return perEntry(q.items, (item, i) => {
      sayHanging(io, "  ", `${letter(i)}. `, item.text);
      return pickOne(io, `   ${letter(i)} goes in (1-${q.categories.length}): `, q.categories);
    });
  },
} satisfies { [K in QuestionType]: Asker<K> };

/** Prints a question's heading, prompt and excerpt. */
export function showQuestion(question: PublicQuestion, position: number, total: number, io: QuestionIO): void {
  const points = question.points === 1 ? "1 point" : `${question.points} points`;
  io.say();
  io.say(io.style.bold(`Question ${position} of ${total}`) + io.style.dim(` (${question.type}, ${points})`));
  if (question.excerpt) {
    io.say(wrap(`"${question.excerpt.text}"`, io.width, "  | "));
    io.say(io.style.dim(wrap(`from ${question.excerpt.citation}`, io.width, "  | ")));
  }
  io.say(wrap(plain(question.prompt), io.width));
  if (question.hintCount > 0)
    io.say(io.style.dim(`(Type ? at any prompt for a hint: ${question.hintCount} available.)`));
}

/**
 * Reads a response to one question, re-asking until `validateResponse` (the same check a browser
 * runs before enabling Submit) accepts it. Returns END when the input ends first.
 */
export async function askQuestion(question: PublicQuestion, io: QuestionIO): Promise<unknown> {
  const ask = askers[question.type] as Asker<QuestionType>;
  for (;;) {
    const response = await ask(question as never, io);
    if (response === END) return END;
    const verdict = validateResponse(question, response);
    if (verdict.valid) return response;
    io.say(io.style.bad(`  ${REASONS[verdict.reason]} Let's try that question again.`));
  }
}
