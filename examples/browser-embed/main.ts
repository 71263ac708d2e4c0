/**
 * The browser embed: renders a public attempt from the scoring server, enables Submit once
 * `validateResponse` accepts every answer, then shows the server's score and explanations.
 * Built with esbuild into `dist/embed.js` (see build.ts); no framework.
 */
import {
  type AttemptResult,
  type InvalidReason,
  type PublicAttempt,
  type PublicQuestion,
  type QuestionResult,
  type QuestionStatus,
  validateResponse,
} from "civics-lessons";
import { buildControl, type Control, h, labelsOf, plain } from "./controls.js";

/** The engine returns codes; the page chooses the words. */
const REASONS: Record<InvalidReason, string> = {
  empty_response: "Not answered yet.",
  wrong_type: "This answer has the wrong form.",
  unknown_id: "Choose one of the listed options.",
  duplicate_id: "Each option may be used only once.",
  incomplete: "Answer every part of this question.",
  too_long: "This answer is too long.",
  not_a_number: "Type a plain number, such as 12 or 3.5.",
  unsafe_key: "This answer cannot be accepted.",
  unknown_question: "This question is not part of the quiz.",
};

const STATUS_WORDS: Record<QuestionStatus, string> = {
  correct: "Correct",
  partial: "Partly correct",
  incorrect: "Incorrect",
  unanswered: "Not answered",
  invalid: "Not scored",
};

