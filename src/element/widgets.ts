import type { PublicOption, PublicQuestion, PublicQuestionMap } from "../engine/public/types.js";
import type { QuestionType } from "../schema/types.js";
import { h, inline, plain } from "./dom.js";
import { type CivicsQuizStrings, fill } from "./strings.js";

/** What a widget gets from the element. */
export interface WidgetContext {
  /** A prefix for ids, unique within the element. */
  uid: string;
  /** The element's strings. */
  strings: CivicsQuizStrings;
  /** Call after each change; `settled` is false while the learner is still typing. */
  changed(settled: boolean): void;
  /** Says something through the element's live region. */
  announce(text: string): void;
}

/** One line of a response in words: the part it answers (a premise, item, blank or position) and the text. */
export interface Line {
  /** The part's id, as the engine names parts in results. */
  id: string;
  /** The words. */
  text: string;
}

/** The controls of one question. */
export interface Widget {
  /** The controls, ready to insert. */
  element: HTMLElement;
  /** The response in the engine's shape, or undefined while the learner has not answered. */
  read(): unknown;
  /** Shows a saved response (ignored when it does not fit the question). */
  write(response: unknown): void;
  /** The response in words for the review: one line, a list of lines, or null for none. */
  describe(response: unknown): string | Line[] | null;
}

type Builder<K extends QuestionType> = (question: PublicQuestionMap[K], ctx: WidgetContext) => Widget;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Option texts by id, for turning ids into words. */
function labeller(...lists: readonly PublicOption[][]): (id: unknown) => string {
  const words = new Map<unknown, string>();
  for (const list of lists) for (const option of list) words.set(option.id, plain(option.text));
  return (id) => words.get(id) ?? String(id);
}

/** Radio buttons or checkboxes, one row per option, grouped by the question's fieldset. */
function optionRows(type: "radio" | "checkbox", options: PublicOption[], ctx: WidgetContext) {
  const box = h("div", { class: "options" });
  const inputs = options.map((option, i) => {
    const input = h("input", { type, name: ctx.uid, id: `${ctx.uid}-${i}`, value: option.id, part: type });
    box.append(
      h("div", { class: "option", part: "option" }, input, h("label", { for: input.id }, inline(option.text))),
    );
    return input;
  });
  box.addEventListener("change", () => ctx.changed(true));
  return { box, inputs };
}

function textField(id: string, maxLength: number, ctx: WidgetContext, attributes = {}): HTMLInputElement {
  const input = h("input", {
    type: "text",
    id,
    maxlength: maxLength,
    autocomplete: "off",
    spellcheck: "false",
    part: "input",
    ...attributes,
  });
  input.addEventListener("input", () => ctx.changed(false));
  input.addEventListener("change", () => ctx.changed(true));
  return input;
}

function selectField(id: string, options: PublicOption[], ctx: WidgetContext, attributes = {}): HTMLSelectElement {
  const select = h("select", { id, part: "select", ...attributes }, h("option", { value: "" }, ctx.strings.choose));
  for (const option of options) select.append(h("option", { value: option.id }, plain(option.text)));
  select.addEventListener("change", () => ctx.changed(true));
  return select;
}

const trimmed = (field: HTMLInputElement | HTMLSelectElement) => field.value.trim();

/** A record response built from one field per key; unanswered keys are left out. */
function recordWidget(
  element: HTMLElement,
  fields: Map<string, HTMLInputElement | HTMLSelectElement>,
  describe: Widget["describe"],
): Widget {
  return {
    element,
    read: () => {
      const record: Record<string, string> = {};
      for (const [key, field] of fields) if (trimmed(field)) record[key] = trimmed(field);
      return Object.keys(record).length > 0 ? record : undefined;
    },
    write: (response) => {
      if (!isRecord(response)) return;
      for (const [key, field] of fields)
        field.value = typeof response[key] === "string" ? (response[key] as string) : "";
    },
    describe,
  };
}

