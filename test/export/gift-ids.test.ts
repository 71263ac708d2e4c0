import type { Lesson, Question } from "civics-lessons";
import { fromGift, toGift } from "civics-lessons/export/gift";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLessons } from "./_helpers.js";

type Entry = { id: string; text: string };

/** The same question with its key moved and its options in another authored order. */
function withKeyMoved(q: Question): Question {
  const rotate = <T>(list: readonly T[]) => [...list.slice(1), ...list.slice(0, 1)];
  switch (q.type) {
    case "single-choice":
    case "multiple-choice": {
      const flags = rotate(q.choices.map((c) => c.correct === true));
      const choices = q.choices.map((c, i) => ({ id: c.id, text: c.text, ...(flags[i] ? { correct: true } : {}) }));
      return {
        ...q,
        choices: [...choices].reverse(),
        ...(q.type === "multiple-choice" ? { scoring: "right-minus-wrong" } : {}),
      } as Question;
    }
    case "matching": {
      const targets = rotate(q.premises.map((p) => q.pairs[p.id] as string));
      const pairs = Object.fromEntries(q.premises.map((p, i) => [p.id, targets[i] as string]));
      return { ...q, premises: [...q.premises].reverse(), responses: [...q.responses].reverse(), pairs };
    }
    case "categorize": {
      const targets = rotate(q.items.map((i) => i.categoryId));
      return { ...q, items: q.items.map((item, i) => ({ ...item, categoryId: targets[i] as string })).reverse() };
    }
    case "cloze": {
      const blank = q.blanks[0];
      if (q.blanks.length !== 1 || blank?.kind !== "choice") return q;
      const flags = rotate(blank.choices.map((c) => c.correct === true));
      const choices = blank.choices.map((c, i) => ({ id: c.id, text: c.text, ...(flags[i] ? { correct: true } : {}) }));
      return { ...q, blanks: [{ ...blank, choices: [...choices].reverse() }] };
    }
    default:
      return q;
  }
}

/** Option ids of an imported question by role and text. */
function idsByText(q: Question): Record<string, string> {
  const of = (role: string, list: readonly Entry[]) => list.map((e) => [`${role}:${e.text}`, e.id] as const);
  switch (q.type) {
    case "single-choice":
    case "multiple-choice":
      return Object.fromEntries(of("choice", q.choices));
    case "matching":
      return Object.fromEntries([...of("premise", q.premises), ...of("response", q.responses)]);
    case "cloze":
      return Object.fromEntries(q.blanks.flatMap((b) => (b.kind === "choice" ? of("choice", b.choices) : [])));
    default:
      return {};
  }
}

const imported = (questions: readonly Question[]) => fromGift(toGift([...questions]).output).questions;

describe("ids of imported questions", () => {
  let lessons: Lesson[] = [];

  beforeAll(async () => {
    lessons = await loadLessons();
  });

  it("are the same whichever option is keyed and whatever order the bank lists them in", () => {
    let compared = 0;
    for (const lesson of lessons) {
      const questions = lesson.questions.filter((q) =>
        ["single-choice", "multiple-choice", "matching", "categorize", "cloze"].includes(q.type),
      );
      const asIs = imported(questions);
      const moved = new Map(imported(questions.map(withKeyMoved)).map((q) => [q.id, q]));
      for (const q of asIs) {
        const ids = idsByText(q);
        if (Object.keys(ids).length === 0) continue;

        expect({ q: q.id, ids: idsByText(moved.get(q.id) as Question) }).toEqual({ q: q.id, ids });
        compared++;
      }
    }
    // Recorded for the final report.
    console.info(`GIFT import ids: ${compared} bundled questions keep every option id when the key moves`);
    expect(compared).toBeGreaterThan(100);
  });

  it("let no one answer a bundled question from its ids: guessing by id scores as chance does", () => {
    // Each guess is right with probability p (1 / options) by chance; a strategy that beats chance
    // by more than 3.3 standard deviations (one-sided p < 0.001) would mean the ids leak.
    const guesses: Record<string, { hits: number; expected: number; variance: number; count: number }> = {};
    const record = (strategy: string, hit: boolean, p: number) => {
      guesses[strategy] ??= { hits: 0, expected: 0, variance: 0, count: 0 };
      const g = guesses[strategy];
      g.hits += hit ? 1 : 0;
      g.expected += p;
      g.variance += p * (1 - p);
      g.count++;
    };
    for (const lesson of lessons) {
      for (const q of imported(lesson.questions)) {
        if (q.type === "single-choice") {
          const ids = q.choices.map((c) => c.id).sort();
          const key = q.choices.find((c) => c.correct)?.id;
          record("single choice, smallest id", ids[0] === key, 1 / ids.length);
          record("single choice, largest id", ids.at(-1) === key, 1 / ids.length);
        }
        if (q.type === "matching") {
          // Premises and responses paired in id order, as p1 -> r1 paired them before.
          const responses = q.responses.map((r) => r.id).sort();
          q.premises
            .map((p) => p.id)
            .sort()
            .forEach((p, i) => {
              record("matching, ids in order", q.pairs[p] === responses[i % responses.length], 1 / responses.length);
            });
        }
      }
    }

    for (const [strategy, g] of Object.entries(guesses)) {
      // Recorded for the final report.
      console.info(`GIFT import ids, ${strategy}: ${g.hits} of ${g.count} right; chance ${g.expected.toFixed(1)}`);
      expect(g.count).toBeGreaterThan(50);
      expect(g.hits).toBeLessThan(g.expected + 3.3 * Math.sqrt(g.variance));
    }
  });

  it("never spell position or pairing (no a, b, c or p1, r1)", () => {
    const all = lessons.flatMap((lesson) => imported(lesson.questions)).flatMap((q) => Object.values(idsByText(q)));

    expect(all.length).toBeGreaterThan(300);
    for (const id of all) expect(id).toMatch(/^[0-9a-f]{8}$/);
  });
});
