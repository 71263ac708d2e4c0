/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import type { Question, QuestionOfType } from "civics-lessons";
import { ExportError, fromGift } from "civics-lessons/export/gift";
import { safeParseQuestion } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import { vendorPath, vendorPresent } from "./_vendor.js";

const counter = () => {
  let n = 0;
  return () => `imported-${++n}`;
};

const one = (text: string) => {
  const { questions, issues } = fromGift(text, { generateId: counter() });
  return { question: questions[0] as Question, issues };
};

describe.skipIf(!vendorPresent)("fromGift on real banks", () => {
  const files = () => [
    vendorPath("gift/moodle-questions.gift.txt"),
    vendorPath("gift/moodle-questions_in_category.gift.txt"),
    ...readdirSync(vendorPath("gift/gift-grammar-tests"))
      .sort()
      .map((f) => vendorPath("gift/gift-grammar-tests", f)),
  ];

  it("imports Moodle's fixtures and all 51 grammar tests without error, into valid questions", () => {
    let imported = 0;
    for (const file of files()) {
      const { questions, issues } = fromGift(readFileSync(file, "utf8"), { generateId: counter() });

      for (const question of questions) {
        const parsed = safeParseQuestion(question);
        expect({ file, id: question.id, ok: parsed.success }).toEqual({ file, id: question.id, ok: true });
      }
      for (const found of issues) expect(found.line).toBeGreaterThan(0);
      imported += questions.length;
    }
    expect(files().length).toBe(53);
    // Recorded for the final report.
    console.info(`GIFT: ${files().length} vendor files imported, ${imported} questions`);
  });

  it("reads Moodle's own test bank the way Moodle does", () => {
    const text = readFileSync(vendorPath("gift/moodle-questions.gift.txt"), "utf8");

    const { questions, issues, origins } = fromGift(text, { generateId: counter() });

    expect(questions.map((q) => q.type)).toEqual([
      "matching",
      "single-choice",
      "multiple-choice",
      "numeric",
      "short-text",
      "true-false",
      "true-false",
      "true-false",
    ]);
    expect(origins.map((o) => o.title)).toEqual([
      "Moodle activities",
      "Q2",
      "colours",
      "Q5",
      "Shortanswer",
      "Q1",
      "2-08 TSL",
      "2-08 TSL",
    ]);
    // The essay (line 2) has no counterpart; the Q5 "any other answer" feedback (line 31) becomes
    // a catch-all near miss; the Shortanswer "*" answer worth 0% (line 34) is dropped.
    expect(issues.map((i) => [i.line, i.kind, i.code])).toEqual([
      [2, "skipped", "unsupported_type"],
      [31, "approximated", "feature_dropped"],
      [34, "dropped", "feature_dropped"],
    ]);
    const matching = questions[0] as QuestionOfType<"matching">;
    expect(matching.responses.map((r) => r.text)).toEqual(["Forum", "Choice", "Database", "Wiki", "Chat"]);
    const tf = questions[5] as QuestionOfType<"true-false">;
    // {FALSE#a#b}: Moodle shows a for the wrong answer (true) and b for the right one (false).
    expect([tf.answer, tf.feedbackTrue, tf.feedbackFalse]).toEqual([
      false,
      "42 is the Ultimate Answer.",
      "You gave the right answer.",
    ]);
  });
});

