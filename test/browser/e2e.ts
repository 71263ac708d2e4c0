/// <reference types="node" />
/**
 * `<civics-quiz>` in real Chromium, against the test harness (the scoring server's HTTP contract
 * on the engine): `npx tsx test/browser/e2e.ts [--src]` (after `npm run build`, or `--src` to
 * bundle the element from its sources).
 *
 * At 1280 px and at 320 px it takes a quiz with all nine question types by keyboard alone, runs
 * axe-core and measures horizontal overflow at every state, and writes a screenshot of each state
 * to `test-output/element/`. At 1280 px it reloads mid-quiz and checks that every answer comes
 * back; at 320 px it loses the connection (and has answer requests blocked across a reload) and
 * checks that nothing is lost once requests go through again. It then checks the shown score
 * against the engine, a strict review policy (totals only), and the React example in Spanish.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type Attempt, type PublicAttempt, type PublicQuestion, scoreSubmission } from "civics-lessons";
import type { BrowserContext, Page } from "playwright-core";
import { englishStrings } from "../../src/element/strings.js";
import { mixedResponse } from "../examples/_helpers.js";
import { keyMaterialIn, launchChromium, ROOT, check as report } from "./_support.js";
import { type Harness, startHarness } from "./harness.js";

const OUT = join(ROOT, "test-output/element");
const failures: string[] = [];
const from = process.argv.includes("--src") ? "src" : "dist";
let checks = 0;

function check(ok: boolean, message: string, list: string[]): void {
  checks++;
  report(ok, message, list);
}

// A bound on the whole run, so a hung page cannot stall `npm test`.
setTimeout(() => {
  console.log("FAIL element e2e: still running after 240 s");
  process.exit(1);
}, 240_000).unref();

// ---------------------------------------------------------------------------------------------
// Reading the page

/** What has focus, looking through the element's shadow root. */
interface Focused {
  tag: string;
  type: string;
  value: string;
  text: string;
  part: string;
  question: string | null;
  checked: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? "",
      value: input.value ?? "",
      text: el.textContent ?? "",
      part: el.getAttribute("part") ?? "",
      question: el.closest("[data-question-id]")?.getAttribute("data-question-id") ?? null,
      checked: input.checked === true,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (now && match(now)) return now;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The learner's answers as the page shows them (scraped from the controls, per question). */
function shownAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const root = document.querySelector("civics-quiz")?.shadowRoot;
    const answers: Record<string, unknown> = {};
    for (const box of root?.querySelectorAll<HTMLElement>("[data-question-id]") ?? []) {
      const id = box.dataset.questionId as string;
      const type = box.dataset.type;
      const inputs = [...box.querySelectorAll<HTMLInputElement>("input[type=radio],input[type=checkbox]")];
      if (type === "ordering") {
        const keep = box.querySelector<HTMLInputElement>("input[type=checkbox]");
        answers[id] = { order: [...box.querySelectorAll(".item")].map((i) => i.textContent), kept: keep?.checked };
      } else if (type === "single-choice" || type === "true-false") answers[id] = inputs.find((i) => i.checked)?.value;
      else if (type === "multiple-choice") answers[id] = inputs.filter((i) => i.checked).map((i) => i.value);
      else
        answers[id] = [...box.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[type=text],select")].map(
          (f) => f.value,
        );
    }
    return answers;
  });
}

const text = (page: Page, selector: string) =>
  page.evaluate(
    (s) => document.querySelector("civics-quiz")?.shadowRoot?.querySelector(s)?.textContent ?? null,
    selector,
  );

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

async function axe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/axe.min.js" });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const run = (window as unknown as { axe: { run(c: Document, o: object): Promise<Result> } }).axe;
    const result = await run.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** axe, overflow and a screenshot: what every state of the page must pass. */
async function state(page: Page, label: string, full = false): Promise<void> {
  const findings = await axe(page);
  for (const f of findings) console.log(`     axe ${label}: [${f.impact}] ${f.id} ${f.nodes.slice(0, 3).join(" ")}`);
  check(findings.length === 0, `${label}: axe finds 0 violations (${findings.length})`, failures);
  const extra = await overflow(page);
  check(extra <= 0, `${label}: no horizontal overflow (${extra} px too wide)`, failures);
  await page.screenshot({ path: join(OUT, `${label}.png`), fullPage: full });
}

