/** The shared scoring rules (an internal module, so imported from `src/_lib`). */
import { parseQuestion } from "civics-lessons/schema";
import { describe, expect, it } from "vitest";
import {
  absoluteTolerance,
  answerFractionOf,
  DEFAULTS,
  hashString,
  keyedIds,
  matchingScoringOf,
  multipleChoiceScoringOf,
  normalizeText,
  orderByHash,
  orderingScoringOf,
  percentOf,
  pointsOf,
  positiveFractionsAddUpToOne,
  round,
  shuffleKeepingFixed,
  singleChoiceCreditOf,
  targetRange,
  textMatchingOf,
} from "../../src/_lib/semantics.js";
import { makeQuestion } from "../_helpers/builders.js";

describe("defaults", () => {
  it("are the ones the schema fills in", () => {
    const strip = <T extends object>(q: T, ...keys: string[]) =>
      Object.fromEntries(Object.entries(q).filter(([k]) => !keys.includes(k))) as T;
    const mc = parseQuestion(strip(makeQuestion("multiple-choice"), "scoring", "points"));
    const ordering = parseQuestion(strip(makeQuestion("ordering"), "scoring"));
    const matching = parseQuestion(strip(makeQuestion("matching"), "scoring"));
    const text = parseQuestion({ ...makeQuestion("short-text"), matching: {} });

    expect(mc).toMatchObject({ points: DEFAULTS.points, scoring: DEFAULTS.multipleChoiceScoring });
    expect(ordering).toMatchObject({ scoring: DEFAULTS.orderingScoring });
    expect(matching).toMatchObject({ scoring: DEFAULTS.matchingScoring });
    expect(text.type === "short-text" && text.matching).toEqual(textMatchingOf(undefined));
  });

  it("are what the accessors give for authored questions that leave them out", () => {
    expect(pointsOf({})).toBe(1);
    expect(multipleChoiceScoringOf({})).toBe("all-or-nothing");
    expect(orderingScoringOf({})).toBe("position");
    expect(matchingScoringOf({})).toBe("per-pair");
    expect(answerFractionOf({})).toBe(1);
    expect(textMatchingOf({ typoTolerance: 0.2 })).toEqual({
      caseSensitive: false,
      ignoreDiacritics: false,
      ignorePunctuation: false,
      typoTolerance: 0.2,
    });
  });
});

describe("credit", () => {
  it.each([
    [{}, { correct: true }, 1],
    [{}, { fraction: 0.25 }, 0.25],
    [{}, {}, 0],
    [{ penalty: 0.5 }, {}, -0.5],
    [{ penalty: 0.5 }, { fraction: 0.25 }, 0.25],
  ])("a single-choice question %j gives choice %j a credit of %d", (question, choice, credit) => {
    expect(singleChoiceCreditOf(question, choice)).toBe(credit + 0);
  });

  it("lists keyed ids in authored order", () => {
    expect(keyedIds([{ id: "a" }, { id: "b", correct: true }, { id: "c", correct: true }])).toEqual(["b", "c"]);
  });

  it("checks that positive fractions add up to 1, within rounding", () => {
    expect(
      positiveFractionsAddUpToOne([{ fraction: 1 / 3 }, { fraction: 1 / 3 }, { fraction: 1 / 3 }, { fraction: -1 }]),
    ).toBe(true);
    expect(positiveFractionsAddUpToOne([{ fraction: 0.5 }, { fraction: 0.4 }])).toBe(false);
  });
});

describe("numeric targets", () => {
  it.each([
    [{ value: 10 }, { min: 10, max: 10 }],
    [
      { value: 10, tolerance: 0.5 },
      { min: 9.5, max: 10.5 },
    ],
    [
      { value: -10, tolerance: 0.1, toleranceType: "relative" as const },
      { min: -11, max: -9 },
    ],
    [
      { min: 6000, max: 6600 },
      { min: 6000, max: 6600 },
    ],
  ])("%j accepts %j", (target, range) => {
    expect(targetRange(target)).toEqual(range);
  });

  it("turns a relative tolerance into the answer's units", () => {
    expect(absoluteTolerance({ value: 200, tolerance: 0.05, toleranceType: "relative" })).toBe(10);
  });
});

describe("rounding", () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [-0, 0],
    [-1e-9, 0],
    [2 / 3, 0.666667],
  ])("round(%d) is %d", (value, rounded) => {
    expect(Object.is(round(value), rounded)).toBe(true);
  });

  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [0, 0, 0],
  ])("percentOf(%d, %d) is %d", (earned, possible, percent) => {
    expect(percentOf(earned, possible)).toBe(percent);
  });
});

describe("text normalisation", () => {
  it.each([
    ["  Marbury\u00a0 v. Madison ", {}, "marbury v. madison"],
    ["\u201cCourts\u201d \u2013 Art.\u00a0III", {}, '"courts" - art. iii'],
    ["Caf\u00e9", { ignoreDiacritics: true }, "cafe"],
    ["v. Madison!", { ignorePunctuation: true }, "v madison"],
    ["Congress", { caseSensitive: true }, "Congress"],
    ["\uff21\uff22", {}, "ab"],
  ])("normalizes %j with %j to %j", (text, options, out) => {
    expect(normalizeText(text, options)).toBe(out);
  });
});

describe("seeded order", () => {
  // Pinned: stored attempts and exported files depend on these exact values (they match 0.1.0).
  it("hashes and orders as it always has", () => {
    const entries = ["a", "b", "c", "d", "e"].map((id) => ({ id }));

    expect([hashString(""), hashString("a"), hashString("civics-lessons"), hashString("a", 0x9e3779b9)]).toEqual([
      2872998923, 444641715, 3294994467, 1228730281,
    ]);
    expect(orderByHash(entries, "seed", "q1").map((e) => e.id)).toEqual(["d", "c", "e", "b", "a"]);
  });

  it("orders by seed, scope and ids only", () => {
    const entries = ["a", "b", "c", "d", "e"].map((id) => ({ id }));
    const order = orderByHash(entries, "seed", "q1").map((e) => e.id);

    expect(orderByHash([...entries].reverse(), "seed", "q1").map((e) => e.id)).toEqual(order);
    expect([...order].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("keeps fixed entries in their slot", () => {
    const entries = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "none", fixed: true }];

    for (const seed of ["1", "2", "3", "4"]) expect(shuffleKeepingFixed(entries, seed, "q")[3]).toBe("none");
  });
});
