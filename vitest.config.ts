import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the package by its public name; these aliases point it at the sources.
    alias: [
      { find: /^civics-lessons$/, replacement: here("./src/index.ts") },
      { find: /^civics-lessons\/schema$/, replacement: here("./src/schema/index.ts") },
      { find: /^civics-lessons\/element$/, replacement: here("./src/element/index.ts") },
      { find: /^civics-lessons\/element\/define$/, replacement: here("./src/element/define.ts") },
      { find: /^civics-lessons\/export\/(.+)$/, replacement: here("./src/export/$1.ts") },
      { find: /^civics-lessons\/lessons$/, replacement: here("./lessons/index.ts") },
      { find: /^civics-lessons\/lessons\/(.+)$/, replacement: here("./lessons/$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "test/package/**"],
    coverage: { provider: "v8", include: ["src/**"] },
  },
});