// ---------------------------------------------------------------------------------------------
// Answering by keyboard alone

type Mode = "reorder" | "confirm-order";

async function answerByKeyboard(page: Page, q: PublicQuestion, response: unknown, mode: Mode): Promise<void> {
  const inQ = (f: Focused) => f.question === q.id;
  const key = (k: string) => page.keyboard.press(k);
  switch (q.type) {
    case "single-choice":
    case "true-false": {
      const values = q.type === "true-false" ? ["true", "false"] : q.choices.map((c) => c.id);
      await tabTo(page, `the first option of ${q.id}`, (f) => inQ(f) && f.type === "radio");
      const target = values.indexOf(String(response));
      if (target === 0) await key("Space");
      for (let i = 0; i < target; i++) await key("ArrowDown");
      return;
    }
    case "multiple-choice": {
      const wanted = response as string[];
      let first = await tabTo(page, `a checkbox of ${q.id}`, (f) => inQ(f) && f.type === "checkbox");
      for (let i = 0; i < q.choices.length; i++) {
        if (wanted.includes(first.value) && !first.checked) await key("Space");
        await key("Tab");
        first = (await focused(page)) as Focused;
      }
      return;
    }
    case "short-text":
      await tabTo(page, `the text box of ${q.id}`, (f) => inQ(f) && f.tag === "input");
      await page.keyboard.type(String(response));
      return;
    case "numeric": {
      await tabTo(page, `the number box of ${q.id}`, (f) => inQ(f) && f.tag === "input");
      await page.keyboard.type("about 12");
      const status = await text(page, `[data-question-id="${q.id}"] .status`);
      check(status === englishStrings.reasons.not_a_number, `numeric: "about 12" is flagged (${status})`, failures);
      await key("Control+A");
      await page.keyboard.type(String(response));
      return;
    }
    case "ordering": {
      if (mode === "confirm-order") {
        await tabTo(page, `the keep-order box of ${q.id}`, (f) => inQ(f) && f.type === "checkbox");
        await key("Space");
        return;
      }
      const words = new Map(q.items.map((item) => [item.id, item.text.replace(/\*/g, "")]));
      const target = response as string[];
      for (const [position, id] of target.entries()) {
        const order = (await shownAnswers(page))[q.id] as { order: string[] };
        const now = order.order.indexOf(words.get(id) as string);
        if (now === position) continue;
        await tabTo(
          page,
          `Move up for ${id}`,
          (f) => inQ(f) && f.text === `${englishStrings.moveUp}: ${words.get(id)}`,
        );
        for (let i = now; i > position; i--) await key("Enter");
        const still = await focused(page);
        check(
          still?.text.startsWith(englishStrings.moveUp) === true,
          "ordering: focus stays on Move up after moving",
          failures,
        );
      }
      return;
    }
    case "matching":
    case "categorize": {
      const entries = q.type === "matching" ? q.premises : q.items;
      const choices = (q.type === "matching" ? q.responses : q.categories).map((c) => c.id);
      for (const entry of entries) {
        await tabTo(page, `the next select of ${q.id}`, (f) => inQ(f) && f.tag === "select" && f.value === "");
        const wanted = (response as Record<string, string>)[entry.id] as string;
        for (let i = 0; i <= choices.indexOf(wanted); i++) await key("ArrowDown");
      }
      return;
    }
    case "cloze":
      for (const blank of q.blanks) {
        await tabTo(
          page,
          `an empty blank of ${q.id}`,
          (f) => inQ(f) && (f.tag === "select" || f.type === "text") && f.value === "",
        );
        const wanted = (response as Record<string, string>)[blank.id] as string;
        if (blank.kind === "text") await page.keyboard.type(wanted);
        else for (let i = 0; i <= blank.choices.findIndex((c) => c.id === wanted); i++) await key("ArrowDown");
      }
      return;
  }
}

