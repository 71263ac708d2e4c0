/**
 * Finds copies of scoring semantics outside `src/_lib/semantics.ts`: defaults applied by hand,
 * scoring modes read without their default, tolerances converted by hand, fixed-decimal rounding,
 * hash constants, Unicode normalisation and floating-point margins. Each has one home, in that
 * module; a second copy drifts (the reason the module exists).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The module that is allowed to hold these rules. */
export const SEMANTICS_MODULE = "src/_lib/semantics.ts";

interface Rule {
  /** What the rule catches, for the failure message. */
  name: string;
  pattern: RegExp;
  /** Folders where the rule does not apply (the schema reads parsed values, defaults filled in). */
  except?: string[];
}

export const RULES: Rule[] = [
  {
    name: "a content default applied with ?? (use the accessor in semantics)",
    pattern:
      /\.(points|scoring|penalty|tolerance|toleranceType|fraction|caseSensitive|ignoreDiacritics|ignorePunctuation|typoTolerance)\s*\?\?/,
  },
  {
    name: "a scoring mode read without its default (use multipleChoiceScoringOf, orderingScoringOf, matchingScoringOf)",
    pattern: /\.scoring\b/,
    except: ["src/schema/"],
  },
  { name: "a tolerance type tested by hand (use targetRange or absoluteTolerance)", pattern: /toleranceType\s*[!=]==/ },
  { name: "a literal schema default (read it from DEFAULTS)", pattern: /\.default\(\s*(?:["'`\d-]|true\b|false\b)/ },
  { name: "rounding to fixed decimals (use round or percentOf)", pattern: /Math\.round\([^;]*\*\s*(?:1e\d+|10{2,})\b/ },
  { name: "a hash constant (use hashString or orderByHash)", pattern: /0x811c9dc5|0x01000193|0x85ebca6b|0xc2b2ae35/i },
  { name: "Unicode normalisation (use normalizeText)", pattern: /\.normalize\(\s*["'`]NF/ },
  { name: "a floating-point margin (use hitsTarget or the semantics helpers)", pattern: /(?<![\w.])\d*\.?\d+e-\d+\b/ },
];

/** Drops comments, so that prose about a rule is not mistaken for a copy of it. */
function code(source: string): string {
  // Block comments keep their line breaks, so line numbers stay right.
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ""))
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1");
}

/**
 * A line that only looks like a copy (a GIFT weight read from the file, say) may say so with this
 * marker in a comment, followed by the reason.
 */
export const NOT_A_COPY = "semantics: not a copy";

/** Every rule the source breaks, with the line. */
export function findCopies(source: string, path = ""): { rule: string; line: number; text: string }[] {
  const found: { rule: string; line: number; text: string }[] = [];
  const raw = source.split("\n");
  code(source)
    .split("\n")
    .forEach((text, i) => {
      if (raw[i]?.includes(NOT_A_COPY)) return;
      for (const rule of RULES) {
        if (rule.except?.some((folder) => path.startsWith(folder))) continue;
        if (rule.pattern.test(text)) found.push({ rule: rule.name, line: i + 1, text: text.trim() });
      }
    });
  return found;
}

function filesUnder(root: string, folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, folder))) {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...filesUnder(root, path));
    else if (path.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** Scans every TypeScript file under the scopes (repository-relative folders) except the semantics module. */
export function copiesIn(root: string, scopes: readonly string[]): string[] {
  return scopes
    .flatMap((scope) => filesUnder(root, scope))
    .filter((path) => path !== SEMANTICS_MODULE)
    .flatMap((path) =>
      findCopies(readFileSync(join(root, path), "utf8"), path).map(
        (copy) => `${path}:${copy.line}: ${copy.rule}: ${copy.text}`,
      ),
    );
}
