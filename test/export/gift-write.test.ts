import { type Lesson, type Question, type QuestionOfType, scoreQuestion } from "civics-lessons";
import { fromGift, toGift } from "civics-lessons/export/gift";
import { safeParseQuestion } from "civics-lessons/schema";
import { type GIFTQuestion, parse } from "gift-pegjs";
import { beforeAll, describe, expect, it } from "vitest";
import { actualPeg, expectedPeg, htmlText, mapResponse } from "./_gift.js";
import { fixtureLesson, keyedResponse, loadLessons, sampleResponses } from "./_helpers.js";

const counter = () => {
  let n = 0;
  return () => `imported-${++n}`;
};

const ratio = (q: Question, r: unknown) => {
  const result = scoreQuestion(q, r);
  return result.possible === 0 ? 0 : result.earned / result.possible;
};

const question = <K extends Question["type"]>(type: K, overrides: Partial<QuestionOfType<K>> = {}) =>
  ({ ...(fixtureLesson().questions.find((q) => q.type === type) as QuestionOfType<K>), ...overrides }) as Question;

const matchingResponses = () => (question("matching") as QuestionOfType<"matching">).responses;

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
      for (const q of lesson.questions) {
        const expected = expectedPeg(q);
        const found = byTitle.get(q.id) as GIFTQuestion | undefined;
        if (expected === null) {
          expect(found).toBeUndefined();
          continue;
        }

        expect({ id: q.id, ...actualPeg(found as GIFTQuestion) }).toEqual({ id: q.id, ...expected });
        expect((found as { stem: { format: string } }).stem.format).toBe("html");
        expect(htmlText((found as { globalFeedback: { text: string } }).globalFeedback.text)).not.toBe("");
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("keeps weights, tolerances and ranges that gift-pegjs reads back", () => {
    const parsed = parse(toGift(fixtureLesson()).output);
    const mc = parsed.find((p) => p.type === "MC" && p.title === "which-checks") as Extract<
      GIFTQuestion,
      { type: "MC" }
    >;
    const num = parsed.find((p) => p.type === "Numerical") as Extract<GIFTQuestion, { type: "Numerical" }>;

    expect(Object.fromEntries(mc.choices.map((c) => [c.text.text, c.weight]))).toEqual({
      "Overriding a veto": 33.33333,
      Impeachment: 33.33333,
      "The power of the purse": 33.33333,
      Pardons: -33.33333,
    });
    expect(num.choices).toEqual([
      expect.objectContaining({ weight: null, text: { type: "range", number: 0.6667, range: 0.01 } }),
      expect.objectContaining({ weight: 25, text: { type: "high-low", numberLow: 0.5, numberHigh: 0.51 } }),
    ]);
  });

  it("escapes ~ = # { } : and backslashes, writes newlines as \\n, and shields texts Moodle would misread", () => {
    const q = question("single-choice", {
      prompt: "Pick {one}: a=b ~ c #1 \\ done\n\nSecond paragraph.",
      choices: [
        { id: "a", text: "x = y {z}", correct: true, feedback: "Yes: #1" },
        { id: "b", text: "[html]<b>not html</b>" },
        { id: "c", text: "%50% is not a weight" },
      ],
    });

    const { output } = toGift([q]);
    const parsed = parse(output)[0] as Extract<GIFTQuestion, { type: "MC" }>;
    const back = fromGift(output).questions[0] as QuestionOfType<"single-choice">;

    expect(output).toContain("[html]<p>Pick \\{one\\}\\: a\\=b \\~ c \\#1 \\\\ done</p>\\n<p>Second paragraph.</p>{");
    expect(htmlText(parsed.stem.text)).toBe("Pick {one}: a=b ~ c #1 \\ done Second paragraph.");
    expect(parsed.choices.map((c) => htmlText(c.text.text)).sort()).toEqual(
      ["x = y {z}", "[html]<b>not html</b>", "%50% is not a weight"].sort(),
    );
    expect(back.prompt).toBe("Pick {one}: a=b ~ c #1 \\\\ done\n\nSecond paragraph.");
    expect(back.choices.map((c) => c.text).sort()).toEqual(
      ["x = y {z}", "[html]<b>not html</b>", "%50% is not a weight"].sort(),
    );
    expect(back.choices.find((c) => c.correct)?.feedback).toBe("Yes: #1");
    expect(back.choices.find((c) => c.text.startsWith("%"))?.fraction).toBeUndefined();
  });

  it("keeps short answers as Moodle stores them, shielding a leading format tag or weight", () => {
    const q = question("short-text", {
      answers: [{ text: "[html]x" }, { text: "%50% off" }, { text: "a*b" }, { text: "half", fraction: 0.5 }],
      matching: {},
    });

    const { output, issues } = toGift([q]);
    const back = fromGift(output).questions[0] as QuestionOfType<"short-text">;

    expect(output).toContain("\t=[plain][html]x\n\t=%100%%50% off\n\t=a\\*b\n\t=%50%half\n");
    expect(back.answers).toEqual(q.type === "short-text" ? q.answers : []);
    expect(issues).toEqual([]);
  });

  it("skips a short answer containing ->, which Moodle would read as matching, and says so", () => {
    const { output, issues } = toGift([question("short-text", { answers: [{ text: "A -> B" }] })]);

    expect(output).toContain("is not in this file");
    expect(issues).toEqual([expect.objectContaining({ kind: "skipped", code: "unsafe_text" })]);
  });

  it("carries a matching premise or response that contains ->, never re-pairing it", () => {
    const q = question("matching", {
      premises: [
        { id: "art-1", text: "Article I -> first" },
        { id: "art-3", text: "Article III" },
      ],
      responses: [
        { id: "legislative", text: "Legislative -> Congress" },
        { id: "judicial", text: "Judicial" },
        { id: "executive", text: "Executive" },
      ],
    });

    const { output, issues } = toGift([q]);
    const back = fromGift(output).questions[0] as QuestionOfType<"matching">;
    const parsed = parse(output)[0] as Extract<GIFTQuestion, { type: "Matching" }>;

    expect(output).toContain("=Article I -&gt; first -> Legislative -> Congress\n");
    expect(actualPeg(parsed)).toEqual(expectedPeg(q));
    expect(
      back.premises.map((p) => [p.text, back.responses.find((r) => r.id === back.pairs[p.id])?.text]).sort(),
    ).toEqual([
      ["Article I -> first", "Legislative -> Congress"],
      ["Article III", "Judicial"],
    ]);
    expect(issues).toEqual([]);
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
    [
      "case-sensitive short answers",
      question("short-text", { matching: { caseSensitive: true } }),
      "text_matching_approximated",
    ],
    ["points other than 1", question("true-false", { points: 3, hints: [] }), "points_dropped"],
    ["a unit", question("numeric", { unit: "of each house" }), "unit_dropped"],
    ["all-or-nothing matching", question("matching", { scoring: "all-or-nothing" }), "scoring_approximated"],
    [
      "a matching question with two answers",
      question("matching", { responses: matchingResponses().slice(0, 2) }),
      "too_few_options",
    ],
    [
      "all-or-nothing multiple choice",
      question("multiple-choice", { scoring: "all-or-nothing" }),
      "scoring_approximated",
    ],
    [
      "every-decision-counts multiple choice",
      question("multiple-choice", { scoring: "every-decision-counts" }),
      "scoring_approximated",
    ],
    ["an excerpt without its lesson", question("single-choice", { excerptSourceId: "const-art-1" }), "excerpt_dropped"],
    ["a cloze with two blanks", question("cloze"), "unsupported_type"],
  ])("reports %s", (_name, q, code) => {
    const { issues } = toGift([q]);

    expect(issues.map((i) => i.code)).toContain(code);
  });

  it.each([
    [{ answer: true, feedbackTrue: "Right." }, "TRUE##<p>Right.</p>"],
    [{ answer: true, feedbackFalse: "Wrong." }, "TRUE#<p>Wrong.</p>"],
    [{ answer: false, feedbackTrue: "Wrong.", feedbackFalse: "Right." }, "FALSE#<p>Wrong.</p>#<p>Right.</p>"],
  ])("writes true-false feedback in Moodle's wrong-then-right order: %j", (variant, line) => {
    const q = { ...(question("true-false") as QuestionOfType<"true-false">), hints: [], ...variant };

    const { output } = toGift([q]);
    const back = fromGift(output).questions[0] as QuestionOfType<"true-false">;

    expect(output).toContain(`\t${line}\n`);
    expect([back.answer, back.feedbackTrue, back.feedbackFalse]).toEqual([q.answer, q.feedbackTrue, q.feedbackFalse]);
  });

  it("writes a cloze with one blank in Moodle's missing-word format", () => {
    const cloze = question("cloze") as QuestionOfType<"cloze">;
    const one: Question = {
      ...cloze,
      text: "Bills go to the {{officer}} for signature.",
      blanks: [cloze.blanks[1] as QuestionOfType<"cloze">["blanks"][number]],
    };

    const { output, issues } = toGift([one]);
    const parsed = parse(output)[0] as Extract<GIFTQuestion, { type: "MC" }>;
    const back = fromGift(output).questions[0] as QuestionOfType<"cloze">;

    expect(parsed.hasEmbeddedAnswers).toBe(true);
    expect(htmlText(parsed.stem.text)).toBe("Complete the clause. Bills go to the _____ for signature.");
    expect([back.prompt, back.text]).toEqual(["Complete the clause.", "Bills go to the {{blank}} for signature."]);
    expect(issues).toEqual([expect.objectContaining({ code: "excerpt_dropped" })]);
  });

  it("snaps credit to the grades Moodle accepts, and says so", () => {
    const q = question("single-choice", {
      choices: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B", fraction: 0.35 },
      ],
    });

    const { output, issues } = toGift([q]);

    expect(output).toContain("~%33.33333%B");
    expect(issues).toEqual([expect.objectContaining({ code: "grade_rounded", kind: "approximated" })]);
  });

  it("writes options in a seeded order, never simply the authored one", () => {
    const orders = (seed?: string) =>
      sources.flatMap((lesson) =>
        lesson.questions
          .filter((q) => q.type === "single-choice")
          .map((q) => {
            const back = fromGift(toGift([q], seed === undefined ? {} : { seed }).output).questions[0];
            return back?.type === "single-choice" ? back.choices.map((c) => c.text) : [];
          }),
      );
    const authored = sources.flatMap((lesson) =>
      lesson.questions.filter((q) => q.type === "single-choice").map((q) => q.choices.map((c) => c.text)),
    );

    const written = orders();
    const keyFirst = sources
      .flatMap((lesson) => lesson.questions.filter((q) => q.type === "single-choice"))
      .filter((q, i) => q.type === "single-choice" && written[i]?.[0] === q.choices.find((c) => c.correct)?.text);
    const sameAsAuthored = written.filter((order, i) => order.join("\u0000") === authored[i]?.join("\u0000"));

    expect(written.length).toBeGreaterThan(50);
    // Key first by chance is about 1 in 4; authored order puts it first almost always.
    expect(keyFirst.length / written.length).toBeLessThan(0.4);
    expect(sameAsAuthored.length / written.length).toBeLessThan(0.2);
    expect(orders()).toEqual(written);
    expect(orders("another seed")).not.toEqual(written);
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

  it("writes multiple-choice fractions as weights, leaving choices worth nothing unweighted", () => {
    const q = question("multiple-choice", {
      scoring: "fractions",
      choices: [
        { id: "a", text: "A", correct: true, fraction: 0.5 },
        { id: "b", text: "B", correct: true, fraction: 0.5 },
        { id: "c", text: "C" },
      ],
    });

    const { output } = toGift([q]);

    expect(output).toContain("\t~%50%A\n");
    expect(output).toContain("\t~C\n");
  });

  it("writes a cloze with one typed blank as a missing-word short answer, and skips one whose answer has ->", () => {
    const cloze = question("cloze") as QuestionOfType<"cloze">;
    const typed = (text: string): Question => ({
      ...cloze,
      excerptSourceId: undefined,
      text: "Bills start in the {{house}}.",
      blanks: [{ id: "house", kind: "text", answers: [{ text }] }],
    });

    const { output } = toGift([typed("House")]);
    const skipped = toGift([typed("A -> B")]);
    const back = fromGift(output).questions[0] as QuestionOfType<"cloze">;

    expect(output).toContain("<p>Bills start in the {\n\t=House\n");
    expect(back.blanks).toEqual([{ id: "blank", kind: "text", answers: [{ text: "House" }] }]);
    expect(skipped.issues.map((i) => i.code)).toContain("unsafe_text");
  });

  it("writes the category asked for, none when asked, and none for a bare question list", () => {
    const lesson = fixtureLesson();

    expect(toGift(lesson, { category: "$course$/top/Mine" }).output).toContain("\n$CATEGORY: $course$/top/Mine\n");
    expect(toGift(lesson, { category: null }).output).not.toContain("$CATEGORY");
    expect(toGift(lesson.questions).output).not.toContain("$CATEGORY");
  });
});
