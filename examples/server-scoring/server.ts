/// <reference types="node" />
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Attempt,
  createQuiz,
  isCivicsError,
  type Quiz,
  revealHint,
  scoreAttempt,
  scoreSubmission,
  startAttempt,
  toPublicAttempt,
} from "civics-lessons";
import { catalog, getLesson } from "civics-lessons/lessons";

/** Where attempts live. A platform replaces the in-memory store with its database. */
export interface AttemptStore {
  /** The attempt with this id, if any. */
  get(id: string): Attempt | undefined | Promise<Attempt | undefined>;
  /** Saves an attempt under its `id` (insert or replace). */
  set(attempt: Attempt): void | Promise<void>;
}

/**
 * An in-memory store that keeps the most recent `limit` attempts, so a long-running demo cannot
 * grow without bound.
 *
 * @param limit - How many attempts to keep (default 10,000).
 * @returns A store.
 */
export function createMemoryStore(limit = 10_000): AttemptStore {
  const attempts = new Map<string, Attempt>();
  return {
    get: (id) => attempts.get(id),
    set: (attempt) => {
      attempts.delete(attempt.id); // re-insert so the Map's order stays "least recently saved first"
      attempts.set(attempt.id, attempt);
      if (attempts.size > limit) attempts.delete(attempts.keys().next().value as string);
    },
  };
}

/** Options of {@link createServer}. */
export interface ScoringServerOptions {
  /** Attempt storage (default: {@link createMemoryStore}). */
  store?: AttemptStore;
  /** The clock (default `() => new Date()`): the engine never reads the time itself. */
  now?: () => Date;
  /** Largest accepted request body in bytes (default 64 KiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Folder of the browser embed (`index.html`, `style.css`, `dist/embed.js`), or null to serve no files. */
  staticDir?: string | null;
  /** The quiz for a lesson id (default: every question of the lesson, built once and cached). */
  quizFor?: (lessonId: string) => Quiz | undefined;
  /** Called with unexpected errors, which are answered with 500 (default: `console.error`). */
  onError?: (error: unknown) => void;
}

/** An error answered with a status and a JSON body `{ error: { code, message } }`. */
class HttpError extends Error {
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

const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../browser-embed/", import.meta.url));

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/embed.js": { file: "dist/embed.js", type: "text/javascript; charset=utf-8" },
  "/embed.js.map": { file: "dist/embed.js.map", type: "application/json; charset=utf-8" },
};

const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Rejects keys that could reach a prototype anywhere in parsed JSON, and absurd nesting. */
function checkKeys(value: unknown, depth = 0): void {
  if (depth > 32) throw new HttpError(400, "too_deep", "the JSON body is nested too deeply");
  if (typeof value !== "object" || value === null) return;
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) throw new HttpError(400, "unsafe_key", `the key "${key}" is not allowed`);
    checkKeys((value as Record<string, unknown>)[key], depth + 1);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the body up to `limit` bytes. Past the limit it keeps draining (so the 413 reaches the client) up to 16×. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const hardLimit = limit * 16;
  const declared = Number(req.headers["content-length"] ?? 0);
  const tooLarge = (close: boolean) =>
    new HttpError(
      413,
      "body_too_large",
      `request bodies are limited to ${limit} bytes`,
      close ? { connection: "close" } : {},
    );
  if (declared > hardLimit) return Promise.reject(tooLarge(true));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > hardLimit && !settled) {
        settled = true;
        reject(tooLarge(true));
      }
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      if (size > limit) reject(tooLarge(false));
      else resolve(Buffer.concat(chunks));
    });
    req.on("error", (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
  });
}

/** Reads a JSON object body; the object's keys are checked against `allowed`. */
async function readJsonObject(req: IncomingMessage, limit: number, allowed: readonly string[]) {
  const body = await readBody(req, limit);
  if (body.length === 0) return {};
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new HttpError(415, "unsupported_media_type", "send the body as application/json");
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

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(text);
}

type Params = string[];
type Handler = (req: IncomingMessage, res: ServerResponse, params: Params) => Promise<void>;

/**
 * Creates the scoring server: learners' browsers get public attempts (no keys, explanations or
 * feedback) and post their responses; scoring happens here.
 *
 * Routes: `GET /lessons`, `POST /attempts {lessonId, seed?}`, `GET /attempts/:id`,
 * `POST /attempts/:id/hints/:questionId`, `POST /attempts/:id/submit {responses}`,
 * `GET /attempts/:id/result`, and the embed's files at `/`, `/style.css`, `/embed.js`.
 *
 * @param options - Store, clock, body limit, static folder.
 * @returns A `node:http` server, not yet listening.
 * @example
 * const server = createServer();
 * server.listen(0, "127.0.0.1");
 */
