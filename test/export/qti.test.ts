/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Lesson, type Question, scoreQuestion, shuffleOptions } from "civics-lessons";
import { toQti } from "civics-lessons/export/qti";
import { writeQtiPackage } from "civics-lessons/export/qti-write";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureLesson, keyedResponse, loadLessons, sampleResponses } from "./_helpers.js";
import { hostileLesson } from "./_hostile.js";
import { parseXml, processResponses } from "./_qti-engine.js";
import { vendorPath, vendorPresent } from "./_vendor.js";

const XSD = vendorPath("qti3/xsd/imsqti_asiv3p0_sbacv1p0_v1p0.xsd");

function xmllint(args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync("xmllint", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stderr: run.stderr };
}

const nc = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `_${id}`);

/** The engine's response as QTI response variables of the exported item. */
function qtiResponses(question: Question, response: unknown): Record<string, null | number | string | string[]> {
  const r = response as never;
  switch (question.type) {
    case "single-choice":
      return { RESPONSE: nc(r) };
    case "multiple-choice":
    case "ordering":
      return { RESPONSE: (r as string[]).map(nc) };
    case "true-false":
      return { RESPONSE: String(r) };
    case "short-text":
      return { RESPONSE: r };
    case "numeric":
      return { RESPONSE: Number(r) };
    case "matching":
      return { RESPONSE: Object.entries(r as Record<string, string>).map(([p, x]) => `premise-${p} response-${x}`) };
    case "categorize":
      return { RESPONSE: Object.entries(r as Record<string, string>).map(([i, c]) => `item-${i} category-${c}`) };
    case "cloze": {
      const given = r as Record<string, string>;
      return Object.fromEntries(
        question.blanks.map((blank, b) => {
          const value = given[blank.id];
          if (value === undefined) return [`RESPONSE-${blank.id}`, null];
          return [`RESPONSE-${blank.id}`, blank.kind === "choice" ? `B${b + 1}-${value}` : value];
        }),
      );
    }
  }
}

