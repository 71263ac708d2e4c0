/// <reference types="node" />
/**
 * Browser check of the built docs site (run `npm run docs` first): serves docs/site on 127.0.0.1,
 * walks from the home page to the Lessons index, one lesson's guide, its student quiz and its answer
 * key in Chromium, and checks that each renders the lesson's title and first question (and that the
 * quiz shows no answers), with no console errors or failed requests. Screenshots go to
 * test-output/screenshots/docs-*.png, including the answer key under print media.
 *
 * Usage: npx tsx test/docs/browser-docs.ts [lesson-id]   (run with tsx, not vitest)
 */
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { lessons } from "../../lessons/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const site = join(root, "docs/site");
const shots = join(root, "test-output/screenshots");
const lessonId = process.argv[2] ?? "three-branches-and-checks";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Markdown reduced to the text a reader sees, for comparing a prompt with a rendered heading. */
const visible = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

const lesson = lessons[lessonId];
if (!lesson) throw new Error(`unknown lesson "${lessonId}"`);
if (!existsSync(join(site, "index.html"))) throw new Error("docs/site/index.html is missing: run `npm run docs` first");
const first = lesson.questions[0];
if (!first) throw new Error(`lesson "${lessonId}" has no questions`);
const firstPrompt = visible(first.prompt);

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
  let file = join(site, path);
  if (file.startsWith(site) && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!file.startsWith(site) || !existsSync(file)) {
    response.writeHead(404).end("not found");
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const profile = await mkdtemp(join(tmpdir(), "docs-chromium-"));
let context: BrowserContext | undefined;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));

  /** The text a reader sees in the first element matching `selector`. */
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, which is what we check
  const shown = (selector: string) => page.locator(selector).first().innerText();

  /** Opens a page, waits for TypeDoc to show it, screenshots it and returns its main text. */
  const visit = async (path: string, shot: string): Promise<string> => {
    await page.goto(base + path, { waitUntil: "load" });
    await page.locator(".tsd-typography").first().waitFor({ state: "visible" });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(shots, `${shot}.png`) });
    return shown(".col-content");
  };
  const heading = () => shown(".tsd-typography h1");
  const firstQuestion = () => shown(".tsd-typography h3");
  const clickThrough = async (name: string | RegExp) => {
    const from = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== from), page.getByRole("link", { name }).first().click()]);
  };

  mkdirSync(shots, { recursive: true });

  const home = await visit("index.html", "docs-index");
  check((await shown("h1")) === "civics-lessons", "home page renders its title");
  check(home.includes("Lessons"), "home page links to the Lessons section");

  await clickThrough(/^Lessons$/);
  const index = await visit(page.url().slice(base.length), "docs-lessons");
  check(index.includes(lesson.title), `Lessons index lists "${lesson.title}"`);

  await clickThrough(lesson.title);
  const guidePath = page.url().slice(base.length);
  check(guidePath === `documents/lessons/${lessonId}.html`, `lesson guide lives at a stable URL (${guidePath})`);
  const guide = await visit(guidePath, "docs-lesson");
  check((await heading()) === lesson.title, "lesson guide renders the lesson's title");
  for (const section of ["Objectives", "Key terms", "Reading", "Discussion questions", "Sources"]) {
    check(guide.includes(section), `lesson guide has "${section}"`);
  }

  await clickThrough(/^Student quiz$/);
  const quizPath = page.url().slice(base.length);
  const quiz = await visit(quizPath, "docs-quiz");
  check((await heading()).includes(lesson.title), "student quiz renders the lesson's title");
  check(visible(await firstQuestion()) === `1. ${firstPrompt}`, "student quiz renders the first question");
  check(!quiz.includes("Why:") && !quiz.includes(visible(first.explanation)), "student quiz shows no explanations");

  await page.goto(`${base}documents/lessons/${lessonId}.html`);
  await clickThrough(/^Answer key$/);
  const key = await visit(page.url().slice(base.length), "docs-answer-key");
  check((await heading()).includes(lesson.title), "answer key renders the lesson's title");
  check(visible(await firstQuestion()) === `1. ${firstPrompt}`, "answer key renders the first question");
  check(key.includes("Why:") && key.includes("Scoring"), "answer key shows explanations and scoring rules");

  // Print media on an A4-sized viewport (96 dpi): the screenshot shows the first printed sheet.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  await visit(page.url().slice(base.length), "docs-answer-key-print");
  const chrome = await page.evaluate(() =>
    [".tsd-page-toolbar", ".col-sidebar", ".tsd-breadcrumb", "footer"].filter((selector) => {
      const element = document.querySelector(selector);
      return element !== null && element.getBoundingClientRect().height > 0;
    }),
  );
  check(chrome.length === 0, `print hides the site chrome${chrome.length ? ` (visible: ${chrome.join(", ")})` : ""}`);
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector(".tsd-typography") as Element);
    return `${style.color} on ${getComputedStyle(document.body).backgroundColor}`;
  });
  check(colours === "rgb(0, 0, 0) on rgb(255, 255, 255)", `print is black on white (${colours})`);

  // A4 inside the print margins (14 mm x 16 mm) at 96 dpi: the answer key's quick key must fit the
  // first sheet, and the scoring table and each printed form of the quiz start a new one.
  await page.setViewportSize({ width: 688, height: 1002 });
  await visit(page.url().slice(base.length), "docs-answer-key-quick-key-print");
  const scoring = await page.evaluate(() => {
    const heading = document.querySelector("h2#scoring");
    if (!heading) return null;
    return {
      top: Math.round(heading.getBoundingClientRect().top + window.scrollY),
      breaks: getComputedStyle(heading).breakBefore,
    };
  });
  check(
    scoring !== null && scoring.breaks === "page" && scoring.top <= 1002,
    `the quick key fits the first printed page and scoring starts the next (${JSON.stringify(scoring)})`,
  );
  await visit(quizPath, "docs-quiz-print");
  const formB = await page.evaluate(() => {
    const heading = document.querySelector("h2#form-b");
    return heading ? getComputedStyle(heading).breakBefore : null;
  });
  check(formB === "page", `form B of the student quiz starts a new printed page (${formB})`);

  check(
    problems.length === 0,
    `no console errors or failed requests${problems.length ? `:\n  ${problems.join("\n  ")}` : ""}`,
  );
} finally {
  await context?.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}

console.log(failures.length ? `\n${failures.length} check(s) failed` : `\nscreenshots in ${shots}`);
process.exitCode = failures.length ? 1 : 0;
