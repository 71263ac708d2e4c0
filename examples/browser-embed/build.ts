/// <reference types="node" />
/**
 * Bundles the embed with esbuild into `examples/browser-embed/dist/embed.js` (git-ignored):
 * `npx tsx examples/browser-embed/build.ts`. By default it bundles the BUILT element
 * (`dist/element/index.js`, as an npm consumer would get it); without a build it falls back to the sources.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));

/** Options of {@link buildEmbed}. */
export interface BuildEmbedOptions {
  /** Bundle `civics-lessons/element` from `dist` (the built package) or `src`; default dist when it exists. */
  from?: "dist" | "src";
  /** Minify the output (default true). */
  minify?: boolean;
}

/**
 * Builds the embed bundle.
 *
 * @param options - Where `civics-lessons` comes from, and minification.
 * @returns The bundle's path, which package entry it used, and its size in bytes.
 */
export async function buildEmbed(
  options: BuildEmbedOptions = {},
): Promise<{ outfile: string; from: "dist" | "src"; bytes: number }> {
  const from = options.from ?? (existsSync(join(root, "dist/element/index.js")) ? "dist" : "src");
  const entry = from === "dist" ? join(root, "dist/element/index.js") : join(root, "src/element/index.ts");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const outfile = join(here, "dist/embed.js");
  const result = await build({
    entryPoints: [join(here, "main.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: options.minify ?? true,
    sourcemap: "linked",
    legalComments: "none",
    alias: { "civics-lessons/element": entry },
    // An empty tsconfig, so the repository's `paths` (which point at src/) do not override the alias.
    tsconfigRaw: { compilerOptions: {} },
    metafile: true,
    logLevel: "warning",
    // The package's chunks are side-effect free; esbuild says so about each bare import of one.
    logOverride: { "ignored-bare-import": "silent" },
  });
  const bytes =
    result.metafile.outputs[Object.keys(result.metafile.outputs).find((o) => o.endsWith(".js")) ?? ""]?.bytes ?? 0;
  return { outfile, from, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, from, bytes } = await buildEmbed(process.argv.includes("--src") ? { from: "src" } : {});
  console.log(`Built ${outfile} from ${from} (${(bytes / 1024).toFixed(1)} kB)`);
}
