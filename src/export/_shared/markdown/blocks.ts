/** A block of lesson Markdown: a paragraph, or a list whose items are inline Markdown. */
export type Block = { kind: "paragraph"; text: string } | { kind: "list"; ordered: boolean; items: string[] };

interface ListDraft {
  ordered: boolean;
  items: string[][];
}

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;

/**
 * Splits Markdown into paragraphs and lists (one level). Blank lines end a block; a list item
 * continues over the non-blank lines below it (lazy continuation), as in CommonMark.
 *
 * @example
 * parseBlocks("Intro\n\n- one\n- two")
 * //=> [{ kind: "paragraph", text: "Intro" }, { kind: "list", ordered: false, items: ["one", "two"] }]
 */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  // Closures assign `list`, which TypeScript's narrowing does not follow; hence the casts below.
  let list: ListDraft | null = null;
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: "list", ordered: list.ordered, items: list.items.map((lines) => lines.join("\n")) });
    list = null;
  };

  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const marker = item?.[1] ?? "";
    const ordered = /\d/.test(marker);
    // As in CommonMark, a list may interrupt a paragraph only with a bullet or with "1.".
    const interrupts = item !== null && (!ordered || /^0*1[.)]$/.test(marker));
    if (item && (paragraph.length === 0 || list !== null || interrupts)) {
      flushParagraph();
      if (list !== null && (list as ListDraft).ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push([item[2] as string]);
      continue;
    }
    if (list !== null) {
      (list as ListDraft).items.at(-1)?.push(line.trim());
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}
