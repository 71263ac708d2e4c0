import type { PublicQuestion } from "../engine/public/types.js";
import type { PublicAttempt } from "../engine/public-attempt.js";
import type { PublicQuestionResult, PublicResult, ReviewState } from "../engine/review.js";
import { validateResponse } from "../engine/validate/index.js";
import { h, inline } from "./dom.js";
import { openPending, type PendingAnswers } from "./pending.js";
import { type CivicsQuizStringOverrides, type CivicsQuizStrings, fill, mergeStrings } from "./strings.js";
import { STYLES } from "./styles.js";
import { createFetchTransport, type LoadedAttempt, type LoadRequest, type QuizTransport } from "./transport.js";
import { buildWidget, type Widget } from "./widgets.js";

/** What `civics-answer` carries: an answer the learner just gave (sent to the server next). */
export interface CivicsAnswerDetail {
  /** The attempt's id. */
  attemptId: string;
  /** The question's id. */
  questionId: string;
  /** The response in the engine's shape, or null when the learner cleared it. */
  response: unknown;
  /** Whether `validateResponse` finds it complete. */
  complete: boolean;
}

/** What `civics-ready` carries. */
export interface CivicsReadyDetail {
  /** The attempt now on screen (its public view). */
  attempt: PublicAttempt;
}

/** What `civics-submit` carries; cancel the event to stop the submission. */
export interface CivicsSubmitDetail {
  /** The attempt's id. */
  attemptId: string;
  /** Every response about to be sent (null for unanswered questions). */
  responses: Record<string, unknown>;
}

/** What `civics-result` carries. */
export interface CivicsResultDetail {
  /** The attempt's id. */
  attemptId: string;
  /** The result as the server may show it now. */
  result: PublicResult;
  /** True when the attempt was submitted before (the stored result came back). */
  repeated: boolean;
}

/** What `civics-error` carries. */
export interface CivicsErrorDetail {
  /** What failed. */
  operation: "load" | "answer" | "hint" | "submit";
  /** The error code (`network` when the server could not be reached). */
  code: string;
  /** The message shown to the learner. */
  message: string;
  /** Whether the element will (or the learner may) try again. */
  retryable: boolean;
}

/** The DOM events `<civics-quiz>` dispatches (they bubble and cross shadow roots). */
export interface CivicsQuizEventMap {
  /** An attempt was loaded and shown. */
  "civics-ready": CustomEvent<CivicsReadyDetail>;
  /** The learner gave or changed an answer. */
  "civics-answer": CustomEvent<CivicsAnswerDetail>;
  /** The learner is submitting; cancelable. */
  "civics-submit": CustomEvent<CivicsSubmitDetail>;
  /** A result arrived. */
  "civics-result": CustomEvent<CivicsResultDetail>;
  /** A request failed. */
  "civics-error": CustomEvent<CivicsErrorDetail>;
}

interface Entry {
  question: PublicQuestion;
  number: number;
  widget: Widget;
  fieldset: HTMLFieldSetElement;
  status: HTMLElement;
  /** The last response recorded, as JSON, so an unchanged answer is not sent again. */
  last: string;
  /** Whether a recorded change has not been announced to the host yet. */
  unannounced: boolean;
  /** Waits for a pause in typing before sending. */
  typing: ReturnType<typeof setTimeout> | undefined;
}

interface Failure {
  code: string;
  message: string;
  retryable: boolean;
}

/** Reads any thrown value as a failure; unknown errors count as retryable so nothing is dropped. */
function failureOf(error: unknown): Failure {
  const e = error as { code?: unknown; message?: unknown; retryable?: unknown } | null;
  return {
    code: typeof e?.code === "string" ? e.code : "error",
    message: typeof e?.message === "string" ? e.message : String(error),
    retryable: e?.retryable !== false,
  };
}

