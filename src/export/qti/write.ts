/// <reference types="node" />
/**
 * `civics-lessons/export/qti-write`: writes a QTI package from `toQti` to a folder. Node
 * only; kept apart from `civics-lessons/export/qti` so that module stays pure and browser-safe.
 *
 * @module civics-lessons/export/qti-write
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import { ExportError } from "../_shared/issues.js";
import type { QtiPackage } from "./types.js";

/**
 * Writes `imsmanifest.xml` and every item of a QTI package into `directory` (created if needed),
 * ready to be zipped as a content package. Paths come only from the package's own `href`s, and
 * one that would leave the folder is refused.
 *
 * @param pkg - The `output` of `toQti`.
 * @param directory - The package folder.
 * @returns The paths written, manifest first.
 * @throws `ExportError` (code `unsafe_path`) for an item path that is absolute or climbs out of the folder.
 * @example
 * const { output } = toQti(lesson);
 * await writeQtiPackage(output, "out/three-branches");
 * //=> ["out/three-branches/imsmanifest.xml", "out/three-branches/items/who-vetoes.xml", ...]
 */
export async function writeQtiPackage(pkg: QtiPackage, directory: string): Promise<string[]> {
  const files: [path: string, content: string][] = [[join(directory, "imsmanifest.xml"), pkg.manifest]];
  for (const item of pkg.items) {
    const relative = normalize(item.href);
    if (isAbsolute(relative) || relative.split(sep).includes("..") || relative.split("/").includes(".."))
      throw new ExportError("unsafe_path", `item path "${item.href}" leaves the package folder`);
    files.push([join(directory, relative), item.xml]);
  }
  for (const [path, content] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, "utf8");
  }
  return files.map(([path]) => path);
}
