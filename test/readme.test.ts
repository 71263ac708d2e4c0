import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");

describe("README", () => {
  it("has a quick start that scores a question and runs an attempt in under 20 lines, and it runs", async () => {
    const start = readme.indexOf("## Score a question, run an attempt");
    const block = readme.slice(
      readme.indexOf("```ts\n", start) + 6,
      readme.indexOf("```\n", readme.indexOf("```ts\n", start) + 6),
    );
    const dir = fileURLToPath(new URL("../test-output/readme/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}quick-start.ts`, block);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});

    await import(/* @vite-ignore */ `${dir}quick-start.ts`);

    expect(block.trim().split("\n").length).toBeLessThan(20);
    expect(log.mock.calls[0]).toEqual(["correct"]);
    expect(log.mock.calls[1]).toEqual(["wrong_type"]);
    expect(log.mock.calls[2]?.[0]).toBeTypeOf("number");
    log.mockRestore();
  });

  it("names the two quick-start commands", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm test");
  });
});