describe("toQti", () => {
  let lessons: Lesson[] = [];
  const sources: { name: string; lesson: Lesson }[] = [];

  beforeAll(async () => {
    lessons = await loadLessons();
    sources.push(
      { name: "fixture", lesson: fixtureLesson() },
      { name: "hostile", lesson: hostileLesson() },
      ...lessons.map((lesson) => ({ name: lesson.id, lesson })),
    );
  });

  describe.skipIf(!vendorPresent)("schema validity", () => {
    let dir = "";
    afterAll(() => {
      if (dir !== "") rmSync(dir, { recursive: true, force: true });
    });

    it("writes items that all validate against the QTI 3.0 XSD, in one xmllint run", () => {
      dir = mkdtempSync(join(tmpdir(), "civics-qti-"));
      const files: string[] = [];
      const manifests: string[] = [];
      for (const { name, lesson } of sources) {
        const { output } = toQti(lesson);
        for (const item of output.items) {
          const file = join(dir, `${name}--${item.identifier}.xml`);
          writeFileSync(file, item.xml);
          files.push(file);
        }
        const manifest = join(dir, `${name}--imsmanifest.xml`);
        writeFileSync(manifest, output.manifest);
        manifests.push(manifest);
      }

      const items = xmllint(["--noout", "--nonet", "--schema", XSD, ...files]);
      const wellFormed = xmllint(["--noout", "--nonet", ...manifests]);

      expect(items.stderr.split("\n").filter((l) => l !== "" && !l.endsWith(" validates"))).toEqual([]);
      expect(items.status).toBe(0);
      expect(wellFormed.status).toBe(0);
      expect(files.length).toBe(sources.reduce((n, s) => n + s.lesson.questions.length, 0));
      // Recorded for the final report: how many items passed the XSD (the hostile lesson's included).
      console.info(`QTI: ${files.length} items from ${sources.length} lessons validated against the XSD`);
    }, 120_000); // xmllint compiles the 1.1 MB schema once, then checks every item
  });

  it("matches the golden file for the fixture", async () => {
    const { output } = toQti(fixtureLesson());

    const golden = [output.manifest, ...output.items.map((item) => item.xml)]
      .map((xml, i) => `<!-- ===== ${i === 0 ? "imsmanifest.xml" : output.items[i - 1]?.href} ===== -->\n${xml}`)
      .join("\n");

    // Several XML documents, concatenated for review; each is valid on its own.
    await expect(golden).toMatchFileSnapshot("./__golden__/valid-lesson.qti.xml");
  });

  it("lists every item in the manifest as an imsqti_item_xmlv3p0 resource", () => {
    const { output } = toQti(fixtureLesson());

    const manifest = parseXml(output.manifest);
    const resources = manifest.children.find((c) => c.name === "resources")?.children ?? [];

    expect(resources.map((r) => r.attrs.href)).toEqual(output.items.map((item) => item.href));
    expect(new Set(resources.map((r) => r.attrs.type))).toEqual(new Set(["imsqti_item_xmlv3p0"]));
  });

  it("emits no data-* attributes", () => {
    for (const { lesson } of sources) {
      const { output } = toQti(lesson);

      expect(output.items.filter((item) => /\sdata-[\w-]+=/.test(item.xml)).map((item) => item.questionId)).toEqual([]);
    }
  });

  it("scores sample responses as the engine does (response processing run by a test interpreter)", () => {
    let checked = 0;
    for (const { lesson } of sources) {
      const { output, issues } = toQti(lesson);
      // Where typed-text options were approximated (typo tolerance, say), only the key must agree.
      const approximated = new Set(
        issues
          .filter((i) => i.code === "scoring_approximated" || i.code === "text_matching_approximated")
          .map((i) => i.questionId),
      );
      for (const question of lesson.questions) {
        const xml = output.items.find((item) => item.questionId === question.id)?.xml as string;
        const responses = approximated.has(question.id) ? [keyedResponse(question)] : sampleResponses(question);
        for (const response of responses) {
          const engine = scoreQuestion(question, response);
          if (engine.status === "invalid") continue;

          const outcomes = processResponses(xml, qtiResponses(question, response));

          expect({ question: question.id, response, score: Number(outcomes.SCORE) }).toEqual({
            question: question.id,
            response,
            score: expect.closeTo(engine.earned, 6),
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  }, 60_000);

  it.each([
    ["ordering", "all-or-nothing"],
    ["ordering", "position"],
    ["ordering", "adjacent-pairs"],
    ["ordering", "longest-ordered-subsequence"],
    ["ordering", "kendall-tau"],
    ["multiple-choice", "all-or-nothing"],
    ["multiple-choice", "right-minus-wrong"],
    ["multiple-choice", "every-decision-counts"],
    ["multiple-choice", "fractions"],
    ["matching", "per-pair"],
    ["matching", "all-or-nothing"],
  ] as const)("scores %s questions in %s mode exactly", (type, scoring) => {
    const items = ["a", "b", "c", "d", "e"].map((id) => ({ id, text: id.toUpperCase() }));
    const base = fixtureLesson().questions.find((q) => q.type === type) as Question;
    const question = {
      ...base,
      points: 3,
      scoring,
      ...(type === "ordering" ? { items, correctOrder: ["a", "b", "c", "d", "e"] } : {}),
      ...(scoring === "fractions"
        ? {
            choices: [
              { id: "override", text: "Overriding a veto", correct: true, fraction: 0.5 },
              { id: "impeach", text: "Impeachment", correct: true, fraction: 0.25 },
              { id: "purse", text: "The power of the purse", correct: true, fraction: 0.25 },
              { id: "pardon", text: "Pardons", fraction: -0.5 },
            ],
          }
        : {}),
    } as Question;
    const responses =
      type === "ordering"
        ? [
            ["a", "b", "c", "d", "e"],
            ["b", "a", "c", "d", "e"],
            ["e", "d", "c", "b", "a"],
            ["c", "d", "e", "a", "b"],
            ["a", "c", "b", "e", "d"],
          ]
        : sampleResponses(question);
    const xml = toQti([question]).output.items[0]?.xml as string;

    for (const response of responses) {
      const outcomes = processResponses(xml, qtiResponses(question, response));

      expect({ response, score: Number(outcomes.SCORE) }).toEqual({
        response,
        score: expect.closeTo(scoreQuestion(question, response).earned, 6),
      });
    }
  });

  it("scores negative marking, relative tolerances and ranges exactly", () => {
    const lesson = fixtureLesson();
    const single = { ...(lesson.questions[0] as Question), penalty: 0.5, points: 2 } as Question;
    const numeric = lesson.questions.find((q) => q.type === "numeric") as Question & { type: "numeric" };
    const relative = { ...numeric, answer: { value: -40, tolerance: 0.05, toleranceType: "relative" as const } };
    const range = { ...numeric, answer: { min: -7.25, max: -7.24 } };

    for (const [question, responses] of [
      [single, ["president", "chief-justice", "speaker", "none"]],
      [relative, [-40, -42, -42.1, -37.9, 40, 0.505]],
      [range, [-7.25, -7.245, -7.24, -7.26, 7.245]],
    ] as [Question, unknown[]][]) {
      const xml = toQti([question]).output.items[0]?.xml as string;
      for (const response of responses) {
        const outcomes = processResponses(xml, qtiResponses(question, response));

        expect({ response, score: Number(outcomes.SCORE) }).toEqual({
          response,
          score: expect.closeTo(scoreQuestion(question, response).earned, 6),
        });
      }
    }
  });

  it("shows the explanation and the selected choice's feedback", () => {
    const lesson = fixtureLesson();
    const question = lesson.questions[0] as Question;
    const xml = toQti([question]).output.items[0]?.xml as string;

    const outcomes = processResponses(xml, { RESPONSE: "chief-justice" });

    expect(outcomes.FEEDBACK).toEqual(["FB-chief-justice", "EXPLANATION"]);
    expect(xml).toContain(
      '<qti-feedback-block outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show">',
    );
  });

  it("reports what QTI cannot express, and nothing for exact mappings", () => {
    const { issues } = toQti(fixtureLesson());

    expect(issues.map((i) => [i.questionId, i.kind, i.code])).toEqual([
      ["tf-review", "approximated", "hints_dropped"],
      ["name-case", "approximated", "text_matching_approximated"],
    ]);
  });

  it("reports excerpts it cannot include when given bare questions", () => {
    const cloze = fixtureLesson().questions.find((q) => q.type === "cloze") as Question;

    const { issues } = toQti([cloze]);

    expect(issues).toEqual([
      expect.objectContaining({ questionId: "cloze-bill", kind: "dropped", code: "excerpt_dropped" }),
    ]);
  });

  it("renders Markdown as escaped, well-formed XHTML and never passes markup through", () => {
    const question: Question = {
      ...(fixtureLesson().questions[2] as Question),
      prompt:
        'Is <script>alert("x")</script> & *this* **bold**, `code`, [safe](https://example.org/?a=1&b=2) or [unsafe](javascript:alert(1))?\n\n- one\n- two',
    };

    const xml = toQti([question]).output.items[0]?.xml as string;

    expect(xml).toContain(
      "<p>Is &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <em>this</em> <strong>bold</strong>, <code>code</code>, " +
        '<a href="https://example.org/?a=1&amp;b=2">safe</a> or [unsafe](javascript:alert(1))?</p>\n        <ul><li>one</li><li>two</li></ul>\n      </qti-prompt>',
    );
    expect(() => parseXml(xml)).not.toThrow();
  });

  it("makes identifiers valid XML names and refuses duplicate question ids", () => {
    const question = { ...(fixtureLesson().questions[2] as Question), id: "1798-acts" };

    expect(toQti([question]).output.items[0]?.identifier).toBe("_1798-acts");
    expect(() => toQti([question, question])).toThrow(/used twice/);
  });

  it("is deterministic", () => {
    expect(toQti(fixtureLesson())).toEqual(toQti(fixtureLesson()));
  });

  it("sets shuffle on every interaction with options, and writes them in a seeded order, not the authored one", () => {
    const written: string[][] = [];
    const keys: string[] = [];
    const authored: string[][] = [];
    for (const { lesson } of sources) {
      const { output } = toQti(lesson);
      for (const q of lesson.questions) {
        const item = parseXml(output.items.find((i) => i.questionId === q.id)?.xml as string);
        const interactions = [...elements(item)].filter((n) =>
          /^qti-(choice|order|match|inline-choice)-interaction$/.test(n.name),
        );
        for (const node of interactions)
          expect({ q: q.id, shuffle: node.attrs.shuffle }).toEqual({
            q: q.id,
            shuffle: q.type === "true-false" ? "false" : "true",
          });
        if (q.type !== "single-choice") continue;
        written.push(
          [...elements(item)].filter((n) => n.name === "qti-simple-choice").map((n) => n.attrs.identifier as string),
        );
        keys.push(nc(q.choices.find((c) => c.correct)?.id as string));
        authored.push(q.choices.map((c) => nc(c.id)));
      }
    }
    const keyFirst = written.filter((order, i) => order[0] === keys[i]).length;
    const asAuthored = written.filter((order, i) => order.join() === authored[i]?.join()).length;

    expect(written.length).toBeGreaterThan(50);
    expect(keyFirst / written.length).toBeLessThan(0.4);
    expect(asAuthored / written.length).toBeLessThan(0.2);
  });

  it("keeps choices marked fixed in their place", () => {
    const q = fixtureLesson().questions[0] as Question & { type: "single-choice" };
    const fixed = q.choices.findIndex((c) => c.fixed === true);

    const orders = ["a", "b", "c", "d", "e"].map((seed) =>
      [...elements(parseXml(toQti([q], { seed }).output.items[0]?.xml as string))]
        .filter((n) => n.name === "qti-simple-choice")
        .map((n) => n.attrs.identifier),
    );

    expect(fixed).toBeGreaterThan(-1);
    for (const order of orders) expect(order[fixed]).toBe(q.choices[fixed]?.id);
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
  });

  it("writes an ordering's items in the engine's order for the seed, which does not depend on the key", () => {
    const base = fixtureLesson().questions.find((q) => q.type === "ordering") as Question & { type: "ordering" };
    const reversedKey = { ...base, correctOrder: [...base.correctOrder].reverse() };
    const written = (q: Question, seed: string) =>
      [...elements(parseXml(toQti([q], { seed }).output.items[0]?.xml as string))]
        .filter((node) => node.name === "qti-simple-choice")
        .map((node) => node.attrs.identifier);

    for (const seed of ["a", "b", "c", "d"]) {
      expect(written(base, seed)).toEqual(shuffleOptions(base, seed).items);
      expect(written(reversedKey, seed)).toEqual(written(base, seed));
    }
  });

  it("puts items at the package root for an empty item folder, under the manifest id asked for", () => {
    const { output } = toQti(fixtureLesson(), { itemFolder: "/", manifestId: "MY-PACKAGE" });

    expect(output.items[0]?.href).toBe("who-vetoes.xml");
    expect(output.manifest).toContain('identifier="MY-PACKAGE"');
  });

  it("matches case-sensitive answers exactly, and shows feedback only for answers that keep a key", () => {
    const base = fixtureLesson().questions.find((q) => q.type === "short-text") as Question & { type: "short-text" };
    const q: Question = {
      ...base,
      answers: [{ text: "Paris" }, { text: "paris", fraction: 0.5, feedback: "Mind the capital." }],
      matching: {},
    };
    const sensitive: Question = { ...q, matching: { caseSensitive: true } };

    const insensitiveXml = toQti([q]).output.items[0]?.xml as string;
    const sensitiveXml = toQti([sensitive]).output.items[0]?.xml as string;

    // Case-insensitively "paris" is "Paris", already keyed at full credit: its feedback has no key left.
    expect(insensitiveXml).not.toContain("FB-ANSWER-2");
    expect(processResponses(sensitiveXml, { RESPONSE: "paris" }).FEEDBACK).toEqual(["FB-ANSWER-2", "EXPLANATION"]);
    expect(Number(processResponses(sensitiveXml, { RESPONSE: "paris" }).SCORE)).toBeCloseTo(
      scoreQuestion(sensitive, "paris").earned,
      6,
    );
  });
});

function* elements(node: ReturnType<typeof parseXml>): Generator<ReturnType<typeof parseXml>> {
  yield node;
  for (const child of node.children) yield* elements(child);
}

describe("writeQtiPackage", () => {
  it("writes the manifest and every item under the folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "civics-qti-pkg-"));
    const { output } = toQti(fixtureLesson());

    const written = await writeQtiPackage(output, dir);

    expect(written[0]).toBe(join(dir, "imsmanifest.xml"));
    expect(readFileSync(join(dir, "items", "who-vetoes.xml"), "utf8")).toBe(output.items[0]?.xml);
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses item paths that leave the folder", async () => {
    const { output } = toQti(fixtureLesson());
    const evil = { ...output, items: [{ ...(output.items[0] as (typeof output.items)[number]), href: "../evil.xml" }] };

    await expect(writeQtiPackage(evil, join(tmpdir(), "never-written"))).rejects.toThrow(/leaves the package folder/);
  });
});