/** Points for display: at most two decimals. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** The base class: HTMLElement in browsers, a stand-in where there is no DOM (server rendering). */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * `<civics-quiz>`: renders an attempt of a civics-lessons quiz, saves each answer as it is given,
 * keeps unsent answers on the device while offline, and shows the result the server allows.
 *
 * Attributes: `lesson-id` (offers a Start button for a new attempt), `attempt-id` (resumes an
 * attempt), `base-url` (the API for the default fetch transport), `url-param` (keep the attempt
 * id in this query parameter of the page's URL), `autostart` (start without the button),
 * `heading-level` (2 by default). Properties: `transport`, `strings`.
 *
 * @example
 * import { defineCivicsQuiz } from "civics-lessons/element";
 * defineCivicsQuiz();
 * document.body.innerHTML = `<civics-quiz base-url="/api" lesson-id="three-branches-and-checks"></civics-quiz>`;
 */
export class CivicsQuizElement extends Base {
  /** The attributes whose changes reload the element. */
  static readonly observedAttributes = ["attempt-id", "lesson-id", "base-url"];

  #transport: QuizTransport | null = null;
  #strings: CivicsQuizStrings = mergeStrings(null);
  #root: HTMLElement | null = null;
  #live: HTMLElement | null = null;
  #alert: HTMLElement | null = null;
  #attempt: PublicAttempt | null = null;
  #result: PublicResult | null = null;
  #entries: Entry[] = [];
  #pending: PendingAnswers | null = null;
  #inflight = new Set<string>();
  #offline = false;
  #retry?: ReturnType<typeof setTimeout>;
  #retryDelay = 1000;
  #tick?: ReturnType<typeof setInterval>;
  #saveNote?: ReturnType<typeof setTimeout>;
  #warned = new Set<number>();
  #busy = false;
  #loading: string | null = null;
  #online = () => {
    this.#retryDelay = 1000;
    void this.#flush();
  };
  #wentOffline = () => this.#markOffline();

  /** The back end. Defaults to a fetch transport on the `base-url` attribute. */
  get transport(): QuizTransport | null {
    const base = this.getAttribute("base-url");
    return this.#transport ?? (base === null ? null : createFetchTransport({ baseUrl: base }));
  }

  /** Sets the back end; an element still waiting for one loads as soon as it is set. */
  set transport(value: QuizTransport | null) {
    this.#transport = value;
    if (this.isConnected && !this.#attempt) this.#boot();
  }

  /** The words in use. Assign any subset (for example `spanishStrings`); the rest stay English. */
  get strings(): CivicsQuizStrings {
    return this.#strings;
  }

  /** Sets the words (English fills what is left out) and redraws, keeping every answer. */
  set strings(value: CivicsQuizStringOverrides | null) {
    this.#strings = mergeStrings(value);
    const attempt = this.#attempt;
    if (!attempt) {
      if (this.#root) this.#boot();
      return;
    }
    // Redraw in the new words, keeping every answer on screen.
    const responses = { ...attempt.responses };
    for (const entry of this.#entries) responses[entry.question.id] = entry.widget.read() ?? null;
    this.#show({ attempt: { ...attempt, responses }, ...(this.#result ? { result: this.#result } : {}) }, false);
  }

  /** The id of the attempt on screen, if any. */
  get attemptId(): string | null {
    return this.#attempt?.id ?? null;
  }

  /** Sets up the shadow root and loads (called by the browser when the element enters a page). */
  connectedCallback(): void {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
    }
    addEventListener("online", this.#online);
    addEventListener("offline", this.#wentOffline);
    // Let the host set properties (transport, strings) in the same task before anything loads.
    queueMicrotask(() => {
      if (this.isConnected && !this.#attempt && this.#loading === null) this.#boot();
    });
  }

  /** Stops the timer and retries (called by the browser when the element leaves the page). */
  disconnectedCallback(): void {
    removeEventListener("online", this.#online);
    removeEventListener("offline", this.#wentOffline);
    clearInterval(this.#tick);
    clearTimeout(this.#retry);
  }

  /** Reloads when `attempt-id`, `lesson-id` or `base-url` changes (called by the browser). */
  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.#root) return;
    if (name === "attempt-id" && after === this.attemptId) return;
    this.#boot();
  }

  /** Starts a new attempt of the `lesson-id` lesson (what the Start button does). */
  start(): Promise<void> {
    const lessonId = this.getAttribute("lesson-id");
    return lessonId ? this.#load({ kind: "start", lessonId }, true) : Promise.resolve();
  }

  /** Submits the attempt as it stands, without asking about unanswered questions. */
  submit(): Promise<void> {
    return this.#submit();
  }

  // -------------------------------------------------------------------------------------------
  // Loading

  #boot(): void {
    const param = this.getAttribute("url-param");
    const attemptId =
      this.getAttribute("attempt-id") || (param ? new URLSearchParams(location.search).get(param) : null);
    if (attemptId) {
      void this.#load({ kind: "resume", attemptId }, false);
      return;
    }
    const shell = this.#shell();
    if (!this.getAttribute("lesson-id")) return;
    if (this.hasAttribute("autostart")) {
      void this.start();
      return;
    }
    shell.append(this.#startButton());
  }

  #startButton(): HTMLButtonElement {
    const button = h("button", { type: "button", class: "primary", part: "button start" }, this.#strings.start);
    button.addEventListener("click", () => void this.start());
    return button;
  }

  /** A fresh interface root with its live region and alert. */
  #shell(): HTMLElement {
    clearInterval(this.#tick);
    this.#live = h("div", { class: "sr", role: "status", "aria-live": "polite" });
    this.#alert = h("p", { class: "error", role: "alert", part: "error" });
    this.#root = h("div", { class: "root", part: "quiz", lang: this.#strings.lang });
    this.shadowRoot?.replaceChildren(this.#root, this.#alert, this.#live);
    this.#attempt = null;
    this.#result = null;
    this.#entries = [];
    this.#offline = false;
    this.#warned.clear();
    return this.#root;
  }

  async #load(request: LoadRequest, focus: boolean): Promise<void> {
    const key = JSON.stringify(request);
    if (this.#loading === key) return;
    this.#loading = key;
    const shell = this.#shell();
    const transport = this.transport;
    if (!transport) {
      this.#loading = null;
      this.#fail("load", { code: "no_transport", message: "no transport", retryable: false });
      return;
    }
    shell.append(h("p", { class: "note" }, this.#strings.loading));
    try {
      const loaded = await transport.load(request);
      if (this.#loading !== key) return;
      this.#show(loaded, focus);
    } catch (error) {
      if (this.#loading !== key) return;
      this.#shell();
      const failure = failureOf(error);
      this.#fail("load", failure);
      const retry = h("button", { type: "button", part: "button retry" }, this.#strings.retry);
      retry.addEventListener("click", () => void this.#load(request, true));
      this.#root?.append(retry);
      // An attempt that cannot be resumed (gone, or someone else's) should not strand the learner.
      if (request.kind === "resume" && !failure.retryable && this.getAttribute("lesson-id"))
        this.#root?.append(" ", this.#startButton());
      if (focus) retry.focus();
    } finally {
      if (this.#loading === key) this.#loading = null;
    }
  }

  /** Renders an attempt (and its result, when submitted). */
  #show(loaded: LoadedAttempt, focus: boolean): void {
    const { attempt } = loaded;
    const s = this.#strings;
    const root = this.#shell();
    this.#attempt = attempt;
    if (this.getAttribute("attempt-id") !== attempt.id) this.setAttribute("attempt-id", attempt.id);
    const param = this.getAttribute("url-param");
    if (param) {
      const url = new URL(location.href);
      if (url.searchParams.get(param) !== attempt.id) {
        url.searchParams.set(param, attempt.id);
        history.replaceState(history.state, "", url);
      }
    }
    // The same attempt redrawn keeps its queue, which may hold answers storage could not take.
    if (this.#pending?.attemptId !== attempt.id) this.#pending = openPending(attempt.id);
    if (loaded.result) this.#pending.clear();
    const level = Math.min(6, Math.max(1, Number(this.getAttribute("heading-level")) || 2));
    const title = h(`h${level}` as "h2", { tabindex: -1, part: "title" }, attempt.title ?? s.quiz);
    const bar = h(
      "div",
      { class: "bar", part: "header" },
      h("p", { class: "progress", part: "progress" }),
      attempt.deadline ? h("p", { class: "timer", part: "timer" }) : null,
      h("p", { class: "save", part: "save-state" }),
    );
    const list = h("ol", { class: "questions" });
    const total = attempt.questions.length;
    attempt.questions.forEach((question, i) => {
      list.append(this.#question(question, i + 1, total, attempt, loaded.result === undefined));
    });
    const submit = h("button", { type: "button", class: "primary", part: "button submit" }, s.submit);
    submit.addEventListener("click", () => this.#askToSubmit());
    root.append(title, bar, list, h("div", { class: "actions", part: "actions" }, submit));
    this.#refresh();
    if (loaded.result) this.#showResult(loaded.result, focus, false);
    else {
      if (attempt.deadline) this.#startTimer(attempt.deadline);
      if (focus) title.focus();
      void this.#flush();
    }
    this.#emit("civics-ready", { attempt });
  }

  #question(
    question: PublicQuestion,
    number: number,
    total: number,
    attempt: PublicAttempt,
    open: boolean,
  ): HTMLElement {
    const s = this.#strings;
    const uid = `q${number}`;
    const status = h("p", { class: "status", id: `${uid}-status`, part: "status" });
    const entry: Entry = {
      question,
      number,
      status,
      last: "null",
      unannounced: false,
      typing: undefined,
      fieldset: h("fieldset", { "aria-describedby": status.id }),
      widget: buildWidget(question, {
        uid,
        strings: s,
        announce: (text) => this.#announce(text),
        changed: (settled) => this.#changed(entry, settled),
      }),
    };
    this.#entries.push(entry);
    const points = question.points === 1 ? s.point : fill(s.points, { n: num(question.points) });
    const { excerpt } = question;
    entry.fieldset.append(
      h(
        "legend",
        { part: "prompt" },
        h("span", { class: "num" }, fill(s.questionOf, { n: number, total, points })),
        h("span", {}, inline(question.prompt)),
      ),
      excerpt
        ? h(
            "figure",
            { part: "excerpt" },
            h("blockquote", {}, inline(excerpt.text)),
            h("figcaption", {}, `${excerpt.title}, ${excerpt.citation}`),
          )
        : "",
      entry.widget.element,
    );
    const pending = this.#pending?.entries;
    const saved = pending?.has(question.id) ? pending.get(question.id) : attempt.responses[question.id];
    if (saved !== undefined && saved !== null) entry.widget.write(saved);
    entry.last = JSON.stringify(entry.widget.read() ?? null);
    if (question.hintCount > 0)
      entry.fieldset.append(this.#hints(entry, attempt.revealedHints[question.id] ?? [], open));
    entry.fieldset.append(status);
    return h(
      "li",
      { class: "q", id: uid, part: "question", "data-question-id": question.id, "data-type": question.type },
      entry.fieldset,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Answers and autosave

  /**
   * Records a change on the device at once (so a reload keeps it), and sends it now or, while the
   * learner is still typing, after a pause.
   */
  #changed(entry: Entry, settled: boolean): void {
    clearTimeout(entry.typing);
    entry.typing = undefined;
    const response = entry.widget.read() ?? null;
    const json = JSON.stringify(response);
    if (json !== entry.last && this.#attempt && this.#pending && !this.#result) {
      entry.last = json;
      entry.unannounced = true;
      this.#pending.set(entry.question.id, response);
    }
    if (settled) this.#send(entry);
    else entry.typing = setTimeout(() => this.#send(entry), 800);
    this.#refresh();
  }

  #send(entry: Entry): void {
    entry.typing = undefined;
    const attempt = this.#attempt;
    if (!attempt || !entry.unannounced) return;
    entry.unannounced = false;
    const response = entry.widget.read() ?? null;
    this.#emit("civics-answer", {
      attemptId: attempt.id,
      questionId: entry.question.id,
      response,
      complete: validateResponse(entry.question, response).valid,
    });
    void this.#flush();
  }

  /** Sends every pending answer not already on its way. */
  async #flush(): Promise<void> {
    clearTimeout(this.#retry);
    const attempt = this.#attempt;
    const pending = this.#pending;
    const transport = this.transport;
    if (!attempt || !pending || !transport || this.#result) return;
    if (pending.entries.size > 0 && navigator.onLine === false) {
      this.#markOffline(); // the "online" event sends them
      return;
    }
    const sends = [...pending.entries]
      .filter(([id]) => !this.#inflight.has(id))
      .map(async ([id, response]) => {
        this.#inflight.add(id);
        this.#refresh();
        try {
          await transport.answer(attempt.id, id, response);
          if (this.#attempt !== attempt) return;
          pending.settle(id, response);
          const entry = this.#entries.find((e) => e.question.id === id);
          this.#noteSaved(entry?.number ?? 0);
        } catch (error) {
          const failure = failureOf(error);
          if (this.#result) return; // a save that lost the race with the submission, which carried it
          if (failure.retryable) this.#markOffline();
          else {
            pending.settle(id, response);
            this.#fail("answer", failure);
          }
        } finally {
          this.#inflight.delete(id);
        }
      });
    if (sends.length === 0) return;
    await Promise.all(sends);
    if (this.#attempt !== attempt) return;
    this.#refresh();
    if (pending.entries.size > 0 && this.#inflight.size === 0) {
      // Answers changed while in flight go out now; failed ones wait (longer each time) or for "online".
      if (!this.#offline) void this.#flush();
      else {
        this.#retryDelay = Math.min(this.#retryDelay * 2, 30000);
        this.#retry = setTimeout(() => void this.#flush(), this.#retryDelay);
      }
    }
  }

  #markOffline(): void {
    if (!this.#offline && this.#attempt && !this.#result) this.#announce(this.#strings.offline);
    this.#offline = true;
    this.#refresh();
  }

  /** Announces a save once the saves settle, and the return of the connection. */
  #noteSaved(number: number): void {
    clearTimeout(this.#saveNote);
    this.#saveNote = setTimeout(() => {
      if (this.#pending?.entries.size) return;
      this.#announce(this.#offline ? this.#strings.backOnline : fill(this.#strings.answerSaved, { n: number }));
      this.#offline = false;
      this.#retryDelay = 1000;
      this.#refresh();
    }, 400);
  }

  /** Updates every status line, the progress and the save state. */
  #refresh(): void {
    const s = this.#strings;
    let answered = 0;
    for (const entry of this.#entries) {
      const response = entry.widget.read();
      const verdict = validateResponse(entry.question, response);
      if (verdict.valid) answered++;
      entry.status.textContent = this.#result ? "" : verdict.valid ? s.answered : s.reasons[verdict.reason];
      entry.status.toggleAttribute("data-invalid", !verdict.valid && response !== undefined);
    }
    const root = this.#root;
    const progress = root?.querySelector(".progress");
    if (progress) progress.textContent = fill(s.progress, { n: answered, total: this.#entries.length });
    const save = root?.querySelector<HTMLElement>(".save");
    if (!save) return;
    const waiting = this.#pending?.entries.size ?? 0;
    const state = this.#result || waiting === 0 ? "saved" : this.#offline ? "unsaved" : "saving";
    save.dataset.state = state;
    save.textContent = state === "saved" ? s.saved : state === "saving" ? s.saving : fill(s.unsaved, { n: waiting });
    save.hidden = !!this.#result;
  }

  // -------------------------------------------------------------------------------------------
  // Hints and the deadline

  #hints(entry: Entry, revealed: string[], open: boolean): HTMLElement {
    const s = this.#strings;
    const list = h("ol", { class: "hint-list", part: "hints" });
    const add = (hint: string) => {
      const item = h(
        "li",
        { tabindex: -1, part: "hint" },
        h("strong", {}, fill(s.hint, { n: list.children.length + 1 })),
        " ",
        inline(hint),
      );
      list.append(item);
      return item;
    };
    for (const hint of revealed) add(hint);
    const button = h("button", { type: "button", part: "button hint" }, s.showHint);
    const exhaust = () => {
      button.setAttribute("aria-disabled", "true");
      button.textContent = s.noMoreHints;
    };
    if (revealed.length >= entry.question.hintCount) exhaust();
    button.addEventListener("click", async () => {
      const attempt = this.#attempt;
      const transport = this.transport;
      if (!attempt || !transport || button.getAttribute("aria-disabled") === "true") return;
      try {
        const { hint } = await transport.hint(attempt.id, entry.question.id);
        if (hint !== null) add(hint).focus();
        if (hint === null || list.children.length >= entry.question.hintCount) exhaust();
      } catch (error) {
        this.#fail("hint", failureOf(error));
      }
    });
    return h("div", { class: "hints" }, open ? button : null, list);
  }

  #startTimer(deadline: string): void {
    const end = Date.parse(deadline);
    const timer = this.#root?.querySelector(".timer");
    const s = this.#strings;
    const tick = () => {
      const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      if (!timer) return;
      if (left === 0) {
        timer.textContent = s.timeUp;
        clearInterval(this.#tick);
        if (!this.#warned.has(0)) this.#announce(s.timeUp);
        this.#warned.add(0);
        return;
      }
      const hours = Math.floor(left / 3600);
      const clock = `${hours ? `${hours}:` : ""}${String(Math.floor(left / 60) % 60).padStart(hours ? 2 : 1, "0")}:${String(left % 60).padStart(2, "0")}`;
      timer.textContent = `${s.timeLeft} ${clock}`;
      for (const minutes of [5, 1])
        if (left <= minutes * 60 && left > minutes * 60 - 5 && !this.#warned.has(minutes)) {
          this.#warned.add(minutes);
          this.#announce(fill(s.minutesLeft, { minutes }));
        }
    };
    tick();
    this.#tick = setInterval(tick, 1000);
  }

  // -------------------------------------------------------------------------------------------
  // Submitting and the result

  #askToSubmit(): void {
    const unanswered = this.#entries.filter((e) => !validateResponse(e.question, e.widget.read()).valid);
    const actions = this.#root?.querySelector(".actions");
    actions?.querySelector(".confirm")?.remove();
    if (unanswered.length === 0) {
      void this.#submit();
      return;
    }
    const s = this.#strings;
    const message = h("p", { tabindex: -1 }, fill(s.confirmUnanswered, { n: unanswered.length }));
    const yes = h("button", { type: "button", class: "primary", part: "button confirm" }, s.submitAnyway);
    const back = h("button", { type: "button", part: "button" }, s.keepAnswering);
    const box = h("div", { class: "confirm", part: "confirm" }, message, yes, " ", back);
    yes.addEventListener("click", () => {
      box.remove();
      void this.#submit();
    });
    back.addEventListener("click", () => {
      box.remove();
      unanswered[0]?.fieldset.querySelector<HTMLElement>("input,select,button")?.focus();
    });
    actions?.append(box);
    message.focus();
  }

  async #submit(): Promise<void> {
    const attempt = this.#attempt;
    const transport = this.transport;
    if (!attempt || !transport || this.#result || this.#busy) return;
    const responses: Record<string, unknown> = {};
    for (const entry of this.#entries) responses[entry.question.id] = entry.widget.read() ?? null;
    if (!this.#emit("civics-submit", { attemptId: attempt.id, responses }, true)) return;
    const button = this.#root?.querySelector<HTMLButtonElement>("[part~=submit]");
    this.#busy = true;
    if (button) {
      button.setAttribute("aria-disabled", "true");
      button.textContent = this.#strings.submitting;
    }
    try {
      const { result, repeated } = await transport.submit(attempt.id, responses);
      this.#pending?.clear();
      this.#showResult(result, true, true);
      this.#emit("civics-result", { attemptId: attempt.id, result, repeated });
    } catch (error) {
      const failure = failureOf(error);
      this.#fail("submit", failure);
      if (button) {
        button.removeAttribute("aria-disabled");
        button.textContent = this.#strings.submit;
      }
    } finally {
      this.#busy = false;
    }
  }

  #showResult(result: PublicResult, focus: boolean, announce: boolean): void {
    const s = this.#strings;
    this.#result = result;
    clearInterval(this.#tick);
    clearTimeout(this.#retry);
    const root = this.#root;
    if (!root) return;
    root.querySelector(".actions")?.remove();
    root.querySelector(".timer")?.remove();
    if (this.#alert) this.#alert.textContent = "";
    const level = Math.min(6, Math.max(1, Number(this.getAttribute("heading-level")) || 2) + 1);
    const heading = h(`h${level}` as "h3", { tabindex: -1 }, s.result);
    const { earned, percent, passed } = result;
    const score =
      earned === null || percent === null
        ? s.scoreHidden
        : `${fill(s.score, { earned: num(earned), possible: num(result.possible), percent: num(percent) })} ${passed ? s.passed : s.notPassed}`;
    const box = h(
      "section",
      { class: "result", part: "result", "aria-label": s.result },
      heading,
      h("p", { part: "score", "data-percent": percent ?? undefined }, score),
      h(
        "p",
        {},
        result.maxAttempts === null
          ? fill(s.attemptsUsed, { n: result.attemptsUsed })
          : fill(s.attemptsOf, { n: result.attemptsUsed, max: result.maxAttempts }),
      ),
    );
    // Say when the parts the review policy still hides will be shown (nothing for "never").
    const waiting = Object.values(result.review) as ReviewState[];
    const date = result.reviewAvailableAt === null ? Number.NaN : Date.parse(result.reviewAvailableAt);
    if (!Number.isNaN(date))
      box.append(
        h(
          "p",
          {},
          fill(s.reviewLater, {
            date: new Date(date).toLocaleString(s.lang, { dateStyle: "long", timeStyle: "short" }),
          }),
        ),
      );
    else if (waiting.includes("after-last-attempt")) box.append(h("p", {}, s.reviewAfterLast));
    root.querySelector(".bar")?.after(box);
    for (const entry of this.#entries) {
      entry.fieldset.disabled = true;
      entry.fieldset.querySelector("[part~=hint]")?.remove();
      const review = result.questions.find((q) => q.questionId === entry.question.id);
      const shown = review && this.#review(entry, review);
      if (shown) entry.fieldset.append(shown);
    }
    this.#refresh();
    if (focus) heading.focus();
    if (announce) this.#announce(fill(s.submitted, { score }));
  }

  /** What the review policy lets the learner see of one question, or null when that is nothing. */
  #review(entry: Entry, review: PublicQuestionResult): HTMLElement | null {
    const s = this.#strings;
    const box = h("div", { class: "feedback", part: "feedback", "data-status": review.status });
    if (review.status !== undefined) {
      const points =
        review.earned === undefined
          ? ""
          : ` · ${fill(s.earnedOf, { earned: num(review.earned), possible: num(review.possible) })}`;
      box.append(h("p", {}, h("strong", {}, s.statuses[review.status]), points));
    }
    if (review.late) box.append(h("p", {}, s.lateAnswer));
    if (review.reason) box.append(h("p", {}, s.reasons[review.reason]));
    for (const message of review.messages ?? []) box.append(h("p", {}, inline(message)));
    // Which parts were right marks the learner's own lines; the keyed response follows when shown.
    const right = new Map(review.parts?.map((part) => [part.id, part.correct]));
    const words = (label: string, response: unknown, marked: boolean) => {
      const said = entry.widget.describe(response) ?? s.noAnswer;
      if (!Array.isArray(said)) return [h("p", {}, h("strong", {}, label), ` ${said}`)];
      const list = h(entry.question.type === "ordering" ? "ol" : "ul", {});
      for (const line of said) {
        const mark = marked ? right.get(line.id) : undefined;
        list.append(h("li", {}, line.text, mark === undefined ? "" : ` (${mark ? s.partRight : s.partWrong})`));
      }
      return [h("p", {}, h("strong", {}, label)), list];
    };
    if (review.correctResponse !== undefined || right.size > 0)
      box.append(...words(s.yourResponse, entry.widget.read(), true));
    if (review.correctResponse !== undefined) box.append(...words(s.correctResponse, review.correctResponse, false));
    if (review.explanation) box.append(h("p", {}, h("strong", {}, s.explanation), " ", inline(review.explanation)));
    return box.childElementCount > 0 ? box : null;
  }

  // -------------------------------------------------------------------------------------------
  // Talking to the learner and the host

  #announce(text: string): void {
    const live = this.#live;
    if (!live) return;
    live.textContent = "";
    // A new text node a moment later makes screen readers repeat even an identical message.
    setTimeout(() => {
      live.textContent = text;
    }, 60);
  }

  #fail(operation: CivicsErrorDetail["operation"], failure: Failure): void {
    const s = this.#strings;
    const message =
      operation === "submit" && failure.retryable
        ? s.submitOffline
        : failure.code === "network"
          ? s.networkError
          : failure.code === "attempts_exhausted"
            ? s.attemptsExhausted
            : failure.code === "no_transport"
              ? s.noTransport
              : fill(s.serverError, { message: failure.message });
    if (this.#alert) this.#alert.textContent = message;
    this.#emit("civics-error", { operation, code: failure.code, message, retryable: failure.retryable });
  }

  #emit<K extends keyof CivicsQuizEventMap>(
    type: K,
    detail: CivicsQuizEventMap[K]["detail"],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
