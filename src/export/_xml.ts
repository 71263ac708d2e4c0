import { escapeXml } from "./_shared.js";

/** An element to be serialised. Attribute values are plain text; they are escaped on output. */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
  /** Children are block-level (whitespace between them is insignificant): one per line even when raw. */
  block?: true;
}

/** Markup that is already well-formed and escaped (XHTML rendered from Markdown, for instance). */
export interface XmlRaw {
  raw: string;
}

/** Either kind of node. */
export type XmlNode = XmlElement | XmlRaw;

/** Attribute values; `undefined` leaves the attribute out. */
export type XmlAttrs = Record<string, string | number | boolean | undefined>;

/**
 * Builds an element. Numbers are written as given (callers pass plain decimals).
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
 * Builds an element whose children are block-level, so each may go on its own line.
 *
 * @example
 * render(block("div", {}, [raw("<p>a</p>"), raw("<p>b</p>")]))
 * //=> "<div>\n  <p>a</p>\n  <p>b</p>\n</div>"
 */
export function block(name: string, attrs: XmlAttrs = {}, children: XmlNode[] = []): XmlElement {
  return { ...el(name, attrs, children), block: true };
}

/**
 * Wraps already-escaped markup.
 *
 * @example
 * render(raw("<br/>"))
 * //=> "<br/>"
 */
export function raw(markup: string): XmlRaw {
  return { raw: markup };
}

/**
 * Escapes text into a node.
 *
 * @example
 * text("<b>")
 * //=> { raw: "&lt;b&gt;" }
 */
export function text(value: string): XmlRaw {
  return { raw: escapeXml(value) };
}

/**
 * Serialises a node with two-space indentation. An element whose children include raw markup
 * keeps them on one line, so whitespace inside mixed content is never changed; elements with only
 * element children, or built with {@link block}, get one child per line.
 *
 * @example
 * render(el("qti-variable", { identifier: "SCORE" }))
 * //=> "<qti-variable identifier=\"SCORE\"/>"
 */
export function render(node: XmlNode, depth = 0): string {
  const pad = "  ".repeat(depth);
  if ("raw" in node) return pad + node.raw;
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (node.block !== true && node.children.some((child) => "raw" in child)) {
    const inner = node.children.map((child) => ("raw" in child ? child.raw : render(child, 0))).join("");
    return `${pad}<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const inner = node.children.map((child) => render(child, depth + 1)).join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}
