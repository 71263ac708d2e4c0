/// <reference types="node" />
import { existsSync } from "node:fs";
import { join } from "node:path";
import { VENDOR } from "../_helpers/vendor.js";

/**
 * Whether the vendor folder (validators and real-world fixtures, kept beside the project) is in
 * place. Suites that need it are skipped without it, and vendor.test.ts fails with one message
 * naming the folder, so a missing folder shows as one clear failure rather than many.
 */
export const vendorPresent = existsSync(VENDOR);

/** A path inside the vendor folder. */
export const vendorPath = (...parts: string[]): string => join(VENDOR, ...parts);
