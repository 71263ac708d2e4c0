import { catalog } from "civics-lessons/lessons";
import { describe, expect, it } from "vitest";
import { lessonTable } from "./_lessons.js";

/** The attribution line CC BY 4.0 asks platforms to show: title, creator, licence and its URL. */
function expectedCredit(title: string): string {
  return `"${title}" by the civics-lessons contributors, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`;
}

describe.each(lessonTable)("credit of lesson %s", (id, lesson) => {
  it("licenses the lesson's text under CC BY 4.0", () => {
    expect(lesson.license).toBe("CC-BY-4.0");
  });

  it("gives the title, the creator, the licence and its URL", () => {
    expect(lesson.credit).toBe(expectedCredit(lesson.title));
  });

  it("is exposed by the catalog", () => {
    const entry = catalog.find((e) => e.id === id);

    expect({ license: entry?.license, credit: entry?.credit }).toEqual({
      license: lesson.license,
      credit: lesson.credit,
    });
  });
});
