/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";

/** An error answered with a status and a JSON body `{ error: { code, message } }`. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** Headers on every JSON answer: never cached, never sniffed, never readable by another site's page. */
const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
};

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...JSON_HEADERS, "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * The path of the request target. Origin-form (`/attempts?x`) and absolute-form
 * (`http://host/attempts`) are both accepted; anything unparseable is the client's error.
 */
export function pathOf(req: IncomingMessage): string {
  const target = req.url ?? "";
  if (target.startsWith("/")) return target.split("?", 1)[0] as string;
  try {
    return new URL(target).pathname;
  } catch {
    throw new HttpError(400, "invalid_path", "the request target is not a path or an absolute URL");
  }
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_DEPTH = 32;

/** Rejects keys that could reach a prototype anywhere in parsed JSON, and absurd nesting. */
function checkKeys(value: unknown, depth = 0): void {
  if (depth > MAX_DEPTH) throw new HttpError(400, "too_deep", "the JSON body is nested too deeply");
  if (typeof value !== "object" || value === null) return;
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) throw new HttpError(400, "unsafe_key", `the key "${key}" is not allowed`);
    checkKeys((value as Record<string, unknown>)[key], depth + 1);
  }
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the body up to `limit` bytes. A larger body is drained (so the 413 reaches the client)
 * up to 16 times the limit, and past that the connection is closed.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const hardLimit = limit * 16;
  const tooLarge = (close: boolean) =>
    new HttpError(
      413,
      "body_too_large",
      `request bodies are limited to ${limit} bytes`,
      close ? { connection: "close" } : {},
    );
  if (Number(req.headers["content-length"] ?? 0) > hardLimit) return Promise.reject(tooLarge(true));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > hardLimit) settle(tooLarge(true));
    });
    req.on("end", () => settle(size > limit ? tooLarge(false) : null));
    req.on("error", () => settle(new HttpError(400, "body_aborted", "the request body was not received in full")));
  });
}

/**
 * Reads a JSON object body whose keys are all in `allowed`. The content type must be
 * `application/json` even when the body is empty (an empty body reads as `{}`): a browser
 * cannot send that type to another site without asking first, so a form on another site can
 * never reach these endpoints.
 */
export async function readJson(
  req: IncomingMessage,
  limit: number,
  allowed: readonly string[],
): Promise<Record<string, unknown>> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new HttpError(415, "unsupported_media_type", "send the body as application/json");
  const body = await readBody(req, limit);
  if (body.length === 0) return {};
  let data: unknown;
  try {
    data = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid_json", "the body is not valid JSON");
  }
  checkKeys(data);
  if (!isRecord(data)) throw new HttpError(400, "invalid_body", "the body must be a JSON object");
  const unknown = Object.keys(data).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new HttpError(400, "invalid_body", `unknown field(s): ${unknown.join(", ")}`);
  return data;
}

/**
 * Refuses API requests that a browser sent on behalf of another site: by Fetch Metadata
 * (`Sec-Fetch-Site`) where the browser sends it, and by `Origin` where it is present. Clients
 * that are not browsers send neither and pass. Origins in `allowedOrigins` (for a platform that
 * serves its pages from another host) pass too.
 */
export function checkSameOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin !== undefined && allowedOrigins.includes(origin)) return;
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none")
    throw new HttpError(403, "cross_origin", "requests from other sites are not accepted");
  if (origin !== undefined && hostOf(origin) !== req.headers.host)
    throw new HttpError(403, "cross_origin", "requests from other origins are not accepted");
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (a sandboxed frame or a file) and garbage match no host
  }
}
