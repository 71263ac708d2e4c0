/// <reference types="node" />
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import { createQuiz, isCivicsError, type Quiz } from "civics-lessons";
import { catalog, getLesson } from "civics-lessons/lessons";
import { attemptRoutes, type Handler } from "./attempts.js";
import { cookieIdentity, type LearnerIdentity } from "./clients.js";
import { checkSameOrigin, HttpError, pathOf, sendJson } from "./http.js";
import { createRateLimiter, type RateLimitOptions } from "./rate-limit.js";
import { EMBED_DIR, STATIC_FILES, staticFiles } from "./static.js";
import { type AttemptStore, createMemoryStore } from "./store.js";

/** Options of {@link createServer}. */
export interface ScoringServerOptions {
  /** Where attempts live (default: in memory, lost on restart; `npm run serve` uses SQLite). */
  store?: AttemptStore;
  /** The clock (default `() => new Date()`): the engine never reads the time itself. */
  now?: () => Date;
  /** The quiz for a lesson id, or undefined; its `id` must be that lesson id (default: each bundled lesson, 3 attempts). */
  quizFor?: (lessonId: string) => Quiz | undefined;
  /** Who is asking (default: an anonymous learner cookie, {@link cookieIdentity}). */
  identity?: LearnerIdentity;
  /** Largest request body in bytes (default 32 KiB, above the largest valid submission of every bundled lesson). */
  maxBodyBytes?: number;
  /** Attempt starts allowed per client address (default: 30 at once, then one more every 10 s). */
  startLimit?: RateLimitOptions;
  /** Minutes without a change after which an attempt in progress is deleted (default one day). */
  idleMinutes?: number;
  /** Take the client address from `X-Forwarded-For` (only behind a proxy that sets it; default false). */
  trustProxy?: boolean;
  /** Origins of other sites whose pages may call the API (default none: same origin only). */
  allowedOrigins?: readonly string[];
  /** Folder of the browser embed, or null to serve no files (default: `examples/browser-embed`). */
  staticDir?: string | null;
  /** Told about unexpected errors, which are answered 500 (default: one line on stderr, no stack). */
  onError?: (error: unknown, where: string) => void;
}

/** Attempts each learner may submit per bundled lesson in this example. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** One quiz per bundled lesson (every question, the default review policy), built on first use. */
function lessonQuizzes(maxAttempts: number): (lessonId: string) => Quiz | undefined {
  const quizzes = new Map<string, Quiz>();
  return (lessonId) => {
    const cached = quizzes.get(lessonId);
    if (cached) return cached;
    const lesson = getLesson(lessonId);
    if (!lesson) return undefined;
    const quiz = createQuiz({ id: lesson.id, title: lesson.title, lessons: [lesson], maxAttempts });
    quizzes.set(lessonId, quiz);
    return quiz;
  };
}

/** Unexpected errors are logged as one line: no stack trace, and no request text that could forge log lines. */
function logOneLine(error: unknown, where: string): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`scoring server: 500 at ${where}: ${JSON.stringify(text.slice(0, 300))}`);
}

/**
 * Creates the scoring server: learners' browsers get public attempts (no keys) and results as
 * the quiz's review policy allows; scoring happens here. JSON API (see `examples/README.md`):
 * `GET /lessons`, `POST /attempts`, `GET /attempts/:id`, `PUT /attempts/:id/answers/:questionId`,
 * `POST /attempts/:id/hints/:questionId`, `POST /attempts/:id/submit`, `GET /attempts/:id/result`,
 * and the embed's files at `/`, `/style.css`, `/embed.js`.
 *
 * @param options - Store, clock, quizzes, identity, limits, static folder.
 * @returns A `node:http` server, not yet listening. Idle attempts are swept while it listens.
 * @example
 * const server = createServer({ store: openSqliteStore("data/attempts.sqlite") });
 * server.listen(3000, "127.0.0.1");
 */
