// Packs the library, installs the tarball into a fresh temporary project, and there imports every
// subpath with ESM and CJS and typechecks a TypeScript file that uses the types (node16 and bundler
// resolution). This is what a user's project sees.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "civics-consumer-"));
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

try {
  const tarball = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root))[0].filename;
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, tarball)]);
  const lessons = readdirSync(join(root, "lessons"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => d.name);

  writeFileSync(
    join(work, "esm.mjs"),
    `import { scoreQuestion, createQuiz, startAttempt } from "civics-lessons";
import { parseLesson } from "civics-lessons/schema";
import { catalog } from "civics-lessons/lessons";
import schema from "civics-lessons/schema/lesson.schema.json" with { type: "json" };
import pkg from "civics-lessons/package.json" with { type: "json" };
import { toGift } from "civics-lessons/export/gift";
import { toQti } from "civics-lessons/export/qti";
import { toXapiStatements } from "civics-lessons/export/xapi";
import { createFetchTransport } from "civics-lessons/element";
import "civics-lessons/element/define"; // registers nothing on a server, and must not throw
if (typeof createFetchTransport({ baseUrl: "/" }).submit !== "function") throw new Error("element");
if (typeof toGift !== "function" || typeof toQti !== "function" || typeof toXapiStatements !== "function") throw new Error("exporters");
let n = 0;
for (const id of ${JSON.stringify(lessons)}) {
  const { lesson } = await import("civics-lessons/lessons/" + id);
  parseLesson(lesson);
  const attempt = startAttempt(createQuiz({ id, lessons: [lesson] }), { seed: "s", now: 0 });
  for (const q of attempt.questions) if (scoreQuestion(q, undefined).status !== "unanswered") throw new Error(q.id);
  n++;
}
if (catalog.length !== n || !schema.$schema || pkg.name !== "civics-lessons") throw new Error("mismatch");
console.log("consumer ESM: " + n + " lessons imported, parsed and scored");
`,
  );
  writeFileSync(
    join(work, "cjs.cjs"),
    `const { scoreQuestion } = require("civics-lessons");
const { safeParseLesson } = require("civics-lessons/schema");
const { catalog } = require("civics-lessons/lessons");
const { toGift } = require("civics-lessons/export/gift");
const { writeQtiPackage } = require("civics-lessons/export/qti-write");
const element = require("civics-lessons/element");
require("civics-lessons/element/define");
if (typeof element.createFetchTransport !== "function") throw new Error("element");
if (typeof toGift !== "function" || typeof writeQtiPackage !== "function") throw new Error("exporters");
for (const id of ${JSON.stringify(lessons)}) {
  const { lesson } = require("civics-lessons/lessons/" + id);
  if (!safeParseLesson(lesson).success) throw new Error(id);
  scoreQuestion(lesson.questions[0], 42);
}
if (catalog.length !== ${lessons.length}) throw new Error("catalog");
console.log("consumer CJS (require(esm) off): " + catalog.length + " lessons");
`,
  );
  writeFileSync(
    join(work, "use.ts"),
    `import { type AttemptResult, type Lesson, type PublicQuestion, type QuestionResult, scoreQuestion, toPublicQuestion } from "civics-lessons";
import { lesson } from "civics-lessons/lessons/${lessons[0]}";
import { catalog, type } from "civics-lessons/lessons";
import { parseLesson, type ParsedLesson } from "civics-lessons/schema";
const typed: Lesson = lesson;
const parsed: ParsedLesson = parseLesson(typed);
const first = parsed.questions[0];
if (first) {
  const result: QuestionResult = scoreQuestion(first, "x");
  const view: PublicQuestion = toPublicQuestion(first);
  // @ts-expect-error public questions have no explanation
  view.explanation;
  console.log(result.status, view.type, catalog[0]?.credit);
}
export type Summary = Pick<AttemptResult, "percent" | "passed">;
`.replace(", type } from", " } from"),
  );
  process.stdout.write(run("node", ["esm.mjs"]));
  process.stdout.write(run("node", ["--no-experimental-require-module", "cjs.cjs"]));
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  for (const [module, resolution] of [
    ["node16", "node16"],
    ["esnext", "bundler"],
  ]) {
    const compilerOptions = {
      noEmit: true,
      strict: true,
      skipLibCheck: false,
      types: [],
      module,
      moduleResolution: resolution,
      target: "es2022",
    };
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["use.ts"] }));
    run("node", [tsc, "-p", "tsconfig.json"]);
    console.log(`consumer types: use.ts typechecks with moduleResolution ${resolution}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
