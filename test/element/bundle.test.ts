import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

// Both tests compile code (vite transforms the entry; esbuild bundles it): slow on a busy machine.
describe("civics-lessons/element", { timeout: 30_000 }, () => {
  it("imports on a server without a DOM, and defining the element there does nothing", async () => {
    const element = await import("civics-lessons/element");

    expect(typeof element.CivicsQuizElement).toBe("function");
    expect(element.defineCivicsQuiz()).toBe(element.CivicsQuizElement);
  });

  it("bundles only the engine's validators: no lesson, scorer, schema, zod or nanoid (so no answer keys)", async () => {
    const result = await build({
      entryPoints: [`${root}src/element/define.ts`],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      metafile: true,
      logLevel: "silent",
      tsconfigRaw: { compilerOptions: {} },
    });
    const inputs = Object.keys(result.metafile.inputs);

    const outside = inputs.filter((path) => !path.startsWith("src/element/"));

    // From the engine, only the validators and the small helpers they share.
    expect(outside.filter((path) => !/^src\/(engine\/validate|_lib)\//.test(path))).toEqual([]);
    expect(outside.length).toBeGreaterThan(0);
  });
});
