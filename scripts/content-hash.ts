/**
 * Content hashes that tie each lesson's text to its `version`.
 * Platforms store results by question id, so a lesson's version must say what kind of change it made:
 * a corrected fact is a patch, a new question a minor, a removed or renamed question id a major.
 *
 * Usage: npx tsx scripts/content-hash.ts            (check; exits 1 on a problem)
 *        npx tsx scripts/content-hash.ts --update   (record new hashes; refuses an unbumped change)
 *        npx tsx scripts/content-hash.ts --update --since <git-ref>
 *          (judge each bump against the records as of <git-ref>, the last release, so a lesson
 *          changed several times before one release keeps one version bump)
 */

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lesson } from "../src/schema/types.js";
import { lessonIds } from "./lesson-ids.js";

/** What `scripts/lesson-hashes.json` records about one lesson. */
export interface LessonRecord {
  /** The lesson's `version` when the hash was recorded. */
  version: string;
  /** SHA-256 of {@link canonicalJson} of the lesson without its `version`. */
  sha256: string;
  /** The lesson's question ids, in order. */
  questionIds: string[];
}

/** Recorded lessons by id. */
export type LessonRecords = Record<string, LessonRecord>;

/** The kinds of change a version bump can announce, least to most. */
export type BumpKind = "none" | "patch" | "minor" | "major";

const RANK: Record<BumpKind, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * JSON with object keys sorted at every depth, `undefined` members dropped and strings trimmed (as the
 * schema trims them), so key order and stray whitespace in a lesson module never change its hash.
 *
 * @example
 * canonicalJson({ b: [2, 1], a: " x " })
 * //=> '{"a":"x","b":[2,1]}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = canonical(member);
    }
    return out;
  }
  return value;
}

/**
 * SHA-256 (hex) of a lesson's content: everything but its `version`.
 *
 * @example
 * lessonHash(lesson)
 * //=> "3f1c…"
 */
export function lessonHash(lesson: Lesson): string {
  const { version: _version, ...content } = lesson;
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

/** The record to store for a lesson as it is now. */
export function recordOf(lesson: Lesson): LessonRecord {
  return { version: lesson.version, sha256: lessonHash(lesson), questionIds: lesson.questions.map((q) => q.id) };
}

function parseVersion(version: string): [number, number, number, string] {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-(.+))?$/.exec(version);
  if (!match) throw new Error(`"${version}" is not a semantic version`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? ""];
}

/**
 * The kind of bump from one version to the next; `none` when `next` is not greater than `previous`.
 *
 * @example
 * bumpKind("1.2.3", "1.3.0")
 * //=> "minor"
 */
export function bumpKind(previous: string, next: string): BumpKind {
  const [a1, a2, a3, aPre] = parseVersion(previous);
  const [b1, b2, b3, bPre] = parseVersion(next);
  if (b1 !== a1) return b1 > a1 ? "major" : "none";
  if (b2 !== a2) return b2 > a2 ? "minor" : "none";
  if (b3 !== a3) return b3 > a3 ? "patch" : "none";
  // Same numbers: only leaving a pre-release (1.0.0-rc.1 -> 1.0.0) moves forward, as a patch.
  return aPre !== "" && bPre === "" ? "patch" : "none";
}

/**
 * The least bump a change needs: `major` when a recorded question id is gone (removed or renamed),
 * `minor` when questions were added, `patch` for any other content change, `none` when nothing changed.
 */
export function requiredBump(record: LessonRecord, lesson: Lesson): BumpKind {
  const now = new Set(lesson.questions.map((q) => q.id));
  const before = new Set(record.questionIds);
  if (record.questionIds.some((id) => !now.has(id))) return "major";
  if ([...now].some((id) => !before.has(id))) return "minor";
  return lessonHash(lesson) === record.sha256 ? "none" : "patch";
}

function why(record: LessonRecord, lesson: Lesson): string {
  const now = new Set(lesson.questions.map((q) => q.id));
  const before = new Set(record.questionIds);
  const removed = record.questionIds.filter((id) => !now.has(id));
  const added = [...now].filter((id) => !before.has(id));
  if (removed.length) return `question ids removed or renamed (${removed.join(", ")}): platforms key results by them`;
  if (added.length) return `questions added (${added.join(", ")})`;
  return "content changed";
}

