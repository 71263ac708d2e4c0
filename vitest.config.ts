import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Coverage instrumentation slows every line, so timed checks know to allow for it. */
const instrumented = process.argv.some((arg) => arg.startsWith("--coverage"));

export default defineConfig({
  resolve: {
    // Tests import the package by its public name; these aliases point it at the sources.
    alias: [
      { find: /^civics-lessons$/, replacement: here("./src/index.ts") },
      { find: /^civics-lessons\/schema$/, replacement: here("./src/schema/index.ts") },
      { find: /^civics-lessons\/element$/, replacement: here("./src/element/index.ts") },
      { find: /^civics-lessons\/element\/define$/, replacement: here("./src/element/define.ts") },
      { find: /^civics-lessons\/export\/qti-write$/, replacement: here("./src/export/qti/write.ts") },
      { find: /^civics-lessons\/export\/(qti|gift|xapi)$/, replacement: here("./src/export/$1/index.ts") },
      { find: /^civics-lessons\/lessons$/, replacement: here("./lessons/index.ts") },
      { find: /^civics-lessons\/lessons\/(.+)$/, replacement: here("./lessons/$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    env: { CIVICS_COVERAGE_RUN: instrumented ? "1" : "" },
    exclude: ["test/browser/**", "test/package/**"],
    coverage: {
      provider: "v8",
      include: ["src/**"],
      thresholds: {
        // The exporters: every documented path has a test (npx vitest run --coverage checks it).
        "src/export/**": { statements: 98, branches: 95, functions: 98, lines: 98 },
      },
    },
  },
});
