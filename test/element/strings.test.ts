import { type CivicsQuizStrings, englishStrings, spanishStrings } from "civics-lessons/element";
import { describe, expect, it } from "vitest";
import { fill, mergeStrings } from "../../src/element/strings.js";

/** Every string of a table with its path, nested tables included. */
function flatten(table: CivicsQuizStrings): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "string") out.set(key, value);
    else for (const [inner, text] of Object.entries(value)) out.set(`${key}.${inner}`, text as string);
  }
  return out;
}

const slots = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("spanishStrings", () => {
  const english = flatten(englishStrings);
  const spanish = flatten(spanishStrings);

  it("translates every English string", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    const same = [...english].filter(([key, text]) => key !== "lang" && spanish.get(key) === text);
    expect(same).toEqual([]);
  });

  it("keeps the slots of every template", () => {
    const differing = [...english].filter(([key, text]) => slots(text).join() !== slots(spanish.get(key) ?? "").join());
    expect(differing).toEqual([]);
  });
});

describe("mergeStrings", () => {
  it("lays a partial override over English, nested tables included", () => {
    const merged = mergeStrings({ submit: "Hand in", reasons: { incomplete: "Finish every part." } });

    expect(merged.submit).toBe("Hand in");
    expect(merged.reasons.incomplete).toBe("Finish every part.");
    expect(merged.reasons.not_a_number).toBe(englishStrings.reasons.not_a_number);
    expect(merged.statuses).toEqual(englishStrings.statuses);
  });

  it("gives English without overrides", () => {
    expect(mergeStrings(null)).toEqual(englishStrings);
  });
});

describe("fill", () => {
  it("fills named slots and leaves unknown ones as they are", () => {
    expect(fill("Question {n} of {total}", { n: 2, total: 9 })).toBe("Question 2 of 9");
    expect(fill("{n} of {missing}", { n: 1 })).toBe("1 of {missing}");
  });
});
