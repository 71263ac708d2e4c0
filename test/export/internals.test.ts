/// <reference types="node" />
/**
 * Helpers the exporters share that have no public name of their own (number writing, UUIDs,
 * the Markdown renderer and its plain-text reading, option orders, the XML builder), tested
 * directly because their effects on whole exports are too indirect to pin down every branch.
 */
import { createHash } from "node:crypto";
import { type Question, shuffleOptions } from "civics-lessons";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToMarkup, markdownToText, readMarkdown } from "../../src/export/_shared/markdown/render.js";
import { decimal } from "../../src/export/_shared/numbers.js";
import { seededOrder, shownOrder } from "../../src/export/_shared/order.js";
import { block, el, inline, render, text } from "../../src/export/_shared/xml.js";
import { decodeEntities } from "../../src/export/gift/read/entities.js";
import { tokenizeHtml } from "../../src/export/gift/read/html.js";
import { escapeItem, fillIn, parseFillIn } from "../../src/export/xapi/response.js";
import { sha1, uuidV5 } from "../../src/export/xapi/uuid.js";

const DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
const URL_NS = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/** A second UUIDv5, on Node's own SHA-1, to compare with. */
function referenceUuidV5(name: string, namespace: string): string {
  const digest = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("decimal", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [1.5, "1.5"],
    [-2, "-2"],
    [1e-7, "0.0000001"],
    [-1.25e-7, "-0.000000125"],
    [1.5e-10, "0.00000000015"],
    [1e21, "1000000000000000000000"],
    [1.5e21, "1500000000000000000000"],
    [-2.5e22, "-25000000000000000000000"],
    [1e308, `1${"0".repeat(308)}`],
    [5e-324, `0.${"0".repeat(323)}5`],
    [1.23456789e25, "12345678900000000000000000"],
  ])("writes %s as %s", (value, expected) => {
    expect(decimal(value)).toBe(expected);
  });

  it("reads back as the same number, never in exponent form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const written = decimal(value);
        expect(written).not.toMatch(/e/i);
        expect(Number(written)).toBe(value + 0);
      }),
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("refuses %s", (value) => {
    expect(() => decimal(value)).toThrow(expect.objectContaining({ code: "invalid_number" }));
  });
});

describe("uuidV5", () => {
  it.each([
    // RFC 9562, Appendix A.4 (example of a UUIDv5 value).
    ["www.example.com", DNS, "2ed6657d-e927-568b-95e1-2665a8aea6a2"],
    // Python's uuid documentation: uuid5(NAMESPACE_DNS, "python.org").
    ["python.org", DNS, "886313e1-3b8a-5372-9b90-0c9aee199e5d"],
  ])("gives the published value for %s", (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });

  it("agrees with a UUIDv5 on Node's SHA-1 for any name, across SHA-1 block boundaries", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(DNS, URL_NS), (name, namespace) => {
        expect(uuidV5(name, namespace)).toBe(referenceUuidV5(name, namespace));
      }),
    );
  });

  it("hashes bytes as Node's SHA-1 does (FIPS 180-4)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString("hex")).toBe(createHash("sha1").update(bytes).digest("hex"));
      }),
    );
    expect(Buffer.from(sha1(new TextEncoder().encode("abc"))).toString("hex")).toBe(
      "a9993e364706816aba3e25717850c26c9cd0d89d",
    );
  });
});

