/// <reference types="node" />
/**
 * A small server for the element's browser tests. It speaks the scoring server's HTTP contract
 * (`POST /attempts`, `GET /attempts/:id`, `PUT …/answers/:questionId`, `POST …/hints/:questionId`,
 * `POST …/submit`, `GET …/result`) on top of the engine's public functions, keeps every attempt in
 * memory where a test can read it, and serves the element, the example pages and axe-core.
 *
 * Start it alone to try the examples by hand: `npx tsx test/browser/harness.ts [--src]`.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Attempt,
  type AttemptResult,
  answerQuestion,
  createQuiz,
  type Quiz,
  type ReviewPolicy,
  revealHint,
  scoreSubmission,
  startAttempt,
  toPublicAttempt,
  toPublicResult,
} from "civics-lessons";
import { catalog, getLesson } from "civics-lessons/lessons";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The review policy of new attempts: `full` shows everything at once (no attempt limit);
 * `strict` shows the score only, the rest from a far date, and allows one attempt.
 */
export type Review = "full" | "strict";

const LATER = { after: "2099-01-01T00:00:00.000Z" };
const POLICIES: Record<Review, { review: ReviewPolicy; maxAttempts?: number }> = {
  full: {
    review: {
      score: "immediately",
      correctness: "immediately",
      feedback: "immediately",
      correctResponses: "immediately",
      explanations: "immediately",
    },
  },
  strict: {
    review: { score: "immediately", correctness: LATER, feedback: LATER, correctResponses: LATER, explanations: LATER },
    maxAttempts: 1,
  },
};

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  /** Serve the element bundled from `src/` (fast, for development) instead of the built `dist/`. */
  from?: "dist" | "src";
  /** Time limit of every quiz, in seconds (default 1800, so the timer shows). */
  timeLimitSeconds?: number;
  /** The review policy of new attempts (default `full`). */
  review?: Review;
  /** Seed of every attempt (default a fixed one, so runs are repeatable). */
  seed?: string;
}

/** A running harness. */
export interface Harness {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every attempt by id, as the server holds it. */
  attempts: Map<string, Attempt>;
  /** The last unsubmitted state of each attempt (to score the same answers independently). */
  open: Map<string, Attempt>;
  /** Each API request as `METHOD path status`. */
  log: string[];
  /** Changes the review policy of attempts started from now on. */
  setReview(review: Review): void;
  /** Changes the time limit (seconds) of attempts started from now on. */
  setTimeLimit(seconds: number): void;
  /** Stops the server. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

/** The policy the examples' pages are held to: same-origin scripts and styles, nothing inline. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'";

class HttpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new HttpError(400, "bad_json", "the body is not a JSON object");
}

/** Bundles the element from its sources into a temporary `dist/`-like folder. */
async function bundleFromSources(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "civics-element-"));
  await build({
    entryPoints: {
      "element/index": join(ROOT, "src/element/index.ts"),
      "element/define": join(ROOT, "src/element/define.ts"),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    minify: true,
    logLevel: "warning",
    tsconfigRaw: { compilerOptions: {} },
  });
  return out;
}

