import { escapeXml } from "./escape.js";

/** How an element's children are laid out when serialised. */
export type XmlLayout =
  /** One child per line, indented (whitespace between children is insignificant). */
  | "block"
  /** Everything on one line, so whitespace inside mixed content is never changed. */
  | "inline";

/** An element to be serialised. Attribute values and text are plain text, escaped on output. */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
  layout?: XmlLayout;
}

/** Character data. */
export interface XmlText {
  text: string;
}

/** Either kind of node. */
export type XmlNode = XmlElement | XmlText;

/** Attribute values; `undefined` leaves the attribute out. */
export type XmlAttrs = Record<string, string | number | boolean | undefined>;

/**
 * Builds an element. Numbers are written as given (callers pass plain decimals). Its children go
 * one per line unless one of them is text, which keeps the element on one line.
 *
 * @example
 * render(el("qti-value", {}, [text("a & b")]))
 * //=> "<qti-value>a &amp; b</qti-value>"
 */
export function el(name: string, attrs: XmlAttrs = {}, children: XmlNode[] = []): XmlElement {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) pairs.push([key, String(value)]);
  return { name, attrs: pairs, children };
}

/**
 * Builds an element whose children are blocks, one per line.
 *
 * @example
 * render(block("div", {}, [inline("p", {}, [text("a")]), inline("p", {}, [text("b")])]))
 * //=> "<div>\n  <p>a</p>\n  <p>b</p>\n</div>"
 */
export function block(name: string, attrs: XmlAttrs = {}, children: XmlNode[] = []): XmlElement {
  return { ...el(name, attrs, children), layout: "block" };
}

/**
 * Builds an element written on one line with everything inside it (mixed content).
 *
 * @example
 * render(inline("p", {}, [el("qti-text-entry-interaction", { "response-identifier": "R" })]))
 * //=> '<p><qti-text-entry-interaction response-identifier="R"/></p>'
 */
export function inline(name: string, attrs: XmlAttrs = {}, children: XmlNode[] = []): XmlElement {
  return { ...el(name, attrs, children), layout: "inline" };
}

/**
 * A text node, escaped when written.
 *
 * @example
 * render(text("<b>"))
 * //=> "&lt;b&gt;"
 */
export function text(value: string): XmlText {
  return { text: value };
}

/** Options for {@link render}. */
export interface RenderOptions {
  /** Escapes text and attribute values (default: XML escaping). */
  escape?: (value: string) => string;
  /** Indentation depth of the node. */
  depth?: number;
}

/**
 * Serialises a node with two-space indentation.
 *
 * @example
 * render(el("qti-variable", { identifier: "SCORE" }))
 * //=> "<qti-variable identifier=\"SCORE\"/>"
 */
export function render(node: XmlNode, options: RenderOptions = {}): string {
  const pad = "  ".repeat(options.depth ?? 0);
  return pad + serialise(node, options.escape ?? escapeXml, options.depth ?? 0, false);
}

function serialise(node: XmlNode, escaped: (value: string) => string, depth: number, flat: boolean): string {
  if ("text" in node) return escaped(node.text);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escaped(v)}"`).join("");
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  const oneLine =
    flat || node.layout === "inline" || (node.layout !== "block" && node.children.some((c) => "text" in c));
  if (oneLine) {
    const inner = node.children.map((child) => serialise(child, escaped, 0, true)).join("");
    return `<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const pad = "  ".repeat(depth);
  const inner = node.children.map((child) => `${pad}  ${serialise(child, escaped, depth + 1, false)}`).join("\n");
  return `<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}
