// publint --strict, then attw on the packed tarball with every lesson subpath checked by name
// (attw cannot expand the ./lessons/* wildcard itself). The JSON Schema subpath is skipped under
// attw: it has no types, and node10 resolution cannot reach any subpath export.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";

const lessons = readdirSync("lessons").filter(
  (name) => !name.startsWith("_") && statSync(`lessons/${name}`).isDirectory(),
);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
run("npx", ["publint", "--strict"]);
run("npx", [
  "attw",
  "--pack",
  ".",
  "--exclude-entrypoints",
  "./schema/lesson.schema.json",
  ...(lessons.length ? ["--include-entrypoints", ...lessons.map((id) => `./lessons/${id}`)] : []),
]);
