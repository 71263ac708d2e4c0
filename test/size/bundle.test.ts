import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lessonIds } from "../../scripts/lesson-ids.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function bundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const out = await build({
    entryPoints: [root + entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  return { code: new TextDecoder().decode(out.outputFiles[0]?.contents), inputs: Object.keys(out.metafile.inputs) };
}

describe("bundles", () => {
  it("the engine entry carries no zod code", async () => {
    const { code, inputs } = await bundle("src/index.ts");

    expect(inputs.filter((path) => path.includes("zod") || path.includes("src/schema/"))).toEqual([]);
    expect(code).not.toMatch(/ZodError|safeParse|\$ZodType|toJSONSchema/);
  });

  it.each(lessonIds())("lesson %s is plain data with no library code", async (id) => {
    const { inputs } = await bundle(`lessons/${id}/index.ts`);

    expect(
      inputs.filter((path) => !path.startsWith(`lessons/${id}/`) && !path.startsWith("lessons/_sources/")),
    ).toEqual([]);
    expect(inputs).toContain(`lessons/${id}/index.ts`);
  });
});
