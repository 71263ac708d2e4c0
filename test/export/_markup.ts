/**
 * Checks that rendered markup can carry nothing but the library's safe Markdown subset:
 * paragraphs, emphasis, code, lists, `https://` links (and, in QTI, the block quote of an
 * excerpt and hint sections).
 */
import { parseXml } from "./_qti-engine.js";

/** XHTML elements lesson text may become. */
export const SAFE_ELEMENTS = new Set([
  "p",
  "em",
  "strong",
  "code",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "cite",
  "div",
  "details",
  "summary",
  "span",
]);

const TAG = /^<\/?(p|em|strong|code|a|ul|ol|li|blockquote|cite)( href="https:\/\/[^"<>]*")?>/;
const REFERENCE = /^&(?:amp|lt|gt|quot|#[0-9]+);/;

/**
 * Problems in an HTML fragment as Moodle would receive it: every `<` must open or close one of
 * the safe elements (links only with an `https://` href), and every `&` must start a reference.
 * Any other `<` could become markup in Moodle's HTML filter, so it counts as live.
 *
 * @example
 * htmlProblems('<p>x</p><img src=x onerror="y">')
 * //=> ['live markup at 8: <img src=x onerror="y">']
 */
export function htmlProblems(fragment: string): string[] {
  const problems: string[] = [];
  for (let at = fragment.indexOf("<"); at !== -1; at = fragment.indexOf("<", at + 1)) {
    const rest = fragment.slice(at, at + 200);
    const tag = TAG.exec(rest);
    if (!tag || (tag[1] === "a" && !rest.startsWith("</") && tag[2] === undefined))
      problems.push(`live markup at ${at}: ${rest.slice(0, 40)}`);
  }
  for (let at = fragment.indexOf("&"); at !== -1; at = fragment.indexOf("&", at + 1))
    if (!REFERENCE.test(fragment.slice(at, at + 12))) problems.push(`bare & at ${at}: ${fragment.slice(at, at + 12)}`);
  return problems;
}

/** The elements of an XML document, depth first. */
function* elements(node: ReturnType<typeof parseXml>): Generator<ReturnType<typeof parseXml>> {
  yield node;
  for (const child of node.children) yield* elements(child);
}

/**
 * Problems in a QTI item: elements that are neither QTI's nor safe XHTML, event-handler
 * attributes, and links that are not `https://`.
 *
 * @example
 * qtiProblems(itemXml)
 * //=> []
 */
export function qtiProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const node of elements(parseXml(xml))) {
    if (!node.name.startsWith("qti-") && !SAFE_ELEMENTS.has(node.name)) problems.push(`element <${node.name}>`);
    for (const [name, value] of Object.entries(node.attrs)) {
      if (/^on/i.test(name)) problems.push(`attribute ${name} on <${node.name}>`);
      if ((name === "href" || name === "src") && !value.startsWith("https://"))
        problems.push(`${name}="${value}" on <${node.name}>`);
    }
  }
  return problems;
}
