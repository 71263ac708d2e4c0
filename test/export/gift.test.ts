/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { type Lesson, type Question, type QuestionOfType, scoreQuestion } from "civics-lessons";
import { ExportError, fromGift, toGift } from "civics-lessons/export/gift";
import { safeParseQuestion } from "civics-lessons/schema";
import { type GIFTQuestion, parse } from "gift-pegjs";
import { beforeAll, describe, expect, it } from "vitest";
import { vendorDir } from "../_helpers/vendor.js";
import { fixtureLesson, keyedResponse, loadLessons, sampleResponses } from "./_helpers.js";

const VENDOR = `${vendorDir()}/gift`;
const counter = () => {
  let n = 0;
  return () => `imported-${++n}`;
};

/** What gift-pegjs should read for an exported question, or null for questions not exported. */
function expectedPeg(question: Question): Record<string, unknown> | null {
  switch (question.type) {
    case "single-choice":
      return {
        type: "MC",
        correct: question.choices.filter((c) => c.correct === true).map((c) => c.text),
        texts: question.choices.map((c) => c.text),
      };
    case "multiple-choice":
      return { type: "MC", correct: [], texts: question.choices.map((c) => c.text) };
    case "true-false":
      return { type: "TF", isTrue: question.answer };
    case "short-text":
      return { type: "Short", texts: question.answers.map((a) => a.text) };
    case "numeric":
      return { type: "Numerical" };
    case "matching":
      return {
        type: "Matching",
        pairs: question.premises.map((p) => [
          p.text,
          question.responses.find((r) => r.id === question.pairs[p.id])?.text,
        ]),
      };
    case "categorize":
      return {
        type: "Matching",
        pairs: question.items.map((i) => [i.text, question.categories.find((c) => c.id === i.categoryId)?.text]),
      };
    case "cloze": {
      const blank = question.blanks[0];
      if (question.blanks.length !== 1 || !blank) return null;
      return blank.kind === "choice"
        ? {
            type: "MC",
            correct: blank.choices.filter((c) => c.correct === true).map((c) => c.text),
            texts: blank.choices.map((c) => c.text),
          }
        : { type: "Short", texts: blank.answers.map((a) => a.text) };
    }
    case "ordering":
      return null;
  }
}

/**
 * gift-pegjs copies Moodle's escape handling but forgets the last step for matching answers: an
 * escaped `\:` after `->` comes back as Moodle's internal placeholder `&&058;`. Moodle itself
 * (`qformat_gift::readquestion`, `escapedchar_post` on subanswers) restores the colon.
 */
function moodlePlaceholders(text: string): string {
  const chars: Record<string, string> = { "058": ":", "035": "#", "061": "=", "123": "{", "125": "}", "126": "~" };
  return text.replace(/&&(058|035|061|123|125|126);/g, (_, code: string) => chars[code] as string);
}

/** The same view of what gift-pegjs actually read. */
function actualPeg(parsed: GIFTQuestion, like: Record<string, unknown>): Record<string, unknown> {
  const plain = (t: string) => t.replace(/\\\*/g, "*");
  switch (parsed.type) {
    case "MC":
      return {
        type: "MC",
        correct: parsed.choices.filter((c) => c.isCorrect && c.weight === null).map((c) => c.text.text),
        texts: parsed.choices.map((c) => c.text.text),
      };
    case "TF":
      return { type: "TF", isTrue: parsed.isTrue };
    case "Short":
      return { type: "Short", texts: parsed.choices.map((c) => plain(c.text.text)) };
    case "Numerical":
      return { type: "Numerical" };
    case "Matching":
      return {
        type: "Matching",
        pairs: parsed.matchPairs
          .filter((p) => p.subquestion.text !== "")
          .map((p) => [p.subquestion.text, moodlePlaceholders(p.subanswer)]),
      };
    default:
      return { type: parsed.type, like };
  }
}