/** Bundles an example's entry (TypeScript or TSX) for the browser. */
async function bundleExample(entry: string, dist: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logOverride: { "ignored-bare-import": "silent" }, // the package's chunks are side-effect free
    alias: { "civics-lessons/element": join(dist, "element/index.js") },
    logLevel: "warning",
    tsconfigRaw: { compilerOptions: { jsx: "react-jsx" } },
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Starts the harness on a random loopback port. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dist = options.from === "src" ? await bundleFromSources() : join(ROOT, "dist");
  if (!existsSync(join(dist, "element/define.js")))
    throw new Error(`${dist}/element/define.js is missing: run npm run build`);
  let limit = options.timeLimitSeconds ?? 1800;
  let review: Review = options.review ?? "full";
  const quizzes = new Map<string, Quiz>();
  const attempts = new Map<string, Attempt>();
  const open = new Map<string, Attempt>();
  const results = new Map<string, AttemptResult>();
  const log: string[] = [];
  const bundles = new Map<string, Promise<string>>();
  let count = 0;

  const quizOf = new Map<string, Quiz>();
  const quizFor = (lessonId: unknown): Quiz => {
    const lesson = typeof lessonId === "string" ? getLesson(lessonId) : undefined;
    if (!lesson) throw new HttpError(404, "unknown_lesson", "no such lesson");
    const id = `${lesson.id}${review === "full" ? "" : `-${review}`}${limit === 1800 ? "" : `-${limit}s`}`;
    let quiz = quizzes.get(id);
    if (!quiz) {
      const { title } = lesson;
      quiz = createQuiz({
        id,
        title,
        lessons: [lesson],
        timeLimitSeconds: limit,
        passingPercent: 70,
        ...POLICIES[review],
      });
      quizzes.set(id, quiz);
    }
    return quiz;
  };
  const attemptOf = (id: string | undefined): Attempt => {
    const attempt = id === undefined ? undefined : attempts.get(id);
    if (!attempt) throw new HttpError(404, "not_found", "no such attempt");
    return attempt;
  };
  const save = (attempt: Attempt) => {
    attempts.set(attempt.id, attempt);
    if (attempt.submittedAt === null) open.set(attempt.id, attempt);
  };
  const attemptsAt = (quiz: Quiz) => [...attempts.values()].filter((a) => a.quizId === quiz.id);
  const withResult = (attempt: Attempt) => {
    const result = results.get(attempt.id);
    const quiz = quizOf.get(attempt.id) as Quiz;
    const attemptsUsed = attemptsAt(quiz).filter((a) => a.submittedAt !== null).length;
    return result ? { result: toPublicResult(result, quiz, { attemptsUsed, now: new Date() }) } : {};
  };

  async function api(req: IncomingMessage, parts: string[]): Promise<[number, unknown]> {
    const method = req.method ?? "GET";
    const now = new Date();
    const [root, id, sub, questionId] = parts;
    if (root === "lessons" && parts.length === 1 && method === "GET") return [200, catalog];
    if (root !== "attempts") throw new HttpError(404, "not_found", "no such route");
    // Read the body before the attempt: from here on each request reads and writes its attempt
    // without awaiting, so concurrent saves of different questions cannot overwrite each other.
    const body = method === "GET" ? {} : await readJson(req);
    if (parts.length === 1 && method === "POST") {
      const quiz = quizFor(body.lessonId);
      if (quiz.maxAttempts !== null && attemptsAt(quiz).length >= quiz.maxAttempts)
        throw new HttpError(409, "attempts_exhausted", "no attempts are left");
      const seed = options.seed ?? "element-tests";
      const attempt = startAttempt(quiz, { seed, now, id: `attempt-${++count}` });
      quizOf.set(attempt.id, quiz);
      save(attempt);
      return [201, { attempt: toPublicAttempt(attempt) }];
    }
    const attempt = attemptOf(id);
    if (parts.length === 2 && method === "GET")
      return [200, { attempt: toPublicAttempt(attempt), ...withResult(attempt) }];
    if (sub === "result" && method === "GET") {
      const result = withResult(attempt);
      if (!("result" in result)) throw new HttpError(409, "not_submitted", "the attempt is still open");
      return [200, result];
    }
    if (sub === "submit" && method === "POST") {
      if (results.has(attempt.id)) return [200, { ...withResult(attempt), repeated: true }];
      const scored = scoreSubmission(attempt, body.responses, { now });
      if (!scored.accepted)
        throw new HttpError(422, scored.reason, "the submission was refused; the attempt is still open");
      save(scored.attempt);
      results.set(attempt.id, scored.result);
      return [200, { ...withResult(scored.attempt), repeated: false }];
    }
    if (attempt.submittedAt !== null) throw new HttpError(409, "attempt_submitted", "the attempt was submitted");
    if (!questionId || !attempt.questions.some((q) => q.id === questionId))
      throw new HttpError(404, "unknown_question", "no such question");
    if (sub === "answers" && method === "PUT") {
      const next = answerQuestion(attempt, questionId, body.response ?? undefined, { now });
      save(next);
      return [200, { saved: true, answeredAt: now.toISOString() }];
    }
    if (sub === "hints" && method === "POST") {
      const { attempt: next, hint, hintIndex } = revealHint(attempt, questionId, { now });
      save(next);
      return [200, { hint, hintIndex }];
    }
    throw new HttpError(405, "method_not_allowed", `${method} is not allowed here`);
  }

  async function file(path: string): Promise<{ body: Buffer | string; type: string } | null> {
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, "");
    if (safe.startsWith("/dist/")) return { body: await readFile(join(dist, safe.slice(6))), type };
    if (safe === "/axe.min.js") return { body: await readFile(join(ROOT, "node_modules/axe-core/axe.min.js")), type };
    if (safe === "/")
      return { body: await readFile(join(ROOT, "examples/plain-html/index.html")), type: TYPES[".html"] as string };
    // The browser-embed page names its files from the root, as the scoring server serves them.
    if (safe === "/embed.js" || safe === "/style.css") return file(`/browser-embed${safe}`);
    const page = /^\/(plain-html|browser-embed|react-page)\/(.*)$/.exec(safe);
    if (!page) return null;
    const [, folder, rest] = page as unknown as [string, string, string];
    const name = rest === "" ? "index.html" : rest;
    if (name.endsWith(".js")) {
      const entry = join(ROOT, "examples", folder, folder === "react-page" ? "main.tsx" : "main.ts");
      if (!bundles.has(entry)) bundles.set(entry, bundleExample(entry, dist));
      return { body: await (bundles.get(entry) as Promise<string>), type };
    }
    return { body: await readFile(join(ROOT, "examples", folder, name)), type: TYPES[extname(name)] ?? type };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    if (parts[0] === "lessons" || parts[0] === "attempts") {
      let status = 500;
      let body: unknown;
      try {
        [status, body] = await api(req, parts);
      } catch (error) {
        const known = error instanceof HttpError;
        status = known ? error.status : 500;
        body = { error: { code: known ? error.code : "internal", message: (error as Error).message } };
      }
      log.push(`${req.method} ${url.pathname} ${status}`);
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
      return;
    }
    try {
      const found = await file(url.pathname);
      if (!found) throw new Error("not found");
      res.writeHead(200, {
        "content-type": found.type,
        "content-security-policy": PAGE_POLICY,
        "cache-control": "no-store",
      });
      res.end(found.body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the harness is not on a TCP port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    attempts,
    open,
    log,
    setTimeLimit: (seconds) => {
      limit = seconds;
    },
    setReview: (next) => {
      review = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const harness = await startHarness({ from: process.argv.includes("--src") ? "src" : "dist" });
  console.log(`Element harness on ${harness.url}/ (also /browser-embed/ and /react-page/)`);
}
