/**
 * `civics-lessons/export/gift`: Moodle's GIFT text format, both ways. {@link toGift} writes a
 * lesson as a question bank; {@link fromGift} reads a teacher's existing bank into questions.
 *
 * @module
 */
export type { ExportInput } from "../_shared/input.js";
export type { ExportIssue, ExportIssueCode, ExportIssueKind, ExportResult } from "../_shared/issues.js";
export { ExportError } from "../_shared/issues.js";
export { type FromGiftOptions, type FromGiftResult, fromGift, type GiftOrigin } from "./read/index.js";
export { type GiftOptions, toGift } from "./write/index.js";