/** Waits until the element says every answer is saved. */
async function allSaved(page: Page, what: string): Promise<void> {
  try {
    await page.waitForFunction(
      (saved) => document.querySelector("civics-quiz")?.shadowRoot?.querySelector(".save")?.textContent === saved,
      englishStrings.saved,
      { timeout: 15000 },
    );
    check(true, `${what}: the page says every answer is saved`, failures);
  } catch {
    check(false, `${what}: the page never said every answer is saved (${await text(page, ".save")})`, failures);
  }
}

/** The responses the server holds for an attempt. */
function serverResponses(harness: Harness, id: string): Record<string, unknown> {
  const attempt = harness.attempts.get(id);
  return Object.fromEntries(Object.entries(attempt?.answers ?? {}).map(([q, a]) => [q, a.response]));
}

/** JSON with record keys sorted, so two records with the same entries compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

// ---------------------------------------------------------------------------------------------

async function takeQuiz(context: BrowserContext, harness: Harness, width: number): Promise<void> {
  const tag = `${width}`;
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  // While the test itself blocks answer requests, Chromium logs each refused request; those, and
  // only those, are expected then.
  let blocking = false;
  let refused = 0;
  page.on("console", (m) => {
    if (blocking && m.text() === "Failed to load resource: net::ERR_INTERNET_DISCONNECTED") refused++;
    else if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  const bodiesBeforeSubmit: string[] = [];
  let submitted = false;
  page.on("request", (r) => {
    if (r.url().endsWith("/submit")) submitted = true;
  });
  page.on("response", (r) => {
    if (!submitted && /\/(attempts|lessons)/.test(r.url()))
      void r.text().then(
        (b) => bodiesBeforeSubmit.push(b),
        () => {},
      );
  });

  // The plain page's lesson, three-branches-and-checks, has questions of all nine types.
  await page.goto(`${harness.url}/plain-html/`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await state(page, `${tag}-1-start`);

  // Keyboard only from here: Tab to Start, Enter.
  await tabTo(page, "the Start button", (f) => f.part.includes("start"), 10);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
  );
  const attemptId = new URL(page.url()).searchParams.get("attempt") as string;
  check(!!attemptId, `${tag}: the attempt id is in the page's URL (${attemptId})`, failures);
  const title = await focused(page);
  check(title?.part === "title", `${tag}: focus moves to the quiz title after starting (${title?.part})`, failures);
  const view = harness.attempts.get(attemptId);
  if (!view) throw new Error("the harness has no attempt");
  const pub = (await page.evaluate(
    async (id) => (await (await fetch(`/attempts/${id}`)).json()).attempt,
    attemptId,
  )) as PublicAttempt;
  const types = new Set(pub.questions.map((q) => q.type));
  check(types.size === 9, `${tag}: all 9 question types (${[...types].join(", ")})`, failures);
  const timer = await text(page, ".timer");
  check(/^Time left: \d+:\d\d$/.test(timer ?? ""), `${tag}: the deadline shows as a timer (${timer})`, failures);
  const progress = await text(page, ".progress");
  check(
    progress === `0 of ${pub.questions.length} questions answered`,
    `${tag}: nothing counts as answered yet, ordering included (${progress})`,
    failures,
  );
  await state(page, `${tag}-2-quiz`);

  const hinted = pub.questions.find((q) => q.hintCount > 0);
  const planned: Record<string, unknown> = {};
  const half = Math.ceil(pub.questions.length / 2);
  for (const [i, q] of pub.questions.entries()) {
    const full = view.questions.find((f) => f.id === q.id) as Attempt["questions"][number];
    const response = mixedResponse(full, q, i);
    planned[q.id] = response;
    await answerByKeyboard(page, q, response, width === 320 ? "confirm-order" : "reorder");
    if (q.type === "ordering" && width === 320) planned[q.id] = q.items.map((item) => item.id);
    const status = await text(page, `[data-question-id="${q.id}"] .status`);
    check(
      status === englishStrings.answered,
      `${tag}: question ${i + 1} (${q.type}) answered by keyboard (${status})`,
      failures,
    );
    if (q === hinted) {
      // A hint, by keyboard (the button follows the controls); focus moves to the hint.
      await tabTo(page, "Show a hint", (f) => f.question === q.id && f.part.includes("hint"));
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () => document.querySelector("civics-quiz")?.shadowRoot?.activeElement?.getAttribute("part") === "hint",
        null,
        { timeout: 5000 },
      );
      check(true, `${tag}: a hint is revealed and focused`, failures);
      await state(page, `${tag}-3-hint`);
    }

    if (width === 1280 && i + 1 === half) {
      // Reload mid-quiz: every answer comes back.
      await allSaved(page, `${tag} before reload`);
      const before = await shownAnswers(page);
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
      );
      const after = await shownAnswers(page);
      check(same(before, after), `${tag}: a reload after ${half} answers shows every answer again`, failures);
      await state(page, `${tag}-4-resumed`);
    }
    if (width === 320 && i + 1 === half) {
      // An offline spell: answers wait on the device, then go out when the connection returns.
      await context.setOffline(true);
      const offlineQs = pub.questions.slice(half, half + 3);
      for (const [j, oq] of offlineQs.entries()) {
        const ofull = view.questions.find((f) => f.id === oq.id) as Attempt["questions"][number];
        planned[oq.id] = mixedResponse(ofull, oq, half + j);
        await answerByKeyboard(page, oq, planned[oq.id], "confirm-order");
        if (oq.type === "ordering") planned[oq.id] = oq.items.map((item) => item.id);
      }
      await page.waitForFunction(
        () =>
          document.querySelector("civics-quiz")?.shadowRoot?.querySelector(".save")?.getAttribute("data-state") ===
          "unsaved",
      );
      const note = await text(page, ".save");
      check(
        note?.startsWith("Answers not saved yet: ") === true,
        `${tag}: offline, the page says answers are not saved yet (${note})`,
        failures,
      );
      const stored = await page.evaluate((id) => localStorage.getItem(`civics-quiz:pending:${id}`), attemptId);
      const queued = Object.keys(JSON.parse(stored ?? "{}"));
      check(
        offlineQs.every((q) => queued.includes(q.id)),
        `${tag}: the offline answers wait in localStorage (${queued.length})`,
        failures,
      );
      const onServer = serverResponses(harness, attemptId);
      check(
        offlineQs.every((q) => !(q.id in onServer)),
        `${tag}: the server has none of them yet`,
        failures,
      );
      await state(page, `${tag}-4-offline`);
      await context.setOffline(false);
      await allSaved(page, `${tag} after reconnecting`);
      const now = serverResponses(harness, attemptId);
      check(
        offlineQs.every((q) => same(now[q.id], planned[q.id])),
        `${tag}: after reconnecting the server has every offline answer`,
        failures,
      );

      // Requests blocked across a reload: the queue in localStorage survives and is sent later.
      const blocked = pub.questions[half + 3] as PublicQuestion;
      const bfull = view.questions.find((f) => f.id === blocked.id) as Attempt["questions"][number];
      planned[blocked.id] = mixedResponse(bfull, blocked, half + 3);
      blocking = true;
      await page.route("**/answers/**", (route) => route.abort("internetdisconnected"));
      await answerByKeyboard(page, blocked, planned[blocked.id], "confirm-order");
      if (blocked.type === "ordering") planned[blocked.id] = blocked.items.map((item) => item.id);
      await page.waitForFunction(
        () =>
          document.querySelector("civics-quiz")?.shadowRoot?.querySelector(".save")?.getAttribute("data-state") ===
          "unsaved",
      );
      const shown = await shownAnswers(page);
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
      );
      const restored = await shownAnswers(page);
      check(
        same(shown, restored),
        `${tag}: an unsent answer is shown again after a reload (from localStorage)`,
        failures,
      );
      check(
        !(blocked.id in serverResponses(harness, attemptId)),
        `${tag}: while blocked, the server lacks it`,
        failures,
      );
      await page.unroute("**/answers/**");
      await allSaved(page, `${tag} after unblocking`);
      blocking = false;
      console.log(`     ${refused} answer request(s) refused while blocked`);
      check(
        same(serverResponses(harness, attemptId)[blocked.id], planned[blocked.id]),
        `${tag}: after unblocking the server has it`,
        failures,
      );
      // Continue after the questions answered during the spell.
      for (const [j, q2] of pub.questions.slice(half + 4).entries()) {
        const f2 = view.questions.find((f) => f.id === q2.id) as Attempt["questions"][number];
        planned[q2.id] = mixedResponse(f2, q2, half + 4 + j);
        await answerByKeyboard(page, q2, planned[q2.id], "confirm-order");
        if (q2.type === "ordering") planned[q2.id] = q2.items.map((item) => item.id);
      }
      break;
    }
  }
  await allSaved(page, `${tag} all answered`);
  check(
    (await text(page, ".progress")) === `${pub.questions.length} of ${pub.questions.length} questions answered`,
    `${tag}: every question counts as answered`,
    failures,
  );
  const held = serverResponses(harness, attemptId);
  const mismatched = Object.keys(planned).filter((id) => !same(held[id], planned[id]));
  check(
    mismatched.length === 0,
    `${tag}: the server autosaved every planned answer (${mismatched.map((id) => `${id}: ${canonical(held[id])} vs ${canonical(planned[id])}`).join("; ") || "all match"})`,
    failures,
  );
  if (mismatched.length > 0) console.log(harness.log.filter((l) => mismatched.some((id) => l.includes(id))).join("\n"));
  await page.evaluate(() => scrollTo(0, 0));
  await state(page, `${tag}-5-answered`);
  await page.screenshot({ path: join(OUT, `${tag}-5-answered-full.png`), fullPage: true });

  // Submit by keyboard.
  const beforeSubmit = structuredClone(harness.open.get(attemptId) as Attempt);
  await tabTo(page, "Submit", (f) => f.part.includes("submit"), 200);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part=score]"));
  const heading = await focused(page);
  check(
    heading?.text === englishStrings.result,
    `${tag}: focus moves to the result heading (${heading?.text})`,
    failures,
  );
  const scored = scoreSubmission(beforeSubmit, planned, { now: new Date() });
  if (!scored.accepted) throw new Error(`the engine refused the planned responses: ${scored.reason}`);
  const expected = scored.result;
  const score = await text(page, "[part=score]");
  check(
    score?.includes(`(${expected.percent}%)`) === true && expected.earned > 0 && expected.earned < expected.possible,
    `${tag}: the score shown is the engine's (${score}; engine ${expected.earned}/${expected.possible})`,
    failures,
  );
  await page.waitForFunction(() =>
    document
      .querySelector("civics-quiz")
      ?.shadowRoot?.querySelector("[role=status]")
      ?.textContent?.startsWith("Answers submitted."),
  );
  check(true, `${tag}: the live region announces the score`, failures);
  const reviews = await page.evaluate(
    () => document.querySelector("civics-quiz")?.shadowRoot?.querySelectorAll("[part=feedback]").length,
  );
  check(reviews === pub.questions.length, `${tag}: every question shows its review (${reviews})`, failures);
  await state(page, `${tag}-6-result`);
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => {
    const root = document.querySelector("civics-quiz")?.shadowRoot;
    const visible = [...(root?.querySelectorAll("button") ?? [])].filter((b) => b.getClientRects().length > 0);
    return {
      buttons: visible.length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  check(
    printed.buttons === 0 && printed.overflow <= 0,
    `${tag}: printed, no buttons show and nothing overflows (${printed.buttons})`,
    failures,
  );
  await page.screenshot({ path: join(OUT, `${tag}-6-result-print.png`), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  for (const type of ["ordering", "matching", "cloze", "multiple-choice"])
    await page
      .locator(`civics-quiz [data-type="${type}"]`)
      .first()
      .screenshot({ path: join(OUT, `${tag}-6-review-${type}.png`) });
  await page.screenshot({ path: join(OUT, `${tag}-6-result-full.png`), fullPage: true });

  const leaks = bodiesBeforeSubmit.flatMap((b) => {
    try {
      return keyMaterialIn(JSON.parse(b));
    } catch {
      return [];
    }
  });
  check(
    leaks.length === 0,
    `${tag}: no answer-key material reached the page before submitting (${bodiesBeforeSubmit.length} responses)`,
    failures,
  );
  check(
    problems.length === 0,
    `${tag}: 0 console errors${problems.length ? `: ${problems.join(" | ")}` : ""}`,
    failures,
  );
  await page.close();
}

/** A strict review policy (the score now, the rest from a far date) and a limit of one attempt. */
async function strictReview(context: BrowserContext, harness: Harness): Promise<void> {
  harness.setReview("strict");
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${harness.url}/plain-html/`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await tabTo(page, "the Start button", (f) => f.part.includes("start"), 10);
  await page.keyboard.press("Enter");
  await tabTo(page, "Submit", (f) => f.part.includes("submit"), 200);
  await page.keyboard.press("Enter");
  const confirm = await focused(page);
  const total = [...harness.attempts.values()].at(-1)?.questions.length;
  check(
    confirm?.text.startsWith(`Questions not answered yet: ${total}.`) === true,
    `strict: submitting with nothing answered asks first (${confirm?.text})`,
    failures,
  );
  await state(page, "1280-7-confirm");
  await tabTo(page, "Submit anyway", (f) => f.part.includes("confirm"), 5);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part=score]"));
  const counts = await page.evaluate(() => {
    const root = document.querySelector("civics-quiz")?.shadowRoot;
    return {
      feedback: root?.querySelectorAll("[part=feedback]").length,
      result: root?.querySelector("[part=result]")?.textContent,
    };
  });
  check(
    counts.feedback === 0,
    `strict: no per-question review when the policy withholds it (${counts.feedback})`,
    failures,
  );
  check(
    counts.result?.includes("More feedback will be shown from") === true &&
      counts.result.includes("Attempt 1 of 1.") &&
      counts.result.includes("(0%)"),
    `strict: the result shows the score, the attempts, and when more will be shown (${counts.result})`,
    failures,
  );
  await state(page, "1280-8-score-only");
  await page.close();

  // The one attempt is used: a new start is refused, and the element says so.
  const again = await context.newPage();
  await again.setViewportSize({ width: 1280, height: 900 });
  await again.goto(`${harness.url}/plain-html/`);
  await again.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await again.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { errors: unknown[] }).errors = seen;
    document.addEventListener("civics-error", (event) => seen.push((event as CustomEvent).detail));
  });
  await tabTo(again, "the Start button", (f) => f.part.includes("start"), 10);
  await again.keyboard.press("Enter");
  await again.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=retry]"));
  const alert = await text(again, "[role=alert]");
  check(alert === "No attempts are left for this quiz.", `strict: a refused start says why (${alert})`, failures);
  const events = await again.evaluate(
    () => (window as unknown as { errors: { code: string; operation: string }[] }).errors,
  );
  check(
    events.length === 1 && events[0]?.code === "attempts_exhausted" && events[0].operation === "load",
    `strict: the host hears civics-error (${JSON.stringify(events)})`,
    failures,
  );
  await state(again, "1280-9-no-attempts-left");
  await again.close();
  harness.setReview("full");
}

/** A deadline that passes: the timer counts down, then says so, and the live region announces it. */
async function deadline(context: BrowserContext, harness: Harness): Promise<void> {
  harness.setTimeLimit(3);
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${harness.url}/plain-html/`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await tabTo(page, "the Start button", (f) => f.part.includes("start"), 10);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector(".timer"));
  const counting = await text(page, ".timer");
  check(/^Time left: 0:0[1-3]$/.test(counting ?? ""), `deadline: the timer counts down (${counting})`, failures);
  await page.waitForFunction(
    (up) => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[role=status]")?.textContent === up,
    englishStrings.timeUp,
    { timeout: 8000 },
  );
  check(
    (await text(page, ".timer")) === englishStrings.timeUp,
    "deadline: the timer says time is up, and it is announced",
    failures,
  );
  await state(page, "320-10-time-up");
  await page.close();
  harness.setTimeLimit(1800);
}

