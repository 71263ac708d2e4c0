import type { Lesson } from "civics-lessons";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../../scripts/generate-catalog.js";
import { escapeHtml, PRINTABLE_KINDS, renderPrintables } from "../../scripts/printables.js";
import { makeLesson } from "../_helpers/builders.js";
import { idsOf, keyMaterial, squeeze } from "../_helpers/key-material.js";
import plan from "../fixtures/valid-plan.json" with { type: "json" };

const lessons = await loadLessons();

/** The text a reader sees in a page: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** A lesson (the fixture, with the fixture plan) whose text tries to run script in every way docs meet. */
function hostileLesson(): Lesson {
  const lesson = { ...makeLesson(), plan: structuredClone(plan) } as Lesson;
  const attack = `<script>alert("x")</script> <svg onload=alert(1)></svg> <img src=x onerror=alert(2)> [link](javascript:alert(3))`;
  lesson.title = `Checks ${attack}`;
  lesson.sections[0] = { ...(lesson.sections[0] as Lesson["sections"][number]), body: attack };
  lesson.keyTerms[0] = { ...(lesson.keyTerms[0] as Lesson["keyTerms"][number]), definition: attack };
  lesson.questions[0] = { ...(lesson.questions[0] as Lesson["questions"][number]), prompt: attack };
  lesson.discussionQuestions[0] = attack;
  if (lesson.plan) {
    lesson.plan.activity.studentInstructions = attack;
    lesson.plan.essentialQuestion = attack;
  }
  return lesson;
}

describe("printables", () => {
  it("each lesson has a handout, activity materials, a quiz and a plan", () => {
    for (const lesson of lessons) {
      expect(renderPrintables(lesson).map((p) => p.kind)).toEqual([...PRINTABLE_KINDS]);
    }
  });

  describe.each(lessons.map((l) => [l.id, l] as const))("%s", (_id, lesson) => {
    const printables = renderPrintables(lesson);
    const students = printables.filter((p) => p.audience === "student");

    it.each(students.map((p) => [p.kind, p] as const))("the %s shows no key material and no ids", (_kind, p) => {
      const text = squeeze(textOf(p.html));
      const raw = textOf(p.html);

      const leaks = keyMaterial(lesson).filter((k) => text.includes(k.snippet));
      const ids = idsOf(lesson).filter((id) =>
        new RegExp(`(^|[^\\w-])${id.replace(/[[\]]/g, "\\$&")}([^\\w-]|$)`).test(raw),
      );

      expect(leaks.map((k) => k.what)).toEqual([]);
      expect(ids).toEqual([]);
    });

    it("the handout cites sources by numbered notes, each note one of the lesson's sources", () => {
      const handout = printables.find((p) => p.kind === "handout")?.html ?? "";
      const numbers = [...handout.matchAll(/<sup class="fn">([\d, ]+)<\/sup>/g)].flatMap((m) =>
        (m[1] ?? "").split(", ").map(Number),
      );
      const notes = handout.slice(handout.indexOf('<ol class="notes">')).match(/<li>/g)?.length ?? 0;

      expect(numbers.length).toBeGreaterThan(0);
      expect(Math.max(...numbers)).toBe(notes);
      expect(new Set(numbers).size).toBe(notes);
    });

    it("the plan carries the quick key with one row per question", () => {
      const planPage = printables.find((p) => p.kind === "plan")?.html ?? "";
      const quickKey = planPage.slice(planPage.indexOf('<table class="quick-key">'));

      expect(quickKey.match(/<tr><td>/g)).toHaveLength(lesson.questions.length);
    });
  });

  it("print lesson text as text: no element, handler or script link comes from the lesson", () => {
    for (const p of renderPrintables(hostileLesson())) {
      const body = p.html.slice(p.html.indexOf("<body"));

      expect(body, p.kind).not.toMatch(/<(script|svg|img)\b|<[^>]*\son\w+=|href="javascript:/i);
      expect(textOf(body), p.kind).toContain('<script>alert("x")</script>');
    }
  });

  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });
});