/**
 * How a lesson stands against its record: `ok` (they agree), `unrecorded` (no record yet), `stale`
 * (content and version both moved correctly; `--update` records them) or `blocked` (content changed
 * without a big enough version bump, or the version moved without a content change or backwards).
 */
export type VersionStatus = { status: "ok" } | { status: "unrecorded" | "stale" | "blocked"; message: string };

const UPDATE = "`npm run content:hash -- --update`";

/** Compares a lesson with its record. */
export function versionStatus(id: string, record: LessonRecord | undefined, lesson: Lesson): VersionStatus {
  if (record === undefined) {
    return { status: "unrecorded", message: `${id}: no recorded content hash; run ${UPDATE}` };
  }
  const needed = requiredBump(record, lesson);
  const made = bumpKind(record.version, lesson.version);
  if (needed === "none") {
    if (lesson.version === record.version) return { status: "ok" };
    if (made === "none") {
      const message = `${id}: version ${lesson.version} is not greater than the recorded ${record.version}`;
      return { status: "blocked", message };
    }
    const message = `${id}: version changed to ${lesson.version} (recorded ${record.version}) but the content did not; revert the version, or record it with ${UPDATE}`;
    return { status: "stale", message };
  }
  if (made === "none") {
    const message =
      `${id}: ${why(record, lesson)}, but version is still ${lesson.version} (recorded ${record.version}); ` +
      `bump at least the ${needed} version`;
    return { status: "blocked", message };
  }
  if (RANK[made] < RANK[needed]) {
    const message = `${id}: ${why(record, lesson)}, which needs a ${needed} bump, but ${record.version} -> ${lesson.version} is a ${made} bump`;
    return { status: "blocked", message };
  }
  return { status: "stale", message: `${id}: content and version changed correctly; record them with ${UPDATE}` };
}

/** Where the records live. */
export const RECORDS_PATH = fileURLToPath(new URL("./lesson-hashes.json", import.meta.url));

/** Reads the recorded hashes; `{}` when the file does not exist yet. */
export function readRecords(path = RECORDS_PATH): LessonRecords {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LessonRecords;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
}

/** The records file's text: ids sorted, two-space indent, trailing newline. */
export function formatRecords(records: LessonRecords): string {
  const sorted: LessonRecords = {};
  for (const id of Object.keys(records).sort()) sorted[id] = records[id] as LessonRecord;
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

if (process.argv[1]?.endsWith("content-hash.ts")) {
  const update = process.argv.includes("--update");
  const since = process.argv[process.argv.indexOf("--since") + 1];
  const ids = lessonIds();
  const records: LessonRecords = process.argv.includes("--since")
    ? JSON.parse(execFileSync("git", ["show", `${since}:scripts/lesson-hashes.json`], { encoding: "utf8" }))
    : readRecords();
  const next: LessonRecords = {};
  const problems: string[] = [];
  const notes: string[] = [];
  for (const id of ids) {
    const { lesson } = (await import(`../lessons/${id}/index.ts`)) as { lesson: Lesson };
    const record = records[id];
    const check = versionStatus(id, record, lesson);
    if (check.status === "ok") {
      next[id] = record as LessonRecord;
    } else if (update && check.status !== "blocked") {
      next[id] = recordOf(lesson);
      notes.push(`${id}: recorded ${lesson.version}${record ? ` (was ${record.version})` : " (new lesson)"}`);
    } else {
      problems.push(check.message);
    }
  }
  for (const id of Object.keys(records).filter((id) => !ids.includes(id))) {
    if (update) notes.push(`${id}: lessons/${id}/ is gone; dropped its record (removing a lesson is a major change)`);
    else problems.push(`${id}: recorded, but lessons/${id}/ no longer exists; run with --update to drop the record`);
  }
  for (const problem of problems) console.error(problem);
  if (update && problems.length) console.error("Nothing written: bump the versions named above first.");
  if (update && !problems.length) {
    writeFileSync(RECORDS_PATH, formatRecords(next));
    for (const note of notes) console.log(note);
    if (!notes.length) console.log("Nothing to record: every lesson matches its recorded hash.");
  }
  if (!update && !problems.length) console.log(`${ids.length} lessons match their recorded content hashes.`);
  process.exitCode = problems.length ? 1 : 0;
}