/** An address with an attempt the server does not know: the learner is told, and may start afresh. */
async function unknownAttempt(context: BrowserContext, harness: Harness): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${harness.url}/plain-html/?attempt=no-such-attempt`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=retry]"));
  const alert = await text(page, "[role=alert]");
  check(
    alert === "The server refused the request: no such attempt",
    `unknown attempt: the learner is told (${alert})`,
    failures,
  );
  await state(page, "320-11-unknown-attempt");
  await tabTo(page, "the Start button", (f) => f.part.includes("start"), 10);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
  );
  const id = new URL(page.url()).searchParams.get("attempt");
  check(
    !!id && id !== "no-such-attempt" && harness.attempts.has(id),
    `unknown attempt: Start opens a new one (${id})`,
    failures,
  );
  await page.close();
}

/** The React example: the element inside a React 19 tree, in Spanish, with events reaching React. */
async function reactPage(context: BrowserContext, harness: Harness): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${harness.url}/react-page/`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await tabTo(page, "Empezar", (f) => f.part.includes("start"), 20);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
  );
  const chrome = await page.evaluate(() => {
    const root = document.querySelector("civics-quiz")?.shadowRoot;
    // The interface's own words: everything but lesson content (prompts, options, excerpts).
    const clone = root?.querySelector(".root")?.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll("legend > :not(.num), label, option, figure, .item, .cloze, [part=title]"))
      el.remove();
    return clone.textContent ?? "";
  });
  const english = Object.entries(englishStrings)
    .filter(([, v]) => typeof v === "string" && v.length > 3 && !v.includes("{"))
    .map(([, v]) => v as string)
    .filter((v) => chrome.includes(v));
  check(
    english.length === 0,
    `react: the Spanish interface shows no English string (${english.join(" | ")})`,
    failures,
  );
  await tabTo(page, "a first answer", (f) => f.type === "radio");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector("[data-answers]")?.getAttribute("data-answers") === "1");
  check(true, "react: React receives civics-answer events", failures);
  await state(page, "390-react-es");
  check(
    problems.length === 0,
    `react: 0 console errors${problems.length ? `: ${problems.join(" | ")}` : ""}`,
    failures,
  );
  await page.close();
}

