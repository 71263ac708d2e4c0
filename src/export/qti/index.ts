/**
 * `civics-lessons/export/qti`: questions as 1EdTech QTI 3.0 items plus an IMS content-package
 * manifest. Pure: returns strings; `writeQtiPackage` in `civics-lessons/export/qti-write`
 * puts them on disk.
 *
 * @module
 */

import { pointsOf } from "../../_lib/semantics.js";
import { type ExportInput, lessonOf, questionsOf } from "../_shared/input.js";
import { ExportError, type ExportIssue, type ExportResult, issue } from "../_shared/issues.js";
import { DEFAULT_EXPORT_SEED } from "../_shared/order.js";
import type { Context } from "./formatters/types.js";
import { itemXml } from "./item.js";
import { manifestXml } from "./manifest.js";
import type { QtiItem, QtiOptions, QtiPackage } from "./types.js";
import { ncname } from "./vocabulary.js";

export type { ExportInput } from "../_shared/input.js";
export type { ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "../_shared/issues.js";
export { ExportError } from "../_shared/issues.js";
export type { QtiItem, QtiOptions, QtiPackage } from "./types.js";

/**
 * Exports questions as QTI 3.0 items: one `qti-assessment-item` document per question (choice,
 * text-entry, order, match and inline-choice interactions with response processing that
 * reproduces the engine's scoring), plus an `imsmanifest.xml` for a content package. Prompts,
 * explanations and feedback are rendered from Markdown to escaped, well-formed XHTML;
 * explanations and feedback become `qti-feedback-block`s. Options are written in a seeded order
 * and every interaction that can shuffle has `shuffle="true"`. Whatever QTI cannot express
 * exactly is listed in `issues`; nothing is dropped silently.
 *
 * @param input - A lesson (its locale and source excerpts are used) or a list of questions.
 * @param options - Manifest id, item folder, option-order seed and the few labels the items add.
 * @returns `{ output: { manifest, items }, issues }`.
 * @throws {@link ExportError} `duplicate_question_id` when two questions share an id.
 * @example
 * const { output, issues } = toQti(lesson);
 * output.items[0].href
 * //=> "items/who-vetoes.xml"
 */
export function toQti(input: ExportInput, options: QtiOptions = {}): ExportResult<QtiPackage> {
  const lesson = lessonOf(input);
  const folder = (options.itemFolder ?? "items").replace(/^\/+|\/+$/g, "");
  const labels = { true: "True", false: "False", hint: "Hint", ...options.labels };
  const issues: ExportIssue[] = [];
  const items: QtiItem[] = [];
  const seen = new Set<string>();
  for (const question of questionsOf(input)) {
    if (seen.has(question.id))
      throw new ExportError("duplicate_question_id", `question id "${question.id}" is used twice`);
    seen.add(question.id);
    const ctx: Context = {
      points: pointsOf(question),
      seed: options.seed ?? DEFAULT_EXPORT_SEED,
      labels,
      report: (kind, code, message) => issues.push(issue(question.id, kind, code, message)),
    };
    items.push({
      questionId: question.id,
      identifier: ncname(question.id),
      href: `${folder === "" ? "" : `${folder}/`}${question.id}.xml`,
      xml: itemXml(question, lesson, ctx),
    });
  }
  const manifestId = options.manifestId ?? `MANIFEST-${lesson?.id ?? "questions"}`;
  return { output: { manifest: manifestXml(manifestId, items), items }, issues };
}
