/// <reference types="node" />
/**
 * End-to-end check of the browser embed against the scoring server, in real Chromium:
 * `npx tsx test/browser/e2e.ts` (after `npm run build`; the embed bundles the built package).
 *
 * It answers every question type with clicks and keys, submits, and checks that the page shows the
 * score the engine computes for the same responses; that nothing the browser received before
 * submitting carried answer-key material; and that axe-core finds no serious or critical problem.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type Attempt,
  type PublicAttempt,
  type PublicQuestionMap,
  type QuestionType,
  scoreSubmission,
} from "civics-lessons";
import type { Locator, Page } from "playwright-core";
import { buildEmbed } from "../../examples/browser-embed/build.js";
import { createMemoryStore, createServer } from "../../examples/server-scoring/server.js";
import { mixedResponse } from "../examples/_helpers.js";
import {
  type AxeViolation,
  baseUrl,
  check,
  keyMaterialIn,
  launchChromium,
  ROOT,
  runAxe,
  SCREENSHOTS,
} from "./_support.js";

const LESSON = "three-branches-and-checks"; // its questions cover all nine types
const SEED = "browser-e2e";
const failures: string[] = [];

// ---------------------------------------------------------------------------------------------
// How to give an answer through the page: clicks for choices, keys for everything else.

type Act<K extends QuestionType> = (
  page: Page,
  box: Locator,
  pub: PublicQuestionMap[K],
  response: never,
) => Promise<void>;

/** Picks the option with this value in a closed <select> using only the arrow keys. */
async function chooseByKeys(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value}`);
  await select.focus();
  const current = values.indexOf(await select.inputValue());
  const key = target > current ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  const chosen = await select.inputValue();
  if (chosen !== value) throw new Error(`arrow keys chose "${chosen}", not "${value}"`);
}

async function typeInto(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await page.keyboard.type(text);
}

const acts = {
  "single-choice": async (_page, box, _pub, id: string) => {
    await box.locator(`label[data-option="${id}"]`).click();
  },
  "multiple-choice": async (page, box, _pub, ids: string[]) => {
    for (const id of ids) {
      await box.locator(`input[value="${id}"]`).focus();
      await page.keyboard.press("Space");
    }
  },
  "true-false": async (_page, box, _pub, answer: boolean) => {
    await box.locator(`label[data-option="${String(answer)}"]`).click();
  },
  "short-text": async (page, box, _pub, text: string) => typeInto(page, box.locator("input[type=text]"), text),
  numeric: async (page, box, _pub, text: string) => {
    const input = box.locator("input[type=text]");
    // A wrong entry first: the page must flag it and keep Submit disabled.
    await typeInto(page, input, "about 12");
    const status = await box.locator(".status").textContent();
    check(status?.includes("plain number") === true, `numeric: "about 12" is flagged (${status})`, failures);
    await input.fill("");
    await page.keyboard.type(text);
  },
  ordering: async (page, box, _pub, target: string[]) => {
    for (const [position, id] of target.entries()) {
      const order = await box
        .locator("li[data-item]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-item")));
      const up = box.locator(`button[data-move="up"][data-item="${id}"]`);
      await up.focus();
      for (let i = order.indexOf(id); i > position; i--) await page.keyboard.press("Enter");
    }
    const focusKept = await page.evaluate(() => document.activeElement?.getAttribute("data-move") === "up");
    check(focusKept, "ordering: focus stays on the Move up button after moving", failures);
  },
  matching: async (page, box, _pub, record: Record<string, string>) => {
    for (const [premise, response] of Object.entries(record))
      await chooseByKeys(page, box.locator(`select[data-entry="${premise}"]`), response);
  },
  categorize: async (page, box, _pub, record: Record<string, string>) => {
    for (const [item, category] of Object.entries(record))
      await chooseByKeys(page, box.locator(`select[data-entry="${item}"]`), category);
  },
  cloze: async (page, box, pub, record: Record<string, string>) => {
    for (const blank of pub.blanks) {
      const field = box.locator(`[data-blank="${blank.id}"]`);
      const value = record[blank.id] ?? "";
      if (blank.kind === "choice") await chooseByKeys(page, field, value);
      else await typeInto(page, field, value);
    }
  },
} satisfies { [K in QuestionType]: Act<K> };

// ---------------------------------------------------------------------------------------------

function seriousOf(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

function reportAxe(label: string, violations: AxeViolation[]): void {
  for (const v of violations)
    console.log(`     axe ${label}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.join(", ")})`);
  check(
    seriousOf(violations).length === 0,
    `axe ${label}: ${violations.length} violation(s), none serious or critical`,
    failures,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("dist/index.js is missing: run npm run build first");
  const built = await buildEmbed({ from: "dist" });
  console.log(`embed bundled from ${built.from}: ${(built.bytes / 1024).toFixed(1)} kB`);

  // Keep the last unsubmitted version of each attempt, to score the same responses independently.
  const store = createMemoryStore();
  const open = new Map<string, Attempt>();
  const server = createServer({
    store: {
      get: (id) => store.get(id),
      set: (attempt) => {
        if (attempt.submittedAt === null) open.set(attempt.id, structuredClone(attempt));
        return store.set(attempt);
      },
    },
    onError: (error) => failures.push(`server error: ${String(error)}`),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = baseUrl(server.address());
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

    // Record every response; those that arrive before the submit request must carry no key material.
    let submitSent = false;
    let postedBody: string | null = null;
    const received: { url: string; status: number; body: string; beforeSubmit: boolean }[] = [];
    const pending: Promise<void>[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/submit")) {
        submitSent = true;
        postedBody = request.postData();
      }
    });
    page.on("response", (response) => {
      const beforeSubmit = !submitSent;
      pending.push(
        response
          .text()
          .catch(() => "")
          .then((body) => {
            received.push({ url: response.url(), status: response.status(), body, beforeSubmit });
          }),
      );
    });

    await page.goto(`${base}/?lesson=${LESSON}&seed=${SEED}`);
    await page.waitForSelector("html[data-ready=true]");
    await page.screenshot({ path: join(SCREENSHOTS, "1-start.png"), fullPage: true });
    reportAxe("start page", await runAxe(page));

    // Keyboard only: Tab to the Start button and press Enter.
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "start-button" && tabs++ < 12)
      await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
    check(Number.parseFloat(outline) >= 2, `focus is visible on the Start button (outline ${outline})`, failures);
    const created = page.waitForResponse((r) => r.url().endsWith("/attempts") && r.request().method() === "POST");
    await page.keyboard.press("Enter");
    const view = (await (await created).json()) as PublicAttempt;
    await page.waitForSelector("#quiz-form");
    const attempt = open.get(view.id);
    if (!attempt) throw new Error("the server did not store the attempt");

    const types = new Set(view.questions.map((q) => q.type));
    check(types.size === 9, `the quiz has all 9 question types (${[...types].join(", ")})`, failures);
    const submit = page.locator("#submit-button");
    check(await submit.isDisabled(), "Submit is disabled before any answer", failures);
    reportAxe("unanswered quiz", await runAxe(page));

    // A hint, fetched on demand from the server.
    const withHint = view.questions.findIndex((q) => q.hintCount > 0);
    if (withHint >= 0) {
      await page.locator(`#q${withHint + 1} button[data-hint]`).click();
      await page
        .locator(`#q${withHint + 1} .hint-list li`)
        .first()
        .waitFor();
      check(true, `hint shown for question ${withHint + 1}`, failures);
    }

    const planned: Record<string, unknown> = {};
    for (const [i, pub] of view.questions.entries()) {
      const full = attempt.questions.find((q) => q.id === pub.id);
      if (!full) throw new Error(`question ${pub.id} missing on the server`);
      const response = mixedResponse(full, pub, i); // the key for even positions, something else for odd ones
      planned[pub.id] = response;
      const box = page.locator(`#q${i + 1}`);
      await (acts[pub.type] as Act<QuestionType>)(page, box, pub as never, response as never);
      const status = await box.locator(".status").textContent();
      check(status === "Answered.", `question ${i + 1} (${pub.type}) answered: ${status}`, failures);
      const enabled = await submit.isEnabled();
      check(
        enabled === (i === view.questions.length - 1),
        `Submit ${enabled ? "enabled" : "disabled"} after ${i + 1} of ${view.questions.length}`,
        failures,
      );
    }
    await page.screenshot({ path: join(SCREENSHOTS, "2-answered.png"), fullPage: true });
    const ordering = view.questions.findIndex((q) => q.type === "ordering");
    await page
      .locator(`#q${ordering + 1} button[data-move="up"]`)
      .nth(2)
      .focus();
    await page.locator(`#q${ordering + 1}`).screenshot({ path: join(SCREENSHOTS, "2-ordering-focus.png") });
    reportAxe("answered quiz", await runAxe(page));

    await submit.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#score");
    await Promise.all(pending);

    // The page posted exactly what was planned, and shows what the engine computes for it.
    const posted = JSON.parse(postedBody ?? "null") as { responses: Record<string, unknown> };
    check(deepEqual(posted.responses, planned), "the page posted the planned responses", failures);
    const expected = scoreSubmission(attempt, planned, { now: new Date() }).result!;
    const shown = await page.locator("#score").evaluate((el) => ({
      earned: Number(el.getAttribute("data-earned")),
      possible: Number(el.getAttribute("data-possible")),
      percent: Number(el.getAttribute("data-percent")),
      text: el.textContent ?? "",
    }));
    console.log(`     shown: ${shown.text}`);
    console.log(`     engine: ${expected.earned} of ${expected.possible} (${expected.percent}%)`);
    check(
      shown.earned === expected.earned && shown.possible === expected.possible && shown.percent === expected.percent,
      "the displayed score equals scoreSubmission for the same responses",
      failures,
    );
    check(shown.text.includes(`(${expected.percent}%)`), "the score text shows the engine's percent", failures);
    check(
      expected.earned > 0 && expected.earned < expected.possible,
      "the score is partial (some right, some wrong)",
      failures,
    );
    const explanations = await page.locator(".result").count();
    check(explanations === view.questions.length, `every question shows its result (${explanations})`, failures);
    const focused = await page.evaluate(() => document.activeElement?.id);
    check(focused === "results-heading", "focus moves to the results heading", failures);
    await page.waitForFunction(() => document.getElementById("announcer")?.textContent?.includes("Score:"));
    check(true, "the live region announces the score", failures);

    // Nothing before the submit request carried answer keys, explanations or feedback.
    const before = received.filter((r) => r.beforeSubmit);
    const explanationTexts = attempt.questions.map((q) => q.explanation);
    let leaks = 0;
    for (const r of before) {
      let keys: string[] = [];
      try {
        keys = keyMaterialIn(JSON.parse(r.body));
      } catch {
        // not JSON (HTML, JS, CSS): checked for explanation text below
      }
      const texts = explanationTexts.filter((text) => r.body.includes(text)).length;
      if (keys.length > 0 || texts > 0) {
        leaks++;
        console.log(`     leak in ${r.url}: ${keys.slice(0, 5).join(", ")} ${texts} explanation(s)`);
      }
    }
    check(leaks === 0, `no key material in the ${before.length} responses received before submitting`, failures);
    const after = received.find((r) => r.url.endsWith("/submit"));
    check(
      after !== undefined && keyMaterialIn(JSON.parse(after.body)).length > 0,
      "the submit response does carry feedback",
      failures,
    );

    await page.screenshot({ path: join(SCREENSHOTS, "3-results.png"), fullPage: true });
    await page.locator("#results").screenshot({ path: join(SCREENSHOTS, "4-score.png") });
    for (const type of ["ordering", "matching", "cloze"] as const) {
      const index = view.questions.findIndex((q) => q.type === type);
      await page.locator(`#q${index + 1}`).screenshot({ path: join(SCREENSHOTS, `5-${type}-result.png`) });
    }
    reportAxe("results", await runAxe(page));
    check(
      problems.length === 0,
      `no console errors or page errors${problems.length ? `: ${problems.join(" | ")}` : ""}`,
      failures,
    );
    const statuses = received.map((r) => r.status);
    check(
      statuses.every((s) => s < 400),
      `every response succeeded (${statuses.length} responses)`,
      failures,
    );
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return a === b;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const started = Date.now();
try {
  await main();
} catch (error) {
  failures.push(`crashed: ${(error as Error).stack ?? String(error)}`);
  console.error(error);
}
console.log(
  `\n${failures.length === 0 ? "PASS" : "FAIL"} browser e2e in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${SCREENSHOTS}`,
);
for (const failure of failures) console.log(`  - ${failure}`);
process.exitCode = failures.length === 0 ? 0 : 1;
