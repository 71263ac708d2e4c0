// Checks what `npm pack` would publish, after `npm run build`: the built entry points named by
// package.json, every lesson module, the JSON Schema, both licences and the README; nothing from
// test/, examples/, src/ or lessons/ sources; and no source map that points outside the package.
// Usage: node test/package/pack.test.mjs
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const problems = [];

if (!existsSync(join(root, "dist"))) {
  console.error("pack: dist/ is missing; run `npm run build` first");
  process.exit(1);
}

const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const [pack] = JSON.parse(output);
const files = new Set(pack.files.map((file) => file.path));

// Top-level files a user of the package needs; everything else must come from dist/.
const TOP_LEVEL = new Set(["package.json", "README.md", "LICENSE", "LICENSE-CONTENT", "CHANGELOG.md"]);
const REQUIRED = [
  "package.json",
  "README.md",
  "LICENSE",
  "LICENSE-CONTENT",
  "dist/schema/lesson.schema.json",
  "docs/lessons/README.md",
];

for (const path of REQUIRED) {
  if (!files.has(path)) problems.push(`${path} is missing from the tarball`);
}
for (const path of files) {
  if (/(^|\/)(test|tests|__tests__|examples)\//.test(path))
    problems.push(`${path} comes from a test or example folder`);
  else if (!TOP_LEVEL.has(path) && !path.startsWith("dist/") && !/^docs\/lessons\/[a-z0-9.-]+\.md$/i.test(path))
    problems.push(`${path} is neither in dist/, the lesson guides, nor a licence, README or changelog`);
}

// Every file package.json points at must ship; the ./lessons/* pattern is expanded per lesson folder.
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lessonIds = readdirSync(join(root, "lessons"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith("_"))
  .map((entry) => entry.name);
const targets = [];
const collect = (value) => {
  if (typeof value === "string") targets.push(value);
  else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
};
collect(pkg.exports);
for (const field of ["main", "module", "types"]) if (typeof pkg[field] === "string") targets.push(pkg[field]);
for (const target of new Set(targets)) {
  const paths = target.includes("*") ? lessonIds.map((id) => target.replace("*", id)) : [target];
  for (const path of paths.map((p) => posix.normalize(p))) {
    if (!files.has(path)) problems.push(`${path} (named in package.json) is missing from the tarball`);
  }
}

try {
  JSON.parse(readFileSync(join(root, "dist/schema/lesson.schema.json"), "utf8"));
} catch (error) {
  problems.push(`dist/schema/lesson.schema.json is not valid JSON: ${error.message}`);
}

// Source maps: preferably none; any that ship may only name sources that ship with them.
const checkMap = (mapText, mapPath) => {
  let map;
  try {
    map = JSON.parse(mapText);
  } catch {
    problems.push(`${mapPath} is not valid JSON`);
    return;
  }
  for (const source of map.sources ?? []) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !source.startsWith("file:")) continue; // webpack:// and such
    const absolute = resolve(dirname(join(root, mapPath)), map.sourceRoot ?? "", source.replace(/^file:\/\//, ""));
    const inside = relative(root, absolute).split("\\").join("/");
    if (inside.startsWith("..") || !files.has(inside)) {
      problems.push(`${mapPath} names source "${source}", which is not in the package`);
    }
  }
};
for (const path of files) {
  if (path.endsWith(".map")) checkMap(readFileSync(join(root, path), "utf8"), path);
  if (!/\.(c|m)?js$/.test(path)) continue;
  const code = readFileSync(join(root, path), "utf8");
  for (const [, url] of code.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
    if (url.startsWith("data:")) {
      const base64 = url.slice(url.indexOf(",") + 1);
      checkMap(Buffer.from(base64, "base64").toString("utf8"), `${path} (inline map)`);
    } else {
      const mapPath = posix.join(posix.dirname(path), url);
      if (!files.has(mapPath)) problems.push(`${path} links to source map ${url}, which is not in the package`);
    }
  }
}

if (problems.length > 0) {
  console.error(`pack: ${problems.length} problem(s) in ${pack.filename}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`pack: ok (${files.size} files, ${lessonIds.length} lessons, ${(pack.size / 1024).toFixed(1)} kB packed)`);
