import type { PublicOption, PublicQuestion, PublicQuestionMap, QuestionType } from "civics-lessons";

/** Reads the learner's current response, in the engine's shape, from a question's controls. */
export interface Control {
  /** The response, or undefined while nothing is given. */
  read(): unknown;
}

/** What a control builder gets from the page. */
export interface ControlContext {
  /** A DOM-safe prefix for ids unique to this question. */
  uid: string;
  /** Call after every change so the page can re-validate. */
  changed(): void;
  /** Says something through the page's live region. */
  announce(text: string): void;
}

type Builder<K extends QuestionType> = (
  question: PublicQuestionMap[K],
  box: HTMLElement,
  ctx: ControlContext,
) => Control;

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function h(
  tag: string,
  attributes: Record<string, string | boolean> = {},
  ...children: (Node | string | null)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** Lesson text is Markdown; this example shows it as plain text (no HTML from content, ever). */
export function plain(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 ($2)");
}

function optionRow(type: "radio" | "checkbox", name: string, id: string, value: string, text: string): HTMLElement {
  return h(
    "div",
    { class: "option" },
    h("input", { type, name, id, value }),
    h("label", { for: id, "data-option": value }, plain(text)),
  );
}

function choiceList(
  type: "radio" | "checkbox",
  options: readonly PublicOption[],
  box: HTMLElement,
  ctx: ControlContext,
) {
  const inputs = options.map((option, i) => {
    const row = optionRow(type, ctx.uid, `${ctx.uid}-o${i}`, option.id, option.text);
    box.append(row);
    return row.querySelector("input") as HTMLInputElement;
  });
  box.addEventListener("change", ctx.changed);
  return inputs;
}

function selectFor(
  id: string,
  options: readonly PublicOption[],
  extra: Record<string, string> = {},
): HTMLSelectElement {
  const select = h("select", { id, ...extra }, h("option", { value: "" }, "Choose…")) as HTMLSelectElement;
  for (const option of options) select.append(h("option", { value: option.id }, plain(option.text)));
  return select;
}

function textInput(id: string, maxLength: number, extra: Record<string, string> = {}): HTMLInputElement {
  return h("input", {
    type: "text",
    id,
    maxlength: String(maxLength),
    autocomplete: "off",
    spellcheck: "false",
    ...extra,
  }) as HTMLInputElement;
}

/** One select per premise or item; the response maps each to a chosen id (unchosen ones left out). */
function selectPerEntry(
  entries: readonly PublicOption[],
  choices: readonly PublicOption[],
  box: HTMLElement,
  ctx: ControlContext,
): Control {
  const selects = entries.map((entry, i) => {
    const id = `${ctx.uid}-e${i}`;
    const select = selectFor(id, choices, { "data-entry": entry.id });
    box.append(h("div", { class: "pair" }, h("label", { for: id }, plain(entry.text)), select));
    return select;
  });
  box.addEventListener("change", ctx.changed);
  return {
    read: () => {
      const record: Record<string, string> = {};
      entries.forEach((entry, i) => {
        const value = selects[i]?.value;
        if (value) record[entry.id] = value;
      });
      return Object.keys(record).length > 0 ? record : undefined;
    },
  };
}

const builders = {
  "single-choice": (q, box, ctx) => {
    const inputs = choiceList("radio", q.choices, box, ctx);
    return { read: () => inputs.find((input) => input.checked)?.value };
  },
  "multiple-choice": (q, box, ctx) => {
    box.append(h("p", { class: "label" }, "Select all that apply."));
    const inputs = choiceList("checkbox", q.choices, box, ctx);
    return {
      read: () => {
        const ids = inputs.filter((input) => input.checked).map((input) => input.value);
        return ids.length > 0 ? ids : undefined;
      },
    };
  },
  "true-false": (_q, box, ctx) => {
    const options = [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ];
    const inputs = choiceList("radio", options, box, ctx);
    return {
      read: () => {
        const value = inputs.find((input) => input.checked)?.value;
        return value === undefined ? undefined : value === "true";
      },
    };
  },
  "short-text": (q, box, ctx) => {
    const input = textInput(`${ctx.uid}-text`, q.maxLength);
    box.append(h("label", { for: input.id }, "Your answer"), input);
    input.addEventListener("input", ctx.changed);
    return { read: () => input.value.trim() || undefined };
  },
  numeric: (q, box, ctx) => {
    const input = textInput(`${ctx.uid}-number`, 64, { inputmode: "decimal" });
    box.append(h("label", { for: input.id }, q.unit ? `Your answer (${q.unit})` : "Your answer (a number)"), input);
    input.addEventListener("input", ctx.changed);
    return { read: () => input.value.trim() || undefined };
  },
  ordering: (q, box, ctx) => {
    box.append(
      h(
        "p",
        { class: "label", id: `${ctx.uid}-how` },
        "Use the Move up and Move down buttons to put the items in order.",
      ),
    );
    const list = h("ol", { class: "ordering", "aria-describedby": `${ctx.uid}-how` });
    const order = q.items.map((item) => item.id);
    const rows = new Map<string, HTMLElement>();
    const render = () => {
      order.forEach((id, position) => {
        const row = rows.get(id) as HTMLElement;
        if (list.children[position] !== row) list.insertBefore(row, list.children[position] ?? null);
        const [up, down] = row.querySelectorAll("button");
        up?.setAttribute("aria-disabled", String(position === 0));
        down?.setAttribute("aria-disabled", String(position === order.length - 1));
      });
    };
    const move = (id: string, by: -1 | 1, button: HTMLElement) => {
      const from = order.indexOf(id);
      const to = from + by;
      if (to < 0 || to >= order.length) return;
      order.splice(from, 1);
      order.splice(to, 0, id);
      render();
      button.focus(); // moving the row in the DOM drops focus; keep the keyboard user on the same button
      const text = q.items.find((item) => item.id === id)?.text ?? id;
      ctx.announce(`${plain(text)}: now ${to + 1} of ${order.length}.`);
      ctx.changed();
    };
    q.items.forEach((item, i) => {
      const textId = `${ctx.uid}-i${i}`;
      const button = (label: string, by: -1 | 1) => {
        const element = h(
          "button",
          { type: "button", class: "secondary", "data-move": by === -1 ? "up" : "down", "data-item": item.id },
          label,
          h("span", { class: "visually-hidden" }, `: ${plain(item.text)}`),
        );
        element.addEventListener("click", () => move(item.id, by, element));
        return element;
      };
      rows.set(
        item.id,
        h(
          "li",
          { "data-item": item.id },
          h("span", { class: "item-text", id: textId }, plain(item.text)),
          button("Move up", -1),
          button("Move down", 1),
        ),
      );
    });
    render();
    box.append(list);
    // Every item is always placed, so the current order is always a complete answer.
    return { read: () => [...order] };
  },
  matching: (q, box, ctx) => selectPerEntry(q.premises, q.responses, box, ctx),
  categorize: (q, box, ctx) => selectPerEntry(q.items, q.categories, box, ctx),
  cloze: (q, box, ctx) => {
    const paragraph = h("p", { class: "cloze-text" });
    const fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
    let last = 0;
    let n = 0;
    for (const match of q.text.matchAll(/\{\{([^{}]*)\}\}/g)) {
      paragraph.append(plain(q.text.slice(last, match.index)));
      last = (match.index ?? 0) + match[0].length;
      const blank = q.blanks.find((b) => b.id === (match[1] ?? "").trim());
      if (!blank) continue;
      n++;
      const id = `${ctx.uid}-b${n}`;
      const label = `Blank ${n} of ${q.blanks.length}`;
      const field =
        blank.kind === "choice"
          ? selectFor(id, blank.choices, { "aria-label": label, "data-blank": blank.id })
          : textInput(id, blank.maxLength, { "aria-label": label, "data-blank": blank.id, size: "18" });
      field.addEventListener(blank.kind === "choice" ? "change" : "input", ctx.changed);
      fields.set(blank.id, field);
      paragraph.append(field);
    }
    paragraph.append(plain(q.text.slice(last)));
    box.append(paragraph);
    return {
      read: () => {
        const record: Record<string, string> = {};
        for (const [id, field] of fields) if (field.value.trim()) record[id] = field.value.trim();
        return Object.keys(record).length > 0 ? record : undefined;
      },
    };
  },
} satisfies { [K in QuestionType]: Builder<K> };

/** Builds the keyboard-operable controls of any question type into `box`. */
export function buildControl(question: PublicQuestion, box: HTMLElement, ctx: ControlContext): Control {
  const build = builders[question.type] as Builder<QuestionType>;
  return build(question as never, box, ctx);
}

/** Every labelled option of a question (choices, items, premises, blank choices...), for turning ids back into words. */
export function labelsOf(question: PublicQuestion): Map<string, string> {
  const labels = new Map<string, string>([
    ["true", "True"],
    ["false", "False"],
  ]);
  const collect = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    (value as Record<string, unknown>[]).forEach((entry, i) => {
      if (typeof entry.id !== "string") return;
      if (typeof entry.text === "string") labels.set(entry.id, plain(entry.text));
      else if (typeof entry.kind === "string") labels.set(entry.id, `Blank ${i + 1}`); // cloze blanks have no text
      collect(entry.choices);
    });
  };
  const record = question as unknown as Record<string, unknown>;
  for (const key of ["choices", "items", "premises", "responses", "categories", "blanks"]) collect(record[key]);
  return labels;
}
