/**
 * Import boundaries of the library's source: an underscored module is private to its folder, the
 * engine depends on the schema only for types (so it ships without zod), and `_lib` is never part
 * of the public entry.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Folders checked. `src/export` joins once its helpers follow the same rule. */
const SCOPES = ["src/_lib", "src/engine", "src/schema"];
const ENTRY_FILES = ["src/index.ts", "src/errors.ts"];

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = posix.join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The relative imports and re-exports of a source file, resolved to repository paths. */
function importsOf(path: string, source: string): Import[] {
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+"(\.[^"]+)"/gms;
  for (const match of source.matchAll(pattern)) {
    const target = posix.normalize(posix.join(posix.dirname(path), (match[3] as string).replace(/\.js$/, ".ts")));
    found.push({ from: path, to: target, typeOnly: match[2] !== undefined });
  }
  return found;
}

/** Whether an import reaches into another folder's underscored module. */
function breaksPrivacy({ from, to }: Import): boolean {
  const file = posix.basename(to);
  return file.startsWith("_") && !`${posix.dirname(from)}/`.startsWith(`${posix.dirname(to)}/`);
}

const imports = [...SCOPES.flatMap(filesUnder), ...ENTRY_FILES].flatMap((path) =>
  importsOf(path, readFileSync(join(root, path), "utf8")),
);

describe("import boundaries", () => {
  it("reads the imports it checks", () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual({ from: "src/engine/attempt.ts", to: "src/engine/_clock.ts", typeOnly: false });
  });

  it("imports an underscored module only from its own folder or below", () => {
    expect(imports.filter(breaksPrivacy).map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it("has the engine use the schema for types only, so the engine ships without zod", () => {
    const runtime = imports.filter(
      (i) => i.from.startsWith("src/engine/") && i.to.startsWith("src/schema/") && !i.typeOnly,
    );

    expect(runtime.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it("never re-exports src/_lib from the public entry", () => {
    expect(imports.filter((i) => i.from === "src/index.ts" && i.to.startsWith("src/_lib/"))).toEqual([]);
  });

  it.each([
    [{ from: "src/engine/attempt.ts", to: "src/engine/score/_shared.ts", typeOnly: false }, true],
    [{ from: "src/engine/score/numeric.ts", to: "src/engine/score/_shared.ts", typeOnly: false }, false],
    [{ from: "src/engine/score/deep/x.ts", to: "src/engine/score/_shared.ts", typeOnly: false }, false],
    [{ from: "src/engine/public/x.ts", to: "src/_lib/semantics.ts", typeOnly: false }, false],
  ])("judges %j as a breach: %s", (edge, breach) => {
    expect(breaksPrivacy(edge)).toBe(breach);
  });

  it("reads type-only imports and re-exports", () => {
    const source =
      'import type { A } from "../schema/types.js";\nexport { b } from "./_b.js";\nimport {\n  c,\n} from "./c.js";\n';

    expect(importsOf("src/engine/x.ts", source)).toEqual([
      { from: "src/engine/x.ts", to: "src/schema/types.ts", typeOnly: true },
      { from: "src/engine/x.ts", to: "src/engine/_b.ts", typeOnly: false },
      { from: "src/engine/x.ts", to: "src/engine/c.ts", typeOnly: false },
    ]);
  });
});