/** One labelled select per entry (a premise or an item), each choosing among `choices`. */
function selectPerEntry(entries: PublicOption[], choices: PublicOption[], ctx: WidgetContext): Widget {
  const box = h("div", { class: "pairs" });
  const fields = new Map<string, HTMLSelectElement>();
  entries.forEach((entry, i) => {
    const select = selectField(`${ctx.uid}-${i}`, choices, ctx);
    fields.set(entry.id, select);
    box.append(h("div", { class: "pair", part: "pair" }, h("label", { for: select.id }, inline(entry.text)), select));
  });
  const entryWord = labeller(entries);
  const choiceWord = labeller(choices);
  return recordWidget(box, fields, (response) =>
    isRecord(response)
      ? entries.map((e) => ({
          id: e.id,
          text: `${entryWord(e.id)}: ${e.id in response ? choiceWord(response[e.id]) : ctx.strings.noAnswer}`,
        }))
      : null,
  );
}

const builders: { [K in QuestionType]: Builder<K> } = {
  "single-choice": (q, ctx) => {
    const { box, inputs } = optionRows("radio", q.choices, ctx);
    const word = labeller(q.choices);
    return {
      element: box,
      read: () => inputs.find((input) => input.checked)?.value,
      write: (response) => {
        for (const input of inputs) input.checked = input.value === response;
      },
      describe: (response) => (typeof response === "string" ? word(response) : null),
    };
  },
  "multiple-choice": (q, ctx) => {
    const { box, inputs } = optionRows("checkbox", q.choices, ctx);
    const instruction = ctx.strings.selectAll;
    const stem = instruction.replace(/[.!?。]+$/, "").toLowerCase();
    if (!plain(q.prompt).toLowerCase().includes(stem)) box.prepend(h("p", { class: "note" }, instruction));
    const word = labeller(q.choices);
    return {
      element: box,
      read: () => {
        const ids = inputs.filter((input) => input.checked).map((input) => input.value);
        return ids.length > 0 ? ids : undefined;
      },
      write: (response) => {
        const ids = Array.isArray(response) ? response : [];
        for (const input of inputs) input.checked = ids.includes(input.value);
      },
      describe: (response) => (Array.isArray(response) ? response.map((id) => ({ id, text: word(id) })) : null),
    };
  },
  "true-false": (_q, ctx) => {
    const { strings } = ctx;
    const { box, inputs } = optionRows(
      "radio",
      [
        { id: "true", text: strings.true },
        { id: "false", text: strings.false },
      ],
      ctx,
    );
    return {
      element: box,
      read: () => {
        const value = inputs.find((input) => input.checked)?.value;
        return value === undefined ? undefined : value === "true";
      },
      write: (response) => {
        for (const input of inputs) input.checked = input.value === String(response);
      },
      describe: (response) => (typeof response === "boolean" ? (response ? strings.true : strings.false) : null),
    };
  },
  "short-text": (q, ctx) => typed(textField(`${ctx.uid}-text`, q.maxLength, ctx), ctx.strings.yourAnswer),
  numeric: (q, ctx) =>
    typed(
      textField(`${ctx.uid}-number`, 64, ctx, { inputmode: "decimal" }),
      q.unit ? fill(ctx.strings.yourNumberIn, { unit: q.unit }) : ctx.strings.yourNumber,
    ),
  ordering: (q, ctx) => {
    const { strings } = ctx;
    const word = labeller(q.items);
    const order = q.items.map((item) => item.id);
    const list = h("ol", { class: "order", "aria-describedby": `${ctx.uid}-how` });
    const keep = h("input", { type: "checkbox", id: `${ctx.uid}-keep`, part: "checkbox" });
    const rows = new Map<string, HTMLLIElement>();
    const render = () =>
      order.forEach((id, position) => {
        const row = rows.get(id) as HTMLLIElement;
        if (list.children[position] !== row) list.insertBefore(row, list.children[position] ?? null);
        (row.firstChild as HTMLElement).lastChild!.textContent = String(position + 1);
        const [up, down] = row.querySelectorAll("button");
        up?.setAttribute("aria-disabled", String(position === 0));
        down?.setAttribute("aria-disabled", String(position === order.length - 1));
      });
    const move = (id: string, by: number, button: HTMLButtonElement) => {
      const from = order.indexOf(id);
      const to = from + by;
      if (to < 0 || to >= order.length) return;
      order.splice(from, 1);
      order.splice(to, 0, id);
      render();
      button.focus(); // moving the row drops focus; keep the learner on the same button
      keep.checked = true;
      ctx.announce(fill(strings.moved, { item: word(id), n: to + 1, total: order.length }));
      ctx.changed(true);
    };
    q.items.forEach((item, i) => {
      const button = (label: string, by: number) => {
        const element = h(
          "button",
          { type: "button", class: "move", part: "button move" },
          label,
          h("span", { class: "sr" }, `: ${plain(item.text)}`),
        );
        element.addEventListener("click", () => move(item.id, by, element));
        return element;
      };
      rows.set(
        item.id,
        h(
          "li",
          { part: "order-item" },
          h("span", { class: "pos" }, h("span", { class: "sr" }, `${strings.position} `), h("span", {})),
          h("span", { class: "item", id: `${ctx.uid}-${i}` }, inline(item.text)),
          h("span", { class: "moves" }, button(strings.moveUp, -1), button(strings.moveDown, 1)),
        ),
      );
    });
    render();
    keep.addEventListener("change", () => ctx.changed(true));
    const element = h(
      "div",
      {},
      h("p", { class: "note", id: `${ctx.uid}-how` }, strings.orderHelp),
      list,
      h("div", { class: "option keep", part: "option" }, keep, h("label", { for: keep.id }, strings.keepOrder)),
    );
    return {
      element,
      // The shown order only counts once the learner moved an item or accepted it.
      read: () => (keep.checked ? [...order] : undefined),
      write: (response) => {
        if (!Array.isArray(response) || response.length !== order.length || !response.every((id) => rows.has(id)))
          return;
        order.splice(0, order.length, ...response);
        render();
        keep.checked = true;
      },
      describe: (response) =>
        Array.isArray(response) ? response.map((id, i) => ({ id: String(i), text: word(id) })) : null,
    };
  },
  matching: (q, ctx) => selectPerEntry(q.premises, q.responses, ctx),
  categorize: (q, ctx) => selectPerEntry(q.items, q.categories, ctx),
  cloze: (q, ctx) => {
    const paragraph = h("p", { class: "cloze" });
    const fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
    const words = new Map<string, (id: unknown) => string>();
    let last = 0;
    for (const match of q.text.matchAll(/\{\{([^{}]*)\}\}/g)) {
      paragraph.append(inline(q.text.slice(last, match.index)));
      last = match.index + match[0].length;
      const blank = q.blanks.find((b) => b.id === match[1]?.trim());
      if (!blank) continue;
      const attributes = { "aria-label": fill(ctx.strings.blank, { n: fields.size + 1, total: q.blanks.length }) };
      const id = `${ctx.uid}-${fields.size}`;
      const field =
        blank.kind === "choice"
          ? selectField(id, blank.choices, ctx, attributes)
          : textField(id, blank.maxLength, ctx, { ...attributes, size: 14 });
      if (blank.kind === "choice") words.set(blank.id, labeller(blank.choices));
      fields.set(blank.id, field);
      paragraph.append(field);
    }
    paragraph.append(inline(q.text.slice(last)));
    return recordWidget(paragraph, fields, (response) =>
      isRecord(response)
        ? [...fields.keys()].map((id, i) => {
            const given = response[id];
            const text = given === undefined ? ctx.strings.noAnswer : (words.get(id)?.(given) ?? String(given));
            return { id, text: `${fill(ctx.strings.blank, { n: i + 1, total: fields.size })}: ${text}` };
          })
        : null,
    );
  },
};

/** A labelled text input whose response is the trimmed text. */
function typed(input: HTMLInputElement, label: string): Widget {
  return {
    element: h("div", { class: "typed" }, h("label", { for: input.id }, label), input),
    read: () => input.value.trim() || undefined,
    write: (response) => {
      if (typeof response === "string" || typeof response === "number") input.value = String(response);
    },
    describe: (response) => (response === undefined || response === null ? null : String(response)),
  };
}

/** Builds the keyboard-operable controls of any question type. */
export function buildWidget(question: PublicQuestion, ctx: WidgetContext): Widget {
  return (builders[question.type] as Builder<QuestionType>)(question as never, ctx);
}
