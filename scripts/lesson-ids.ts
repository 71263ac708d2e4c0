import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The lessons/ folder. */
export const LESSONS_DIR = fileURLToPath(new URL("../lessons/", import.meta.url));

/**
 * Lesson ids: the folders under lessons/, sorted. Folders whose name starts with `_` hold shared
 * material (`_sources`, the bibliography), not lessons.
 *
 * @example
 * lessonIds()[0]
 * //=> "alien-and-sedition-acts"
 */
export function lessonIds(root: string = LESSONS_DIR): string[] {
  return readdirSync(root)
    .filter((name) => !name.startsWith("_") && statSync(`${root}/${name}`).isDirectory())
    .sort();
}