describe("fromGift", () => {
  it("resolves the ambiguous cases as Moodle does, and reports them", () => {
    // Several "=" in a multiple-choice question (escapeColon.gift): Moodle makes it single-answer
    // with every "=" answer worth 100%; the first is keyed, the others keep full credit.
    const seasons = one("Specify the seasons\\: {= spring = summer ~ easter}");
    // Text after the answer block (Moodle's missing-word format) with a numeric answer: the
    // blank is shown as _____ in the prompt, as Moodle does.
    const pi = one("Pi to 3 places? {#3.1415:0.0005}.").question;
    // Missing-word with one plain key becomes a cloze; the prompt is split off at a paragraph break.
    const cloze = one("[markdown]Complete it.\\n\\nGrant is {~buried =entombed ~living} in Grant's tomb.")
      .question as QuestionOfType<"cloze">;

    expect(
      (seasons.question as QuestionOfType<"single-choice">).choices.map((c) => [c.text, c.correct, c.fraction]),
    ).toEqual([
      ["spring", true, undefined],
      ["summer", undefined, 1],
      ["easter", undefined, undefined],
    ]);
    expect(seasons.issues).toEqual([expect.objectContaining({ code: "feature_dropped", line: 1 })]);
    expect(pi.prompt).toBe("Pi to 3 places? _____.");
    expect([cloze.prompt, cloze.text]).toEqual(["Complete it.", "Grant is {{blank}} in Grant's tomb."]);
  });

  it("fills objectives, sources and explanation with placeholders and keeps general feedback", () => {
    const { questions } = fromGift(
      "::capital::What is the capital of France?{=Paris =%50%paris city####Paris, since 508.}",
    );

    expect(questions[0]).toEqual({
      id: "capital",
      type: "short-text",
      prompt: "What is the capital of France?",
      difficulty: 2,
      objectiveIds: ["todo-objective"],
      sourceIds: ["todo-source"],
      explanation: "Paris, since 508.",
      answers: [{ text: "Paris" }, { text: "paris city", fraction: 0.5 }],
    });
  });

  it("uses the options' placeholders instead, when given", () => {
    const { questions } = fromGift("A?{T}", {
      objectiveIds: ["explain-veto"],
      sourceIds: ["const-art-1"],
      difficulty: 3,
      explanation: "Because.",
    });

    expect(questions[0]).toMatchObject({
      objectiveIds: ["explain-veto"],
      sourceIds: ["const-art-1"],
      difficulty: 3,
      explanation: "Because.",
    });
  });

  it("makes question ids from the title and text when the title is not a usable id, the same on every import", () => {
    const bank = "::Q 1::A?{T}\n\nB?{F}\n\n::Q 1::A?{T}";

    const first = fromGift(bank).questions.map((q) => q.id);
    const again = fromGift(bank).questions.map((q) => q.id);

    expect(first).toEqual([
      expect.stringMatching(/^q-[0-9a-f]{8}$/),
      expect.stringMatching(/^q-[0-9a-f]{8}$/),
      expect.stringMatching(/^q-[0-9a-f]{8}$/),
    ]);
    expect(new Set(first).size).toBe(3);
    expect(again).toEqual(first);
  });

  it.each([
    ["an id that is not kebab-case", () => "Not An Id"],
    ["the same id every time", () => "same"],
  ])("refuses a generateId that returns %s", (_name, generateId) => {
    expect(() => fromGift("::x y::A?{T}\n\n::x y::B?{F}", { generateId })).toThrow(ExportError);
  });

  it("converts HTML to Markdown and reports the markup it removed", () => {
    const { question, issues } = one(
      '::h::[html]<p>Is <b>this</b> <span style\\="color\\:red">right</span>?</p><img src\\="x.png">{T}',
    );

    expect(question.prompt).toBe("Is **this** right?");
    expect(issues).toEqual([expect.objectContaining({ code: "html_converted", line: 1 })]);
  });

  it.each([
    ["named references", "[html]caf&eacute; &rsquo;n&rsquo; &Omega; &hearts; &nbsp;x", "café ’n’ Ω ♥ \u00A0x", []],
    ["numeric references", "[html]&#233; &#xE9; &#X1F600;", "é é 😀", []],
    ["a reference that names nothing, kept and reported", "[html]a &bogus; b", "a &bogus; b", ["&bogus;"]],
    ["an out-of-range code point, kept and reported", "[html]a &#1114112; b", "a &#1114112; b", ["&#1114112;"]],
    [
      "references in Moodle's auto-format",
      "The court&rsquo;s ruling &mdash; caf&eacute;?",
      "The court’s ruling — café?",
      [],
    ],
    ["references in Markdown", "[markdown]*caf&eacute;* &#42;", "*café* \\*", []],
  ])("decodes %s", (_name, prompt, expected, unknown) => {
    const { question, issues } = one(`${prompt}{T}`);

    expect(question.prompt).toBe(expected);
    expect(issues.map((i) => i.message)).toEqual(unknown.map((ref) => expect.stringContaining(ref)));
  });

  it.each([
    [
      "https links",
      '[html]See <a href\\="https\\://x.org/a?b\\=1&amp;c\\=2">the text</a>.',
      "See [the text](https://x.org/a?b=1&c=2).",
      false,
    ],
    ["other links, as their text", '[html]<a href\\="javascript\\:alert(1)">Log in</a> again', "Log in again", true],
    ["code", "[html]Type <code>a_b *c*</code> now", "Type `a_b *c*` now", false],
    ["code holding a backtick, as text", "[html]<code>a`b</code>", "a\\`b", true],
    ["lists", "[html]<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>", "- one\n- two\n\n1. first", false],
    ["line breaks", "[html]a<br>b<br/>c", "a\nb\nc", false],
    ["bold and italic with spaces inside", "[html]a<b> bold </b>and<em>it</em>", "a **bold** and*it*", false],
    ["empty bold", "[html]a<b> </b>b", "a b", false],
    ["tags left open", "[html]a <b>bold", "a bold", false],
    ["stray closing tags", "[html]a</b> b", "a b", false],
    ["comments", "[html]a<!-- hidden -->b", "ab", false],
    ["a < that starts no tag", "[html]1 < 2 and a<b", "1 < 2 and a<b", false],
    ["an unterminated comment", "[html]a <!-- b", "a <!-- b", false],
    [
      "block quotes and other markup, keeping their text",
      "[html]<blockquote>q</blockquote><u>u</u><sup>2</sup>",
      "q\n\nu2",
      true,
    ],
    ["Markdown text with inline HTML", "[markdown]*a* <b>b</b> \\\\_c", "*a* **b** \\_c", false],
    ["plain text, escaping Markdown", "[plain]<b>*a*</b>", "<b>\\*a\\*</b>", false],
  ])("converts %s", (_name, prompt, expected, lossy) => {
    const { question, issues } = one(`${prompt}{T}`);

    expect(question.prompt).toBe(expected);
    expect(issues.some((i) => i.code === "html_converted")).toBe(lossy);
  });

  it("reads choice texts as the plain text a reader sees, reporting formatting it drops", () => {
    const { question, issues } = one("Pick{=[html]<b>Grant</b> &amp; co ~[markdown]*not* him ~plain}");

    expect((question as QuestionOfType<"single-choice">).choices.map((c) => c.text)).toEqual([
      "Grant & co",
      "not him",
      "plain",
    ]);
    expect(issues.map((i) => i.code)).toEqual(["html_converted"]);
  });

  it("keeps tags as kebab-case ids and reports those that have none", () => {
    const { questions, issues } = fromGift("// [tag:Civics 101] [tag:日本] [tag:civics-101]\nA?{T}");

    expect(questions[0]?.tags).toEqual(["civics-101"]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "feature_dropped", message: expect.stringContaining("日本") }),
    ]);
  });

  it("returns titles, categories and Moodle id numbers in origins", () => {
    const { origins } = fromGift("$CATEGORY: $course$/top/Civics\n\n// [id:Q-7]\n::My title::A?{T}");

    expect(origins).toEqual([
      { questionId: expect.any(String), line: 4, title: "My title", category: "$course$/top/Civics", idNumber: "Q-7" },
    ]);
  });

  it.each([
    ["27 choices", `Pick{=a ${Array.from({ length: 26 }, (_, i) => `~c${i}`).join(" ")}}`],
    ["21 premises", `Match{${Array.from({ length: 21 }, (_, i) => `=p${i} -> r${i % 3}`).join(" ")}}`],
    ["a matching question with one premise", "Match{=a -> b = -> c}"],
    ["a short answer with no answer earning credit", "Name it{=%0%x =*}"],
    ["a choice whose text is only an image", "Pick{=[html]<img src\\='x'> ~b}"],
  ])("skips and reports a question with %s", (_name, text) => {
    const { questions, issues } = fromGift(text);

    expect(questions).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ questionId: "", kind: "skipped", code: "not_representable", line: 1 }),
    ]);
  });

  it.each([
    ["essays", "Write about it{}", "unsupported_type"],
    ["descriptions", "Just some text", "unsupported_type"],
  ])("skips and reports %s", (_name, text, code) => {
    const { questions, issues } = fromGift(text);

    expect(questions).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ kind: "skipped", code })]);
  });

  it.each([
    ["a weight above 100% in a choice", "Pick{=a ~%150%b}", "scoring_approximated"],
    ["multiple-answer weights that do not add up", "Pick{~%50%a ~%20%b ~c}", "scoring_approximated"],
    ["a short answer weight above 100%", "Name it{=%150%a}", "scoring_approximated"],
    ["a repeated short answer", "Name it{=a =%50%a =%25%b =%75%b}", "feature_dropped"],
    ["a wildcard", "Name it{=a*b}", "feature_dropped"],
    ["feedback on the full-credit numeric answer", "How many?{#=5#Yes! =%50%4}", "feature_dropped"],
    ["a negative numeric weight", "How many?{#=5 =%-50%4}", "scoring_approximated"],
  ])("imports but reports %s", (_name, text, code) => {
    const { question, issues } = one(text);

    expect(safeParseQuestion(question).success).toBe(true);
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it("keeps the better-credited copy of a repeated short answer", () => {
    const { question } = one("Name it{=%50%a =b =a =%25%b}");

    expect((question as QuestionOfType<"short-text">).answers).toEqual([{ text: "b" }, { text: "a" }]);
  });

  it("reads numeric ranges and tolerances, listing feedback for any other answer last", () => {
    const { question } = one("How many?{#=5:1 =%50%1..3#Close ~#Not at all}");

    expect(question).toMatchObject({
      type: "numeric",
      answer: { value: 5, tolerance: 1 },
      nearMisses: [
        { answer: { min: 1, max: 3 }, fraction: 0.5, feedback: "Close" },
        { answer: { min: -1e308, max: 1e308 }, fraction: 0, feedback: "Not at all" },
      ],
    });
  });

  it.each([
    ["an unclosed brace", "::q::\nWhat?{\n=yes", 2, /no matching "}"/],
    ["a closing brace without an opening one", "What}", 1, /no matching "\{"/],
    ["a brace closed before it opens", "What} is {=this}", 1, /comes before/],
    ["a choice question with one answer", "// comment\nPick {\n~only\n}", 2, /at least two answers/],
    ["a single-answer question without a full-credit answer", "Pick {~a ~b =}", 1, /worth 100%/],
    ["a multiple-answer question without a positive weight", "Pick {~a ~%-50%b}", 1, /positive weight/],
    ["a matching line without ->", "Match {\n=a -> b\n=c -> d\n=e\n}", 4, /has no "->"/],
    ["a matching line with nothing after ->", "Match {=a -> b =c ->}", 1, /nothing after/],
    ["a numeric answer that is not a number", "\n\nHow many?{#\n=12:1\n=twelve\n}", 5, /not a number/],
    ["a numeric question without answers", "How many?{#}", 1, /at least one answer/],
    ["a numeric question without a 100% answer", "How many?{#=%50%12}", 1, /worth 100%/],
    ["an empty short answer", "Name it{=a =#only feedback}", 1, /is empty/],
  ])("throws ExportError with the line for %s", (_name, text, line, message) => {
    let error: unknown;
    try {
      fromGift(text);
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe("invalid_gift");
    expect((error as ExportError).line).toBe(line);
    expect((error as ExportError).message).toMatch(message);
    expect((error as ExportError).message).toMatch(new RegExp(`^line ${line}: `));
  });

  it("keeps line numbers right across comments, CRLF line ends and a byte-order mark", () => {
    const { origins } = fromGift("\uFEFF// a comment\r\nA?{T}\r\n\r\n\r\n// another\r\n// two\r\nB?{F}");

    expect(origins.map((o) => o.line)).toEqual([2, 7]);
  });

  it("reads text before the first ~ or = as a wrong choice, as Moodle does", () => {
    const { question } = one("Pick{a ~b =c}");

    expect((question as QuestionOfType<"single-choice">).choices.map((c) => [c.text, c.correct])).toEqual([
      ["a", undefined],
      ["b", undefined],
      ["c", true],
    ]);
  });

  it("keeps a title without its closing :: as question text, and fills an empty one", () => {
    expect(one("::no end A?{T}").question.prompt).toBe("no end A?");
    expect(one("{T}").question.prompt).toBe("TODO: write the question.");
  });

  it.each([
    ["single quotes", "[html]<a href='https://x.org'>x</a>", "[x](https://x.org)", false],
    ["no quotes", "[html]<a href=https://x.org>x</a>", "[x](https://x.org)", false],
    ["no href", '[html]<a name="top">x</a>', "x", true],
    ["brackets in the text", "[html]<a href='https://x.org'>[x]</a>", "\\[x\\]", true],
  ])("reads a link with %s", (_name, prompt, expected, lossy) => {
    const { question, issues } = one(`${prompt}{T}`);

    expect(question.prompt).toBe(expected);
    expect(issues.some((i) => i.code === "html_converted")).toBe(lossy);
  });

  it("adds no catch-all near miss for an empty any-other-answer", () => {
    const { question, issues } = one("How many?{#=5 ~}");

    expect(question).not.toHaveProperty("nearMisses");
    expect(issues).toEqual([]);
  });
});
