import { type Lesson, type Question, scoreQuestion } from "civics-lessons";
import { fromGift, toGift } from "civics-lessons/export/gift";
import { toQti } from "civics-lessons/export/qti";
import { parseFillIn, toXapiStatements } from "civics-lessons/export/xapi";
import { safeParseLesson } from "civics-lessons/schema";
import { type GIFTQuestion, parse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/export/_shared/markdown/render.js";
import { actualPeg, expectedPeg } from "./_gift.js";
import { keyedResponse } from "./_helpers.js";
import { hostileLesson, PAYLOADS } from "./_hostile.js";
import { htmlProblems, qtiProblems } from "./_markup.js";
import { parseXml } from "./_qti-engine.js";
import { vendorPresent } from "./_vendor.js";
import { attemptAt, OPTIONS, problems } from "./_xapi.js";

/** Characters no HTML or XML document may hold, which exporters write as U+FFFD. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A value with the forbidden characters of its strings replaced, as the exporters write them. */
function withoutForbidden(value: unknown): unknown {
  if (typeof value === "string") return value.replace(FORBIDDEN, "\uFFFD");
  if (Array.isArray(value)) return value.map(withoutForbidden);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutForbidden(v)]));
  return value;
}

/** Every piece of text Moodle renders as HTML in a gift-pegjs reading of a question. */
function renderedFields(q: GIFTQuestion): string[] {
  const fields: string[] = [];
  const add = (t: { text: string; format: string } | null | undefined) => {
    if (t && t.text !== "") fields.push(t.text);
  };
  if ("stem" in q) add(q.stem);
  if ("globalFeedback" in q) add(q.globalFeedback);
  if (q.type === "MC")
    for (const c of q.choices) {
      add(c.text);
      add(c.feedback);
    }
  if (q.type === "TF") {
    add(q.trueFeedback);
    add(q.falseFeedback);
  }
  if (q.type === "Short" || q.type === "Numerical")
    for (const c of q.choices as { feedback: { text: string; format: string } | null }[]) add(c.feedback);
  if (q.type === "Matching") for (const p of q.matchPairs) add(p.subquestion);
  return fields;
}

describe("a lesson with hostile text in every field", () => {
  const lesson: Lesson = hostileLesson();

  it("is a valid lesson (so these are texts the schema lets through)", () => {
    expect(safeParseLesson(lesson).success).toBe(true);
  });

  describe("toQti", () => {
    it("writes well-formed items that hold no markup but the safe subset and no link but https", () => {
      const { output } = toQti(lesson);

      for (const item of output.items)
        expect({ item: item.questionId, problems: qtiProblems(item.xml) }).toEqual({
          item: item.questionId,
          problems: [],
        });
      expect(output.items).toHaveLength(lesson.questions.length);
    });

    it("keeps every payload as text a reader can see", () => {
      const text = toQti(lesson)
        .output.items.map((item) => JSON.stringify(parseXml(item.xml)))
        .join("\n");

      for (const payload of [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(2)">',
        "[click me](javascript:alert(4))",
        "A -> B => C",
      ])
        expect(text).toContain(JSON.stringify(payload).slice(1, -1));
    });
  });

  describe("toGift", () => {
    it("writes no live markup and no link but https in any field Moodle renders (0 of 0.1.0's 34 live tags)", () => {
      const { output } = toGift(lesson);
      const parsed = parse(output).filter((q) => q.type !== "Category");

      const found = parsed.flatMap((q) =>
        renderedFields(q).flatMap((field) => htmlProblems(field).map((p) => `${(q as { title: string }).title}: ${p}`)),
      );

      expect(parsed.length).toBeGreaterThan(4);
      expect(found).toEqual([]);
    });

    it("is read by gift-pegjs with the same answers", () => {
      const { output } = toGift(lesson);
      const parsed = new Map(
        parse(output)
          .filter((q) => q.type !== "Category")
          .map((q) => [(q as { title: string }).title, q]),
      );

      for (const q of lesson.questions) {
        const found = parsed.get(q.id);
        if (found === undefined) continue;
        expect(withoutForbidden({ id: q.id, ...actualPeg(found) })).toEqual(
          withoutForbidden({ id: q.id, ...expectedPeg(q) }),
        );
      }
    });

    it("comes back through fromGift with every text as a reader saw it, and the same key", () => {
      const { output, issues } = toGift(lesson);
      const back = new Map(fromGift(output).questions.map((q) => [q.id, q]));
      const seen = (markdown: string) => markdownToText(markdown.replace(FORBIDDEN, "\uFFFD"));

      let compared = 0;
      for (const original of lesson.questions) {
        const imported = back.get(original.id);
        if (!imported) {
          expect(issues).toContainEqual(expect.objectContaining({ questionId: original.id, kind: "skipped" }));
          continue;
        }
        if (original.excerptSourceId === undefined) expect(seen(imported.prompt)).toBe(seen(original.prompt));
        expect(seen(imported.explanation)).toBe(seen(original.explanation));
        if (original.type === "single-choice" && imported.type === "single-choice") {
          expect(imported.choices.map((c) => c.text).sort()).toEqual(original.choices.map((c) => seen(c.text)).sort());
          const key = original.choices.find((c) => c.correct)?.text;
          expect(imported.choices.find((c) => c.correct)?.text).toBe(seen(key ?? ""));
        }
        const result = scoreQuestion(original, keyedResponse(original));
        expect(result.status).toBe("correct");
        compared++;
      }
      expect(compared).toBeGreaterThan(4);
    });
  });

  describe.skipIf(!vendorPresent)("toXapiStatements", () => {
    it("makes statements that pass both validators and patterns that read back as the lesson's answers", () => {
      for (const pick of [0, 1, 2]) {
        const { attempt, result } = attemptAt(lesson, pick);

        const { output } = toXapiStatements(result, attempt, OPTIONS);

        for (const statement of output)
          expect({ id: statement.id, problems: problems(statement) }).toEqual({ id: statement.id, problems: [] });
        const short = lesson.questions.find((q) => q.type === "short-text") as Question & { type: "short-text" };
        const patterns = output.find((s) => s.object.id.endsWith(`/${short.id}`))?.object.definition
          .correctResponsesPattern;
        expect(patterns?.map((p) => parseFillIn(p).items[0])).toEqual(
          short.answers.filter((a) => (a.fraction ?? 1) === 1).map((a) => a.text),
        );
      }
    });
  });

  it("uses each payload at least once", () => {
    expect(JSON.stringify(lesson)).toContain(JSON.stringify(PAYLOADS.at(-1)).slice(1, -1));
  });
});