/** The text of rendered markup as a reader sees it: blocks and list items apart, tags gone, entities read. */
function renderedText(markup: string): string {
  return markup
    .replace(/<\/?(p|ul|ol|li)>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const MARKDOWN_PIECES = [
  "a",
  "b c",
  " ",
  "*",
  "**",
  "_",
  "__",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "[x](https://x.org)",
  "[y](javascript:alert(1))",
  "\\",
  "\\*",
  "\n",
  "\n\n",
  "- ",
  "1. ",
  "2) ",
  "<b>",
  "&amp;",
  "snake_case",
  "2*3*4",
  "!",
  "{{",
  "}}",
  "é",
  "日本",
];

describe("markdownToText", () => {
  it("gives the text the Markdown renderer shows (property over Markdown samples)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 30 }), (pieces) => {
        const markdown = pieces.join("");
        expect(markdownToText(markdown)).toBe(renderedText(markdownToMarkup(markdown)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Is snake_case 2*3*4 a \\*star? Use `a_b`", "Is snake_case 234 a *star? Use a_b"],
    ["Is **this** [right](https://x.org)?", "Is this right?"],
    ["[not a link](http://x.org) and <b>html</b>", "[not a link](http://x.org) and <b>html</b>"],
    ["Intro\n\n- one\n- two\n\n1. first", "Intro one two first"],
    ["``code with ` inside``", "code with ` inside"],
    ["unclosed `code", "unclosed `code"],
  ])("reads %j as %j", (markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  it("cuts long text at a character boundary with an ellipsis", () => {
    expect(markdownToText("one two three", 8)).toBe("one two…");
    expect(markdownToText("😀😀😀", 2)).toBe("😀…");
    expect(markdownToText("short", 10)).toBe("short");
  });

  it("says whether Markdown has formatting plain text would lose", () => {
    expect(readMarkdown("a \\* b").formatted).toBe(false);
    expect(readMarkdown("a *b*").formatted).toBe(true);
    expect(readMarkdown("- a").formatted).toBe(true);
  });
});

describe("markdownToMarkup", () => {
  it.each([
    [
      "lazy continuation lines join the list item",
      "- one\ncontinued\n- two",
      "<ul><li>one\ncontinued</li><li>two</li></ul>",
    ],
    ["a numbered list interrupts a paragraph only from 1", "Text\n2. not a list", "<p>Text\n2. not a list</p>"],
    ["a numbered list from 1 interrupts a paragraph", "Text\n1. item", "<p>Text</p>\n<ol><li>item</li></ol>"],
    ["a change of list kind starts a new list", "- a\n1. b", "<ul><li>a</li></ul>\n<ol><li>b</li></ol>"],
    ["escapes make punctuation literal", "\\*not em\\* \\[x\\]", "<p>*not em* [x]</p>"],
    ["a backslash before a letter stays", "a\\b", "<p>a\\b</p>"],
    ["an unclosed code span is text", "a `b", "<p>a `b</p>"],
    ["code spans drop one padding space each side", "` a `", "<p><code>a</code></p>"],
    [
      "links keep only https",
      "[a](https://x.org/?q=1&r=2) [b](http://x.org)",
      '<p><a href="https://x.org/?q=1&amp;r=2">a</a> [b](http://x.org)</p>',
    ],
    [
      "strong and em nest",
      "***both*** and **a *b* c**",
      "<p><em><strong>both</strong></em> and <strong>a <em>b</em> c</strong></p>",
    ],
    ["underscores inside words stay", "snake_case_name", "<p>snake_case_name</p>"],
    ["unmatched closers stay text", "a* b* c*", "<p>a* b* c*</p>"],
    ["CRLF line ends", "a\r\n\r\nb", "<p>a</p>\n<p>b</p>"],
  ])("renders %s", (_name, markdown, expected) => {
    expect(markdownToMarkup(markdown)).toBe(expected);
  });

  it("fills {{id}} slots it knows and leaves the others as text", () => {
    const markup = markdownToMarkup("Go to {{a}} or {{ b }}, not `{{a}}`", {
      slot: (id) => (id === "a" ? el("blank-a") : undefined),
    });

    expect(markup).toBe("<p>Go to <blank-a/> or {{ b }}, not `<blank-a/>`</p>");
    expect(markdownToMarkup("a { b } {{a}}", { slot: () => el("x") })).toBe("<p>a { b } <x/></p>");
  });

  it("renders in time proportional to the text for runs that close nothing", () => {
    const time = (n: number) => {
      const start = performance.now();
      markdownToMarkup(`${"a* ".repeat(n)}${"`".repeat(3)}${" x[".repeat(n)}`);
      return performance.now() - start;
    };
    time(1000);
    const small = Math.max(time(20_000), 1);
    const large = time(200_000);

    expect(large / small).toBeLessThan(25);
  });
});

describe("option orders", () => {
  const question = {
    id: "q",
    type: "single-choice",
    prompt: "?",
    difficulty: 1,
    objectiveIds: ["o"],
    sourceIds: ["s"],
    explanation: "!",
    choices: [
      { id: "a", text: "A", correct: true },
      { id: "b", text: "B" },
      { id: "none", text: "None", fixed: true },
      { id: "c", text: "C" },
    ],
  } satisfies Question;

  it("are the engine's public order for the seed, fixed choices in place", () => {
    for (const seed of ["1", "2", "3", "4", "5", "6"]) {
      const written = shownOrder(question, "choices", question.choices, seed).map((c) => c.id);

      expect(written).toEqual(shuffleOptions(question, seed).choices);
      expect(written[2]).toBe("none");
    }
  });

  it("never depend on which option is keyed or on authored order", () => {
    const moved = {
      ...question,
      choices: [...question.choices].reverse().map((c) => ({ ...c, correct: c.id === "c" })),
    };

    for (const seed of ["1", "2", "3"])
      expect(seededOrder(moved.choices, seed, "q").map((c) => c.id)).toEqual(
        seededOrder(question.choices, seed, "q").map((c) => c.id),
      );
  });

  it("are empty for a list the question does not have", () => {
    expect(shownOrder(question, "items", [], "1")).toEqual([]);
  });
});

describe("the XML builder", () => {
  it("puts element children one per line, keeps mixed content on one line, and escapes text and attributes", () => {
    const tree = el("root", { a: 'x"<', skip: undefined, n: 2 }, [
      el("empty"),
      inline("p", {}, [text("a & b "), el("em", {}, [el("code", {}, [text("c")])])]),
      block("div", {}, [el("p", {}, [text("d")])]),
    ]);

    expect(render(tree)).toBe(
      '<root a="x&quot;&lt;" n="2">\n  <empty/>\n  <p>a &amp; b <em><code>c</code></em></p>\n  <div>\n    <p>d</p>\n  </div>\n</root>',
    );
    expect(render(el("p", {}, [text("'")]), { escape: (v) => v.toUpperCase() })).toBe("<p>'</p>");
  });
});

describe("xAPI fill-in text", () => {
  it("reads back any list of items exactly, whatever they hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (items, sensitive) => {
          const parameters: Record<string, string> = sensitive ? { case_matters: "true" } : {};
          const written = fillIn(items, parameters);

          expect(parseFillIn(written)).toEqual({ parameters, items });
          expect(written.split("[,]")).toHaveLength(items.length + (sensitive ? 0 : 0));
        },
      ),
    );
    expect(escapeItem("plain text")).toBe("plain text");
  });
});

describe("reading imported HTML", () => {
  it("decodes HTML 4 named references from each of its groups, and &apos; (HTML 4 maps &lang; and &rang; to U+2329, U+232A)", () => {
    const samples: [string, string][] = [
      ["&quot;&amp;&apos;&lt;&gt;", "\"&'<>"],
      ["&nbsp;&iexcl;&yuml;", "\u00a0¡ÿ"],
      ["&OElig;&Scaron;&fnof;&circ;&tilde;", "ŒŠƒˆ˜"],
      ["&Alpha;&omega;&thetasym;&upsih;&piv;", "Αωϑϒϖ"],
      [
        "&ensp;&zwnj;&lrm;&ndash;&mdash;&lsquo;&rsquo;&bdquo;&dagger;&permil;&lsaquo;&euro;",
        "\u2002\u200c\u200e–—‘’„†‰‹€",
      ],
      ["&bull;&hellip;&prime;&oline;&frasl;&weierp;&image;&real;&trade;&alefsym;", "•…′‾⁄℘ℑℜ™ℵ"],
      [
        "&larr;&harr;&crarr;&lArr;&hArr;&forall;&part;&nabla;&isin;&sum;&minus;&lowast;&radic;&infin;",
        "←↔↵⇐⇔∀∂∇∈∑−∗√∞",
      ],
      [
        "&ang;&and;&cap;&int;&there4;&sim;&cong;&asymp;&ne;&equiv;&le;&ge;&sub;&nsub;&sube;&oplus;&perp;&sdot;",
        "∠∧∩∫∴∼≅≈≠≡≤≥⊂⊄⊆⊕⊥⋅",
      ],
      ["&lceil;&rfloor;&lang;&rang;&loz;&spades;&clubs;&hearts;&diams;", "⌈⌋\u2329\u232a◊♠♣♥♦"],
    ];
    const unknown: string[] = [];

    for (const [encoded, decoded] of samples) expect(decodeEntities(encoded, (r) => unknown.push(r))).toBe(decoded);
    expect(decodeEntities("&hellip &madeup; &#0; &#xD800;", (r) => unknown.push(r))).toBe(
      "&hellip &madeup; &#0; &#xD800;",
    );
    expect(unknown).toEqual(["&madeup;", "&#0;", "&#xD800;"]);
  });

  it("reads a tag name at the very end of the text as text", () => {
    expect(tokenizeHtml("x<a")).toEqual([{ kind: "text", text: "x<a" }]);
  });

  it("splits HTML into text, tags and comments", () => {
    expect(tokenizeHtml('a<B class="x">b</b><!-- c --><br/>< d <e')).toEqual([
      { kind: "text", text: "a" },
      { kind: "tag", name: "b", closing: false, attributes: ' class="x"' },
      { kind: "text", text: "b" },
      { kind: "tag", name: "b", closing: true, attributes: "" },
      { kind: "comment" },
      { kind: "tag", name: "br", closing: false, attributes: "/" },
      { kind: "text", text: "< d <e" },
    ]);
  });
});