/** The browser-embed example: a lesson picker and a language switch around the element. */
async function embedPage(context: BrowserContext, harness: Harness): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${harness.url}/browser-embed/?lesson=three-branches-and-checks`);
  await page.waitForFunction(() => document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[part~=start]"));
  await tabTo(page, "the language switch", (f) => f.tag === "select" && f.value === "en", 5);
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "Empezar", (f) => f.part.includes("start"), 5);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("civics-quiz")?.shadowRoot?.querySelector("[data-question-id]"),
  );
  const progress = await text(page, ".progress");
  check(
    progress?.startsWith("0 de ") === true,
    `embed: switching the language by keyboard gives a Spanish quiz (${progress})`,
    failures,
  );
  await state(page, "390-embed-es");
  check(
    problems.length === 0,
    `embed: 0 console errors${problems.length ? `: ${problems.join(" | ")}` : ""}`,
    failures,
  );
  await page.close();
}

const started = Date.now();
let harness: Harness | undefined;
const browser = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  harness = await startHarness({ from });
  for (const width of [1280, 320]) {
    const context = await browser.newContext();
    await takeQuiz(context, harness, width);
    if (width === 1280) await strictReview(context, harness);
    else {
      await deadline(context, harness);
      await unknownAttempt(context, harness);
    }
    await context.close();
  }
  const context = await browser.newContext();
  await reactPage(context, harness);
  await embedPage(context, harness);
  await context.close();
} catch (error) {
  failures.push(`crashed: ${(error as Error).stack ?? String(error)}`);
} finally {
  await browser.close();
  await harness?.close();
}
const passed = failures.length === 0;
console.log(
  `\n${passed ? "PASS" : "FAIL"} element e2e in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${OUT}`,
);
for (const failure of failures) console.log(`  - ${failure}`);
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exitCode = passed ? 0 : 1;