/** Maps a response to an original question onto the question fromGift made of its export. */
function mapResponse(original: Question, imported: Question, response: unknown): unknown {
  const letter = (ids: readonly { id: string }[], id: unknown) =>
    "abcdefghijklmnopqrstuvwxyz"[ids.findIndex((x) => x.id === id)];
  switch (original.type) {
    case "single-choice":
      return letter(original.choices, response);
    case "multiple-choice":
      return (response as string[]).map((id) => letter(original.choices, id));
    case "matching":
    case "categorize": {
      const target = imported as QuestionOfType<"matching">;
      const sources = original.type === "matching" ? original.premises : original.items;
      const targets = original.type === "matching" ? original.responses : original.categories;
      return Object.fromEntries(
        Object.entries(response as Record<string, string>).map(([from, to]) => [
          `p${sources.findIndex((s) => s.id === from) + 1}`,
          target.responses.find((r) => r.text === targets.find((t) => t.id === to)?.text)?.id,
        ]),
      );
    }
    case "cloze": {
      const blank = original.blanks[0] as QuestionOfType<"cloze">["blanks"][number];
      const given = (response as Record<string, string>)[blank.id];
      const value = blank.kind === "choice" ? letter(blank.choices, given) : given;
      if (imported.type === "cloze") return given === undefined ? {} : { blank: value };
      return value;
    }
    default:
      return response;
  }
}

const ratio = (q: Question, r: unknown) => {
  const result = scoreQuestion(q, r);
  return result.possible === 0 ? 0 : result.earned / result.possible;
};

