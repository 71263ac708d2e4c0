/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Handler } from "./attempts.js";
import { HttpError, pathOf } from "./http.js";

/** The browser embed's folder. */
export const EMBED_DIR = fileURLToPath(new URL("../browser-embed/", import.meta.url));

/** URL paths of the embed's files, and where each is on disk. */
export const STATIC_FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/embed.js": { file: "dist/embed.js", type: "text/javascript; charset=utf-8" },
  "/embed.js.map": { file: "dist/embed.js.map", type: "application/json; charset=utf-8" },
};

/** The page may load only its own scripts, styles and data, and may be framed only by its own origin. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
].join("; ");

const COMMON_HEADERS = {
  "cache-control": "no-cache",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
};

const PAGE_HEADERS = {
  ...COMMON_HEADERS,
  "content-security-policy": PAGE_POLICY,
  "referrer-policy": "no-referrer",
  "x-frame-options": "SAMEORIGIN",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** Serves the embed's files from `dir`, with a content security policy and the usual hardening on the page. */
export function staticFiles(dir: string): Handler {
  return async (req, res) => {
    const entry = STATIC_FILES[pathOf(req)];
    if (!entry) throw new HttpError(404, "not_found", "no such file");
    let content: Buffer;
    try {
      content = await readFile(join(dir, entry.file));
    } catch {
      throw new HttpError(404, "not_found", `${entry.file} is missing (build the embed: npm run build:embed)`);
    }
    const headers = entry.type.startsWith("text/html") ? PAGE_HEADERS : COMMON_HEADERS;
    res.writeHead(200, { ...headers, "content-type": entry.type, "content-length": content.length });
    res.end(content);
  };
}