export function createServer(options: ScoringServerOptions = {}): Server {
  const store = options.store ?? createMemoryStore();
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? logOneLine;
  const allowedOrigins = options.allowedOrigins ?? [];
  const staticDir = options.staticDir === undefined ? EMBED_DIR : options.staticDir;
  const attempts = attemptRoutes({
    store,
    now,
    quizFor: options.quizFor ?? lessonQuizzes(DEFAULT_MAX_ATTEMPTS),
    identity: options.identity ?? cookieIdentity(),
    starts: createRateLimiter(options.startLimit ?? { burst: 30, refillSeconds: 10 }),
    trustProxy: options.trustProxy ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 32 * 1024,
  });

  const lessons: Handler = async (_req, res) => {
    sendJson(
      res,
      200,
      catalog.map(({ id, title, summary, questionCount }) => ({ id, title, summary, questionCount })),
    );
  };

  const api: { path: RegExp; name: string; methods: Record<string, Handler> }[] = [
    { path: /^\/lessons$/, name: "/lessons", methods: { GET: lessons } },
    { path: /^\/attempts$/, name: "/attempts", methods: { POST: attempts.create } },
    { path: /^\/attempts\/([^/]+)$/, name: "/attempts/:id", methods: { GET: attempts.read } },
    {
      path: /^\/attempts\/([^/]+)\/answers\/([^/]+)$/,
      name: "/attempts/:id/answers/:questionId",
      methods: { PUT: attempts.answer },
    },
    {
      path: /^\/attempts\/([^/]+)\/hints\/([^/]+)$/,
      name: "/attempts/:id/hints/:questionId",
      methods: { POST: attempts.hint },
    },
    { path: /^\/attempts\/([^/]+)\/submit$/, name: "/attempts/:id/submit", methods: { POST: attempts.submit } },
    { path: /^\/attempts\/([^/]+)\/result$/, name: "/attempts/:id/result", methods: { GET: attempts.result } },
  ];
  const files = staticDir === null ? null : staticFiles(staticDir);

  /** Finds the handler; `where` names the route (never the raw URL) for logs. */
  function route(req: IncomingMessage): { handler: Handler; params: string[]; where: string; isApi: boolean } {
    const path = pathOf(req);
    if (files && Object.hasOwn(STATIC_FILES, path)) {
      if (req.method !== "GET" && req.method !== "HEAD")
        throw new HttpError(405, "method_not_allowed", "use GET", { allow: "GET" });
      return { handler: files, params: [], where: `GET ${path}`, isApi: false };
    }
    for (const { path: pattern, name, methods } of api) {
      const match = pattern.exec(path);
      if (!match) continue;
      const handler = methods[req.method ?? ""];
      const allow = Object.keys(methods).join(", ");
      if (!handler) throw new HttpError(405, "method_not_allowed", `use ${allow} for ${name}`, { allow });
      let params: string[];
      try {
        params = match.slice(1).map((part) => decodeURIComponent(part));
      } catch {
        throw new HttpError(400, "invalid_path", "the path is not correctly encoded");
      }
      return { handler, params, where: `${req.method} ${name}`, isApi: true };
    }
    throw new HttpError(404, "not_found", "no such route");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let where = "routing";
    try {
      const found = route(req);
      where = found.where;
      if (found.isApi) checkSameOrigin(req, allowedOrigins);
      await found.handler(req, res, found.params);
    } catch (error) {
      fail(req, res, error, where);
    }
  }

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown, where: string): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // An unread body would keep the connection busy: close it after answering.
    const close: Record<string, string> = req.complete ? {} : { connection: "close" };
    if (error instanceof HttpError) {
      sendJson(
        res,
        error.status,
        { error: { code: error.code, message: error.message } },
        { ...close, ...error.headers },
      );
    } else if (isCivicsError(error)) {
      const status = error.code === "unknown_question" ? 404 : error.code === "attempt_submitted" ? 409 : 400;
      sendJson(res, status, { error: { code: error.code, message: error.message } }, close);
    } else {
      onError(error, where);
      sendJson(res, 500, { error: { code: "internal_error", message: "something went wrong on the server" } }, close);
    }
    if (close.connection) res.on("finish", () => req.destroy());
  }

  // Slow clients are cut after 15 s of headers or 30 s of request; Node checks every 5 s (not 30 s).
  const server = createHttpServer({ connectionsCheckingInterval: 5_000 }, handle);
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  // Requests Node cannot parse never reach `handle`: answer them in JSON too, and log nothing.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, code] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "headers_too_large"]
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "request_timeout"]
          : [400, "bad_request"];
    const body = JSON.stringify({ error: { code, message: "the request could not be read" } });
    // Closed outright once written: a client that never closes its side must not keep the socket.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
      () => socket.destroy(),
    );
  });

  const idleMs = (options.idleMinutes ?? 24 * 60) * 60_000;
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = async () => {
    try {
      await store.expireIdle(new Date(now().getTime() - idleMs).toISOString());
    } catch (error) {
      onError(error, "expiring idle attempts");
    }
  };
  server.on("listening", () => {
    void sweep();
    sweeper = setInterval(sweep, Math.min(idleMs, 60_000)).unref();
  });
  server.on("close", () => clearInterval(sweeper));
  return server;
}