describe("toGift", () => {
  let sources: Lesson[] = [];

  beforeAll(async () => {
    sources = [fixtureLesson(), ...(await loadLessons())];
  });

  it("matches the golden file for the fixture", async () => {
    const { output } = toGift(fixtureLesson());

    await expect(output).toMatchFileSnapshot("./__golden__/valid-lesson.gift");
  });

  it("writes GIFT that the independent parser gift-pegjs reads with the same answers", () => {
    let compared = 0;
    for (const lesson of sources) {
      const { output } = toGift(lesson);

      const parsed = parse(output);

      expect(parsed[0]).toEqual({ type: "Category", title: expect.stringContaining("$course$/top/") });
      const byTitle = new Map(
        parsed.filter((p) => p.type !== "Category").map((p) => [(p as { title: string }).title, p]),
      );
      for (const question of lesson.questions) {
        const expected = expectedPeg(question);
        const found = byTitle.get(question.id);
        if (expected === null) {
          expect(found).toBeUndefined();
          continue;
        }

        expect({ id: question.id, ...actualPeg(found as GIFTQuestion, expected) }).toEqual({
          id: question.id,
          ...expected,
        });
        expect((found as { globalFeedback: { text: string } }).globalFeedback.text).toBe(question.explanation);
        expect((found as { stem: { format: string } }).stem.format).toBe("markdown");
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("keeps weights, tolerances and ranges that gift-pegjs reads back", () => {
    const { output } = toGift(fixtureLesson());
    const parsed = parse(output);
    const mc = parsed.find((p) => p.type === "MC" && p.title === "which-checks") as Extract<
      GIFTQuestion,
      { type: "MC" }
    >;
    const num = parsed.find((p) => p.type === "Numerical") as Extract<GIFTQuestion, { type: "Numerical" }>;

    expect(mc.choices.map((c) => c.weight)).toEqual([33.33333, 33.33333, 33.33333, -33.33333]);
    expect(num.choices).toEqual([
      expect.objectContaining({ weight: null, text: { type: "range", number: 0.6667, range: 0.01 } }),
      expect.objectContaining({ weight: 25, text: { type: "high-low", numberLow: 0.5, numberHigh: 0.51 } }),
    ]);
  });

  it("escapes ~ = # { } : and backslashes, and writes newlines as \\n", () => {
    const base = fixtureLesson().questions[0] as QuestionOfType<"single-choice">;
    const question: Question = {
      ...base,
      prompt: "Pick {one}: a=b ~ c #1 \\ done\n\nSecond paragraph.",
      choices: [
        { id: "a", text: "x = y {z}", correct: true, feedback: "Yes: #1" },
        { id: "b", text: "[html]<b>not html</b>" },
        { id: "c", text: "%50% is not a weight" },
      ],
    };

    const { output } = toGift([question]);
    const parsed = parse(output)[0] as Extract<GIFTQuestion, { type: "MC" }>;
    const back = fromGift(output).questions[0] as QuestionOfType<"single-choice">;

    expect(output).toContain("[markdown]Pick \\{one\\}\\: a\\=b \\~ c \\#1 \\\\ done\\n\\nSecond paragraph.{");
    expect(parsed.stem.text).toBe(question.prompt);
    expect(parsed.choices[0]?.text.text).toBe("x = y {z}");
    expect(back.prompt).toBe(question.prompt);
    expect(back.choices.map((c) => c.text)).toEqual(["x = y {z}", "[html]<b>not html</b>", "%50% is not a weight"]);
    expect(back.choices[0]?.feedback).toBe("Yes: #1");
    expect(back.choices[2]?.fraction).toBeUndefined();
  });

  it("reports every type and feature GIFT cannot hold", () => {
    const { issues } = toGift(fixtureLesson());

    expect(issues.map((i) => [i.questionId, i.kind, i.code])).toEqual([
      ["who-vetoes", "dropped", "fixed_order_dropped"],
      ["tf-review", "dropped", "hints_dropped"],
      ["name-case", "approximated", "text_matching_approximated"],
      ["order-events", "skipped", "unsupported_type"],
      ["cloze-bill", "skipped", "unsupported_type"],
      ["sort-powers", "approximated", "type_changed"],
    ]);
  });

  it.each([
    [{ answer: true, feedbackTrue: "Right." }, "TRUE##Right."],
    [{ answer: true, feedbackFalse: "Wrong." }, "TRUE#Wrong."],
    [{ answer: false, feedbackTrue: "Wrong.", feedbackFalse: "Right." }, "FALSE#Wrong.#Right."],
  ])("writes true-false feedback in Moodle's wrong-then-right order: %j", (variant, line) => {
    const question = { ...(fixtureLesson().questions[2] as QuestionOfType<"true-false">), hints: [], ...variant };

    const { output } = toGift([question]);
    const back = fromGift(output).questions[0] as QuestionOfType<"true-false">;

    expect(output).toContain(`\t${line}\n`);
    expect([back.answer, back.feedbackTrue, back.feedbackFalse]).toEqual([
      question.answer,
      question.feedbackTrue,
      question.feedbackFalse,
    ]);
  });

  it("writes a cloze with one blank in Moodle's missing-word format", () => {
    const cloze = fixtureLesson().questions.find((q) => q.type === "cloze") as QuestionOfType<"cloze">;
    const one: Question = {
      ...cloze,
      text: "Bills go to the {{officer}} for signature.",
      blanks: [cloze.blanks[1] as QuestionOfType<"cloze">["blanks"][number]],
    };

    const { output, issues } = toGift(
      fixtureLesson()
        .questions.filter((q) => q.id === "cloze-bill")
        .map(() => one),
    );
    const parsed = parse(output)[0] as Extract<GIFTQuestion, { type: "MC" }>;

    expect(parsed.hasEmbeddedAnswers).toBe(true);
    expect(parsed.stem.text).toBe("Complete the clause.\n\nBills go to the _____ for signature.");
    expect(issues).toEqual([expect.objectContaining({ code: "excerpt_dropped" })]);
  });

  it("snaps credit to the grades Moodle accepts, and says so", () => {
    const question: Question = {
      ...(fixtureLesson().questions[0] as QuestionOfType<"single-choice">),
      choices: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B", fraction: 0.35 },
      ],
    };

    const { output, issues } = toGift([question]);

    expect(output).toContain("~%33.33333%B");
    expect(issues).toEqual([expect.objectContaining({ code: "grade_rounded", kind: "approximated" })]);
  });

  it("imports its own output back with the same scores (fromGift ∘ toGift)", () => {
    let compared = 0;
    for (const lesson of sources) {
      const { output, issues } = toGift(lesson);
      const approximated = new Set(
        issues.filter((i) => i.kind === "approximated" && i.code !== "type_changed").map((i) => i.questionId),
      );

      const back = fromGift(output, { generateId: counter() });

      const byId = new Map(back.questions.map((q) => [q.id, q]));
      for (const original of lesson.questions) {
        const imported = byId.get(original.id);
        if (!imported) {
          expect(issues).toContainEqual(expect.objectContaining({ questionId: original.id, kind: "skipped" }));
          continue;
        }
        expect(safeParseQuestion(imported).success).toBe(true);
        const responses = approximated.has(original.id) ? [keyedResponse(original)] : sampleResponses(original);
        for (const response of responses) {
          const mapped = mapResponse(original, imported, response);

          expect({ id: original.id, response, score: ratio(imported, mapped) }).toEqual({
            id: original.id,
            response,
            score: expect.closeTo(ratio(original, response), 5),
          });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  }, 60_000);

  it("is deterministic", () => {
    expect(toGift(fixtureLesson())).toEqual(toGift(fixtureLesson()));
  });
});

describe("fromGift", () => {
  const files = [
    `${VENDOR}/moodle-questions.gift.txt`,
    `${VENDOR}/moodle-questions_in_category.gift.txt`,
    ...readdirSync(`${VENDOR}/gift-grammar-tests`)
      .sort()
      .map((f) => `${VENDOR}/gift-grammar-tests/${f}`),
  ];

  it("imports Moodle's fixtures and all 51 grammar tests without error, into valid questions", () => {
    let imported = 0;
    for (const file of files) {
      const { questions, issues } = fromGift(readFileSync(file, "utf8"), { generateId: counter() });

      for (const question of questions) {
        const parsed = safeParseQuestion(question);
        expect({ file, id: question.id, ok: parsed.success }).toEqual({ file, id: question.id, ok: true });
      }
      for (const found of issues) expect(found.line).toBeGreaterThan(0);
      imported += questions.length;
    }
    expect(files.length).toBe(53);
    // Recorded for the final report.
    console.info(`GIFT: ${files.length} vendor files imported, ${imported} questions`);
  });

  it("reads Moodle's own test bank the way Moodle does", () => {
    const text = readFileSync(`${VENDOR}/moodle-questions.gift.txt`, "utf8");

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

  it("resolves the ambiguous cases as Moodle does, and reports them", () => {
    // Several "=" in a multiple-choice question (escapeColon.gift): Moodle makes it single-answer
    // with every "=" answer worth 100%; the first is keyed, the others keep full credit.
    const seasons = fromGift("Specify the seasons\\: {= spring = summer ~ easter}")
      .questions[0] as QuestionOfType<"single-choice">;
    // Text after the answer block (Moodle's missing-word format) with a numeric answer: the
    // blank is shown as _____ in the prompt, as Moodle does.
    const pi = fromGift("Pi to 3 places? {#3.1415:0.0005}.").questions[0] as Question;
    // Missing-word with one plain key becomes a cloze; the prompt is split off at a paragraph break.
    const cloze = fromGift("[markdown]Complete it.\\n\\nGrant is {~buried =entombed ~living} in Grant's tomb.")
      .questions[0] as QuestionOfType<"cloze">;

    expect(seasons.choices.map((c) => [c.text, c.correct, c.fraction])).toEqual([
      ["spring", true, undefined],
      ["summer", undefined, 1],
      ["easter", undefined, undefined],
    ]);
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

  it("generates ids with nanoid when a title is not a usable id", () => {
    const { questions } = fromGift("::Q 1::A?{T}\n\nB?{F}");

    expect(questions.map((q) => q.id)).toEqual([
      expect.stringMatching(/^[a-z0-9]{12}$/),
      expect.stringMatching(/^[a-z0-9]{12}$/),
    ]);
    expect(questions[0]?.id).not.toBe(questions[1]?.id);
  });

  it("converts HTML to Markdown and reports the markup it removed", () => {
    const { questions, issues } = fromGift(
      '::h::[html]<p>Is <b>this</b> <span style\\="color\\:red">right</span>?</p><img src\\="x.png">{T}',
    );

    expect(questions[0]?.prompt).toBe("Is **this** right?");
    expect(issues).toEqual([expect.objectContaining({ code: "html_converted", line: 1 })]);
  });

  it.each([
    ["an unclosed brace", "::q::\nWhat?{\n=yes", 2, /no matching "}"/],
    ["a brace closed before it opens", "What} is {=this}", 1, /comes before/],
    ["a choice question with one answer", "// comment\nPick {\n~only\n}", 2, /at least two answers/],
    ["a matching line without ->", "Match {\n=a -> b\n=c -> d\n=e\n}", 4, /has no "->"/],
    ["a numeric answer that is not a number", "\n\nHow many?{#\n=12:1\n=twelve\n}", 5, /not a number/],
    ["a numeric question without a 100% answer", "How many?{#=%50%12}", 1, /worth 100%/],
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
});
