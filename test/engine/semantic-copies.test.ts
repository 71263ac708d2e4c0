import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { copiesIn, findCopies } from "../_helpers/semantic-copies.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Folders whose scoring rules must come from `src/_lib/semantics.ts`. */
const SCOPES = ["src/_lib", "src/engine", "src/schema", "src/export"];

describe("one scoring semantics", () => {
  it.each(SCOPES)("%s holds no copy of a rule that lives in src/_lib/semantics.ts", (scope) => {
    expect(copiesIn(root, [scope])).toEqual([]);
  });

  it.each([
    ["const points = question.points ?? 1;", "a content default applied with ??"],
    ['const mode = q.scoring ?? "position";', "a content default applied with ??"],
    ['if (question.scoring === "all-or-nothing") return 0;', "a scoring mode read without its default"],
    ['const abs = t.toleranceType === "relative" ? t.tolerance * v : t.tolerance;', "a tolerance type tested by hand"],
    ['scoring: z.enum(["a", "b"]).default("a"),', "a literal schema default"],
    ["caseSensitive: z.boolean().default(false),", "a literal schema default"],
    ["return Math.round(value * 1e6) / 1e6;", "rounding to fixed decimals"],
    ["const pct = Math.round((e / p) * 10000) / 100;", "rounding to fixed decimals"],
    ["h = Math.imul(h ^ c, 0x01000193);", "a hash constant"],
    ['const folded = text.normalize("NFKC");', "Unicode normalisation"],
    ["return Math.abs(a - b) <= 1e-9;", "a floating-point margin"],
  ])("catches a copy: %s", (source, rule) => {
    expect(findCopies(source).map((copy) => copy.rule.slice(0, rule.length))).toContain(rule);
  });

  it.each([
    ["// the default is points ?? 1, applied in semantics"],
    ["const used = attempt.hintsRevealed[id] ?? 0;"],
    ["durationSeconds: Math.round((end - start) / 1000),"],
    ["tags: z.array(IdSchema).default([]),"],
    ["const big = 1e21;"],
  ])("lets through code that only looks alike: %s", (source) => {
    expect(findCopies(source)).toEqual([]);
  });

  it("reports the line of a copy below a block comment", () => {
    const source = "/**\n * Rounds.\n */\nexport const r = (v: number) => Math.round(v * 1e6) / 1e6;\n";

    expect(findCopies(source).map((copy) => copy.line)).toEqual([4]);
  });

  it("lets a line say why it is not a copy", () => {
    expect(findCopies("const weight = parsed.fraction ?? 0; // semantics: not a copy (a GIFT weight)")).toEqual([]);
  });

  it("reads the schema as parsed, where a scoring mode is already filled in", () => {
    expect(findCopies('if (q.scoring === "fractions") check();', "src/schema/questions/multiple-choice.ts")).toEqual(
      [],
    );
  });
});
