/// <reference types="node" />
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The validators and real-world fixtures the exporter tests use: data kept beside the project
 * (`../shared/vendor/`), never copied into it. Its README says where each file comes from.
 */
export const VENDOR = resolve(root, "../shared/vendor");

/** Whether the vendor folder is in place; suites that need it are skipped otherwise (see vendor.test.ts). */
export const vendorPresent = existsSync(VENDOR);

/** A path inside the vendor folder. */
export const vendorPath = (...parts: string[]): string => join(VENDOR, ...parts);