export function createServer(options: ScoringServerOptions = {}): Server {
  const store = options.store ?? createMemoryStore();
  const now = options.now ?? (() => new Date());
  const limit = options.maxBodyBytes ?? 64 * 1024;
  const staticDir = options.staticDir === undefined ? DEFAULT_STATIC_DIR : options.staticDir;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const quizzes = new Map<string, Quiz>();
  const quizFor =
    options.quizFor ??
    ((lessonId: string) => {
      const lesson = getLesson(lessonId);
      if (!lesson) return undefined;
      let quiz = quizzes.get(lessonId);
      if (!quiz) {
        quiz = createQuiz({ id: lesson.id, title: lesson.title, lessons: [lesson] });
        quizzes.set(lessonId, quiz);
      }
      return quiz;
    });

  async function load(id: string): Promise<Attempt> {
    const attempt = ID.test(id) ? await store.get(id) : undefined;
    if (!attempt) throw new HttpError(404, "unknown_attempt", `no attempt with id "${id.slice(0, 64)}"`);
    return attempt;
  }

  const createAttempt: Handler = async (req, res) => {
    const body = await readJsonObject(req, limit, ["lessonId", "seed"]);
    const { lessonId, seed } = body;
    if (typeof lessonId !== "string" || lessonId.length === 0 || lessonId.length > 100)
      throw new HttpError(400, "invalid_body", "lessonId must be a lesson id string");
    if (seed !== undefined && (typeof seed !== "string" || seed.length > 200))
      throw new HttpError(400, "invalid_body", "seed must be a string of at most 200 characters");
    const quiz = quizFor(lessonId);
    if (!quiz) throw new HttpError(404, "unknown_lesson", `no lesson with id "${lessonId}"`);
    const attempt = startAttempt(quiz, { seed: seed ?? randomBytes(6).toString("hex"), now: now() });
    await store.set(attempt);
    send(res, 201, toPublicAttempt(attempt), { location: `/attempts/${attempt.id}` });
  };

  const getAttempt: Handler = async (_req, res, [id = ""]) => {
    send(res, 200, toPublicAttempt(await load(id)));
  };

  const hint: Handler = async (req, res, [id = "", questionId = ""]) => {
    await readJsonObject(req, limit, []);
    const revealed = revealHint(await load(id), questionId, { now: now() });
    await store.set(revealed.attempt);
    send(res, 200, { questionId, hint: revealed.hint, hintIndex: revealed.hintIndex });
  };

  const submit: Handler = async (req, res, [id = ""]) => {
    const body = await readJsonObject(req, limit, ["responses"]);
    if (!isRecord(body.responses))
      throw new HttpError(400, "invalid_body", "responses must be an object mapping question ids to responses");
    const attempt = await load(id);
    const submission = scoreSubmission(attempt, body.responses, { now: now() });
    if (submission.attempt) await store.set(submission.attempt);
    send(res, 200, { result: submission.result, ignoredQuestionIds: submission.ignoredQuestionIds });
  };

  const result: Handler = async (_req, res, [id = ""]) => {
    const attempt = await load(id);
    if (attempt.submittedAt === null) throw new HttpError(409, "not_submitted", "the attempt has not been submitted");
    send(res, 200, { result: scoreAttempt(attempt) });
  };

  const lessons: Handler = async (_req, res) => {
    send(
      res,
      200,
      catalog.map(({ id, title, summary, questionCount }) => ({ id, title, summary, questionCount })),
    );
  };

  const file: Handler = async (req, res) => {
    const entry = STATIC_FILES[new URL(req.url ?? "/", "http://localhost").pathname];
    if (!entry || staticDir === null) throw new HttpError(404, "not_found", "no such file");
    let content: Buffer;
    try {
      content = await readFile(join(staticDir, entry.file));
    } catch {
      throw new HttpError(404, "not_found", `${entry.file} is missing (build the embed: npm run build:embed)`);
    }
    const headers: Record<string, string | number> = {
      "content-type": entry.type,
      "content-length": content.length,
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    };
    if (entry.file.endsWith(".html")) headers["content-security-policy"] = PAGE_POLICY;
    res.writeHead(200, headers);
    res.end(content);
  };

  const routes: { path: RegExp; methods: Record<string, Handler> }[] = [
    { path: /^\/lessons$/, methods: { GET: lessons } },
    { path: /^\/attempts$/, methods: { POST: createAttempt } },
    { path: /^\/attempts\/([^/]+)$/, methods: { GET: getAttempt } },
    { path: /^\/attempts\/([^/]+)\/hints\/([^/]+)$/, methods: { POST: hint } },
    { path: /^\/attempts\/([^/]+)\/submit$/, methods: { POST: submit } },
    { path: /^\/attempts\/([^/]+)\/result$/, methods: { GET: result } },
    ...Object.keys(STATIC_FILES).map((path) => ({
      path: new RegExp(`^${path.replace(/[.]/g, "\\.")}$`),
      methods: { GET: file },
    })),
  ];

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const { path, methods } of routes) {
      const match = path.exec(pathname);
      if (!match) continue;
      const handler = methods[req.method ?? ""];
      if (!handler) {
        const allow = Object.keys(methods).join(", ");
        throw new HttpError(405, "method_not_allowed", `use ${allow} for ${pathname}`, { allow });
      }
      let params: string[];
      try {
        params = match.slice(1).map((part) => decodeURIComponent(part));
      } catch {
        throw new HttpError(400, "invalid_path", "the path is not correctly encoded");
      }
      return handler(req, res, params);
    }
    throw new HttpError(404, "not_found", `no route for ${pathname}`);
  }

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof HttpError) {
      send(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
      if (error.headers.connection === "close") res.on("finish", () => req.destroy());
    } else if (isCivicsError(error)) {
      // QuizError: unknown_question, attempt_submitted, invalid_time, ... are the client's problem, not ours.
      const status = error.code === "unknown_question" ? 404 : error.code === "attempt_submitted" ? 409 : 400;
      send(res, status, { error: { code: error.code, message: error.message } });
    } else {
      onError(error);
      send(res, 500, { error: { code: "internal_error", message: "something went wrong on the server" } });
    }
  }

  const server = createHttpServer((req, res) => {
    route(req, res).catch((error: unknown) => fail(req, res, error));
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  return server;
}
