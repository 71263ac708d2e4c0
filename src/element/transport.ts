import type { PublicAttempt } from "../engine/public-attempt.js";
import type { PublicResult } from "../engine/review.js";

/** How `<civics-quiz>` asks for an attempt: a new one for a lesson, or an existing one by id. */
export type LoadRequest =
  | {
      /** Start a new attempt (the server picks the seed and may refuse when no attempts are left). */
      kind: "start";
      /** The lesson (or quiz) to start. */
      lessonId: string;
    }
  | {
      /** Resume an attempt already started (after a reload, or on another device). */
      kind: "resume";
      /** The attempt's id. */
      attemptId: string;
    };

/** An attempt as loaded: the public view, and its result once it was submitted. */
export interface LoadedAttempt {
  /** The learner's view of the attempt (no keys), with their saved responses and revealed hints. */
  attempt: PublicAttempt;
  /** The result, when the attempt was already submitted. */
  result?: PublicResult;
}

/** What the server says after saving one answer. */
export interface AnswerReceipt {
  /** When the server recorded it (ISO 8601). */
  answeredAt?: string;
}

/** The next hint of a question. */
export interface HintReply {
  /** The hint's Markdown, or null when no hint is left. */
  hint: string | null;
  /** Which hint it is (0-based), or null. */
  hintIndex: number | null;
}

/** The outcome of a submission. */
export interface SubmitReply {
  /** What the learner may see of the result now. */
  result: PublicResult;
  /** True when the attempt had already been submitted and this is the stored result. */
  repeated: boolean;
}

/**
 * Everything `<civics-quiz>` needs from a back end. Every method returns a promise; a failure
 * should reject with an error whose `retryable` is `false` when sending the same request again
 * cannot help (the element then drops it and reports it), and anything else when it may (the
 * element keeps the answer on the device and sends it again later).
 *
 * @example
 * const quiz = document.querySelector("civics-quiz");
 * quiz.transport = {
 *   load: (request) => myApi.open(request),
 *   answer: (attemptId, questionId, response) => myApi.save(attemptId, questionId, response),
 *   hint: (attemptId, questionId) => myApi.hint(attemptId, questionId),
 *   submit: (attemptId, responses) => myApi.submit(attemptId, responses),
 * };
 */
export interface QuizTransport {
  /** Starts a new attempt or resumes one by id. */
  load(request: LoadRequest): Promise<LoadedAttempt>;
  /** Saves one answer as it is given (`null` clears it). */
  answer(attemptId: string, questionId: string, response: unknown): Promise<AnswerReceipt>;
  /** Reveals the next hint of a question. */
  hint(attemptId: string, questionId: string): Promise<HintReply>;
  /** Submits every response and returns the result. */
  submit(attemptId: string, responses: Record<string, unknown>): Promise<SubmitReply>;
}

/**
 * A failed request: `code` is the server's error code (or `network` when no answer came),
 * `status` the HTTP status (0 without an answer), and `retryable` whether sending it again later
 * may succeed.
 *
 * @example
 * try { await transport.submit(id, responses) } catch (error) {
 *   if (error instanceof TransportError && !error.retryable) console.log(error.code);
 * }
 */
export class TransportError extends Error {
  /** A machine-readable code such as `network`, `attempts_exhausted` or `not_found`. */
  readonly code: string;
  /** The HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** Whether the same request may succeed later (no connection, a timeout, a server fault). */
  readonly retryable: boolean;

  constructor(code: string, message: string, status = 0, retryable = status === 0 || status >= 500) {
    super(message);
    this.name = "TransportError";
    this.code = code;
    this.status = status;
    this.retryable = retryable;
  }
}

/** Options of {@link createFetchTransport}. */
export interface FetchTransportOptions {
  /** Where the API lives, e.g. `"/api"` or `"https://quiz.example.org"` (no trailing slash needed). */
  baseUrl: string;
  /** Extra headers for every request, such as `authorization`; called before each request. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** The `credentials` mode of each request (default `"same-origin"`). */
  credentials?: RequestCredentials;
  /** The fetch function (default: the global `fetch`). */
  fetch?: typeof fetch;
}

/**
 * A transport that speaks the scoring server's JSON API over `fetch`:
 * `POST /attempts`, `GET /attempts/:id`, `PUT /attempts/:id/answers/:questionId`,
 * `POST /attempts/:id/hints/:questionId` and `POST /attempts/:id/submit`.
 *
 * @param options - The base URL, and a headers hook for authentication.
 * @returns A {@link QuizTransport}.
 * @example
 * quiz.transport = createFetchTransport({
 *   baseUrl: "https://quiz.example.org/api",
 *   headers: async () => ({ authorization: `Bearer ${await getToken()}` }),
 * });
 */
export function createFetchTransport(options: FetchTransportOptions): QuizTransport {
  const base = options.baseUrl.replace(/\/+$/, "");
  const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");
  async function call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json", ...(await options.headers?.()) };
    const init: RequestInit = { method, headers, credentials: options.credentials ?? "same-origin" };
    if (body !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(`${base}/${route}`, init);
    } catch (error) {
      throw new TransportError("network", (error as Error).message || "network error");
    }
    const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (!response.ok) {
      const { code = `http_${response.status}`, message = response.statusText } = data?.error ?? {};
      throw new TransportError(
        code,
        message,
        response.status,
        response.status >= 500 || response.status === 408 || response.status === 429,
      );
    }
    if (data === null)
      throw new TransportError("bad_response", "the server's answer is not JSON", response.status, false);
    return data as T;
  }
  return {
    load: (request) =>
      request.kind === "start"
        ? call("POST", "attempts", { lessonId: request.lessonId })
        : call("GET", path("attempts", request.attemptId)),
    answer: (attemptId, questionId, response) =>
      call("PUT", path("attempts", attemptId, "answers", questionId), { response: response ?? null }),
    hint: (attemptId, questionId) => call("POST", path("attempts", attemptId, "hints", questionId), {}),
    submit: (attemptId, responses) => call("POST", path("attempts", attemptId, "submit"), { responses }),
  };
}
