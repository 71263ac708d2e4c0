import { defineConfig, type Options } from "tsup";
import { lessonIds } from "./scripts/lesson-ids.js";

/** One entry per lesson folder, so adding a lesson needs no edit here or in package.json. */
function lessonEntries(): Record<string, string> {
  return Object.fromEntries(lessonIds().map((id) => [`lessons/${id}`, `lessons/${id}/index.ts`]));
}

const shared: Options = {
  entry: {
    index: "src/index.ts",
    "schema/index": "src/schema/index.ts",
    "export/qti": "src/export/qti/index.ts",
    "export/qti-write": "src/export/qti/write.ts",
    "export/gift": "src/export/gift/index.ts",
    "export/xapi": "src/export/xapi/index.ts",
    "lessons/index": "lessons/index.ts",
    "element/index": "src/element/index.ts",
    "element/define": "src/element/define.ts",
    ...lessonEntries(),
  },
  dts: true,
  sourcemap: false,
  target: "es2022",
  splitting: true,
  treeshake: true,
  clean: false, // both passes write into dist/ at once; `npm run build` cleans first
};

export default defineConfig([
  // node: built-ins stay imports (only export/qti-write uses them, to write a package folder).
  { ...shared, format: ["esm"], platform: "neutral", external: [/^node:/] },
  // nanoid is ESM-only: inline it in the CJS pass so require() works without require(esm).
  { ...shared, format: ["cjs"], platform: "node", noExternal: ["nanoid"] },
]);
