import { describe, expect, it } from "vitest";
import { citationProblems, normalizedCitation, urlProblem, weakCopyProblem } from "../../scripts/citations.js";
import { makeLesson } from "../_helpers/builders.js";
import { lessonTable } from "./_lessons.js";

describe.each(lessonTable)("sources of lesson %s", (_id, lesson) => {
  it("are cited formally, linked over https, distinct, used, and cover every claim", () => {
    expect(citationProblems(lesson)).toEqual([]);
  });
});

describe("citationProblems", () => {
  it("accepts the valid fixture lesson", () => {
    const lesson = makeLesson();

    expect(citationProblems(lesson)).toEqual([]);
  });

  it("names a source without a citation", () => {
    const lesson = makeLesson();
    (lesson.sources[1] as { citation: string }).citation = "  ";

    expect(citationProblems(lesson)).toContain(
      'fixture-checks-and-balances: sources[1] ("const-art-3") has no citation',
    );
  });

  it.each([
    ["http://www.congress.gov/bill", "uses http: instead of https:"],
    ["https://congress.gov/a b", "contains whitespace"],
    ["https://localhost/law", 'host "localhost" has no domain'],
    ["https//congress.gov", "does not parse as a URL"],
  ])("rejects the URL %s", (url, reason) => {
    const lesson = makeLesson();
    (lesson.sources[1] as { url?: string }).url = url;

    expect(citationProblems(lesson)).toContain(
      `fixture-checks-and-balances: sources[1] ("const-art-3").url ${reason}: ${JSON.stringify(url)}`,
    );
  });

  it.each([
    ["https://en.m.wikisource.org/wiki/Page:Federal_Cases,_Volume_17.djvu/149", "mobile"],
    ["https://en.m.wikipedia.org/wiki/War_Powers_Resolution", "mobile"],
    ["https://scotusblog.go-vip.net/cases/case-files/noem-v-abrego-garcia", "staging"],
    ["https://staging.example.org/report", "staging"],
    ["https://stg-www.example.gov/order.pdf", "staging"],
    ["https://books.google.bs/books?id=qlUDAAAAYAAJ&pg=PR29", "Google Books"],
    ["https://books.google.com.bo/books?id=6TATAAAAYAAJ", "Google Books"],
    ["https://americancourant.pages.dev/opinion/ruling/", "pages.dev"],
  ])("rejects %s as a copy that is never the one to cite", (url, kind) => {
    const lesson = makeLesson();
    (lesson.sources[1] as { url?: string }).url = url;
    const host = new URL(url).hostname;
    const reason = weakCopyProblem(host);

    expect(reason).toContain(kind);
    expect(citationProblems(lesson)).toContain(
      `fixture-checks-and-balances: sources[1] ("const-art-3").url ${reason}: ${JSON.stringify(url)}`,
    );
  });

  it("flags two sources with the same URL, ignoring www, fragment and trailing slash", () => {
    const lesson = makeLesson();
    (lesson.sources[1] as { url?: string }).url = "https://www.constitution.congress.gov/constitution/article-1#s7";

    expect(citationProblems(lesson)).toContain(
      'fixture-checks-and-balances: sources[1] ("const-art-3").url is the same document as "const-art-1" (https://www.constitution.congress.gov/constitution/article-1#s7)',
    );
  });

  it("flags two sources with the same citation, ignoring spacing and punctuation", () => {
    const lesson = makeLesson();
    (lesson.sources[1] as { citation: string }).citation = "U.S. Const. art. I § 7";

    expect(citationProblems(lesson)).toContain(
      'fixture-checks-and-balances: sources[1] ("const-art-3") has the same citation as "const-art-1" ("U.S. Const. art. I § 7")',
    );
  });

  it("flags a source that nothing refers to", () => {
    const lesson = makeLesson();
    lesson.sources.push({ id: "unused", kind: "other", title: "Unused", citation: "Unused (2026)" });

    expect(citationProblems(lesson)).toEqual([
      `fixture-checks-and-balances: sources[${lesson.sources.length - 1}] ("unused") is not referenced by anything`,
    ]);
  });

  it.each([
    ["sections", 'sections[0] ("intro")'],
    ["keyTerms", 'keyTerms[0] ("Veto")'],
    ["timeline", "timeline[0] (1787-09-17)"],
    ["perspectives", 'perspectives[0] ("strong-review")'],
  ] as const)("flags an entry of %s without sourceIds", (field, path) => {
    const lesson = makeLesson();
    const entry = (lesson[field] as { sourceIds: string[] }[])[0];
    if (entry) entry.sourceIds = [];

    expect(citationProblems(lesson)).toContain(`fixture-checks-and-balances: ${path} has no sourceIds`);
  });

  it("flags a question without sourceIds", () => {
    const lesson = makeLesson();
    const question = lesson.questions[0] as { id: string; sourceIds: string[] };
    question.sourceIds = [];

    expect(citationProblems(lesson)).toContain(
      `fixture-checks-and-balances: questions[0] ("${question.id}") has no sourceIds`,
    );
  });
});

describe("normalizedCitation", () => {
  it("treats spacing and punctuation variants of one citation as equal", () => {
    expect(normalizedCitation("50 U.S.C. § 21")).toBe(normalizedCitation("50 USC §21"));
  });

  it("keeps different sections apart", () => {
    expect(normalizedCitation("50 U.S.C. § 21")).not.toBe(normalizedCitation("50 U.S.C. § 22"));
  });
});

describe("urlProblem", () => {
  it("accepts an official https address", () => {
    expect(urlProblem("https://constitution.congress.gov/constitution/article-1/")).toBeNull();
  });

  it.each([
    "https://en.wikisource.org/wiki/Page:Federal_Cases,_Volume_17.djvu/149",
    "https://en.wikipedia.org/wiki/War_Powers_Resolution",
    "https://www.scotusblog.com/cases/case-files/noem-v-abrego-garcia/",
    "https://books.google.com/books?id=NdxCAAAAIAAJ&pg=PA647",
    "https://www.stgeorgeutah.com/news/",
    "https://www.mpages.dev.example.org/",
  ])("does not mistake %s for a weak copy", (url) => {
    expect(urlProblem(url)).toBeNull();
  });
});
