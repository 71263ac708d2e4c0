import { describe, expect, it } from "vitest";
import {
  lessonReading,
  longestSentences,
  plainText,
  READING_GRADE_BUDGETS,
  readingBudget,
  readingGrade,
  readingStats,
  sentences,
} from "../../scripts/readability.js";
import { makeLesson } from "../_helpers/builders.js";
import { lessonTable } from "./_lessons.js";

describe.each(lessonTable)("reading of lesson %s", (id, lesson) => {
  it("stays within the grade budget of its lowest grade band", () => {
    const grade = readingGrade(lesson);
    const budget = readingBudget(lesson.gradeBands);
    const hint =
      grade > budget
        ? `${id}: Flesch-Kincaid grade ${grade} is over the ${budget} budget for ${lesson.gradeBands.join(", ")}. ` +
          `Longest sentences:\n- ${longestSentences(lessonReading(lesson), 3).join("\n- ")}`
        : "";

    expect(hint).toBe("");
  });
});

describe("readingBudget", () => {
  it("uses the lowest band of a lesson written for several", () => {
    expect(readingBudget(["college", "9-12"])).toBe(READING_GRADE_BUDGETS["9-12"]);
  });

  it("rises with the band", () => {
    const budgets = (["K-2", "3-5", "6-8", "9-12", "college"] as const).map((band) => readingBudget([band]));

    expect(budgets).toEqual([...budgets].sort((a, b) => a - b));
  });
});

describe("plainText", () => {
  it("drops tables, URLs, link targets and emphasis markers", () => {
    const markdown = [
      "The **Act** of *1798* is [on Congress.gov](https://www.congress.gov/x).",
      "",
      "| Law | Year |",
      "| --- | --- |",
      "| Alien Enemies Act | 1798 |",
      "",
      "See https://uscode.house.gov/ for the text.",
    ].join("\n");

    expect(plainText(markdown)).toBe("The Act of 1798 is on Congress.gov.\nSee for the text.");
  });

  it("puts each heading and list item on its own line", () => {
    expect(plainText("## Two clocks\n\n- Report within 48 hours\n- Withdraw within 60 days")).toBe(
      "Two clocks\nReport within 48 hours\nWithdraw within 60 days",
    );
  });

  it("joins the lines of one paragraph", () => {
    expect(plainText("The court ruled\nfor the plaintiffs.")).toBe("The court ruled for the plaintiffs.");
  });
});

describe("sentences", () => {
  it("does not end a sentence at abbreviations, initials or citations", () => {
    const text =
      "In Ludecke v. Watkins, Judge James E. Boasberg cited 50 U.S.C. § 21 on Mar. 15. The government appealed.";

    expect(sentences(text)).toEqual([
      "In Ludecke v. Watkins, Judge James E. Boasberg cited 50 U.S.C. § 21 on Mar. 15.",
      "The government appealed.",
    ]);
  });

  it("ends a sentence inside closing quotation marks", () => {
    expect(sentences('He answered "no." Then he left. See Federalist No. 51.')).toEqual([
      'He answered "no."',
      "Then he left.",
      "See Federalist No. 51.",
    ]);
  });

  it("ends a line without final punctuation as a sentence", () => {
    expect(sentences("Two clocks\nReport within 48 hours")).toHaveLength(2);
  });
});

describe("readingStats", () => {
  it("computes the Flesch-Kincaid grade from words, sentences and syllables", () => {
    const stats = readingStats("The court ruled for the men. The government appealed the order.");

    expect(stats).toEqual({
      words: 11,
      sentences: 2,
      syllables: 15,
      grade: Math.round((0.39 * (11 / 2) + 11.8 * (15 / 11) - 15.59) * 10) / 10,
    });
  });

  it("returns grade 0 for text without words", () => {
    expect(readingStats("").grade).toBe(0);
  });
});

describe("readingGrade", () => {
  it("reads only the section bodies", () => {
    const lesson = makeLesson();
    lesson.summary = "An extraordinarily complicated, multisyllabic, institutionally convoluted summary.";

    expect(readingGrade(lesson)).toBe(readingStats(plainText(lesson.sections[0]?.body ?? "")).grade);
  });
});

describe("longestSentences", () => {
  it("returns the longest sentences first", () => {
    expect(longestSentences("Short one. This one is a little longer. Mid size one here.", 2)).toEqual([
      "This one is a little longer.",
      "Mid size one here.",
    ]);
  });
});