interface Mounted {
  question: PublicQuestion;
  control: Control;
  fieldset: HTMLFieldSetElement;
  status: HTMLElement;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

function announce(text: string): void {
  const region = byId("announcer");
  region.textContent = "";
  // A fresh text node after a tick makes screen readers announce repeated messages too.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

function showError(message: string): void {
  byId("error").textContent = message;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const init: RequestInit =
    body === undefined
      ? { headers: { accept: "application/json" } }
      : {
          method: "POST",
          headers: { accept: "application/json", "content-type": "application/json" },
          body: JSON.stringify(body),
        };
  const response = await fetch(path, init);
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(data?.error?.message ?? `The server answered ${response.status}.`);
  return data as T;
}

/** Points for display: at most two decimals (the result keeps full precision). */
function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function points(n: number): string {
  return `${fmt(n)} ${n === 1 ? "point" : "points"}`;
}

function humanize(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderQuestion(
  question: PublicQuestion,
  index: number,
  total: number,
  attemptId: string,
  changed: () => void,
) {
  const uid = `q${index + 1}`;
  const status = h("p", { class: "status", id: `${uid}-status` }, REASONS.empty_response);
  const fieldset = h(
    "fieldset",
    { class: "question", id: uid, "data-question-id": question.id, "aria-describedby": status.id },
    h(
      "legend",
      {},
      h("span", { class: "question-number" }, `Question ${index + 1} of ${total} (${points(question.points)})`),
      plain(question.prompt),
    ),
  ) as HTMLFieldSetElement;
  if (question.excerpt) {
    fieldset.append(
      h(
        "figure",
        {},
        h("blockquote", {}, plain(question.excerpt.text)),
        h("figcaption", {}, `From ${question.excerpt.citation}`),
      ),
    );
  }
  const box = h("div", { class: "controls" });
  fieldset.append(box);
  const control = buildControl(question, box, { uid, changed, announce });
  if (question.hintCount > 0) {
    const list = h("ul", { class: "hint-list", "aria-live": "polite" });
    const button = h("button", { type: "button", class: "secondary", "data-hint": question.id }, "Show a hint");
    let shown = 0;
    button.addEventListener("click", async () => {
      if (button.getAttribute("aria-disabled") === "true") return;
      try {
        const { hint } = await api<{ hint: string | null }>(
          `/attempts/${encodeURIComponent(attemptId)}/hints/${encodeURIComponent(question.id)}`,
          {},
        );
        if (hint !== null) list.append(h("li", {}, `Hint ${++shown}: ${plain(hint)}`));
        if (hint === null || shown >= question.hintCount) {
          button.setAttribute("aria-disabled", "true");
          button.textContent = "No more hints";
        }
      } catch (error) {
        showError((error as Error).message);
      }
    });
    fieldset.append(h("div", { class: "hints" }, button, list));
  }
  fieldset.append(status);
  return { question, control, fieldset, status } satisfies Mounted;
}

function renderFeedback(mounted: Mounted, result: QuestionResult): void {
  const { question, fieldset } = mounted;
  const labels = labelsOf(question);
  const word = (id: string) => labels.get(id) ?? id;
  const box = h(
    "div",
    { class: "result", "data-status": result.status },
    h(
      "p",
      {},
      h(
        "strong",
        { class: result.status === "correct" ? "verdict-correct" : "verdict-other" },
        STATUS_WORDS[result.status],
      ),
      `: ${fmt(result.earned)} of ${points(result.possible)}.`,
    ),
  );
  const feedback = result.feedback;
  if (feedback) {
    for (const id of feedback.correctIds ?? []) {
      const label = fieldset.querySelector(`label[data-option="${CSS.escape(id)}"]`);
      label?.append(h("span", { class: "key-mark" }, " (correct answer)"));
    }
    if (feedback.parts && feedback.parts.length > 0) {
      const list = h("ul", { class: "parts" });
      for (const part of feedback.parts) {
        const name = /^\d+$/.test(part.id) ? `Position ${Number(part.id) + 1}` : word(part.id);
        const given = part.given === undefined ? "no answer" : word(part.given);
        list.append(
          h(
            "li",
            {},
            `${part.correct ? "Right" : "Wrong"}: ${name}: ${given}${part.correct ? "" : ` (expected ${word(part.expected)})`}`,
          ),
        );
      }
      box.append(list);
    }
    for (const message of feedback.messages) box.append(h("p", {}, plain(message)));
    box.append(h("p", {}, h("strong", {}, "Explanation: "), plain(feedback.explanation)));
  } else if (result.reason) {
    box.append(h("p", {}, REASONS[result.reason]));
  }
  fieldset.append(box);
  fieldset.disabled = true;
}

function renderResults(result: AttemptResult, mounted: Mounted[], section: HTMLElement): void {
  const verdict = result.passed ? "Passed" : "Not passed yet";
  const scoreText = `Score: ${fmt(result.earned)} of ${points(result.possible)} (${result.percent}%). ${verdict}.`;
  const counts = result.counts;
  const objectives = h("ul", {});
  for (const objective of result.objectives) {
    objectives.append(
      h(
        "li",
        {},
        `${humanize(objective.objectiveId)}: ${fmt(objective.earned)} of ${fmt(objective.possible)} (${Math.round(objective.ratio * 100)}%), ${objective.mastered ? "mastered" : "not yet mastered"}`,
      ),
    );
  }
  section.replaceChildren(
    h("h2", { id: "results-heading", tabindex: "-1" }, "Your results"),
    h(
      "p",
      {
        id: "score",
        "data-earned": String(result.earned),
        "data-possible": String(result.possible),
        "data-percent": String(result.percent),
      },
      scoreText,
    ),
    h(
      "p",
      {},
      `${counts.correct} correct, ${counts.partial} partly correct, ${counts.incorrect} incorrect, ${counts.unanswered} not answered.`,
    ),
    h("h3", {}, "Mastery by objective"),
    objectives,
    h("p", {}, "Each question below now shows its result and explanation."),
  );
  section.hidden = false;
  for (const entry of mounted) {
    const questionResult = result.questions.find((r) => r.questionId === entry.question.id);
    if (questionResult) renderFeedback(entry, questionResult);
  }
  (section.querySelector("#results-heading") as HTMLElement).focus();
  announce(`Answers submitted. ${scoreText}`);
}

function renderQuiz(attempt: PublicAttempt): void {
  const root = byId("quiz-root");
  const total = attempt.questions.length;
  const progress = h("p", { id: "progress" });
  const results = h("section", { id: "results", class: "panel", "aria-labelledby": "results-heading" });
  results.hidden = true;
  const submit = h(
    "button",
    { type: "submit", id: "submit-button", "aria-describedby": "submit-help" },
    "Submit answers",
  );
  const help = h("p", { id: "submit-help" });
  const form = h("form", { id: "quiz-form", novalidate: true, "aria-labelledby": "quiz-title" });
  const mounted: Mounted[] = [];
  let submitted = false;

  const update = () => {
    let complete = 0;
    for (const entry of mounted) {
      const response = entry.control.read();
      const verdict = validateResponse(entry.question, response);
      if (verdict.valid) complete++;
      entry.status.textContent = verdict.valid ? "Answered." : REASONS[verdict.reason];
      entry.status.classList.toggle("invalid", !verdict.valid && response !== undefined);
    }
    progress.textContent = `${complete} of ${total} questions answered.`;
    (submit as HTMLButtonElement).disabled = submitted || complete < total;
    help.textContent = submitted
      ? "Submitted."
      : complete < total
        ? "Answer every question to submit."
        : "All questions answered: you can submit.";
  };

  attempt.questions.forEach((question, i) => {
    const entry = renderQuestion(question, i, total, attempt.id, update);
    mounted.push(entry);
    form.append(entry.fieldset);
  });
  form.append(h("div", { class: "submit-row" }, submit, help));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if ((submit as HTMLButtonElement).disabled) return;
    const responses: Record<string, unknown> = {};
    for (const entry of mounted) responses[entry.question.id] = entry.control.read();
    submitted = true;
    update();
    try {
      const { result } = await api<{ result: AttemptResult }>(`/attempts/${encodeURIComponent(attempt.id)}/submit`, {
        responses,
      });
      renderResults(result, mounted, results);
    } catch (error) {
      submitted = false;
      update();
      showError((error as Error).message);
    }
  });

  root.replaceChildren(
    h(
      "section",
      { "aria-labelledby": "quiz-title" },
      h("h2", { id: "quiz-title", tabindex: "-1" }, attempt.title ?? "Quiz"),
      progress,
    ),
    results,
    form,
  );
  update();
  byId("start-form").hidden = true;
  byId("quiz-title").focus();
}

async function init(): Promise<void> {
  const select = byId("lesson-select") as HTMLSelectElement;
  const seed = byId("seed-input") as HTMLInputElement;
  const params = new URLSearchParams(location.search);
  try {
    const lessons = await api<{ id: string; title: string; questionCount: number }[]>("/lessons");
    select.replaceChildren(h("option", { value: "" }, "Choose a lesson…"));
    for (const lesson of lessons)
      select.append(h("option", { value: lesson.id }, `${lesson.title} (${lesson.questionCount} questions)`));
    select.value = params.get("lesson") ?? "";
    seed.value = params.get("seed") ?? "";
  } catch (error) {
    showError(`Could not load the lessons: ${(error as Error).message}`);
  }
  byId("start-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("");
    if (!select.value) {
      showError("Choose a lesson first.");
      select.focus();
      return;
    }
    const body: { lessonId: string; seed?: string } = { lessonId: select.value };
    if (seed.value.trim()) body.seed = seed.value.trim();
    try {
      renderQuiz(await api<PublicAttempt>("/attempts", body));
    } catch (error) {
      showError(`Could not start the quiz: ${(error as Error).message}`);
    }
  });
  document.documentElement.dataset.ready = "true";
}

void init();
