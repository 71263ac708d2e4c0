/** Attributes for {@link h}: `false` and `undefined` leave an attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A child for {@link h}: strings become text nodes, never HTML. */
export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== undefined) element.setAttribute(name, value === true ? "" : String(value));
  for (const child of children) if (child) element.append(child);
  return element;
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Renders the inline Markdown that lesson text uses (`**bold**`, `*emphasis*`, `` `code` ``,
 * `[links](https://…)`) as DOM nodes. Anything else stays text: no HTML from content, ever.
 */
export function inline(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of markdown.matchAll(INLINE)) {
    fragment.append(markdown.slice(last, match.index));
    last = match.index + match[0].length;
    const [, strong, em, code, text, href] = match;
    if (strong !== undefined) fragment.append(h("strong", {}, inline(strong)));
    else if (em !== undefined) fragment.append(h("em", {}, inline(em)));
    else if (code !== undefined) fragment.append(h("code", {}, code));
    else if (href && /^https?:\/\//.test(href))
      fragment.append(h("a", { href, target: "_blank", rel: "noopener" }, text));
    else fragment.append(text ?? "");
  }
  fragment.append(markdown.slice(last));
  return fragment;
}

/** The text of lesson Markdown with its inline marks removed (for option labels and announcements). */
export function plain(markdown: string): string {
  return inline(markdown).textContent ?? "";
}
