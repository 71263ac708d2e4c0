import type { Lesson } from "civics-lessons";
import { describe, expect, it } from "vitest";
import * as bibliography from "../../lessons/_sources/index.js";
import { type BibliographyRecord, bibliographyProblems } from "../../scripts/citations.js";
import { lessons } from "./_lessons.js";

const records: BibliographyRecord[] = Object.values(bibliography);

describe("the bibliography (lessons/_sources)", () => {
  it("holds one record per document, each cited the same way by every lesson and cited at least once", () => {
    expect(bibliographyProblems(lessons, records)).toEqual([]);
  });

  it("names every record's export after its id, so two records cannot share an id", () => {
    const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

    const misnamed = Object.entries(bibliography)
      .filter(([name, record]) => name !== camel(record.id))
      .map(([name, record]) => `${name} holds "${record.id}"`);

    expect(misnamed).toEqual([]);
  });
});

describe("bibliographyProblems", () => {
  const marbury: BibliographyRecord = {
    id: "marbury-v-madison",
    kind: "case",
    title: "Marbury v. Madison",
    citation: "Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)",
    url: "https://supreme.justia.com/cases/federal/us/5/137/",
  };
  const artOne: BibliographyRecord = {
    id: "const-art-1",
    kind: "constitution",
    title: "U.S. Constitution, Article I",
    citation: "U.S. Const. art. I",
  };
  const lessonCiting = (id: string, ...sources: Lesson["sources"]): Lesson => ({ id, sources }) as unknown as Lesson;

  it("accepts lessons that cite records as they are, adding pinpoints and excerpts", () => {
    const lessons = [
      lessonCiting("a", marbury, { ...artOne, pinpoint: "§ 7" }),
      lessonCiting("b", { ...marbury, excerpt: "It is emphatically the province..." }),
    ];

    expect(bibliographyProblems(lessons, [marbury, artOne])).toEqual([]);
  });

  it.each([
    ["title", "Marbury"],
    ["citation", "5 U.S. 137"],
    ["url", "https://en.wikipedia.org/wiki/Marbury_v._Madison"],
    ["publisher", "Justia"],
  ] as const)("reports a lesson whose copy of a source drifts in its %s", (field, value) => {
    const lessons = [lessonCiting("a", artOne, { ...marbury, [field]: value })];

    expect(bibliographyProblems(lessons, [marbury, artOne])).toEqual([
      `a: sources[1] ("marbury-v-madison").${field} differs from the bibliography: ${JSON.stringify(value)} instead of ${JSON.stringify(marbury[field])}`,
    ]);
  });

  it("reports one document kept under two ids, by citation and by URL", () => {
    const twin = { ...marbury, id: "marbury", citation: "Marbury v. Madison, 5 U.S. 137 (1803)" };
    const sameCitation = { ...artOne, id: "article-one", citation: "U.S. Const., art. I" };

    expect(
      bibliographyProblems(
        [lessonCiting("a", marbury, twin, artOne, sameCitation)],
        [marbury, twin, artOne, sameCitation],
      ),
    ).toEqual([
      'bibliography: "marbury" has the same URL as "marbury-v-madison" (https://supreme.justia.com/cases/federal/us/5/137/)',
      'bibliography: "article-one" has the same citation as "const-art-1" ("U.S. Const., art. I")',
    ]);
  });

  it("reports a cited id the bibliography lacks, and a record nobody cites", () => {
    const unknown = { ...artOne, id: "const-art-9", citation: "U.S. Const. art. IX" };

    expect(bibliographyProblems([lessonCiting("a", unknown)], [artOne])).toEqual([
      'a: sources[0] ("const-art-9") is not in the bibliography (lessons/_sources)',
      'bibliography: "const-art-1" is cited by no lesson',
    ]);
  });

  it("reports two records with one id", () => {
    expect(
      bibliographyProblems([lessonCiting("a", artOne)], [artOne, { ...artOne, citation: "U.S. Const. art. 1" }]),
    ).toContain('bibliography: two records have the id "const-art-1"');
  });
});
